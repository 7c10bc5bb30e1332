// Frozen migration: the profile's date order (DMY, MDY or YMD) for reading dates such as 03/11/2026;
// '' means "from the machine's locale".
// Never import app code here; this file must keep describing the schema as it was on this date.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('profiles')
    .addColumn('date_order', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
}
