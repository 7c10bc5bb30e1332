// Requests the API fuzz (test/fuzz) found answered badly, each pinned here by the bug it was.
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildAppIn, describeEachDialectAndMode, type TestApp } from '../../test/signed-in.js';

const now = () => new Date('2026-11-25T12:00:00Z');

describeEachDialectAndMode('malformed requests', ({ store, mode }) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await buildAppIn(mode, { store: store(), now, webRoot: null });
  });
  afterAll(async () => app.close());

  async function peopleCount(): Promise<number> {
    return (await app.inject({ method: 'GET', url: '/api/people' })).json<{ total: number }>()
      .total;
  }

  it('bug: a % that starts no escape in a path id got Fastify’s plain JSON, not a problem', async () => {
    for (const url of ['/api/people/%', '/api/people/%zz/questions', '/api/merges/%E0%A4%A']) {
      const response = await app.inject({ method: 'GET', url });
      expectProblem(response, 400);
      expect(response.json<{ detail: string }>().detail).toContain('%25');
    }
  });

  it('bug: a path id longer than the router allows got a plain-JSON 414, not a problem', async () => {
    const response = await app.inject({ method: 'GET', url: `/api/people/${'9'.repeat(500)}` });
    expectProblem(response, 400);
    expect(response.json<{ detail: string }>().detail).toContain('too long');
  });

  it('bug: an upload cut off in the middle of a file was a server error; now it is refused and imports nothing', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/imports',
      headers: { 'content-type': 'multipart/form-data; boundary=b' },
      payload:
        '--b\r\ncontent-disposition: form-data; name="files"; filename="a.csv"\r\n\r\nName,Email\nAna',
    });
    expectProblem(response, 422);
    expect(response.json<{ detail: string }>().detail).toMatch(
      /^The upload ended early or is not well-formed multipart\/form-data \(while reading a\.csv\)/,
    );
    expect(await peopleCount()).toBe(0);
  });

  it('bug: a restore with no body at all was a server error; now it says the file is empty', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/restore?force=true' });
    expect(response.statusCode).toBeGreaterThanOrEqual(400);
    expect(response.statusCode).toBeLessThan(500);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json<{ detail: string }>().detail).toContain('The uploaded file is empty');
  });

  it('bug: searching for an emoji with a variation selector (U+FE0F) was a server error on PostgreSQL', async () => {
    await app.inject({ method: 'POST', url: '/api/people', payload: { name: 'Søren Dahl' } });
    for (const query of ['\uFE0F', '👩‍👩‍👧‍👦🏳️‍🌈', 'søren\u0301\uFE0F', '\uFDFA']) {
      const response = await app.inject({
        method: 'GET',
        url: `/api/people?query=${encodeURIComponent(query)}`,
      });
      expect(response.statusCode, `${query}: ${response.body}`).toBe(200);
    }
    const marksOnly = await app.inject({ method: 'GET', url: '/api/people?query=%EF%B8%8F' });
    expect(marksOnly.json<{ total: number }>().total).toBe(await peopleCount());
  });

  it('bug: a NUL character in a field was a server error on PostgreSQL; both databases now refuse it by name', async () => {
    const brand = await app.inject({
      method: 'PUT',
      url: '/api/brand',
      payload: { intro: 'Hi\u0000there' },
    });
    expectProblem(brand, 422);
    expect(brand.json()).toMatchObject({
      problems: [{ field: 'intro', message: expect.stringContaining('NUL') as unknown }],
    });
    const before = await peopleCount();
    const person = await app.inject({
      method: 'POST',
      url: '/api/people',
      payload: { name: 'Ana', emails: ['ana@example.com', 'b\u0000@example.com'] },
    });
    expectProblem(person, 422);
    expect(person.json<{ problems: unknown[] }>().problems).toEqual([
      { field: 'emails.1', message: expect.stringContaining('NUL') as unknown },
    ]);
    expect(await peopleCount()).toBe(before);
  });

  it('bug: a NUL character in a query value (GET /api/export?person=%00) was a server error on PostgreSQL', async () => {
    const response = await app.inject({
      method: 'GET',
      url: '/api/export?format=vcard&person=%00',
    });
    expectProblem(response, 422);
    expect(response.json()).toMatchObject({ problems: [{ field: 'querystring.person' }] });
  });

  it('bug: restoring a backup with a NUL in a name was a server error on PostgreSQL; now the file is refused, naming the row', async () => {
    const backup = JSON.parse((await app.inject({ method: 'GET', url: '/api/backup' })).body) as {
      tables: { people: Array<{ name: string }> };
    };
    const first = backup.tables.people[0];
    if (!first) throw new Error('the backup has a person');
    first.name = 'Nu\u0000ll';
    const before = await peopleCount();
    const response = await app.inject({
      method: 'POST',
      url: '/api/restore?force=true',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify(backup),
    });
    expect(response.statusCode, response.body).toBeGreaterThanOrEqual(400);
    expect(response.statusCode).toBeLessThan(500);
    expect(response.body).toContain('tables.people[0].name');
    expect(response.body).toContain('NUL');
    expect(await peopleCount()).toBe(before);
  });
});

function expectProblem(response: LightMyRequestResponse, status: number): void {
  expect(response.statusCode, response.body).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(response.json()).toMatchObject({ status, code: 'INVALID_INPUT', type: 'about:blank' });
}
