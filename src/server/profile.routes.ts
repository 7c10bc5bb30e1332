// Profile and demo routes: the onboarding answers, and the demo network for a first look.
import type { FastifyInstance } from 'fastify';
import { dateOrders } from '../core/date-order.js';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { profileInputSchema } from '../core/profile.js';
import { loadDemo } from '../services/load-demo.js';
import { getProfileView, saveProfileView } from '../services/profile.js';
import { demoStatus, removeDemo } from '../services/remove-demo.js';
import type { RouteContext } from './context.js';
import { problemResponses, profileSchema } from './schemas.js';

const profileViewSchema = profileSchema.extend({
  today: z.string().describe("today's date where you are (YYYY-MM-DD), by timeZone"),
  dateOrderInUse: z
    .enum(dateOrders)
    .describe(
      'the order numeric dates are read in: dateOrder, else from the server machine locale',
    ),
});

export function registerProfileRoutes(server: FastifyInstance, ctx: RouteContext): void {
  const app = server.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/profile',
    {
      schema: {
        tags: ['profile'],
        summary: 'Your profile (onboarded is false until it is first saved)',
        response: { 200: profileViewSchema },
      },
    },
    (request) => getProfileView(ctx.deps(request)),
  );

  app.put(
    '/api/profile',
    {
      schema: {
        tags: ['profile'],
        summary: 'Save your profile: who you are, your goal, your targets and weekly time budget',
        body: profileInputSchema,
        response: { 200: profileViewSchema, ...problemResponses },
      },
    },
    (request) => saveProfileView(ctx.deps(request), request.body),
  );

  app.post(
    '/api/demo',
    {
      schema: {
        tags: ['demo'],
        summary: 'Fill an empty network with a believable demo network',
        body: z
          .object({
            people: z
              .number()
              .int()
              .min(1)
              .max(5000, 'the web loads at most 5000; use the CLI for more')
              .optional(),
          })
          .default({}),
        response: {
          201: z.object({ people: z.number().int(), interactions: z.number().int() }),
          ...problemResponses,
        },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await loadDemo(ctx.deps(request), { people: request.body.people })),
  );

  app.get(
    '/api/demo',
    {
      schema: {
        tags: ['demo'],
        summary: 'How many demo people are in the network',
        response: { 200: z.object({ people: z.number().int() }) },
      },
    },
    (request) => demoStatus(ctx.deps(request)),
  );

  app.delete(
    '/api/demo',
    {
      schema: {
        tags: ['demo'],
        summary: 'Remove the demo people (tagged #demo) and, if unchanged, the sample profile',
        response: { 200: z.object({ removed: z.number().int(), profileReset: z.boolean() }) },
      },
    },
    (request) => removeDemo(ctx.deps(request)),
  );
}
