// Shona in a one-line log put into English before it is read. A Zimbabwean's notes switch language
// mid-line ("Ndakafonera Priya nezuro re the referral", "Stella akandifonera", "Takataura na Thomas
// on the phone", "coffee with Maggie svondo rapfuura"): Shona puts who did what in the verb itself
// ("ndaka-", I did; "taka-", we did; "aka-…-ndi-", they did to me) and "na" before a name is with
// them. Each verb becomes English where it stands, the order English reads already; the days around
// today and the days of the week ("neChishanu", on Friday) become English days. "ndatenda" (thank
// you) is read with the other languages' thanks, and "sisi", "mukoma", "tete", "sekuru" before a
// name with the other courtesies, in `log-line-dialects.ts`. A line is read so only when it is
// Shona by a word no English note uses.

import { applySwaps, type Swap, wholeWord } from './log-line-tokens.js';

const word = (text: string) => wholeWord(text, 'giu');

/** The days, Monday to Sunday; "neChishanu", "paChishanu": on Friday. */
const days: ReadonlyArray<readonly [string, string]> = [
  ['Muvhuro', 'Monday'],
  ['Chipiri', 'Tuesday'],
  ['Chitatu', 'Wednesday'],
  ['Chishanu', 'Friday'],
  ['Mugovera', 'Saturday'],
];

/**
 * The verbs of a Shona note, as English says them where they stand: "ndakafonera X" (I phoned X),
 * "X akandifonera" (X phoned me; "vakandifonera" of an elder), "takataura na X" (we talked with X),
 * "ndakataura" (I talked), "ndakasangana na X" (I met X), "ndakatumira X" (I sent X),
 * "akanditumira" (sent me), "ndakanyorera X" (I wrote to X), "akandinyorera" (wrote to me).
 */
const doings: ReadonlyArray<readonly [string, string]> = [
  ['ndakamufonera|ndamufonera', 'called them'],
  ['ndakafonera|ndafonera|ndakafona', 'called'],
  ['akandifonera|vakandifonera|akandifona|vakandifona|andifonera', 'called me'],
  ['(?:takataura|ndakataura|takataurirana|takakurukura|ndakakurukura) na', 'talked with'],
  ['takataura|takataurirana|takakurukura', 'we talked'],
  ['ndakataura|ndakakurukura', 'talked'],
  ['(?:takasangana|ndakasangana) na', 'met'],
  ['takasangana', 'we met'],
  ['ndakamutumira', 'sent them'],
  ['ndakatumira', 'sent'],
  ['akanditumira|vakanditumira', 'sent me'],
  ['ndakanyorera', 'wrote to'],
  ['akandinyorera|vakandinyorera', 'wrote to me'],
];

/** Words only a Shona note uses. */
const shonaMarker = wholeWord(
  [
    ...doings.map(([said]) => said),
    'nezuro|zuro|nhasi|mangwana|rapfuura|rakapfuura|rakapera|zvakanaka|ndatenda|ndinotenda',
    ...days.map(([day]) => `(?:ne|pa)?${day}`),
  ].join('|'),
  'iu',
);

const shonaWords: readonly Swap[] = [
  ...doings.map(([said, english]): Swap => [word(said), english]),
  // The days around today: "nezuro", "zuro" (yesterday), "nhasi" (today), "mangwana" (tomorrow),
  // "svondo rapfuura" and "vhiki rakapera" (last week, the week that passed), "mwedzi wapfuura"
  // (last month).
  [word('(?:svondo|vhiki|sabhuro) (?:rapfuura|rakapfuura|rakapera|rapera)'), 'last week'],
  [word('mwedzi (?:wapfuura|wakapfuura|wapera|wakapera)'), 'last month'],
  [word('nezuro|zuro'), 'yesterday'],
  [word('nhasi'), 'today'],
  [word('mangwana'), 'tomorrow'],
  // "neChishanu", "paMuvhuro": on the day; the day alone, in any case.
  ...days.map(([day, english]): Swap => [word(`(?:ne|pa)${day}`), `on ${english}`]),
  ...days.map(([day, english]): Swap => [word(day), english]),
  // "China" (Thursday) and "Svondo" (Sunday; a week too) only as a day is said: "on China",
  // "neChina"; "a role in China", "China's market" stay the country.
  [/(?<![\p{L}\d'’/-])(?:ne|pa)China(?![\p{L}\d'’/-])/gu, 'on Thursday'],
  [/(?<![\p{L}\d'’/-])(?<=\b[Oo]n )China(?![\p{L}\d'’/-])(?! \p{Lu})/gu, 'Thursday'],
  [/(?<![\p{L}\d'’/-])(?:ne|pa)[Ss]vondo(?![\p{L}\d'’/-])/gu, 'on Sunday'],
  [/(?<=\b[Oo]n )Svondo(?![\p{L}\d'’/-])/gu, 'Sunday'],
  // "Svondo" alone closing a clause is the day: "tagged me on LinkedIn, Svondo" (on Sunday).
  [/(?<=(?:^|[,;(] ?))Svondo(?=\s*(?:[,;.)]|$))/gu, 'Sunday'],
  // "na" written onto a name: "takataura naDan Fletcher" (we talked with Dan Fletcher).
  [/(?<![\p{L}\d'’/-])na(?=\p{Lu}\p{Ll})/gu, 'with '],
  // What is said, not done: "zvakanaka" (all is well).
  [/,?\s*(?<![\p{L}\d'’-])zvakanaka(?![\p{L}\d'’-])/giu, ''],
];

/** "Svondo" as a day by itself, closing a clause: "…on LinkedIn, Svondo". */
const sundayAlone = /(?:^|[,;(] ?)Svondo(?=\s*(?:[,;.)]|$))/u;

/** The line with its Shona put into English, when it has any. */
export function mendShona(line: string): string {
  return shonaMarker.test(line) || sundayAlone.test(line) ? applySwaps(line, shonaWords) : line;
}
