// Reads written names against one account's people: exact full names through the name index,
// anything else (a nickname, a typo) against everyone's names, loaded once and only when needed.
import {
  indexNames,
  matchPerson,
  type NameIndex,
  type NameResolution,
  type NamedPerson,
} from '../core/person-match.js';
import { findPeopleByName } from '../store/people.repo.js';
import { listNamedPeople } from '../store/person-names.repo.js';
import type { Store } from '../store/store.js';

export interface NameDirectory {
  /** Everyone's names, read on first use. */
  everyone(): Promise<NameIndex>;
  resolve(written: string): Promise<NameResolution>;
}

export function nameDirectory(store: Store, accountId: string): NameDirectory {
  let index: NameIndex | undefined;
  const everyone = async () => (index ??= indexNames(await listNamedPeople(store, accountId)));
  return {
    everyone,
    async resolve(written) {
      // A full name that someone has exactly is the strongest reading there is: no need to read
      // 100,000 names for "coffee with Ana Lopez". (A twin spelled with accents is not seen here.)
      if (written.trim().includes(' ')) {
        const exact = (await findPeopleByName(store, accountId, written)).map(named);
        const [only] = exact;
        if (exact.length === 1 && only) return { kind: 'one', person: only, reason: 'full name' };
        if (exact.length > 1)
          return {
            kind: 'several',
            candidates: exact.map((person) => ({ person, reason: 'full name' as const })),
          };
      }
      return matchPerson(written, await everyone());
    },
  };
}

function named(person: NamedPerson): NamedPerson {
  return { id: person.id, name: person.name, company: person.company };
}
