// Logs one interaction with a person from a form.
import { notFound } from '../core/errors.js';
import {
  expectsReplyByDefault,
  newInteractionSchema,
  type Interaction,
} from '../core/interaction.js';
import { parseInput } from '../core/validate.js';
import { insertInteraction } from '../store/interactions.repo.js';
import { findPerson } from '../store/people.repo.js';
import { inTransaction } from '../store/store.js';
import { refreshTie } from '../store/ties.repo.js';
import { timestamp, userToday, type Deps } from './deps.js';

export async function logInteraction(deps: Deps, input: unknown): Promise<Interaction> {
  // The user's today is looked up only when the date is left out (the web form always sends one).
  const dated = typeof input === 'object' && input !== null && 'occurredOn' in input;
  const withDefaults = dated ? input : { occurredOn: await userToday(deps), ...(input as object) };
  const interaction = parseInput(newInteractionSchema, withDefaults);
  return inTransaction(deps.store, async (tx) => {
    const person = await findPerson(tx, deps.accountId, interaction.personId);
    if (!person) throw notFound(`Person ${interaction.personId}`);
    const expectsReply = interaction.expectsReply ?? expectsReplyByDefault(interaction);
    const logged = await insertInteraction(
      tx,
      deps.accountId,
      { ...interaction, expectsReply },
      timestamp(deps),
    );
    await refreshTie(tx, deps.accountId, person.id);
    return logged;
  });
}
