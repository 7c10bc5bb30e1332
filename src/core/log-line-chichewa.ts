// Chichewa in a one-line log put into English before it is read. A Malawian's notes switch
// language mid-line ("ndamuyimbira Kate dzulo", "Rachel wandiimbira Lachisanu", "tinakumana ndi
// Chidi for lunch", "zoom ndi Linda sabata yatha"): Chichewa puts who did what in the verb itself
// ("nda-mu-", I did to them; "wa-ndi-", they did to me; "tina-", we did) and "ndi" before a name is
// with them. Each verb becomes English where it stands, the order English reads already; the days
// around today ("dzulo", yesterday; "masiku awiri apitawo", two days ago) and the days of the week
// ("Lachisanu", Friday) become English days; "zikomo" (thank you) is thanks; "a Bambo" and "a
// Mayi" before a name (sir, madam) are no part of it. A line is read so only when it is Chichewa
// by a word no English note uses.

import { applySwaps, type Swap, wholeWord } from './log-line-tokens.js';

const word = (text: string) => wholeWord(text, 'giu');

/** The days, Monday to Sunday: "Lolemba" (Monday), "Lachisanu" (Friday). */
const days: ReadonlyArray<readonly [string, string]> = [
  ['Lolemba', 'Monday'],
  ['Lachiwiri', 'Tuesday'],
  ['Lachitatu', 'Wednesday'],
  ['Lachinayi', 'Thursday'],
  ['Lachisanu', 'Friday'],
  ['Loweruka', 'Saturday'],
  ['Lamulungu', 'Sunday'],
];

/** How many days: "masiku awiri" (two days). */
const counts: ReadonlyArray<readonly [string, string]> = [
  ['awiri', '2'],
  ['atatu', '3'],
  ['anayi', '4'],
  ['asanu', '5'],
  ['asanu ndi limodzi', '6'],
];

/**
 * The stems of Chichewa verbs, each as English says it done by someone and done to me: "-yimbira"
 * (call), "-lembera" (write to), "-tumizira" (send to), "-yankha" (reply to), "-thokoza" (thank),
 * "-funsa" (ask), "-itanira ku" (bring along to), "-itana for" (have on a call), "-itana"
 * (invite), "-uza" (tell), "-thandiza" (help), "-onetsa" (show).
 */
const stems: ReadonlyArray<readonly [string, string, string]> = [
  ['(?:y|i)?imbira(?: foni| phone)?', 'called', 'called me'],
  ['lembera(?: (?:e-?mail|imelo))', 'emailed', 'emailed me'],
  ['lembera', 'wrote to', 'wrote to me'],
  ['tumizira', 'sent', 'sent me'],
  ['yankha|yankhira', 'replied to', 'replied to me'],
  ['thokoza|thokozera', 'thanked', 'thanked me'],
  ['funsa|funsira', 'asked', 'asked me'],
  ['itanira ku', 'brought them along to', 'brought me along to'],
  ['itana (?:for|to)', 'had them on', 'had me on'],
  ['itanira|itana', 'invited', 'invited me'],
  ['uza', 'told', 'told me'],
  ['thandiza', 'helped', 'helped me'],
  ['onetsa|onetsera', 'showed', 'showed me'],
];

/** "nda-", "ndi-na-", "ndi-da-" (I did), then "mu-", "m-", "wa-" (to them): "ndamuyimbira". */
const iDid = '(?:nda|ndina|ndida|ndima)(?:mu|m|wa)?';

/** "wa-", "a-na-", "a-da-", "a-ma-" (they did), then "ndi-" (to me): "wandiimbira". */
const theyDidToMe = '(?:wa|ana|ada|ama|a)ndi';

/**
 * What we did: "tinakumana ndi X" (we met X), "tinacheza ndi X" (we talked with X), "X
 * tinakumana at" (met X at), "tinalankhula" (we spoke).
 */
const weDid: ReadonlyArray<readonly [string, string]> = [
  ['(?:ti|tina|tida|ta)kumana ndi', 'met'],
  ['(?:ti|tina|tida|ta)kumana', 'we met'],
  ['(?:ti|tina|tida|ta)(?:cheza|lankhula|kambirana) ((?:pa|on the) \\p{L}+) ndi', 'talked $1 with'],
  ['(?:ti|tina|tida|ta)(?:cheza|lankhula|kambirana) ndi', 'talked with'],
  ['(?:ti|tina|tida|ta)(?:cheza|lankhula|kambirana)', 'we talked'],
];

/** "zikomo" (thank you; "zikomo kwambiri", very much; "abale", friends, to the reader). */
const thanks = 'zikomo(?: kwambiri)?(?: (?:abale|bambo|mayi|a bambo|a mayi))?';

/** The start of a word. */
const from = String.raw`(?<![\p{L}\d'’/-])`;

/** Words only a Chichewa note uses. */
const chichewaMarker = wholeWord(
  [
    ...stems.map(([stem]) => `${iDid}(?:${stem})|${theyDidToMe}(?:${stem})`),
    '(?:ti|tina|tida|ta)(?:kumana|cheza|lankhula|kambirana)',
    thanks,
    'dzulo|sabata yatha|mwezi watha|masiku \\p{L}+ apitawo|a (?:Bambo|Mayi)',
    ...days.map(([day]) => day),
  ].join('|'),
  'iu',
);

const chichewaWords: readonly Swap[] = [
  // The days around today: "dzulo usiku" (last night), "dzulo" (yesterday), "lero" (today),
  // "sabata yatha" (last week), "mwezi watha" (last month), "masiku awiri apitawo" (two days ago).
  [word('dzulo usiku|usiku wa dzulo'), 'last night'],
  [word('dzulo'), 'yesterday'],
  [word('lero'), 'today'],
  [word('(?:m?sabata|sabata) (?:yatha|yapitayi|yapitayo)'), 'last week'],
  [word('mwezi (?:watha|wapitawo)'), 'last month'],
  ...counts.map(([count, n]): Swap => [
    word(`masiku ${count} (?:apitawo|apitao)`),
    `${n} days ago`,
  ]),
  // "Lachisanu" (Friday), "Lachisanu latha" (last Friday), "pa Lachisanu" (on Friday).
  ...days.map(([day, english]): Swap => [word(`(?:${day}) (?:latha|lapitali)`), `last ${english}`]),
  ...days.map(([day, english]): Swap => [word(`pa (?:${day})`), `on ${english}`]),
  ...days.map(([day, english]): Swap => [word(day), english]),
  // Thanks: closing a note, said to its reader ("…feedback on my CV, zikomo kwambiri"); else
  // "thanks".
  [new RegExp(String.raw`[,;.!]\s*(?<![\p{L}'’-])${thanks}[!.]*\s*$`, 'iu'), ''],
  [word(thanks), 'thanks'],
  // "pa foni" (on the phone) and "foni" (phone), before the verbs that hold them.
  [word('pa foni|pa phone'), 'on the phone'],
  [word('foni'), 'phone'],
  // The verbs: "ndamuyimbira X" (called X), "X ndamutumizira CV" (X, I sent a CV), "X
  // wandiimbira" (X called me).
  ...stems.map(([stem, done]): Swap => [
    new RegExp(String.raw`^\s*${iDid}(?:${stem})(?![\p{L}\d'’/-])`, 'iu'),
    done,
  ]),
  ...stems.map(([stem, done]): Swap => [word(`${iDid}(?:${stem})`), `I ${done}`]),
  ...stems.map(([stem, , toMe]): Swap => [word(`${theyDidToMe}(?:${stem})`), toMe]),
  ...weDid.map(([said, english]): Swap => [word(said), english]),
  // "a Bambo", "a Mayi", "Bambo", "Mayi" before a name (sir, madam) are no part of it.
  [new RegExp(String.raw`${from}(?:a )?(?:Bambo|Mayi|[Aa]mayi|[Aa]bambo) (?=\p{Lu})`, 'gu'), ''],
  // "pa LinkedIn", "pa email" (on it).
  [/(?<![\p{L}\d'’/-])pa (?=\p{L})/giu, 'on '],
  // "team yake" (their team), "ku Ocado" (to Ocado), "ndi" (with, and), "koma" (but), "ati"
  // (says); "basi" (that's all) is no part of what happened.
  [/(\p{L}+) (?:yake|wake|lake|zake|kwake)(?![\p{L}])/gu, 'their $1'],
  [word('ku'), 'to'],
  [/(?<=\p{Lu}\p{Ll}* )ndi (?=\p{Lu})/gu, 'and '],
  [word('ndi'), 'with'],
  [word('koma'), 'but'],
  [word('ati'), 'says'],
  [/,?\s*(?<![\p{L}'’-])basi(?![\p{L}'’-])[.!]?/giu, ''],
];

/** The line with its Chichewa put into English, when it has any. */
export function mendChichewa(line: string): string {
  return chichewaMarker.test(line) ? applySwaps(line, chichewaWords) : line;
}
