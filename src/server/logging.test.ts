// Request logs: each line names its request id, and no secret, body or note ever reaches them.
import { PassThrough } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { makeSqlite } from '../../test/dialects.js';
import { buildApp } from './app.js';
import { withoutQueryValues } from './logging.js';

const now = () => new Date('2026-11-25T12:00:00Z');

/** An app whose log lines are kept, parsed, for the test to read. */
function useLoggedApp(): {
  app: () => FastifyInstance;
  lines: () => Array<Record<string, unknown>>;
} {
  let app: FastifyInstance | undefined;
  let cleanup: () => Promise<void> = () => Promise.resolve();
  let text = '';
  beforeAll(async () => {
    const sqlite = await makeSqlite();
    cleanup = sqlite.cleanup;
    const stream = new PassThrough();
    stream.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    app = await buildApp({ store: sqlite.store, now, webRoot: null, logger: { stream } });
    // A handler that logs carelessly, as a future one might: the request's headers and its body.
    app.post('/careless', (request) => {
      request.log.info({ req: { headers: request.headers }, body: request.body }, 'careless');
      request.log.info({ person: request.body }, 'careless, nested');
      return { ok: true };
    });
  });
  afterAll(async () => {
    await app?.close();
    await cleanup();
  });
  return {
    app: () => {
      if (!app) throw new Error('the app is built in beforeAll');
      return app;
    },
    lines: () =>
      text
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}

const secrets = {
  cookie: 'kith_session=cookie-secret-7f3a',
  authorization: 'Bearer token-secret-91bc',
  password: 'hunter2-password-secret',
  notes: 'Going through a hard divorce; do not mention',
  token: 'reset-token-secret-55',
};

describe('request logs', () => {
  const { app, lines } = useLoggedApp();

  it('logs each request with the id the caller sent, and answers with it', async () => {
    const response = await app().inject({
      method: 'GET',
      url: '/api/people',
      headers: { 'x-request-id': 'lb-4f2a-0001' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['x-request-id']).toBe('lb-4f2a-0001');
    const mine = lines().filter((line) => line.reqId === 'lb-4f2a-0001');
    expect(mine.map((line) => line.msg)).toEqual(['incoming request', 'request completed']);
    expect(mine[1]).toMatchObject({ res: { statusCode: 200 } });
  });

  it('makes up an id when none is sent, or when the one sent is not a plain token', async () => {
    const none = await app().inject({ method: 'GET', url: '/healthz' });
    const odd = await app().inject({
      method: 'GET',
      url: '/healthz',
      headers: { 'x-request-id': `spoof\n{"level":60} ${'x'.repeat(200)}` },
    });
    for (const response of [none, odd]) {
      const id = response.headers['x-request-id'];
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      expect(lines().some((line) => line.reqId === id)).toBe(true);
    }
    expect(lines().some((line) => String(line.reqId).includes('spoof'))).toBe(false);
  });

  it('never writes cookies, tokens, passwords or notes, even when a handler logs them', async () => {
    const response = await app().inject({
      method: 'POST',
      url: '/careless',
      headers: {
        cookie: secrets.cookie,
        authorization: secrets.authorization,
        'x-kith-csrf': '1',
      },
      payload: {
        email: 'ana@example.com',
        password: secrets.password,
        token: secrets.token,
        notes: secrets.notes,
      },
    });
    expect(response.statusCode).toBe(200);
    const careless = lines().filter((line) => String(line.msg).startsWith('careless'));
    expect(careless).toHaveLength(2);
    expect(careless[0]).toMatchObject({
      req: { headers: { cookie: '[redacted]', authorization: '[redacted]' } },
      body: '[redacted]',
    });
    expect(careless[1]).toMatchObject({
      person: {
        email: 'ana@example.com',
        password: '[redacted]',
        token: '[redacted]',
        notes: '[redacted]',
      },
    });
    const all = JSON.stringify(lines());
    for (const secret of Object.values(secrets))
      expect(all).not.toContain(secret.split('=').at(-1));
  });

  it('leaves a person’s notes and a search’s words out of the request lines', async () => {
    const added = await app().inject({
      method: 'POST',
      url: '/api/people',
      payload: { name: 'Ana Lopez', notes: secrets.notes },
    });
    expect(added.statusCode).toBe(201);
    const search = await app().inject({ method: 'GET', url: '/api/people?q=Ana%20Lopez&limit=5' });
    expect(search.statusCode).toBe(200);
    const all = JSON.stringify(lines());
    expect(all).not.toContain(secrets.notes);
    expect(all).not.toContain('Ana');
    expect(all).toContain('/api/people?q=…&limit=…');
  });
});

describe('the embedded default', () => {
  it('logs nothing unless asked', async () => {
    const sqlite = await makeSqlite();
    try {
      const app = await buildApp({ store: sqlite.store, now, webRoot: null });
      const written: string[] = [];
      const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
        written.push(String(chunk));
        return true;
      });
      try {
        const response = await app.inject({ method: 'GET', url: '/api/people' });
        expect(response.statusCode).toBe(200);
        expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
      } finally {
        spy.mockRestore();
      }
      expect(written.filter((line) => line.includes('"reqId"'))).toEqual([]);
      await app.close();
    } finally {
      await sqlite.cleanup();
    }
  });
});

describe('withoutQueryValues', () => {
  it.each([
    ['/api/people', '/api/people'],
    ['/api/people?q=Ana', '/api/people?q=…'],
    ['/calendar.ics?key=s3cret&x', '/calendar.ics?key=…&x=…'],
    ['/api/people?', '/api/people?'],
  ])('%s is logged as %s', (url, logged) => {
    expect(withoutQueryValues(url)).toBe(logged);
  });
});
