// What each member lets their groups see of each person, and the one query a group's "who we
// know" view reads. No row means the default level; notes, emails, phones and interactions are
// never selected here.
import { sql } from 'kysely';
import type { Store } from './store.js';

/** The stored level for one person, or undefined for the default. */
export async function findShareLevel(
  store: Store,
  accountId: string,
  personId: number,
): Promise<string | undefined> {
  const row = await store.db
    .selectFrom('person_sharing')
    .select('level')
    .where('account_id', '=', accountId)
    .where('person_id', '=', personId)
    .executeTakeFirst();
  return row?.level;
}

/**
 * Sets the level for the account's people: one person, everyone with a tag, or everyone.
 * One statement, whatever the count; returns how many people it set.
 */
export async function upsertShareLevels(
  store: Store,
  accountId: string,
  input: { level: string; at: string; personId?: number; tag?: string },
): Promise<number> {
  const chosen = store.db
    .selectFrom('people')
    .select((eb) => [
      'people.account_id',
      'people.id',
      eb.val(input.level).as('level'),
      eb.val(input.at).as('updated_at'),
    ])
    .where('people.account_id', '=', accountId)
    .$if(input.personId !== undefined, (q) => q.where('people.id', '=', input.personId!))
    .$if(input.tag !== undefined, (q) =>
      q.where((eb) =>
        eb.exists(
          eb
            .selectFrom('person_tags as t')
            .select('t.person_id')
            .whereRef('t.account_id', '=', 'people.account_id')
            .whereRef('t.person_id', '=', 'people.id')
            .where('t.tag', '=', input.tag!),
        ),
      ),
    );
  const result = await store.db
    .insertInto('person_sharing')
    .columns(['account_id', 'person_id', 'level', 'updated_at'])
    .expression(chosen)
    .onConflict((oc) =>
      oc.columns(['account_id', 'person_id']).doUpdateSet((eb) => ({
        level: eb.ref('excluded.level'),
        updated_at: eb.ref('excluded.updated_at'),
      })),
    )
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0);
}

export interface SharedRow {
  accountId: string;
  level: string;
  company: string | null;
  title: string | null;
  /** Only read from the database for people shared by name. */
  name: string | null;
}

/**
 * What the group's sharing members let it see: one row per person not hidden, company order.
 * The name column is null unless that person is shared by name, so a name never leaves the
 * database otherwise. Bounded by `limit`; the caller says when the list was cut.
 */
export async function listSharedPeople(
  store: Store,
  input: {
    groupId: string;
    roles: readonly string[];
    defaultLevel: string;
    /** People carrying this tag (the demo network) are never shared. */
    exceptTag: string;
    limit: number;
  },
): Promise<SharedRow[]> {
  const level = sql<string>`coalesce(s.level, ${input.defaultLevel})`;
  const rows = await store.db
    .selectFrom('group_members as m')
    .innerJoin('people as p', 'p.account_id', 'm.account_id')
    .leftJoin('person_sharing as s', (join) =>
      join.onRef('s.account_id', '=', 'p.account_id').onRef('s.person_id', '=', 'p.id'),
    )
    .select([
      'p.account_id',
      level.as('level'),
      'p.company',
      'p.title',
      sql<string | null>`case when ${level} = 'name' then p.name else null end`.as('name'),
    ])
    .where('m.group_id', '=', input.groupId)
    .where('m.role', 'in', input.roles)
    .where(level, '<>', 'hidden')
    .where((eb) => eb.or([eb('p.company', 'is not', null), eb(level, '=', 'name')]))
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('person_tags as t')
            .select('t.person_id')
            .whereRef('t.account_id', '=', 'p.account_id')
            .whereRef('t.person_id', '=', 'p.id')
            .where('t.tag', '=', input.exceptTag),
        ),
      ),
    )
    .orderBy(sql`lower(coalesce(p.company, ''))`)
    .orderBy(sql`lower(coalesce(p.title, ''))`)
    .orderBy('p.account_id')
    .orderBy('p.id')
    .limit(input.limit)
    .execute();
  return rows.map((row) => ({
    accountId: row.account_id,
    level: row.level,
    company: row.company,
    title: row.title,
    name: row.name,
  }));
}
