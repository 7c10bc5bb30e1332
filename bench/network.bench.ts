// Network-scale figures: demo load, full-text search, timeline and the people-list API route.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { generatePeople } from '../src/core/demo-network.js';
import { sql } from 'kysely';
import { configureSqlite, openPostgres, openSqlite } from '../src/store/open.js';
import type { Store } from '../src/store/store.js';
import { personToRow } from '../src/store/people.repo.js';
import { interactionToRow } from '../src/store/interactions.repo.js';
import { buildApp } from '../src/server/app.js';
import type { Deps } from '../src/services/deps.js';
import { findPeople } from '../src/services/find-people.js';
import { loadDemo } from '../src/services/load-demo.js';
import { showPerson } from '../src/services/show-person.js';
import { refreshStatistics } from '../src/store/statistics.js';
import { measureThroughput } from './load.js';
import { header, ms, percentile, perSecond, report, timeEach, timeEachWithCpu } from './stats.js';

const today = '2026-11-25';
const now = () => new Date(`${today}T12:00:00Z`);

export async function benchNetwork(options: {
  people: number;
  apiSeconds: number;
  /** A SQLite file to keep the loaded network in, and to reuse when it already holds one. */
  storeFile?: string;
}): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'kith-bench-'));
  try {
    header(`network: ${options.people.toLocaleString('en-US')} people (SQLite)`);
    const store = await openSqlite({ path: options.storeFile ?? join(dir, 'kith.db') });
    const deps: Deps = { store, accountId: 'local', now };
    const kept = await countNetwork(store);
    const people =
      kept.people > 0
        ? kept.people
        : await loadAndCompare(deps, options.people, options.storeFile ? null : dir);
    if (kept.people > 0) {
      report(
        `reused ${options.storeFile ?? ''}`,
        `${kept.people.toLocaleString('en-US')} people`,
        `${kept.interactions.toLocaleString('en-US')} interactions`,
        '',
        '',
      );
    }
    await measureReads(deps, people);
    await measureApi(store, options.apiSeconds);
    await store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function countNetwork(store: Store): Promise<{ people: number; interactions: number }> {
  const people = await store.db
    .selectFrom('accounts')
    .select('people_count')
    .where('id', '=', 'local')
    .executeTakeFirst();
  if (!people?.people_count) return { people: 0, interactions: 0 };
  const interactions = await store.db
    .selectFrom('interactions')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return { people: Number(people.people_count), interactions: Number(interactions.n) };
}

/**
 * Loads the demo network and reports its rate against bare prepared-statement inserts of the same
 * rows, written in `bareDir`; without one (a file kept for reuse) the slow baseline is skipped.
 */
async function loadAndCompare(deps: Deps, people: number, bareDir: string | null): Promise<number> {
  const start = performance.now();
  const loaded = await loadDemo(deps, { people });
  const kithSeconds = (performance.now() - start) / 1000;
  const rows = loaded.people + loaded.interactions;
  const label = `load demo (${loaded.people.toLocaleString('en-US')} people, ${loaded.interactions.toLocaleString('en-US')} interactions)`;
  if (!bareDir) {
    report(label, perSecond(rows / kithSeconds, 'rows'), '', '', '');
    return loaded.people;
  }
  const baselineSeconds = await insertBare(join(bareDir, 'bare.db'), people);
  const kithRate = rows / kithSeconds;
  const bareRate = rows / baselineSeconds;
  report(
    label,
    perSecond(kithRate, 'rows'),
    `bare insert ${perSecond(bareRate, 'rows')}`,
    (kithRate / bareRate).toFixed(2),
    '>= 0.5',
  );
  return loaded.people;
}

/** The baseline: the same generated rows through bare prepared statements, same schema and triggers. */
async function insertBare(path: string, people: number): Promise<number> {
  const store = await openSqlite({ path });
  await store.close();
  const db = new SQLite(path);
  configureSqlite(db);
  const stamp = now().toISOString();
  const personColumns = Object.keys(personToRow('local', { name: 'x' }, stamp));
  const interactionColumns = Object.keys(
    interactionToRow(
      'local',
      {
        personId: 1,
        occurredOn: today,
        channel: 'call',
        direction: 'mutual',
        kind: 'catch-up',
        summary: '',
        tags: [],
      },
      stamp,
    ),
  );
  const insertPerson = db.prepare(
    `insert into people (${personColumns.join(',')}) values (${personColumns.map(() => '?').join(',')})`,
  );
  const insertInteraction = db.prepare(
    `insert into interactions (${interactionColumns.join(',')}) values (${interactionColumns.map(() => '?').join(',')})`,
  );
  const start = performance.now();
  let batch: ReturnType<typeof generatePeople> extends Iterable<infer P> ? P[] : never = [];
  const flush = db.transaction((current: typeof batch) => {
    for (const person of current) {
      const row = personToRow('local', person, stamp) as Record<string, unknown>;
      const id = Number(insertPerson.run(...personColumns.map((c) => row[c])).lastInsertRowid);
      for (const interaction of person.interactions) {
        const irow = interactionToRow('local', { ...interaction, personId: id }, stamp) as Record<
          string,
          unknown
        >;
        insertInteraction.run(...interactionColumns.map((c) => irow[c]));
      }
    }
  });
  for (const person of generatePeople({ seed: 7, people, today })) {
    batch.push(person);
    if (batch.length >= 1000) {
      flush(batch);
      batch = [];
    }
  }
  if (batch.length > 0) flush(batch);
  const seconds = (performance.now() - start) / 1000;
  db.close();
  return seconds;
}

/** 200 varied queries: names, companies, roles, tags, note words, prefixes and pairs. */
export function searchQueries(people: number): string[] {
  const sample = [...generatePeople({ seed: 7, people: Math.min(people, 400), today })];
  const queries: string[] = [];
  for (const [i, person] of sample.entries()) {
    if (queries.length >= 200) break;
    const [first = 'a', last = 'b'] = person.name.split(' ');
    const noteWord = (person.notes ?? 'coffee').split(/\W+/).find((w) => w.length > 4) ?? 'coffee';
    const options = [
      person.name,
      first,
      last.slice(0, 3),
      person.company ?? 'data',
      person.title ?? 'engineer',
      person.tags[0] ?? 'alumni',
      noteWord,
      `${first.slice(0, 2)} ${(person.company ?? 'co').slice(0, 3)}`,
    ];
    queries.push(options[i % options.length] ?? first);
  }
  return queries;
}

/** Words from the logged summaries of the first people: searches that only what was said can answer. */
function summaryQueries(people: number): string[] {
  const sample = [...generatePeople({ seed: 7, people: Math.min(people, 400), today })];
  return sample.slice(0, 100).map((person, i) => {
    const said = person.interactions.flatMap((interaction) =>
      interaction.summary.split(/[^\p{L}]+/u).filter((word) => word.length > 3),
    );
    return said[i % Math.max(1, said.length)] ?? 'coffee';
  });
}

/** Search, person page and list page timings over a loaded network of `people`. */
async function measureReads(deps: Deps, people: number): Promise<void> {
  const queries = searchQueries(people);
  await timeEach(queries.slice(0, 20), (query) => findPeople(deps, { query, limit: 20 }));
  const search = await timeEachWithCpu(queries, (query) => findPeople(deps, { query, limit: 20 }));
  report(`search p50 (${queries.length} queries)`, ms(percentile(search.wall, 50)), '', '', '');
  reportP95('search p95', search, '< 20 ms');
  const said = summaryQueries(people);
  const saidTimes = await timeEachWithCpu(said, (query) => findPeople(deps, { query, limit: 20 }));
  reportP95(`search by what was said p95 (${said.length})`, saidTimes, '< 20 ms');

  const ids = Array.from({ length: 200 }, (_, i) => 1 + ((i * 7919) % people));
  const timeline = await timeEachWithCpu(ids, (id) => showPerson(deps, { id }));
  reportP95('person page with timeline p95', timeline, '< 10 ms');
  const list = await timeEachWithCpu(ids, (offset) =>
    findPeople(deps, { limit: 50, offset: offset % 1000 }),
  );
  reportP95('people list page p95', list, '< 10 ms');
}

/** The wall-clock p95, with the CPU-time p95 beside it (the two differ on a busy machine). */
function reportP95(figure: string, times: { wall: number[]; cpu: number[] }, target: string): void {
  report(
    figure,
    ms(percentile(times.wall, 95)),
    `CPU ${ms(percentile(times.cpu, 95))}`,
    '',
    target,
  );
}

/** The people-list route against a hello-world route on the same server, over loopback. */
async function measureApi(store: Store, apiSeconds: number): Promise<void> {
  const app = await buildApp({ store, now, webRoot: null });
  app.get('/bench/hello', () => ({ hello: 'world' }));
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const load = { seconds: apiSeconds, concurrency: 16 };
  const hello = await throughputWithCpu(`${base}/bench/hello`, load);
  const list = await throughputWithCpu(`${base}/api/people?limit=50`, load);
  report(
    'GET /api/people (page of 50)',
    perSecond(list.rate, 'req'),
    `hello ${perSecond(hello.rate, 'req')}`,
    (list.rate / hello.rate).toFixed(2),
    '>= 0.3',
  );
  // A different page each time, so no request is answered from the kept pages: the cost of
  // reading and sending a page afresh.
  const pages = Array.from({ length: 1000 }, (_, i) => `${base}/api/people?limit=50&offset=${i}`);
  const fresh = await throughputWithCpu(pages, load);
  report(
    'GET /api/people, each a new page (offset < 1000)',
    perSecond(fresh.rate, 'req'),
    `hello ${perSecond(hello.rate, 'req')}`,
    (fresh.rate / hello.rate).toFixed(2),
    '',
  );
  // The load generator runs in this process, so this counts the client's work as well as the server's.
  for (const [figure, measured] of [
    ['GET /api/people CPU per request', list],
    ['GET /api/people, each a new page, CPU per request', fresh],
  ] as const) {
    report(
      figure,
      `${Math.round(measured.cpuPerRequest)} µs`,
      `hello ${Math.round(hello.cpuPerRequest)} µs`,
      (hello.cpuPerRequest / measured.cpuPerRequest).toFixed(2),
      '',
    );
  }
  await app.close();
}

async function throughputWithCpu(
  url: string | string[],
  load: { seconds: number; concurrency: number },
): Promise<{ rate: number; cpuPerRequest: number }> {
  const start = process.cpuUsage();
  const rate = await measureThroughput(url, load);
  const used = process.cpuUsage(start);
  return { rate, cpuPerRequest: (used.user + used.system) / (rate * load.seconds) };
}

/**
 * The same reads and route on PostgreSQL, in a schema of its own that is dropped afterwards; or in
 * `keptSchema` (BENCH_POSTGRES_SCHEMA), which is loaded once, kept, and reused when it already
 * holds a network, as BENCH_DB does for SQLite: loading 1,000,000 people takes over an hour.
 */
export async function benchPostgres(options: {
  people: number;
  apiSeconds: number;
  url: string;
  keptSchema?: string;
}): Promise<void> {
  header(`network: ${options.people.toLocaleString('en-US')} people (PostgreSQL)`);
  const schema = options.keptSchema ?? `kith_bench_${process.pid}`;
  const store = await openPostgres({ url: options.url, schema });
  try {
    const deps: Deps = { store, accountId: 'local', now };
    const kept = await countNetwork(store);
    let people = kept.people;
    if (people > 0) {
      report(
        `reused schema ${schema}`,
        `${kept.people.toLocaleString('en-US')} people`,
        `${kept.interactions.toLocaleString('en-US')} interactions`,
        '',
        '',
      );
    } else {
      // A kept network is large: the search index of its 20 interactions a person is built once
      // the rows are in, as for any bulk load, rather than grown row by row.
      const deferred = options.keptSchema ? await dropSummaryIndex(store, schema) : [];
      const start = performance.now();
      const loaded = await loadDemo(deps, {
        people: options.people,
        onProgress: (done, total) => {
          if (done % 50_000 === 0) console.error(`  loaded ${done} of ${total} people`);
        },
      });
      const seconds = (performance.now() - start) / 1000;
      report(
        deferred.length > 0 ? 'load demo, summary index left out' : 'load demo',
        perSecond((loaded.people + loaded.interactions) / seconds, 'rows'),
        `${Math.round(seconds)} s`,
        '',
        '',
      );
      if (deferred.length > 0) {
        const built = performance.now();
        await buildIndexes(store, deferred);
        report(
          'build the summary index',
          `${Math.round((performance.now() - built) / 1000)} s`,
          '',
          '',
          '',
        );
      }
      people = loaded.people;
    }
    await vacuumOnce(store, schema);
    await measureReads(deps, people);
    await measureApi(store, options.apiSeconds);
  } finally {
    if (!options.keptSchema)
      await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(store.db);
    await store.close();
  }
}

/**
 * Vacuums the network's tables once after they are loaded, as autovacuum does on a server left to
 * run: until then every read of a freshly written page also writes its hint bits, and no page is
 * marked all-visible, so the reads measured would be those of the minutes after a bulk load, not
 * of a server in use. A schema vacuumed before (a kept one) is not vacuumed again.
 */
async function vacuumOnce(store: Store, schema: string): Promise<void> {
  const { rows } = await sql<{ vacuumed: boolean }>`
    select coalesce(last_vacuum, last_autovacuum) is not null as vacuumed
    from pg_stat_user_tables where schemaname = ${schema} and relname = 'interactions'`.execute(
    store.db,
  );
  if (rows[0]?.vacuumed) return;
  const start = performance.now();
  for (const table of ['people', 'person_tags', 'person_ties', 'interactions']) {
    await sql`vacuum (analyze) ${sql.id(schema, table)}`.execute(store.db);
  }
  report(
    'vacuum after the load (what autovacuum does)',
    `${Math.round((performance.now() - start) / 1000)} s`,
    '',
    '',
    '',
  );
}

/** Drops the GIN index of interaction summaries and returns its definition, to build it again. */
async function dropSummaryIndex(store: Store, schema: string): Promise<string[]> {
  const indexes = await sql<{ indexname: string; indexdef: string }>`
    select indexname, indexdef from pg_indexes
    where schemaname = ${schema} and tablename = 'interactions' and indexdef like '% USING gin %'`.execute(
    store.db,
  );
  for (const index of indexes.rows) {
    await sql`drop index ${sql.id(schema, index.indexname)}`.execute(store.db);
  }
  return indexes.rows.map((index) => index.indexdef);
}

/** Builds indexes from their definitions on one connection with room to sort, then analyzes. */
async function buildIndexes(store: Store, definitions: readonly string[]): Promise<void> {
  await store.db.connection().execute(async (db) => {
    await sql`set maintenance_work_mem = '1GB'`.execute(db);
    for (const definition of definitions) await sql.raw(definition).execute(db);
    await sql`reset maintenance_work_mem`.execute(db);
  });
  await refreshStatistics(store);
}
