// Shapes of the one-line log's answers: logged, or a question about who a name means.
import { z } from 'zod';
import { matchReasonLabels, type MatchReason } from '../core/person-match.js';
import { interactionSchema, personSchema } from './schemas.js';

const reasons = Object.keys(matchReasonLabels) as [MatchReason, ...MatchReason[]];

const choiceSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  company: z.string().nullable(),
  reason: z.enum(reasons),
  why: z.string(),
});

const mentionSchema = z.object({
  written: z.string(),
  outcome: z.enum(['matched', 'picked', 'new', 'several', 'nobody']),
  person: choiceSchema.optional(),
  candidates: z.array(choiceSchema),
  note: z.string().optional(),
  asked: z.boolean().optional(),
});

export const logLineBodySchema = z.object({
  line: z.string().max(1000, 'must be one line of at most 1000 characters'),
  pick: z.array(z.number().int().positive()).max(20).optional(),
  createNew: z.union([z.boolean(), z.array(z.string().max(200)).max(20)]).optional(),
  askFirst: z.boolean().optional(),
});

export const loggedLineSchema = z.object({
  status: z.literal('logged'),
  interactions: z.array(interactionSchema),
  people: z.array(personSchema),
  created: z.array(personSchema),
  mentions: z.array(mentionSchema),
  notes: z
    .array(z.string())
    .describe('which reading was taken where the line could mean another date'),
});

export const lineQuestionSchema = z.object({
  status: z.enum(['ambiguous', 'confirm']),
  mentions: z.array(mentionSchema),
});

export const movedInteractionSchema = z.object({
  interaction: interactionSchema,
  from: personSchema,
  to: personSchema,
  fromLeft: z.number().int(),
});
