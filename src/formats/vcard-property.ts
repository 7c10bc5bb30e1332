// Reads one unfolded content line into group, name, parameters and raw value: 2.1 bare
// parameters, 3.0 repeated and comma lists, 4.0 quoted values and RFC 6868 caret escapes.
import { valueStart, type ContentLine } from './vcard-lines.js';

export interface VCardProperty {
  line: number;
  /** Lower-cased, as groups are case-insensitive (`item1.` and `ITEM1.`). */
  group: string | null;
  /** Upper-cased. */
  name: string;
  /** Upper-cased parameter names; TYPE values lower-cased and split at commas. */
  params: Map<string, string[]>;
  /** The value as the file holds it, one char per byte, still encoded and escaped. */
  raw: string;
}

/** 2.1 writes `TEL;CELL;QUOTED-PRINTABLE:`: bare words that are encodings, the rest are types. */
const bareEncodings = new Set(['QUOTED-PRINTABLE', 'BASE64', 'B', '8BIT', '7BIT']);

/** Null when the line is not a property at all (no colon and no property-like name). */
export function parseProperty(content: ContentLine): VCardProperty | null {
  const start = valueStart(content.text);
  // Evolution writes a bare `FN` with no colon: a property with an empty value.
  if (start === null && !/^[\w.-]+$/.test(content.text.trim())) return null;
  const head = start === null ? content.text : content.text.slice(0, start - 1);
  const raw = start === null ? '' : content.text.slice(start);
  const [nameWithGroup = '', ...paramTexts] = splitParams(head);
  const { group, name } = splitGroup(nameWithGroup.trim());
  if (name === '') return null;
  return { line: content.line, group, name, params: parseParams(paramTexts), raw };
}

export function param(property: VCardProperty, name: string): string | null {
  return property.params.get(name)?.[0] ?? null;
}

export function hasType(property: VCardProperty, type: string): boolean {
  return property.params.get('TYPE')?.includes(type) ?? false;
}

/** 4.0 PREF=1 (most preferred) to 100, or a 2.1/3.0 `pref` type; others rank after them. */
export function preference(property: VCardProperty): number {
  const pref = Number(param(property, 'PREF'));
  if (Number.isInteger(pref) && pref >= 1 && pref <= 100) return pref;
  return hasType(property, 'pref') ? 1 : 101;
}

function splitGroup(text: string): { group: string | null; name: string } {
  const dot = text.lastIndexOf('.');
  if (dot === -1) return { group: null, name: text.toUpperCase() };
  return { group: text.slice(0, dot).toLowerCase(), name: text.slice(dot + 1).toUpperCase() };
}

/** Splits `NAME;P1;P2="a;b"` at semicolons outside double quotes. */
function splitParams(head: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < head.length; i += 1) {
    const char = head[i];
    if (char === '"') quoted = !quoted;
    else if (char === ';' && !quoted) {
      parts.push(head.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(head.slice(start));
  return parts;
}

function parseParams(texts: string[]): Map<string, string[]> {
  const params = new Map<string, string[]>();
  const add = (name: string, values: string[]) => {
    params.set(name, [...(params.get(name) ?? []), ...values]);
  };
  for (const text of texts) {
    const equals = text.indexOf('=');
    if (equals === -1) {
      const word = text.trim().toUpperCase();
      if (word === '') continue;
      if (bareEncodings.has(word)) add('ENCODING', [word]);
      else add('TYPE', [word.toLowerCase()]);
      continue;
    }
    const name = text.slice(0, equals).trim().toUpperCase();
    const value = decodeCarets(unquote(text.slice(equals + 1).trim()));
    if (name === 'TYPE') add(name, splitTypes(value));
    else add(name, [value]);
  }
  return params;
}

/** `TYPE=WORK,VOICE`, `TYPE="HOME,VOICE"` and `type=pref` all become lower-case words. */
function splitTypes(value: string): string[] {
  return value
    .split(',')
    .map((type) => unquote(type.trim()).toLowerCase())
    .filter((type) => type !== '');
}

function unquote(value: string): string {
  return value.length >= 2 && value.startsWith('"') && value.endsWith('"')
    ? value.slice(1, -1)
    : value;
}

/** RFC 6868: ^n is a newline, ^' a double quote, ^^ a caret; any other caret stays as written. */
function decodeCarets(value: string): string {
  return value.replace(/\^([n'^])/g, (_, code: string) =>
    code === 'n' ? '\n' : code === "'" ? '"' : '^',
  );
}
