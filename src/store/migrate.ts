// Applies the frozen migrations in order, each in its own transaction, recording what ran.
import { sql, type Kysely } from 'kysely';
import * as foundation from './migrations/2026-11-25T1200_foundation.js';
import * as words from './migrations/2026-11-25T1800_words.js';
import * as peopleCount from './migrations/2026-11-25T1900_people_count.js';
import * as searchWeights from './migrations/2026-11-25T1930_search_weights.js';
import * as coach from './migrations/2026-11-30T0900_coach.js';
import * as personTags from './migrations/2026-11-30T1000_person_tags.js';
import * as imports from './migrations/2026-11-30T1100_imports.js';
import * as nameKeyBytes from './migrations/2026-11-30T1200_name_key_bytes.js';
import * as dateOrder from './migrations/2026-11-30T1300_date_order.js';
import * as interactionSearch from './migrations/2026-11-30T1330_interaction_search.js';
import * as personSourcesRowid from './migrations/2026-11-30T1401_person_sources_rowid.js';
import * as signIn from './migrations/2026-11-30T1420_sign_in.js';
import * as groups from './migrations/2026-11-30T1500_groups.js';
import * as groupFigures from './migrations/2026-11-30T1510_group_figures.js';
import * as playbook from './migrations/2026-11-30T1520_playbook.js';
import * as summaryPrefixes from './migrations/2026-11-30T1700_summary_prefixes.js';
import * as peopleWordStarts from './migrations/2026-12-01T0300_people_word_starts.js';
import * as summaryVectorCost from './migrations/2026-12-01T0520_summary_vector_cost.js';
import * as peopleSearchUpdateOf from './migrations/2026-12-01T1000_people_search_update_of.js';
import * as peopleSearchStatistics from './migrations/2026-12-05T0600_people_search_statistics.js';
import * as peopleSearchStatisticsAnalyzed from './migrations/2026-12-05T0700_people_search_statistics_analyzed.js';
import type { Dialect } from './store.js';

interface Migration {
  up(db: Kysely<any>, dialect: Dialect): Promise<void>;
}

/** Every migration, oldest first. Append only: never edit or reorder one that has shipped. */
const migrations: Array<[name: string, migration: Migration]> = [
  ['2026-11-25T1200_foundation', foundation],
  ['2026-11-25T1800_words', words],
  ['2026-11-25T1900_people_count', peopleCount],
  ['2026-11-25T1930_search_weights', searchWeights],
  ['2026-11-30T0900_coach', coach],
  ['2026-11-30T1000_person_tags', personTags],
  ['2026-11-30T1100_imports', imports],
  ['2026-11-30T1200_name_key_bytes', nameKeyBytes],
  ['2026-11-30T1300_date_order', dateOrder],
  ['2026-11-30T1330_interaction_search', interactionSearch],
  ['2026-11-30T1401_person_sources_rowid', personSourcesRowid],
  ['2026-11-30T1420_sign_in', signIn],
  ['2026-11-30T1500_groups', groups],
  ['2026-11-30T1510_group_figures', groupFigures],
  ['2026-11-30T1520_playbook', playbook],
  ['2026-11-30T1700_summary_prefixes', summaryPrefixes],
  ['2026-12-01T0300_people_word_starts', peopleWordStarts],
  ['2026-12-01T0520_summary_vector_cost', summaryVectorCost],
  ['2026-12-01T1000_people_search_update_of', peopleSearchUpdateOf],
  ['2026-12-05T0600_people_search_statistics', peopleSearchStatistics],
  ['2026-12-05T0700_people_search_statistics_analyzed', peopleSearchStatisticsAnalyzed],
];

/**
 * Runs what is not applied yet. Two processes may start at once on one database (an overlapping
 * deploy, two servers): each migration runs under a lock and is checked again once the lock is
 * held, so exactly one of them applies it and the other finds it done.
 */
export async function migrate(db: Kysely<any>, dialect: Dialect): Promise<string[]> {
  // Up to date (every start but the first after an upgrade): no lock at all, so a command such as
  // `kith backup` never holds the write lock while `kith serve` is writing.
  const already = await appliedNames(db);
  if (already && migrations.every(([name]) => already.has(name))) return [];
  await exclusively(db, dialect, async (tx) => {
    await sql`create table if not exists kith_migrations (name text primary key, applied_at text not null)`.execute(
      tx,
    );
  });
  const rows = await sql<{ name: string }>`select name from kith_migrations`.execute(db);
  const applied = new Set(rows.rows.map((row) => row.name));
  const ran: string[] = [];
  for (const [name, migration] of migrations) {
    if (applied.has(name)) continue;
    const didRun = await exclusively(db, dialect, async (tx) => {
      const done = await sql`select 1 from kith_migrations where name = ${name}`.execute(tx);
      if (done.rows.length > 0) return false;
      await migration.up(tx, dialect);
      await sql`insert into kith_migrations (name, applied_at) values (${name}, ${new Date().toISOString()})`.execute(
        tx,
      );
      return true;
    });
    if (didRun) ran.push(name);
  }
  return ran;
}

/** The migrations recorded as applied; undefined when the database has no record yet. */
async function appliedNames(db: Kysely<any>): Promise<Set<string> | undefined> {
  try {
    const rows = await sql<{ name: string }>`select name from kith_migrations`.execute(db);
    return new Set(rows.rows.map((row) => row.name));
  } catch {
    return undefined;
  }
}

/**
 * One transaction that no other process's migration can overlap. PostgreSQL: an advisory lock
 * for this schema, held to the end of the transaction. SQLite: BEGIN IMMEDIATE takes the write
 * lock at the start, so a second process waits (busy_timeout) instead of reading a stale list.
 */
export async function exclusively<T>(
  db: Kysely<any>,
  dialect: Dialect,
  work: (tx: Kysely<any>) => Promise<T>,
): Promise<T> {
  if (dialect === 'postgres') {
    return db.transaction().execute(async (trx) => {
      await sql`select pg_advisory_xact_lock(hashtext(current_schema() || '.kith_migrations'))`.execute(
        trx,
      );
      return work(trx);
    });
  }
  return db.connection().execute(async (connection) => {
    await sql`begin immediate`.execute(connection);
    try {
      const result = await work(connection);
      await sql`commit`.execute(connection);
      return result;
    } catch (error) {
      await sql`rollback`.execute(connection);
      throw error;
    }
  });
}
