// People: rows in and out, name matching, paging and full-text search, always within one account.
import { sql, type RawBuilder } from 'kysely';
import type { Person, PersonPatch } from '../core/person.js';
import { completePerson, type NewPerson } from '../core/person.js';
import { everyColumn, insertRows } from './bulk-write.js';
import { readList, writeList } from './json-list.js';
import { insertPersonTags, replacePersonTags, tagRows } from './person-tags.repo.js';
import type { NewPersonRow, PersonRow, PersonRowPatch, PersonTable } from './schema.js';
import { inTransaction, type Store } from './store.js';

export function rowToPerson(row: PersonRow): Person {
  return {
    id: Number(row.id),
    name: row.name,
    emails: readList(row.emails),
    phones: readList(row.phones),
    company: row.company,
    title: row.title,
    location: row.location,
    linkedinUrl: row.linkedin_url,
    tags: readList(row.tags),
    howWeMet: row.how_we_met,
    interests: readList(row.interests),
    needs: row.needs,
    offers: row.offers,
    notes: row.notes,
    doNotContact: Boolean(row.do_not_contact),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function personToRow(accountId: string, input: NewPerson, now: string): NewPersonRow {
  const person = completePerson(input);
  return {
    account_id: accountId,
    name: person.name,
    name_key: person.name.toLowerCase(),
    emails: writeList(person.emails),
    phones: writeList(person.phones),
    company: person.company,
    title: person.title,
    location: person.location,
    linkedin_url: person.linkedinUrl,
    tags: writeList(person.tags),
    how_we_met: person.howWeMet,
    interests: writeList(person.interests),
    needs: person.needs,
    offers: person.offers,
    notes: person.notes,
    do_not_contact: person.doNotContact ? 1 : 0,
    created_at: now,
    updated_at: now,
  };
}

function patchToRow(patch: PersonPatch, now: string): PersonRowPatch {
  const row: PersonRowPatch = { updated_at: now };
  if (patch.name !== undefined)
    Object.assign(row, { name: patch.name, name_key: patch.name.toLowerCase() });
  if (patch.emails !== undefined) row.emails = writeList([...new Set(patch.emails)]);
  if (patch.phones !== undefined) row.phones = writeList([...new Set(patch.phones)]);
  if (patch.company !== undefined) row.company = patch.company;
  if (patch.title !== undefined) row.title = patch.title;
  if (patch.location !== undefined) row.location = patch.location;
  if (patch.linkedinUrl !== undefined) row.linkedin_url = patch.linkedinUrl;
  if (patch.tags !== undefined) row.tags = writeList([...new Set(patch.tags)]);
  if (patch.howWeMet !== undefined) row.how_we_met = patch.howWeMet;
  if (patch.interests !== undefined) row.interests = writeList([...new Set(patch.interests)]);
  if (patch.needs !== undefined) row.needs = patch.needs;
  if (patch.offers !== undefined) row.offers = patch.offers;
  if (patch.notes !== undefined) row.notes = patch.notes;
  if (patch.doNotContact !== undefined) row.do_not_contact = patch.doNotContact ? 1 : 0;
  return row;
}

/** What a new person's row is written from: every column but the id and the search vector. */
const newPersonColumns = everyColumn<Omit<PersonTable, 'id'>>()([
  'account_id',
  'name',
  'name_key',
  'emails',
  'phones',
  'company',
  'title',
  'location',
  'linkedin_url',
  'tags',
  'how_we_met',
  'interests',
  'needs',
  'offers',
  'notes',
  'do_not_contact',
  'created_at',
  'updated_at',
]);

/** Every column of people except PostgreSQL's generated search vector: what a Person is read from. */
export const personColumns = [
  'id',
  'account_id',
  'name',
  'name_key',
  'emails',
  'phones',
  'company',
  'title',
  'location',
  'linkedin_url',
  'tags',
  'how_we_met',
  'interests',
  'needs',
  'offers',
  'notes',
  'do_not_contact',
  'created_at',
  'updated_at',
] as const;

export async function insertPerson(
  store: Store,
  accountId: string,
  input: NewPerson,
  now: string,
): Promise<Person> {
  return inTransaction(store, async (tx) => {
    const row = await tx.db
      .insertInto('people')
      .values(personToRow(accountId, input, now))
      .returning(personColumns)
      .executeTakeFirstOrThrow();
    const person = rowToPerson(row);
    await insertPersonTags(tx, tagRows(accountId, person.id, person.tags));
    return person;
  });
}

/** Inserts many people, and their tags, in multi-row statements; returns their ids in input order. */
export async function insertPeople(store: Store, rows: NewPersonRow[]): Promise<number[]> {
  return inTransaction(store, async (tx) => {
    const ids = await insertRows(tx, 'people', newPersonColumns, rows, { returning: 'id' });
    const tags = rows.flatMap((row, i) =>
      row.tags === '[]' ? [] : tagRows(row.account_id, ids[i] ?? 0, readList(row.tags)),
    );
    await insertPersonTags(tx, tags);
    return ids;
  });
}

export async function findPerson(
  store: Store,
  accountId: string,
  id: number,
): Promise<Person | undefined> {
  const row = await store.db
    .selectFrom('people')
    .select(personColumns)
    .where('account_id', '=', accountId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && rowToPerson(row);
}

export async function updatePerson(
  store: Store,
  accountId: string,
  id: number,
  patch: PersonPatch,
  now: string,
): Promise<Person | undefined> {
  return inTransaction(store, async (tx) => {
    const row = await tx.db
      .updateTable('people')
      .set(patchToRow(patch, now))
      .where('account_id', '=', accountId)
      .where('id', '=', id)
      .returning(personColumns)
      .executeTakeFirst();
    const person = row && rowToPerson(row);
    if (person && patch.tags !== undefined) {
      await replacePersonTags(tx, accountId, person.id, person.tags);
    }
    return person;
  });
}

export async function deletePerson(store: Store, accountId: string, id: number): Promise<boolean> {
  const result = await store.db
    .deleteFrom('people')
    .where('account_id', '=', accountId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** People whose whole name matches, or whose first name matches, case-insensitively. */
export async function findPeopleByName(
  store: Store,
  accountId: string,
  name: string,
): Promise<Person[]> {
  const key = name.trim().toLowerCase();
  const exact = await store.db
    .selectFrom('people')
    .select(personColumns)
    .where('account_id', '=', accountId)
    .where('name_key', '=', key)
    .limit(10)
    .execute();
  if (exact.length > 0 || key.includes(' ')) return exact.map(rowToPerson);
  const byFirstName = await store.db
    .selectFrom('people')
    .select(personColumns)
    .where('account_id', '=', accountId)
    .where('name_key', '>=', `${key} `)
    .where('name_key', '<', `${key}!`)
    .limit(10)
    .execute();
  return byFirstName.map(rowToPerson);
}

export interface PeoplePage {
  people: Person[];
  total: number;
  /** True when there are more than `total` matches: broad searches stop counting at a bound. */
  capped: boolean;
}

/** Up to this many matches are ranked by relevance; beyond it, counting and ranking every match would be slow. */
export const rankedMatchLimit = 1000;

interface Page {
  limit: number;
  offset: number;
}

/** One page of people by name, or of full-text matches when `query` has words. */
export async function searchPeople(
  store: Store,
  accountId: string,
  options: { query?: string } & Page,
): Promise<PeoplePage> {
  const words = searchWords(options.query ?? '');
  if (words.length === 0) return listPeople(store, accountId, options);
  const search = store.dialect === 'sqlite' ? sqliteSearch(words) : postgresSearch(words);
  const counted = await sql<{ n: number }>`select count(*) as n from (
      select 1 from ${search.from} where ${search.match} and p.account_id = ${accountId} limit ${rankedMatchLimit + 1}
    ) as matches`.execute(store.db);
  const total = Number(counted.rows[0]?.n ?? 0);
  if (total <= rankedMatchLimit) {
    const rows = await sql<PersonRow>`select ${selectPerson} from ${search.from}
      where ${search.match} and p.account_id = ${accountId}
      order by case when p.name_key like ${likePrefix(options.query ?? '')} then 0 else 1 end, ${search.rank}, p.name_key
      limit ${options.limit} offset ${options.offset}`.execute(store.db);
    return { people: rows.rows.map(rowToPerson), total, capped: false };
  }
  return broadSearch(store, accountId, search, (options.query ?? '').trim().toLowerCase(), options);
}

/** Splits a query into words (letters, digits and their marks), lower-cased, as typed. */
export function searchWords(query: string): string[] {
  return (
    query
      .normalize('NFC')
      .toLowerCase()
      .match(/[\p{L}\p{N}\p{M}]+/gu) ?? []
  ).slice(0, 8);
}

/** The word without its accents: "lópez" → "lopez", "παπαδόπουλος" → "παπαδοπουλος". */
function stripMarks(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}/gu, '').normalize('NFC');
}

/**
 * The forms of a typed word a stored name may hold: as typed (the store may keep the accents, as
 * both engines do for Greek), without accents, and (PostgreSQL) folded as the stored text is.
 */
function wordForms(word: string, fold: (w: string) => string): string[] {
  return [...new Set([word, stripMarks(word), fold(word), fold(stripMarks(word))])];
}

/**
 * PostgreSQL's stored search text is folded with translate() (unaccent() is not immutable, so it
 * cannot feed a generated column). A query must be folded the same way, or letters that no Unicode
 * decomposition removes (ø, ł, ı, œ) miss: "Søren" typed exactly would not find Søren. These two
 * strings are the ones the frozen search-column migrations use.
 */
const foldFrom = 'áàâäãåāăąçćčďéèêëēėęěğíìîïīįıłñńňóòôöõøōőœřśšşťúùûüūůűųýÿźżž';
const foldTo = 'aaaaaaaaacccdeeeeeeeegiiiiiiilnnnooooooooorssstuuuuuuuuyyzzz';
const postgresFold = new Map([...foldFrom].map((letter, i) => [letter, foldTo[i] ?? letter]));

export function foldForPostgres(word: string): string {
  return [...word].map((letter) => postgresFold.get(letter) ?? letter).join('');
}

/** A LIKE pattern for names that start with what the user typed. */
function likePrefix(query: string): string {
  return `${query
    .trim()
    .toLowerCase()
    .replace(/[\\%_]/g, '')}%`;
}

interface DialectSearch {
  from: RawBuilder<unknown>;
  match: RawBuilder<unknown>;
  rank: RawBuilder<unknown>;
}

const selectPerson = sql.join(personColumns.map((column) => sql.ref(`p.${column}`)));

function sqliteSearch(words: string[]): DialectSearch {
  const match = words
    .map(
      (word) =>
        `(${wordForms(word, (w) => w)
          .map((form) => `"${form}"*`)
          .join(' OR ')})`,
    )
    .join(' AND ');
  return {
    from: sql`people_fts f join people p on p.id = f.rowid`,
    match: sql`people_fts match ${match}`,
    // Column weights, in the table's column order: a hit in the name counts most, then role and company.
    rank: sql`bm25(people_fts, 10, 2, 2, 3, 3, 2, 2, 1, 1, 1, 1, 1)`,
  };
}

function postgresSearch(words: string[]): DialectSearch {
  const query = words
    .map(
      (word) =>
        `(${wordForms(word, foldForPostgres)
          .map((form) => `${form}:*`)
          .join(' | ')})`,
    )
    .join(' & ');
  return {
    from: sql`people p`,
    match: sql`p.search @@ to_tsquery('simple', ${query})`,
    rank: sql`ts_rank(p.search, to_tsquery('simple', ${query})) desc`,
  };
}

/**
 * Too many matches to rank (a query of one or two letters): people whose name starts with the
 * query come first, by name, through the name index; the other matches follow in stored order.
 */
async function broadSearch(
  store: Store,
  accountId: string,
  search: DialectSearch,
  prefix: string,
  page: Page,
): Promise<PeoplePage> {
  const end = `${prefix}\uffff`;
  const byName = store.db
    .selectFrom('people')
    .where('account_id', '=', accountId)
    .where('name_key', '>=', prefix)
    .where('name_key', '<', end);
  const named = await byName
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const namedCount = Number(named.n);
  const people: Person[] = [];
  if (page.offset < namedCount) {
    const rows = await byName
      .select(personColumns)
      .orderBy('name_key')
      .orderBy('id')
      .limit(page.limit)
      .offset(page.offset)
      .execute();
    people.push(...rows.map(rowToPerson));
  }
  const wanted = page.limit - people.length;
  if (wanted > 0) {
    const rows = await sql<PersonRow>`select ${selectPerson} from ${search.from}
      where ${search.match} and p.account_id = ${accountId} and not (p.name_key >= ${prefix} and p.name_key < ${end})
      limit ${wanted} offset ${Math.max(0, page.offset - namedCount)}`.execute(store.db);
    people.push(...rows.rows.map(rowToPerson));
  }
  return { people, total: rankedMatchLimit, capped: true };
}

async function listPeople(store: Store, accountId: string, page: Page): Promise<PeoplePage> {
  const [rows, account] = await Promise.all([
    store.db
      .selectFrom('people')
      .select(personColumns)
      .where('account_id', '=', accountId)
      .orderBy('name_key')
      .orderBy('id')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    store.db
      .selectFrom('accounts')
      .select('people_count')
      .where('id', '=', accountId)
      .executeTakeFirst(),
  ]);
  return {
    people: rows.map(rowToPerson),
    total: Number(account?.people_count ?? 0),
    capped: false,
  };
}

/** How many people carry exactly `tag`, counted in the person_tags key without reading people. */
export async function countPeopleTagged(
  store: Store,
  accountId: string,
  tag: string,
): Promise<number> {
  const row = await store.db
    .selectFrom('person_tags')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('account_id', '=', accountId)
    .where('tag', '=', tag)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Removes everyone carrying exactly `tag`, with their timelines and tags; returns how many. */
export async function deletePeopleTagged(
  store: Store,
  accountId: string,
  tag: string,
): Promise<number> {
  const tagged = store.db
    .selectFrom('person_tags')
    .select('person_id')
    .where('account_id', '=', accountId)
    .where('tag', '=', tag);
  const result = await store.db
    .deleteFrom('people')
    .where('account_id', '=', accountId)
    .where('id', 'in', tagged)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
