// The OpenAPI document's shape for every route: an operationId and the problems the transport can give.
import type { SwaggerTransform } from '@fastify/swagger';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { problemResponse } from './schemas.js';

/** Where generated clients and the docs page send requests: `kith serve` on its default port. */
export const servers = [{ url: 'http://localhost:7070', description: 'Kith on this machine' }];

const verbs: Record<string, string> = {
  GET: 'get',
  POST: 'create',
  PUT: 'replace',
  PATCH: 'update',
  DELETE: 'delete',
};

/** Irregular plurals in our paths; the rest drop a final `s` (`interactions` → `interaction`). */
const singulars: Record<string, string> = { people: 'person', duplicates: 'duplicate' };

/**
 * A readable, stable operationId from the method and the URL, for routes that set none:
 * `GET /api/people/:id` → `getPerson`, `GET /api/people/:id/questions` → `getPersonQuestions`,
 * `POST /api/people` → `createPerson`, `PUT /api/people/:id/keep-in-touch` → `replacePersonKeepInTouch`.
 */
export function operationIdOf(method: string, url: string): string {
  const parts = url.split('/').filter((part) => part !== '' && part !== 'api');
  const words: string[] = [];
  parts.forEach((part, index) => {
    if (part.startsWith(':')) return;
    // A collection followed by an id names one of its members, and a POST to it makes one.
    const next = parts[index + 1];
    const one = next === undefined ? method.toUpperCase() === 'POST' : next.startsWith(':');
    words.push(...(one ? singularOf(part) : part).split(/[-_.]/));
  });
  const verb = verbs[method.toUpperCase()] ?? method.toLowerCase();
  return [verb, ...words.filter(Boolean).map(capitalise)].join('');
}

function singularOf(word: string): string {
  return singulars[word] ?? (word.endsWith('s') ? word.slice(0, -1) : word);
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** What any route can answer before or around its handler, whatever the route says. */
function transportProblems(method: string): Record<number, ReturnType<typeof problemResponse>> {
  const always = {
    403: problemResponse(
      'Refused by the local guard: the Host is not one Kith serves, or a change came from another site',
    ),
    500: problemResponse('Something went wrong on the server; nothing was changed'),
  };
  if (method === 'GET' || method === 'HEAD') return always;
  // Fastify reads a body on every other method: malformed JSON, another media type, or too much of it.
  return {
    400: problemResponse('The body is not valid JSON, or the request is not in the expected shape'),
    413: problemResponse('The body is larger than the server accepts'),
    415: problemResponse('The body is in a media type this route does not read'),
    ...always,
  };
}

/** A route that names a rate limit (rate-limits.ts) may answer this in server mode. */
const rateLimited = problemResponse(
  'Too many requests in a short time (server mode); the Retry-After header says when to try again',
);

/** Server mode answers this on every route that is not public, before the handler runs. */
const signInProblem = problemResponse(
  'Server mode only: no session cookie or Bearer token, or it has expired or been revoked',
);

/** Wraps the zod transform: fills in the operationId and the transport problems, then converts. */
export const documentRoute: SwaggerTransform = (input) => {
  const { schema, url, route } = input;
  if (!schema || (schema as { hide?: boolean }).hide) return jsonSchemaTransform(input);
  const method = [route.method].flat()[0] ?? 'GET';
  const isPublic = route.config?.public === true;
  const limited = (route.config as { rateLimit?: unknown } | undefined)?.rateLimit !== undefined;
  const response = {
    ...transportProblems(method),
    ...(limited ? { 429: rateLimited } : {}),
    ...(isPublic ? {} : { 401: signInProblem }),
    ...(schema.response as object | undefined),
  };
  const operationId = schema.operationId ?? operationIdOf(method, url);
  const security = isPublic ? { security: [] } : {};
  return jsonSchemaTransform({
    ...input,
    schema: { ...schema, operationId, response, ...security },
  });
};
