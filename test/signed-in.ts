// Runs one API suite in both modes on both dialects: the one-user local mode, and server mode
// signed in as a freshly signed-up account whose every request carries its session and Kith's header.
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp, type AppOptions } from '../src/server/app.js';
import { announceFirstOwner } from '../src/server/server-mode.js';
import { listAccounts } from '../src/services/accounts.js';
import { inviteMember } from '../src/services/sign-up.js';
import { localAccountId } from '../src/store/open.js';
import { describeEachDialect, type DialectHandle } from './dialects.js';
import { fromKithPage, lastSecret, sessionOf } from './server-mode.js';

export type Mode = 'local' | 'signed in';

export const modes: readonly Mode[] = ['local', 'signed in'];

export interface ModeHandle extends DialectHandle {
  mode: Mode;
}

/** Declares `suite` once per mode and dialect, each over its own fresh store. */
export function describeEachDialectAndMode(
  name: string,
  suite: (handle: ModeHandle) => void,
): void {
  for (const mode of modes) {
    describeEachDialect(`${name} (${mode})`, (handle) => suite({ ...handle, mode }));
  }
}

/** An app as a suite drives it: `inject` acts as the signed-in account in server mode. */
export interface TestApp {
  mode: Mode;
  /** The underlying app, for requests that must not carry the account's session. */
  server: FastifyInstance;
  /** The signed-in account's Cookie header value; null in local mode. */
  session: string | null;
  /** The account's email; null in local mode. */
  email: string | null;
  /** The account every request acts for: the one local account, or the signed-up one. */
  accountId: string;
  inject: (options: InjectOptions) => Promise<LightMyRequestResponse>;
  close: () => Promise<void>;
}

export const signedInPassword = 'correct horse battery';

let signedUp = 0;

/**
 * Builds the app in `mode`: local as `buildApp` does, or with accounts on and a new account signed
 * up: the owner through the first-start link on a store with no accounts yet, else a member the
 * owner invited, so each app on a shared store acts for an empty account of its own. Rate limits
 * stay off unless asked for, as a suite signs in once.
 */
export async function buildAppIn(mode: Mode, options: AppOptions): Promise<TestApp> {
  if (mode === 'local') {
    const server = await buildApp(options);
    return {
      mode,
      server,
      session: null,
      email: null,
      accountId: localAccountId,
      inject: (request) => server.inject(request),
      close: () => server.close(),
    };
  }
  const lines: string[] = [];
  const accounts = {
    signUp: 'invitation' as const,
    notify: (line: string) => void lines.push(line),
  };
  const server = await buildApp({ rateLimits: false, ...options, accounts });
  const deps = { store: options.store, now: options.now ?? (() => new Date()) };
  await announceFirstOwner({ ...deps, accounts }, 'http://localhost:7070');
  let invitation = lines.length > 0 ? lastSecret(lines, 'invitation') : null;
  if (invitation === null) {
    const owner = (await listAccounts(deps)).find((account) => account.role === 'owner');
    if (!owner) throw new Error('a store with accounts but no owner');
    invitation = (await inviteMember(deps, { invitedBy: owner.id })).secret;
  }
  signedUp += 1;
  const email = `account-${signedUp}@example.org`;
  const made = await server.inject({
    method: 'POST',
    url: '/api/accounts',
    payload: { email, password: signedInPassword, invitation },
  });
  if (made.statusCode !== 201) throw new Error(`sign-up: ${made.body}`);
  const session = sessionOf(made);
  // Proof the suite runs signed in: the same server refuses the API to a request without a session.
  const signedOut = await server.inject({ method: 'GET', url: '/api/people' });
  if (signedOut.statusCode !== 401) throw new Error(`signed out: ${signedOut.statusCode}`);
  return {
    mode,
    server,
    session,
    email,
    accountId: made.json<{ id: string }>().id,
    inject: (request) =>
      server.inject({
        ...request,
        headers: { ...fromKithPage, cookie: session, ...request.headers },
      }),
    close: () => server.close(),
  };
}
