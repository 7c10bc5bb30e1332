// Values no schema asks for: the wrong type, too much, odd Unicode, numbers at and past every edge.
import fc from 'fast-check';

/** A string far longer than any field allows, made once. */
const huge = 'x'.repeat(100_000);

const oddStrings = fc.constantFrom(
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\uD800',
  '\uDFFFx\uD83D',
  '\u202Eevil\u202C',
  '\u200B\u200D\uFEFF',
  'Zoë Ørsted Łukasz 王秀英 محمد',
  '👩‍👩‍👧‍👦🏳️‍🌈',
  'e\u0301\u0301\u0301',
  "'; drop table people; --",
  '%00%2e%2e%2f',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  '${jndi:ldap://x}',
  '{"a":1}',
  'NaN',
  'Infinity',
  '-0',
  '1e309',
  '2026-02-30',
  '9999-99-99',
  'true',
  'null',
  huge,
);

const oddNumbers = fc.constantFrom(
  0,
  -0,
  -1,
  0.5,
  -0.5,
  1e-300,
  2 ** 31,
  -(2 ** 31) - 1,
  2 ** 53 + 2,
  -(2 ** 53) - 2,
  1e308,
  -1e308,
  Number.MAX_VALUE,
);

/** Any JSON value, leaning towards the awkward ones. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  oddStrings,
  oddNumbers,
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
  fc.constant([]),
  fc.constant({}),
  fc.jsonValue({ maxDepth: 3 }),
  fc.constant(deeplyNested(2000)),
  fc.array(oddStrings, { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 8 }), oddNumbers, { maxKeys: 3 }),
);

/** Text for a path segment or a query value that is no valid id, number or choice. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  oddStrings,
  oddNumbers.map(String),
  fc.constantFrom('abc', '1.5', '1e3', '0x10', ' 1', '1 ', '+1', '01', '٣', '１', '[]', '{}'),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.integer().map(String),
  fc.bigInt({ min: 2n ** 53n, max: 2n ** 70n }).map(String),
);

/** Bodies that are not JSON, or not the JSON the header promises. */
export const notJson: fc.Arbitrary<{ contentType: string | null; payload: string | Buffer }> =
  fc.oneof(
    fc.record({
      contentType: fc.constantFrom('application/json', 'application/json; charset=utf-8'),
      payload: fc.constantFrom(
        '',
        '{',
        '{"name":',
        "{'name':'x'}",
        '[1,2,',
        'undefined',
        '{"__proto__":{"polluted":true}}',
        '{"constructor":{"prototype":{"polluted":true}}}',
        '\uFEFF{}',
        'nul\u0000l',
      ),
    }),
    fc.record({
      contentType: fc.constantFrom(
        'text/plain',
        'application/xml',
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=x',
        'application/octet-stream',
        'application/jsonx',
        'image/png',
      ),
      payload: fc.string({ maxLength: 60 }),
    }),
    fc.record({ contentType: fc.constant(null), payload: fc.string({ maxLength: 60 }) }),
    fc.record({
      contentType: fc.constant('application/json'),
      payload: fc.uint8Array({ maxLength: 40 }).map((bytes) => Buffer.from(bytes)),
    }),
  );

/** A body past the server's limit of 1 MB. */
export const tooLarge = JSON.stringify({ name: 'y'.repeat(1_100_000) });

function deeplyNested(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i += 1) value = i % 2 === 0 ? [value] : { a: value };
  return value;
}
