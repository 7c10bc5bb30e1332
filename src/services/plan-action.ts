// Marks one action of today's plan: done (logs the contact), skipped (about a month off) or snoozed.
import { z } from 'zod';
import { addDays } from '../core/dates.js';
import { AppError, invalidInput } from '../core/errors.js';
import { channels, type Channel, type Interaction } from '../core/interaction.js';
import { parseInput } from '../core/validate.js';
import { draftIntents } from '../core/words/drafts.js';
import { intentExpectsReply, kindForIntent, sentSummary } from '../core/words/sent.js';
import { findPlan, markAction, type StoredAction } from '../store/plans.repo.js';
import { inTransaction } from '../store/store.js';
import { refreshTie } from '../store/ties.repo.js';
import { timestamp, userToday, type Deps } from './deps.js';
import { logInteraction } from './log-interaction.js';

/** A skipped person is left out for about a month (PingCRM leaves a dismissed contact out for 30 days). */
export const skipDays = 30;

export const planMarks = ['done', 'skip', 'snooze'] as const;
export type PlanMark = (typeof planMarks)[number];

export const markInputSchema = z.object({
  n: z
    .number({ error: 'must be an action number such as 2' })
    .int('must be a whole number')
    .positive('must be 1 or more'),
  mark: z.enum(planMarks, { error: `must be one of ${planMarks.join(', ')}` }),
  /** For a snooze: how many days, 1 to 365 (default 7). */
  days: z
    .number({ error: 'must be a number of days' })
    .int('must be whole days')
    .min(1, 'must be at least 1 day')
    .max(365, 'must be at most 365 days')
    .optional(),
  /** For done: how the contact went, when the default (email) is wrong. */
  channel: z.enum(channels, { error: `must be one of ${channels.join(', ')}` }).optional(),
  summary: z.string().trim().max(5000, 'must be at most 5000 characters').optional(),
  /** For done: what was actually sent, when the user wrote something other than the plan's draft. */
  intent: z.enum(draftIntents, { error: `must be one of ${draftIntents.join(', ')}` }).optional(),
});
export type MarkInput = z.input<typeof markInputSchema>;

export interface MarkResult {
  action: StoredAction;
  /** The interaction "done" logged. */
  interaction: Interaction | null;
  /** The day the person comes back into plans after a skip or snooze. */
  backOn: string | null;
}

export async function markPlanAction(deps: Deps, input: MarkInput): Promise<MarkResult> {
  const request = parseInput(markInputSchema, input);
  if (request.mark !== 'snooze' && request.days !== undefined) {
    throw invalidInput([{ field: 'days', message: 'is only for snooze' }]);
  }
  if (request.mark !== 'done' && request.intent !== undefined) {
    throw invalidInput([{ field: 'intent', message: 'is only for done' }]);
  }
  const today = await userToday(deps);
  return inTransaction(deps.store, async (tx) => {
    const plan = await findPlan(tx, deps.accountId, today);
    const action = plan.find((a) => a.n === request.n);
    if (!action) throw missingAction(request.n, plan);
    if (action.status !== 'open') {
      throw new AppError(
        'CONFLICT',
        `Action ${action.n} (${action.personName}) is already ${action.status}.`,
        {
          problems: [{ field: 'n', message: `is already ${action.status}` }],
        },
      );
    }
    const at = timestamp(deps);
    if (request.mark === 'done') {
      const intent = request.intent ?? action.intent;
      const interaction = await logInteraction(
        { ...deps, store: tx },
        {
          personId: action.personId,
          occurredOn: today,
          channel: request.channel ?? ('email' satisfies Channel),
          direction: 'outbound',
          kind: kindForIntent(intent),
          summary: request.summary || sentSummary(intent),
          expectsReply: intentExpectsReply(intent),
        },
      );
      await markAction(
        tx,
        deps.accountId,
        { planOn: today, n: action.n },
        { status: 'done', at, interactionId: interaction.id },
      );
      return {
        action: { ...action, status: 'done', statusAt: at, interactionId: interaction.id },
        interaction,
        backOn: null,
      };
    }
    const backOn = addDays(today, request.mark === 'skip' ? skipDays : (request.days ?? 7));
    await refreshTie(tx, deps.accountId, action.personId, { holdUntil: backOn });
    const status = request.mark === 'skip' ? 'skipped' : 'snoozed';
    await markAction(tx, deps.accountId, { planOn: today, n: action.n }, { status, at });
    return { action: { ...action, status, statusAt: at }, interaction: null, backOn };
  });
}

function missingAction(n: number, plan: readonly StoredAction[]): AppError {
  const message =
    plan.length === 0
      ? `There is no plan for today yet, so there is no action ${n}. See it with kith today.`
      : `Today's plan has actions 1 to ${Math.max(...plan.map((a) => a.n))}; there is no action ${n}. See them with kith today.`;
  return new AppError('NOT_FOUND', message, {
    problems: [{ field: 'n', message: "is not in today's plan" }],
  });
}
