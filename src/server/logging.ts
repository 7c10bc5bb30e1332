// Structured request logs (pino, through Fastify's logger): a request id on every line, no secrets, no bodies.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { FastifyInstance, FastifyReply, FastifyRequest, FastifyServerOptions } from 'fastify';

/** How the server logs: off (the embedded default), or on, to stdout or to a given stream. */
export type LogOption = boolean | LogSettings;

export interface LogSettings {
  /** pino's level: 'info' logs one line as each request arrives and one as it completes. */
  level?: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace';
  /** Where the JSON lines go; standard output when left out (tests pass a stream to read). */
  stream?: NodeJS.WritableStream;
}

export const requestIdHeader = 'x-request-id';

/**
 * Only what can never hold a secret is let through from a caller's id: a proxy's or a load
 * balancer's id (a UUID, a hex trace id) fits; anything longer or stranger gets a new one.
 */
const requestIdShape = /^[\w.:-]{1,128}$/;

/**
 * Paths pino blanks wherever they appear in a log line. Fastify's own request lines carry no
 * headers and no bodies, but a handler that logs an object may: these keep the usual suspects out.
 */
export const redactedPaths = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  'headers.authorization',
  'headers.cookie',
  'headers["set-cookie"]',
  'password',
  'newPassword',
  'currentPassword',
  'token',
  'secret',
  'body',
  'notes',
  '*.password',
  '*.newPassword',
  '*.currentPassword',
  '*.token',
  '*.secret',
  '*.body',
  '*.notes',
  '*.text',
];

/** Fastify's options for logging and request ids: spread into `Fastify({...})`. */
export function loggingOptions(option: LogOption | undefined): Partial<FastifyServerOptions> {
  const ids = { requestIdHeader: false as const, genReqId: requestIdOf };
  if (!option) return { ...ids, logger: false };
  const settings = option === true ? {} : option;
  return {
    ...ids,
    logger: {
      level: settings.level ?? 'info',
      redact: { paths: redactedPaths, censor: '[redacted]' },
      serializers: { req: describeRequest },
      ...(settings.stream ? { stream: settings.stream } : {}),
    },
  };
}

/** The caller's X-Request-Id when it is a plain token; otherwise a fresh UUID. */
export function requestIdOf(request: IncomingMessage): string {
  const given = request.headers[requestIdHeader];
  return typeof given === 'string' && requestIdShape.test(given) ? given : randomUUID();
}

/** Every answer names its request id, so a user's report can be matched to the log line. */
export function echoRequestId(app: FastifyInstance): void {
  app.addHook('onSend', (request: FastifyRequest, reply: FastifyReply, payload, done) => {
    void reply.header(requestIdHeader, request.id);
    done(null, payload);
  });
}

/**
 * What a request line says: method, path and where from. Query values are blanked, since a search
 * (`?q=Ana Lopez`) or a calendar feed's secret would otherwise land in the log; so is anything in
 * the path as long as a secret, for a feed address a calendar app mangled (`/calendar.ics;key=…`).
 */
function describeRequest(request: FastifyRequest): Record<string, unknown> {
  // A handler may log a plain object under `req`; it passes as it is, and redaction blanks its secrets.
  if (!('raw' in request)) return request;
  return {
    method: request.method,
    url: loggableUrl(request.url),
    host: request.host,
    remoteAddress: request.ip,
  };
}

/** A run of address characters as long as a secret's random part (32 bytes are 43 in base64url). */
const secretLike = /[\w.%~-]{32,}/g;

export function loggableUrl(url: string): string {
  const mark = url.indexOf('?');
  const path = (mark === -1 ? url : url.slice(0, mark)).replace(secretLike, '…');
  if (mark === -1) return path;
  const names = url
    .slice(mark + 1)
    .split('&')
    .filter(Boolean)
    .map((pair) => `${pair.split('=')[0]}=…`);
  return `${path}?${names.join('&')}`;
}
