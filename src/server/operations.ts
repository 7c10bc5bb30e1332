// What running Kith for others needs around the routes: logs, headers, limits, CSRF, probes, a gentle stop.
import type { FastifyInstance } from 'fastify';
import type { Store } from '../store/store.js';
import { installCsrfGuard, type CsrfOptions } from './csrf.js';
import { registerHealthRoutes } from './health.routes.js';
import { echoRequestId, type LogOption } from './logging.js';
import { installRateLimits } from './rate-limits.js';
import { installSecurityHeaders } from './security-headers.js';

/** The options buildApp takes for operations; server mode turns logs and rate limits on. */
export interface OperationsOptions {
  store: Store;
  /** Structured request logs: off in the embedded default, on in server mode (or kith serve --log). */
  logger?: LogOption;
  /** Count requests on the routes that name a limit (sign-in, sign-up, reset, import, restore). */
  rateLimits?: boolean;
  /** Which requests are signed in by a cookie and so need CSRF proof on changes. */
  isCookieAuthenticated?: CsrfOptions['isCookieAuthenticated'];
  /** How long /readyz waits for the database, in milliseconds (2 s by default). */
  readinessTimeoutMs?: number;
}

/**
 * Installs everything above, before the API routes are added: the rate limiter reads each
 * route's config as the route is added, and the headers and request id reach every answer.
 */
export async function installOperations(
  app: FastifyInstance,
  options: OperationsOptions,
): Promise<void> {
  echoRequestId(app);
  await installSecurityHeaders(app);
  if (options.rateLimits) await installRateLimits(app);
  installCsrfGuard(app, { isCookieAuthenticated: options.isCookieAuthenticated });
  registerHealthRoutes(app, options);
}

/** 10 s: long enough for an import or a restore in flight, short enough for systemd's 90 s stop. */
export const defaultShutdownGraceMs = 10_000;

/**
 * Stops taking connections, lets requests in flight finish, and closes what is idle. A request
 * still running after `graceMs` has its connection closed, so a stuck client cannot hold the
 * stop forever.
 */
export async function closeGracefully(
  app: FastifyInstance,
  graceMs = defaultShutdownGraceMs,
): Promise<void> {
  const timer = setTimeout(() => app.server.closeAllConnections(), graceMs);
  timer.unref();
  try {
    await app.close();
  } finally {
    clearTimeout(timer);
  }
}
