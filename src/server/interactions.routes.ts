// Interaction routes: log from a form, log from one line of text, remove.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { newInteractionSchema } from '../core/interaction.js';
import { logInteraction } from '../services/log-interaction.js';
import { logLine } from '../services/log-line.js';
import { removeInteraction } from '../services/remove-interaction.js';
import type { RouteContext } from './context.js';
import { idParams, interactionSchema, personSchema, problemResponses } from './schemas.js';

const tags = ['interactions'];

export function registerInteractionRoutes(server: FastifyInstance, ctx: RouteContext): void {
  const app = server.withTypeProvider<ZodTypeProvider>();

  app.post(
    '/api/interactions',
    {
      schema: {
        tags,
        summary: 'Log an interaction with a person (the date defaults to today)',
        body: newInteractionSchema.partial({ occurredOn: true }),
        response: { 201: interactionSchema, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await logInteraction(ctx.deps(request), request.body)),
  );

  app.post(
    '/api/interactions/line',
    {
      schema: {
        operationId: 'logLine',
        tags,
        summary:
          'Log from one line, e.g. "coffee with Ana Lopez about data roles #jobsearch yesterday"',
        body: z.object({
          line: z.string().max(1000, 'must be one line of at most 1000 characters'),
        }),
        response: {
          201: z.object({
            interactions: z.array(interactionSchema),
            people: z.array(personSchema),
            created: z.array(personSchema),
            notes: z
              .array(z.string())
              .describe('which reading was taken where the line could mean another date'),
          }),
          ...problemResponses,
        },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await logLine(ctx.deps(request), request.body)),
  );

  app.delete(
    '/api/interactions/:id',
    {
      schema: {
        tags,
        summary: 'Remove a logged interaction',
        params: idParams,
        response: { 204: z.null(), ...problemResponses },
      },
    },
    async (request, reply) => {
      await removeInteraction(ctx.deps(request), { id: request.params.id });
      return reply.status(204).send(null);
    },
  );
}
