// Complete isolation in server mode: every route in /openapi.json, tried as account A with account
// B's ids (people, interactions, duplicates, merges, tokens, groups, the account), must neither show
// nor change B's data.
// Routes are read from the document, so a new route is walked without editing this file.
import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createGroup } from '../../src/services/groups.js';
import type { Store } from '../../src/store/store.js';
import { describeEachDialect } from '../dialects.js';
import { buildServerModeApp, fromKithPage, sessionOf, type ServerModeApp } from '../server-mode.js';
import { bodyOf, operationsOf, urlOf, type IdSource, type Operation } from './openapi-walk.js';

const password = 'correct horse battery';
/** Every text of B's carries this word; it must never reach A. */
const marker = 'brackwater';

interface Seeded {
  cookie: string;
  ids: Array<number | string>;
  /** More of the account's own pages that must look the same after the walk. */
  pages?: string[];
}

describeEachDialect('isolation between accounts', ({ store }) => {
  let served: ServerModeApp;
  let app: FastifyInstance;
  let a: Seeded;
  let b: Seeded;
  let operations: Operation[];
  beforeAll(async () => {
    // It signs A back in after every route that signs A out, far more often than sign-in's limit.
    served = await buildServerModeApp(store(), { signUp: 'open', rateLimits: false });
    app = served.app;
    a = await seedA(app);
    b = await seedB(app, store());
    operations = operationsOf(app.swagger() as Parameters<typeof operationsOf>[0]);
  }, 120_000);
  afterAll(async () => app.close());

  it('answers 401 on every route that is not public when no one is signed in', async () => {
    const open: string[] = [];
    for (const operation of operations.filter((op) => !op.public)) {
      const ids = cycle(b.ids);
      const response = await app.inject(requestFor(operation, ids, null));
      if (response.statusCode !== 401)
        open.push(`${operation.method} ${operation.path}: ${response.statusCode}`);
    }
    expect(open).toEqual([]);
  });

  it("never shows or changes B's data, whatever route A calls with B's ids", async () => {
    const before = await snapshotOf(app, b);
    const leaks: string[] = [];
    const failures: string[] = [];
    const reachedService = new Set<string>();
    const refusals = new Map<string, string>();
    // Changes to A's own data and sign-outs go last, so A's ids stay valid for the rest of the walk.
    const ordered = [...operations].sort((x, y) => weight(x) - weight(y));
    for (const operation of ordered) {
      if (operation.mediaType && operation.mediaType !== 'application/json') continue;
      for (const slots of variants(a.ids, b.ids)) {
        a.cookie = await stillSignedIn(app, a, 'a@example.org');
        const response = await app.inject(requestFor(operation, cycle(slots), a.cookie));
        const label = `${operation.method} ${urlOf(operation, cycle(slots))}`;
        if (response.body.toLowerCase().includes(marker))
          leaks.push(`${label} → ${response.statusCode}`);
        if (response.statusCode >= 500) failures.push(`${label} → ${response.statusCode}`);
        const key = `${operation.method} ${operation.path}`;
        const door = response.statusCode === 401 && !operation.public;
        if (response.statusCode !== 400 && !door) reachedService.add(key);
        else refusals.set(key, `${response.statusCode} ${response.body.slice(0, 300)}`);
      }
    }
    expect(leaks).toEqual([]);
    expect(failures).toEqual([]);
    expect(await snapshotOf(app, b)).toEqual(before);
    // The walk is only worth something if the bodies it builds get past validation.
    const walked = ordered.filter((op) => !op.mediaType || op.mediaType === 'application/json');
    const stopped = walked
      .map((op) => `${op.method} ${op.path}`)
      .filter((key) => !reachedService.has(key))
      .map((key) => `${key}: ${refusals.get(key)}`);
    expect(stopped).toEqual([]);
  }, 600_000);
});

/** Path params first, then the body's numbers in order: B's ids in pairs, and A's beside B's. */
function variants(mine: Array<number | string>, theirs: Array<number | string>) {
  const out: Array<Array<number | string>> = [];
  theirs.forEach((id, index) => {
    out.push([id, theirs[(index + 1) % theirs.length]!]);
    const own = mine[index % mine.length]!;
    out.push([own, id], [id, own]);
  });
  return out;
}

function cycle(values: Array<number | string>): IdSource {
  let index = 0;
  return () => values[index++ % values.length]!;
}

function requestFor(operation: Operation, ids: IdSource, cookie: string | null): InjectOptions {
  const url = urlOf(operation, ids);
  return {
    method: operation.method,
    url,
    headers: cookie ? { ...fromKithPage, cookie } : {},
    ...(operation.body ? { payload: bodyOf(operation.body, ids) as object } : {}),
  };
}

function weight(operation: Operation): number {
  if (/session|password|restore/.test(operation.path) && operation.method !== 'GET') return 3;
  if (operation.method === 'DELETE') return 2;
  return operation.method === 'GET' ? 0 : 1;
}

/** A's session, signing A in again if the walk signed A out (sign out, sign out everywhere, reset). */
async function stillSignedIn(app: FastifyInstance, account: Seeded, email: string) {
  const state = await app.inject({
    method: 'GET',
    url: '/api/account',
    headers: { ...fromKithPage, cookie: account.cookie },
  });
  if (state.statusCode === 200) return account.cookie;
  const signedIn = await app.inject({
    method: 'POST',
    url: '/api/session',
    payload: { email, password },
  });
  return sessionOf(signedIn);
}

/** Everything of B's that A might read or change: the backup, tokens, account, groups, playbook. */
async function snapshotOf(app: FastifyInstance, { cookie, pages = [] }: Seeded) {
  const get = async (url: string) => {
    const response = await app.inject({ method: 'GET', url, headers: { ...fromKithPage, cookie } });
    expect(response.statusCode).toBe(200);
    return response.body;
  };
  // The backup's first line says when it was made; the rest is the data.
  const backup = (await get('/api/backup')).split('\n').slice(1).join('\n');
  const groups = await get('/api/groups');
  const details = [];
  for (const group of JSON.parse(groups) as Array<{ id: string }>) {
    details.push(
      await get(`/api/groups/${group.id}`),
      await get(`/api/groups/${group.id}/network`),
    );
  }
  const more: Record<string, string> = {};
  for (const page of pages) more[page] = await get(page);
  return {
    backup,
    tokens: await get('/api/tokens'),
    account: await get('/api/account'),
    groups,
    details,
    more,
  };
}

async function signUp(app: FastifyInstance, email: string): Promise<string> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/accounts',
    payload: { email, password },
  });
  expect(response.statusCode).toBe(201);
  return sessionOf(response);
}

async function post<T>(
  app: FastifyInstance,
  cookie: string,
  url: string,
  payload: object,
): Promise<T> {
  const response = await app.inject({
    method: 'POST',
    url,
    headers: { ...fromKithPage, cookie },
    payload,
  });
  expect(response.statusCode, `${url}: ${response.body}`).toBeLessThan(300);
  return response.json<T>();
}

async function seedA(app: FastifyInstance): Promise<Seeded> {
  const cookie = await signUp(app, 'a@example.org');
  const people = [];
  for (const name of ['Ada Fenwick', 'Otto Fenwick']) {
    people.push(
      (await post<{ id: number }>(app, cookie, '/api/people', { name, company: 'Acme' })).id,
    );
  }
  const talk = await post<{ id: number }>(app, cookie, '/api/interactions', {
    personId: people[0],
    occurredOn: '2026-11-20',
    channel: 'call',
    summary: 'talked about roles',
  });
  const group = await post<{ id: string }>(app, cookie, '/api/groups', { name: 'Acme circle' });
  return { cookie, ids: [...people, talk.id, group.id] };
}

/**
 * B has people, a timeline, a kept plan, a duplicate pair, a merge, a token, and a group whose
 * playbook has an entry, a comment, a vote and a saved template, all marked.
 */
async function seedB(app: FastifyInstance, store: Store): Promise<Seeded> {
  const cookie = await signUp(app, 'b@example.org');
  const put = await app.inject({
    method: 'PUT',
    url: '/api/profile',
    headers: { ...fromKithPage, cookie },
    payload: { name: 'Bea Brackwater', goal: 'job-search', weeklyMinutes: 60 },
  });
  expect(put.statusCode).toBe(200);
  const person = (name: string, email: string) =>
    post<{ id: number }>(app, cookie, '/api/people', {
      name,
      emails: [email],
      company: 'Brackwater Ltd',
      notes: `private note, ${marker}`,
    });
  const quill = await person('Quill Brackwater', 'quill@brackwater.example');
  const quillTwin = await person('Quillon Brackwater', 'quill@brackwater.example');
  const mira = await person('Mira Brackwater', 'mira@brackwater.example');
  const miraTwin = await person('Mirabel Brackwater', 'mira.b@brackwater.example');
  const talks = [];
  for (const personId of [quill.id, mira.id]) {
    talks.push(
      await post<{ id: number }>(app, cookie, '/api/interactions', {
        personId,
        occurredOn: '2026-11-18',
        channel: 'meeting',
        summary: `coffee about ${marker} plans`,
      }),
    );
  }
  await app.inject({ method: 'GET', url: '/api/today', headers: { ...fromKithPage, cookie } });
  const merge = await post<{ mergeId: number }>(app, cookie, '/api/merges', {
    a: mira.id,
    b: miraTwin.id,
  });
  const duplicates = await app.inject({
    method: 'GET',
    url: '/api/duplicates',
    headers: { ...fromKithPage, cookie },
  });
  const reviews = duplicates.json<{ reviews: Array<{ id: number }> }>().reviews;
  const token = await post<{ id: string }>(app, cookie, '/api/tokens', {
    name: `${marker} script`,
  });
  // B's group sees B's people (company only, by default); A is in no group of B's.
  const group = await post<{ id: string }>(app, cookie, '/api/groups', {
    name: `${marker} circle`,
  });
  const account = await app.inject({
    method: 'GET',
    url: '/api/account',
    headers: { ...fromKithPage, cookie },
  });
  const playbook = await seedPlaybook(app, store, cookie);
  return {
    cookie,
    pages: playbook.pages,
    ids: [
      ...playbook.ids,
      quill.id,
      quillTwin.id,
      mira.id,
      ...talks.map((talk) => talk.id),
      ...reviews.map((review) => review.id),
      merge.mergeId,
      token.id,
      group.id,
      account.json<{ id: string }>().id,
    ],
  };
}

/** B's own group, with an entry, a comment, B's vote and B's saved copy: ids A must not reach. */
async function seedPlaybook(app: FastifyInstance, store: Store, cookie: string) {
  const account = await app.inject({
    method: 'GET',
    url: '/api/account',
    headers: { ...fromKithPage, cookie },
  });
  const accountId = account.json<{ id: string }>().id;
  const group = await createGroup(
    { store, accountId, now: () => new Date() },
    { name: `The ${marker} club` },
  );
  const entries = `/api/playbook/groups/${group.id}/entries`;
  const entry = await post<{ id: string }>(app, cookie, entries, {
    kind: 'tip',
    title: `the ${marker} opener`,
    body: `ask about ${marker} first`,
  });
  const comment = await post<{ id: string }>(
    app,
    cookie,
    `/api/playbook/entries/${entry.id}/comments`,
    {
      body: `the ${marker} way worked`,
    },
  );
  const vote = await app.inject({
    method: 'PUT',
    url: `/api/playbook/entries/${entry.id}/vote`,
    headers: { ...fromKithPage, cookie },
  });
  expect(vote.statusCode).toBe(200);
  const template = await post<{ id: string }>(
    app,
    cookie,
    `/api/playbook/entries/${entry.id}/template`,
    {},
  );
  return {
    ids: [group.id, entry.id, comment.id, template.id],
    pages: [entries, `/api/playbook/entries/${entry.id}`, '/api/playbook/templates'],
  };
}
