// Verbs of getting in touch typed with one slip: "emaild kate morrison", "mesaged anna", "emialed yusuf".
import { contactVerbs, notNames, objectVerbs, subjectVerbs } from './log-line-name-words.js';

/**
 * Real words one slip from a verb of getting in touch, which must stay as written: "tanked" is
 * not "thanked", "got sacked" is not "slacked", "honed" is not "phoned".
 */
const realWords = new Set(['tanked', 'honed', 'pined', 'sacked', 'slaked', 'cased']);

/**
 * Verbs of talking that lead to a name as getting in touch does ("tlked to rachel lowe"), and of
 * work done for the user, which say what kind a line is ("he reviewd my portfolio").
 */
const talkVerbs = [
  'talked',
  'chatted',
  'spoke',
  'reviewed',
  'recommended',
  'referred',
  'forwarded',
  'telephoned',
];

/** The verbs mended: ways of getting in touch long enough that one slip cannot make another word. */
const mendable = [...contactVerbs, ...talkVerbs].filter((verb) => /^\p{Ll}{5,}$/u.test(verb));

/** Short words so often typed with their letters swapped that the slip is no word: "on teh phone". */
const wordSlips: ReadonlyMap<string, string> = new Map([
  ['teh', 'the'],
  ['adn', 'and'],
  ['wiht', 'with'],
  ['wtih', 'with'],
]);

/**
 * Each slip of one verb: a letter missing (not the first, nor the "d" of "-ed", which leaves the
 * verb's own plain form, "phone", "chase"), two neighbouring letters swapped (not the first), or a
 * letter typed twice.
 */
function slipsOf(verb: string): string[] {
  const slips: string[] = [];
  for (let at = 1; at < verb.length; at += 1) {
    if (!(at === verb.length - 1 && verb.endsWith('ed')))
      slips.push(verb.slice(0, at) + verb.slice(at + 1));
    if (at + 1 < verb.length)
      slips.push(verb.slice(0, at) + (verb[at + 1] ?? '') + (verb[at] ?? '') + verb.slice(at + 2));
    // "emailled", "telephonned": a letter typed twice.
    slips.push(verb.slice(0, at + 1) + (verb[at] ?? '') + verb.slice(at + 1));
  }
  return slips;
}

const known = (word: string) =>
  realWords.has(word) || notNames.has(word) || subjectVerbs.has(word) || objectVerbs.has(word);

/** Every slip that is itself no word the reader knows, to the verb it was meant to be. */
export const verbSlips: ReadonlyMap<string, string> = new Map(
  mendable.flatMap((verb) =>
    slipsOf(verb)
      .filter((slip) => slip !== verb && !known(slip))
      .map((slip): [string, string] => [slip, verb]),
  ),
);

/** "emaild kate morrison re the role" → "emailed kate morrison re the role". */
export function mendVerbSlips(line: string): string {
  return line.replace(/\p{L}+/gu, (word) => {
    const verb = verbSlips.get(word.toLowerCase()) ?? wordSlips.get(word.toLowerCase());
    return verb === undefined ? word : verb;
  });
}
