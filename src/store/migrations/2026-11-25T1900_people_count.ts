// Frozen migration: a per-account people count kept by triggers, so the people list never counts rows.
// Never import app code here; this file must keep describing the schema as it was on this date.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>, dialect: 'sqlite' | 'postgres'): Promise<void> {
  await db.schema
    .alterTable('accounts')
    .addColumn('people_count', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await sql`update accounts set people_count = (select count(*) from people where people.account_id = accounts.id)`.execute(
    db,
  );
  if (dialect === 'sqlite') {
    await sql`create trigger people_count_insert after insert on people begin
      update accounts set people_count = people_count + 1 where id = new.account_id; end`.execute(
      db,
    );
    await sql`create trigger people_count_delete after delete on people begin
      update accounts set people_count = people_count - 1 where id = old.account_id; end`.execute(
      db,
    );
    return;
  }
  // Statement-level triggers with transition tables: one update per statement, not per row,
  // so a bulk insert of a thousand people touches the account row once.
  await sql`create function kith_people_added() returns trigger language plpgsql as $$
    begin
      update accounts a set people_count = a.people_count + n.added
      from (select account_id, count(*) as added from added_people group by account_id) n
      where a.id = n.account_id;
      return null;
    end $$`.execute(db);
  await sql`create function kith_people_removed() returns trigger language plpgsql as $$
    begin
      update accounts a set people_count = a.people_count - n.removed
      from (select account_id, count(*) as removed from removed_people group by account_id) n
      where a.id = n.account_id;
      return null;
    end $$`.execute(db);
  await sql`create trigger people_count_insert after insert on people
    referencing new table as added_people for each statement execute function kith_people_added()`.execute(
    db,
  );
  await sql`create trigger people_count_delete after delete on people
    referencing old table as removed_people for each statement execute function kith_people_removed()`.execute(
    db,
  );
}
