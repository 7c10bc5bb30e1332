// Server mode for tests: an app with accounts on a store, the links it writes, and signed-in accounts.
import { csrfHeader, csrfHeaderValue } from '../src/core/request-headers.js';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { SignUpMode } from '../src/core/account.js';
import { buildApp } from '../src/server/app.js';
import type { Mailer } from '../src/server/mailer.js';
import { announceFirstOwner } from '../src/server/server-mode.js';
import type { Store } from '../src/store/store.js';

export interface ServerModeApp {
  app: FastifyInstance;
  /** Every line the server wrote for its operator: owner, invitation and reset links. */
  lines: string[];
}

export async function buildServerModeApp(
  store: Store,
  options: {
    now?: () => Date;
    signUp?: SignUpMode;
    trustProxy?: boolean;
    /** On, as in server mode, unless a test must sign in more often than a person would. */
    rateLimits?: boolean;
    /** Email for reset links and addressed invitations, instead of the log. */
    mailer?: Mailer;
  } = {},
): Promise<ServerModeApp> {
  const lines: string[] = [];
  const accounts = {
    signUp: options.signUp ?? 'invitation',
    trustProxy: options.trustProxy ?? false,
    notify: (line: string) => void lines.push(line),
    mailer: options.mailer,
  };
  const now = options.now ?? (() => new Date());
  const app = await buildApp({
    store,
    now,
    webRoot: null,
    accounts,
    rateLimits: options.rateLimits,
  });
  await app.ready();
  return { app, lines };
}

/** The `?invitation=` or `?token=` secret of the last link written. */
export function lastSecret(lines: string[], name: 'invitation' | 'token'): string {
  const found = [...lines]
    .reverse()
    .join('\n')
    .match(new RegExp(`[?&]${name}=([^\\s&]+)`));
  if (!found?.[1]) throw new Error(`no ${name} link among ${lines.length} lines`);
  return decodeURIComponent(found[1]);
}

/**
 * The header Kith's own page sends with every call; a request that carries a session cookie needs
 * it to change anything (src/server/csrf.ts), so tests acting as the web app send it too.
 */
export const fromKithPage = { [csrfHeader]: csrfHeaderValue };

/** The session cookie a sign-in or sign-up set, as a Cookie header value. */
export function sessionOf(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((c) => c.name === 'kith_session');
  if (!cookie) throw new Error(`no session cookie in a ${response.statusCode} answer`);
  return `kith_session=${cookie.value}`;
}

/** The owner, signed up through the first-start link; then a member invited by the owner. */
export async function signUpOwnerAndMember(
  served: ServerModeApp,
  store: Store,
  emails: { owner: string; member: string },
): Promise<{ owner: string; member: string }> {
  await announceFirstOwner(
    { store, accounts: { signUp: 'invitation', notify: (line) => void served.lines.push(line) } },
    'http://localhost:7070',
  );
  const owner = await signUpWith(served, emails.owner, lastSecret(served.lines, 'invitation'));
  const invited = await served.app.inject({
    method: 'POST',
    url: '/api/invitations',
    headers: { ...fromKithPage, cookie: owner },
    payload: {},
  });
  if (invited.statusCode !== 201) throw new Error(`invitation: ${invited.body}`);
  const member = await signUpWith(served, emails.member, lastSecret(served.lines, 'invitation'));
  return { owner, member };
}

export async function signUpWith(
  served: ServerModeApp,
  email: string,
  invitation: string,
): Promise<string> {
  const response = await served.app.inject({
    method: 'POST',
    url: '/api/accounts',
    payload: { email, password: 'correct horse battery', invitation },
  });
  if (response.statusCode !== 201) throw new Error(`sign-up of ${email}: ${response.body}`);
  return sessionOf(response);
}
