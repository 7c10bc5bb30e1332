// Server mode's door: reads the session cookie, Bearer token or calendar key on each request, and
// refuses API requests that carry none. The embedded default never installs it.
import fastifyCookie from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { SignUpMode } from '../core/account.js';
import { AppError } from '../core/errors.js';
import type { Store } from '../store/store.js';
import type { Mailer } from './mailer.js';
import type { AccountDeps } from '../services/secrets.js';
import { authenticate } from '../services/sign-in.js';

export const sessionCookie = 'kith_session';

/** How `kith serve --accounts` runs: who may sign up, whether a proxy terminates HTTPS, where links go. */
export interface ServerModeOptions {
  signUp: SignUpMode;
  /** Behind a reverse proxy that speaks HTTPS: trust X-Forwarded-* and mark cookies Secure. */
  trustProxy?: boolean;
  /** Where one-time links (owner, invitations, password resets) are written for the operator. */
  notify: (line: string) => void;
  /** Sends reset links and addressed invitations by email instead of writing them in the log. */
  mailer?: Mailer | undefined;
}

/** Who a request acts for in server mode, and by what means. */
export interface SignedInAs {
  accountId: string;
  via: 'session' | 'token' | 'calendar';
  secretId: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    signedIn: SignedInAs | null;
  }
  interface FastifyContextConfig {
    /** Answers without a session in server mode: signing in, signing up, resets. */
    public?: boolean;
  }
}

export interface ServerMode extends ServerModeOptions {
  deps: AccountDeps;
  accountOf: (request: FastifyRequest) => string;
  setSessionCookie: (reply: FastifyReply, secret: string, expiresAt: string) => void;
  clearSessionCookie: (reply: FastifyReply) => void;
}

export async function installServerMode(
  app: FastifyInstance,
  options: ServerModeOptions & { store: Store; now: () => Date },
): Promise<ServerMode> {
  const deps: AccountDeps = { store: options.store, now: options.now };
  await app.register(fastifyCookie);
  app.decorateRequest('signedIn', null);
  app.addHook('onRequest', async (request) => {
    // The web app's files, the docs and the OpenAPI document are the same for everyone.
    if (!isAccountScoped(request)) return;
    request.signedIn = await whoIsAsking(deps, request);
    if (request.signedIn === null && request.routeOptions.config.public !== true) {
      throw pleaseSignIn();
    }
  });
  const cookieBase = {
    httpOnly: true,
    sameSite: 'lax',
    secure: options.trustProxy === true,
    path: '/',
  } as const;
  return {
    ...options,
    deps,
    accountOf: (request) => {
      if (!request.signedIn) throw pleaseSignIn();
      return request.signedIn.accountId;
    },
    setSessionCookie: (reply, secret, expiresAt) =>
      void reply.setCookie(sessionCookie, secret, { ...cookieBase, expires: new Date(expiresAt) }),
    clearSessionCookie: (reply) => void reply.clearCookie(sessionCookie, cookieBase),
  };
}

/** A Bearer token, else the session cookie, else (for the calendar feed only) its key. */
async function whoIsAsking(deps: AccountDeps, request: FastifyRequest): Promise<SignedInAs | null> {
  const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
  if (bearer) return as('token', await authenticate(deps, bearer, 'token'));
  const cookie = request.cookies[sessionCookie];
  if (cookie) {
    const session = as('session', await authenticate(deps, cookie, 'session'));
    if (session) return session;
  }
  const key = (request.query as { key?: unknown } | undefined)?.key;
  if (request.url.startsWith('/calendar.ics') && typeof key === 'string') {
    return as('calendar', await authenticate(deps, key, 'calendar'));
  }
  return null;
}

function as(
  via: SignedInAs['via'],
  found: { accountId: string; secretId: string } | null,
): SignedInAs | null {
  return found ? { ...found, via } : null;
}

/** Every API route and the calendar feed; routes that say `public` answer signed out too. */
function isAccountScoped(request: FastifyRequest): boolean {
  return request.url.startsWith('/api/') || request.url.startsWith('/calendar.ics');
}

export function pleaseSignIn(): AppError {
  return new AppError(
    'UNAUTHORIZED',
    'Please sign in first: this Kith has accounts. Scripts send a personal token as Authorization: Bearer <token>.',
  );
}
