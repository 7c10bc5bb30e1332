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
  if (url && /^postgres(ql)?:\/\//.test(url)) {
    return openPostgres({ url, maxConnections: poolSize(env.KITH_DB_POOL) });
  }
  if (url) {
    throw new AppError(
      'INVALID_INPUT',
      `DATABASE_URL must start with postgres:// (got "${url.split(':')[0]}:…"); unset it to use the embedded database.`,
    );
  }
  return openSqlite({ path: defaultSqlitePath(env) });
}

/** KITH_DB_POOL sets how many PostgreSQL connections one Kith process keeps (default 10). */
export function poolSize(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const size = Number(value);
  if (!Number.isInteger(size) || size < 1 || size > 1000) {
    throw new AppError(
      'INVALID_INPUT',
      `KITH_DB_POOL must be a whole number from 1 to 1000 (got "${value}"); unset it for 10 connections.`,
    );
  }
  return size;
}

/**
 * How long a request waits for a free connection before it is answered 503 "busy, try again".
 * Requests queue for a connection in order, so a burst is served late rather than refused.
 */
const connectionWaitMs = 30_000;

/** A pool whose "no connection in time" failure is the store's own UNAVAILABLE, not a crash. */
function answerBusy(pool: pg.Pool): pg.Pool {
  const connect = pool.connect.bind(pool) as () => Promise<pg.PoolClient>;
  const busyAware = async (): Promise<pg.PoolClient> => {
    try {
      return await connect();
    } catch (cause) {
      if (/timeout exceeded when trying to connect/i.test((cause as Error).message)) {
        throw new AppError(
          'UNAVAILABLE',
          'Kith is busy right now and nothing was changed. Please try again in a moment.',
          { cause },
        );
      }
      throw cause;
    }
  };
  pool.connect = busyAware as typeof pool.connect;
  return pool;
}

/** How long a statement waits for another process's write lock before it gives up. */
const busyTimeoutMs = 5000;

/**
 * Runs `step` again while another process holds the lock it needs, for up to the busy timeout.
 * Turning a new file to WAL takes the write lock while already reading it, and SQLite answers
 * "database is locked" at once there rather than calling the busy handler. Of 150 pairs of
 * processes opening one new file in the same millisecond (two servers, a deploy that overlaps the
 * old one), 12 failed so.
 */
function whenFree<T>(step: () => T): T {
  const giveUpAt = Date.now() + busyTimeoutMs;
  for (let pause = 5; ; pause = Math.min(pause * 2, 100)) {
    try {
      return step();
    } catch (error) {
      const busy = (error as { code?: string }).code?.startsWith('SQLITE_BUSY') ?? false;
      if (!busy || Date.now() >= giveUpAt) throw error;
      // A synchronous pause: the database is opened before anything else can run anyway.
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, pause);
    }
  }
}

/**
 * How Kith opens every SQLite database (the benchmarks' baselines too, so they compare like with
 * like). The page cache is 64 MB rather than SQLite's 2 MB: at 30,000 people the search index
 * and the people table no longer fit in 2 MB, and an import of 30,000 rows read the same pages
 * back from the operating system over and over (a fifth of its time in system calls).
 */
export function configureSqlite(database: SQLite.Database): void {
  // First, so that a second process starting at the same moment waits for the first's lock.
  database.pragma(`busy_timeout = ${busyTimeoutMs}`);
  whenFree(() => database.pragma('journal_mode = WAL'));
  database.pragma('synchronous = NORMAL');
  database.pragma('foreign_keys = ON');
  // Negative: in KiB. Pages are taken as they are needed, so a small network stays small.
  database.pragma('cache_size = -65536');
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
  configureSqlite(database);
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
  /** How long a query waits for a free connection before UNAVAILABLE (default 30 s). */
  connectionWaitMs?: number;
}): Promise<OpenStore> {
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.maxConnections ?? 10,
    connectionTimeoutMillis: options.connectionWaitMs ?? connectionWaitMs,
    // No JIT: every statement Kith runs reads a page or a few hundred rows, yet at a million
    // people the planner's estimates pass jit_above_cost, and compiling took 13 ms of a 73 ms
    // search by what was said (ADR 0019). And each test or tenant its own schema when asked.
    options: `-c jit=off${options.schema ? ` -c search_path=${options.schema}` : ''}`,
    // bigint ids fit comfortably in a JS number; return them as numbers, not strings.
    types: {
      getTypeParser: (oid: number, format?: string) =>
        oid === 20
          ? (value: string) => Number(value)
          : (pg.types.getTypeParser(oid, format as 'text') as (value: string) => unknown),
    },
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: answerBusy(pool) }) });
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
