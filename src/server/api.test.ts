import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildAppIn, describeEachDialectAndMode, type TestApp } from '../../test/signed-in.js';

const now = () => new Date('2026-11-25T12:00:00Z');

describeEachDialectAndMode('HTTP API', ({ store, mode }) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await buildAppIn(mode, { store: store(), now, webRoot: null });
  });
  afterAll(async () => app.close());

  it('starts with an empty, not-yet-onboarded profile and saves the onboarding answers', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/profile' })).json()).toMatchObject({
      onboarded: false,
    });
    const saved = await app.inject({
      method: 'PUT',
      url: '/api/profile',
      payload: {
        name: 'Sam',
        headline: 'Analyst',
        goal: 'job-search',
        targetRoles: ['Product Analyst'],
        weeklyMinutes: 60,
      },
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({
      name: 'Sam',
      onboarded: true,
      targetRoles: ['Product Analyst'],
    });
  });

  it('adds, shows, edits and removes a person', async () => {
    const created = await app.inject({
      method: 'POST',
      url: '/api/people',
      payload: {
        name: 'Ana Lopez',
        emails: ['Ana@Acme.example'],
        tags: ['#Alumni'],
        company: 'Acme',
      },
    });
    expect(created.statusCode).toBe(201);
    const person = created.json<{ id: number; emails: string[]; tags: string[] }>();
    expect(person).toMatchObject({ emails: ['ana@acme.example'], tags: ['alumni'] });

    const edited = await app.inject({
      method: 'PATCH',
      url: `/api/people/${person.id}`,
      payload: { title: 'Data Lead' },
    });
    expect(edited.json()).toMatchObject({ title: 'Data Lead', company: 'Acme' });

    const shown = await app.inject({ method: 'GET', url: `/api/people/${person.id}` });
    expect(shown.json()).toMatchObject({
      person: { name: 'Ana Lopez' },
      timeline: [],
      interactionCount: 0,
    });

    expect(
      (await app.inject({ method: 'DELETE', url: `/api/people/${person.id}` })).statusCode,
    ).toBe(204);
    expect((await app.inject({ method: 'GET', url: `/api/people/${person.id}` })).statusCode).toBe(
      404,
    );
  });

  it('logs one line, creating the person, and shows it on their timeline', async () => {
    const logged = await app.inject({
      method: 'POST',
      url: '/api/interactions/line',
      payload: { line: 'coffee with Bea Costa about data roles #jobsearch yesterday' },
    });
    expect(logged.statusCode).toBe(201);
    const body = logged.json<{ people: Array<{ id: number; name: string }>; created: unknown[] }>();
    expect(body.created).toHaveLength(1);
    const bea = body.people[0];
    expect(bea?.name).toBe('Bea Costa');
    const page = await app.inject({ method: 'GET', url: `/api/people/${bea?.id}` });
    expect(page.json()).toMatchObject({
      interactionCount: 1,
      timeline: [{ channel: 'meeting', occurredOn: '2026-11-24', tags: ['jobsearch'] }],
    });
  });

  it('logs from a form with the date defaulting to today', async () => {
    const people = await app.inject({ method: 'GET', url: '/api/people?query=bea' });
    const bea = people.json<{ people: Array<{ id: number }> }>().people[0];
    const logged = await app.inject({
      method: 'POST',
      url: '/api/interactions',
      payload: {
        personId: bea?.id,
        channel: 'call',
        direction: 'inbound',
        kind: 'ask',
        summary: 'asked about my portfolio',
      },
    });
    expect(logged.statusCode).toBe(201);
    expect(logged.json()).toMatchObject({ occurredOn: '2026-11-25', direction: 'inbound' });
  });

  it('searches people by notes, full-text, and pages the plain list', async () => {
    await app.inject({
      method: 'POST',
      url: '/api/people',
      payload: { name: 'Chen Wei', notes: 'Runs the Rust meetup in Porto' },
    });
    const found = await app.inject({ method: 'GET', url: '/api/people?query=rust%20porto' });
    expect(found.json()).toMatchObject({ total: 1, people: [{ name: 'Chen Wei' }] });
    const page = await app.inject({ method: 'GET', url: '/api/people?limit=1&offset=1' });
    expect(page.json()).toMatchObject({ total: 2, people: [{ name: 'Chen Wei' }] });
  });

  it('answers bad input with a problem body that names the field', async () => {
    const badEmail = await app.inject({
      method: 'POST',
      url: '/api/people',
      payload: { name: 'X', emails: ['not-an-email'] },
    });
    expect(badEmail.statusCode).toBe(400);
    expect(badEmail.headers['content-type']).toContain('application/problem+json');
    expect(badEmail.json()).toMatchObject({
      code: 'INVALID_INPUT',
      problems: [{ field: 'emails.0' }],
    });

    const emptyName = await app.inject({
      method: 'POST',
      url: '/api/people',
      payload: { name: '   ' },
    });
    expect(emptyName.json<{ problems: Array<{ field: string }> }>().problems[0]?.field).toBe(
      'name',
    );

    const badDate = await app.inject({
      method: 'POST',
      url: '/api/interactions',
      payload: { personId: 1, channel: 'call', occurredOn: '2026-02-30' },
    });
    expect(badDate.json()).toMatchObject({ problems: [{ field: 'occurredOn' }] });

    const unknownPerson = await app.inject({
      method: 'POST',
      url: '/api/interactions',
      payload: { personId: 99999, channel: 'call' },
    });
    expect(unknownPerson.statusCode).toBe(404);

    const malformed = await app.inject({
      method: 'POST',
      url: '/api/people',
      headers: { 'content-type': 'application/json' },
      payload: '{"name":',
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.body).not.toContain('    at ');

    const badLine = await app.inject({
      method: 'POST',
      url: '/api/interactions/line',
      payload: { line: '' },
    });
    expect(badLine.statusCode).toBe(422);
    expect(badLine.json()).toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('refuses the demo network when the network already has people', async () => {
    const demo = await app.inject({ method: 'POST', url: '/api/demo', payload: { people: 10 } });
    expect(demo.statusCode).toBe(409);
  });

  it('publishes an OpenAPI 3.1 document and offline docs', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/openapi.json' })).json<{
      openapi: string;
      paths: Record<string, object>;
    }>();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).sort()).toMatchSnapshot();
    const docs = await app.inject({ method: 'GET', url: '/docs/' });
    expect(docs.statusCode).toBe(200);
    expect(docs.body).not.toMatch(/https?:\/\/(unpkg|cdn)/);
  });
});

describeEachDialectAndMode('HTTP API demo network', ({ store, mode }) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await buildAppIn(mode, { store: store(), now, webRoot: null });
  });
  afterAll(async () => app.close());

  it('loads a demo into an empty network and takes only the demo people out again', async () => {
    const loaded = await app.inject({ method: 'POST', url: '/api/demo', payload: { people: 25 } });
    expect(loaded.statusCode).toBe(201);
    expect((await app.inject({ method: 'GET', url: '/api/demo' })).json()).toEqual({ people: 25 });
    expect((await app.inject({ method: 'GET', url: '/api/profile' })).json()).toMatchObject({
      onboarded: true,
    });
    await app.inject({ method: 'POST', url: '/api/people', payload: { name: 'Real Person' } });

    const removed = await app.inject({ method: 'DELETE', url: '/api/demo' });
    expect(removed.json()).toEqual({ removed: 25, profileReset: true });
    const left = await app.inject({ method: 'GET', url: '/api/people' });
    expect(left.json()).toMatchObject({ total: 1, people: [{ name: 'Real Person' }] });
    expect((await app.inject({ method: 'GET', url: '/api/profile' })).json()).toMatchObject({
      onboarded: false,
    });
  });
});
