// Rate limits: off in the embedded default; in server mode a limited route answers 429 as a problem, with Retry-After.
import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { useApp } from '../../test/app.js';
import { restoreLimit, signInLimit } from './rate-limits.js';

/** A restore of a file that is not a backup: refused at once, but counted all the same. */
function restoreNothing(app: FastifyInstance) {
  return app.inject({
    method: 'POST',
    url: '/api/restore',
    headers: { 'content-type': 'application/json' },
    payload: '{}',
  });
}

function signIn(app: FastifyInstance, email: string) {
  return app.inject({ method: 'POST', url: '/sign-in-shaped', payload: { email, password: 'x' } });
}

describe('rate limits in server mode', () => {
  const app = useApp({ rateLimits: true }, (built) => {
    // The shape the sign-in route takes: a JSON body with an email, limited by signInLimit.
    built.post('/sign-in-shaped', { config: { rateLimit: signInLimit } }, () => ({ ok: true }));
  });

  it('answers the request past the limit with 429, a problem that says how long to wait, and Retry-After', async () => {
    const max = Number(restoreLimit.max);
    for (let i = 0; i < max; i += 1) {
      const response = await restoreNothing(app());
      expect(response.statusCode).not.toBe(429);
      expect(response.headers['x-ratelimit-remaining']).toBe(String(max - i - 1));
    }
    const limited = await restoreNothing(app());
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(limited.headers['retry-after'])).toBeLessThanOrEqual(60);
    expect(limited.json()).toEqual({
      type: 'about:blank',
      title: 'Too many requests',
      status: 429,
      code: 'RATE_LIMITED',
      detail: expect.stringMatching(
        /^Too many tries in a short time\. Please wait (1 minute|\d+ seconds?) and try again\.$/,
      ) as unknown,
    });
  });

  it('counts sign-in tries per address and email, so one account’s limit leaves the others alone', async () => {
    const max = Number(signInLimit.max);
    for (let i = 0; i < max; i += 1) {
      expect((await signIn(app(), 'ana@example.com')).statusCode).toBe(200);
    }
    expect((await signIn(app(), 'ANA@example.com ')).statusCode).toBe(429);
    expect((await signIn(app(), 'bo@example.com')).statusCode).toBe(200);
  });

  it('leaves routes that name no limit unlimited', async () => {
    for (let i = 0; i < 30; i += 1) {
      const response = await app().inject({ method: 'GET', url: '/api/people' });
      expect(response.statusCode).toBe(200);
      expect(response.headers['x-ratelimit-limit']).toBeUndefined();
    }
  });
});

describe('rate limits in the embedded default', () => {
  const app = useApp({});

  it('never limits the one local user', async () => {
    const max = Number(restoreLimit.max);
    for (let i = 0; i < max + 5; i += 1) {
      expect((await restoreNothing(app())).statusCode).not.toBe(429);
    }
  });
});

describe('rate limits in the OpenAPI document', () => {
  const app = useApp({});

  it('lists 429 on the routes that name a limit, and only there', async () => {
    const doc = (await app().inject({ method: 'GET', url: '/openapi.json' })).json<{
      paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
    }>();
    const limited = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.entries(methods)
        .filter(([, operation]) => '429' in operation.responses)
        .map(([method]) => `${method.toUpperCase()} ${path}`),
    );
    expect(limited.sort()).toEqual(['POST /api/imports', 'POST /api/restore']);
  });
});
