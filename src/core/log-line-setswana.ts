// Setswana in a one-line log put into English before it is read. A Motswana's English switches
// language mid-line ("ke mo leleditse Kate maabane", "Olivia wa Hays o nteleditse phakela",
// "kofi le Priya Matlhatso", "re buile le Dev beke e e fetileng"): Setswana puts who did what
// before the verb ("ke", I; "re", we; "o", they; "mo", them; "n-", "m-", me), "le" is with or and,
// "wa" after a name is of a firm. Each verb becomes English where it stands, the order English
// reads already; the days around today ("maabane", yesterday; "bosigo jwa maabane", last night;
// "malatsi a mabedi a a fetileng", two days ago) and the days of the week ("ka Labotlhano", on
// Friday; "Tshipi", Sunday) become English days, "ka di 16" the 16th; "ke a leboga" (thank you)
// is thanks; "rra" and "mma" before a name (sir, madam) are no part of it. A line is read so only
// when it is Setswana by a word no English note uses.

import { applySwaps, type Swap, wholeWord } from './log-line-tokens.js';

const word = (text: string) => wholeWord(text, 'giu');

/** The days, Monday to Sunday; "ka Labotlhano": on Friday. */
const days: ReadonlyArray<readonly [string, string]> = [
  ['Mosupologo', 'Monday'],
  ['Labobedi', 'Tuesday'],
  ['Laboraro', 'Wednesday'],
  ['Labone', 'Thursday'],
  ['Labotlhano', 'Friday'],
  ['Lamatlhatso|Matlhatso', 'Saturday'],
  ['Latshipi|Tshipi', 'Sunday'],
];

/** "fetileng" (that passed), as spelt: "beke e e fetileng", "beke e fetileng". */
const passed = '(?:e |a |le )?(?:e|a|le) (?:fetileng|fitileng)';

/** How many days: "malatsi a mabedi" (two days). */
const counts: ReadonlyArray<readonly [string, string]> = [
  ['mabedi', '2'],
  ['mararo', '3'],
  ['mane', '4'],
  ['matlhano', '5'],
];

/**
 * The verbs of a Setswana note, as English says them where they stand: "X o nteleditse" (X called
 * me), "ke mo leleditse X" (I called X), "o nthomeletse" (sent me), "ke romeletse X" (I sent X),
 * "o nkwaletse" (wrote to me), "ke kwaletse X" (I wrote to X), "o ntebogile" (thanked me), "ke mo
 * leboga" (thanking them), "o nkopile" (asked me), "ke mo kopa" (asking them for), "o mpoleletse"
 * (told me), "ke mmoleletse X" (I told X), "o mphile" (gave me), "o ratile" (liked), "re kopane le
 * X" (we met X), "re buile le X" (we talked with X), "o nkarabile" (answered me), "o amogetse"
 * (accepted), "o tlhatlhobile" (looked over), "o bone" (saw, found), "gore ke mo thuse" (to help
 * them).
 */
const doings: ReadonlyArray<readonly [string, string]> = [
  ['(?:o )?(?:nteleditse|ntelefonetse|nfounetse|mfounetse)', 'called me'],
  ['(?:ke|ne ke) (?:mo |ba )?(?:leleditse|leletsitse|founetse|telefonetse)', 'called'],
  ['o tla (?:nthomela|nthomelela)', 'will send me'],
  ['(?:o )?(?:nthomeletse|nthometse)', 'sent me'],
  ['ke neng ke (?:mo |ba )?(?:romeletse|rometse)', 'I had sent them'],
  ['ke (?:mo |ba )?(?:romeletse|rometse)', 'sent'],
  ['(?:o )?nkwaletse e-?mail', 'emailed me'],
  ['(?:o )?(?:nkwaletse|nkwalela)', 'wrote to me'],
  ['ke (?:mo |ba )?(?:kwaletse|kwalela)', 'wrote to'],
  ['(?:o )?(?:ntebogile|ntebogela)', 'thanked me'],
  ['(?:ke|go) (?:mo |ba )?leboga', 'to thank them'],
  ['(?:o )?nkopile', 'asked me'],
  ['a nkopa', 'asking me'],
  ['(?:ke|go|a) (?:mo |ba )?kopa', 'asking for'],
  ['(?:ke|go) (?:mo |ba )?botsa(?: ka)?', 'asking about'],
  // "mm-" is "mo" (them) before "bolelela": "ke mmoleletse X" is I told X; "o mpoleletse", me.
  ['ke (?:mo )?(?:mmoleletse|boleletse)', 'told'],
  ['(?:o )?(?:mpoleletse|mmoleletse)', 'told me'],
  ['(?:o )?(?:nkarabile|nkarabetse)', 'replied to me'],
  ['ke (?:mo |ba )?(?:arabile|arabetse)', 'replied to'],
  ['(?:o|ba) amogetse', 'accepted'],
  ['(?:o|ba) (?:tlhatlhobile|tlhatlhobetse)', 'reviewed'],
  ['o bone', 'found'],
  ['(?:gore )?ke (?:mo|ba) thuse', 'to help them'],
  ['ga (?:e|a|ba) batle', 'does not want'],
  ['(?:o )?mphile', 'gave me'],
  ['(?:o )?ntlhaloseditse', 'explained to me'],
  ['(?:o )?nthutile', 'taught me'],
  ['(?:o )?ntshupile', 'showed me'],
  ['(?:o )?nkgakoleditse', 'advised me'],
  ['o ratile', 'liked'],
  ['o commentile mo', 'commented on'],
  ['(?:re|ke) kopane le', 'met'],
  ['le nna re kopane', 'and I met'],
  ['re kopane', 'we met'],
  ['(?:re|ke) (?:buile|buisane) le', 'talked with'],
  ['(?:re|ke) (?:buile|buisane)', 'talked'],
  ['(?:o|ba) batla go itse', 'is asking'],
  ['(?:o|ba) batla go bona', 'wants to see'],
  ['(?:o|ba) batla(?= go)', 'want'],
  ['re bua ka', 'talking about'],
  ['go bua ka', 'to talk about'],
  ['go bua', 'to speak'],
  ['a neng a (?:e|di) (?:batla|kopile)|o ne a (?:e|di) (?:batla|kopile)', 'they had wanted'],
  ['o batla', 'wants'],
  ['e batla', 'is looking for'],
  ['bobedi', 'both'],
  ['le gore', 'and that'],
  ['ke tshwanetse', 'I need'],
  ['ba hira', 'are hiring'],
  ['e hira', 'is hiring'],
  ['ga (?:e|ba) hire', 'is not hiring'],
  ['(?:e|o|ba) na le', 'has'],
  ['e setse e tletse|e tletse', 'is already filled'],
  ['ga a ise a arabe|ga a ise a fetole', 'no reply yet'],
  ['ga go sepe', 'nothing yet'],
  ['(?:ke santse )?ke emetse karabo', 'still waiting for a reply'],
  ['(?:ke santse )?ke emetse from', 'waiting since'],
  ['ke (?:santse )?ke emetse|ke emetse', 'waiting'],
  ['o dira kwa', 'works at'],
  ['o dira', 'works in'],
  ['o rile', 'said'],
  ['(?:o|ba) tla itumela', 'will be glad'],
  ['o tla', 'will'],
];

/** Doing words after "go" (to): "go mo romela" (to send them), "go mo thusa" (to help them). */
const toDo: ReadonlyArray<readonly [string, string]> = [
  ['romela', 'send'],
  ['thusa', 'help'],
  ['tlatsa', 'fill in'],
  ['ithuta', 'learn'],
  ['itse', 'know'],
  ['bona', 'see'],
  ['dira', 'do'],
  ['ntshupa', 'show me'],
  ['tswa', 'move'],
  ['tlhatlhoba', 'look over'],
];

/** "ke a leboga" (thank you; "kea leboga", "re a leboga", "ke a leboga thata", very much). */
const thanks = '(?:ke ?a|re ?a) leboga(?: thata)?(?: (?:mma|rra))?';

/** The months, after which "ka" is in: "ka January". */
const months =
  'January|February|March|April|May|June|July|August|September|October|November|December';

/** The start of a word. */
const from = String.raw`(?<![\p{L}\d'’/-])`;

/** A meeting or call, after which "le" before a name is with them: "kofi le Priya". */
const meetings =
  '(?:coffee|kofi|lunch|drinks|dinner|breakfast|zoom|call|video|meeting|chat|met|touch|' +
  'talked|shared|notebook)';

/** Words only a Setswana note uses. */
const setswanaMarker = wholeWord(
  [
    ...doings.map(([said]) => said),
    thanks,
    'maabane|gompieno|phakela|bosigo|malatsi|fetileng|kofi le|rra|pele ga|(?:wa|ya) gagwe',
    // "diphoso" (mistakes), "dintsi" and "mantsi" (many).
    'diphoso|dintsi|mantsi',
    String.raw`ka di \d{1,2}`,
    ...days.map(([day]) => day),
  ].join('|'),
  'iu',
);

/** "Ija," and "Ijoo!" open a note in surprise, as "wow" does; they are no one's name. */
const surprise = /^\s*(?:ija|ijoo?)\s*[,!.:-]+\s*/iu;

/** "mma" (madam) before a name, or "le" (and) between two names: "mma Okafor", "Kate le Ana". */
const setswanaBeforeName = /(?<![\p{L}\d'’/-])(?:[Mm]ma \p{Lu}|\p{Lu}\p{Ll}+ le \p{Lu}\p{Ll}+)/u;

const setswanaWords: readonly Swap[] = [
  // The days around today: "bosigo jwa maabane", "maabane bosigo" (last night), "maabane"
  // (yesterday), "gompieno" (today), "phakela" and "mo mosong" (this morning), "beke e e
  // fetileng" (last week), "kgwedi e e fetileng" (last month), "malatsi a mabedi a a fetileng"
  // (two days ago).
  [word('bosigo jwa maabane|maabane bosigo|maabane maitseboa'), 'last night'],
  [word('maabane'), 'yesterday'],
  [word('gompieno'), 'today'],
  [word('phakela|mo mosong'), 'this morning'],
  [word(`(?:mo )?beke ${passed}`), 'last week'],
  [word(`(?:mo )?kgwedi ${passed}`), 'last month'],
  ...counts.map(([count, n]): Swap => [
    word(`malatsi a (?:le )?${count} ${passed}`),
    `${n} days ago`,
  ]),
  // "ka Labotlhano" (on Friday), "Labone e e fetileng" (last Thursday); "pele ga Labone" (before
  // Thursday) is a day still to come; the day alone, in any case.
  ...days.map(([day, english]): Swap => [word(`(?:${day}) ${passed}`), `last ${english}`]),
  ...days.map(([day, english]): Swap => [
    word(`pele ga (?:${day}|${english})`),
    `before ${english}`,
  ]),
  ...days.map(([day, english]): Swap => [word(`(?:ka|about) (?:${day})`), `on ${english}`]),
  ...days.map(([day, english]): Swap => [word(day), english]),
  // "ka di 16" (on the 16th).
  [/(?<![\p{L}\d'’/-])(?:ka )?di (\d{1,2})(?![\d/.-])/giu, 'on the $1th'],
  // Thanks: closing a note, said to its reader ("…referred me, ke a leboga mma"); else "thanks".
  [new RegExp(String.raw`[,;.!]?\s*(?<![\p{L}'’-])${thanks}[!.]*\s*$`, 'iu'), ''],
  [word(thanks), 'thanks'],
  ...doings.map(([said, english]): Swap => [word(said), english]),
  ...toDo.map(([said, english]): Swap => [word(`go (?:mo |ba )?${said}`), `to ${english}`]),
  // How: "ka phone" (on the phone), "ka email", "mo linkedin" (on LinkedIn), "ka whatsapp".
  [word('ka (?:phone|mogala|founu)'), 'on the phone'],
  [word('ka e-?mail'), 'by email'],
  [
    /(?<![\p{L}\d'’/-])(?:ka|mo) (?=(?:whatsapp|linkedin|zoom|teams|text|post)(?![\p{L}]))/giu,
    'on ',
  ],
  // "ka" after thanks is for what: "ke mo leboga ka podcast rec" (thanking them for it).
  [/(?<=\bthank(?:ed me| them) )ka(?= )/gu, 'for'],
  // "ka 13/11" (on the 13th of November), "ka January" (in January).
  [/(?<![\p{L}\d'’/-])ka (?=\d{1,2}[/.-]\d)/giu, 'on '],
  [new RegExp(String.raw`${from}ka (?=(?:${months})\b)`, 'gu'), 'in '],
  // "rra", "mma" before a name (sir, madam) are no part of it.
  [new RegExp(String.raw`${from}(?:[Rr]ra|[Mm]ma) (?=\p{L})`, 'gu'), ''],
  // "kofi" (coffee), "tiro" (work, a job), "tsala" (friend), "fela" (only), "kwa kerekeng" (at
  // church), "bosigo" (night), "tse di bulegileng" (that are open); "ke itumetse" (I am glad) and
  // a closing "ao" are no part of what happened.
  [word('kofi'), 'coffee'],
  [word('tiro'), 'work'],
  [word('tsala'), 'friend'],
  [word('fela'), 'only'],
  [word('kwa kerekeng'), 'at church'],
  [word('bosigo'), 'night'],
  [word('tse di bulegileng'), 'that are open'],
  // "diphoso di le dintsi" (many mistakes), "thata" (a lot), "batho" (people), "jaanong" (now).
  [word(String.raw`(\p{L}+) (?:di|a) le (?:dintsi|mantsi)`), 'many $1'],
  [word('diphoso'), 'mistakes'],
  [word('thata'), 'a lot'],
  [word('batho'), 'people'],
  [word('jaanong'), 'now'],
  [/,?\s*(?<![\p{L}'’-])ke itumetse(?: thata)?(?![\p{L}'’-])/giu, ''],
  [/[.,]?\s*(?<![\p{L}'’-])ao\s*$/giu, ''],
  // "X wa Hays" (X of Hays), "colleague wa gagwe" (their colleague), "post ya me" (my post).
  [/(\p{L}+) (?:wa|ya|ba) gagwe(?![\p{L}])/gu, 'their $1'],
  [/(?<=\p{L}) (?:wa|ya|tsa|ba) bone(?![\p{L}])/gu, ' of theirs'],
  // "connection request ya me" (my connection request): a noun English puts first goes too.
  [
    /((?:connection|cover|job|tender|tax|phone|contact|reference|application|interview) \p{L}+) ya me(?![\p{L}])/giu,
    'my $1',
  ],
  [/(\p{L}+) ya me(?![\p{L}])/gu, 'my $1'],
  [/(?<=\p{L}) (?:ya|tsa) (?=\p{L})/gu, ' of '],
  [/(?<=\p{L}) wa (?=\p{L})/gu, ' from '],
  // "le" after a meeting is with them; between names, and.
  [new RegExp(String.raw`(?<=${from}${meetings} )le (?=\p{L})`, 'giu'), 'with '],
  [/(?<=\p{Lu}\p{Ll}* )le (?=\p{L})/gu, 'and '],
  [/(?<![\p{L}\d'’/-])le (?=\p{L})/gu, 'with '],
  // "kwa" (at), "gore" (that), "ka" otherwise (about).
  [word('kwa'), 'at'],
  [word('gore'), 'that'],
  [word('ka'), 'about'],
];

/** The line with its Setswana put into English, when it has any. */
export function mendSetswana(line: string): string {
  return setswanaMarker.test(line) || setswanaBeforeName.test(line) || surprise.test(line)
    ? applySwaps(line.replace(surprise, ''), setswanaWords)
    : line;
}
