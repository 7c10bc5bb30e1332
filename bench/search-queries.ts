// The bench's 200 search queries one by one on a kept network, slowest first: where search time goes.
// npx tsx bench/search-queries.ts /path/kith.db          a SQLite file (BENCH_DB of a network run)
// npx tsx bench/search-queries.ts postgres://…/db schema  a PostgreSQL schema holding a network
// Each query runs three times; its best time is kept (CPU on SQLite, wall on PostgreSQL, whose
// work is done in the server). With --once, each runs once after the first 20 are run to warm
// up, as the network bench times them: what a search costs when its pages are not all cached.
import { openPostgres, openSqlite } from '../src/store/open.js';
import { searchPeople } from '../src/store/people-search.repo.js';
import { searchQueries } from './network.bench.js';
import { percentile } from './stats.js';

const args = process.argv.slice(2);
const once = args.includes('--once');
const [target = '', schema] = args.filter((arg) => arg !== '--once');
if (!target) {
  console.error('Give a SQLite file, or a PostgreSQL URL and schema: see the top of this file.');
  process.exit(2);
}
const postgres = target.startsWith('postgres');
const store = postgres
  ? await openPostgres({ url: target, schema: schema ?? 'public' })
  : await openSqlite({ path: target });
// Each query is asked again: the kept results would answer it without searching.
store.readCache = undefined;
const people = await store.db
  .selectFrom('accounts')
  .select('people_count')
  .where('id', '=', 'local')
  .executeTakeFirst();
const timed: Array<{ query: string; ms: number; total: number; capped: boolean }> = [];
const queries = searchQueries(Number(people?.people_count ?? 0));
if (once) {
  for (const query of queries.slice(0, 20)) {
    await searchPeople(store, 'local', { query, limit: 20, offset: 0 });
  }
}
for (const query of queries) {
  let best = Infinity;
  let found = { total: 0, capped: false };
  for (let round = 0; round < (once ? 1 : 3); round += 1) {
    const cpu = process.cpuUsage();
    const wall = performance.now();
    found = await searchPeople(store, 'local', { query, limit: 20, offset: 0 });
    const used = process.cpuUsage(cpu);
    best = Math.min(best, postgres ? performance.now() - wall : (used.user + used.system) / 1000);
  }
  timed.push({ query, ms: best, total: found.total, capped: found.capped });
}
await store.close();
const times = timed.map((t) => t.ms);
console.log(
  `${timed.length} queries, ${postgres ? 'wall' : 'CPU'}: p50 ${percentile(times, 50).toFixed(2)} ms, p95 ${percentile(times, 95).toFixed(2)} ms`,
);
for (const t of timed.sort((a, b) => b.ms - a.ms).slice(0, 15)) {
  console.log(
    `${t.ms.toFixed(2).padStart(8)} ms  ${JSON.stringify(t.query)}  ${t.total}${t.capped ? '+' : ''}`,
  );
}
