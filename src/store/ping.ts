// The cheapest question a database can answer, for the readiness check: is it there and working?
import { sql } from 'kysely';
import type { Store } from './store.js';

/** Runs `select 1`; throws whatever the driver throws when the database cannot answer. */
export async function pingStore(store: Store): Promise<void> {
  await sql`select 1`.execute(store.db);
}
