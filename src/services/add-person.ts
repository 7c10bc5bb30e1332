// Adds one person to the network, unless they look like someone already there.
import { AppError } from '../core/errors.js';
import { newPersonSchema, type Person } from '../core/person.js';
import { parseInput } from '../core/validate.js';
import { insertPerson } from '../store/people.repo.js';
import { inTransaction } from '../store/store.js';
import { refreshTie } from '../store/ties.repo.js';
import { timestamp, type Deps } from './deps.js';
import { samePeopleIn } from './same-people.js';

export interface AddPersonOptions {
  /** Add them even when someone with the same name at the same company is already there. */
  allowDuplicate?: boolean;
}

export async function addPerson(
  deps: Deps,
  input: unknown,
  options: AddPersonOptions = {},
): Promise<Person> {
  const person = parseInput(newPersonSchema, input);
  return inTransaction(deps.store, async (tx) => {
    if (!options.allowDuplicate) {
      const [existing] = await samePeopleIn(tx, deps.accountId, person);
      if (existing) throw alreadyThere(existing);
    }
    const added = await insertPerson(tx, deps.accountId, person, timestamp(deps));
    await refreshTie(tx, deps.accountId, added.id);
    return added;
  });
}

function alreadyThere(existing: Person): AppError {
  const who = `${existing.name}${existing.company ? ` at ${existing.company}` : ''} (#${existing.id})`;
  return new AppError(
    'CONFLICT',
    `${who} is already in your network. Add a second one only if they are someone else.`,
    { problems: [{ field: 'name', message: `is already in your network: ${who}` }] },
  );
}
