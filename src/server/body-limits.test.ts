// Body size limits per route: 1 MB for ordinary JSON, the restore's own larger limit for backups.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeSqlite } from '../../test/dialects.js';
import { buildApp } from './app.js';

describe('body size limits', () => {
  let app: FastifyInstance;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    const sqlite = await makeSqlite();
    cleanup = sqlite.cleanup;
    app = await buildApp({ store: sqlite.store, webRoot: null });
  });
  afterAll(async () => {
    await app.close();
    await cleanup();
  });

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
