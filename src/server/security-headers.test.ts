// Security headers on every answer: the strict policy for the app and the API, and /docs' own.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeSqlite } from '../../test/dialects.js';
import { buildApp } from './app.js';

describe('security headers', () => {
  let app: FastifyInstance;
  let cleanup: () => Promise<void>;
  let webRoot: string;
  beforeAll(async () => {
    const sqlite = await makeSqlite();
    // A web root shaped like Vite's output: one module script and one stylesheet under /assets.
    webRoot = mkdtempSync(join(tmpdir(), 'kith-web-'));
    mkdirSync(join(webRoot, 'assets'));
    writeFileSync(
      join(webRoot, 'index.html'),
      '<!doctype html><script type="module" src="/assets/index.js"></script><div id="root"></div>',
    );
    writeFileSync(join(webRoot, 'assets', 'index.js'), 'export {};');
    app = await buildApp({ store: sqlite.store, webRoot });
    cleanup = sqlite.cleanup;
  });
  afterAll(async () => {
    await app.close();
    await cleanup();
    rmSync(webRoot, { recursive: true, force: true });
  });

  const policyOf = async (url: string) => {
    const response = await app.inject({ method: 'GET', url });
    expect(response.statusCode).toBe(200);
    return String(response.headers['content-security-policy']);
  };

  it.each(['/', '/assets/index.js', '/api/people', '/healthz'])(
    'sends the strict policy on %s: nothing inline, nothing from elsewhere',
    async (url) => {
      const policy = await policyOf(url);
      expect(policy).toContain("default-src 'self'");
      expect(policy).toContain("script-src 'self'");
      expect(policy).toContain("style-src 'self'");
      expect(policy).toContain("object-src 'none'");
      expect(policy).toContain("frame-ancestors 'none'");
      expect(policy).not.toContain('unsafe-inline');
      expect(policy).not.toContain('unsafe-eval');
    },
  );

  it('gives /docs a policy of its own that keeps scripts strict', async () => {
    const policy = await policyOf('/docs/');
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).toMatch(/style-src 'self' 'sha256-[A-Za-z0-9+/=]{44}'/);
    expect(policy).not.toContain('unsafe-inline');
  });

  it('sends the other headers helmet sets, on answers and on problems', async () => {
    for (const url of ['/api/people', '/api/nowhere']) {
      const response = await app.inject({ method: 'GET', url });
      expect(response.headers).toMatchObject({
        'x-content-type-options': 'nosniff',
        'x-frame-options': 'DENY',
        'referrer-policy': 'no-referrer',
        'cross-origin-opener-policy': 'same-origin',
        'strict-transport-security': 'max-age=15552000',
      });
    }
  });
});
