// Catalan in a one-line log, put into English before it is read. A Catalan speaker's notes switch
// language mid-line ("cafè amb Ana ahir", "vaig trucar a Gareth", "li vaig enviar el CV a la
// Rachel de Booking", "m'ha escrit l'Olivia de Hays per email", "dinar amb Kate dijous passat"):
// the days, times, ways of talking and what was done become the English every later rule reads,
// and the article Catalan puts before a name ("la Priya", "en Dev", "l'Olivia") is dropped. Short
// words English has too ("a", "de", "el", "per") are swapped only in a line that is Catalan by a
// word no English note uses.

import { applySwaps, englishOrdinal, type Swap, wholeWord as word } from './log-line-tokens.js';

const days: Record<string, string> = {
  dilluns: 'Monday',
  dimarts: 'Tuesday',
  dimecres: 'Wednesday',
  dijous: 'Thursday',
  divendres: 'Friday',
  dissabte: 'Saturday',
  diumenge: 'Sunday',
};
const dayWord = '(dilluns|dimarts|dimecres|dijous|divendres|dissabte|diumenge)';
const dayOf = (catalan: string) => days[catalan.toLowerCase()] ?? catalan;

/** A name as a line writes it: one or two capitalised words. */
const name = String.raw`(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?)`;

/** Words and phrases no English note uses: swapped wherever they stand. */
const catalanWords: readonly Swap[] = [
  // Courtesies and articles before a name: "el Sr. Evans", "la senyora Okafor", "la Priya", "en
  // Dev", "l'Olivia", "a la Rachel", "pel Dev".
  [/(?<![\p{L}'’-])(?:el |la )?(?:[Ss]r\.|[Ss]ra\.|[Ss]enyora|[Ss]enyor) (?=\p{Lu})/gu, ''],
  [/(?<![\p{L}'’-])(?:la|en|na) (?=\p{Lu}\p{Ll})/gu, ''],
  [/(?<![\p{L}'’-])l['’](?=\p{Lu})/gu, ''],
  // Days and times: "dijous passat", "ahir", "abans-d'ahir", "la setmana passada".
  [word(`(?:el |dilluns )?${dayWord} passat`), (_m: string, day: string) => `last ${dayOf(day)}`],
  [word(`(?:el )?${dayWord} que ve`), (_m: string, day: string) => `next ${dayOf(day)}`],
  [word(`(?:el )?${dayWord}`), (_m: string, day: string) => dayOf(day)],
  [word("abans-?d['’]ahir"), 'the day before yesterday'],
  [word('ahir a la nit|ahir al vespre'), 'last night'],
  [word('ahir'), 'yesterday'],
  [word('avui'), 'today'],
  [word('aquest matí'), 'this morning'],
  [word('aquesta tarda'), 'this afternoon'],
  [word('demà'), 'tomorrow'],
  [word('(?:la )?setmana passada'), 'last week'],
  [word('(?:la )?setmana que ve'), 'next week'],
  [word('res des del'), 'nothing since'],
  [word('encara res'), 'nothing yet'],
  [word('res'), 'nothing'],
  // Ways of talking.
  [word('cafè'), 'coffee'],
  [word('dinar'), 'lunch'],
  [word('sopar'), 'dinner'],
  [word('trucada'), 'call'],
  [word('videotrucada'), 'video call'],
  [word('reunió'), 'meeting'],
  [word('missatge'), 'message'],
  [word('correu'), 'email'],
  [word("m['’]ha presentat per (e-?mail|mail) a"), 'introduced me by $1 to'],
  [word("m['’]ha presentat a"), 'introduced me to'],
  [word(`vaig presentar ${name} a`, 'gu'), 'introduced $1 to'],
  [word('per (e-?mail|mail|correu|whatsapp|linkedin|telèfon|teams|zoom)'), 'by $1'],
  // What was done: "vaig trucar a", "li vaig enviar", "m'ha escrit", "m'ha presentat a".
  [word("m['’]ha posat en contacte amb"), 'put me in touch with'],
  [word("m['’]ha escrit"), 'wrote to me'],
  [word("m['’]ha trucat"), 'rang me'],
  [word("m['’]ha enviat|m['’]ha passat"), 'sent me'],
  [word("m['’]ha donat les gràcies"), 'thanked me'],
  [word("m['’]ha demanat"), 'asked me for'],
  [word("m['’]ha dit"), 'told me'],
  [word("m['’]ha contestat"), 'replied to me'],
  [word('(?:ha )?comentat'), 'commented on'],
  [word('va fer like a(?:l)?'), 'liked'],
  [word('(?:li |els )?(?:he enviat|vaig passar|he passat)(?: a)?'), 'sent'],
  [word('em va demanar'), 'asked me for'],
  [word('(?:li )?he deixat (?:un )?voicemail'), 'left a voicemail'],
  [word('(?:li )?he tornat a escriure'), 'wrote again'],
  [word('he fet follow-?up a'), 'followed up with'],
  [word('no contesta'), 'no answer'],
  [word('vol quedar'), 'wants to meet'],
  [word('vol'), 'wants'],
  [word('vaig trucar a'), 'rang'],
  [word('(?:li |els )?vaig enviar'), 'sent'],
  [word('(?:li |els )?vaig escriure a'), 'wrote to'],
  [word('(?:li |els )?vaig escriure'), 'wrote to'],
  [word('vaig conèixer a|vaig conèixer|vaig veure a|vaig veure'), 'met'],
  [word('vaig comentar'), 'commented on'],
  [word('(?:li |els )?vaig dir'), 'told'],
  [word('(?:li |els )?vaig demanar'), 'asked'],
  [word('vaig donar les gràcies a'), 'thanked'],
  [word(`[Gg]ràcies a ${name} (?:pel|per la|per)`, 'gu'), 'thanked $1 for the'],
  [word('moltes gràcies|gràcies|merci'), 'thanks'],
  [word('xerrada'), 'chat'],
  [word('el post de'), 'the post of'],
  [word('(?:el )?meu|(?:la )?meva'), 'my'],
  // Fillers that say nothing of what happened.
  [
    /,?\s*(?<![\p{L}'’-])(?:molt útil|genial|per si hi ha algo|per si de cas)(?![\p{L}'’-])[!.]*/gu,
    '',
  ],
];

/** Words English has too, swapped only in a line that is Catalan by the words above. */
const sharedWords: readonly Swap[] = [
  // "Rachel de Booking": from, after a name.
  [/(?<=\p{Lu}[\p{L}'’-]*) de (?=\p{Lu})/gu, ' from '],
  [/(?<=\p{Lu}[\p{L}'’-]*) i (?=\p{Lu})/gu, ' and '],
  [word('amb'), 'with'],
  [/(?<![\p{L}'’-])a (?=\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?(?:[\s,:;(]|$))/gu, 'to '],
  [word('pel|per la'), 'for the'],
  [
    /(?<![\p{L}'’-])el (?:dia )?(\d{1,2}(?:\/\d{1,2}(?:\/\d{2,4})?)?)(?![\d/])/gu,
    (_m: string, day: string) =>
      day.includes('/') ? `on ${day}` : `on the ${englishOrdinal(day)}`,
  ],
  [/(?<![\p{L}'’-])d['’](?=\p{Lu})/gu, 'from '],
  [word('el|els|les'), 'the'],
  [word('sobre'), 'about'],
];

const catalanMarker =
  /(?<![\p{L}'’-])(?:ahir|avui|demà|abans-?d['’]ahir|setmana|passat|dilluns|dimarts|dimecres|dijous|divendres|dissabte|diumenge|cafè amb|amb|sopar|trucada|videotrucada|reunió|missatge|vaig|m['’]ha|gràcies|xerrada|senyora|Sr\.)(?![\p{L}'’-])/u;

/** The line with its Catalan put into English; a line with none comes back as it was. */
export function mendCatalan(line: string): string {
  return catalanMarker.test(line) ? applySwaps(applySwaps(line, catalanWords), sharedWords) : line;
}
