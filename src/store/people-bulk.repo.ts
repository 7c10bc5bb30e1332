// Many people updated at once: an import that adds details to thousands of stored people.
import { sql } from 'kysely';
import type { PersonFields } from '../core/merge.js';
import { writeList } from './json-list.js';
import { replacePersonTags } from './person-tags.repo.js';
import type { Store } from './store.js';

/** 17 bound values a row: 500 rows stay under SQLite's 32,766 and PostgreSQL's 65,535. */
const rowsPerStatement = 500;

/**
 * Writes each person's whole set of fields, 500 people a statement (`update … from (values …)`),
 * and rewrites the tag index only for people whose tags changed. One statement per person cost
 * about ten times as much on SQLite, where each one also pays for its full-text index update.
 */
export async function updatePeopleFields(
  store: Store,
  accountId: string,
  updates: ReadonlyArray<{ id: number; before: PersonFields; fields: PersonFields }>,
  now: string,
): Promise<void> {
  for (let start = 0; start < updates.length; start += rowsPerStatement) {
    const values = updates.slice(start, start + rowsPerStatement).map(({ id, fields: f }) => {
      // Casts give PostgreSQL the types its VALUES list cannot infer from bound parameters.
      const cells = [
        sql`cast(${id} as bigint)`,
        sql`${f.name}`,
        sql`${f.name.toLowerCase()}`,
        sql`${writeList(f.emails)}`,
        sql`${writeList(f.phones)}`,
        sql`${f.company}`,
        sql`${f.title}`,
        sql`${f.location}`,
        sql`${f.linkedinUrl}`,
        sql`${writeList(f.tags)}`,
        sql`${f.howWeMet}`,
        sql`${writeList(f.interests)}`,
        sql`${f.needs}`,
        sql`${f.offers}`,
        sql`${f.notes}`,
        sql`cast(${f.doNotContact ? 1 : 0} as integer)`,
      ];
      return sql`(${sql.join(cells)})`;
    });
    await sql`update people set name = v.column2, name_key = v.column3, emails = v.column4,
      phones = v.column5, company = v.column6, title = v.column7, location = v.column8,
      linkedin_url = v.column9, tags = v.column10, how_we_met = v.column11, interests = v.column12,
      needs = v.column13, offers = v.column14, notes = v.column15, do_not_contact = v.column16,
      updated_at = ${now}
      from (select * from (values ${sql.join(values)}) as rows) as v
      where people.account_id = ${accountId} and people.id = v.column1`.execute(store.db);
  }
  for (const update of updates) {
    if (JSON.stringify(update.before.tags) !== JSON.stringify(update.fields.tags)) {
      await replacePersonTags(store, accountId, update.id, update.fields.tags);
    }
  }
}
