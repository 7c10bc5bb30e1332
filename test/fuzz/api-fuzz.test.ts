// API fuzz: every operation in the served OpenAPI document gets valid and malformed requests.
// None may fail on the server's side; every refusal is a JSON problem and writes nothing.
// (test/fuzz/server-mode-fuzz.test.ts does the same in server mode, signed in and signed out.)
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.js';
import { describeEachDialect } from '../dialects.js';
import { fuzzEveryOperation, fuzzTimeout, seedNetwork } from './fuzz-run.js';
import { operationsOf, type OpenApiDocument } from './operations.js';

const now = () => new Date('2026-11-25T12:00:00Z');

describeEachDialect('the API under fuzzing', ({ store }) => {
  let app: FastifyInstance;
  let document: OpenApiDocument;
  let backup: string;

  beforeAll(async () => {
    app = await buildApp({ store: store(), now, webRoot: null });
    document = (await app.inject({ method: 'GET', url: '/openapi.json' })).json();
    await seedNetwork(app);
    const saved = await app.inject({ method: 'GET', url: '/api/backup' });
    expect(saved.statusCode).toBe(200);
    backup = saved.body;
  });
  afterAll(async () => app.close());

  /** Puts the seeded network back, so each operation starts from the same place. */
  async function reset(): Promise<void> {
    const restored = await app.inject({
      method: 'POST',
      url: '/api/restore?force=true',
      headers: { 'content-type': 'application/json' },
      payload: backup,
    });
    expect(restored.statusCode, restored.body).toBe(200);
  }

  it('reads every operation from the served document, each with an operationId', () => {
    const operations = operationsOf(document);
    expect(operations.length).toBeGreaterThan(30);
    expect(operations.filter((operation) => !operation.operationId)).toEqual([]);
  });

  it(
    'answers valid and malformed requests to every operation without a server error; every refusal is a JSON problem that wrote nothing',
    async () => {
      const failures = await fuzzEveryOperation({
        app,
        store: store(),
        document,
        prepare: reset,
        headers: () => ({}),
      });
      expect(failures).toEqual([]);
    },
    fuzzTimeout,
  );
});
