// Checks a message's tone before it is sent.
import { z } from 'zod';
import { checkTone, type ToneContext, type ToneReport } from '../core/tone/check-tone.js';
import { holdForBlanks } from '../core/tone/score.js';
import { parseInput } from '../core/validate.js';
import { relationshipStages } from '../core/words/stages.js';
import { goals } from '../core/profile.js';

export const checkMessageSchema = z.object({
  // The check itself caps what it reads at 5,000 characters and says so; this bounds the request.
  text: z
    .string({ error: 'is required' })
    .max(200_000, 'is far too long for a message; paste at most 200,000 characters'),
  context: z
    .object({
      stage: z.enum(relationshipStages).optional(),
      intent: z.string().max(40).optional(),
      recipientName: z.string().max(200).optional(),
      goal: z.enum(goals).optional(),
    })
    .default({}),
});

/** The tone report, whose verdict asks for any "[blank]" to be filled in before "send it". */
export function checkMessage(input: unknown): ToneReport {
  const request = parseInput(checkMessageSchema, input);
  return checkBeforeSending(request.text, request.context);
}

export function checkBeforeSending(text: string, context: ToneContext): ToneReport {
  return holdForBlanks(checkTone(text, context), text);
}
