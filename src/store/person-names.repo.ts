// Everyone's name and company in one account: what the name matcher reads a written name against.
import { sql, type SqlBool } from 'kysely';
import type { NamedPerson } from '../core/person-match.js';
import type { Store } from './store.js';

/**
 * Three short columns per person, so a network of 100,000 stays a few megabytes: a typo or a
 * nickname cannot be found through an index on the stored name.
 */
export async function listNamedPeople(store: Store, accountId: string): Promise<NamedPerson[]> {
  const rows = await store.db
    .selectFrom('people')
    .select(['id', 'name', 'company'])
    .where('account_id', '=', accountId)
    .orderBy('id')
    .execute();
  return rows.map((row) => ({ id: Number(row.id), name: row.name, company: row.company }));
}

/**
 * The people whose name could match one plain lower-case word by more than a typo: a first name
 * that is the word, starts with it or is one of `firstNames` (its nicknames and formal names), or
 * the word anywhere else (a surname, "smith-jones"). Names with letters the matcher's key folds or
 * drops ("josé", "o'neil") come too, since their stored key is not the matcher's key.
 * The database narrows 100,000 names to a handful without sending them all.
 */
export async function listPeopleNamedLike(
  store: Store,
  accountId: string,
  lookup: { word: string; firstNames: readonly string[] },
): Promise<NamedPerson[]> {
  const plain = /^[a-z]+$/;
  const { word } = lookup;
  if (!plain.test(word)) throw new Error(`not a plain lower-case word: ${word}`);
  const firstNames = lookup.firstNames.filter((name) => plain.test(name));
  const notPlain =
    store.dialect === 'sqlite'
      ? sql<SqlBool>`name_key glob '*[^a-z .-]*'`
      : sql<SqlBool>`name_key ~ '[^a-z .-]'`;
  const rows = await store.db
    .selectFrom('people')
    .select(['id', 'name', 'company'])
    .where('account_id', '=', accountId)
    .where((eb) =>
      eb.or([
        eb.and([eb('name_key', '>=', word), eb('name_key', '<', `${word}\uffff`)]),
        eb('name_key', 'like', `%${word}%`),
        ...firstNames.flatMap((name) => [
          eb('name_key', '=', name),
          eb.and([eb('name_key', '>=', `${name} `), eb('name_key', '<', `${name}!`)]),
        ]),
        notPlain,
      ]),
    )
    .orderBy('id')
    .execute();
  return rows.map((row) => ({ id: Number(row.id), name: row.name, company: row.company }));
}
