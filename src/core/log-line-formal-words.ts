// Formal words for ways of getting in touch, put plainly before a one-line log is read:
// "Telephoned Mrs Taylor", "on the telephone", "luncheon with Mr Carter", "wrote by email to".

/** Each formal word and the plain one every other rule reads. */
const plainOf: ReadonlyArray<[RegExp, string]> = [
  // "telephoned", "telephoning", "telephone": the same as "phoned", "phoning", "phone".
  [/\btelephon(ed|ing|e|es)\b/giu, 'phon$1'],
  // "luncheon with Mr Carter", "over luncheon": a lunch.
  [/\bluncheons?\b/giu, 'lunch'],
  // "Wrote by email to Mr Granger", "Mr Wright wrote by email": an email.
  [/\bwrote by e-?mail(?: to)?\b/giu, 'emailed'],
];

/** "Rung Mr Okoro this morning": "rung" opening the line is what was done, "rang". */
const rungOpening = /^rung(?= )/iu;

/** Keeps the first letter's case of what was written: "Telephoned" → "Phoned". */
function sameCase(written: string, plain: string): string {
  return /^\p{Lu}/u.test(written) ? plain.charAt(0).toUpperCase() + plain.slice(1) : plain;
}

/** The line with formal words for calls, lunches and emails put plainly. */
export function plainFormalWords(line: string): string {
  let out = line.replace(rungOpening, (word) => sameCase(word, 'rang'));
  for (const [pattern, plain] of plainOf)
    out = out.replace(pattern, (match, ...groups: unknown[]) => {
      const ending = typeof groups[0] === 'string' ? groups[0] : '';
      return sameCase(match, plain.replace('$1', ending.toLowerCase()));
    });
  return out;
}
