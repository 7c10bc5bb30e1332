// CSRF: a change that carries cookies must come from Kith's own page; scripts without cookies are untouched.
import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { useApp } from '../../test/app.js';
import { makeSqlite } from '../../test/dialects.js';
import { buildApp } from './app.js';
import { csrfHeader } from '../core/request-headers.js';

const now = () => new Date('2026-11-25T12:00:00Z');
const ownPage = { host: 'localhost:7070', [csrfHeader]: '1' };
const signedIn = { cookie: 'kith_session=abc123' };

function addPerson(app: FastifyInstance, headers: Record<string, string>) {
  return app.inject({
    method: 'POST',
    url: '/api/people',
    headers,
    payload: { name: 'Ana Lopez', allowDuplicate: true },
  });
}

async function countPeople(app: FastifyInstance): Promise<number> {
  const response = await app.inject({ method: 'GET', url: '/api/people', headers: signedIn });
  return response.json<{ total: number }>().total;
}

describe('CSRF on changes that carry cookies', () => {
  const app = useApp();

  it("accepts a change from Kith's own page: same origin, same-origin fetch, and the header", async () => {
    const response = await addPerson(app(), {
      ...ownPage,
      ...signedIn,
      origin: 'http://localhost:7070',
      'sec-fetch-site': 'same-origin',
    });
    expect(response.statusCode).toBe(201);
  });

  it.each([
    ['without the web app’s header', { ...signedIn, host: 'localhost:7070' }, 'x-kith-csrf header'],
    [
      'from another port on the same host, which the host check alone lets by',
      { ...ownPage, ...signedIn, origin: 'http://localhost:3000' },
      'the page at "http://localhost:3000"',
    ],
    [
      'from a neighbouring site (Sec-Fetch-Site: same-site)',
      { ...ownPage, ...signedIn, 'sec-fetch-site': 'same-site' },
      'a neighbouring site',
    ],
    ['from an opaque origin', { ...ownPage, ...signedIn, origin: 'null' }, 'the page at "null"'],
  ])('refuses a change %s, and writes nothing', async (_case, headers, why) => {
    const before = await countPeople(app());
    const response = await addPerson(app(), headers);
    expect(response.statusCode).toBe(403);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json()).toMatchObject({
      status: 403,
      code: 'FORBIDDEN',
      detail: expect.stringContaining(why) as unknown,
    });
    expect(await countPeople(app())).toBe(before);
  });

  it('lets reads with cookies through without the header', async () => {
    const response = await app().inject({ method: 'GET', url: '/api/people', headers: signedIn });
    expect(response.statusCode).toBe(200);
  });

  it('leaves a script without cookies alone: the CLI, curl, a Bearer token', async () => {
    const response = await addPerson(app(), {
      host: 'localhost:7070',
      authorization: 'Bearer kith_example',
    });
    expect(response.statusCode).toBe(201);
  });

  it('matches an https Origin to the Host a proxy passed on, and refuses another port', async () => {
    const sqlite = await makeSqlite();
    const proxied = await buildApp({
      store: sqlite.store,
      now,
      webRoot: null,
      allowedHosts: ['kith.example.org'],
    });
    try {
      const behindTls = { ...ownPage, ...signedIn, host: 'kith.example.org' };
      const same = await addPerson(proxied, { ...behindTls, origin: 'https://kith.example.org' });
      expect(same.statusCode).toBe(201);
      const other = await addPerson(proxied, {
        ...behindTls,
        origin: 'https://kith.example.org:8443',
      });
      expect(other.statusCode).toBe(403);
    } finally {
      await proxied.close();
      await sqlite.cleanup();
    }
  });
});

describe('CSRF with a session cookie named by the accounts code', () => {
  const app = useApp({
    isCookieAuthenticated: (request) => (request.headers.cookie ?? '').includes('kith_session='),
  });

  it('ignores cookies that sign no one in, such as another local app’s', async () => {
    const response = await addPerson(app(), { host: 'localhost:7070', cookie: 'theme=dark' });
    expect(response.statusCode).toBe(201);
  });

  it('still asks the header of a request with the session cookie', async () => {
    const response = await addPerson(app(), { host: 'localhost:7070', ...signedIn });
    expect(response.statusCode).toBe(403);
  });
});
