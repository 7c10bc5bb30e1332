// Interaction routes: log from a form, log from one line of text, move to another person, remove.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { newInteractionSchema } from '../core/interaction.js';
import { logInteraction } from '../services/log-interaction.js';
import { logLine } from '../services/log-line.js';
import { moveInteraction } from '../services/move-interaction.js';
import { removeInteraction } from '../services/remove-interaction.js';
import type { RouteContext } from './context.js';
import {
  lineQuestionSchema,
  logLineBodySchema,
  loggedLineSchema,
  movedInteractionSchema,
} from './log-line.schemas.js';
import { idParams, interactionSchema, problemResponses } from './schemas.js';

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
        description:
          'Writes nothing and answers 200 "ambiguous" when a name could be several people, or nobody known but someone close; send again with `pick` (ids) or `createNew`. With `askFirst`, also answers 200 "confirm" before using a nickname, a prefix, a typo or adding someone new.',
        body: logLineBodySchema,
        response: { 201: loggedLineSchema, 200: lineQuestionSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const outcome = await logLine(ctx.deps(request), request.body);
      return reply.status(outcome.status === 'logged' ? 201 : 200).send(outcome);
    },
  );

  app.patch(
    '/api/interactions/:id',
    {
      schema: {
        operationId: 'moveInteraction',
        tags,
        summary: 'Move a logged interaction to another person; both timelines are kept up to date',
        params: idParams,
        body: z.object({ personId: z.number().int().positive() }),
        response: { 200: movedInteractionSchema, ...problemResponses },
      },
    },
    async (request) =>
      moveInteraction(ctx.deps(request), {
        id: request.params.id,
        toPersonId: request.body.personId,
      }),
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
