import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildAppIn, describeEachDialectAndMode, type TestApp } from '../../test/signed-in.js';
import { expectWellFolded, readCalendar } from '../../test/ical.js';

// 22:00 on 25 November in New York, already the 26th in UTC: the feed must use the user's date.
const now = () => new Date('2026-11-26T03:00:00Z');
const today = '2026-11-25';
const host = 'localhost:7070';

describeEachDialectAndMode('GET /calendar.ics', ({ store, mode }) => {
  let app: TestApp;
  const ids: Record<string, number> = {};

  const post = async (url: string, payload: object) => {
    const response = await app.inject({ method: 'POST', url, payload });
    expect(response.statusCode, response.body).toBeLessThan(300);
    return response.json<{ id: number }>();
  };
  /** Signed in, the feed is read as a calendar app reads it: by its key, with no cookie. */
  let key = '';
  const feed = (query = '') => {
    if (mode === 'local') {
      return app.inject({ method: 'GET', url: `/calendar.ics${query}`, headers: { host } });
    }
    const url = `/calendar.ics${query === '' ? '?' : `${query}&`}key=${encodeURIComponent(key)}`;
    return app.server.inject({ method: 'GET', url, headers: { host } });
  };

  beforeAll(async () => {
    app = await buildAppIn(mode, { store: store(), now, webRoot: null });
    if (mode === 'signed in') {
      const made = await app.inject({
        method: 'POST',
        url: '/api/calendar-key',
        headers: { host },
      });
      expect(made.statusCode, made.body).toBe(201);
      const address = new URL(made.json<{ url: string }>().url);
      expect(address.origin).toBe(`http://${host}`);
      key = address.searchParams.get('key') ?? '';
    }
    await app.inject({
      method: 'PUT',
      url: '/api/profile',
      payload: { name: 'Sam Rivera', timeZone: 'America/New_York', weeklyMinutes: 60 },
    });
    for (const name of ['Ana Lopez', 'Ben Okafor', 'Dan Wu']) {
      ids[name] = (await post('/api/people', { name })).id;
    }
    ids['Cleo Park'] = (await post('/api/people', { name: 'Cleo Park', doNotContact: true })).id;
    const ask = (name: string, occurredOn: string) =>
      post('/api/interactions', {
        personId: ids[name],
        occurredOn,
        channel: 'email',
        kind: 'ask',
      });
    await ask('Ana Lopez', '2026-11-24'); // first follow-up due 1 December
    await ask('Cleo Park', '2026-11-24'); // do not contact: never a reminder
    await ask('Dan Wu', '2026-11-18'); // first follow-up due today: in today's plan
    const ben = ids['Ben Okafor'] ?? 0;
    await app.inject({
      method: 'PUT',
      url: `/api/people/${ben}/keep-in-touch`,
      payload: { cadenceDays: 20 },
    });
    await post('/api/interactions', {
      personId: ben,
      occurredOn: '2026-11-20',
      channel: 'call',
      direction: 'mutual',
    });
  });
  afterAll(async () => app.close());

  it('serves text/calendar that ical.js reads, folded at 75 octets with CRLF', async () => {
    const response = await feed();
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expectWellFolded(response.body);
    expect(readCalendar(response.body).name).toBe('Kith reminders');
  });

  it("puts today's open plan actions on the user's local date, as the plan has them", async () => {
    const plan = (await app.inject({ method: 'GET', url: '/api/today' })).json<{
      date: string;
      actions: Array<{ personId: number; status: string }>;
    }>();
    expect(plan.date).toBe(today);
    const { events } = readCalendar((await feed()).body);
    const planned = events.filter((e) => e.uid.startsWith('kith-plan-'));
    expect(planned.map((e) => e.uid).sort()).toEqual(
      plan.actions
        .filter((a) => a.status === 'open')
        .map((a) => `kith-plan-${app.accountId}-${a.personId}-${today}@kith`)
        .sort(),
    );
    expect(planned.map((e) => e.summary)).toContain('Kith: follow up with Dan Wu');
    expect(planned.every((e) => e.allDay && e.start === today)).toBe(true);
  });

  it('adds due follow-ups and keep-in-touch dates ahead, with a link back to the person', async () => {
    const { events } = readCalendar((await feed()).body);
    const ana = ids['Ana Lopez'] ?? 0;
    expect(events).toContainEqual(
      expect.objectContaining({
        uid: `kith-follow-up-${app.accountId}-${ana}-2026-12-01@kith`,
        summary: 'Kith: follow up with Ana Lopez',
        start: '2026-12-01',
        allDay: true,
        url: `http://${host}/#/people/${ana}`,
      }),
    );
    const ben = events.find((e) => e.summary === 'Kith: keep in touch with Ben Okafor');
    // 20 days after the call, brought forward by up to a quarter so due dates spread out.
    const benOn = ben?.start ?? '';
    expect(benOn >= '2026-12-06' && benOn <= '2026-12-10', benOn).toBe(true);
    expect(ben?.description).toContain('You chose to be in touch every 20 days');
    expect(events.some((e) => e.summary.includes('Cleo Park'))).toBe(false);
  });

  it('marks every event transparent, with a 09:00 display alarm unless turned off', async () => {
    const { events } = readCalendar((await feed()).body);
    expect(events.length).toBeGreaterThan(2);
    expect(new Set(events.map((e) => e.transp))).toEqual(new Set(['TRANSPARENT']));
    expect(events.every((e) => e.alarm?.trigger === 'PT9H' && e.alarm.related === 'START')).toBe(
      true,
    );
    const early = readCalendar((await feed('?alarm=07:45')).body).events;
    expect(early.every((e) => e.alarm?.trigger === 'PT7H45M')).toBe(true);
    const off = await feed('?alarm=off');
    expect(off.body).not.toContain('BEGIN:VALARM');
  });

  it('keeps the same UIDs from one download to the next', async () => {
    const uids = async () => readCalendar((await feed()).body).events.map((e) => e.uid);
    expect(await uids()).toEqual(await uids());
  });

  it('is served without a key in local mode, and signed in only to its key or a session', async () => {
    const bare = await app.server.inject({
      method: 'GET',
      url: '/calendar.ics',
      headers: { host },
    });
    if (mode === 'local') {
      expect(bare.statusCode).toBe(200);
      return;
    }
    expect(bare.statusCode).toBe(401);
    const wrongKey = await app.server.inject({
      method: 'GET',
      url: '/calendar.ics?key=not-the-key',
      headers: { host },
    });
    expect(wrongKey.statusCode).toBe(401);
    const withSession = await app.inject({
      method: 'GET',
      url: '/calendar.ics',
      headers: { host },
    });
    expect(withSession.statusCode).toBe(200);
    expect(readCalendar(withSession.body).events).toEqual(readCalendar((await feed()).body).events);
  });

  it('answers a bad alarm time with a problem that names the field', async () => {
    const response = await feed('?alarm=7am');
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({ problems: [{ field: 'alarm' }] });
  });

  it('is refused for a host Kith does not answer on, like every other route', async () => {
    const response = await app.inject({
      method: 'GET',
      url: '/calendar.ics',
      headers: { host: 'evil.example' },
    });
    expect(response.statusCode).toBe(403);
  });

  it('is documented in the OpenAPI document as a text/calendar string', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/openapi.json' })).json<{
      paths: Record<string, { get: { responses: Record<string, { content: object }> } }>;
    }>();
    expect(doc.paths['/calendar.ics']?.get.responses['200']?.content).toEqual({
      'text/calendar': { schema: { type: 'string' } },
    });
  });
});
