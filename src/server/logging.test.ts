// Request logs: each line names its request id, and no secret, body or note ever reaches them.
import { PassThrough } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { makeSqlite } from '../../test/dialects.js';
import { buildApp } from './app.js';
import { fromKithPage, lastSecret, signUpWith } from '../../test/server-mode.js';
import { loggableUrl } from './logging.js';
import { announceFirstOwner } from './server-mode.js';

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

describe('server mode request logs', () => {
  it('never write the calendar feed’s secret, however its address arrives', async () => {
    const sqlite = await makeSqlite();
    let text = '';
    const stream = new PassThrough();
    stream.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    const lines: string[] = [];
    const accounts = { signUp: 'invitation' as const, notify: (l: string) => void lines.push(l) };
    const app = await buildApp({
      store: sqlite.store,
      now,
      webRoot: null,
      logger: { stream },
      accounts,
    });
    try {
      await announceFirstOwner({ store: sqlite.store, now, accounts }, 'http://localhost:7070');
      const cookie = await signUpWith(
        { app, lines },
        'ana@example.org',
        lastSecret(lines, 'invitation'),
      );
      const made = await app.inject({
        method: 'POST',
        url: '/api/calendar-key',
        headers: { ...fromKithPage, cookie },
      });
      const key = new URL(made.json<{ url: string }>().url).searchParams.get('key') ?? '';
      const random = key.split('.').at(-1) ?? '';
      expect(random.length).toBeGreaterThan(30);
      const feed = await app.inject({ method: 'GET', url: `/calendar.ics?key=${key}` });
      expect(feed.statusCode).toBe(200);
      for (const url of [
        `/calendar.ics?alarm=soon&key=${encodeURIComponent(key)}`,
        `/calendar.ics%zz?key=${key}`,
        `/calendar.ics/?key=${key}`,
        `/calendar.ics;key=${key}`,
        `/calendar.ics/${key}`,
        `/calendar.ics?key=${key}x`,
      ]) {
        const answer = await app.inject({ method: 'GET', url });
        expect(answer.statusCode, url).toBeGreaterThanOrEqual(400);
      }
      expect(text).toContain('/calendar.ics?key=…');
      expect(text).not.toContain(random);
      expect(text).not.toContain(encodeURIComponent(key));
    } finally {
      await app.close();
      await sqlite.cleanup();
    }
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

describe('loggableUrl', () => {
  it.each([
    ['/api/people', '/api/people'],
    ['/api/people?q=Ana', '/api/people?q=…'],
    ['/calendar.ics?key=s3cret&x', '/calendar.ics?key=…&x=…'],
    ['/api/people?', '/api/people?'],
    ['/calendar.ics;key=acc.iTfAaMq9-_VhBH4tgI1XDPXBHbjiuX0Kdss2x3UQ5wE', '/calendar.ics;key=…'],
    ['/calendar.ics/b5daca0850684f82835312e6809082e4.iTfAaMq9', '/calendar.ics/…'],
    ['/api/people/12/keep-in-touch', '/api/people/12/keep-in-touch'],
  ])('%s is logged as %s', (url, logged) => {
    expect(loggableUrl(url)).toBe(logged);
  });
});
