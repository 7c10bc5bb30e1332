// Dead sessions, invitations and reset links are deleted: on start, hourly while serving, and by
// the service on a fixed clock; live ones, and API tokens, stay.
import { afterAll, afterEach, beforeAll, expect, it, vi } from 'vitest';
import { describeEachDialect } from '../../test/dialects.js';
import {
  buildServerModeApp,
  fromKithPage,
  signUpOwnerAndMember,
  type ServerModeApp,
} from '../../test/server-mode.js';
import { removeExpiredSecrets } from '../services/expired-secrets.js';
import { expiredSweepEveryMs } from './server-mode.js';

const start = new Date('2026-11-30T12:00:00Z');
const later = (hours: number) => new Date(start.getTime() + hours * 60 * 60 * 1000);

describeEachDialect('expired sign-in secrets', ({ store }) => {
  let clock = start;
  let first: ServerModeApp;
  let second: ServerModeApp | undefined;

  const counts = async () => {
    const db = store().db;
    const secrets = await db.selectFrom('account_secrets').select('kind').execute();
    return {
      sessions: secrets.filter((s) => s.kind === 'session').length,
      tokens: secrets.filter((s) => s.kind === 'token').length,
      invitations: (await db.selectFrom('invitations').select('secret_hash').execute()).length,
      resets: (await db.selectFrom('password_resets').select('secret_hash').execute()).length,
    };
  };

  beforeAll(async () => {
    first = await buildServerModeApp(store(), { now: () => clock });
    const { owner, member } = await signUpOwnerAndMember(first, store(), {
      owner: 'owner@example.org',
      member: 'member@example.org',
    });
    const post = (url: string, cookie: string, payload: object) =>
      first.app.inject({ method: 'POST', url, headers: { ...fromKithPage, cookie }, payload });
    expect((await post('/api/tokens', member, { name: 'laptop' })).statusCode).toBe(201);
    expect((await post('/api/invitations', owner, {})).statusCode).toBe(201);
    const reset = await first.app.inject({
      method: 'POST',
      url: '/api/password-resets',
      payload: { email: 'member@example.org' },
    });
    expect(reset.statusCode).toBe(202);
  });
  afterEach(() => vi.useRealTimers());
  afterAll(async () => {
    await first.app.close();
    await second?.app.close();
  });

  it('keeps everything that can still work, and deletes used links at once', async () => {
    expect(await counts()).toEqual({ sessions: 2, tokens: 1, invitations: 3, resets: 1 });
    clock = later(0.5);
    const removed = await removeExpiredSecrets({ store: store(), now: () => clock });
    // The owner's and the member's invitations were used when they signed up.
    expect(removed).toEqual({ sessions: 0, invitations: 2, passwordResets: 0 });
    expect(await counts()).toEqual({ sessions: 2, tokens: 1, invitations: 1, resets: 1 });
  });

  it('deletes a reset link once its hour is over', async () => {
    clock = later(1);
    const removed = await removeExpiredSecrets({ store: store(), now: () => clock });
    expect(removed).toEqual({ sessions: 0, invitations: 0, passwordResets: 1 });
  });

  it('on start, deletes sessions past their 30 days and invitations past their 7', async () => {
    clock = later(31 * 24);
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    second = await buildServerModeApp(store(), { now: () => clock, rateLimits: false });
    expect(await counts()).toEqual({ sessions: 0, tokens: 1, invitations: 0, resets: 0 });

    // While it serves: a new session, expired a month on, is gone after the next hourly sweep.
    const signIn = await second.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { email: 'member@example.org', password: 'correct horse battery' },
    });
    expect(signIn.statusCode).toBe(200);
    expect((await counts()).sessions).toBe(1);
    clock = later(62 * 24);
    await vi.advanceTimersByTimeAsync(expiredSweepEveryMs);
    await expect.poll(async () => (await counts()).sessions).toBe(0);
    expect((await counts()).tokens).toBe(1);
  });
});
