// API fuzz in server mode: every operation in the served document, signed in with a Bearer token
// and signed out, gets valid and malformed requests. None may answer 5xx; every refusal is a JSON
// problem that wrote nothing.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApiToken } from '../../src/services/api-tokens.js';
import { describeEachDialect } from '../dialects.js';
import { buildServerModeApp, sessionOf } from '../server-mode.js';
import { fuzzEveryOperation, fuzzTimeout, seedNetwork } from './fuzz-run.js';
import { operationsOf, type OpenApiDocument } from './operations.js';

const now = () => new Date('2026-11-25T12:00:00Z');

describeEachDialect('the API in server mode under fuzzing', ({ store }) => {
  let app: FastifyInstance;
  let document: OpenApiDocument;
  let accountId: string;
  let token = '';
  let backup: string;
  const bearer = () => ({ authorization: `Bearer ${token}` });

  beforeAll(async () => {
    // Open sign-up, and no rate limits: the fuzz signs in and up far more often than a person.
    app = (await buildServerModeApp(store(), { now, signUp: 'open', rateLimits: false })).app;
    document = (await app.inject({ method: 'GET', url: '/openapi.json' })).json();
    const signedUp = await app.inject({
      method: 'POST',
      url: '/api/accounts',
      payload: { email: 'fuzz@example.org', password: 'correct horse battery' },
    });
    expect(signedUp.statusCode, signedUp.body).toBe(201);
    const account = await app.inject({
      method: 'GET',
      url: '/api/account',
      headers: { cookie: sessionOf(signedUp) },
    });
    accountId = account.json<{ id: string }>().id;
    await newToken();
    await seedNetwork(app, bearer());
    const saved = await app.inject({ method: 'GET', url: '/api/backup', headers: bearer() });
    expect(saved.statusCode, saved.body).toBe(200);
    backup = saved.body;
  });
  afterAll(async () => app.close());

  /** A fresh token, since a fuzzed request may have signed out everywhere or revoked the last one. */
  async function newToken(): Promise<void> {
    token = (await createApiToken({ store: store(), now }, { accountId, name: 'fuzz' })).token;
  }

  /** Signs in afresh and puts the seeded network back, so each operation starts from the same place. */
  async function reset(): Promise<void> {
    await newToken();
    const restored = await app.inject({
      method: 'POST',
      url: '/api/restore?force=true',
      headers: { ...bearer(), 'content-type': 'application/json' },
      payload: backup,
    });
    expect(restored.statusCode, restored.body).toBe(200);
  }

  it('reaches the routes as the account when signed in, and is turned away when signed out', async () => {
    expect(operationsOf(document).length).toBeGreaterThan(30);
    const signedIn = await app.inject({ method: 'GET', url: '/api/people', headers: bearer() });
    expect(signedIn.statusCode, signedIn.body).toBe(200);
    expect(signedIn.json<{ total: number }>().total).toBeGreaterThan(10);
    const signedOut = await app.inject({ method: 'GET', url: '/api/people' });
    expect(signedOut.statusCode).toBe(401);
  });

  it(
    'answers every operation signed in without a server error; every refusal is a JSON problem that wrote nothing',
    async () => {
      const failures = await fuzzEveryOperation({
        app,
        store: store(),
        document,
        prepare: reset,
        headers: bearer,
      });
      expect(failures).toEqual([]);
    },
    fuzzTimeout,
  );

  it(
    'answers every operation signed out without a server error; every refusal is a JSON problem that wrote nothing',
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
