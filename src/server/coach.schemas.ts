// Response shapes of the coach routes (today, stats, keep-in-touch) for the OpenAPI document.
import { z } from 'zod';
import { actionKinds, actionStatuses } from '../core/coach/plan.js';
import { tierNumbers } from '../core/coach/tiers.js';
import { relationshipStages } from '../core/words/stages.js';
import { draftIntents } from '../core/words/drafts.js';

const giveGetSchema = z.object({
  given: z.number().int(),
  asked: z.number().int(),
  received: z.number().int(),
  summary: z.string(),
});

export const personCoachShape = {
  strength: z.object({
    score: z.number().int().describe('0 (no contact logged) to 100'),
    parts: z.object({
      intensity: z.number(),
      reciprocity: z.number(),
      durationDays: z.number().int(),
      daysSinceTwoWay: z.number().int().nullable(),
    }),
  }),
  explanation: z.string(),
  tier: z.literal(tierNumbers),
  tierLabel: z.string(),
  tierPinned: z.boolean(),
  cadence: z
    .object({
      idealDays: z.number().int(),
      maxDays: z.number().int(),
      label: z.string(),
      custom: z.boolean(),
    })
    .nullable(),
  nextDueOn: z.string().nullable(),
  overdueOn: z.string().nullable(),
  dueState: z.enum(['not-due', 'due', 'overdue']),
  holdUntil: z.string().nullable(),
  stage: z.enum(relationshipStages),
  stageNext: z.string(),
  giveGet: giveGetSchema,
  replies: z.object({ asked: z.number().int(), answered: z.number().int() }),
};

export const personCoachSchema = z.object(personCoachShape);

export const actionSchema = z.object({
  n: z.number().int().describe('the number to mark it by: POST /api/today/actions/{n}/done'),
  personId: z.number().int(),
  personName: z.string(),
  kind: z.enum(actionKinds),
  kindLabel: z.string(),
  why: z.string(),
  minutes: z.number().int(),
  intent: z.enum(draftIntents),
  offer: z.string().nullable(),
  status: z.enum(actionStatuses),
  statusAt: z.string().nullable(),
  interactionId: z.number().int().nullable(),
});

export const progressSchema = z.object({
  weeklyGoal: z.number().int(),
  doneThisWeek: z.number().int(),
  streakWeeks: z.number().int(),
  weeks: z.array(z.object({ weekOf: z.string(), done: z.number().int() })),
});

export const todaySchema = z.object({
  date: z.string().describe("the user's local date"),
  timeZone: z.string(),
  budgetMinutes: z.number().int(),
  actions: z.array(actionSchema),
  progress: progressSchema,
  notices: z.array(z.string()),
});

export const tierChoiceSchema = z.object({
  tier: z.literal(tierNumbers),
  label: z.string(),
  cadence: z.string(),
  usual: z.number().int().nullable().describe("the layer's usual size; null for the wider network"),
});

export const statsSchema = z.object({
  date: z.string(),
  progress: progressSchema,
  replies: z.array(
    z.object({ month: z.string(), asked: z.number().int(), answered: z.number().int() }),
  ),
  replyRate: z.number().nullable(),
  giveGet: giveGetSchema,
  tiers: z.array(tierChoiceSchema.extend({ people: z.number().int() })),
  stages: z.array(z.object({ stage: z.enum(relationshipStages), people: z.number().int() })),
});
