// Where a person is, from ADR, as "City, Country" or the best short form the card allows.
// Gmail and others cram the whole address into one component with newlines; Kith keeps no street.
import type { Card } from './vcard-card.js';

/** The first address (most preferred first) that says anything about a place. */
export function readLocation(card: Card): string | null {
  for (const property of card.properties('ADR')) {
    const location = placeOf(card.components(property));
    if (location) return location;
  }
  return null;
}

/** ADR components: post office box; extended address; street; locality; region; postal code; country. */
function placeOf(components: string[]): string | null {
  const [box = '', extended = '', street = '', locality = '', region = '', , country = ''] =
    components;
  const place = locality ? [locality, country || region] : [region, country];
  const named = unique(place.map(oneLine).filter((part) => part !== ''));
  if (named.length > 0) return named.join(', ');
  const crammed = [street, extended, box].find((part) => part !== '');
  return crammed ? placeFromCrammed(crammed) : null;
}

/**
 * `Crescent moon drive\n555-asd\nNice Area, Albaney, New York 12345\nUnited States of America`:
 * drop the first line (the street) and postal codes, and keep the last two places named.
 */
function placeFromCrammed(text: string): string | null {
  const lines = text
    .split(/\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  if (lines.length <= 1) return lines[0] ?? null;
  const places = lines
    .slice(1)
    .flatMap((line) => line.split(','))
    .map(withoutPostalCode)
    .filter((part) => part !== '');
  return places.length > 0 ? unique(places.slice(-2)).join(', ') : null;
}

/** Tokens with a digit are postal codes or house numbers, not places. */
function withoutPostalCode(text: string): string {
  return text
    .split(/\s+/)
    .filter((token) => token !== '' && !/\d/.test(token))
    .join(' ');
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ', ').trim();
}

function unique(parts: string[]): string[] {
  return [...new Set(parts)];
}
