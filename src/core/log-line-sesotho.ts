// Sesotho in a one-line log put into English before it is read. A Mosotho's South African English
// switches language mid-line ("ke mo letseditse Robert re the audit role", "Olivia o ile a
// ntetsetsa kajeno", "re buisane le Priya on zoom", "coffee le ntate Thomas maobane"): Sesotho
// puts who did what before the verb ("ke", I; "re", we; "o", they; "mo", them; "n-", me) and "le"
// before a name is with them. Each verb becomes English where it stands, the order English reads
// already; the days around today ("maobane", yesterday; "bekeng e fetileng", last week) and the
// days of the week ("ka Labohlano", on Friday) become English days; "ke a leboha" (thank you) is
// thanks; "ntate", "'m'e", "ausi", "abuti" before a name (sir, madam, sister, brother) are no part
// of it. A line is read so only when it is Sesotho by a word no English note uses, or by a
// courtesy or "le" where only Sesotho has them ("ntate Robert", "lunch le Ben").

import { applySwaps, type Swap, wholeWord } from './log-line-tokens.js';

const word = (text: string) => wholeWord(text, 'giu');

/** The days, Monday to Sunday; "ka Mantaha": on Monday. */
const days: ReadonlyArray<readonly [string, string]> = [
  ['Mantaha', 'Monday'],
  ['Labobedi', 'Tuesday'],
  ['Laboraro', 'Wednesday'],
  ['Labone', 'Thursday'],
  ['Labohlano', 'Friday'],
  ['Moqebelo', 'Saturday'],
  ['Sontaha|Sondaha', 'Sunday'],
];

/** "fetileng" (that passed), as spelt: "bekeng e fetileng", "beke e fitileng". */
const passed = '(?:e|o|le) (?:fetileng|fitileng|fetang)';

/**
 * The verbs of a Sesotho note, as English says them where they stand: "ke mo letseditse X" (I
 * called X), "X o ile a ntetsetsa" (X called me), "re buisane le X" (we talked with X), "re
 * buisane ka X" (we talked about X), "ke kopane le X" (I met X), "ke mo rometse X" (I sent X), "o
 * nthometse" (sent me), "ke mo ngoletse" (I wrote to them), "o nngoletse" (wrote to me), "ke mo
 * lebohile" (I thanked them), "o ntebohile" (thanked me), "o mpoditse" (asked me), "o nkopantse
 * le X" (introduced me to X).
 */
const doings: ReadonlyArray<readonly [string, string]> = [
  [
    '(?:o ile a |o )?(?:ntetsetsa|ntetseditse|ntetsetse|nteleditse|nteletsa|ntetsitse|nfounetse)',
    'called me',
  ],
  [
    '(?:ke|ne ke) (?:mo |ba )?(?:letseditse|leleditse|letsitse|letsetsa|leletsa|founetse)',
    'called',
  ],
  ['(?:re|ke) (?:buisane|buile|qoqile|qoqa) (?:le|hammoho le)', 'talked with'],
  ['re (?:buisane|buile|qoqile|qoqa) ka', 'we talked about'],
  ['ke (?:buisane|buile|qoqile|qoqa) ka', 'talked about'],
  ['re (?:buisane|buile|qoqile|qoqa)', 'we talked'],
  ['ke (?:buisane|buile|qoqile|qoqa)', 'talked'],
  ['(?:re|ke) (?:kopane|kopanne) le', 'met'],
  ['re (?:kopane|kopanne)', 'we met'],
  ['(?:o ile a |o )?(?:nthometse|nthomeletse|ntomeletse|nthomela)', 'sent me'],
  ['ke (?:mo |ba )?(?:rometse|romeletse|romela)', 'sent'],
  ['(?:o ile a |o )?(?:nngoletse|nngolletse|nngolla)', 'wrote to me'],
  ['ke (?:mo |ba )?(?:ngoletse|ngolletse|ngolla)', 'wrote to'],
  ['(?:o ile a |o )?(?:ntebohile|ntebohela)', 'thanked me'],
  ['ke (?:mo |ba )?(?:lebohile|lebohetse)', 'thanked'],
  ['(?:o ile a |o )?(?:mpoditse|mpotsitse|mpotsa)', 'asked me'],
  ['ke (?:mo |ba )?(?:boditse|botsitse)', 'asked'],
  ['(?:o ile a |o )?(?:nkopantse|nkopanya) le', 'introduced me to'],
];

/** "ke a leboha" (thank you; "kea leboha", "re a leboha", "ke a leboha haholo", very much). */
const thanks = '(?:ke ?a|re ?a|ke) leboha(?: haholo| hle)?';

/** Sesotho courtesies before a name: "ntate" (sir, father), "'m'e" (madam), "ausi", "abuti". */
const courtesy = "ntate(?: moholo)?|['’]?m['’]e|ausi|abuti|malome|rakgadi|nkgono";

/** The courtesies as a note capitalises them, before a capitalised name: "Ntate Robert". */
const capitalCourtesy = "Ntate|Ausi|Abuti|['’]?M['’]e";

/** The start of a word. */
const from = String.raw`(?<![\p{L}\d'’/-])`;

/** A name, with or without a courtesy before it: "Ben", "ntate Thomas". */
const named = String.raw`(?:(?:${courtesy}) )?\p{Lu}\p{Ll}`;

/** A meeting or call, after which "le" before a name is with them: "coffee le ntate Thomas". */
const meetings =
  from +
  '(?:[Cc]offee|[Ll]unch|[Dd]rinks|[Dd]inner|[Bb]reakfast|[Zz]oom|[Cc]all|[Vv]ideo|[Mm]eeting|' +
  '[Cc]hat|[Mm]et)';

/** Before a name, the courtesy is no part of it: "ntate Thomas", "'m'e Palesa", "mme Margaret". */
const courtesies: Swap = [
  new RegExp(
    [
      String.raw`(?:${courtesy}) (?=\p{L})`,
      String.raw`(?:${capitalCourtesy}) (?=\p{Lu})`,
      String.raw`mme (?=\p{Lu}\p{Ll})`,
    ]
      .map((said) => from + said)
      .join('|'),
    'gu',
  ),
  '',
];

/** Words only a Sesotho note uses. */
const sesothoMarker = wholeWord(
  [
    ...doings.map(([said]) => said),
    thanks,
    'maobane|kajeno|hosane|bekeng|kgweding|fetileng|fitileng|mohala',
    ...days.map(([day]) => day),
  ].join('|'),
  'iu',
);

/** A courtesy before a name, or "le" (with) after a meeting and before a name: Sesotho alone. */
const sesothoBeforeName = new RegExp(
  [
    String.raw`${from}(?:${courtesy}|${capitalCourtesy}) \p{L}`,
    String.raw`${from}mme \p{Lu}\p{Ll}`,
    `${meetings} le ${named}`,
  ].join('|'),
  'u',
);

const sesothoWords: readonly Swap[] = [
  // The days around today: "pele ho maobane" (the day before yesterday), "maobane bosiu" (last
  // night), "maobane" (yesterday), "kajeno" (today), "hoseng hona" (this morning), "hosane"
  // (tomorrow), "bekeng e fetileng" (last week), "kgweding e fetileng" (last month), "bekeng
  // ena" (this week), "bekeng e tlang" (next week).
  [word('pele ho maobane'), 'the day before yesterday'],
  [word('maobane (?:bosiu|mantsiboya)'), 'last night'],
  [word('maobane'), 'yesterday'],
  [word('kajeno'), 'today'],
  [word('hoseng hona|hoseng'), 'this morning'],
  [word('hosane'), 'tomorrow'],
  [word(`(?:ka )?(?:bekeng|beke) ${passed}`), 'last week'],
  [word(`(?:ka )?(?:kgweding|kgwedi|khoeling|khoeli) ${passed}`), 'last month'],
  [word('(?:bekeng|beke) (?:ena|ee)'), 'this week'],
  [word('(?:bekeng|beke) e tlang'), 'next week'],
  // "ka Labohlano" (on Friday), "Labone le fetileng" (last Thursday); the day alone, in any case.
  ...days.map(([day, english]): Swap => [word(`(?:${day}) ${passed}`), `last ${english}`]),
  ...days.map(([day, english]): Swap => [word(`ka (?:${day})`), `on ${english}`]),
  ...days.map(([day, english]): Swap => [word(day), english]),
  // How: "ka mohala" (on the phone), "ka email" (by email), "ka WhatsApp" (on WhatsApp).
  [word('ka mohala|ka founu|ka fono'), 'on the phone'],
  [/(?<![\p{L}\d'’/-])ka (?=(?:e-?mail|imeile|whatsapp|linkedin|zoom|teams)(?![\p{L}]))/giu, 'on '],
  // Thanks: closing a note, said to its reader ("…referred me, ke a leboha"); opening it, the
  // writer's thanks to whom it names ("ke a leboha Alexandra for the contacts"); else "thanks".
  [new RegExp(String.raw`[,;.!]?\s*(?<![\p{L}'’-])${thanks}[!.]*\s*$`, 'iu'), ''],
  [new RegExp(String.raw`^${thanks}(?![\p{L}'’-])[!,]*\s*(?=\p{L})`, 'iu'), 'thanked '],
  [word(thanks), 'thanks'],
  ...doings.map(([said, english]): Swap => [word(said), english]),
  // "le" before a name is with them: "coffee le ntate Thomas", "zoom le Devendra, Wei and Chidi".
  [new RegExp(String.raw`${from}le (?=${named})`, 'gu'), 'with '],
];

/** After a meeting, "le" before a name (or a courtesy and a name) is with them. */
const withAfterMeeting: Swap = [
  new RegExp(String.raw`(?<=${meetings} )le (?=${named})`, 'gu'),
  'with ',
];

/** The line with its Sesotho put into English, when it has any. */
export function mendSesotho(line: string): string {
  const marked = sesothoMarker.test(line);
  if (!marked && !sesothoBeforeName.test(line)) return line;
  const mended = marked ? applySwaps(line, sesothoWords) : line;
  return applySwaps(mended, [withAfterMeeting, courtesies]);
}
