// Tunisian Arabic (Derja) in Latin letters, as a Tunis-born writer mixes it and its French into
// English notes, put into English before it is read: "coffee ma3a dev lbere7" (with Dev
// yesterday), "klemt jose" (I called José), "klemni olivia" and "olivia klemni" (Olivia called
// me), "b3atht cv l rachel" (I sent Rachel my CV), "b3athli link" (sent me a link), "olivia mte3
// hays" (of Hays), "3la contract" (about a contract), "sa7a barcha l chidi" (thanks a lot to
// Chidi), "mafama chay" (nothing), "barcha tips" (lots of). The digits stand for letters English
// has not ("3" for ain, "7" for the hard h, "9" for qaf, "5" for kha). The days take the article
// "l", glued or not ("ljem3a" Friday, "lkhmis" Thursday, "nhar larb3a" on Wednesday, "sebt"
// Saturday). "3al" (on the) is read by `log-line-lebanese.ts`, which runs first; "jeudi", "hier"
// and the rest of the French by `log-line-french.ts`, which runs after. A line is read so only
// when it is Tunisian by a word no English note uses; a lone "l" after an email, a message or a
// link ("email l hannah", "a link l ofcom's grad scheme") is "to" in any note.

import { weekdaysOf } from './log-line-dialects.js';
import { applySwaps, type Swap, wholeWord as word } from './log-line-tokens.js';

/** Edges of a word written with the digits of Arabic in Latin letters ("ma3a", "lbere7"). */
const from = String.raw`(?<![\p{L}\d'’/-])`;
const till = String.raw`(?![\p{L}\d'’/-])`;

/** "lbere7" (yesterday), as spelt: "lbere7", "lbera7", "el bera7", "lbereh". */
const yesterday = '(?:l|el ?)b[ae]r[ae][7h]';

/**
 * The Tunisian days, after "l" or "el" (the), glued or not, and "nhar" (day): "ltnin" (Monday),
 * "tleta" or "ettlath" (Tuesday), "larb3a" (Wednesday), "lkhmis" (Thursday), "ljem3a" or
 * "ejjem3a" (Friday), "sebt" or "essebt" (Saturday), "la7ad" (Sunday, only with its article).
 */
const tunisianDays: Record<string, string> = {
  tnin: 'monday',
  tnine: 'monday',
  tlet: 'tuesday',
  tleta: 'tuesday',
  tlatha: 'tuesday',
  tlath: 'tuesday',
  arb3a: 'wednesday',
  arb3: 'wednesday',
  arba3: 'wednesday',
  arb3aa: 'wednesday',
  khmis: 'thursday',
  jem3a: 'friday',
  jom3a: 'friday',
  jem3: 'friday',
  juma3: 'friday',
  sebt: 'saturday',
};

/**
 * The days read only after their article, as "khamis" is a man's name too: "el khamis"
 * (Thursday), "la7ad", "el a7ad" and "nhar l7ad" (Sunday).
 */
const daysAfterArticle: Record<string, string> = {
  khamis: 'thursday',
  a7ad: 'sunday',
  '7ad': 'sunday',
};

/** The article before a Tunisian day, glued to it or not, and "nhar" (day) before that. */
const dayArticle = String.raw`(?:nhar )?(?:el ?|le|l ?|e?[tjs])?`;

/** A name of one or two words after a verb ("klemni olivia", "klemni kate morrison"). */
const name = [
  String.raw`\p{L}[\p{L}'’-]*`,
  String.raw`(?: (?!(?:mte3|mta3|3la|from|at|about|re|on|lbere7)${till})\p{L}[\p{L}'’-]*)?`,
].join('');

/** Words only a Tunisian note uses. */
const tunisianMarker = new RegExp(
  `${from}(?:${[
    'ma3a|m3a|m3ah|m3aha|ma3ah|ma3aha',
    yesterday,
    String.raw`klem\p{L}*|b3ath\p{L}*|kteb\p{L}*|tlab\p{L}*`,
    'mte3|mta3|3la|barcha|mezy[ae]n[ae]?|mafam+(?:a|ech|esh)|e?ss?a7a|ya3ti(?:k|h|ha|hom)',
    'lyoum|lyouma|zeda|tunsi|7keya|nhar|e?ssebt|sebt',
    'l(?:tnin|tlet|arb3a|khmis|jem3a|jom3a|a7ad|7ad)',
  ].join('|')})${till}`,
  'iu',
);

/** The ways of talking "3la" puts a note on ("3la linkedin", "3la whatsapp"): on, not about. */
const channels = [
  'linkedin|whatsapp|insta|instagram|twitter|slack|teams|zoom|phone',
  'email|mail|signal|telegram|discord',
].join('|');

/** The nouns of a message sent, after which a lone "l" is "to" ("email l hannah"). */
const sentThings = 'email|mail|msg|message|dm|text|sms|whatsapp|note|link|cv|resume|cover letter';

const tunisianWords: readonly Swap[] = [
  // The days around today: "awel lbere7" (the day before yesterday), "lbere7" (yesterday),
  // "lyoum" (today); the days after their article ("nhar ltnin", "ljem3a", "sebt").
  [word(`(?:awel|awwel|awal|awwal) ${yesterday}`), 'the day before yesterday'],
  [word(yesterday), 'yesterday'],
  [word('lyoum|lyouma|el youm'), 'today'],
  weekdaysOf(tunisianDays, { before: dayArticle, caseless: true, marks: false }),
  weekdaysOf(daysAfterArticle, { before: '(?:nhar )?(?:l|la|el ?)', caseless: true, marks: false }),
  // Talk and calls: "klemni X" and "X klemni" (X called me; "klemetni" of a woman), "klemt X"
  // (I called X), "klemtou", "klemtha" (I called him, her), "klemna" (we talked).
  [
    new RegExp(
      String.raw`^(?:klemni|klemetni|klemitni) (?:el |l )?(${name}` +
        String.raw`(?: (?:mte3|mta3|from|at|@) \p{L}[\p{L}'’&.-]*)?(?: \([^)]*\))?)(?=$|[\s,])`,
      'iu',
    ),
    '$1 called me',
  ],
  [new RegExp(`${from}(?:klemni|klemetni|klemitni|klemetny|klemny)${till}`, 'giu'), 'called me'],
  [new RegExp(`${from}klemtou${till}`, 'giu'), 'called him'],
  [new RegExp(`${from}klemtha${till}`, 'giu'), 'called her'],
  [new RegExp(`${from}klemna${till}`, 'giu'), 'we talked'],
  [new RegExp(`${from}klemt(?= \\p{L})`, 'giu'), 'called'],
  // Sending: "b3atht X l Y" (I sent X to Y), "b3athli" (sent me), "b3athtou", "b3aththa" (I
  // sent it), "b3athtoulou" and "b3athtlou" (I sent him, it), "b3athtelha" (I sent her).
  [new RegExp(`${from}(?:b3athli|b3athetli|b3athly|b3atheli)${till}`, 'giu'), 'sent me'],
  [
    new RegExp(`${from}(?:b3athtoulou|b3athtlou|b3athtelou|b3athtoulhou)${till}`, 'giu'),
    'I sent him',
  ],
  [new RegExp(`${from}(?:b3athtoulha|b3athtelha|b3athtlha)${till}`, 'giu'), 'I sent her'],
  [new RegExp(`${from}(?:b3athtou|b3aththa|b3aththou|b3aththo)${till}`, 'giu'), 'sent it'],
  [new RegExp(`${from}(?:b3atht|b3athet)(?= \\p{L})`, 'giu'), 'sent'],
  // "hiya li tlabtou" (she is the one who asked for it), "houwa li tlabou" (he).
  [word('(?:hiya|heya) (?:li|elli) tlab(?:tou|etou|tha|et|t)'), 'she asked for it'],
  [word('(?:houwa|howa|huwa) (?:li|elli) tlab(?:ou|ha|hom)?'), 'he asked for it'],
  // Thanks: "sa7a barcha l chidi" (thanks a lot to Chidi: thanked him), "sa7a 3al mock" (thanks
  // for), "kteblli merci" (wrote me thanks: thanked me); "ya3tik essa7a" (bless you) and
  // "ya3tiha essa7a" after something else are only a courtesy.
  [/,?\s*(?<![\p{L}\d'’-])ya3ti(?:k|h|ha|hom) (?:e?ss?a7a|sa77a)(?![\p{L}\d'’-])[!.]*/giu, ''],
  [new RegExp(`${from}(?:e?ss?a7a)(?: barcha)? (?:l|el|li) (?=\\p{L})`, 'giu'), 'thanked '],
  [
    new RegExp(`${from}(?:e?ss?a7a)(?: barcha)? (?:on|3al|3la|for)(?= \\p{L})`, 'giu'),
    'thanks for',
  ],
  [new RegExp(`${from}(?:e?ss?a7a)(?: barcha)?${till}`, 'giu'), 'thanks'],
  [
    new RegExp(
      `${from}(?:kteblli|kteblii|kteb li|ktebli|kteb)(?: (?:li|lia))? ['"‘“]?` +
        `(?:merci|cheers|thanks|thank you|thx|sa7a|y3aychek)['"’”]?(?= |$)`,
      'giu',
    ),
    'thanked me',
  ],
  [new RegExp(`${from}(?:kteblli|ktebli)${till}`, 'giu'), 'wrote to me'],
  [new RegExp(`${from}kteb${till}`, 'giu'), 'wrote'],
  // "li b3athtoulou" (that I sent him, after it is read above): "li" before a verb is "that".
  [new RegExp(`${from}(?:li|elli)(?= I sent)`, 'giu'), 'that'],
  // "ma3a X" and "m3a X" (with X; "ma3ah", "m3aha" with him, with her), "X w Y" after it (and).
  [
    new RegExp(
      String.raw`${from}(?:ma3a|m3a)( \p{L}[\p{L}'’-]*(?: \p{L}[\p{L}'’-]*)?) w (?=\p{L})`,
      'giu',
    ),
    'with$1 and ',
  ],
  [new RegExp(`${from}(?:ma3a|m3a)(?= \\p{L})`, 'giu'), 'with'],
  [new RegExp(`${from}(?:ma3ah|m3ah)${till}`, 'giu'), 'with him'],
  [new RegExp(`${from}(?:ma3aha|m3aha)${till}`, 'giu'), 'with her'],
  // "mte3 hays" (of Hays: from), "3la contract" (about; "3la linkedin", on), "barcha 7keya"
  // (lots of talk), "barcha tips" (lots of), "rate mezyen" (good), "mafama chay" (nothing),
  // "mafama roles" (no roles), "tunsi zeda" (Tunisian too).
  [new RegExp(`${from}(?:mte3|mta3)(?= \\p{L})`, 'giu'), 'from'],
  [new RegExp(`${from}3la(?= (?:the )?(?:${channels})${till})`, 'giu'), 'on'],
  [new RegExp(`${from}3la(?= \\p{L})`, 'giu'), 'about'],
  [new RegExp(`${from}barcha 7k(?:eya|aya|ey)${till}`, 'giu'), 'lots of talk'],
  [new RegExp(`${from}7k(?:eya|aya)${till}`, 'giu'), 'talk'],
  [new RegExp(`${from}barcha(?= \\p{L})`, 'giu'), 'lots of'],
  [new RegExp(`${from}barcha${till}`, 'giu'), 'a lot'],
  [new RegExp(`${from}mezy[ae]n[ae]?${till}`, 'giu'), 'good'],
  [
    new RegExp(
      `${from}(?:mafama|mafamma|mafamech|mafamesh) (?:chay|chei|rien|7atta chay)${till}`,
      'giu',
    ),
    'nothing',
  ],
  [new RegExp(`${from}(?:mafama|mafamma|mafamech|mafamesh)(?= \\p{L})`, 'giu'), 'no'],
  [new RegExp(`${from}(?:mafama|mafamma|mafamech|mafamesh)${till}`, 'giu'), 'nothing'],
  [new RegExp(`${from}tunsi(?:ya)?${till}`, 'giu'), 'Tunisian'],
  [new RegExp(`${from}zeda${till}`, 'giu'), 'too'],
];

/** The Arabic days a lone "l" may stand before as their article ("email l jem3a", Friday). */
const dayAfterArticle = [...Object.keys(tunisianDays), ...Object.keys(daysAfterArticle)]
  .concat(['tnen', 'tnein', 'tlete', 'jum3a', 'sabt', 'arba3a'])
  .join('|');

/**
 * A lone "l" after something sent ("email l hannah", "b3atht cv l priya", "a link l ofcom's
 * grad scheme") is "to" in any note: English never writes "l" alone after them.
 */
const toAfterSent: Swap = [
  new RegExp(
    String.raw`(?<=${from}(?:${sentThings}|sent) )l (?!(?:${dayAfterArticle})${till})(?=\p{L})`,
    'giu',
  ),
  // A capital "L" is an initial ("email L Smith"), not the Arabic word.
  (l: string) => (l.startsWith('l') ? 'to ' : l),
];

/** The line with its Tunisian put into English; a line with none comes back as it was. */
export function mendTunisian(line: string): string {
  const mended = tunisianMarker.test(line) ? applySwaps(line, tunisianWords) : line;
  return applySwaps(mended, [toAfterSent]);
}
