// Lebanese Arabic in Latin letters, as a Beirut-born writer mixes it into English notes, put into
// English before it is read: "coffee ma3 joanne mbere7" (with Joanne yesterday), "margaret
// 7akatne" (called me), "7kina 3an el rebrand" (we talked about the rebrand), "ba3atetlo la dev el
// deck 3al email" (I sent Dev the deck by email), "my CV w portfolio" (and). The digits stand for
// letters English has not ("3" for ain, "7" for the hard h). The days after "l" or "yom el" ("l
// jem3a", "yom el tnen") are read with the other Arabic days in `log-line-dialects.ts`; "3an"
// (about), "inshallah" and "ba3atetli" (sent me) are read there too, as Egyptian writes them; the
// spellings without the first vowel ("b3atli", "b3atetli", sent me) are read here. A line is read
// so only when it is Lebanese by a word no English note uses.

import { activityWords } from './log-line-note.js';
import { applySwaps, type Swap, wholeWord as word } from './log-line-tokens.js';

/** Edges of a word written with the digits of Arabic in Latin letters ("ma3", "7kina"). */
const from = String.raw`(?<![\p{L}\d'’/-])`;
const till = String.raw`(?![\p{L}\d'’/-])`;

/** "mbere7" (yesterday), as spelt: "mbere7", "mbare7", "mberi7", "mbereh". */
const yesterday = 'mb[ae]r[ei][7h]';

/** Words only a Lebanese note uses. */
const lebaneseMarker = new RegExp(
  String.raw`${from}(?:ma3|${yesterday}|3al|7ak\p{L}*|7ki\p{L}*|ba3atet\p{L}*|ba3atit\p{L}*|ba3atl[oa]|b3at\p{L}*|yalla|khalas|kello|ya rabbi)${till}`,
  'iu',
);

/**
 * Before a lone "w", a word after which it is the English shorthand for "with" ("coffee w owen",
 * "met w Ana"); anywhere else in a Lebanese note "w" is "and" ("my CV w portfolio", "SAP w life",
 * "w she'll intro me").
 */
const withAfter = new Set(['met', 'meet', 'saw', 'spoke', 'talked', 'caught', 'up', 'lunched']);

const lebaneseWords: readonly Swap[] = [
  // The days around today: "awwal mbere7" (the day before yesterday), "mbere7 el lel" (last
  // night), "mbere7" (yesterday), "el yom" and "lyom" (today).
  [word(`(?:awwal|awal|awel|awwel) ${yesterday}`), 'the day before yesterday'],
  [word(`${yesterday} (?:el|bel|bi ?l|b) ?lel`), 'last night'],
  [word(yesterday), 'yesterday'],
  [word('lyom|lyoum|el yom|el youm'), 'today'],
  // "3al fekra" (by the way) opens an aside; "ma fi jawab" (no answer), "ma fi shi" (nothing).
  [/(?<![\p{L}\d'’-])3al? fekra(?![\p{L}\d'’-])[,:]?\s*/giu, ''],
  [word('ma ?fi (?:jawab|jaweb|rad)'), 'no answer'],
  [word('ma ?fi (?:shi|she)'), 'nothing'],
  // "ma3 X" (with X), "ma3o" (with him), "ma3on" (with them), "3al pricing" (on pricing; "3al
  // email", by email); "shukran 3al" (thanks for) is read with the Egyptian.
  [new RegExp(`${from}ma3(?= \\p{L})`, 'giu'), 'with'],
  [new RegExp(`${from}ma3o${till}`, 'giu'), 'with him'],
  [new RegExp(`${from}(?:ma3on|ma3hon)${till}`, 'giu'), 'with them'],
  [new RegExp(`(?<!(?:shukran|merci|thanks)(?: kteer| ktir)? )${from}3al(?= \\p{L})`, 'giu'), 'on'],
  // Talk and calls: "X 7akatne" (X called me; "7akane", "7akani" of a man), "7akayt X" (I called
  // X; before "ma3", "ma3o", talked), "7kina" (we talked).
  [
    new RegExp(
      `${from}(?:7akatne|7akatni|7aketne|7akitne|7akyetne|7akane|7akani|7akeni|7akne)${till}`,
      'giu',
    ),
    'called me',
  ],
  [
    new RegExp(
      `${from}(?:7akayt|7akeit|7akit|7kit)(?= (?:ma3|ma3o|ma3on|ma3hon|with)${till})`,
      'giu',
    ),
    'talked',
  ],
  [new RegExp(`${from}(?:7akayt|7akeit|7akit|7kit)(?= \\p{L})`, 'giu'), 'called'],
  [new RegExp(`${from}(?:7kina|7kena|7akayna|7akeina|7akina)${till}`, 'giu'), 'we talked'],
  // "ba3atetlo la dev el deck" (I sent Dev the deck), "ba3atet la emily my CV" (I sent Emily my
  // CV): the sender is the writer; "ba3atetlo", "ba3atetla" alone sent him, sent her.
  [
    new RegExp(
      String.raw`${from}(?:ba3atet|ba3atit)(?:l[oa]|lon)? (?:la|le|li) (\p{L}[\p{L}'’-]*(?: \p{L}[\p{L}'’-]*)??) el (?=\p{L})`,
      'giu',
    ),
    'sent $1 the ',
  ],
  [new RegExp(`${from}(?:ba3atet|ba3atit)(?:l[oa]|lon)? (?:la|le|li) (?=\\p{L})`, 'giu'), 'sent '],
  [new RegExp(`${from}(?:ba3atetlo|ba3atlo|ba3atitlo)${till}`, 'giu'), 'sent him'],
  [new RegExp(`${from}(?:ba3atetla|ba3atla|ba3atitla)${till}`, 'giu'), 'sent her'],
  [new RegExp(`${from}(?:ba3atet|ba3atit)(?= \\p{L})`, 'giu'), 'sent'],
  // Without the first vowel: "X b3atli" and "X b3atetli" (X sent me; "l brief", the brief),
  // "b3atetlo" (sent him), "b3atetla" (sent her), "b3atet la emily" (I sent Emily).
  [
    new RegExp(
      `${from}(?:b3atli|b3atetli|b3atitli|b3atetly|b3atly)(?: (?:l|el)(?= \\p{L}))?`,
      'giu',
    ),
    (sent: string) => (/ e?l$/iu.test(sent) ? 'sent me the' : 'sent me'),
  ],
  [new RegExp(`${from}(?:b3atetlo|b3atlo|b3atitlo)${till}`, 'giu'), 'sent him'],
  [new RegExp(`${from}(?:b3atetla|b3atla|b3atitla)${till}`, 'giu'), 'sent her'],
  [new RegExp(`${from}(?:b3atet|b3atit)(?: (?:la|le|li))?(?= \\p{L})`, 'giu'), 'sent'],
  // "3an el rebrand" (about the rebrand): the article after "about", as Egyptian's "3an" is read.
  [new RegExp(`${from}(3an|about) el (?=\\p{L})`, 'giu'), '$1 the '],
  // What is said, not done: "yalla", "khalas" (that's that), "merci ya rabbi", "el 7amdella"
  // (thank God), "w kello" (and all that); "yalla" closing a line or opening a clause goes with
  // its comma.
  [/,?\s*(?<![\p{L}\d'’-])(?:merci |shukran )?ya rabbi(?![\p{L}\d'’-])/giu, ''],
  [
    /,?\s*(?<![\p{L}\d'’-])(?:el ?)?(?:7amdella|7amdellah|hamdella|hamdellah)(?![\p{L}\d'’-])/giu,
    '',
  ],
  [/,?\s*(?<![\p{L}\d'’-])(?:but )?(?:yalla|khalas)[!.]*(?=\s*$)/giu, ''],
  [/(?<![\p{L}\d'’-])(?:yalla|khalas)(?![\p{L}\d'’-])[,!.]*\s*/giu, ''],
  [/\s*(?<![\p{L}\d'’-])w kello(?![\p{L}\d'’-])/giu, ''],
  // "my CV w portfolio", "gossip 3an SAP w life": "and", but "coffee w owen" is with.
  [
    /(?<![\p{L}\d'’/-])w (?=\p{L})/giu,
    (...args: string[]) => {
      // A replacer's arguments: the match, then its offset and the whole line.
      const [whole, offset, all] = args as unknown as [string, number, string];
      const last = /([\p{L}'’-]+)\W*$/u.exec(all.slice(0, offset))?.[1]?.toLowerCase() ?? '';
      return activityWords.has(last) || withAfter.has(last) ? whole : 'and ';
    },
  ],
];

/**
 * A lone "w" before "he", "she", "they" or "we" and what they did is "and" in any note, as an
 * Arabic writer has it ("a naming project w he passed my name on"): English's "w" (with) is
 * followed by "him", "her", "them".
 */
const andBeforeSubject: Swap = [
  /(?<![\p{L}\d'’/-])w (?=(?:he|she|they|we)(?:['’]\p{L}+)? \p{L})/gu,
  'and ',
];

/** The line with its Lebanese Arabic put into English, when it has any. */
export function mendLebanese(line: string): string {
  return applySwaps(lebaneseMarker.test(line) ? applySwaps(line, lebaneseWords) : line, [
    andBeforeSubject,
  ]);
}
