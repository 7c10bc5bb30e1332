// Security headers (helmet) with a strict Content-Security-Policy the built web app passes, and one for /docs.
import fastifyHelmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

type Directives = Record<string, string[]>;

/**
 * The web app's policy. Vite emits one module script and one stylesheet, both files under
 * /assets, and React sets styles through the DOM (allowed), so nothing inline is needed: no
 * 'unsafe-inline', no 'unsafe-eval', no hashes. Charts draw on canvas; images are ours or data: URIs.
 */
export const appDirectives: Directives = {
  'default-src': ["'self'"],
  'base-uri': ["'self'"],
  'connect-src': ["'self'"],
  'font-src': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
  'img-src': ["'self'", 'data:'],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'"],
  'worker-src': ["'self'"],
};

/**
 * /docs is Swagger UI: its scripts and stylesheets are files too, but it adds one inline <style>
 * element of its own, admitted by its hash rather than by 'unsafe-inline'. A Swagger UI upgrade
 * that changes that element fails test/e2e/csp.test.ts, which names the new hash.
 */
export const docsDirectives: Directives = {
  ...appDirectives,
  'style-src': ["'self'", "'sha256-RL3ie0nH+Lzz2YNqQN83mnU0J1ot4QL7b99vMdIX99w='"],
};

export function policyText(directives: Directives): string {
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}

/**
 * Registered before the API routes; every answer from a route or the not-found handler carries
 * the headers (the host guard's refusals, which run first, carry only a problem body). HSTS is
 * sent without includeSubDomains: Kith may share a domain with sites it knows nothing about, and
 * browsers ignore the header over plain HTTP, where the embedded default runs.
 */
export async function installSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: { useDefaults: false, directives: appDirectives },
    strictTransportSecurity: { maxAge: 180 * 24 * 60 * 60, includeSubDomains: false },
    // Kith's pages link to no other site that needs to know where the user came from.
    referrerPolicy: { policy: 'no-referrer' },
    xFrameOptions: { action: 'deny' },
  });
  const docsPolicy = policyText(docsDirectives);
  app.addHook('onSend', (request, reply, payload, done) => {
    if (isDocsPage(request.routeOptions.url))
      void reply.header('content-security-policy', docsPolicy);
    done(null, payload);
  });
}

/** Swagger UI's page and its files, wherever its prefix is mounted (/docs by default). */
function isDocsPage(route: string | undefined): boolean {
  return route === docsPrefix || (route?.startsWith(`${docsPrefix}/`) ?? false);
}

export const docsPrefix = '/docs';
