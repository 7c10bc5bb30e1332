// Logs a drafted message as sent: the right kind on the timeline, and a follow-up plan when an answer is due.
import { z } from 'zod';
import { channels, type Interaction } from '../core/interaction.js';
import { parseInput } from '../core/validate.js';
import { draftIntents } from '../core/words/drafts.js';
import { intentExpectsReply, kindForIntent } from '../core/words/sent.js';
import type { Deps } from './deps.js';
import { logInteraction } from './log-interaction.js';

export const logSentSchema = z.object({
  personId: z.number({ error: 'is required' }).int().positive(),
  intent: z.enum(draftIntents, { error: `must be one of ${draftIntents.join(', ')}` }),
  channel: z.enum(channels).default('email'),
  summary: z.string().trim().max(5000).default(''),
  occurredOn: z.string().optional(),
});

export async function logSent(deps: Deps, input: unknown): Promise<Interaction> {
  const sent = parseInput(logSentSchema, input);
  return logInteraction(deps, {
    personId: sent.personId,
    ...(sent.occurredOn ? { occurredOn: sent.occurredOn } : {}),
    channel: sent.channel,
    direction: 'outbound',
    kind: kindForIntent(sent.intent),
    summary: sent.summary,
    expectsReply: intentExpectsReply(sent.intent),
  });
}
