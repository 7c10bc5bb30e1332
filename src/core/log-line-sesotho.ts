// Sesotho in a one-line log put into English before it is read. A Mosotho's South African English
// switches language mid-line ("ke mo letseditse Robert re the audit role", "Olivia o ile a
// ntetsetsa kajeno", "re buisane le Priya on zoom", "coffee le ntate Thomas maobane"): Sesotho
// puts who did what before the verb ("ke", I; "re", we; "o", they; "mo", them; "n-", me) and "le"
// before a name is with them. Each verb becomes English where it stands, the order English reads
// already; the days around today ("maobane", yesterday; "bekeng e fetileng", last week) and the
// days of the week ("ka Labohlano", on Friday) become English days; "ke a leboha" (thank you) is
// thanks; "ntate", "'m'e", "ausi", "abuti" before a name (sir, madam, sister, brother) are no part
// of it. A line is read so only when it is Sesotho by a word no English note uses, or by a
// courtesy or "le" where only Sesotho has them ("ntate Robert", "lunch le Ben"). What is to
// come ("o tla mpha list", they will give me a list), what was asked ("o nkopile hore ke rute
// class", asked me to teach a class), what they want ("ba batla HRBP", they are looking for an
// HRBP) and whose it is ("CV ya ka", my CV; "boss wa hae", their boss) are read too, and
// "matsatsi a mararo a fetileng" (three days ago); "a neng a e kopile Labohlano" (that she had
// asked for on Friday) is no date of the line. The Setswana spellings a Sesotho writer also uses
// ("maabane", "ke a leboga rra", "Mma Elizabeth") are read as the Sesotho ones. A verb after "ho"
// is to do it ("ho mo leboha", to thank them), "o batla ke bue" is wants me to speak,
// and "o ntsebisitse ho X" introduced me to X.

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
  ['(?:o ile a |o )?(?:ntlhahisitse|ntlhahisa) ho', 'introduced me to'],
  ['(?:o ile a |o )?(?:ntsebisitse|ntsebisetse) ho', 'introduced me to'],
  ['ke (?:mo |ba )?tsebisitse', 'introduced'],
  ['(?:o ile a |o )?(?:mphetiseditse|mphetisetsa) ho', 'referred me to'],
  ['(?:o ile a |o |a )?(?:mpoleletse|mpolella|mpoleletse)', 'told me'],
  ['(?:o ile a |o )?(?:mphile|mpha)', 'gave me'],
  ['(?:o ile a |o )?(?:ntlhaloseditse|ntlhalosetsa)', 'explained to me'],
  ['(?:o ile a |o )?(?:nkopile|nkopa)', 'asked me'],
  ['ke (?:mo |ba )?kopile', 'asked'],
  ['ke (?:mo |ba )?(?:hopotsitse|hopotsa)', 'reminded'],
];

/** "tla ntsebisa ho" (will introduce me to), and as "tla nkopanya le", "tla ntlhahisa ho". */
const willIntroduce = 'tla (?:nkopanya le|ntlhahisa ho|ntsebisa ho)';

/**
 * What is to come, "o tla" (they will) before the verb: "o tla mpha list" (they will give me a
 * list), "o tla romela JD" (they will send the JD), "o tla ntlhahisa ho boss wa hae" (they will
 * introduce me to their boss), "o tla mphetisetsa ho X" (they will refer me to X).
 */
const toCome: ReadonlyArray<readonly [string, string]> = [
  [`(?:o|ba) ${willIntroduce}`, 'they will introduce me to'],
  ['(?:o|ba) tla mphetisetsa ho', 'they will refer me to'],
  ['(?:o|ba) tla mpha', 'they will give me'],
  ['(?:o|ba) tla (?:nthomela|nthomella)', 'they will send me'],
  ['(?:o|ba) tla (?:romela|romella)', 'they will send'],
];

/**
 * Wanting, hiring and a role's end: "ba batla ho ntsebedisa" (they want to hire me), "o batla ho
 * bona" (wants to see: asks to), "o batla ho tseba ka" (wanting to know about), "ba batla HRBP"
 * (they are looking for an HRBP), "ba hira" (they are hiring), "ha ba sa hire" (they no longer
 * hire), "o batla ke bue" (wants me to speak), "e koetswe" (is closed), "e tlatsitswe" (has been
 * filled), "o re" (says).
 */
const wants: ReadonlyArray<readonly [string, string]> = [
  ['(?:o|ba|e) batla (?:hore )?ke', 'wants me to'],
  ['(?:o|ba|e) batla ho ntsebedisa', 'they want to hire me'],
  ['(?:o|ba|e) batla ho bona', 'asking to see'],
  ['(?:o|ba|e) batla ho tseba', 'wanting to know'],
  ['(?:o|ba|e) batla ho', 'wants to'],
  ['ba batla', 'they are looking for'],
  ['(?:o|e) batla', 'is looking for'],
  ['ha ba sa hire|ha ba sa hira', 'they are no longer hiring'],
  ['ba (?:a )?hira', 'they are hiring'],
  ['e (?:a )?hira', 'is hiring'],
  ['e koetswe|e kwetswe', 'is closed'],
  ['e tlatsitswe|e tladitswe', 'has been filled'],
  ['ke hloname', 'I am sad'],
  ['o re', 'says'],
];

/**
 * A verb after "ho" (to), as English says it: "ho mo leboha" (to thank them), "ho mo kopa" (to ask
 * them), "ho mo hopotsa" (to remind them), "ho kopana le" (to meet with). "mo" or "ba" before the
 * verb is whom it is done to; English puts them after it.
 */
const toDo: ReadonlyArray<readonly [string, string]> = [
  ['kopana le', 'meet with'],
  ['kopana', 'meet'],
  ['leboha|leboga', 'thank'],
  ['kopa', 'ask'],
  ['botsa', 'ask'],
  ['hopotsa|hopotsetsa', 'remind'],
  ['founela|letsetsa|leletsa', 'call'],
  ['romela|romella', 'send'],
  ['ngolla|ngollela', 'write to'],
  ['thusa', 'help'],
  ['bua le|buisana le', 'speak with'],
  ['bua', 'speak'],
  ['ruta', 'teach'],
  ['bona', 'see'],
];

/** The same verbs after "wants me to" (o batla ke...): "ke bue" (I speak), "ke thuse" (I help). */
const wantedDoing: ReadonlyArray<readonly [string, string]> = [
  ['bue le', 'speak with'],
  ['bue', 'speak'],
  ['thuse', 'help'],
  ['tle', 'come'],
  ['bone', 'see'],
  ['founele|letsetse', 'call'],
  ['ngolle', 'write to'],
];

/** Numbers of days and weeks: "matsatsi a mabedi" (two days), "beke tse tharo" (three weeks). */
const counts: ReadonlyArray<readonly [string, string]> = [
  ['a mabedi|tse pedi', '2'],
  ['a mararo|tse tharo', '3'],
  ['a mane|tse nne', '4'],
  ['a mahlano|tse hlano', '5'],
  ['a tsheletseng|tse tsheletseng', '6'],
];

/** Whose it is, after the thing: "ya ka" (my), "ya rona" (our), "ya hae", "ya bona" (their). */
const owners: ReadonlyArray<readonly [string, string]> = [
  ['ka', 'my'],
  ['rona', 'our'],
  ['hae|bona', 'their'],
];

/** The first word of a thing a note owns in two words: "portfolio link", "cover letter". */
const ownedFirst = 'portfolio|cv|resume|cover|case|research|design|writing|work';

/** "ke a leboha" (thank you; "kea leboha", "re a leboha", "ke a leboha haholo", very much). */
const thanks = '(?:ke ?a|re ?a|ke) lebo[hg]a(?: haholo| thata| hle)?';

/** Said to the note's reader after thanks: "ke a leboga rra", "ke a leboha ntate". */
const thanksTo = "(?: (?:ntate|rra|mma|['’]?m['’]?me?))?";

/** Sesotho courtesies before a name: "ntate" (sir, father), "'m'e" (madam), "ausi", "abuti". */
const courtesy = "ntate(?: moholo)?|['’]?m['’]e|['’]mme|ausi|abuti|malome|rakgadi|nkgono";

/** The courtesies as a note capitalises them, before a capitalised name: "Ntate Robert". */
const capitalCourtesy = "Ntate|Ausi|Abuti|['’]?M['’]e|['’]Mme";

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
      String.raw`(?:mme|Mma) (?=\p{Lu}\p{Ll})`,
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
    ...toCome.map(([said]) => said),
    ...wants.slice(0, -1).map(([said]) => said),
    thanks,
    'maobane|maabane|kajeno|hosane|bekeng|kgweding|fetileng|fitileng|mohala|matsatsi',
    `ho (?:mo |ba )?(?:${toDo.map(([said]) => said).join('|')})`,
    '(?:ya|wa) (?:ka|rona|hae|bona)|e tswang ho|hore (?:ke|re|a|ba)|ke (?:mo|ba) (?:e|di) rometse',
    ...days.map(([day]) => day),
  ].join('|'),
  'iu',
);

/**
 * A line opening with a name, then "le" and another: "Kate Morrison le Ana from Spotify". Within a
 * line with no other Sesotho, "Café le Nord" may be French, so only the opening counts.
 */
const twoNames = new RegExp(String.raw`^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)? le ${named}`, 'u');

/** Between two names, "le" is and. */
const andBetweenNames: Swap = [
  new RegExp(String.raw`(?<=(?<![\p{L}])\p{Lu}\p{Ll}+\)? )le (?=${named})`, 'gu'),
  'and ',
];

/** A courtesy before a name, or "le" (with) after a meeting and before a name: Sesotho alone. */
const sesothoBeforeName = new RegExp(
  [
    String.raw`${from}(?:${courtesy}|${capitalCourtesy}) \p{L}`,
    String.raw`${from}(?:mme|Mma) \p{Lu}\p{Ll}`,
    `${meetings} le ${named}`,
  ].join('|'),
  'u',
);

const sesothoWords: readonly Swap[] = [
  // The days around today: "pele ho maobane" (the day before yesterday), "maobane bosiu" (last
  // night), "maobane" (yesterday), "kajeno" (today), "hoseng hona" (this morning), "hosane"
  // (tomorrow), "bekeng e fetileng" (last week), "kgweding e fetileng" (last month), "bekeng
  // ena" (this week), "bekeng e tlang" (next week).
  // "matsatsi a mararo a fetileng" (three days ago), "beke tse pedi tse fetileng" (two weeks ago).
  ...counts.map(([count, n]): Swap => [
    word(`matsatsi (?:${count}) (?:a|e) (?:fetileng|fitileng)`),
    `${n} days ago`,
  ]),
  ...counts.map(([count, n]): Swap => [
    word(`(?:dibeke|beke) (?:${count}) (?:tse|e) (?:fetileng|fitileng)`),
    `${n} weeks ago`,
  ]),
  // "a neng a e kopile Labohlano" (that she had asked for on Friday): an aside, not its date.
  [
    new RegExp(
      String.raw`${from}a neng a (?:e |di |mo )?kopile((?: (?:ka )?(?:${days
        .map(([day]) => day)
        .join('|')}|maobane|\d{1,2}[/.-]\d{1,2}))?)(?![\p{L}\d])`,
      'giu',
    ),
    (_all: string, when: string) => `(she had asked for it${when})`,
  ],
  [word('pele ho maobane|pele ho maabane'), 'the day before yesterday'],
  [word('(?:maobane|maabane) (?:bosiu|mantsiboya)'), 'last night'],
  [word('maobane|maabane'), 'yesterday'],
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
  [new RegExp(String.raw`[,;.!]?\s*(?<![\p{L}'’-])${thanks}${thanksTo}[!.]*\s*$`, 'iu'), ''],
  [new RegExp(String.raw`^${thanks}(?![\p{L}'’-])[!,]*\s*(?=\p{L})`, 'iu'), 'thanked '],
  [word(thanks), 'thanks'],
  // Whose it is: "CV ya ka e ntjha" (my new CV), "boss wa hae" (their boss), "template ya rona".
  ...owners.map(([owner, english]): Swap => [
    new RegExp(
      String.raw`${from}([\p{L}\d][\p{L}\d'’-]*) (?:ya|wa|tsa|sa) (?:${owner}) e ntjha(?![\p{L}])`,
      'giu',
    ),
    `${english} new $1`,
  ]),
  // Of a two-word thing it is the whole: "portfolio link ya ka" (my portfolio link).
  ...owners.map(([owner, english]): Swap => [
    new RegExp(
      String.raw`${from}((?:(?:${ownedFirst}) )?[\p{L}\d][\p{L}\d'’-]*) ` +
        String.raw`(?:ya|wa|tsa|sa) (?:${owner})(?![\p{L}])`,
      'giu',
    ),
    `${english} $1`,
  ]),
  // "ke mo e rometse" (I sent it to them), before "ke mo rometse X" (I sent X).
  [word('ke (?:mo|ba) (?:e|di) (?:rometse|romeletse)'), 'sent it to them'],
  // After the name of who will do it, "Thomas o tla ntsebisa ho Helen" is "Thomas is going to
  // introduce me to Helen": "Thomas they will introduce me to Helen" would read Helen as met.
  [
    new RegExp(String.raw`(?<=\p{Lu}[\p{L}'’-]* )${word(`o ${willIntroduce}`).source}`, 'gu'),
    'is going to introduce me to',
  ],
  ...toCome.map(([said, english]): Swap => [word(said), english]),
  ...doings.map(([said, english]): Swap => [word(said), english]),
  ...wants.map(([said, english]): Swap => [word(said), english]),
  // "ho mo leboha" (to thank them); after "wants me to", the verb alone ("o batla ke bue").
  ...toDo.map(([said, english]): Swap => [
    word(`ho (mo |ba )?(?:${said})`),
    (_all: string, whom?: string) => `to ${english}${whom ? ' them' : ''}`,
  ]),
  ...wantedDoing.map(([said, english]): Swap => [
    new RegExp(String.raw`(?<=\bwants me to )(mo |ba )?(?:${said})(?![\p{L}])`, 'giu'),
    (_all: string, whom?: string) => `${english}${whom ? ' them' : ''}`,
  ]),
  // Asked to do: "asked me hore ke rute class" (to teach a class), "hore re nwe coffee" (to have
  // coffee), "hore ke mo romelle" (to send them), "hore a ntlhahise ho" (to introduce me to).
  [
    new RegExp(
      String.raw`(?<=\basked (?:me )?(?:[\p{L}\d'’-]+ ){0,3})hore (?:ke|re|a|ba) (?:mo |ba )?`,
      'giu',
    ),
    'to ',
  ],
  [word('romelle|romele'), 'send'],
  [word('rute'), 'teach'],
  [word('nwe'), 'have'],
  [word('ntlhahise ho'), 'introduce me to'],
  [word('hore'), 'that'],
  [word('motho e mong'), 'someone'],
  [word('hape'), 'also'],
  [word('e tswang ho|e tswa ho'), 'from'],
  // "coffee eo a e tshepisitseng" (the coffee they promised).
  [
    new RegExp(
      String.raw`${from}([\p{L}\d][\p{L}\d'’-]*) eo a (?:e )?tshepisitseng(?![\p{L}])`,
      'giu',
    ),
    'the $1 they promised',
  ],
  [word('ba ne ba le teng|ba ne ba le gona'), 'were there too'],
  // "X wa Hays" (X from Hays): of a firm, after a name.
  [new RegExp(String.raw`(?<=\p{Lu}\p{Ll}+\)? )wa (?=\p{Lu})`, 'gu'), 'from '],
  // After a thing, it is of what follows: "lead wa UX" (lead of UX), "head wa HR".
  // After a courtesy it stays: "ausi wa Booking.com" is the woman from there, no thing of it.
  [new RegExp(String.raw`${from}(?!(?:${courtesy}) )(\p{Ll}+) wa (?=\p{Lu})`, 'gu'), '$1 of '],
  // "ka January" (in January); "ka" before anything else is about it ("ka contract", "ka CV").
  [
    new RegExp(
      String.raw`${from}ka (?=(?:January|February|March|April|May|June|July|August|September|` +
        String.raw`October|November|December)(?![\p{L}]))`,
      'giu',
    ),
    'in ',
  ],
  // Before a date it is on ("ka 13/11", "ka la 13"); before a Setswana date ("ka di 5") it stays.
  [new RegExp(String.raw`${from}ka (?:la )?(?=\d)`, 'giu'), 'on '],
  [new RegExp(String.raw`${from}ka (?!di )(?=\p{L})`, 'giu'), 'about '],
  // "JD ya people data role" (the JD of it), "list ya HR managers", "post ya LinkedIn".
  [
    new RegExp(String.raw`(?<=[\p{L}\d] )(?:ya|wa) (?=(?:LinkedIn|WhatsApp|Teams|Slack)\b)`, 'gu'),
    'on ',
  ],
  [new RegExp(String.raw`(?<=[\p{L}\d] )ya (?=[\p{L}\d])`, 'giu'), 'of '],
  // "o" before an English verb is who did it: "Ben o liked my post".
  [new RegExp(String.raw`(?<=\p{L}\)? )o (?=\p{Ll}+ed(?![\p{L}]))`, 'gu'), ''],
  // "le" between two names is and: "Kate Morrison le Ana", "Ana (Spotify) le Maria"; after a
  // meeting it is with them, a name in lower case too ("coffee le dev").
  [new RegExp(String.raw`(?<=${meetings} )le (?=\p{L})`, 'gu'), 'with '],
  andBetweenNames,
  // "le" before any other name is with them: "ke buile le Elizabeth".
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
  const opensWithTwo = twoNames.test(line);
  if (!marked && !opensWithTwo && !sesothoBeforeName.test(line)) return line;
  const mended = marked ? applySwaps(line, sesothoWords) : line;
  const swaps = opensWithTwo
    ? [withAfterMeeting, andBetweenNames, courtesies]
    : [withAfterMeeting, courtesies];
  return applySwaps(mended, swaps);
}
