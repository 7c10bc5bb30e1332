// Frozen migration: the profile's brand and offers inventory, and messages that expect a reply.
// Never import app code here; this file must keep describing the schema as it was on this date.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('interactions')
    .addColumn('expects_reply', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  const profileColumns: Array<[string, string]> = [
    ['offers', '[]'],
    ['strengths', '[]'],
    ['who_i_help', ''],
    ['how_i_help', ''],
    ['interests', '[]'],
    ['value_statement', ''],
    ['intro', ''],
  ];
  for (const [name, empty] of profileColumns) {
    await db.schema
      .alterTable('profiles')
      .addColumn(name, 'text', (c) => c.notNull().defaultTo(empty))
      .execute();
  }
}
