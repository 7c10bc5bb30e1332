// Names spelt as they sound: "Neve Kelly" for Niamh Kelly, "Shivon" for Siobhan. A full name that
// sounds like someone the user knows, with the same surname, is never quietly someone new.
import { companyKey, nameKey } from './name-match.js';
import { lineNamesCompany } from './person-company.js';
import type { NameResolution, NamedPerson } from './person-match.js';

/**
 * Spellings that say one sound, Irish and Welsh ones among them ("mh" and "bh" say "v", "sio"
 * says "sh"), applied in order before vowels, "h" and "y" are dropped and doubles run together.
 */
const sounds: ReadonlyArray<[RegExp, string]> = [
  [/^sio/u, 'x'],
  [/sh|ch/gu, 'x'],
  [/[mb]h/gu, 'v'],
  [/ph/gu, 'f'],
  [/ck|q|c(?=[aou]|$)/gu, 'k'],
  [/c/gu, 's'],
  [/z/gu, 's'],
  [/[aeiouyhw]/gu, ''],
  [/(.)\1+/gu, '$1'],
];

/** The consonants a name says, in order: "niamh", "neve" and "neeve" all say "nv". */
export function soundKey(name: string): string {
  let key = nameKey(name).replace(/[^a-z]/gu, '');
  const first = key[0] ?? '';
  for (const [pattern, replacement] of sounds) key = key.replace(pattern, replacement);
  // A name that opens on a vowel keeps it: "Ann" and "Nan" do not sound alike.
  if (/[aeiou]/u.test(first)) return `${first}${key}`;
  // "Way" for Wei, "Hugh" for Hew: a name of vowels and w, y or h says its first letter.
  return key === '' ? first : key;
}

/** Whether two given names sound alike though spelt apart. */
export function soundsAlike(a: string, b: string): boolean {
  const one = soundKey(a);
  return one.length > 0 && one === soundKey(b);
}

/**
 * "tidy chat w Neve Kelly from Intercom", "video call wi neeve kelly": a full name matching nobody,
 * whose surname is someone's and whose first name sounds like theirs, is that person when the line
 * names where they work, or when they are the only one and the first name has four letters or
 * more; otherwise ("Nev Kelly", who may be a Neville) Kith asks, offering them. Anything else is
 * unchanged.
 */
export function weighSoundAlike<P extends NamedPerson>(
  resolution: NameResolution<P>,
  written: string,
  line: string,
): NameResolution<P> {
  if (resolution.kind !== 'none') return resolution;
  const words = nameKey(written).split(' ').filter(Boolean);
  const [given, family] = words;
  if (words.length !== 2 || given === undefined || family === undefined) return resolution;
  const alike = resolution.closest.filter(({ person }) => {
    const [theirGiven = '', ...rest] = nameKey(person.name).split(' ');
    return rest.join(' ') === family && soundsAlike(given, theirGiven);
  });
  if (alike.length === 0) return resolution;
  const names = lineNamesCompany(line);
  const there = alike.filter(
    ({ person }) => companyKey(person.company) !== '' && names(person.company),
  );
  const [only] = there.length > 0 ? there : alike;
  if ((there.length === 1 || (alike.length === 1 && given.length >= 4)) && only)
    return { kind: 'one', person: only.person, reason: 'spelling' };
  return { ...resolution, close: true };
}

/**
 * "Shivaun from Stripe", "coffee w Neeve at Intercom": one word matching nobody that sounds like
 * someone's first name is them when the line names where they work, and two such make Kith ask.
 * Without their company it stays someone new: a lone first name is too short for its sound alone
 * to say who ("Greta" beside Gareth, "Tomasz" beside Thomas).
 */
export function weighSoundAlikeGiven<P extends NamedPerson>(
  resolution: NameResolution<P>,
  written: string,
  context: { people: readonly P[]; line: string },
): NameResolution<P> {
  if (resolution.kind !== 'none') return resolution;
  const word = nameKey(written);
  if (word === '' || word.includes(' ')) return resolution;
  const alike = context.people.filter((person) => {
    const [given = ''] = nameKey(person.name).split(' ');
    return given !== word && soundsAlike(word, given);
  });
  if (alike.length === 0) return resolution;
  const names = lineNamesCompany(context.line);
  const there = alike.filter((person) => names(person.company));
  const [only] = there;
  if (there.length === 1 && only) return { kind: 'one', person: only, reason: 'similar name' };
  if (there.length === 0) return resolution;
  const closest = there.map((person) => ({ person, reason: 'similar name' as const }));
  return { kind: 'none', closest: [...resolution.closest, ...closest], close: true };
}
