// Reads written names against one account's people: exact full names through the name index, one
// word ("Dev", "Bennett", "Tom") through the full-text index on names, and only a typo against everyone's
// names, loaded once per line and only when needed.
import { nameKey } from '../core/name-match.js';
import { nicknamesOf } from '../core/nicknames.js';
import {
  indexNames,
  matchPerson,
  type MatchReason,
  type NameIndex,
  type NameResolution,
  type NamedPerson,
} from '../core/person-match.js';
import { weighSoundAlike } from '../core/person-sound.js';
import { findPeopleByName } from '../store/people.repo.js';
import { listNamedPeople, listPeopleNamedLike } from '../store/person-names.repo.js';
import type { Store } from '../store/store.js';

export interface NameDirectory {
  /** Everyone's names, read on first use. */
  everyone(): Promise<NameIndex>;
  resolve(written: string): Promise<NameResolution>;
  /**
   * Whether a doubtful word ("…, Tricky") could be someone: a person whose first name, surname or
   * nickname it is or starts, or a full name that sounds like theirs. A typo of one word does not
   * count here, so a remark never costs a full read.
   */
  couldBe(written: string): Promise<boolean>;
}

/**
 * Evidence the narrowing query finds every instance of: when the people it returns give one of
 * these, reading everyone would give the same answer, since weaker evidence never beats it.
 */
const foundByQuery: ReadonlySet<MatchReason> = new Set([
  'full name',
  'first name',
  'surname',
  'nickname',
  'start of name',
]);

export function nameDirectory(store: Store, accountId: string): NameDirectory {
  let index: NameIndex | undefined;
  const everyone = async () => (index ??= indexNames(await listNamedPeople(store, accountId)));
  const narrowed = async (word: string): Promise<NameResolution | undefined> => {
    if (!/^[a-z]+$/.test(word)) return undefined;
    const firstNames = [...nicknamesOf(word)];
    const people = await listPeopleNamedLike(store, accountId, { word, firstNames });
    return matchPerson(word, people);
  };
  return {
    everyone,
    async resolve(written) {
      const key = nameKey(written);
      if (key.includes(' ')) {
        // A full name that someone has exactly is the strongest reading there is: no need to
        // read 100,000 names for "coffee with Ana Lopez". (A twin spelled with accents is not seen.)
        const exact = await exactName(store, accountId, written);
        if (exact) return exact;
      } else {
        const found = await narrowed(key);
        if (found && settled(found)) return found;
      }
      return matchPerson(written, await everyone());
    },
    async couldBe(written) {
      const key = nameKey(written);
      // "siobhan murphy and neeve kelly": a full name spelt as it sounds counts too.
      if (key.includes(' '))
        return weighSoundAlike(await this.resolve(written), written, '').kind !== 'none';
      const found = await narrowed(key);
      return found !== undefined && found.kind !== 'none';
    },
  };
}

function settled(resolution: NameResolution): boolean {
  if (resolution.kind === 'one') return foundByQuery.has(resolution.reason);
  if (resolution.kind === 'several')
    return resolution.candidates.every((candidate) => foundByQuery.has(candidate.reason));
  return false;
}

async function exactName(
  store: Store,
  accountId: string,
  written: string,
): Promise<NameResolution | undefined> {
  const exact = (await findPeopleByName(store, accountId, written)).map(named);
  const [only] = exact;
  if (exact.length === 1 && only) return { kind: 'one', person: only, reason: 'full name' };
  if (exact.length > 1)
    return {
      kind: 'several',
      candidates: exact.map((person) => ({ person, reason: 'full name' as const })),
    };
  return undefined;
}

function named(person: NamedPerson): NamedPerson {
  return { id: person.id, name: person.name, company: person.company };
}
