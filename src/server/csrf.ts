// CSRF protection for changes sent with cookies: the local guard's cross-site check, made exact.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../core/errors.js';
import { csrfHeader, csrfHeaderValue } from '../core/request-headers.js';
import { safeMethods } from './local-guard.js';

export interface CsrfOptions {
  /**
   * Whether a request may be signed in by a cookie. By default any request that carries a Cookie
   * header: a browser sends cookies for localhost from every port, so even the embedded default
   * may receive some. A request with only a Bearer token (a script, the CLI) carries none.
   */
  isCookieAuthenticated?: (request: FastifyRequest) => boolean;
}

/**
 * The local guard already refuses writes whose Origin names a host Kith does not serve and those
 * marked cross-site. A browser attaches cookies to requests from sibling sites and other ports
 * too, so a change that carries cookies must also prove it came from Kith's own page:
 * - Sec-Fetch-Site, when sent, says same-origin (or none: typed by the user);
 * - Origin, when sent, is this very origin, port included;
 * - the web app's header (x-kith-csrf: 1) is present, which no other page can add without a
 *   CORS preflight that Kith never answers. Old browsers without Fetch Metadata still need it.
 */
export function installCsrfGuard(app: FastifyInstance, options: CsrfOptions = {}): void {
  const byCookie = options.isCookieAuthenticated ?? carriesCookies;
  app.addHook('onRequest', (request, _reply, done) => {
    if (safeMethods.has(request.method) || !byCookie(request)) return done();
    done(csrfRefusal(request));
  });
}

function carriesCookies(request: FastifyRequest): boolean {
  return (request.headers.cookie ?? '').trim() !== '';
}

export function csrfRefusal(request: FastifyRequest): AppError | undefined {
  const site = request.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') {
    return refuse(`it came from ${site === 'same-site' ? 'a neighbouring site' : 'another site'}`);
  }
  const origin = request.headers.origin;
  if (origin !== undefined && !isSameOrigin(origin, request)) {
    return refuse(`it came from the page at "${origin}", not from Kith's own page`);
  }
  if (request.headers[csrfHeader] !== csrfHeaderValue) {
    return refuse(`it did not carry the ${csrfHeader} header that Kith's web app sends`);
  }
  return undefined;
}

/** Origin's host and port against the request's own (X-Forwarded-Host when the proxy is trusted). */
function isSameOrigin(origin: string, request: FastifyRequest): boolean {
  try {
    const from = new URL(origin);
    if (from.protocol !== 'http:' && from.protocol !== 'https:') return false;
    return new URL(`${from.protocol}//${request.host}`).host === from.host;
  } catch {
    return false;
  }
}

function refuse(why: string): AppError {
  return new AppError(
    'FORBIDDEN',
    `Kith refused this change because ${why}, so that no other page can act with your sign-in. ` +
      'Make the change from Kith itself, at the address your server printed. A script should ' +
      'sign in with an API token (Authorization: Bearer) and send no cookies.',
  );
}
