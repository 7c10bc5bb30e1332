// Coach figures: today's plan warm and cold, GET /api/today against hello world, and one log with its aggregate update.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { buildApp } from '../src/server/app.js';
import type { Deps } from '../src/services/deps.js';
import { loadDemo } from '../src/services/load-demo.js';
import { logInteraction } from '../src/services/log-interaction.js';
import { getToday } from '../src/services/today.js';
import { openPostgres, openSqlite } from '../src/store/open.js';
import type { Store } from '../src/store/store.js';
import { measureThroughput } from './load.js';
import { header, ms, percentile, perSecond, report, timeEach } from './stats.js';

const today = '2026-11-25';
const now = () => new Date(`${today}T12:00:00Z`);

/** The sizes (1,000 / 10,000 / 100,000), up to BENCH_PEOPLE; BENCH_COACH_SIZES=1000,5000 picks others. */
export function coachSizes(people: number, override = process.env.BENCH_COACH_SIZES): number[] {
  if (override) return override.split(',').map((size) => Number(size.replace(/_/g, '')));
  const sizes = [1_000, 10_000, 100_000].filter((size) => size < people);
  return [...sizes, people];
}

interface CoachOptions {
  sizes: number[];
  apiSeconds: number;
}

export async function benchCoach(options: CoachOptions): Promise<void> {
  for (const people of options.sizes) {
    const dir = mkdtempSync(join(tmpdir(), 'kith-bench-coach-'));
    try {
      const store = await openSqlite({ path: join(dir, 'kith.db') });
      await measureCoach(store, {
        people,
        apiSeconds: options.apiSeconds,
        label: 'SQLite',
      }).finally(() => store.close());
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

/** The same figures on PostgreSQL, each size in a schema of its own that is dropped afterwards. */
export async function benchCoachPostgres(options: CoachOptions & { url: string }): Promise<void> {
  for (const people of options.sizes) {
    const schema = `kith_bench_coach_${process.pid}_${people}`;
    const store = await openPostgres({ url: options.url, schema });
    try {
      await measureCoach(store, { people, apiSeconds: options.apiSeconds, label: 'PostgreSQL' });
    } finally {
      await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(store.db);
      await store.close();
    }
  }
}

async function measureCoach(
  store: Store,
  options: { people: number; apiSeconds: number; label: string },
): Promise<void> {
  header(`coach: ${options.people.toLocaleString('en-US')} people (${options.label})`);
  const deps: Deps = { store, accountId: 'local', now };
  const start = performance.now();
  const loaded = await loadDemo(deps, { people: options.people });
  report(
    `load demo (${loaded.interactions.toLocaleString('en-US')} interactions)`,
    `${((performance.now() - start) / 1000).toFixed(1)} s`,
    '',
    '',
  );
  await measureToday(deps);
  await measureApi(store, options.apiSeconds);
  await measureLog(deps, loaded.people);
}

/**
 * The baseline is the cheapest honest way to look at everyone: one query for every person's
 * last-contact date from the kept aggregates (person_ties, by account: SQLite walks an account
 * index; PostgreSQL, seeing every row match, reads the table). Reading it from interactions
 * through the timeline index would group 2,000,000 rows, a slower baseline that flatters the plan.
 */
async function readEveryLastContact(store: Store, accountId: string): Promise<number> {
  const rows = await store.db
    .selectFrom('person_ties')
    .select(['person_id', 'last_on'])
    .where('account_id', '=', accountId)
    .execute();
  return rows.length;
}

/** today end to end (store + core): warm reads the kept plan, cold rebuilds it with refresh. */
async function measureToday(deps: Deps): Promise<void> {
  const runs = (n: number) => Array.from({ length: n }, (_, i) => i);
  await timeEach(runs(3), () => readEveryLastContact(deps.store, deps.accountId));
  const baseline = percentile(
    await timeEach(runs(20), () => readEveryLastContact(deps.store, deps.accountId)),
    50,
  );
  const first = await timeEach(runs(1), () => getToday(deps));
  report('today, first of the day (builds the plan)', ms(first[0] ?? 0), '', '');

  await timeEach(runs(20), () => getToday(deps));
  const warm = await timeEach(runs(300), () => getToday(deps));
  await timeEach(runs(2), () => getToday(deps, { refresh: true }));
  const cold = await timeEach(runs(20), () => getToday(deps, { refresh: true }));
  const everyone = `read all last contacts ${ms(baseline)}`;
  for (const [figure, samples] of [
    ['today warm (kept plan, 300 calls)', warm],
    ['today cold (refresh, 20 calls)', cold],
  ] as const) {
    const p50 = percentile(samples, 50);
    report(`${figure} p50`, ms(p50), everyone, ratio(p50 / baseline));
    report(`${figure} p95`, ms(percentile(samples, 95)), '', '', '< 50 ms at 100,000');
  }
}

/** GET /api/today against a hello-world route on the same server, over loopback. */
async function measureApi(store: Store, apiSeconds: number): Promise<void> {
  const app = await buildApp({ store, now, webRoot: null });
  app.get('/bench/hello', () => ({ hello: 'world' }));
  await app.listen({ port: 0, host: '127.0.0.1' });
  try {
    const address = app.server.address();
    const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    const load = { seconds: apiSeconds, concurrency: 16 };
    // Hello world before and after, averaged: the machine is shared and drifts during a run.
    const helloBefore = await measureThroughput(`${base}/bench/hello`, load);
    const route = await measureThroughput(`${base}/api/today`, load);
    const helloAfter = await measureThroughput(`${base}/bench/hello`, load);
    const hello = (helloBefore + helloAfter) / 2;
    report(
      'GET /api/today (kept plan)',
      perSecond(route, 'req'),
      `hello ${perSecond(hello, 'req')}`,
      (route / hello).toFixed(2),
      '>= 0.3',
    );
  } finally {
    await app.close();
  }
}

/** One logged contact with its aggregate recomputed, on people picked at random (seeded). */
async function measureLog(deps: Deps, people: number): Promise<void> {
  // Park–Miller: small enough to stay exact in a double, so every run logs on the same people.
  let seed = 42;
  const random = () => {
    seed = (seed * 48_271) % 2_147_483_647;
    return seed / 2_147_483_647;
  };
  const directions = ['outbound', 'inbound', 'mutual'] as const;
  const kinds = ['catch-up', 'ask', 'give', 'thanks'] as const;
  // As the web form sends it: with the date. Demo ids run from 1 in a fresh database.
  const inputs = Array.from({ length: 520 }, (_, i) => ({
    personId: 1 + Math.floor(random() * people),
    occurredOn: today,
    channel: 'email',
    direction: directions[i % directions.length],
    kind: kinds[i % kinds.length],
    summary: 'Benchmark note',
  }));
  await timeEach(inputs.slice(0, 20), (input) => logInteraction(deps, input));
  const logs = await timeEach(inputs.slice(20), (input) => logInteraction(deps, input));
  report('log with aggregate update p50 (500 logs)', ms(percentile(logs, 50)), '', '');
  report('log with aggregate update p95', ms(percentile(logs, 95)), '', '', '< 5 ms at 100,000');
}

/** Two significant figures below 1, so a warm plan 500 times quicker than the baseline is not 0.00. */
function ratio(value: number): string {
  return value < 1 ? value.toPrecision(2) : value.toFixed(2);
}
