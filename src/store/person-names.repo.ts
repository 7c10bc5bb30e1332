// Everyone's name and company in one account: what the name matcher reads a written name against.
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
