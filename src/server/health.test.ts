// /healthz and /readyz on both dialects: up, ready, and a clear 503 when the database cannot answer.
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { describeEachDialect, makeSqlite } from '../../test/dialects.js';
import { openPostgres, type OpenStore } from '../store/open.js';
import type { Store } from '../store/store.js';
import { buildApp } from './app.js';

interface Operation {
  operationId?: string;
  responses: Record<string, unknown>;
}

describeEachDialect('health and readiness', ({ dialect, store }) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildApp({ store: store(), webRoot: null });
  });
  afterAll(async () => app.close());

  it('says the process is up without asking the database', async () => {
    const response = await app.inject({ method: 'GET', url: '/healthz' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
  });

  it('says it is ready when the database answers, and which one it is', async () => {
    const response = await app.inject({ method: 'GET', url: '/readyz' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ready', database: dialect });
  });

  it('answers 503 with a problem that names the database when it cannot answer', async () => {
    const lost = dialect === 'sqlite' ? await makeSqlite() : await lostPostgres(store());
    const broken = await buildApp({ store: lost.store, webRoot: null });
    try {
      // Closing the store's connections is what a database gone away looks like from here.
      await lost.store.close();
      const response = await broken.inject({ method: 'GET', url: '/readyz' });
      expect(response.statusCode).toBe(503);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.json()).toEqual({
        type: 'about:blank',
        title: 'Temporarily unavailable',
        status: 503,
        code: 'UNAVAILABLE',
        detail: `The ${dialect === 'sqlite' ? 'SQLite' : 'PostgreSQL'} database refused a trivial query, so Kith cannot serve requests. The server log has the cause.`,
      });
      // Liveness does not depend on the database: a restart would not help, so it stays up.
      expect((await broken.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
    } finally {
      await broken.close();
      await lost.cleanup();
    }
  });

  it('documents both routes with their operationIds', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/openapi.json' })).json<{
      paths: Record<string, { get?: Operation }>;
    }>();
    expect(doc.paths['/healthz']?.get?.operationId).toBe('getHealth');
    expect(doc.paths['/readyz']?.get?.operationId).toBe('getReadiness');
    expect(Object.keys(doc.paths['/readyz']?.get?.responses ?? {})).toContain('503');
  });
});

/** A PostgreSQL store of its own, whose schema the suite's store drops once it has been closed. */
async function lostPostgres(
  survivor: Store,
): Promise<{ store: OpenStore; cleanup: () => Promise<void> }> {
  const schema = `kith_test_lost_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const store = await openPostgres({ url: inject('postgresUrl'), schema, maxConnections: 1 });
  return {
    store,
    cleanup: async () => {
      await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(survivor.db);
    },
  };
}
