// The DNS-rebinding and cross-site guard: Kith answers only on its own host names and refuses writes from other sites.
import { hostname as machineHostname, networkInterfaces } from 'node:os';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../core/errors.js';

export interface LocalGuardOptions {
  /** The address the server listens on; it is allowed too, and a wildcard admits this machine's names. */
  host?: string;
  /** Extra names from `kith serve --allow-host` and KITH_ALLOWED_HOSTS. */
  allowedHosts?: string[];
}

/** Loopback is always allowed: a rebinding attack cannot make a browser call its own site one of these. */
const loopbackNames = ['localhost', '127.0.0.1', '::1'];
const wildcards = new Set(['0.0.0.0', '::']);
export const safeMethods: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS']);
/** What may appear in a Host header; anything else (`@`, `/`, spaces) would let URL parsing move the host. */
const hostHeaderShape = /^[a-z0-9.\-_:[\]]+$/i;

export function installLocalGuard(app: FastifyInstance, options: LocalGuardOptions): void {
  const isAllowed = allowedHostTest(options);
  // onRequest runs before the body is read and before any handler, so a refused request writes nothing.
  app.addHook('onRequest', (request, _reply, done) => {
    const host = hostnameOf(request.headers.host ?? '');
    if (host === null || !isAllowed(host)) return done(refuseHost(host));
    if (!safeMethods.has(request.method)) return done(crossSiteRefusal(request, isAllowed));
    done();
  });
}

/** `Evil.Example.:7070` → `evil.example`; `[::1]:7070` → `::1`; null when it is not a plain host. */
export function hostnameOf(text: string): string | null {
  const trimmed = text.trim();
  if (!hostHeaderShape.test(trimmed)) return null;
  return hostnameOfUrl(`http://${trimmed}`);
}

function hostnameOfUrl(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  // WHATWG URL lowercases and canonicalises IPv4 and IPv6 forms, so `0x7f.1` and `[0:0::1]` match too.
  const name = url.hostname.replace(/^\[(.*)\]$/, '$1').replace(/\.$/, '');
  return name === '' ? null : name;
}

function allowedHostTest(options: LocalGuardOptions): (host: string) => boolean {
  const listenHost = options.host ?? '127.0.0.1';
  const wildcard = wildcards.has(listenHost);
  const allowed = new Set(loopbackNames);
  for (const name of [...(wildcard ? [] : [listenHost]), ...(options.allowedHosts ?? [])]) {
    const host = hostnameOfName(name);
    if (host === null) throw notAHostName(name);
    allowed.add(host);
  }
  // Read on each miss, not once at start, so an address the machine gains later (new Wi-Fi) works.
  return (host) => allowed.has(host) || (wildcard && machineNames().has(host));
}

function machineNames(): Set<string> {
  const names = [machineHostname()];
  for (const addresses of Object.values(networkInterfaces())) {
    for (const address of addresses ?? []) names.push(address.address);
  }
  return new Set(names.map((name) => hostnameOfName(name) ?? ''));
}

/** A configured name or interface address, where IPv6 comes without brackets (`::1`, `fe80::1`). */
function hostnameOfName(name: string): string | null {
  const bareIpv6 = (name.match(/:/g) ?? []).length > 1 && !name.includes('[');
  return hostnameOf(bareIpv6 ? `[${name}]` : name);
}

/** A write from a page on another site, or from an opaque `null` origin, is refused; no Origin passes (CLI, curl). */
function crossSiteRefusal(
  request: FastifyRequest,
  isAllowed: (host: string) => boolean,
): AppError | undefined {
  const origin = request.headers.origin;
  if (origin !== undefined) {
    const host = /^https?:\/\//i.test(origin) ? hostnameOfUrl(origin) : null;
    if (host === null || !isAllowed(host)) return refuseWrite(`the page at "${origin}"`);
  }
  if (request.headers['sec-fetch-site'] === 'cross-site') return refuseWrite('another site');
  return undefined;
}

// 403 rather than 421 Misdirected Request: it is the FORBIDDEN code's status in errors.ts, and a
// browser may retry a 421 on a new connection, where a refusal should simply stop.
function refuseHost(host: string | null): AppError {
  const asked =
    host === null
      ? 'This request did not say which host it was for.'
      : `This request was for "${host}".`;
  const name = host ?? '<name>';
  return new AppError(
    'FORBIDDEN',
    `Kith only answers on localhost, 127.0.0.1 and [::1], and on the host it was started with. ${asked} ` +
      `To reach Kith by another name, start it with kith serve --allow-host ${name} ` +
      '(or list the names in KITH_ALLOWED_HOSTS, separated by commas).',
  );
}

function refuseWrite(from: string): AppError {
  return new AppError(
    'FORBIDDEN',
    `Kith refuses changes sent from ${from}, so that no other web site can change your data. ` +
      'Open Kith at the address kith serve printed and try again there. To use Kith under ' +
      'another name, start it with kith serve --allow-host <name>.',
  );
}

function notAHostName(name: string): AppError {
  return new AppError(
    'INVALID_INPUT',
    `"${name}" is not a host name Kith can allow. Give a name such as kith.lan or an address ` +
      'such as 192.168.1.20, for example kith serve --allow-host kith.lan',
  );
}
