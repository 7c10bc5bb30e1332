// Singapore English in a one-line log, put plainly before it is read: "makan with Dev and Chidi",
// "kopi with Dev", "Chidi jio me for the meetup", "he say Northwind got opening", "can makan or
// not". Its particles ("lah", "leh", "lor", "sia") and "already" after a plain verb are read as
// Hong Kong English's are (`log-line-hong-kong.ts`). None of these words is an English note's.

import { applySwaps, type Swap, wholeWord as word } from './log-line-tokens.js';

const swaps: readonly Swap[] = [
  // "makan with Dev", "kopi w Chidi": a meal, a coffee.
  [word('makan(?= (?:with|w|wid)\\b)'), 'lunch'],
  [word('kopi(?: ?[co]| peng| siew dai)?(?= (?:with|w)\\b)'), 'coffee'],
  [word('can makan or not'), 'to ask if we can have lunch'],
  [word('makan'), 'lunch'],
  [word('kopi'), 'coffee'],
  // "Chidi jio me for the meetup": invited.
  [word('jio(?:ed)? (me|us)'), 'invited $1'],
  // "shiok sia", "paiseh": how the user felt, no part of what happened.
  [/(?<![\p{L}'’-])(?:shiok|paiseh|sia|alamak|walao|wah lau)(?![\p{L}'’-])[!.]*/giu, ''],
  // "he say Northwind got opening": said. "he ask for it at the meetup", "sent niamh my cv she
  // request", "maria gonzalez ask if i can do user interview": asked, requested.
  [/(?<![\p{L}'’-])(he|she|they) say(?= )(?! (?:to|that i)\b)/giu, '$1 said'],
  [/(?<![\p{L}'’-])(he|she|they) (ask|request)(?=[ ,.;]|$)(?! (?:to|that)\b)/giu, '$1 $2ed'],
  [
    /^(?!(?:pls|please|plz|i|we|will|to|and|then|just|also|must|should|can|could|gonna|need to)\b)(\p{L}[\p{L}'’-]*(?: \p{L}[\p{L}'’-]*)?(?: (?:from|at) [\p{L}&.'’-]+)?) (ask|say) (?=(?:if|whether|they|he|she|we|that)\b)/iu,
    (_m: string, who: string, verb: string) =>
      `${who} ${verb.toLowerCase() === 'ask' ? 'asked' : 'said'} `,
  ],
  // "can or not": a question asked.
  [word('can or not'), 'if they can'],
];

/** The line with its Singapore English put plainly; a line with none comes back as it was. */
export function mendSingapore(line: string): string {
  return applySwaps(line, swaps);
}
