// Body size limits per route: 1 MB for ordinary JSON, the restore's own larger limit for backups.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildAppIn, describeEachDialectAndMode, type TestApp } from '../../test/signed-in.js';

describeEachDialectAndMode('body size limits', ({ store, mode }) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await buildAppIn(mode, { store: store(), webRoot: null });
  });
  afterAll(async () => app.close());

  const overOneMegabyte = 'x'.repeat(1024 * 1024 + 1);

  it('refuses an ordinary JSON body over 1 MB with a 413 problem, and writes nothing', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/people',
      payload: { name: 'Ana Lopez', notes: overOneMegabyte },
    });
    expect(response.statusCode).toBe(413);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json()).toMatchObject({ status: 413, code: 'INVALID_INPUT' });
    const people = await app.inject({ method: 'GET', url: '/api/people' });
    expect(people.json<{ total: number }>().total).toBe(0);
  });

  it('reads a restore body past 1 MB, under its own limit, and judges it by its content', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/restore',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ kind: 'not-a-backup', padding: overOneMegabyte }),
    });
    expect(response.statusCode).not.toBe(413);
    expect(response.statusCode).toBeGreaterThanOrEqual(400);
    expect(response.json<{ detail: string }>().detail).toMatch(/backup/i);
  });
});
