// Server mode under load: `kith serve --accounts` as its own process, many accounts, one signed-in
// connection per account asking for today, a search and a person page, over loopback.
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { openPostgres, openSqlite, type OpenStore } from '../src/store/open.js';
import {
  countRows,
  measureRoute,
  runAccountsLoad,
  seedAccounts,
  timeRoutes,
  type LoadSignIn,
} from './accounts-load.js';
import { header, ms, perSecond, report } from './stats.js';

export interface AccountsBenchOptions {
  accounts: number;
  people: number;
  seconds: number;
  signIn: LoadSignIn;
}

/** Where the server keeps its data: a SQLite home, or a PostgreSQL schema of its own. */
interface Place {
  label: string;
  open(): Promise<OpenStore>;
  env: Record<string, string>;
  cleanup(): Promise<void>;
}

export async function benchAccountsSqlite(options: AccountsBenchOptions): Promise<void> {
  const home = mkdtempSync(join(tmpdir(), 'kith-load-'));
  await benchAccounts(options, {
    label: 'SQLite',
    open: () => openSqlite({ path: join(home, 'kith.db') }),
    env: { KITH_HOME: home, DATABASE_URL: '' },
    cleanup: () => Promise.resolve(rmSync(home, { recursive: true, force: true })),
  });
}

export async function benchAccountsPostgres(
  options: AccountsBenchOptions & { url: string; keep: boolean },
): Promise<void> {
  // A kept schema is reused by the next run, which then skips the slow seeding.
  const schema = options.keep ? 'kith_load_kept' : `kith_load_${process.pid}`;
  const url = new URL(options.url);
  // The server process finds the bench's schema through the connection's search_path.
  url.searchParams.set('options', `-c search_path=${schema}`);
  await benchAccounts(options, {
    label: 'PostgreSQL',
    open: () => openPostgres({ url: options.url, schema }),
    env: { DATABASE_URL: url.toString() },
    cleanup: async () => {
      if (options.keep) return;
      const store = await openPostgres({ url: options.url, schema });
      await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(store.db);
      await store.close();
    },
  });
}

async function benchAccounts(options: AccountsBenchOptions, place: Place): Promise<void> {
  const { accounts, people, seconds, signIn } = options;
  const how = signIn === 'token' ? 'API tokens' : 'session cookies';
  header(
    `server mode: ${accounts} accounts × ${people.toLocaleString('en-US')} people, ${how} (${place.label})`,
  );
  try {
    const store = await place.open();
    const start = performance.now();
    const users = await seedAccounts(store, { accounts, people, signIn, now: () => new Date() });
    const rows = await countRows(store);
    const took = (performance.now() - start) / 1000;
    report(
      'seed accounts, people and interactions',
      `${took.toFixed(1)} s`,
      `${rows.people.toLocaleString('en-US')} people`,
      '',
      `${rows.interactions.toLocaleString('en-US')} interactions`,
    );
    await store.close();

    const server = await startServer(place.env);
    try {
      const connections = users.length;
      // The baseline: the liveness route, which asks nothing of the database or the sign-in.
      const hello = await measureRoute(`${server.url}/healthz`, { connections, seconds: 10 });
      const before = residentMemory(server.child);
      const load = await fromLoadAverage(() =>
        runAccountsLoad({ url: server.url, users, seconds }),
      );
      const after = residentMemory(server.child);
      const { result } = load;
      report(
        `today, search, person page: ${connections} users, ${seconds} s`,
        perSecond(result.perSecond, 'req'),
        `/healthz ${perSecond(hello.perSecond, 'req')}`,
        (result.perSecond / hello.perSecond).toFixed(3),
        `${result.requests.toLocaleString('en-US')} requests`,
      );
      report('latency p50', ms(result.p50), `/healthz ${ms(hello.p50)}`, '', '');
      report('latency p99', ms(result.p99), `/healthz ${ms(hello.p99)}`, '', '');
      const failed = result.errors + result.timeouts + result.non2xx;
      report(
        'errors, timeouts, non-2xx',
        `${result.errors}, ${result.timeouts}, ${result.non2xx}`,
        '',
        '',
        failed === 0 ? '= 0 ✓' : '= 0 ✗',
      );
      const codes = Object.entries(result.statuses)
        .map(([code, count]) => `${code}: ${count}`)
        .join(', ');
      report('answers by status', codes, '', '', '');
      for (const line of result.refused) console.log(`  first refusals: ${line}`);
      const alone = await timeRoutes(server.url, users[0]!);
      report(
        'each route alone, median of 20',
        Object.entries(alone)
          .map(([route, took]) => `${route} ${ms(took)}`)
          .join(', '),
        '',
        '',
        '',
      );
      report('server RSS before and after the load', `${before} → ${after} MB`, '', '', '');
      report('load average (1 min) before and after', `${load.before} → ${load.after}`, '', '', '');
    } finally {
      await server.stop();
    }
  } finally {
    await place.cleanup();
  }
}

async function fromLoadAverage<T>(
  work: () => Promise<T>,
): Promise<{ result: T; before: string; after: string }> {
  const before = (loadavg()[0] ?? 0).toFixed(2);
  const result = await work();
  return { result, before, after: (loadavg()[0] ?? 0).toFixed(2) };
}

/** The server's resident set in MB, read from /proc (Linux); '?' elsewhere. */
function residentMemory(child: ChildProcess): string {
  try {
    const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
    const kb = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1]);
    return Number.isFinite(kb) ? (kb / 1024).toFixed(0) : '?';
  } catch {
    return '?';
  }
}

/** `kith serve --accounts` in one Node process (no tsx wrapper, so its pid is the server's). */
async function startServer(
  env: Record<string, string>,
): Promise<{ url: string; child: ChildProcess; stop: () => Promise<void> }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join('src', 'cli', 'entry.ts'), 'serve', '--accounts', '--port', '0'],
    { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    const look = (chunk: Buffer) => {
      // Only the start is kept: the request log that follows is read and let go.
      if (out.length < 100_000) out += chunk.toString('utf8');
      const found = /Kith is running at (\S+)/.exec(out)?.[1];
      if (found) resolve(found.replace('//localhost:', '//127.0.0.1:'));
    };
    child.stdout?.on('data', look);
    // BENCH_LOAD_LOG=/path keeps the server's request log, to see why an answer was not 2xx.
    const log = process.env.BENCH_LOAD_LOG;
    if (log) child.stdout?.on('data', (chunk: Buffer) => appendFileSync(log, chunk));
    child.stderr?.on('data', look);
    void exited.then(() => reject(new Error(`kith serve stopped: ${out}`)));
  });
  return {
    url,
    child,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
