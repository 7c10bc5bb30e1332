// People: rows in and out, name matching and tags, always within one account. Search is in people-search.repo.ts.
import type { Person, PersonPatch } from '../core/person.js';
import { completePerson, type NewPerson } from '../core/person.js';
import { everyColumn, insertRows } from './bulk-write.js';
import { readList, writeList } from './json-list.js';
import { insertPersonTags, replacePersonTags, tagRows } from './person-tags.repo.js';
import type { NewPersonRow, PersonRow, PersonRowPatch, PersonTable } from './schema.js';
import { inTransaction, type Store } from './store.js';

/** A Person from its row; the row needs only the columns of `personFields`. */
export function rowToPerson(row: Pick<PersonRow, PersonField>): Person {
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

/** What a person holds besides their name: the columns an edit, an import or a merge may write. */
export const detailColumns = [
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
] as const;

/** What a new person's row is written from: every column but the id and the search vector. */
const newPersonColumns = everyColumn<Omit<PersonTable, 'id'>>()([
  'account_id',
  'name',
  'name_key',
  ...detailColumns,
  'created_at',
  'updated_at',
]);

/** The columns a Person is read from: lists and pages read no more, as every value read costs time. */
export const personFields = ['id', 'name', ...detailColumns, 'created_at', 'updated_at'] as const;

export type PersonField = (typeof personFields)[number];

/** Every column of people except PostgreSQL's generated search vector. */
export const personColumns = [
  'id',
  'account_id',
  'name',
  'name_key',
  ...personFields.filter((column) => column !== 'id' && column !== 'name'),
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
      .returning(personFields)
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
    .select(personFields)
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
      .returning(personFields)
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
    .select(personFields)
    .where('account_id', '=', accountId)
    .where('name_key', '=', key)
    .limit(10)
    .execute();
  if (exact.length > 0 || key.includes(' ')) return exact.map(rowToPerson);
  const byFirstName = await store.db
    .selectFrom('people')
    .select(personFields)
    .where('account_id', '=', accountId)
    .where('name_key', '>=', `${key} `)
    .where('name_key', '<', `${key}!`)
    .limit(10)
    .execute();
  return byFirstName.map(rowToPerson);
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
