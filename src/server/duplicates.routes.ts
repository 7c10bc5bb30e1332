// The duplicate review list and merges over HTTP: list, reject, merge, and undo a merge.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { findDuplicates } from '../services/find-duplicates.js';
import { mergeTwo } from '../services/merge-two.js';
import { rejectDuplicate } from '../services/reject-duplicate.js';
import { unmerge } from '../services/unmerge.js';
import type { RouteContext } from './context.js';
import {
  duplicateReviewSchema,
  mergeBodySchema,
  mergeOutcomeSchema,
  unmergeOutcomeSchema,
} from './imports.schemas.js';
import { idParams, problemResponses } from './schemas.js';

const tags = ['duplicates'];

export function registerDuplicateRoutes(server: FastifyInstance, ctx: RouteContext): void {
  const app = server.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/duplicates',
    {
      schema: {
        operationId: 'listDuplicates',
        tags,
        summary: 'Pairs that might be the same person, for the user to merge or reject',
        response: {
          200: z.object({ reviews: z.array(duplicateReviewSchema) }),
          ...problemResponses,
        },
      },
    },
    (request) => findDuplicates(ctx.deps(request)),
  );

  app.post(
    '/api/duplicates/:id/reject',
    {
      schema: {
        operationId: 'rejectDuplicate',
        tags,
        summary: 'They are two people: take the pair off the list, and never ask again',
        params: idParams,
        response: {
          200: z.object({ id: z.number().int(), status: z.literal('rejected') }),
          ...problemResponses,
        },
      },
    },
    (request) => rejectDuplicate(ctx.deps(request), { id: request.params.id }),
  );

  app.post(
    '/api/merges',
    {
      schema: {
        tags,
        summary: 'Merge person b into person a, keeping every value and where it came from',
        body: mergeBodySchema,
        response: { 201: mergeOutcomeSchema, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await mergeTwo(ctx.deps(request), request.body)),
  );

  app.delete(
    '/api/merges/:id',
    {
      schema: {
        tags,
        summary: 'Undo a merge: both people back as they were, each with their own interactions',
        params: idParams,
        response: { 200: unmergeOutcomeSchema, ...problemResponses },
      },
    },
    (request) => unmerge(ctx.deps(request), { mergeId: request.params.id }),
  );
}
