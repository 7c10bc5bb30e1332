// Requests to one operation, for fast-check: valid ones from its schemas, and every way to get them wrong.
import fc from 'fast-check';
import { hostileText, hostileValue, notJson, tooLarge } from './hostile.js';
import type { Operation, Parameter } from './operations.js';
import { arbitraryFor, type JsonSchema, type Resolve } from './schema-arbitrary.js';

export interface FuzzRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string | Buffer;
  /** What kind of request this is, for the failure message. */
  kind: string;
}

interface Body {
  kind: string;
  contentType: string | null;
  payload?: string | Buffer;
}

/** Segments sent as they are, not encoded: they test the router and the URL decoder. */
const rawSegments = fc.constantFrom(
  '%',
  '%zz',
  '%E0%A4%A',
  '%ED%A0%80',
  '%FF',
  '..',
  '.',
  '%2F',
  '%00',
  ';',
);

export function requestsFor(operation: Operation, resolve: Resolve): fc.Arbitrary<FuzzRequest> {
  const path = operation.parameters.filter((p) => p.in === 'path');
  const query = operation.parameters.filter((p) => p.in === 'query');
  return fc
    .tuple(
      fc.tuple(...path.map((p) => segmentFor(p, resolve))),
      queryFor(query, resolve),
      bodyFor(operation, resolve),
    )
    .map(([segments, search, body]) => {
      let url = operation.path;
      path.forEach((parameter, index) => {
        url = url.replace(`{${parameter.name}}`, segments[index] ?? '');
      });
      return {
        method: operation.method,
        url: search === '' ? url : `${url}?${search}`,
        headers: headersFor(body),
        ...(body.payload === undefined ? {} : { payload: body.payload }),
        kind: body.kind,
      };
    });
}

function headersFor(body: Body): Record<string, string> {
  return body.contentType === null ? {} : { 'content-type': body.contentType };
}

function segmentFor(parameter: Parameter, resolve: Resolve): fc.Arbitrary<string> {
  const valid = arbitraryFor(parameter.schema, resolve).map((value) => String(value));
  // Ids a few rows in: most of them name something the seed made.
  const existing = fc.integer({ min: 1, max: 30 }).map(String);
  return fc.oneof(
    { arbitrary: valid.map(encodeSegment), weight: 3 },
    { arbitrary: existing, weight: 3 },
    { arbitrary: hostileText.filter((text) => text !== '').map(encodeSegment), weight: 3 },
    { arbitrary: rawSegments, weight: 1 },
  );
}

/** Each parameter left out, given validly, given badly, or given twice; sometimes one nobody asked for. */
function queryFor(parameters: Parameter[], resolve: Resolve): fc.Arbitrary<string> {
  const one = (parameter: Parameter) =>
    fc.oneof(
      { arbitrary: fc.constant<string[]>([]), weight: 2 },
      {
        arbitrary: arbitraryFor(parameter.schema, resolve).map((value) => [asText(value)]),
        weight: 4,
      },
      { arbitrary: hostileText.map((text) => [text]), weight: 2 },
      { arbitrary: fc.tuple(hostileText, hostileText), weight: 1 },
    );
  const extra = fc.option(fc.tuple(fc.string({ minLength: 1, maxLength: 10 }), hostileText), {
    freq: 5,
  });
  return fc.tuple(fc.tuple(...parameters.map(one)), extra).map(([values, more]) => {
    const search = new URLSearchParams();
    parameters.forEach((parameter, index) => {
      for (const value of values[index] ?? []) search.append(parameter.name, value);
    });
    if (more) search.append(...more);
    return search.toString();
  });
}

function bodyFor(operation: Operation, resolve: Resolve): fc.Arbitrary<Body> {
  const { body } = operation;
  const none = fc.constant<Body>({ kind: 'no body', contentType: null });
  if (body === null) {
    return fc.oneof(
      { arbitrary: none, weight: 4 },
      { arbitrary: jsonBody('a body it does not take', hostileValue), weight: 1 },
      { arbitrary: notJsonBody, weight: 1 },
    );
  }
  if (body.contentType.startsWith('multipart/')) return multipartBodies(body.schema);
  const valid = arbitraryFor(body.schema, resolve);
  return fc.oneof(
    { arbitrary: jsonBody('valid', valid), weight: 4 },
    { arbitrary: mutatedBodies(body.schema, valid), weight: 4 },
    { arbitrary: jsonBody('hostile', hostileValue), weight: 2 },
    { arbitrary: notJsonBody, weight: 2 },
    { arbitrary: none, weight: 1 },
    { arbitrary: fc.constant(rawJson('too large', tooLarge)), weight: 1 },
  );
}

/** A valid object with one thing wrong: a field of the wrong kind, a required one gone, one too many. */
function mutatedBodies(schema: JsonSchema, valid: fc.Arbitrary<unknown>): fc.Arbitrary<Body> {
  const keys = Object.keys(schema.properties ?? {});
  const required = schema.required ?? [];
  const objects = valid.filter(
    (value): value is Record<string, unknown> =>
      typeof value === 'object' && value !== null && !Array.isArray(value),
  );
  const wrongField =
    keys.length === 0
      ? null
      : fc.tuple(objects, fc.constantFrom(...keys), hostileValue).map(([value, key, bad]) => ({
          kind: `valid but ${key} is ${short(bad)}`,
          value: { ...value, [key]: bad },
        }));
  const missing =
    required.length === 0
      ? null
      : fc.tuple(objects, fc.constantFrom(...required)).map(([value, key]) => {
          const rest = { ...value };
          delete rest[key];
          return { kind: `valid but without ${key}`, value: rest };
        });
  const extra = fc
    .tuple(
      objects,
      fc.constantFrom('extra', 'id', 'accountId', 'account_id', '__proto__'),
      hostileValue,
    )
    .map(([value, key, bad]) => ({
      kind: `valid plus ${key}`,
      value: { ...value, [key]: bad },
    }));
  const options = [wrongField, missing, extra].filter((arbitrary) => arbitrary !== null);
  return fc.oneof(...options).map(({ kind, value }) => rawJson(kind, JSON.stringify(value)));
}

function jsonBody(kind: string, values: fc.Arbitrary<unknown>): fc.Arbitrary<Body> {
  return values.map((value) => rawJson(kind, JSON.stringify(value) ?? 'null'));
}

function rawJson(kind: string, payload: string): Body {
  return { kind, contentType: 'application/json', payload };
}

const notJsonBody: fc.Arbitrary<Body> = notJson.map(({ contentType, payload }) => ({
  kind: `not JSON (${contentType ?? 'no content-type'})`,
  contentType,
  payload,
}));

/** Files (or fields) as the form describes them, and forms that are broken. */
function multipartBodies(schema: JsonSchema): fc.Arbitrary<Body> {
  const properties = Object.entries(schema.properties ?? {});
  const part = fc.tuple(
    fc.constantFrom(...properties.map(([name]) => name), 'other'),
    fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('a.csv', 'b.vcf', 'c.zip', '../x', '')),
    fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.constantFrom(
        'BEGIN:VCARD\r\nFN:Ana\r\nEND:VCARD\r\n',
        'Name,Email\nAna,a@b.c\n',
        'PK\u0003\u0004',
      ),
      fc.uint8Array({ maxLength: 100 }).map((bytes) => Buffer.from(bytes).toString('latin1')),
    ),
  );
  const form = fc.array(part, { maxLength: 3 }).map((parts) => {
    const boundary = 'fuzzboundary';
    const text = parts
      .map(
        ([name, file, content]) =>
          `--${boundary}\r\ncontent-disposition: form-data; name="${name}"; filename="${file}"\r\n` +
          `content-type: application/octet-stream\r\n\r\n${content}\r\n`,
      )
      .join('');
    return {
      kind: `multipart with ${parts.length} parts`,
      contentType: `multipart/form-data; boundary=${boundary}`,
      payload: Buffer.from(`${text}--${boundary}--\r\n`, 'latin1'),
    };
  });
  const broken = fc.constantFrom<Body>(
    { kind: 'multipart without a boundary', contentType: 'multipart/form-data', payload: 'x' },
    {
      kind: 'multipart cut short',
      contentType: 'multipart/form-data; boundary=b',
      payload: '--b\r\ncontent-disposition: form-data; name="files"; filename="a.csv"\r\n\r\nName',
    },
    { kind: 'multipart, empty', contentType: 'multipart/form-data; boundary=b', payload: '' },
    {
      kind: 'multipart, no parts',
      contentType: 'multipart/form-data; boundary=b',
      payload: '--b--\r\n',
    },
  );
  return fc.oneof(
    { arbitrary: form, weight: 4 },
    { arbitrary: broken, weight: 2 },
    { arbitrary: jsonBody('JSON instead of a form', hostileValue), weight: 1 },
    { arbitrary: notJsonBody, weight: 1 },
  );
}

/** Percent-encodes a path segment; a lone surrogate goes as the UTF-8 of U+FFFD, as a browser sends it. */
function encodeSegment(text: string): string {
  return [...Buffer.from(text, 'utf8')]
    .map((byte) =>
      /[A-Za-z0-9\-_.~]/.test(String.fromCharCode(byte))
        ? String.fromCharCode(byte)
        : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`,
    )
    .join('');
}

function asText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function short(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
