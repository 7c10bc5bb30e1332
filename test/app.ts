// One app over a fresh SQLite store for a describe block: built before its tests, closed after.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { buildApp, type AppOptions } from '../src/server/app.js';
import { makeSqlite } from './dialects.js';

const fixedNow = () => new Date('2026-11-25T12:00:00Z');

/** The app for this describe block; `extend` may add test-only routes before it is ready. */
export function useApp(
  options: Omit<AppOptions, 'store'> = {},
  extend?: (app: FastifyInstance) => void,
): () => FastifyInstance {
  let app: FastifyInstance | undefined;
  let cleanup: () => Promise<void> = () => Promise.resolve();
  beforeAll(async () => {
    const sqlite = await makeSqlite();
    cleanup = sqlite.cleanup;
    app = await buildApp({ store: sqlite.store, now: fixedNow, webRoot: null, ...options });
    extend?.(app);
  });
  afterAll(async () => {
    await app?.close();
    await cleanup();
  });
  return () => {
    if (!app) throw new Error('the app is built in beforeAll');
    return app;
  };
}
