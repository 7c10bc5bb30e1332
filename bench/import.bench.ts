// Import figures: 30,000 LinkedIn connections, with dedupe, into a network that already holds 30,000
// people from a Google CSV (a third of them the same people), next to a bare insert of the same rows.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import pg from 'pg';
import type { Deps } from '../src/services/deps.js';
import { importFiles, type ImportReport } from '../src/services/import-files.js';
import { personToRow } from '../src/store/people.repo.js';
import { configureSqlite, openPostgres, openSqlite } from '../src/store/open.js';
import type { Store } from '../src/store/store.js';
import { startPeakSampler } from './memory-peak.js';
import { header, percentile, perSecond, report } from './stats.js';

const now = () => new Date('2026-11-30T12:00:00Z');

/**
 * Rows a second by the wall clock, and by this process's CPU time: on a busy machine the wall
 * clock measures the other processes too, so the CPU figures are the ones to compare there.
 */
interface Rate {
  wall: number;
  cpu: number;
}

/** LinkedIn's maximum number of first-degree connections. */
export const importRows = Number(process.env.BENCH_IMPORT_ROWS ?? 30_000);

/**
 * How many times the import is measured, each time into a fresh copy of the same network and
 * straight after its own baseline. One pair alone says little on a shared machine: the baseline
 * alone has moved by a factor of 1.7 by CPU time from one run to the next (decision 0025).
 */
export const importRuns = Math.max(1, Number(process.env.BENCH_IMPORT_RUNS ?? 5));

/** A network the bench imports into, and how to throw it away. */
interface Network {
  store: Store;
  release: () => Promise<void>;
}

interface Setup {
  label: string;
  /** The baseline's rate, measured afresh before each import. */
  baseline: () => Promise<Rate>;
  /** An empty network. */
  empty: () => Promise<Network>;
  /** A copy of a network as it is now; without one, each run loads the Google contacts afresh. */
  copy?: (network: Network) => Promise<Network>;
  /** The plain table's rate (SQLite): context only. */
  plain?: Rate;
}

export async function benchImport(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'kith-bench-import-'));
  let n = 0;
  const file = (name: string) => join(dir, `${name}-${(n += 1)}.db`);
  const open = async (path: string): Promise<Network> => {
    const store = await openSqlite({ path });
    return {
      store,
      release: async () => {
        await store.close();
        rmSync(path, { force: true });
      },
    };
  };
  try {
    await measureImport({
      label: 'SQLite',
      plain: bareInsertRate(file('bare'), importRows),
      baseline: async () => {
        const path = file('indexed');
        const rate = await indexedInsertRate(path, importRows);
        for (const end of ['', '-wal', '-shm']) rmSync(`${path}${end}`, { force: true });
        return rate;
      },
      empty: () => open(file('kith')),
      copy: async (network) => {
        // Everything in the main file first, so that the file alone is the whole network.
        await sql`pragma wal_checkpoint(truncate)`.execute(network.store.db);
        const path = file('kith');
        copyFileSync(await databasePath(network.store), path);
        return open(path);
      },
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function databasePath(store: Store): Promise<string> {
  const { rows } = await sql<{
    file: string;
  }>`select file from pragma_database_list where name = 'main'`.execute(store.db);
  return rows[0]?.file ?? '';
}

export async function benchImportPostgres(url: string): Promise<void> {
  const prefix = `kith_bench_import_${process.pid}`;
  let n = 0;
  await measureImport({
    label: 'PostgreSQL',
    baseline: () => postgresInsertRate(url, `${prefix}_bare_${(n += 1)}`, importRows),
    empty: async () => {
      const schema = `${prefix}_${(n += 1)}`;
      const store = await openPostgres({ url, schema });
      return {
        store,
        release: async () => {
          await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(store.db);
          await store.close();
        },
      };
    },
  });
}

/**
 * What the import is measured against: the same 30,000 people rows inserted by one prepared
 * statement in one transaction, into Kith's own people table on the same database
 * (its indexes, search index and triggers included). That is the least any import of these rows
 * must cost; everything above it is the import's own work. A plain table with no index is printed
 * beside it on SQLite as context: a row there skips the search index, which alone costs several
 * times the row.
 */
const baselineNote = (dialect: string) =>
  dialect === 'SQLite'
    ? 'baseline: one prepared statement run for each row, into Kith’s people table, one transaction'
    : 'baseline: one prepared statement run for each 1,000 rows (unnest), into Kith’s people table, one transaction';

/** One import of the LinkedIn file and the baseline measured just before it. */
interface Run {
  bare: Rate;
  seconds: number;
  cpuSeconds: number;
  rssBefore: number;
  rssPeak: number;
}

async function measureImport(setup: Setup): Promise<void> {
  const count = (n: number) => n.toLocaleString('en-US');
  header(
    `Import ${count(importRows)} LinkedIn connections into ${count(importRows)} people (${setup.label})`,
  );
  console.log(`  ${baselineNote(setup.label)}`);
  const google = { name: 'google.csv', bytes: Buffer.from(googleCsv(importRows)) };
  const linkedin = { name: 'Connections.csv', bytes: Buffer.from(connectionsCsv(importRows)) };
  const loadGoogle = async (network: Network) => importFiles(depsOf(network), { files: [google] });

  // The Google import and the preview, once, into the first network; every run starts from it.
  const firstBare = await setup.baseline();
  const first = await setup.empty();
  let start = performance.now();
  const loaded = await loadGoogle(first);
  const googleSeconds = (performance.now() - start) / 1000;
  report(
    'Google CSV into an empty network',
    perSecond(importRows / googleSeconds, 'rows'),
    perSecond(firstBare.wall, 'rows'),
    (importRows / googleSeconds / firstBare.wall).toFixed(2),
    `${count(loaded.people.new)} new in ${googleSeconds.toFixed(2)} s`,
  );
  start = performance.now();
  const preview = await importFiles(depsOf(first), { files: [linkedin], dryRun: true });
  report(
    '  its preview (read, match, plan)',
    `${((performance.now() - start) / 1000).toFixed(2)} s`,
    '',
    '',
    '',
  );

  const runs: Run[] = [];
  let result: ImportReport | undefined;
  const memory = startPeakSampler();
  try {
    for (let run = 0; run < importRuns; run += 1) {
      const bare = run === 0 ? firstBare : await setup.baseline();
      const network = setup.copy
        ? await setup.copy(first)
        : run === 0
          ? first
          : await setup.empty().then(async (fresh) => {
              await loadGoogle(fresh);
              return fresh;
            });
      const rssBefore = process.memoryUsage.rss();
      memory.reset();
      start = performance.now();
      const cpuStart = process.cpuUsage();
      result = await importFiles(depsOf(network), { files: [linkedin] });
      runs.push({
        bare,
        seconds: (performance.now() - start) / 1000,
        cpuSeconds: cpuOf(process.cpuUsage(cpuStart)),
        rssBefore,
        rssPeak: memory.peak(),
      });
      if (network !== first) await network.release();
    }
  } finally {
    await memory.stop();
    await first.release();
  }
  reportRuns(setup, runs);
  const people = result?.people;
  console.log(
    `  ${count(people?.new ?? 0)} new, ${count(people?.updated ?? 0)} updated, ${people?.review ?? 0} to review; preview matched: ${String(JSON.stringify(preview.people) === JSON.stringify(people))}`,
  );
  const peak = runs.reduce((max, run) => (run.rssPeak > max.rssPeak ? run : max));
  console.log(
    `  memory: RSS ${mb(peak.rssBefore)} before, ${mb(peak.rssPeak)} at the peak, in the run that used most (sampled every 5 ms from a worker thread)`,
  );
  console.log(
    `  load average ${loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')} on ${availableParallelism()} cores`,
  );
}

function depsOf(network: Network): Deps {
  return { store: network.store, accountId: 'local', now };
}

/**
 * The import's figures: the median over the runs of each run's rate, its baseline's and their
 * ratio, with the ratios' range. By CPU time too on SQLite, which runs in this process; a
 * PostgreSQL import's work is mostly the server's.
 */
function reportRuns(setup: Setup, runs: Run[]): void {
  const rate = runs.map((run) => importRows / run.seconds);
  const cpuRate = runs.map((run) => importRows / run.cpuSeconds);
  const ratios = runs.map((run, i) => (rate[i] ?? 0) / run.bare.wall);
  const cpuRatios = runs.map((run, i) => (cpuRate[i] ?? 0) / run.bare.cpu);
  const of = runs.length === 1 ? 'one run' : `median of ${runs.length} runs`;
  report(
    'LinkedIn connections with dedupe',
    perSecond(median(rate), 'rows'),
    perSecond(median(runs.map((run) => run.bare.wall)), 'rows'),
    median(ratios).toFixed(2),
    `≥ 0.50 of the baseline; ${of}, ${range(ratios)}; ${median(runs.map((run) => run.seconds)).toFixed(2)} s`,
  );
  if (!setup.plain) {
    console.log(
      `  Node's own CPU time: ${median(runs.map((run) => run.cpuSeconds)).toFixed(2)} s (the rest is PostgreSQL's)`,
    );
    return;
  }
  report(
    '  by CPU time',
    perSecond(median(cpuRate), 'rows'),
    perSecond(median(runs.map((run) => run.bare.cpu)), 'rows'),
    median(cpuRatios).toFixed(2),
    `${range(cpuRatios)}; ${median(runs.map((run) => run.cpuSeconds)).toFixed(2)} s of CPU`,
  );
  report(
    '  next to a plain table (context)',
    perSecond(median(rate), 'rows'),
    perSecond(setup.plain.wall, 'rows'),
    (median(rate) / setup.plain.wall).toFixed(2),
    'no indexes, no search index, no triggers',
  );
  report(
    '  by CPU time, next to a plain table',
    perSecond(median(cpuRate), 'rows'),
    perSecond(setup.plain.cpu, 'rows'),
    (median(cpuRate) / setup.plain.cpu).toFixed(2),
    '',
  );
}

function median(values: number[]): number {
  return percentile(values, 50);
}

function range(values: number[]): string {
  return values.length === 1
    ? 'one pair'
    : `${Math.min(...values).toFixed(2)} to ${Math.max(...values).toFixed(2)}`;
}

/** Rows a second for a prepared-statement insert of the same people rows into a plain table. */
function bareInsertRate(path: string, rows: number): Rate {
  const db = new SQLite(path);
  configureSqlite(db);
  db.exec(`create table people (id integer primary key, account_id text not null, name text not null,
    name_key text not null, emails text not null, phones text not null, company text, title text,
    location text, linkedin_url text, tags text not null, how_we_met text, interests text not null,
    needs text, offers text, notes text, do_not_contact integer not null, created_at text not null,
    updated_at text not null)`);
  const insert =
    db.prepare(`insert into people (account_id, name, name_key, emails, phones, company,
    title, location, linkedin_url, tags, how_we_met, interests, needs, offers, notes, do_not_contact,
    created_at, updated_at) values (@account_id, @name, @name_key, @emails, @phones, @company, @title,
    @location, @linkedin_url, @tags, @how_we_met, @interests, @needs, @offers, @notes, @do_not_contact,
    @created_at, @updated_at)`);
  const people = peopleRows(rows);
  const rate = timeRows(rows, () =>
    db.transaction(() => {
      for (const row of people) insert.run(row);
    })(),
  );
  db.close();
  return rate;
}

/**
 * Rows a second for the same prepared-statement insert into the people table of a migrated Kith
 * database: what storing a person costs once the full-text index and the triggers run too.
 */
async function indexedInsertRate(path: string, rows: number): Promise<Rate> {
  const store = await openSqlite({ path });
  await store.close();
  const db = new SQLite(path);
  configureSqlite(db);
  const people = peopleRows(rows);
  const columns = Object.keys(people[0] ?? {});
  const insert = db.prepare(
    `insert into people (${columns.join(', ')}) values (${columns.map((c) => `@${c}`).join(', ')})`,
  );
  const rate = timeRows(rows, () =>
    db.transaction(() => {
      for (const row of people) insert.run(row);
    })(),
  );
  db.close();
  return rate;
}

/**
 * The same on PostgreSQL, where one statement a row would measure the network's round trips, not
 * the insert: one named (prepared) statement taking each column as an array (`unnest`), run for
 * every 1,000 rows in one transaction, into the people table of a freshly migrated schema. Node's
 * CPU time is not PostgreSQL's, so only the wall clock is compared there.
 */
async function postgresInsertRate(url: string, schema: string, rows: number): Promise<Rate> {
  const store = await openPostgres({ url, schema, maxConnections: 1 });
  await store.close();
  const client = new pg.Client({ connectionString: url, options: `-c search_path=${schema}` });
  await client.connect();
  try {
    const people = peopleRows(rows);
    const columns = Object.keys(people[0] ?? {}) as Array<keyof (typeof people)[number]>;
    const arrays = columns.map(
      (column, i) => `$${i + 1}::${column === 'do_not_contact' ? 'integer' : 'text'}[]`,
    );
    const text = `insert into people (${columns.join(', ')}) select * from unnest(${arrays.join(', ')})`;
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    await client.query('begin');
    for (let from = 0; from < people.length; from += 1000) {
      const batch = people.slice(from, from + 1000);
      const values = columns.map((column) => batch.map((row) => row[column] ?? null));
      await client.query({ name: 'bare-insert', text, values });
    }
    await client.query('commit');
    const cpu = cpuOf(process.cpuUsage(cpuStart));
    return { wall: rows / ((performance.now() - start) / 1000), cpu: rows / cpu };
  } finally {
    await client.query(`drop schema if exists "${schema}" cascade`);
    await client.end();
  }
}

function peopleRows(rows: number) {
  return Array.from({ length: rows }, (_, i) =>
    personToRow('local', connection(i), now().toISOString()),
  );
}

/** How many rows a second `work` wrote, by the wall clock and by CPU time. */
function timeRows(rows: number, work: () => void): Rate {
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  work();
  const cpu = cpuOf(process.cpuUsage(cpuStart));
  return { wall: rows / ((performance.now() - start) / 1000), cpu: rows / cpu };
}

function cpuOf(usage: NodeJS.CpuUsage): number {
  return (usage.user + usage.system) / 1e6;
}

/** A small deterministic generator (mulberry32), so every run imports the same people. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const syllables =
  'an be ca do el fi ga ho is ju ka lo ma ne or pa qu ri sa to ul vi wa xe yo za'.split(' ');

/** Names as varied as a real network's: 676 given names, 17,576 family names, some people sharing one. */
function nameOf(i: number): [string, string] {
  const next = random(i + 1);
  const pick = () => syllables[Math.floor(next() * syllables.length)] ?? 'an';
  const cap = (text: string) => `${text[0]?.toUpperCase() ?? ''}${text.slice(1)}`;
  return [cap(pick() + pick()), cap(pick() + pick() + pick())];
}

/** 500 employers, a few large and many small, as in a real network. */
function companyOf(i: number): string {
  return `Company ${Math.floor(500 * random(i + 7)() ** 3)}`;
}

function connection(i: number) {
  const [first, last] = nameOf(i);
  const handle = `${first.toLowerCase()}-${last.toLowerCase()}-${i}`;
  return {
    name: `${first} ${last}`,
    emails: [`${handle}@example.org`],
    company: companyOf(i),
    title: 'Engineer',
    linkedinUrl: `https://www.linkedin.com/in/${handle}`,
  };
}

/** 30,000 Google contacts: rows 0 to n/3 are people the LinkedIn file also holds, by email. */
export function googleCsv(rows: number): string {
  const lines = [
    'First Name,Last Name,Organization Name,E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value',
  ];
  for (let i = 0; i < rows; i += 1) {
    const person = connection(i < rows / 3 ? i : rows + i);
    const [first, last] = person.name.split(' ');
    const phone = `+1 415 ${String(2_000_000 + i).slice(0, 3)} ${String(2_000_000 + i).slice(3)}`;
    lines.push(`${first},${last},${person.company},Work,${person.emails[0]},Mobile,${phone}`);
  }
  return `${lines.join('\n')}\n`;
}

/** 30,000 connections in today's layout; a third are in the Google file, the rest are new. */
export function connectionsCsv(rows: number): string {
  const lines = [
    'Notes:',
    '"When exporting your connection data, you may notice that some of the email addresses are missing."',
    '',
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
  ];
  for (let i = 0; i < rows; i += 1) {
    const c = connection(i);
    const [first, last] = c.name.split(' ');
    lines.push(
      `${first},${last},${c.linkedinUrl},${c.emails[0]},${c.company},${c.title},08 Feb 2026`,
    );
  }
  return `${lines.join('\n')}\n`;
}

function mb(bytes: number): string {
  return `${Math.round(bytes / 1_048_576)} MB`;
}
