// Coach routes: today's plan and its actions, progress figures, and one person's keep-in-touch choices.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { channels } from '../core/interaction.js';
import { draftIntents } from '../core/words/drafts.js';
import { keepInTouchSchema, setKeepInTouch } from '../services/keep-in-touch.js';
import { markPlanAction, planMarks } from '../services/plan-action.js';
import { getStats, listTiers } from '../services/stats.js';
import { getToday } from '../services/today.js';
import {
  actionSchema,
  personCoachSchema,
  statsSchema,
  tierChoiceSchema,
  todaySchema,
} from './coach.schemas.js';
import type { RouteContext } from './context.js';
import { idParams, interactionSchema, problemResponses } from './schemas.js';

const tags = ['coach'];

export const markResultSchema = z.object({
  action: actionSchema,
  interaction: interactionSchema.nullable(),
  backOn: z.string().nullable(),
});

const minutesQuery = z.object({
  minutes: z.coerce
    .number()
    .int('must be whole minutes')
    .min(5, 'must be at least 5 minutes')
    .max(480, 'must be at most 480 minutes')
    .optional(),
});

export function registerCoachRoutes(server: FastifyInstance, ctx: RouteContext): void {
  const app = server.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/today',
    {
      schema: {
        tags,
        summary: "Today's plan: who to reach out to, why, and what to do first (kept for the day)",
        querystring: minutesQuery,
        response: { 200: todaySchema, ...problemResponses },
      },
    },
    (request) => getToday(ctx.deps(request), request.query),
  );

  app.post(
    '/api/today/refresh',
    {
      schema: {
        operationId: 'refreshToday',
        tags,
        summary: 'Make a fresh plan for today; done, skipped and snoozed actions stay',
        querystring: minutesQuery,
        response: { 200: todaySchema, ...problemResponses },
      },
    },
    (request) => getToday(ctx.deps(request), { ...request.query, refresh: true }),
  );

  app.post(
    '/api/today/actions/:n/:mark',
    {
      schema: {
        operationId: 'markTodayAction',
        tags,
        summary: 'Mark an action done (logs the contact), skip it (about a month off) or snooze it',
        params: z.object({
          n: z.coerce.number().int().positive('must be an action number such as 2'),
          mark: z.enum(planMarks, { error: `must be one of ${planMarks.join(', ')}` }),
        }),
        body: z
          .object({
            days: z.number().int().optional().describe('for snooze: 1 to 365 days (default 7)'),
            channel: z
              .enum(channels)
              .optional()
              .describe('for done: how you got in touch (default email)'),
            summary: z.string().optional().describe('for done: a note for the timeline'),
            intent: z
              .enum(draftIntents)
              .optional()
              .describe("for done: what you sent, when it was not the plan's draft"),
          })
          .nullish(),
        response: { 200: markResultSchema, ...problemResponses },
      },
    },
    (request) =>
      markPlanAction(ctx.deps(request), {
        n: request.params.n,
        mark: request.params.mark,
        ...(request.body ?? {}),
      }),
  );

  app.get(
    '/api/stats',
    {
      schema: {
        tags,
        summary:
          'Progress: actions per week, reply rate, give/get balance, people per tier and stage',
        response: { 200: statsSchema, ...problemResponses },
      },
    },
    (request) => getStats(ctx.deps(request)),
  );

  app.get(
    '/api/tiers',
    {
      schema: {
        tags,
        summary: 'The keep-in-touch tiers, innermost first: name, cadence and usual size',
        response: { 200: z.object({ tiers: z.array(tierChoiceSchema) }) },
      },
    },
    () => ({ tiers: listTiers() }),
  );

  app.put(
    '/api/people/:id/keep-in-touch',
    {
      schema: {
        tags,
        summary:
          "Pin a person's tier (1–5, null for automatic) or set their cadence in days (null for the tier's)",
        params: idParams,
        body: keepInTouchSchema,
        response: { 200: personCoachSchema, ...problemResponses },
      },
    },
    (request) => setKeepInTouch(ctx.deps(request), { id: request.params.id, change: request.body }),
  );
}
