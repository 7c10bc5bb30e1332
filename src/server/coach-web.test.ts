// What the web app's coach pages lean on: the tier names, the user's own date, and done from Compose.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildAppIn, describeEachDialectAndMode, type TestApp } from '../../test/signed-in.js';

const now = () => new Date('2026-11-25T12:00:00Z');

interface Action {
  n: number;
  personId: number;
  intent: string;
  status: string;
}

describeEachDialectAndMode('HTTP API for the coach pages', ({ store, mode }) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await buildAppIn(mode, { store: store(), now, webRoot: null });
  });
  afterAll(async () => app.close());

  it('lists the five tiers innermost first, with their names, cadences and usual sizes', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/tiers' });
    expect(response.statusCode).toBe(200);
    const { tiers } = response.json<{
      tiers: Array<{ tier: number; label: string; cadence: string; usual: number | null }>;
    }>();
    expect(tiers.map((t) => t.tier)).toEqual([1, 2, 3, 4, 5]);
    expect(tiers[0]).toMatchObject({ label: 'Inner circle', usual: 5 });
    expect(tiers[4]?.usual).toBeNull();
    expect(tiers.every((t) => t.label !== '' && t.cadence !== '')).toBe(true);
  });

  it("gives the profile the user's own date, by the time zone they chose", async () => {
    const saved = await app.inject({
      method: 'PUT',
      url: '/api/profile',
      payload: { name: 'Sam', interests: [], timeZone: 'Pacific/Kiritimati' },
    });
    expect(saved.statusCode).toBe(200);
    // 12:00 UTC on the 25th is already 02:00 on the 26th at UTC+14.
    expect(saved.json()).toMatchObject({ timeZone: 'Pacific/Kiritimati', today: '2026-11-26' });
    const read = await app.inject({ method: 'GET', url: '/api/profile' });
    expect(read.json()).toMatchObject({ today: '2026-11-26' });
    await app.inject({
      method: 'PUT',
      url: '/api/profile',
      payload: { name: 'Sam', timeZone: 'UTC' },
    });
  });

  it('marks a plan action done with what was actually sent, logging it once', async () => {
    const created = await app.inject({
      method: 'POST',
      url: '/api/people',
      payload: { name: 'Ana Lopez', interests: ['open data'] },
    });
    const ana = created.json<{ id: number }>().id;
    await app.inject({
      method: 'POST',
      url: '/api/interactions',
      payload: { personId: ana, channel: 'meeting', direction: 'mutual', occurredOn: '2026-06-01' },
    });
    const today = (await app.inject({ method: 'GET', url: '/api/today' })).json<{
      actions: Action[];
    }>();
    const action = today.actions.find((a) => a.personId === ana);
    expect(action).toBeDefined();
    if (!action) return;
    expect(action.intent).not.toBe('ask-advice');

    const done = await app.inject({
      method: 'POST',
      url: `/api/today/actions/${action.n}/done`,
      payload: {
        intent: 'ask-advice',
        channel: 'message',
        summary: 'Asked for advice: data roles',
      },
    });
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({
      action: { status: 'done' },
      interaction: { kind: 'ask', channel: 'message', expectsReply: true },
    });
    const page = await app.inject({ method: 'GET', url: `/api/people/${ana}` });
    expect(page.json<{ interactionCount: number }>().interactionCount).toBe(2);
    const again = await app.inject({ method: 'GET', url: '/api/today' });
    expect(again.json<{ actions: Action[] }>().actions.find((a) => a.n === action.n)?.status).toBe(
      'done',
    );
  });

  it('refuses an intent on anything but done, and changes nothing', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/today/actions/1/skip',
      payload: { intent: 'share' },
    });
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({
      code: 'INVALID_INPUT',
      problems: [{ field: 'intent', message: 'is only for done' }],
    });
  });
});
