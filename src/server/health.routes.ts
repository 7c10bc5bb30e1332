// Liveness (/healthz: the process answers) and readiness (/readyz: its database answers), for probes.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isAppError } from '../core/errors.js';
import { checkReadiness } from '../services/readiness.js';
import type { Store } from '../store/store.js';
import { problemResponse } from './schemas.js';

const healthSchema = z.object({ status: z.literal('ok') });

const readinessSchema = z.object({
  status: z.literal('ready'),
  database: z.enum(['sqlite', 'postgres']).describe('which database this server uses'),
});

/**
 * Both routes sit outside /api and need no sign-in: a load balancer or systemd asks them. They
 * take the store itself rather than a request's account, since they act for no one.
 */
export function registerHealthRoutes(
  server: FastifyInstance,
  options: { store: Store; readinessTimeoutMs?: number },
): void {
  const app = server.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/healthz',
    {
      schema: {
        operationId: 'getHealth',
        tags: ['operations'],
        security: [],
        summary: 'Liveness: the server process is up (the database is not asked)',
        response: { 200: healthSchema },
      },
    },
    () => ({ status: 'ok' as const }),
  );

  app.get(
    '/readyz',
    {
      schema: {
        operationId: 'getReadiness',
        tags: ['operations'],
        security: [],
        summary: 'Readiness: the database answers a trivial query, so requests can be served',
        response: {
          200: readinessSchema,
          503: problemResponse('The database did not answer; detail says what to check'),
        },
      },
    },
    async (request) => {
      try {
        return await checkReadiness(options, { timeoutMs: options.readinessTimeoutMs });
      } catch (error) {
        // The answer stays short; the driver's own words go to the log, where an operator looks.
        if (isAppError(error) && error.cause !== undefined) {
          request.log.warn({ err: error.cause }, 'readiness check failed');
        }
        throw error;
      }
    },
  );
}
