// Fijian in a one-line log put into English before it is read. A Fiji Islander's notes keep the
// iTaukei words of every day in English sentences ("coffee w/ Dev nanoa", "rang Priya Vukelulu",
// "a big vinaka vakalevu for her time", "good talanoa re regional lodges", "kerekere to Ben for 15
// mins", "bula! coffee with Dev"): the days around today ("nanoa", yesterday; "nikua", today) and
// the days of the week ("Lotulevu", Thursday) become English days, "vinaka" is thanks, "talanoa" a
// chat, "kerekere" a request, and "bula" (hello) and "isa" (alas) opening a note are said to its
// reader, as it is before the name it greets ("bula Dev, video call nanoa"). "sega" is no ("still
// sega reply", "sega news"; "sega na leqa", no worries), a "kana" had with someone a meal and
// Fiji English "grog" and Fijian "yaqona" (kava) drinks. Fiji Hindi ("kal", "bhaiya", "ne whatsapp
// kiya", "phone karis") is read with the other Hindustani, in `log-line-hindustani.ts`. A line is
// read so only when it is Fijian by a word no English note uses.

import { applySwaps, type Swap, wholeWord } from './log-line-tokens.js';

/**
 * A word in small letters only: "Vinaka Fiji" is a charity, "the Talanoa Dialogue" a UN process,
 * "Bula" a surname. A note's first word is put in small letters before these are read.
 */
const word = (text: string) => wholeWord(text, 'gu');

/** A day in any case: no English note, name or firm uses one. */
const day = (text: string) => wholeWord(text, 'giu');

/** The days, Monday to Sunday; "ena Moniti", "e na Moniti": on Monday. */
const days: ReadonlyArray<readonly [string, string]> = [
  ['Moniti', 'Monday'],
  ['Tusiti', 'Tuesday'],
  ['Vukelulu', 'Wednesday'],
  ['Lotulevu', 'Thursday'],
  ['Vakaraubuka', 'Friday'],
  ['Vakarauwai', 'Saturday'],
  ['Sigatabu|Siga Tabu', 'Sunday'],
];

/**
 * Thanks: "vinaka" alone, "vinaka vakalevu" (thanks very much), "vinaka saka" (to an elder),
 * "vinaka sara" (thanks indeed).
 */
const thanks = String.raw`vinaka(?: (?:vakalevu|saka|sara))*`;

/** Words only a Fijian note uses, in small letters. */
const fijianWords =
  'nanoa|nikua|nimataka|edaidai|talanoa|kerekere|vinaka|vakalevu|bula|macawa sa oti|vula sa oti';

/**
 * Words of a Fijian note that a capital makes a name ("Sega" the games firm, "Kana" a given name),
 * so only in small letters: "sega" (no) and "kana" (a meal) before whom it was had with.
 */
const smallWords = String.raw`sega|kana(?= (?:with|w)\b)`;

/**
 * Fiji English "grog" and Fijian "yaqona" (kava), in any case, as a note's first word may have it:
 * "Grog w Marcus", "yaqona session at Gareth's place".
 */
const grog = '(?:grog|yaqona)(?: sessions?)?';

/**
 * A Fijian word opening a note with a capital, as a note's first word may have, and then a stop or
 * a word in small letters: "Vinaka to Dev…", "Bula!", not "Bula Smith rang".
 */
const firstWord = new RegExp(String.raw`^(?:${fijianWords})(?![\p{L}\d'’/-])`, 'iu');
const afterFirstWord = /^(?:[!,.:;]|\s+\p{Ll}|\s*$)/u;

/** A line that is Fijian by its words, or by its days and "grog" in any case. */
const fijianMarker = wholeWord(`${fijianWords}|${smallWords}`, 'u');
const fijianDay = wholeWord([...days.map(([name]) => name), grog].join('|'), 'iu');

/**
 * A note opening with "isa" (alas) and a stop or a cry, in small letters: "isa.. Mark says the
 * role has gone". With a comma, "isa" may be a name.
 */
const alasOpening = /^isa(?: lei)?[!.…]+\s*/u;

/** What a note waits on and has "sega" (none) of: "sega reply", "sega news". */
const awaited =
  'reply|replies|response|responses|news|word|answer|update|updates|feedback|luck|joy|call ?back';

const fijianSwaps: readonly Swap[] = [
  // The days around today: "nanoa" (yesterday), "nikua" (today), "nimataka" (tomorrow), "e na
  // macawa sa oti" (last week), "e na vula sa oti" (last month).
  [word('(?:e ?na )?macawa sa oti'), 'last week'],
  [word('(?:e ?na )?vula sa oti'), 'last month'],
  [word('nanoa'), 'yesterday'],
  [word('nikua|edaidai'), 'today'],
  [word('nimataka'), 'tomorrow'],
  // "ena Lotulevu", "e na Lotulevu": on the day; the day alone, in any case.
  ...days.map(([name, english]): Swap => [day(`e ?na (?:${name})`), `on ${english}`]),
  ...days.map(([name, english]): Swap => [day(name), english]),
  // "bula" (hello) and "ni sa bula vinaka" opening a note are said to its reader; elsewhere, a
  // greeting sent ("to say bula").
  [/^(?:ni sa )?bula(?: vinaka)?[!,.]+\s*/u, ''],
  // "bula Dev, video call nanoa": a greeting before the name, then a stop, names whom it was with.
  [/^(?:ni sa )?bula(?: vinaka)? (?=\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?\s*[,:;–—-])/u, ''],
  [word('(?:ni sa )?bula(?: vinaka)?'), 'hello'],
  // Thanks closing a note, with the kin word or laugh after it, are said to its reader ("…her
  // comments 25/11, vinaka vakalevu didi"); elsewhere they are thanks ("said vinaka for the
  // notes").
  [
    new RegExp(
      String.raw`[,;.!]?\s*(?<![\p{L}'’-])${thanks}(?: (?:didi|bhaiya|bro|sis|haha+|lol))*[!.]*\s*$`,
      'u',
    ),
    '',
  ],
  // "whatsapp pe vinaka bola Sanjay": said thanks to him, the verb after the thanks as Fiji Hindi
  // has it ("bola", said).
  [word(`${thanks} (?:bola|boli|bole|bolis|said)`), 'thanked'],
  [word(thanks), 'thanks'],
  // "talanoa" (a talk, a chat): "a good talanoa", "video talanoa w/ Alexandra".
  [word('talanoa'), 'chat'],
  // "kerekere" (a request, as custom asks of kin): "kerekere to Ben for 15 mins".
  [word('kerekere'), 'request'],
  // "sega" (no, not): "sega na leqa" (no worries), "sega reply", "sega news since the 18th";
  // alone closing a clause or before "yet", nothing ("chased Ana twice, still sega").
  [word('sega na leqa'), 'no worries'],
  [word(String.raw`sega(?= (?:${awaited})\b)`), 'no'],
  [word(String.raw`sega(?=\s*(?:[,.;!]|yet\b|$))`), 'nothing'],
  // "Monday kana with Shalendra": a meal had with someone; Fiji English "grog" (kava): "grog w
  // Marcus", "a grog session with the Hays lot".
  [word(String.raw`kana(?= (?:with|w)\b)`), 'lunch'],
  [day(grog), (said: string) => (/^\p{Lu}/u.test(said) ? 'Drinks' : 'drinks')],
  // Fiji English leaves the possessive unmarked: "at Gareth Price place" is at his place.
  [
    new RegExp(
      String.raw`(?<![\p{L}'’-])at (\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2}?)(?<!['’]s) ` +
        String.raw`(place|house|home|flat)(?![\p{L}'’-])`,
      'gu',
    ),
    "at $1's $2",
  ],
];

/** The line with its Fijian put into English; a line with none comes back as it was. */
export function mendFijian(line: string): string {
  const alasGone = alasOpening.test(line) ? line.replace(alasOpening, '') : line;
  const opening = firstWord.exec(alasGone)?.[0];
  const mended =
    opening && afterFirstWord.test(alasGone.slice(opening.length))
      ? alasGone.charAt(0).toLowerCase() + alasGone.slice(1)
      : alasGone;
  return fijianMarker.test(mended) || fijianDay.test(mended)
    ? applySwaps(mended, fijianSwaps)
    : alasGone;
}
