// One card's properties by name, with values decoded on demand: what every field reader shares.
import type { RawCard, Report } from './vcard-cards.js';
import { preference, type VCardProperty } from './vcard-property.js';
import { splitComponents, unescapeText } from './vcard-text.js';
import { decodeValue, type ValueContext, type VCardVersion } from './vcard-value.js';

export interface Card {
  line: number;
  version: VCardVersion | null;
  report: Report;
  /** Every property, in file order. */
  allProperties(): readonly VCardProperty[];
  /** Properties of one name, most preferred first, otherwise in file order. */
  properties(name: string): readonly VCardProperty[];
  /** The value unescaped and trimmed. */
  value(property: VCardProperty): string;
  /** The components of a compound value (N, ADR, ORG), each unescaped and trimmed. */
  components(property: VCardProperty): string[];
}

export function readCardVersion(card: RawCard): VCardVersion | null {
  const version = card.properties.find((property) => property.name === 'VERSION')?.raw.trim();
  return version === '2.1' || version === '3.0' || version === '4.0' ? version : null;
}

export function openCard(
  card: RawCard,
  context: Omit<ValueContext, 'version'>,
  report: Report,
): Card {
  const version = readCardVersion(card);
  const values: ValueContext = { ...context, version };
  const byName = new Map<string, VCardProperty[]>();
  for (const property of card.properties) {
    const named = byName.get(property.name);
    if (named) named.push(property);
    else byName.set(property.name, [property]);
  }
  const sortedNames = new Set<string>();
  const cache = new Map<VCardProperty, string>();
  const decoded = (property: VCardProperty) => {
    const known = cache.get(property);
    if (known !== undefined) return known;
    const { text, issue } = decodeValue(property, values);
    if (issue)
      report({ line: property.line, field: property.name, message: issue, severity: 'warning' });
    cache.set(property, text);
    return text;
  };
  return {
    line: card.line,
    version,
    report,
    allProperties: () => card.properties,
    properties: (name) => {
      const named = byName.get(name) ?? [];
      if (!sortedNames.has(name)) named.sort((a, b) => preference(a) - preference(b));
      sortedNames.add(name);
      return named;
    },
    value: (property) => oneNewline(unescapeText(decoded(property), version)).trim(),
    components: (property) =>
      splitComponents(decoded(property), version).map((part) => oneNewline(part).trim()),
  };
}

/** Quoted-printable `=0D=0A` is Windows' CRLF: Kith keeps one newline. */
function oneNewline(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}
