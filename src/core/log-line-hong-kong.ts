// Hong Kong English in a one-line log, put plainly before it is read: "ho ho Robert reply already",
// "no FBP role lor", "m goi for the CV review", "went Fatima's talk". A line's particles
// ("lor", "lah", "wor", "jor") and its "already" after a plain verb are read in any line, as are
// "kum man" and "kum yat": no English note uses them that way.

import {
  applySwaps,
  plainPast as pastOf,
  type Swap,
  wholeWord as word,
} from './log-line-tokens.js';

/** Each verb with or without its capital, so that a name before it must still be capitalised. */
const plainVerb = Object.keys(pastOf)
  .map((verb) => `[${verb.charAt(0)}${verb.charAt(0).toUpperCase()}]${verb.slice(1)}`)
  .join('|');

/**
 * "Wei revert already, ARM freeze hiring", "Winnie Lau add me on linkedin already", "so email him
 * already": in a clause ending in "already", its last plain verb happened, and "already" goes.
 */
const doneAlready = new RegExp(
  String.raw`(^|[,;:!?]\s*|\b(?:so|and|then)\s+|\p{Lu}[\p{L}'’-]*\s+)(${plainVerb})\b((?:(?!\b(?:${plainVerb})\b)[^,;:!?])*?)\s+[Aa]lready\b`,
  'gu',
);

const swaps: readonly Swap[] = [
  // "ho ho Joanne offer me the contract", "wah, Ben replied": a cry of joy or surprise opening the line.
  [/^(?:(?:ho ho|wah|waa+h?|aiya+h?|haiya+h?)\b[\s,!]*)+/iu, ''],
  // "no FBP role lor", "so kind lah", "head of finance ah, add oil myself": particles ending a clause.
  [/\s+(?:lor|lah|leh|wor|meh)\b(?=\s*(?:[,.;!?]|$))/giu, ''],
  [/\s+ah\b(?=\s*(?:[,.;!?]|$))/giu, ''],
  // "m goi for the CV review", "do jeh": thanks, in Cantonese.
  [word('(?:m ?goi|mh ?goi|do ?jeh|dor ?jeh)(?: sai)?'), 'thanks'],
  [word('add oil'), 'good luck'],
  // "rang me kum man" (last night), "kum yat emailed Wei" (today), "kum jiu" (this morning), in
  // the ways Cantonese is spelled in English letters; "emailed jor" marks what is done.
  [word('(?:kum|gam|kam) ?man'), 'last night'],
  [word('(?:kum|gam|kam) ?yat'), 'today'],
  [word('(?:kum|gam|kam) ?jiu'), 'this morning'],
  [/(?<=\p{L}) (?:jor|jo2|zo2)(?![\p{L}\d'’/-])/gu, ''],
  [
    doneAlready,
    (_m: string, before: string, verb: string, rest: string) =>
      `${before}${pastOf[verb.toLowerCase()] ?? verb}${rest}`,
  ],
  // "went Fatima's talk", "went the Wise data meetup": went to a gathering named after it.
  [/\bwent (?=\p{Lu}[\p{L}'’-]*['’]s )/gu, 'went to '],
  [/\b([Ww]ent) (?=the \p{Lu})/gu, '$1 to '],
  // "Monzo got opening", "Tesco BI got 2 openings": has them.
  [
    /\bgot (?!(?:the|a|an|my|his|her|their|your|our)\b)(?=(?:(?:\d+|two|three|some|many|few) )?(?:[\w-]+ ){0,3}(?:openings?|vacanc(?:y|ies)|positions?|roles?|contracts?)\b)/giu,
    'has ',
  ],
  // "Marcus Bell say will intro me": said they will.
  [
    /\b(?:say|says|said) (?=will (?:intro|introduce|refer|pass|send|share|forward|recommend|put)\b)/giu,
    'said they ',
  ],
];

/** The line with its Hong Kong English put plainly; a line with none comes back as it was. */
export function mendHongKong(line: string): string {
  return applySwaps(line, swaps);
}
