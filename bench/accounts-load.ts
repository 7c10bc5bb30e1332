// Server mode under load: many accounts, each with its own demo network and API token, and an
// autocannon run where every connection is one signed-in person asking for today, a search and a
// person page of their own network. Shared by the load bench and its quick test.
import autocannon from 'autocannon';
import { sql } from 'kysely';
import { addLogin } from '../src/services/accounts.js';
import { createApiToken } from '../src/services/api-tokens.js';
import { loadDemo } from '../src/services/load-demo.js';
import { findLoginByEmail } from '../src/store/account-logins.repo.js';
import { countPeopleRows } from '../src/store/backup.repo.js';
import { hashPassword } from '../src/services/secrets.js';
import { signIn } from '../src/services/sign-in.js';
import { sessionCookie } from '../src/server/sign-in.js';
import type { Store } from '../src/store/store.js';

/** How the load signs in: a browser's session cookie, or a script's personal API token. */
export type LoadSignIn = 'session' | 'token';

export interface LoadUser {
  accountId: string;
  /** The header that signs each request in: a session cookie or a Bearer token. */
  signedIn: Record<string, string>;
  /** Every person id in the account, to check that no answer shows someone else's. */
  personIds: ReadonlySet<number>;
  /** The person pages and searches the user asks for, in turn. */
  pages: number[];
  queries: string[];
}

/** `accounts` accounts with `people` demo people each (a different network per account). */
export async function seedAccounts(
  store: Store,
  options: {
    accounts: number;
    people: number;
    now: () => Date;
    signIn?: LoadSignIn;
    /** The number of the first account, so a second call adds new ones (load-4@…, seed 5…). */
    first?: number;
    parallel?: number;
  },
): Promise<LoadUser[]> {
  // One argon2id hash for every account, each then signed in once through the sign-in service.
  const password = 'load test password';
  const passwordHash = await hashPassword(password);
  const deps = { store, now: options.now };
  const first = options.first ?? 0;
  const indexes = Array.from({ length: options.accounts }, (_, i) => i);
  const users: LoadUser[] = [];
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < indexes.length; i = next++) {
      const email = `load-${first + i}@example.org`;
      // An account a kept database already holds is used as it is (see BENCH_LOAD_KEEP).
      const kept = await findLoginByEmail(store, email);
      const role = first + i === 0 ? 'owner' : 'member';
      const accountId =
        kept?.account_id ?? (await addLogin(deps, { email, passwordHash, role })).id;
      if ((await countPeopleRows(store, accountId)) === 0) {
        await loadDemo(
          { store, accountId, now: options.now },
          { people: options.people, seed: first + i + 1 },
        );
      }
      const signedIn: Record<string, string> =
        options.signIn === 'token'
          ? {
              authorization: `Bearer ${(await createApiToken(deps, { accountId, name: 'load' })).token}`,
            }
          : {
              cookie: `${sessionCookie}=${(await signIn(deps, { email, password })).secret}`,
            };
      users[i] = { accountId, signedIn, ...(await readUser(store, accountId)) };
    }
  };
  await Promise.all(Array.from({ length: options.parallel ?? 2 }, worker));
  return users;
}

async function readUser(
  store: Store,
  accountId: string,
): Promise<Pick<LoadUser, 'personIds' | 'pages' | 'queries'>> {
  const rows = await store.db
    .selectFrom('people')
    .select(['id', 'name', 'company'])
    .where('account_id', '=', accountId)
    .orderBy('id')
    .execute();
  const ids = rows.map((row) => Number(row.id));
  // Every 37th person, so pages spread over the whole network rather than its first rows.
  const sample = rows.filter((_, i) => i % 37 === 0);
  return {
    personIds: new Set(ids),
    pages: sample.map((row) => Number(row.id)),
    queries: sample.flatMap((row, i) => {
      const [first = 'a', last = 'b'] = row.name.split(' ');
      return [i % 2 === 0 ? first : last.slice(0, 3), row.company ?? first];
    }),
  };
}

export interface LoadResult {
  requests: number;
  perSecond: number;
  p50: number;
  p99: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  /** How many answers had each status, e.g. { '200': 2811, '503': 29 }. */
  statuses: Record<string, number>;
  /** The first few answers that were not 2xx: route, status and the start of the body. */
  refused: string[];
  /** Answers that named a person outside the asking account (checked only with `verify`). */
  foreign: string[];
}

/**
 * One connection per user, each sending today, a search and a person page in turn, signed in as
 * that user; `verify` also reads every answer and records any person that is not the user's.
 */
export async function runAccountsLoad(options: {
  url: string;
  users: LoadUser[];
  seconds: number;
  verify?: boolean;
}): Promise<LoadResult> {
  const foreign: string[] = [];
  const refused: string[] = [];
  let client = 0;
  const result = await autocannon({
    url: options.url,
    connections: options.users.length,
    duration: options.seconds,
    // Loopback only, bounded: a request slower than this counts as a timeout, not a hang.
    timeout: 30,
    setupClient: (connection) => {
      const user = options.users[client++ % options.users.length];
      if (user) {
        connection.setRequests(
          requestsFor(user, { foreign: options.verify ? foreign : null, refused }),
        );
      }
    },
  });
  return {
    requests: result.requests.total,
    perSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    statuses: statusesOf(result),
    refused,
    foreign,
  };
}

function statusesOf(result: autocannon.Result): Record<string, number> {
  const stats = (result as { statusCodeStats?: Record<string, { count: number }> }).statusCodeStats;
  return Object.fromEntries(Object.entries(stats ?? {}).map(([code, { count }]) => [code, count]));
}

/** The user's three requests; each search and page moves on to the next of the user's own. */
function requestsFor(
  user: LoadUser,
  found: { foreign: string[] | null; refused: string[] },
): autocannon.Request[] {
  const headers = { ...user.signedIn, accept: 'application/json' };
  let turn = 0;
  const { foreign, refused } = found;
  // Reading answers costs the load generator time, so bodies are parsed only to verify.
  const check =
    (what: string, ids: (body: unknown) => number[]) => (status: number, body: string) => {
      if (status >= 300) {
        if (refused.length < 5) refused.push(`${what}: ${status} ${body.slice(0, 200)}`);
        return;
      }
      if (!foreign) return;
      for (const id of ids(JSON.parse(body))) {
        if (!user.personIds.has(id))
          foreign.push(`${what} for ${user.accountId} showed person ${id}`);
      }
    };
  return [
    {
      method: 'GET',
      path: '/api/today',
      headers,
      onResponse: check('today', (body) =>
        (body as { actions: Array<{ personId: number }> }).actions.map((a) => a.personId),
      ),
    },
    {
      method: 'GET',
      headers,
      setupRequest: (request) => {
        const query = user.queries[turn % user.queries.length] ?? 'a';
        return { ...request, path: `/api/people?limit=20&query=${encodeURIComponent(query)}` };
      },
      onResponse: check('search', (body) =>
        (body as { people: Array<{ id: number }> }).people.map((p) => p.id),
      ),
    },
    {
      method: 'GET',
      headers,
      setupRequest: (request) => {
        const id = user.pages[turn++ % user.pages.length] ?? 0;
        return { ...request, path: `/api/people/${id}` };
      },
      onResponse: check('person page', (body) => {
        const page = body as { person: { id: number }; timeline: Array<{ personId: number }> };
        return [page.person.id, ...page.timeline.map((t) => t.personId)];
      }),
    },
  ];
}

/** Requests per second to one route with the same connections, for the bench's baseline. */
export async function measureRoute(
  url: string,
  options: { connections: number; seconds: number },
): Promise<LoadResult> {
  const result = await autocannon({
    url,
    connections: options.connections,
    duration: options.seconds,
    timeout: 30,
  });
  return {
    requests: result.requests.total,
    perSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    statuses: statusesOf(result),
    refused: [],
    foreign: [],
  };
}

/** Rows the seed wrote, for the bench's header line. */
export async function countRows(store: Store): Promise<{ people: number; interactions: number }> {
  const count = async (table: 'people' | 'interactions') =>
    Number(
      (await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(store.db))
        .rows[0]?.n ?? 0,
    );
  return { people: await count('people'), interactions: await count('interactions') };
}

/** The median time of each route alone, one request at a time as one user, after the load. */
export async function timeRoutes(url: string, user: LoadUser): Promise<Record<string, number>> {
  const headers = { ...user.signedIn, accept: 'application/json' };
  const routes = {
    today: () => '/api/today',
    search: (i: number) =>
      `/api/people?limit=20&query=${encodeURIComponent(user.queries[i % user.queries.length] ?? 'a')}`,
    'person page': (i: number) => `/api/people/${user.pages[i % user.pages.length] ?? 0}`,
  };
  const medians: Record<string, number> = {};
  for (const [name, path] of Object.entries(routes)) {
    const times: number[] = [];
    for (let i = 0; i < 20; i++) {
      const start = performance.now();
      const response = await fetch(`${url}${path(i)}`, { headers });
      await response.arrayBuffer();
      times.push(performance.now() - start);
    }
    medians[name] = times.sort((a, b) => a - b)[10] ?? Number.NaN;
  }
  return medians;
}
