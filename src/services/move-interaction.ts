// Moves one logged interaction to another person's timeline, such as a coffee logged on a stray "Jo".
import { AppError, notFound } from '../core/errors.js';
import type { Interaction } from '../core/interaction.js';
import type { Person } from '../core/person.js';
import {
  findInteraction,
  interactionStats,
  moveInteractionTo,
} from '../store/interactions.repo.js';
import { findPerson } from '../store/people.repo.js';
import { inTransaction } from '../store/store.js';
import { refreshTie } from '../store/ties.repo.js';
import type { Deps } from './deps.js';

export interface MovedInteraction {
  interaction: Interaction;
  from: Person;
  to: Person;
  /** How many interactions the person it came from still has: none left suggests a stray person. */
  fromLeft: number;
}

/** One transaction: the interaction moves and both people's aggregates are recomputed, or nothing changes. */
export async function moveInteraction(
  deps: Deps,
  input: { id: number; toPersonId: number },
): Promise<MovedInteraction> {
  const { accountId } = deps;
  return inTransaction(deps.store, async (tx) => {
    const interaction = await findInteraction(tx, accountId, input.id);
    if (!interaction) throw notFound(`Interaction ${input.id}`);
    const [from, to] = await Promise.all([
      findPerson(tx, accountId, interaction.personId),
      findPerson(tx, accountId, input.toPersonId),
    ]);
    if (!to) throw notFound(`Person ${input.toPersonId}`);
    if (!from) throw notFound(`Person ${interaction.personId}`);
    if (from.id === to.id) {
      throw new AppError('INVALID_INPUT', `personId: this is already on ${to.name}'s timeline.`, {
        problems: [{ field: 'personId', message: `is already ${to.name} (#${to.id})` }],
      });
    }
    const moved = await moveInteractionTo(tx, accountId, interaction.id, to.id);
    if (!moved) throw notFound(`Interaction ${input.id}`);
    await refreshTie(tx, accountId, from.id);
    await refreshTie(tx, accountId, to.id);
    const left = await interactionStats(tx, accountId, from.id);
    return { interaction: moved, from, to, fromLeft: left.count };
  });
}
