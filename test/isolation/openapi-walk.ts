// Walks an OpenAPI document: every operation, with its path params and a body built from its schema
// whose whole-number and id slots are filled from a list, so one route can be tried with many ids.

export interface Operation {
  method: string;
  path: string;
  /** true when the route answers without a session (its security is []). */
  public: boolean;
  params: Param[];
  body: JsonSchema | null;
  /** The body's media type; the walk sends JSON bodies only. */
  mediaType: string | null;
}

interface Param {
  name: string;
  in: string;
  required?: boolean;
  schema?: JsonSchema;
}

export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: Array<string | number>;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  $ref?: string;
  minLength?: number;
  minimum?: number;
  maximum?: number;
  format?: string;
  pattern?: string;
}

interface Document {
  paths: Record<string, Record<string, RawOperation>>;
  components?: { schemas?: Record<string, JsonSchema> };
}

interface RawOperation {
  security?: unknown[];
  parameters?: Param[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
}

export function operationsOf(doc: Document): Operation[] {
  return Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, raw]) => {
      const [mediaType, content] = Object.entries(raw.requestBody?.content ?? {})[0] ?? [];
      return {
        method: method.toUpperCase(),
        path,
        public: Array.isArray(raw.security) && raw.security.length === 0,
        params: raw.parameters ?? [],
        body: content?.schema ? resolve(doc, content.schema) : null,
        mediaType: mediaType ?? null,
      };
    }),
  );
}

function resolve(doc: Document, schema: JsonSchema): JsonSchema {
  if (!schema.$ref) return schema;
  const name = schema.$ref.split('/').pop() ?? '';
  return resolve(doc, doc.components?.schemas?.[name] ?? {});
}

/** Hands out the ids to try, in order, whenever a slot wants a whole number or an id. */
export type IdSource = () => number | string;

/** The URL with path params (and whole-number query params) filled from `next`. */
export function urlOf(operation: Operation, next: IdSource): string {
  let url = operation.path;
  const query: string[] = [];
  for (const param of operation.params) {
    const value = param.schema?.enum?.[0] ?? next();
    if (param.in === 'path')
      url = url.replace(`{${param.name}}`, encodeURIComponent(String(value)));
    else if (param.in === 'query' && (isWhole(param.schema) || param.required)) {
      const text = isWhole(param.schema) || param.schema?.enum ? value : 'hello';
      query.push(`${param.name}=${encodeURIComponent(String(text))}`);
    }
  }
  return query.length ? `${url}?${query.join('&')}` : url;
}

/** A body that passes the usual checks, with every number, id and id list taken from `next`. */
export function bodyOf(schema: JsonSchema, next: IdSource, name = ''): unknown {
  const choice = schema.anyOf ?? schema.oneOf;
  if (choice?.length) {
    return bodyOf(choice.find((option) => option.type !== 'null') ?? choice[0]!, next, name);
  }
  if (schema.allOf?.length) return bodyOf(schema.allOf[0]!, next, name);
  if (schema.enum?.length) return schema.enum[0];
  const type = [schema.type].flat().find((t) => t !== 'null');
  switch (type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      // Required fields, and any field that may hold an id: optional extras only risk a 400.
      const required = new Set(schema.required ?? []);
      for (const [key, child] of Object.entries(schema.properties ?? {})) {
        if (required.has(key) || holdsIds(child, key)) out[key] = bodyOf(child, next, key);
      }
      // A body of only optional fields often needs one of them (a refinement the schema cannot say).
      const [first] = Object.entries(schema.properties ?? {});
      if (Object.keys(out).length === 0 && first) out[first[0]] = bodyOf(first[1], next, first[0]);
      return out;
    }
    case 'array':
      return schema.items ? [bodyOf(schema.items, next, name)] : [];
    case 'integer':
    case 'number':
      // A bounded number is a quantity (minutes, a count); an unbounded one may be an id.
      return schema.maximum === undefined ? next() : (schema.minimum ?? 0) + 1;
    case 'boolean':
      return false;
    case 'string':
      return textFor(schema, name, next);
    case undefined:
    default:
      return null;
  }
}

function textFor(schema: JsonSchema, name: string, next: IdSource): string {
  if (/id$/i.test(name)) return String(next());
  if (schema.format === 'date' || /On$/.test(name)) return '2026-11-20';
  if (schema.format === 'email' || /email/i.test(name)) return 'someone@example.org';
  return 'hello there';
}

function holdsIds(schema: JsonSchema, name: string): boolean {
  const types = [schema.type, schema.items?.type].flat();
  return /(^|[a-z])(id|ids|Id|Ids)$/.test(name) && !types.includes('boolean')
    ? true
    : types.includes('integer') && schema.maximum === undefined && schema.items === undefined;
}

function isWhole(schema: JsonSchema | undefined): boolean {
  return schema?.type === 'integer' || schema?.type === 'number';
}
