// Requests the API fuzz (test/fuzz) found answered badly, each pinned here by the bug it was.
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/dialects.js';
import { buildApp } from './app.js';

const now = () => new Date('2026-11-25T12:00:00Z');

describeEachDialect('malformed requests', ({ store }) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildApp({ store: store(), now, webRoot: null });
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
});

function expectProblem(response: LightMyRequestResponse, status: number): void {
  expect(response.statusCode, response.body).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(response.json()).toMatchObject({ status, code: 'INVALID_INPUT', type: 'about:blank' });
}
