// Opens the embedded SQLite file or a PostgreSQL server, runs migrations, and returns one Store.
import { mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { AppError } from '../core/errors.js';
import { migrate } from './migrate.js';
import { createReadCache } from './read-cache.js';
import { keepStatements } from './statement-cache.js';
import { runPendingTasks } from './tasks.js';
import type { Database } from './schema.js';
import type { Store } from './store.js';

export interface OpenStore extends Store {
  /** Where the data lives, for messages: a file path or a redacted URL. */
  location: string;
  close(): Promise<void>;
}

export const localAccountId = 'local';

/** The SQLite file for the embedded default: $KITH_HOME, else the XDG data folder. */
export function defaultSqlitePath(env: NodeJS.ProcessEnv = process.env): string {
  if (env.KITH_HOME) return join(env.KITH_HOME, 'kith.db');
  const dataHome = env.XDG_DATA_HOME || join(homedir(), '.local', 'share');
  return join(dataHome, 'kith', 'kith.db');
}

/** DATABASE_URL=postgres://… selects PostgreSQL; anything else uses the embedded SQLite file. */
export async function openFromEnv(env: NodeJS.ProcessEnv = process.env): Promise<OpenStore> {
  const url = env.DATABASE_URL;
  if (url && /^postgres(ql)?:\/\//.test(url)) return openPostgres({ url });
  if (url) {
    throw new AppError(
      'INVALID_INPUT',
      `DATABASE_URL must start with postgres:// (got "${url.split(':')[0]}:…"); unset it to use the embedded database.`,
    );
  }
  return openSqlite({ path: defaultSqlitePath(env) });
}

export async function openSqlite(options: { path: string }): Promise<OpenStore> {
  if (options.path !== ':memory:') mkdirSync(dirname(options.path), { recursive: true });
  let database: SQLite.Database;
  try {
    database = new SQLite(options.path);
  } catch (cause) {
    throw new AppError(
      'UNAVAILABLE',
      `Could not open the database file ${options.path}: ${(cause as Error).message}`,
      { cause },
    );
  }
  // First, so that a second process starting at the same moment waits for the first's lock.
  database.pragma('busy_timeout = 5000');
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = NORMAL');
  database.pragma('foreign_keys = ON');
  const kept = keepStatements(database);
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: kept }) });
  const store: OpenStore = {
    db,
    dialect: 'sqlite',
    readCache: createReadCache(kept.dataVersion),
    location: options.path,
    close: () => db.destroy(),
  };
  await prepare(store);
  return store;
}

export async function openPostgres(options: {
  url: string;
  schema?: string;
  maxConnections?: number;
}): Promise<OpenStore> {
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.maxConnections ?? 10,
    connectionTimeoutMillis: 5000,
    // Give each test or tenant its own schema when asked.
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
    // bigint ids fit comfortably in a JS number; return them as numbers, not strings.
    types: {
      getTypeParser: (oid: number, format?: string) =>
        oid === 20
          ? (value: string) => Number(value)
          : (pg.types.getTypeParser(oid, format as 'text') as (value: string) => unknown),
    },
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  const store: OpenStore = {
    db,
    dialect: 'postgres',
    location: redact(options.url),
    close: () => db.destroy(),
  };
  try {
    if (options.schema)
      await sql`create schema if not exists ${sql.id(options.schema)}`.execute(db);
    await prepare(store);
  } catch (cause) {
    await db.destroy();
    if (cause instanceof AppError) throw cause;
    throw new AppError(
      'UNAVAILABLE',
      `Could not reach PostgreSQL at ${store.location}: ${(cause as Error).message}`,
      { cause },
    );
  }
  return store;
}

/** Migrates and makes sure the implicit local account exists. */
async function prepare(store: Store): Promise<void> {
  await migrate(store.db, store.dialect);
  await runPendingTasks(store);
  await store.db
    .insertInto('accounts')
    .values({ id: localAccountId, name: 'Local', created_at: new Date().toISOString() })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}
