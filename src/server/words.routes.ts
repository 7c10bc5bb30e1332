// Words routes: drafts, the tone check, questions, the brand and the offers inventory, log as sent.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { brandInputSchema, offersInputSchema } from '../core/profile.js';
import { toneCategories } from '../core/tone/check-tone.js';
import { draftIntents } from '../core/words/drafts.js';
import { relationshipStages } from '../core/words/stages.js';
import { getBrand, saveBrand, saveOffers } from '../services/brand.js';
import { checkMessage, checkMessageSchema } from '../services/check-message.js';
import { draftForPerson, draftRequestSchema } from '../services/draft-for-person.js';
import { logSent, logSentSchema } from '../services/log-sent.js';
import { offersForPerson } from '../services/offers-for-person.js';
import { questionsForPerson } from '../services/questions-for-person.js';
import type { RouteContext } from './context.js';
import { idParams, interactionSchema, problemResponses, profileSchema } from './schemas.js';

export const toneFindingSchema = z.object({
  category: z.enum(toneCategories),
  severity: z.enum(['low', 'medium', 'high']),
  start: z.number().int(),
  end: z.number().int(),
  excerpt: z.string(),
  why: z.string(),
  rewrite: z.string(),
});

export const toneReportSchema = z.object({
  score: z.number().nullable(),
  verdict: z.string(),
  findings: z.array(toneFindingSchema),
  notes: z.array(z.string()),
  wordCount: z.number().int(),
});

const draftResult = z.object({
  draft: z.object({
    intent: z.enum(draftIntents),
    reason: z.string().nullable(),
    warning: z.string().nullable(),
    subject: z.string(),
    parts: z.array(z.object({ label: z.string(), to: z.string(), body: z.string() })),
    variants: z.array(z.array(z.string())),
    blanks: z.array(z.string()),
    wordCount: z.number().int(),
  }),
  tone: toneReportSchema,
  polished: z.string().nullable(),
  notice: z.string().nullable(),
});

const offerCategoryInfo = z.object({
  category: z.string(),
  title: z.string(),
  explanation: z.string(),
  examples: z.array(z.string()).readonly(),
  keywords: z.string(),
  universal: z.boolean(),
});

const brand = z.object({
  profile: profileSchema,
  suggestion: z.object({
    statement: z.string(),
    intro30s: z.string(),
    alternatives: z.array(z.string()),
    blanks: z.array(z.string()),
  }),
  suggestedOffers: z.array(z.object({ category: z.string(), detail: z.string() })),
  catalogue: z.array(offerCategoryInfo).readonly(),
});

const questions = z.object({
  informational: z.array(z.string()),
  starters: z.array(z.string()),
  followUps: z.array(z.string()),
});

export function registerWordsRoutes(server: FastifyInstance, ctx: RouteContext): void {
  const app = server.withTypeProvider<ZodTypeProvider>();

  app.post(
    '/api/drafts',
    {
      schema: {
        operationId: 'draftMessage',
        tags: ['words'],
        summary: `Draft a message to a person for one intent (${draftIntents.join(', ')}), with its tone check`,
        body: draftRequestSchema,
        response: { 200: draftResult, ...problemResponses },
      },
    },
    (request) => draftForPerson(ctx.deps(request), request.body),
  );

  app.post(
    '/api/drafts/sent',
    {
      schema: {
        operationId: 'logSent',
        tags: ['words'],
        summary: 'Log a drafted message as sent; an ask starts the follow-up sequence',
        body: logSentSchema,
        response: { 201: interactionSchema, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await logSent(ctx.deps(request), request.body)),
  );

  app.post(
    '/api/tone',
    {
      schema: {
        operationId: 'checkTone',
        tags: ['words'],
        summary: `Check a message for ${toneCategories.join(', ')}; stages: ${relationshipStages.join(', ')}`,
        body: checkMessageSchema,
        response: { 200: toneReportSchema, ...problemResponses },
      },
    },
    (request) => checkMessage(request.body),
  );

  app.get(
    '/api/people/:id/questions',
    {
      schema: {
        tags: ['words'],
        summary:
          'Questions for an informational conversation, starters and follow-ups that fit this person',
        params: idParams,
        response: { 200: questions, ...problemResponses },
      },
    },
    (request) => questionsForPerson(ctx.deps(request), { id: request.params.id }),
  );

  app.get(
    '/api/people/:id/offers',
    {
      schema: {
        tags: ['words'],
        summary: 'Give first: what you could offer this person, ranked by what they need',
        params: idParams,
        response: {
          200: z.object({
            matches: z.array(
              z.object({
                offer: z.object({ category: z.string(), detail: z.string() }),
                reason: z.string(),
                score: z.number(),
              }),
            ),
            offerCount: z.number().int(),
          }),
          ...problemResponses,
        },
      },
    },
    (request) => offersForPerson(ctx.deps(request), { id: request.params.id }),
  );

  app.get(
    '/api/brand',
    {
      schema: {
        tags: ['words'],
        summary: 'Your value statement, 30-second introduction and offers',
        response: { 200: brand },
      },
    },
    (request) => getBrand(ctx.deps(request)),
  );

  app.put(
    '/api/brand',
    {
      schema: {
        tags: ['words'],
        summary:
          'Save your strengths, whom you help and how, interests, and the statement you chose',
        body: brandInputSchema,
        response: { 200: brand, ...problemResponses },
      },
    },
    (request) => saveBrand(ctx.deps(request), request.body),
  );

  app.put(
    '/api/offers',
    {
      schema: {
        tags: ['words'],
        summary: 'Save what you can offer others',
        body: offersInputSchema,
        response: { 200: brand, ...problemResponses },
      },
    },
    (request) => saveOffers(ctx.deps(request), request.body),
  );
}
