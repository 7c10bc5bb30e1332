// Chooses how requests find their account: the one local account, or server mode's sign-in.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { localAccountId } from '../store/open.js';
import type { Store } from '../store/store.js';
import { registerAccountRoutes, registerLocalSessionRoute } from './account.routes.js';
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
  return mode.accountOf;
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
