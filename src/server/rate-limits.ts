// Rate limits for the routes worth guessing at or costly to repeat: off globally, on per route in server mode.
import fastifyRateLimit, { type RateLimitOptions } from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';

/** A route's limit, for `config: { rateLimit: … }`; ignored when rate limits are off. */
export type RouteRateLimit = RateLimitOptions;

/**
 * Sign-in: per address and email together, so one address cannot try many passwords on one
 * account, and one busy office behind one address still signs its people in. Read after the body
 * is parsed (preHandler), because the email is in it.
 */
export const signInLimit: RouteRateLimit = {
  max: 10,
  timeWindow: '1 minute',
  hook: 'preHandler',
  keyGenerator: (request) => `${request.ip}|${emailOf(request)}`,
};

/** Sign-up: an address may open a handful of accounts an hour, not hundreds. */
export const signUpLimit: RouteRateLimit = { max: 10, timeWindow: '1 hour' };

/** Password resets: each one writes a link to the log or sends an email. */
export const resetLimit: RouteRateLimit = { max: 5, timeWindow: '15 minutes' };

/** A restore replaces a whole network from up to 256 MB of JSON. */
export const restoreLimit: RouteRateLimit = { max: 10, timeWindow: '1 minute' };

/** An import reads up to 20 files of 50 MB each. */
export const importLimit: RouteRateLimit = { max: 30, timeWindow: '1 minute' };

/**
 * Registers the plugin with no global limit: only routes that name a limit are counted. Must run
 * before those routes are added, since the plugin reads each route's config as it is added.
 */
export async function installRateLimits(app: FastifyInstance): Promise<void> {
  await app.register(fastifyRateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) => tooManyRequests(context.after),
  });
}

/** Thrown like any error, so errors.ts answers it as a problem; Retry-After is already set. */
export class TooManyRequests extends Error {
  readonly statusCode = 429;
  readonly code = 'RATE_LIMITED';
}

function tooManyRequests(after: string): TooManyRequests {
  return new TooManyRequests(`Too many tries in a short time. Please wait ${after} and try again.`);
}

function emailOf(request: FastifyRequest): string {
  const body = request.body as { email?: unknown } | null | undefined;
  return typeof body?.email === 'string' ? body.email.trim().toLowerCase() : '';
}
