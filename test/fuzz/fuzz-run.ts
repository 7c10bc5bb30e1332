// Shared by the API fuzz suites: one property run per operation, and what makes an answer wrong
// (a 5xx, a refusal that is not a JSON problem, or a refusal that wrote to the store).
import fc from 'fast-check';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { Store } from '../../src/store/store.js';
import { operationsOf, type OpenApiDocument, type Operation } from './operations.js';
import { requestsFor, type FuzzRequest } from './requests.js';
import { resolverFor } from './schema-arbitrary.js';
import { watchStore } from './store-fingerprint.js';

/**
 * Fixed, so a failure seen once is seen again. To search harder locally, set KITH_FUZZ_SEED and
 * KITH_FUZZ_RUNS (requests per operation); a failure names the request that found it.
 */
export const seed = Number(process.env.KITH_FUZZ_SEED ?? 20261130);
export const numRuns = Number(process.env.KITH_FUZZ_RUNS ?? 25);
/** A fuzz test's time limit, growing with KITH_FUZZ_RUNS. */
export const fuzzTimeout = 240_000 * Math.max(1, numRuns / 25);

/**
 * Sends every operation of the document valid and malformed requests, after `prepare` (which puts
 * the store back and may sign in again); returns one line per operation that answered wrongly.
 */
export async function fuzzEveryOperation(options: {
  app: FastifyInstance;
  store: Store;
  document: OpenApiDocument;
  prepare: () => Promise<void>;
  /** Headers every request carries, such as a Bearer token; none when signed out. */
  headers: () => Record<string, string>;
}): Promise<string[]> {
  const { app, document } = options;
  const resolve = resolverFor(document);
  const failures: string[] = [];
  for (const operation of operationsOf(document)) {
    await options.prepare();
    const watch = await watchStore(options.store);
    const details = await fc.check(
      fc.asyncProperty(requestsFor(operation, resolve), async (request) => {
        const response = await app.inject({
          method: request.method as 'GET',
          url: request.url,
          headers: { ...options.headers(), ...request.headers },
          ...(request.payload === undefined ? {} : { payload: request.payload }),
        });
        const trouble = troubleWith(response, await watch.changes());
        if (trouble) throw new Error(`${trouble}\n    after ${describeRequest(request)}`);
      }),
      { seed, numRuns, endOnFailure: true },
    );
    if (details.failed) failures.push(failureOf(operation, details.errorInstance));
  }
  return failures;
}

/** What is wrong with an answer, or null: a 5xx, a refusal that is no problem, or one that wrote. */
function troubleWith(response: LightMyRequestResponse, changed: string[]): string | null {
  const status = response.statusCode;
  if (status >= 500) return `answered ${status}: ${response.body.slice(0, 300)}`;
  if (status < 400) return null;
  const type = String(response.headers['content-type'] ?? '');
  if (!type.startsWith('application/problem+json')) {
    return `answered ${status} as ${type || 'no content-type'}, not a problem: ${response.body.slice(0, 200)}`;
  }
  const shapeTrouble = problemShapeTrouble(response.body, status);
  if (shapeTrouble) return shapeTrouble;
  return changed.length > 0 ? `refused with ${status} but wrote to ${changed.join(', ')}` : null;
}

/** The fields src/server/errors.ts promises on every problem. */
function problemShapeTrouble(body: string, status: number): string | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return `answered ${status} with a problem that is not JSON: ${body.slice(0, 200)}`;
  }
  const problem = parsed as Record<string, unknown>;
  const fine =
    typeof problem.type === 'string' &&
    typeof problem.title === 'string' &&
    problem.status === status &&
    typeof problem.detail === 'string' &&
    problem.detail !== '' &&
    typeof problem.code === 'string' &&
    (problem.problems === undefined ||
      (Array.isArray(problem.problems) &&
        problem.problems.every(
          (item: { field?: unknown; message?: unknown }) =>
            typeof item.field === 'string' && typeof item.message === 'string',
        )));
  return fine
    ? null
    : `answered ${status} with a problem missing its fields: ${body.slice(0, 300)}`;
}

function describeRequest(request: FuzzRequest): string {
  const payload =
    request.payload === undefined
      ? ''
      : ` with ${String(request.payload).slice(0, 300)}${String(request.payload).length > 300 ? '…' : ''}`;
  return `${request.method} ${request.url.slice(0, 300)} (${request.kind}, ${request.headers['content-type'] ?? 'no content-type'})${payload}`;
}

function failureOf(operation: Operation, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return `${operation.operationId} (${operation.method} ${operation.path}): ${message}`;
}

/** A small network with something in every table a route reads: people, history, a plan, a pair to check. */
export async function seedNetwork(
  app: FastifyInstance,
  headers: Record<string, string> = {},
): Promise<void> {
  const demo = await app.inject({
    method: 'POST',
    url: '/api/demo',
    headers,
    payload: { people: 12 },
  });
  expect(demo.statusCode, demo.body).toBe(201);
  const boundary = 'seedboundary';
  const vcard = 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:William Jones\r\nORG:Acme\r\nEND:VCARD\r\n';
  const csv = 'Name,Organization 1 - Name\nBill Jones,Acme\n';
  const part = (name: string, text: string) =>
    `--${boundary}\r\ncontent-disposition: form-data; name="files"; filename="${name}"\r\n` +
    `content-type: application/octet-stream\r\n\r\n${text}\r\n`;
  const imported = await app.inject({
    method: 'POST',
    url: '/api/imports',
    headers: { ...headers, 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: `${part('phone.vcf', vcard)}${part('contacts.csv', csv)}--${boundary}--\r\n`,
  });
  expect(imported.statusCode, imported.body).toBe(200);
  const today = await app.inject({ method: 'GET', url: '/api/today', headers });
  expect(today.statusCode, today.body).toBe(200);
}
