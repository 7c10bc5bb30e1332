// Welsh in a one-line log, put into English before it is read. A Welsh speaker's notes switch
// language mid-line ("Paned gyda Owen Davies ddoe", "E-bost gan Rachel Lowe dydd Gwener: …",
// "Olivia o Hays wedi ffonio ddoe"): the days, times, ways of talking and verbs of what was done
// become the English that every later rule reads. Words no English note uses are swapped in any
// line; short words English has too ("o", "a", "i", "am", "y", "yn") only in a line that is
// already Welsh by one of those.

import { applySwaps, englishOrdinal, type Swap, wholeWord as word } from './log-line-tokens.js';

const days: Record<string, string> = {
  llun: 'Monday',
  mawrth: 'Tuesday',
  fawrth: 'Tuesday',
  mercher: 'Wednesday',
  fercher: 'Wednesday',
  iau: 'Thursday',
  gwener: 'Friday',
  wener: 'Friday',
  sadwrn: 'Saturday',
  sul: 'Sunday',
};
const dayWord = '(llun|lun|mawrth|fawrth|mercher|fercher|iau|gwener|wener|sadwrn|sul)';
const dayOf = (welsh: string) => days[welsh.toLowerCase()] ?? days[`l${welsh.toLowerCase()}`] ?? '';

const months: Record<string, string> = {
  ionawr: 'January',
  chwefror: 'February',
  mawrth: 'March',
  ebrill: 'April',
  mai: 'May',
  mehefin: 'June',
  gorffennaf: 'July',
  awst: 'August',
  medi: 'September',
  hydref: 'October',
  tachwedd: 'November',
  rhagfyr: 'December',
};
const monthWord =
  '(ionawr|chwefror|mawrth|ebrill|mai|mehefin|gorffennaf|awst|medi|hydref|tachwedd|rhagfyr)';
const monthOf = (welsh: string) => months[welsh.toLowerCase()] ?? welsh;

/** "27ain", "8fed", "13eg", "1af", "2il", "3ydd", "5ed": a Welsh ordinal day. */
const ordinal = String.raw`(\d{1,2})(?:af|il|ydd|ed|fed|eg|ain)`;

/** Words and phrases no English note uses: swapped wherever they stand. */
const welshWords: readonly Swap[] = [
  // Days and times: "dydd Llun diwetha", "pnawn dydd Mercher", "nos Wener", "bore 'ma".
  [word(`dydd ${dayWord} diwetha(?:f)?`), (_m: string, day: string) => `last ${dayOf(day)}`],
  [
    word(`(?:pnawn|prynhawn) dydd ${dayWord}`),
    (_m: string, day: string) => `${dayOf(day)} afternoon`,
  ],
  [word(`dydd ${dayWord}`), (_m: string, day: string) => dayOf(day)],
  [word(`nos ${dayWord}`), (_m: string, day: string) => `${dayOf(day)} night`],
  [word(`(?:y )?bore ['’]?ma`), 'this morning'],
  [word(`(?:y )?(?:pnawn|prynhawn) ['’]?ma`), 'this afternoon'],
  [word('neithiwr'), 'last night'],
  [word('echdoe'), 'the day before yesterday'],
  [word('ddoe'), 'yesterday'],
  [word('heddiw'), 'today'],
  [word('heno'), 'tonight'],
  // "wsnos dwytha": last week as the north says it.
  [word('(?:yr )?(?:wythnos|wsnos) (?:diwetha(?:f)?|dwytha|dwetha)'), 'last week'],
  [word('(?:yr )?wythnos nesa(?:f)?'), 'next week'],
  [word('(?:y )?mis diwetha(?:f)?'), 'last month'],
  [word('(?:y|yf)ory'), 'tomorrow'],
  [word(`ym mis ${monthWord}`), (_m: string, month: string) => `in ${monthOf(month)}`],
  [
    word(`${ordinal} (?:o )?${monthWord}`),
    (_m: string, day: string, month: string) => `${Number(day)} ${monthOf(month)}`,
  ],
  [word(`y ${ordinal}`), (_m: string, day: string) => `the ${englishOrdinal(day)}`],
  // A silence: "dim ateb ers dydd Mercher", "heb glywed ers 18/11", "dim byd eto".
  [word('heb glywed(?: dim)?'), 'not heard back'],
  [word('dim ateb gan'), 'no answer from'],
  [word('dim ateb'), 'no answer'],
  [word('dim byd'), 'nothing'],
  [word('dim newyddion'), 'no news'],
  [word('ers'), 'since'],
  [word('eto'), 'yet'],
  // Ways of talking.
  [word('galwad fideo'), 'video call'],
  [word('galwad(?: ffôn)?'), 'call'],
  [word('dros e-?bost'), 'by email'],
  [word('(?:wedi )?anfon e-?bost (?:at|i)'), 'emailed'],
  [word('e-?bost arall'), 'emailed again'],
  [word('e-?bost neis (?:gan|oddi wrth)'), 'nice email from'],
  [word('e-?bost (?:gan|oddi wrth)'), 'email from'],
  [word('e-?bost (?:at|i)'), 'email to'],
  [word('(?:wedi )?e-?bostio|e-?bostiais(?: i)?|e-?bostiodd'), 'emailed'],
  [word('e-?bost'), 'email'],
  [word('(?:wedi )?anfon neges i ddiolch'), 'messaged to say thanks'],
  [word('neges (?:gan|oddi wrth)'), 'message from'],
  [word('neges i'), 'message to'],
  [word('neges'), 'message'],
  [word('(?:wedi )?ffonio|ffoniais(?: i)?|ffoniodd'), 'rang'],
  [word('cyfarfod'), 'meeting'],
  [word('coffi'), 'coffee'],
  [word('paned'), 'coffee'],
  [word('cinio'), 'lunch'],
  [word('swper'), 'dinner'],
  [word('gydag?|efo'), 'with'],
  // What was done.
  [word('wedi fy nghyflwyno i'), 'introduced me to'],
  [word('(?:am )?gyflwyniad i'), 'an intro to'],
  [word('(?:intro|cyflwyniad) i'), 'intro to'],
  [word('diolch (?:o galon|yn fawr(?: iawn)?)'), 'thanks so much'],
  [word('wedi diolch'), 'thanked me'],
  [word('yn diolch'), 'thanking'],
  [word('diolch i'), 'thanked'],
  [word('diolch'), 'thank-you'],
  [word('gofynnais i'), 'asked'],
  [word('wedi gofyn i (?:fi|mi)'), 'asked me to'],
  [word('yn gofyn'), 'asking'],
  [word('hales i|anfonais(?: i)?|wedi anfon'), 'sent'],
  [word('siaradais(?: i)? â'), 'spoke to'],
  [word('wedi rhannu'), 'shared'],
  [word('wedi adolygu'), 'reviewed'],
  [word('wedi ateb'), 'replied'],
  [word('a fy nhagio i'), 'and tagged me'],
  [word('moyn|isie|eisiau'), 'wants'],
  [word('angen'), 'needs'],
  [word('i holi'), 'to ask'],
  [word('i siarad'), 'to talk'],
  [word('swydd'), 'a job'],
  [word('adborth'), 'feedback'],
  [word('cysylltiadau'), 'contacts'],
  [word('gwahoddiad'), 'invitation'],
  [word('argymhelliad'), 'recommendation'],
  [word('fy mhortffolio'), 'my portfolio'],
  [word('fy'), 'my'],
  [word('yn ôl'), 'back'],
  [word('ffair'), 'fair'],
  [word('(?:mor )?garedig'), 'so kind'],
  [word('croeso'), 'welcome'],
  [word('swyddfa'), 'office'],
  [word('copi'), 'a copy'],
  [word('erbyn'), 'by'],
  [word('siarad'), 'talk'],
  [word('yn y dre(?:f)?'), 'in town'],
  [word('rolau'), 'roles'],
  [word('cyngor'), 'advice'],
  [word('munud'), 'minutes'],
  [word('trên'), 'train'],
  [word('neis'), 'nice'],
  [word('r?h?ywun'), 'someone'],
  // Places as Welsh writes them, mutated after "yng", "ym", "i" ("yng Nghaerdydd", "ym Mryste").
  [word('(?:ngh|[cg])aerdydd'), 'Cardiff'],
  [word('(?:[bmf])ryste'), 'Bristol'],
  [word('llundain'), 'London'],
  [word('(?:ngh|[cg])asnewydd'), 'Newport'],
  [word('abertawe'), 'Swansea'],
  [word('(?:[bmf])angor'), 'Bangor'],
  [word('(?:ngh|[cg])aerfyrddin'), 'Carmarthen'],
  [word('(?:yng )?nghymru'), 'in Wales'],
  [word('(?:mor )?ddefnyddiol'), 'so useful'],
];

/** Words English has too, swapped only in a line that is Welsh by the words above. */
const sharedWords: readonly Swap[] = [
  // "Katie o'r BBC", "Aisha Karim o Cazoo", "someone o Oak": from; "copi o'r slides": of.
  [/(?<=(?:\p{Lu}[\p{L}'’-]*|someone)) o['’]r (?=\p{L})/gu, ' from the '],
  [/(?<=(?:\p{Lu}[\p{L}'’-]*|someone)) o (?=\p{Lu})/gu, ' from '],
  [word(`o['’]r`), 'of the'],
  [/(?<=\p{Lu}[\p{L}'’-]*) ac? (?=\p{Lu})/gu, ' and '],
  // "diolch am yr adborth": thanks for; "am y siarad": about.
  [/(?<=(?:thank-you|thanks|thanked|thanking)(?: [^ ,.;:]+){0,3} )am(?= )/giu, 'for'],
  [word('am y(?:r)?'), 'about the'],
  [word('am'), 'about'],
  // "Hales i fy day rate at Olivia": to, after what was sent.
  [/(?<=(?:sent|emailed)(?: [^ ,.;:]+){1,4}) at (?=\p{Lu})/gu, ' to '],
  [
    /(?<![\p{L}'’-])(?:yng?|ym) (?=(?:Cardiff|Bristol|London|Newport|Swansea|Bangor|Carmarthen)\b)/gu,
    'in ',
  ],
  [word('yn y(?:r)?'), 'at the'],
  [word('yn eu'), 'at their'],
  // "Rachel yn Booking": at, after a name.
  [/(?<=\p{Lu}[\p{L}'’-]*) yn (?=\p{Lu})/gu, ' at '],
  [/(?<![\p{L}'’-])(?:yng?|ym) (?=\p{Lu})/gu, 'in '],
  [word('eu'), 'their'],
  [/(?<![\p{L}'’-])ar (?=\p{Lu})/gu, 'on '],
  [/(?<![\p{L}'’-])i (?=\p{Lu})/gu, 'to '],
  [word('y(?:r)?'), 'the'],
  [word('fi'), 'me'],
  [word('arall'), 'again'],
  [word('wedyn'), 'after'],
];

const welshMarker = new RegExp(
  String.raw`(?<![\p{L}\d'’-])(?:dydd \p{L}+|nos ${dayWord}|bore ['’]?ma|pnawn|prynhawn|neithiwr|echdoe|ddoe|heddiw|heno|wythnos|wsnos|gydag?|e-?bost\p{L}*|neges|galwad|cyfarfod|coffi|paned|cinio|ffoni\p{L}*|wedi|diolch|dim (?:ateb|byd|newyddion)|heb glywed|ers|gofynnais|hales|siaradais|moyn|r?h?ywun|swydd|mis|siarad|erbyn)(?![\p{L}'’-])`,
  'iu',
);

/** The line with its Welsh put into English; a line with none comes back as it was. */
export function mendWelsh(line: string): string {
  return welshMarker.test(line) ? applySwaps(applySwaps(line, welshWords), sharedWords) : line;
}
