// The load bench's harness, small and short: a few signed-in accounts hammering today, search and
// person pages over loopback must get no errors, and never a person from another account.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runAccountsLoad, seedAccounts, type LoadUser } from '../../bench/accounts-load.js';
import { describeEachDialect } from '../dialects.js';
import { buildServerModeApp } from '../server-mode.js';

describeEachDialect('accounts under load', ({ store }) => {
  let app: FastifyInstance;
  let users: LoadUser[];
  let url: string;
  beforeAll(async () => {
    users = await seedAccounts(store(), { accounts: 4, people: 120, now: () => new Date() });
    app = (await buildServerModeApp(store())).app;
    url = await app.listen({ host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => app.close());

  it('answers every request of every account, each with only that account’s people', async () => {
    const result = await runAccountsLoad({ url, users, seconds: 2, verify: true });
    // Each account has gone round its three requests at least once, however busy the machine.
    expect(result.requests).toBeGreaterThanOrEqual(users.length * 3);
    expect({
      errors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
      foreign: result.foreign,
    }).toEqual({ errors: 0, timeouts: 0, non2xx: 0, foreign: [] });
  });

  it('notices an answer with people the asking account does not have', async () => {
    // Each user is told the next user's people are theirs, so every page of their own is foreign.
    const mixed = users.map((user, i) => ({
      ...user,
      personIds: users[(i + 1) % users.length]?.personIds ?? new Set<number>(),
    }));
    const result = await runAccountsLoad({ url, users: mixed, seconds: 1, verify: true });
    expect(result.foreign.length).toBeGreaterThan(0);
    expect(result.foreign[0]).toMatch(/^(today|search|person page) for \S+ showed person \d+$/);
  });

  it('signs in with personal API tokens as well as session cookies', async () => {
    const scripts = await seedAccounts(store(), {
      accounts: 2,
      people: 30,
      signIn: 'token',
      first: users.length,
      now: () => new Date(),
    });
    expect(scripts[0]?.signedIn.authorization).toMatch(/^Bearer /);
    expect(users[0]?.signedIn.cookie).toMatch(/^kith_session=/);
    const result = await runAccountsLoad({ url, users: scripts, seconds: 1, verify: true });
    expect(result.requests).toBeGreaterThanOrEqual(scripts.length * 3);
    expect([result.errors, result.timeouts, result.non2xx, result.foreign]).toEqual([0, 0, 0, []]);
  });

  it('gives each account its own network, so a person from another account would be noticed', () => {
    const [a, b] = users;
    expect(a && b).toBeTruthy();
    const shared = [...(a?.personIds ?? [])].filter((id) => b?.personIds.has(id));
    expect(shared).toEqual([]);
    expect(a?.pages.length).toBeGreaterThan(2);
    expect(a?.queries).not.toEqual(b?.queries);
  });
});
