// Server mode's sign-in, sign-up, reset, tokens and sessions, over HTTP on both dialects.
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/dialects.js';
import {
  buildServerModeApp,
  fromKithPage,
  lastSecret,
  sessionOf,
  signUpOwnerAndMember,
  type ServerModeApp,
} from '../../test/server-mode.js';

const password = 'correct horse battery';

describeEachDialect('server mode accounts', ({ store }) => {
  let served: ServerModeApp;
  let clock = new Date('2026-11-30T12:00:00Z');
  let owner: string;
  let member: string;
  beforeAll(async () => {
    served = await buildServerModeApp(store(), { now: () => clock });
    ({ owner, member } = await signUpOwnerAndMember(served, store(), {
      owner: 'Owner@Example.org',
      member: 'member@example.org',
    }));
  });
  afterAll(async () => served.app.close());

  const inject = (options: InjectOptions) => served.app.inject(options);
  /** The status a GET answers for whoever holds this session cookie. */
  const statusOf = async (url: string, cookie: string) =>
    (await inject({ method: 'GET', url, headers: { ...fromKithPage, cookie } })).statusCode;
  const signIn = (email: string, pass = password) =>
    inject({ method: 'POST', url: '/api/session', payload: { email, password: pass } });

  it('refuses the API without a session, and says sign-in is required', async () => {
    const people = await inject({ method: 'GET', url: '/api/people' });
    expect(people.statusCode).toBe(401);
    expect(people.json()).toMatchObject({ code: 'UNAUTHORIZED' });
    const state = await inject({ method: 'GET', url: '/api/session' });
    expect(state.json()).toEqual({ signInRequired: true, signUp: 'invitation', account: null });
    // A load balancer's health check signs in as nobody.
    expect((await inject({ method: 'GET', url: '/api/health' })).json()).toEqual({ ok: true });
  });

  it('signs in with a case-folded email and sets an HttpOnly, SameSite=Lax cookie, not Secure over plain HTTP', async () => {
    const response = await signIn('  OWNER@example.ORG ');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ email: 'owner@example.org', role: 'owner' });
    const cookie = response.cookies.find((c) => c.name === 'kith_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie?.secure).toBeUndefined();
    const state = await inject({
      method: 'GET',
      url: '/api/session',
      headers: { ...fromKithPage, cookie: sessionOf(response) },
    });
    expect(state.json()).toMatchObject({ account: { email: 'owner@example.org' } });
  });

  it('marks the cookie Secure behind a trusted HTTPS proxy', async () => {
    const proxied = await buildServerModeApp(store(), { trustProxy: true });
    const response = await proxied.app.inject({
      method: 'POST',
      url: '/api/session',
      headers: { 'x-forwarded-proto': 'https' },
      payload: { email: 'owner@example.org', password },
    });
    await proxied.app.close();
    expect(response.cookies.find((c) => c.name === 'kith_session')).toMatchObject({
      secure: true,
      httpOnly: true,
      sameSite: 'Lax',
    });
  });

  it('answers a wrong password the same way whether or not the account exists, in similar time', async () => {
    const timed = async (email: string) => {
      const started = performance.now();
      const response = await signIn(email, 'not the password');
      return { response, ms: performance.now() - started };
    };
    // Warm both paths once (the decoy hash is made on first use), then time a few of each.
    await timed('owner@example.org');
    await timed('nobody@example.org');
    const known: number[] = [];
    const unknown: number[] = [];
    for (let round = 0; round < 5; round++) {
      const a = await timed('owner@example.org');
      const b = await timed('nobody@example.org');
      expect(a.response.statusCode).toBe(401);
      expect(b.response.statusCode).toBe(401);
      expect(a.response.body).toBe(b.response.body);
      known.push(a.ms);
      unknown.push(b.ms);
    }
    // Both run one argon2id check; a missing account must not answer several times faster. The
    // fastest of five of each is compared: a busy machine slows single runs, never speeds them.
    const ratio = Math.min(...unknown) / Math.min(...known);
    expect(ratio).toBeGreaterThan(0.4);
    expect(ratio).toBeLessThan(2.5);
  });

  it('stops a stolen session cookie once its owner signs out everywhere', async () => {
    const stolen = sessionOf(await signIn('member@example.org'));
    const mine = sessionOf(await signIn('member@example.org'));
    expect(await statusOf('/api/people', stolen)).toBe(200);
    const out = await inject({
      method: 'DELETE',
      url: '/api/sessions',
      headers: { ...fromKithPage, cookie: mine },
    });
    expect(out.statusCode).toBe(204);
    for (const cookie of [stolen, mine, member]) {
      expect(await statusOf('/api/people', cookie)).toBe(401);
    }
    member = sessionOf(await signIn('member@example.org'));
  });

  it('signs out of one browser only', async () => {
    const other = sessionOf(await signIn('member@example.org'));
    const out = await inject({
      method: 'DELETE',
      url: '/api/session',
      headers: { ...fromKithPage, cookie: other },
    });
    expect(out.statusCode).toBe(204);
    expect(out.cookies.find((c) => c.name === 'kith_session')?.value).toBe('');
    expect(await statusOf('/api/people', other)).toBe(401);
    expect(await statusOf('/api/people', member)).toBe(200);
  });

  it('refuses a reset link that is reused or has expired, and the new password works once set', async () => {
    const ask = () =>
      inject({
        method: 'POST',
        url: '/api/password-resets',
        payload: { email: 'member@example.org' },
      });
    const first = await ask();
    expect(first.statusCode).toBe(202);
    const unknown = await inject({
      method: 'POST',
      url: '/api/password-resets',
      payload: { email: 'nobody@example.org' },
    });
    expect(unknown.body).toBe(first.body);
    const token = lastSecret(served.lines, 'token');
    const reset = (secret: string, next: string) =>
      inject({ method: 'PUT', url: '/api/password', payload: { token: secret, password: next } });

    expect((await reset(token, 'a brand new passphrase')).statusCode).toBe(204);
    expect((await signIn('member@example.org', 'a brand new passphrase')).statusCode).toBe(200);
    expect((await signIn('member@example.org')).statusCode).toBe(401);
    // The reset ended every session, so someone who knew the old password is out too.
    expect(await statusOf('/api/people', member)).toBe(401);

    const reused = await reset(token, 'yet another passphrase');
    expect(reused.statusCode).toBe(403);
    expect(reused.json<{ detail: string }>().detail).toMatch(/expired or was already used/);

    await ask();
    const late = lastSecret(served.lines, 'token');
    clock = new Date(clock.getTime() + 61 * 60 * 1000);
    expect((await reset(late, 'too late for this one')).statusCode).toBe(403);
    expect((await signIn('member@example.org', 'a brand new passphrase')).statusCode).toBe(200);
    member = sessionOf(await signIn('member@example.org', 'a brand new passphrase'));
  });

  it('changes the password, keeping this session and ending the others', async () => {
    const other = sessionOf(await signIn('owner@example.org'));
    const wrong = await inject({
      method: 'PUT',
      url: '/api/account/password',
      headers: { ...fromKithPage, cookie: owner },
      payload: { currentPassword: 'guess guess guess', newPassword: 'owner passphrase two' },
    });
    expect(wrong.statusCode).toBe(422);
    const changed = await inject({
      method: 'PUT',
      url: '/api/account/password',
      headers: { ...fromKithPage, cookie: owner },
      payload: { currentPassword: password, newPassword: 'owner passphrase two' },
    });
    expect(changed.statusCode).toBe(204);
    expect(await statusOf('/api/account', owner)).toBe(200);
    expect(await statusOf('/api/account', other)).toBe(401);
  });

  it('makes a personal token that works as Bearer, is listed without its secret, and stops when revoked', async () => {
    const made = await inject({
      method: 'POST',
      url: '/api/tokens',
      headers: { ...fromKithPage, cookie: member },
      payload: { name: 'backup script' },
    });
    expect(made.statusCode).toBe(201);
    const { id, token } = made.json<{ id: string; token: string }>();
    const bearer = { authorization: `Bearer ${token}` };
    expect((await inject({ method: 'GET', url: '/api/people', headers: bearer })).statusCode).toBe(
      200,
    );
    const listed = await inject({
      method: 'GET',
      url: '/api/tokens',
      headers: { ...fromKithPage, cookie: member },
    });
    const tokens = listed.json<Array<{ id: string; name: string; lastUsedAt: string | null }>>();
    expect(tokens.map((t) => [t.id, t.name, typeof t.lastUsedAt])).toEqual([
      [id, 'backup script', 'string'],
    ]);
    expect(listed.body).not.toContain(token);
    const revoked = await inject({
      method: 'DELETE',
      url: `/api/tokens/${id}`,
      headers: { ...fromKithPage, cookie: member },
    });
    expect(revoked.statusCode).toBe(204);
    expect((await inject({ method: 'GET', url: '/api/people', headers: bearer })).statusCode).toBe(
      401,
    );
  });

  it('serves the calendar feed by its own key, which a new key replaces', async () => {
    const first = await inject({
      method: 'POST',
      url: '/api/calendar-key',
      headers: { ...fromKithPage, cookie: member },
    });
    const url = new URL(first.json<{ url: string }>().url);
    expect((await inject({ method: 'GET', url: '/calendar.ics' })).statusCode).toBe(401);
    const feed = await inject({ method: 'GET', url: `${url.pathname}${url.search}` });
    expect(feed.statusCode).toBe(200);
    expect(feed.body).toContain('BEGIN:VCALENDAR');
    // A calendar key opens the feed and nothing else.
    const key = url.searchParams.get('key')!;
    expect(
      (await inject({ method: 'GET', url: `/api/people?key=${encodeURIComponent(key)}` }))
        .statusCode,
    ).toBe(401);
    await inject({
      method: 'POST',
      url: '/api/calendar-key',
      headers: { ...fromKithPage, cookie: member },
    });
    expect((await inject({ method: 'GET', url: `${url.pathname}${url.search}` })).statusCode).toBe(
      401,
    );
  });

  it('lets only the owner invite, and an invitation works once', async () => {
    const byMember = await inject({
      method: 'POST',
      url: '/api/invitations',
      headers: { ...fromKithPage, cookie: member },
      payload: {},
    });
    expect(byMember.statusCode).toBe(403);
    const made = await inject({
      method: 'POST',
      url: '/api/invitations',
      headers: { ...fromKithPage, cookie: owner },
      payload: {},
    });
    const invitation = lastSecret(served.lines, 'invitation');
    expect(made.json<{ url: string }>().url).toContain(encodeURIComponent(invitation));
    const signUp = (email: string) =>
      inject({ method: 'POST', url: '/api/accounts', payload: { email, password, invitation } });
    expect((await signUp('third@example.org')).statusCode).toBe(201);
    expect((await signUp('fourth@example.org')).statusCode).toBe(403);
    const open = await inject({
      method: 'POST',
      url: '/api/accounts',
      payload: { email: 'walk-in@example.org', password },
    });
    expect(open.statusCode).toBe(403);
  });
  it('refuses a disabled account with the same answer as a wrong password, and ends its sessions', async () => {
    const { disableAccount } = await import('../services/accounts.js');
    const third = sessionOf(await signIn('third@example.org'));
    const wrong = await signIn('third@example.org', 'not the password');
    await disableAccount({ store: store(), now: () => clock }, 'Third@example.org');
    const disabled = await signIn('third@example.org');
    expect(disabled.statusCode).toBe(401);
    expect(disabled.body).toBe(wrong.body);
    expect(await statusOf('/api/people', third)).toBe(401);
  });

  it('keeps an invitation made for one address to that address', async () => {
    await inject({
      method: 'POST',
      url: '/api/invitations',
      headers: { ...fromKithPage, cookie: owner },
      payload: { email: 'Named@Example.org' },
    });
    const invitation = lastSecret(served.lines, 'invitation');
    const other = await inject({
      method: 'POST',
      url: '/api/accounts',
      payload: { email: 'someone.else@example.org', password, invitation },
    });
    expect(other.statusCode).toBe(403);
    expect(other.json<{ detail: string }>().detail).toContain(
      'This invitation is for named@example.org',
    );
    const named = await inject({
      method: 'POST',
      url: '/api/accounts',
      payload: { email: 'named@example.org', password, invitation },
    });
    expect(named.statusCode).toBe(201);
  });

  it('lets anyone sign up when sign-up is open, once per address', async () => {
    const open = await buildServerModeApp(store(), { signUp: 'open' });
    const join = () =>
      open.app.inject({
        method: 'POST',
        url: '/api/accounts',
        payload: { email: 'Walk-In@example.org', password },
      });
    const first = await join();
    const again = await join();
    await open.app.close();
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ email: 'walk-in@example.org', role: 'member' });
    expect(again.statusCode).toBe(409);
  });

  it('slows down password guessing: the eleventh sign-in within a minute waits, with Retry-After', async () => {
    const guesses = [];
    for (let i = 0; i < 11; i += 1) guesses.push(await signIn('guessed@example.org', `guess ${i}`));
    expect(guesses.slice(0, 10).map((answer) => answer.statusCode)).toEqual(Array(10).fill(401));
    const limited = guesses[10];
    expect(limited?.statusCode).toBe(429);
    expect(limited?.json()).toMatchObject({ code: 'RATE_LIMITED' });
    expect(Number(limited?.headers['retry-after'])).toBeGreaterThan(0);
    // Another email's tries are counted apart: a wrong password there is still just wrong.
    expect((await signIn('someone-else@example.org', 'guess')).statusCode).toBe(401);
  });
});
