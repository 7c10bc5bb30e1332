// Builds the Fastify app: JSON API with OpenAPI 3.1 at /openapi.json, docs at /docs, and the web app.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import { validatorCompiler } from 'fastify-type-provider-zod';
import type { LlmConfig } from '../services/deps.js';
import type { Store } from '../store/store.js';
import type { RouteContext } from './context.js';
import { answerFrameworkError, installErrorHandling } from './errors.js';
import { importRoutes } from './imports.routes.js';
import { registerBackupRoutes } from './backup.routes.js';
import { registerCalendarRoutes } from './calendar.routes.js';
import { registerCoachRoutes } from './coach.routes.js';
import { registerGroupRoutes } from './groups.routes.js';
import { registerInteractionRoutes } from './interactions.routes.js';
import { installLocalGuard } from './local-guard.js';
import { installNulGuard } from './nul-guard.js';
import { loggingOptions } from './logging.js';
import { documentRoute, servers } from './openapi.js';
import { installOperations, type OperationsOptions } from './operations.js';
import { registerPeopleRoutes } from './people.routes.js';
import { registerPlaybookRoutes } from './playbook.routes.js';
import { registerProfileRoutes } from './profile.routes.js';
import { registerWordsRoutes } from './words.routes.js';
import { installAccounts, openapiSecurity, type ServerModeOptions } from './server-mode.js';

export interface AppOptions extends OperationsOptions {
  store: Store;
  now?: () => Date;
  /** Which account a request acts for; the embedded default is the one local account. */
  accountOf?: (request: FastifyRequest) => string;
  /** The built web app to serve; defaults to dist/web beside this package. */
  webRoot?: string | null;
  /** The optional model for polishing drafts. */
  llm?: LlmConfig;
  /** The machine's locale, for the date order of a profile that has none (see Deps). */
  machineLocale?: string | null;
  /** The address the server listens on (127.0.0.1 by default); requests must be addressed to it. */
  host?: string;
  /** More names requests may be addressed to, beside localhost, 127.0.0.1 and [::1]. */
  allowedHosts?: string[];
  /** The largest backup POST /api/restore accepts, in bytes (default 256 MB). */
  restoreBodyLimit?: number;
  /** Server mode (kith serve --accounts): accounts and sign-in; left out, one local account. */
  accounts?: ServerModeOptions;
}

export const defaultWebRoot = fileURLToPath(new URL('../../dist/web/', import.meta.url));

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    ...loggingOptions(options.logger),
    bodyLimit: 1024 * 1024,
    frameworkErrors: answerFrameworkError,
    trustProxy: options.accounts?.trustProxy === true,
  });
  app.setValidatorCompiler(validatorCompiler);
  // Responses are built from typed domain objects, so they are not validated again on the way out:
  // zod-encoding a page of 50 people cost about 4 ms a request; JSON.stringify costs 0.15 ms.
  // The response schemas still document every route in the OpenAPI document.
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
  installErrorHandling(app);
  installLocalGuard(app, { host: options.host, allowedHosts: options.allowedHosts });
  installNulGuard(app);

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Kith API',
        version: '0.1.0',
        description: 'Kith, the networking coach: people, interactions and your profile, as JSON.',
        license: { name: 'MIT', identifier: 'MIT' },
      },
      servers,
      ...openapiSecurity(options.accounts !== undefined),
    },
    transform: documentRoute,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/docs', uiConfig: { validatorUrl: null } });
  app.get('/openapi.json', { schema: { hide: true } }, () => app.swagger());
  // After the OpenAPI plugin, so /healthz and /readyz are documented; before the API routes.
  // Server mode limits sign-in, sign-up and resets unless told otherwise.
  await installOperations(app, {
    ...options,
    rateLimits: options.rateLimits ?? options.accounts !== undefined,
  });

  const now = options.now ?? (() => new Date());
  const accountOf = await installAccounts(app, { ...options, now });
  const ctx: RouteContext = {
    deps: (request) => ({
      store: options.store,
      accountId: accountOf(request),
      now,
      llm: options.llm,
      machineLocale: options.machineLocale ?? null,
    }),
  };

  app.get('/api/health', { schema: { hide: true }, config: { public: true } }, () => ({
    ok: true,
  }));
  registerProfileRoutes(app, ctx);
  registerPeopleRoutes(app, ctx);
  registerInteractionRoutes(app, ctx);
  registerWordsRoutes(app, ctx);
  registerCoachRoutes(app, ctx);
  registerCalendarRoutes(app, ctx);
  await app.register(importRoutes, { ctx });
  registerBackupRoutes(app, ctx, { restoreBodyLimit: options.restoreBodyLimit });
  // Groups and their playbooks join many accounts, so they exist only where there are accounts:
  // server mode.
  if (options.accounts) {
    registerGroupRoutes(app, ctx);
    registerPlaybookRoutes(app, ctx);
  }

  const webRoot = options.webRoot === undefined ? defaultWebRoot : options.webRoot;
  if (webRoot && existsSync(webRoot)) await serveWebApp(app, webRoot);
  return app;
}

/** Static files for the web app, with index.html for any other non-API GET (client-side routes). */
async function serveWebApp(app: FastifyInstance, root: string): Promise<void> {
  await app.register(fastifyStatic, { root, prefix: '/', wildcard: false });
  app.get('/*', { schema: { hide: true } }, (request, reply) => {
    if (request.url.startsWith('/api/')) {
      return reply.callNotFound();
    }
    return reply.sendFile('index.html');
  });
}
