// Logs one interaction with a person from a form.
import { notFound } from '../core/errors.js';
import { newInteractionSchema, type Interaction } from '../core/interaction.js';
import { parseInput } from '../core/validate.js';
import { insertInteraction } from '../store/interactions.repo.js';
import { findPerson } from '../store/people.repo.js';
import { inTransaction } from '../store/store.js';
import { timestamp, today, type Deps } from './deps.js';

export async function logInteraction(deps: Deps, input: unknown): Promise<Interaction> {
  const withDefaults = { occurredOn: today(deps), ...(input as object) };
  const interaction = parseInput(newInteractionSchema, withDefaults);
  return inTransaction(deps.store, async (tx) => {
    const person = await findPerson(tx, deps.accountId, interaction.personId);
    if (!person) throw notFound(`Person ${interaction.personId}`);
    return insertInteraction(tx, deps.accountId, interaction, timestamp(deps));
  });
}
