// Chooses how requests find their account: the one local account, or server mode's sign-in.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { localAccountId } from '../store/open.js';
import type { Store } from '../store/store.js';
import { registerAccountRoutes, registerLocalSessionRoute } from './account.routes.js';
import { removeExpiredSecrets } from '../services/expired-secrets.js';
import type { AccountDeps } from '../services/secrets.js';
import { inviteFirstOwner } from '../services/sign-up.js';
import { installServerMode, sessionCookie, type ServerModeOptions } from './sign-in.js';

export type { ServerModeOptions } from './sign-in.js';

/** Installs sign-in and the account routes in server mode; returns who each request acts for. */
export async function installAccounts(
  app: FastifyInstance,
  options: {
    store: Store;
    now: () => Date;
    accounts?: ServerModeOptions | undefined;
    accountOf?: ((request: FastifyRequest) => string) | undefined;
  },
): Promise<(request: FastifyRequest) => string> {
  if (!options.accounts) {
    registerLocalSessionRoute(app);
    return options.accountOf ?? (() => localAccountId);
  }
  const mode = await installServerMode(app, {
    ...options.accounts,
    store: options.store,
    now: options.now,
  });
  registerAccountRoutes(app, mode);
  await sweepExpiredSecrets(app, mode.deps);
  return mode.accountOf;
}

/** An hour: an expired session is refused at once anyway; the sweep only keeps the tables small. */
export const expiredSweepEveryMs = 60 * 60 * 1000;

/**
 * Deletes dead sessions, invitations and reset links on start, then hourly while the server runs.
 * The timer never keeps the process alive, and stops when the app closes.
 */
async function sweepExpiredSecrets(app: FastifyInstance, deps: AccountDeps): Promise<void> {
  const sweep = async () => {
    const removed = await removeExpiredSecrets(deps);
    if (removed.sessions + removed.invitations + removed.passwordResets > 0)
      app.log.info({ removed }, 'removed expired sessions and one-time links');
  };
  await sweep();
  const timer = setInterval(() => {
    sweep().catch((error: unknown) =>
      app.log.warn({ err: error }, 'could not remove expired sessions'),
    );
  }, expiredSweepEveryMs);
  timer.unref();
  app.addHook('onClose', (_instance, done) => {
    clearInterval(timer);
    done();
  });
}

/**
 * The OpenAPI security section: in server mode every route wants a session cookie or a Bearer
 * token (public routes say `security: []`); the one-person default asks for nothing.
 */
const signedIn: Array<Record<string, string[]>> = [{ session: [] }, { token: [] }];

export function openapiSecurity(serverMode: boolean) {
  return {
    components: {
      securitySchemes: {
        session: {
          type: 'apiKey' as const,
          in: 'cookie' as const,
          name: sessionCookie,
          description: 'The session cookie POST /api/session sets (server mode)',
        },
        token: {
          type: 'http' as const,
          scheme: 'bearer',
          description: 'A personal API token from POST /api/tokens (server mode)',
        },
      },
    },
    security: serverMode ? signedIn : [{}],
  };
}

/** On a server with no accounts yet, writes the one-time link that creates the owner. */
export async function announceFirstOwner(
  options: { store: Store; now?: () => Date; accounts?: ServerModeOptions | undefined },
  url: string,
): Promise<void> {
  if (!options.accounts) return;
  const now = options.now ?? (() => new Date());
  const made = await inviteFirstOwner({ store: options.store, now });
  if (!made) return;
  options.accounts.notify(
    `No accounts yet. Create the owner's account here (the link works once, until ${made.expiresAt}): ` +
      `${url}/sign-up?invitation=${encodeURIComponent(made.secret)}`,
  );
}
