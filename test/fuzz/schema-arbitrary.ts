// Values that fit a JSON schema as the OpenAPI document gives it, for fast-check.
import fc from 'fast-check';

/** The parts of JSON Schema the document uses; anything else reads as "any value". */
export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
}

/** Resolves `#/components/schemas/Name` references against the document. */
export type Resolve = (ref: string) => JsonSchema;

/** Long strings and lists are cut to this, past a value at the limit itself: runs stay quick. */
const cap = 8;

/** Any value the schema accepts, with a bias towards its edges (empty, shortest, longest, bounds). */
export function arbitraryFor(schema: JsonSchema, resolve: Resolve): fc.Arbitrary<unknown> {
  if (schema.$ref) return arbitraryFor(resolve(schema.$ref), resolve);
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return fc.oneof(...alternatives.map((s) => arbitraryFor(s, resolve)));
  if (schema.allOf) return arbitraryFor(mergeAll(schema.allOf, resolve), resolve);
  const types = [schema.type ?? []].flat();
  if (types.length > 1) {
    return fc.oneof(...types.map((type) => arbitraryFor({ ...schema, type }, resolve)));
  }
  switch (types[0] ?? '') {
    case 'string':
      return stringFor(schema);
    case 'integer':
      return integerFor(schema);
    case 'number':
      return numberFor(schema);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return arrayFor(schema, resolve);
    case 'object':
      return objectFor(schema, resolve);
    default:
      return schema.properties ? objectFor(schema, resolve) : fc.jsonValue({ maxDepth: 2 });
  }
}

function stringFor(schema: JsonSchema): fc.Arbitrary<string> {
  const min = schema.minLength ?? 0;
  const max = schema.maxLength ?? 200;
  const fits = (text: string) => text.length >= min && text.length <= max;
  if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern)).filter(fits);
  const formatted = formattedString(schema.format);
  if (formatted) return formatted.filter(fits);
  const short = fc.string({ minLength: min, maxLength: Math.max(min, Math.min(max, cap)) });
  const atLimit = fc.constantFrom('a', 'é', '名').map((unit) => unit.repeat(max));
  return max > cap
    ? fc.oneof({ arbitrary: short, weight: 4 }, { arbitrary: atLimit, weight: 1 })
    : short;
}

function formattedString(format: string | undefined): fc.Arbitrary<string> | null {
  const day = fc.date({
    min: new Date('1990-01-01T00:00:00Z'),
    max: new Date('2035-12-31T00:00:00Z'),
    noInvalidDate: true,
  });
  switch (format ?? '') {
    case 'date':
      return day.map((date) => date.toISOString().slice(0, 10));
    case 'date-time':
      return day.map((date) => date.toISOString());
    case 'email':
      return fc.emailAddress();
    case 'uri':
    case 'url':
      return fc.webUrl();
    case 'binary':
      return fc.string({ maxLength: 64 });
    default:
      return null;
  }
}

function integerFor(schema: JsonSchema): fc.Arbitrary<number> {
  const min = Math.max(
    schema.minimum ?? Number.MIN_SAFE_INTEGER,
    schema.exclusiveMinimum === undefined ? -Infinity : schema.exclusiveMinimum + 1,
  );
  const max = Math.min(
    schema.maximum ?? Number.MAX_SAFE_INTEGER,
    schema.exclusiveMaximum === undefined ? Infinity : schema.exclusiveMaximum - 1,
  );
  // Small values near the low end are what real requests send; the bounds are where bugs live.
  const near = fc.integer({ min, max: Math.min(max, Math.max(min, 0) + 40) });
  return fc.oneof(
    { arbitrary: near, weight: 4 },
    fc.constantFrom(min, max),
    fc.integer({ min, max }),
  );
}

function numberFor(schema: JsonSchema): fc.Arbitrary<number> {
  return fc.double({
    min: schema.minimum ?? schema.exclusiveMinimum ?? -1e9,
    max: schema.maximum ?? schema.exclusiveMaximum ?? 1e9,
    minExcluded: schema.exclusiveMinimum !== undefined,
    maxExcluded: schema.exclusiveMaximum !== undefined,
    noNaN: true,
    noDefaultInfinity: true,
  });
}

function arrayFor(schema: JsonSchema, resolve: Resolve): fc.Arbitrary<unknown[]> {
  const minLength = schema.minItems ?? 0;
  const maxLength = Math.max(minLength, Math.min(schema.maxItems ?? cap, cap));
  return fc.array(arbitraryFor(schema.items ?? {}, resolve), { minLength, maxLength });
}

function objectFor(schema: JsonSchema, resolve: Resolve): fc.Arbitrary<Record<string, unknown>> {
  const properties = schema.properties ?? {};
  const known = fc.record(
    Object.fromEntries(
      Object.entries(properties).map(([key, s]) => [key, arbitraryFor(s, resolve)]),
    ),
    { requiredKeys: (schema.required ?? []).filter((key) => key in properties) },
  );
  const extra = schema.additionalProperties;
  if (typeof extra !== 'object') return known;
  const more = fc.dictionary(
    fc.string({ minLength: 1, maxLength: 12 }),
    arbitraryFor(extra, resolve),
    {
      maxKeys: 4,
    },
  );
  return fc.tuple(more, known).map(([added, fixed]) => ({ ...added, ...fixed }));
}

/** allOf of object schemas as one object schema: their properties and required keys together. */
function mergeAll(schemas: JsonSchema[], resolve: Resolve): JsonSchema {
  const parts = schemas.map((s) => (s.$ref ? resolve(s.$ref) : s));
  return {
    type: 'object',
    properties: Object.assign({}, ...parts.map((s) => s.properties ?? {})) as Record<
      string,
      JsonSchema
    >,
    required: parts.flatMap((s) => s.required ?? []),
  };
}

/** A resolver for local references in an OpenAPI document. */
export function resolverFor(document: {
  components?: { schemas?: Record<string, JsonSchema> };
}): Resolve {
  return (ref) => {
    const name = /^#\/components\/schemas\/(.+)$/.exec(ref)?.[1];
    const schema = name === undefined ? undefined : document.components?.schemas?.[name];
    if (!schema) throw new Error(`the document has no schema at ${ref}`);
    return schema;
  };
}
