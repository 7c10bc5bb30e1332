// Luganda in a one-line log put into English before it is read. A Ugandan's English switches
// language mid-line ("Joanne yankubidde essimu jjo", "nnamuwandiikidde Priya", "twasisinkanye at
// the meetup ku Lwokusatu"): a Luganda verb carries who did what in its prefixes ("ya-n-", "ba-n-",
// they to me; "nna-mu-", I to them; "twa-", we) and its tense in its ending ("-dde", "-ze", "-ye",
// done). Each verb becomes English where it stands; "jjo" (yesterday), "leero" (today), "wiiki
// ewedde" (last week) and the days of the week ("ku Lwokubiri", on Tuesday; "Ssande", Sunday, as
// Luganda and Lusoga spell them) become English days; "webale" is thanks; "ssebo" and "nnyabo"
// (sir, madam) are courtesies, no part of a name. A line is read so only when it is Luganda by a
// word no English note uses.

import { applySwaps, type Swap, wholeWord } from './log-line-tokens.js';

const word = (text: string) => wholeWord(text, 'giu');

/** The days, Monday to Sunday: "Lwakubiri" and "Lwokubiri" (Tuesday), "Olwokubiri" in Lusoga. */
const days: ReadonlyArray<readonly [string, string]> = [
  ['Mmande', 'Monday'],
  ['O?lw[ao]kubiri', 'Tuesday'],
  ['O?lw[ao]kusatu', 'Wednesday'],
  ['O?lw[ao]kuna', 'Thursday'],
  ['O?lw[ao]kutaano', 'Friday'],
  ['O?lw[ao]mukaaga', 'Saturday'],
  ['Ssande', 'Sunday'],
];

/** "ewedde" and "eyise" (that passed): "wiiki ewedde" (last week), "omwezi oguwedde". */
const passed = '(?:ewedde|eyise|oguwedde|ogwayita|eyita)';

/** How many days: "ennaku bbiri eziyise" (two days ago). */
const counts: ReadonlyArray<readonly [string, string]> = [
  ['bbiri', '2'],
  ['ssatu', '3'],
  ['nnya', '4'],
  ['ttaano', '5'],
];

/**
 * The stem of a verb after "n" (me), which "n" changes ("wandiika" becomes "mpandiika"), and as
 * it stands after "mu" (them), each with its English: "kubira" (call), "wandiikira" (write to),
 * "weereza" and "tumira" (send), "buuza" (ask), "webaza" (thank), "yamba" (help), "gamba" (tell),
 * "wa" (give), "ddamu" (reply), "anjula" (introduce).
 */
const stems: ReadonlyArray<readonly [string, string, string]> = [
  ['nkub(?:ira|idde|ye)(?: essimu)?', 'kub(?:ira|idde|ye)(?: essimu)?', 'called'],
  ['mpandiik(?:ira|idde|ye)', 'wandiik(?:ira|idde|ye)', 'wrote to'],
  [
    'mpeerez(?:a|za|ezza|ezzaako)|ntum(?:ira|idde|ye)',
    'weerez(?:a|za|ezza|ezzaako)|tum(?:ira|idde|ye)',
    'sent',
  ],
  ['mbuuz(?:a|izza|izzaako|ye)', 'buuz(?:a|izza|izzaako|ye)', 'asked'],
  ['nneebaz(?:a|izza|ezza)', 'w?ebaz(?:a|izza|ezza)', 'thanked'],
  ['nnyamb(?:a|ye|dde)', 'yamb(?:a|ye|dde)', 'helped'],
  ["(?:ŋŋ|ng'|ng)amb(?:a|ye|dde)", 'gamb(?:a|ye|dde)', 'told'],
  ['mp(?:a|adde|ye)', 'w(?:a|adde|ye)', 'gave'],
  ['nzir(?:amu|eemu|iddemu)', 'ddiz(?:aamu|iddemu)', 'replied to'],
  ['njanjul(?:a|idde|ira)|njanjud(?:de|dde)', 'anjul(?:a|idde|ira)|anjud(?:de|dde)', 'introduced'],
];

/** Who did it to me: "ya-" and "a-" (they, one), "ba-" and "baa-" (they, many). */
const toMe = '(?:y?a|baa?|b?aa)';

/** I did it to them: "nna-mu-", "na-mu-" and "mmu-" (them, one), "nna-ba-" (them, many). */
const iToThem = '(?:n?na(?:mu|mw|ba)|mm(?:u|w)|mba)';

/** A name opening a line, one to three words: "Maria G", "Jo Bennett". */
const topic = String.raw`\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2}`;

/**
 * We did it together: "twasisinkanye" (we met), "twayogedde" (we talked), "twanywa" (we had a
 * drink); with "ne" after, with someone: "twasisinkanye ne Kate".
 */
const together: ReadonlyArray<readonly [string, string]> = [
  ['(?:twa|tu|nna|na)sisinkan(?:a|ye|e)', 'met'],
  ['(?:twa|tu|nna|na)(?:y?ogedde|y?ogera|yogeddeko)', 'talked'],
  ['(?:twa|tu)nyw(?:a|edde)', 'had drinks'],
  ['(?:twa|tu)(?:lidde|lya)', 'had a meal'],
];

/**
 * "nja ku-" (I will), "ajja ku-" (they will), each verb as it stands after "mu" (them) and after
 * "n" (me): "nja kumukubira" (I will call them), "ajja kumpeereza" (they will send me).
 */
const later: ReadonlyArray<readonly [string, string, string]> = [
  ['kub(?:ira|a)(?: essimu)?', 'nkub(?:ira|a)(?: essimu)?', 'call'],
  ['wandiikira', 'mpandiikira', 'write to'],
  ['weereza', 'mpeereza', 'send'],
  ['buuza', 'mbuuza', 'ask'],
  ['yamba', 'nnyamba', 'help'],
];

/** "webale" (thanks; "webale nnyo", thank you very much, "mwebale", to many). */
const thanks = '(?:m?webale|mwebale|nsiimye)(?: nnyo)?';

/** "ssebo" and "nnyabo" (sir, madam), "ssebo" also "sebo". */
const courtesy = '(?:s?sebo|n?nyabo)';

/** Each Luganda verb form above, as one word: "yankubidde", "nnamuweerezza", "kumukubira". */
const verbForms = [
  ...stems.map(([me, them]) => `${toMe}(?:${me})|${iToThem}(?:${them})`),
  ...together.map(([said]) => said),
  ...later.map(([them, me]) => `ku(?:mu|ba)?(?:${them})|ku(?:${me})`),
];

/** Words only a Luganda note uses, each a whole word. */
const lugandaWord = new RegExp(
  `^(?:${[
    ...verbForms,
    'm?webale|nsiimye|jjo|jjuuzi|leero|essimu|ewedde|oguwedde|omwezi|ennaku|tewali|kyonna',
    'nnyabo|ssebo|nja|ajja|tujja|bajja',
    ...days.map(([day]) => day),
  ].join('|')})$`,
  'iu',
);

/** Whether a line is Luganda by a word no English note uses, one word at a time. */
function isLuganda(line: string): boolean {
  return line.split(/[^\p{L}]+/u).some((each) => each.length > 2 && lugandaWord.test(each));
}

const lugandaWords: readonly Swap[] = [
  // The days around today: "ekiro kya jjo" (last night), "jjo" (yesterday), "jjuuzi" (the day
  // before), "leero" (today), "ku makya" (this morning), "wiiki ewedde" (last week), "omwezi
  // oguwedde" (last month), "ennaku ssatu eziyise" (three days ago).
  [word('ekiro kya jjo|jjo ekiro'), 'last night'],
  [word('jjo'), 'yesterday'],
  [word('jjuuzi'), '2 days ago'],
  [word('(?:ku )?makya ga leero|leero ku makya'), 'this morning'],
  [word('leero'), 'today'],
  [word(`(?:mu )?wiiki ${passed}`), 'last week'],
  [word(`(?:mu )?omwezi ${passed}`), 'last month'],
  ...counts.map(([count, n]): Swap => [
    word(`ennaku ${count} (?:eziyise|eziwedde|emabega)`),
    `${n} days ago`,
  ]),
  // "ku Lwokubiri" (on Tuesday), "Lwokubiri ewedde" (last Tuesday); the day alone, in any case.
  ...days.map(([day, english]): Swap => [word(`(?:${day}) ${passed}`), `last ${english}`]),
  ...days.map(([day, english]): Swap => [word(`ku (?:${day})`), `on ${english}`]),
  ...days.map(([day, english]): Swap => [word(day), english]),
  // Thanks closing a note, said to its reader ("…sent back comments. webale nnyo"), is none of
  // what happened; else "thanks". A courtesy closing a note goes with it.
  [new RegExp(String.raw`[,;.!]?\s*(?<![\p{L}'’-])${thanks}(?: ${courtesy})?[!.]*\s*$`, 'iu'), ''],
  [word(thanks), 'thanks'],
  // The verbs: "yankubidde essimu" (called me), "nnamuwandiikidde" (I wrote to them). A name
  // written first is whom it was done to ("Maria, nnamuweerezza the notes": sent Maria the
  // notes); a name after, the same ("nnamuwandiikidde Priya", wrote to Priya); else "them".
  [
    new RegExp(
      String.raw`^(\s*${topic}),?\s+${iToThem}(?:wandiik(?:ira|idde|ye)) (?:an? )?e-?mail(?![\p{L}])`,
      'u',
    ),
    (_all: string, name: string) => `emailed ${name.trim()}`,
  ],
  ...stems.map(([, them, english]): Swap => [
    new RegExp(String.raw`^(\s*${topic}),?\s+${iToThem}(?:${them})(?![\p{L}'’-])`, 'u'),
    (_all: string, name: string) => `${english} ${name.trim()}`,
  ]),
  [word(`${iToThem}(?:wandiik(?:ira|idde|ye)) (?:an? )?e-?mail`), 'emailed them'],
  [word(`${toMe}(?:mpandiik(?:ira|idde|ye)) (?:an? )?e-?mail`), 'emailed me'],
  ...stems.map(([me, , english]): Swap => [word(`${toMe}(?:${me})`), `${english} me`]),
  ...stems.map(([, them, english]): Swap => [
    new RegExp(
      String.raw`(?<![\p{L}\d'’/-])${iToThem}(?:${them})(?![\p{L}'’-])(?=\s+\p{Lu})`,
      'gu',
    ),
    english,
  ]),
  ...stems.map(([, them, english]): Swap => [word(`${iToThem}(?:${them})`), `${english} them`]),
  // "twasisinkanye ne Kate" (we met Kate), "twasisinkanye" (we met).
  ...together.map(([said, english]): Swap => [word(`(?:${said}) ne`), `${english} with`]),
  ...together.map(([said, english]): Swap => [word(said), `we ${english}`]),
  // "nja kumukubira" (I will call them), "ajja kumpeereza" (they will send me).
  ...later.map(([them, , english]): Swap => [
    word(`nja ku(?:mu|ba)?(?:${them})`),
    `I will ${english} them`,
  ]),
  ...later.map(([, me, english]): Swap => [
    word(`(?:aja|ajja|bajja) ku(?:${me})`),
    `will ${english} me`,
  ]),
  [word(String.raw`(?:aja|ajja|bajja) ku(?:n|m)\p{L}+`), 'will get back to me'],
  // "essimu" (the phone): "ku ssimu" (on the phone).
  [word('ku s?simu|mu s?simu'), 'on the phone'],
  [word('essimu'), 'phone'],
  // "ku" before how it was sent is on: "ku WhatsApp", "ku LinkedIn".
  [
    /(?<![\p{L}\d'’/-])ku (?=(?:whatsapp|linkedin|e-?mail|zoom|teams|text|insta\p{L}*|twitter|x)(?![\p{L}]))/giu,
    'on ',
  ],
  // "tewali kyonna" (nothing at all), "nnyo" (very), "kale" (fine), "ne" between names (and).
  [word('tewali kyonna|tewali'), 'nothing yet'],
  [/(?<=\p{Lu}\p{Ll}* )ne (?=\p{Lu})/gu, 'and '],
  [word('nnyo'), 'a lot'],
  // "Ssebo", "nnyabo" before a name (sir, madam) are no part of it; closing a note, none of it.
  [new RegExp(String.raw`[,;.!]?\s*(?<![\p{L}'’-])${courtesy}[!.]*\s*$`, 'iu'), ''],
  [new RegExp(String.raw`(?<![\p{L}\d'’/-])${courtesy} (?=\p{Lu})`, 'giu'), ''],
];

/** The line with its Luganda put into English, when it has any. */
export function mendLuganda(line: string): string {
  return isLuganda(line) ? applySwaps(line, lugandaWords) : line;
}
