// The tag index: one person_tags row per tag a person carries, written beside the JSON display copy.
import type { PersonTagRow } from './schema.js';
import { insertRows } from './bulk-write.js';
import type { Store } from './store.js';

/** One index row per distinct tag of one person. */
export function tagRows(
  accountId: string,
  personId: number,
  tags: readonly string[],
): PersonTagRow[] {
  return [...new Set(tags)].map((tag) => ({ account_id: accountId, person_id: personId, tag }));
}

/** Adds index rows in multi-row statements; the people must exist and carry none of these tags yet. */
export async function insertPersonTags(store: Store, rows: readonly PersonTagRow[]): Promise<void> {
  await insertRows(store, 'person_tags', ['account_id', 'person_id', 'tag'], rows);
}

/** Makes `tags` the whole indexed set of one person. */
export async function replacePersonTags(
  store: Store,
  accountId: string,
  personId: number,
  tags: readonly string[],
): Promise<void> {
  await store.db
    .deleteFrom('person_tags')
    .where('account_id', '=', accountId)
    .where('person_id', '=', personId)
    .execute();
  await insertPersonTags(store, tagRows(accountId, personId, tags));
}
