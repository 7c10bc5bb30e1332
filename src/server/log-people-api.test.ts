// The API asks the same questions as the CLI before the one-line log saves, and moves interactions.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildAppIn, describeEachDialectAndMode, type TestApp } from '../../test/signed-in.js';

const now = () => new Date('2026-11-25T12:00:00Z');

describeEachDialectAndMode('HTTP API: people in the one-line log', ({ store, mode }) => {
  let app: TestApp;
  const post = (url: string, payload: object) => app.inject({ method: 'POST', url, payload });
  beforeAll(async () => {
    app = await buildAppIn(mode, { store: store(), now, webRoot: null });
    for (const name of ['Kate Morrison', 'Sam Patel', 'Samantha Jones'])
      await post('/api/people', { name });
  });
  afterAll(async () => app.close());

  it('answers 200 "ambiguous" with the candidates, writing nothing, then logs the pick', async () => {
    const asked = await post('/api/interactions/line', { line: 'call with Sam yesterday' });
    expect(asked.statusCode).toBe(200);
    expect(asked.json()).toEqual({
      status: 'ambiguous',
      mentions: [
        {
          written: 'Sam',
          outcome: 'several',
          asked: true,
          candidates: [
            { id: 2, name: 'Sam Patel', company: null, reason: 'first name', why: 'first name' },
            { id: 3, name: 'Samantha Jones', company: null, reason: 'nickname', why: 'nickname' },
          ],
        },
      ],
    });
    const logged = await post('/api/interactions/line', {
      line: 'call with Sam yesterday',
      pick: [3],
    });
    expect(logged.statusCode).toBe(201);
    expect(logged.json()).toMatchObject({
      status: 'logged',
      people: [{ name: 'Samantha Jones' }],
      mentions: [{ outcome: 'picked', note: 'Samantha Jones — you wrote "Sam"' }],
    });
  });

  it('answers "confirm" for someone new only when asked to ask first', async () => {
    const asked = await post('/api/interactions/line', {
      line: 'coffee with Xavier Dupont',
      askFirst: true,
    });
    expect(asked.json()).toMatchObject({ status: 'confirm', mentions: [{ outcome: 'new' }] });
    const logged = await post('/api/interactions/line', {
      line: 'coffee with Xavier Dupont',
      createNew: ['Xavier Dupont'],
    });
    expect(logged.json()).toMatchObject({ status: 'logged', created: [{ name: 'Xavier Dupont' }] });
  });

  it('keeps a trailing remark in the summary and moves the interaction with PATCH', async () => {
    const logged = await post('/api/interactions/line', {
      line: 'lunch with Kate Morrison on 10 Oct, awkward',
    });
    const body = logged.json<{ interactions: Array<{ id: number; summary: string }> }>();
    expect(body.interactions.map((i) => i.summary)).toEqual(['Lunch, awkward']);
    const id = body.interactions[0]?.id ?? 0;
    const moved = await app.inject({
      method: 'PATCH',
      url: `/api/interactions/${id}`,
      payload: { personId: 2 },
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({
      interaction: { id, personId: 2, summary: 'Lunch, awkward', occurredOn: '2026-10-10' },
      from: { name: 'Kate Morrison' },
      to: { name: 'Sam Patel' },
    });
    const missing = await app.inject({
      method: 'PATCH',
      url: `/api/interactions/${id}`,
      payload: { personId: 99_999 },
    });
    expect(missing.statusCode).toBe(404);
  });

  it('renames a person with PATCH', async () => {
    const renamed = await app.inject({
      method: 'PATCH',
      url: '/api/people/1',
      payload: { name: 'Kate Morrison-Hale' },
    });
    expect(renamed.json()).toMatchObject({ id: 1, name: 'Kate Morrison-Hale' });
  });

  it('refuses a second person with the same name and company with 409, and shows who is there', async () => {
    await post('/api/people', { name: 'Priya Shah', company: 'Acme' });
    const again = await post('/api/people', { name: 'Priya Shah', company: 'Acme' });
    expect(again.statusCode).toBe(409);
    const problem = again.json<{
      code: string;
      problems: Array<{ field: string; message: string }>;
    }>();
    expect(problem.code).toBe('CONFLICT');
    expect(problem.problems).toEqual([
      { field: 'name', message: 'is already in your network: Priya Shah at Acme (#5)' },
    ]);
    const same = await app.inject({
      method: 'GET',
      url: '/api/people/same?name=Priya%20Shah&company=Acme',
    });
    expect(same.json()).toMatchObject({ people: [{ name: 'Priya Shah', company: 'Acme' }] });
    const anyway = await post('/api/people', {
      name: 'Priya Shah',
      company: 'Acme',
      allowDuplicate: true,
    });
    expect(anyway.statusCode).toBe(201);
  });
});
