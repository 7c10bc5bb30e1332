// Logs a drafted message as sent: the right kind on the timeline, and a follow-up plan when an answer is due.
import { z } from 'zod';
import { channels, type Interaction } from '../core/interaction.js';
import { parseInput } from '../core/validate.js';
import { draftIntents } from '../core/words/drafts.js';
import {
  introductionSummary,
  intentExpectsReply,
  kindForIntent,
  sentSummary,
} from '../core/words/sent.js';
import { invalidInput, notFound } from '../core/errors.js';
import { findPerson } from '../store/people.repo.js';
import { inTransaction } from '../store/store.js';
import type { Deps } from './deps.js';
import { logInteraction } from './log-interaction.js';

export const logSentSchema = z.object({
  personId: z.number({ error: 'is required' }).int().positive(),
  intent: z.enum(draftIntents, { error: `must be one of ${draftIntents.join(', ')}` }),
  channel: z.enum(channels).default('email'),
  summary: z.string().trim().max(5000).default(''),
  occurredOn: z.string().optional(),
  /** For `introduce`: the other person, whose timeline gets the introduction too, in the same transaction. */
  otherPersonId: z.number().int().positive().optional(),
});

/** Logs the message; an introduction is logged on both people's timelines as one action. */
export async function logSent(deps: Deps, input: unknown): Promise<Interaction> {
  const sent = parseInput(logSentSchema, input);
  if (sent.otherPersonId !== undefined && sent.intent !== 'introduce') {
    throw invalidInput([{ field: 'otherPersonId', message: 'is only for the introduce intent' }]);
  }
  if (sent.otherPersonId === sent.personId) {
    throw invalidInput([
      { field: 'otherPersonId', message: 'must be someone other than personId' },
    ]);
  }
  return inTransaction(deps.store, async (tx) => {
    const within = { ...deps, store: tx };
    const log = (personId: number, summary: string) =>
      logInteraction(within, {
        personId,
        ...(sent.occurredOn ? { occurredOn: sent.occurredOn } : {}),
        channel: sent.channel,
        direction: 'outbound',
        kind: kindForIntent(sent.intent),
        summary,
        expectsReply: intentExpectsReply(sent.intent),
      });
    if (sent.otherPersonId === undefined) {
      return log(sent.personId, sent.summary || sentSummary(sent.intent));
    }
    const [person, other] = await Promise.all([
      findPerson(tx, deps.accountId, sent.personId),
      findPerson(tx, deps.accountId, sent.otherPersonId),
    ]);
    if (!person) throw notFound(`Person ${sent.personId}`);
    if (!other) throw notFound(`Person ${sent.otherPersonId}`);
    const first = await log(person.id, sent.summary || introductionSummary(other.name));
    await log(other.id, introductionSummary(person.name));
    return first;
  });
}
