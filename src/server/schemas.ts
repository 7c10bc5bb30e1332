// Response shapes for the OpenAPI document; request bodies reuse the core's own schemas.
import { z } from 'zod';
import { personCoachShape } from './coach.schemas.js';
import { channels, directions, interactionKinds } from '../core/interaction.js';
import { dateOrders } from '../core/date-order.js';
import { goals } from '../core/profile.js';
import { relationshipStages } from '../core/words/stages.js';
import { offerCategories } from '../core/words/offer-catalogue.js';

export const personSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  emails: z.array(z.string()),
  phones: z.array(z.string()),
  company: z.string().nullable(),
  title: z.string().nullable(),
  location: z.string().nullable(),
  linkedinUrl: z.string().nullable(),
  tags: z.array(z.string()),
  howWeMet: z.string().nullable(),
  interests: z.array(z.string()),
  needs: z.string().nullable(),
  offers: z.string().nullable(),
  notes: z.string().nullable(),
  doNotContact: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

/** A person as a page of the list or a search shows them: see PersonListItem. */
export const personListItemSchema = personSchema.pick({
  id: true,
  name: true,
  company: true,
  title: true,
  location: true,
  tags: true,
  doNotContact: true,
});

export const interactionSchema = z.object({
  id: z.number().int(),
  personId: z.number().int(),
  occurredOn: z.string(),
  channel: z.enum(channels),
  direction: z.enum(directions),
  kind: z.enum(interactionKinds),
  summary: z.string(),
  tags: z.array(z.string()),
  expectsReply: z.boolean(),
  createdAt: z.string(),
});

export const profileSchema = z.object({
  name: z.string(),
  headline: z.string(),
  goal: z.enum(goals),
  targetRoles: z.array(z.string()),
  targetCompanies: z.array(z.string()),
  targetIndustries: z.array(z.string()),
  weeklyMinutes: z.number().int(),
  onboarded: z.boolean(),
  updatedAt: z.string().nullable(),
  strengths: z.array(z.string()),
  whoIHelp: z.string(),
  howIHelp: z.string(),
  interests: z.array(z.string()),
  valueStatement: z.string(),
  intro: z.string(),
  offers: z.array(z.object({ category: z.enum(offerCategories), detail: z.string() })),
  timeZone: z.string().describe("IANA time zone; '' means the server machine's"),
  dormantYears: z.number().int(),
  weeklyGoal: z.number().int().describe('actions a week; 0 means from the weekly minutes'),
  region: z
    .string()
    .describe("ISO 3166 country for phone numbers without a country code; '' means the machine's"),
  dateOrder: z
    .enum(['', ...dateOrders])
    .describe("how numeric dates such as 03/11/2026 are read; '' means from the machine's locale"),
});

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z.string(),
    problems: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  })
  .describe(
    'An RFC 9457 problem: what went wrong, and for input errors, which field and what is expected.',
  );

export const idParams = z.object({
  id: z.coerce.number().int().positive('must be a positive whole number'),
});

/** One problem answer in the OpenAPI document, served as `application/problem+json`. */
export function problemResponse(description: string) {
  return { description, content: { 'application/problem+json': { schema: problemSchema } } };
}

/**
 * The problems a route's own checks and services may give. The transport's own (403 from the local
 * guard, 400/413/415 for a body, 500) are added to every route in openapi.ts.
 */
export const problemResponses = {
  400: problemResponse('The request is not in the expected shape; problems names each field'),
  404: problemResponse('Nothing with that id, or no such route'),
  409: problemResponse('Conflicts with what is already there'),
  422: problemResponse('Some fields need attention; problems names each field'),
};

export const followUpSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('none') }),
  z.object({
    state: z.literal('waiting'),
    step: z.union([z.literal(1), z.literal(2)]),
    dueOn: z.string(),
    sentOn: z.string(),
  }),
  z.object({ state: z.literal('resting'), until: z.string(), sentOn: z.string() }),
  z.object({ state: z.literal('quiet'), unanswered: z.number().int(), sentOn: z.string() }),
]);

export const personPageSchema = z.object({
  ...personCoachShape,
  person: personSchema,
  timeline: z.array(interactionSchema),
  interactionCount: z.number().int(),
  stage: z.enum(relationshipStages),
  followUp: followUpSchema,
});
