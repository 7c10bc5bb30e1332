// A card's name: FN as written, else built from N; one of several ALTID/LANGUAGE alternates
// (the first), and the given and family names from the N in the same language.
import type { Card } from './vcard-card.js';
import { param, type VCardProperty } from './vcard-property.js';

export interface CardName {
  /** Empty when the card names no one. */
  name: string;
  givenName: string | null;
  familyName: string | null;
}

export function readName(card: Card): CardName {
  const formatted = card.properties('FN').find((property) => card.value(property) !== '');
  const structured = pickStructured(card, formatted ? language(formatted) : null);
  const parts = structured ? nameParts(card, structured) : null;
  const name = formatted ? card.value(formatted) : parts ? joinName(parts) : '';
  return {
    name: name.replace(/\s+/g, ' '),
    givenName: parts?.given || null,
    familyName: parts?.family || null,
  };
}

interface NameParts {
  family: string;
  given: string;
  additional: string;
  prefix: string;
  suffix: string;
}

function pickStructured(card: Card, wanted: string | null): VCardProperty | undefined {
  const candidates = card
    .properties('N')
    .filter((property) => property.raw.replace(/[;\s]/g, '') !== '');
  return candidates.find((property) => language(property) === wanted) ?? candidates[0];
}

function language(property: VCardProperty): string | null {
  return param(property, 'LANGUAGE')?.toLowerCase() ?? null;
}

/** `N:Doe;John;Richter,James;Mr.;Sr.` — a component may be a comma list (two additional names). */
function nameParts(card: Card, property: VCardProperty): NameParts {
  const [family = '', given = '', additional = '', prefix = '', suffix = ''] = card
    .components(property)
    .map((component) => component.replace(/\s*,\s*/g, ' ').trim());
  return { family, given, additional, prefix, suffix };
}

function joinName(parts: NameParts): string {
  return [parts.prefix, parts.given, parts.additional, parts.family, parts.suffix]
    .filter((part) => part !== '')
    .join(' ');
}
