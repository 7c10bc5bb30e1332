// Logs an interaction from one line of text: "coffee with Ana Lopez about data roles #jobsearch yesterday".
import { AppError } from '../core/errors.js';
import { expectsReplyByDefault, type Interaction } from '../core/interaction.js';
import { parseLogLine } from '../core/log-line.js';
import type { Person } from '../core/person.js';
import { insertInteraction } from '../store/interactions.repo.js';
import { findPeopleByName, insertPerson } from '../store/people.repo.js';
import { inTransaction, type Store } from '../store/store.js';
import { refreshTie } from '../store/ties.repo.js';
import { timestamp, userDateOrder, userToday, type Deps } from './deps.js';

export interface LoggedLine {
  interactions: Interaction[];
  people: Person[];
  /** People the line named whom Kith did not know yet, added on the way. */
  created: Person[];
  /** Which reading of the line was taken where another was possible ("Read 03/11/2026 as …"). */
  notes: string[];
}

export async function logLine(deps: Deps, input: { line: string }): Promise<LoggedLine> {
  if (typeof input.line !== 'string') {
    throw new AppError(
      'INVALID_INPUT',
      'line: write one line such as "coffee with Ana Lopez about data roles yesterday".',
    );
  }
  const parsed = parseLogLine(input.line, {
    today: await userToday(deps),
    dateOrder: await userDateOrder(deps),
  });
  const now = timestamp(deps);
  return inTransaction(deps.store, async (tx) => {
    const result: LoggedLine = { interactions: [], people: [], created: [], notes: parsed.notes };
    for (const name of parsed.personNames) {
      const { person, created } = await matchOrCreate(tx, deps.accountId, name, now);
      if (created) result.created.push(person);
      result.people.push(person);
      result.interactions.push(
        await insertInteraction(
          tx,
          deps.accountId,
          {
            personId: person.id,
            occurredOn: parsed.occurredOn,
            channel: parsed.channel,
            direction: parsed.direction,
            kind: parsed.kind,
            summary: parsed.summary,
            tags: parsed.tags,
            expectsReply: expectsReplyByDefault(parsed),
          },
          now,
        ),
      );
      await refreshTie(tx, deps.accountId, person.id);
    }
    return result;
  });
}

async function matchOrCreate(
  store: Store,
  accountId: string,
  name: string,
  now: string,
): Promise<{ person: Person; created: boolean }> {
  const matches = await findPeopleByName(store, accountId, name);
  const [only] = matches;
  if (matches.length === 1 && only) return { person: only, created: false };
  if (matches.length > 1) {
    const names = matches
      .map((p) => `${p.name} (#${p.id}${p.company ? `, ${p.company}` : ''})`)
      .join('; ');
    throw new AppError(
      'CONFLICT',
      `line: "${name}" could be ${names}. Write the full name so the right person gets this.`,
      { problems: [{ field: 'line', message: `"${name}" matches ${matches.length} people` }] },
    );
  }
  // "coffee with ana" names Ana: keep the user's capitals when they gave any.
  const display =
    name === name.toLowerCase() ? name.replace(/(^|[\s'-])\p{L}/gu, (c) => c.toUpperCase()) : name;
  return { person: await insertPerson(store, accountId, { name: display }, now), created: true };
}
