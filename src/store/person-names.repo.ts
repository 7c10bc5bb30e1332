// Everyone's name and company in one account: what the name matcher reads a written name against.
import { sql } from 'kysely';
import type { NamedPerson } from '../core/person-match.js';
import { readList } from './json-list.js';
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
 * The people whose name has a word that is one plain lower-case word or starts with it (a first
 * name, a surname, "Dev" of Devendra), or is one of `firstNames` (its nicknames and formal names),
 * through the full-text index on names, which folds accents as the matcher does ("jose" finds
 * José). A name split by an apostrophe ("O'Neil") is found from the word written whole ("oneil").
 * Every person whose name matches the word by more than a typo is among them.
 */
export async function listPeopleNamedLike(
  store: Store,
  accountId: string,
  lookup: { word: string; firstNames: readonly string[] },
): Promise<NamedPerson[]> {
  const plain = /^[a-z]+$/;
  const { word } = lookup;
  if (!plain.test(word)) throw new Error(`not a plain lower-case word: ${word}`);
  const others = lookup.firstNames.filter((name) => plain.test(name) && name !== word);
  // "oneil" as written is "o" then "neil…" in the index, which splits at the apostrophe.
  const split = word.length >= 4 ? [[word.slice(0, 1), word.slice(1)] as const] : [];
  const rows =
    store.dialect === 'sqlite'
      ? await sql<PersonNameRow>`select p.id, p.name, p.company
          from people_fts f join people p on p.id = f.rowid
          where people_fts match ${sqliteNameQuery(word, others, split)} and p.account_id = ${accountId}`.execute(
          store.db,
        )
      : await sql<PersonNameRow>`select id, name, company from people
          where search @@ to_tsquery('simple', ${postgresNameQuery(word, others, split)})
          and account_id = ${accountId}`.execute(store.db);
  return rows.rows
    .map((row) => ({ id: Number(row.id), name: row.name, company: row.company }))
    .sort((a, b) => a.id - b.id);
}

interface PersonNameRow {
  id: number | string;
  name: string;
  company: string | null;
}

type Split = ReadonlyArray<readonly [string, string]>;

function sqliteNameQuery(word: string, others: readonly string[], split: Split): string {
  const terms = [
    `"${word}"*`,
    ...others.map((name) => `"${name}"`),
    ...split.map(([head, rest]) => `"${head} ${rest}"*`),
  ];
  return `name : (${terms.join(' OR ')})`;
}

/** Weight A is the name in the search vector (see the search-weights migration). */
function postgresNameQuery(word: string, others: readonly string[], split: Split): string {
  const terms = [
    `${word}:*A`,
    ...others.map((name) => `${name}:A`),
    ...split.map(([head, rest]) => `(${head}:A <-> ${rest}:*A)`),
  ];
  return terms.join(' | ');
}

/**
 * What the playbook's stripping check reads of each of one account's people: name, company,
 * emails and phones, and never notes. Four short columns, so 100,000 people stay a few megabytes.
 */
export async function listIdentifyingDetails(
  store: Store,
  accountId: string,
): Promise<Array<{ name: string; company: string | null; emails: string[]; phones: string[] }>> {
  const rows = await store.db
    .selectFrom('people')
    .select(['name', 'company', 'emails', 'phones'])
    .where('account_id', '=', accountId)
    .execute();
  return rows.map((row) => ({
    name: row.name,
    company: row.company,
    emails: readList(row.emails),
    phones: readList(row.phones),
  }));
}
