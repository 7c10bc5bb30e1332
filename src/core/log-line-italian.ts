// Italian in a one-line log, put into English before it is read. An Italian speaker's notes switch
// language mid-line ("ieri coffee con Ana Lopez", "mandato il mio CV a Olivia di Hays per email",
// "giovedì scorso call con dott. Evans", "l'altro ieri ho visto Marcus at the fintech night"): the
// days, times, ways of talking and what was done become the English every later rule reads.
// Short words English has too ("a", "e", "di", "da", "il", "per", "su") are swapped only in a line
// that is Italian by a word no English note uses.

import { applySwaps, englishOrdinal, type Swap, wholeWord as word } from './log-line-tokens.js';

const days: Record<string, string> = {
  lunedi: 'Monday',
  martedi: 'Tuesday',
  mercoledi: 'Wednesday',
  giovedi: 'Thursday',
  venerdi: 'Friday',
  sabato: 'Saturday',
  domenica: 'Sunday',
};
/** The days, with or without their accent; "Domenica" with a capital is a name, and stays. */
const dayWord =
  '([Ll]uned[iìí]|[Mm]arted[iìí]|[Mm]ercoled[iìí]|[Gg]ioved[iìí]|[Vv]enerd[iìí]|[Ss]abato|domenica)';
const dayOf = (italian: string) =>
  days[italian.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '')] ?? italian;

const months: Record<string, string> = {
  gennaio: 'January',
  febbraio: 'February',
  marzo: 'March',
  aprile: 'April',
  maggio: 'May',
  giugno: 'June',
  luglio: 'July',
  agosto: 'August',
  settembre: 'September',
  ottobre: 'October',
  novembre: 'November',
  dicembre: 'December',
};
const monthWord =
  '(gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre)';
const monthOf = (italian: string) => months[italian.toLowerCase()] ?? italian;

/** A name as a line writes it: one or two capitalised words. */
const name = String.raw`(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?)`;

/** "il 21", "il 10/11": a day of the month, or a date, after its article. */
function onDay(_m: string, day: string): string {
  return day.includes('/') ? `on ${day}` : `on the ${englishOrdinal(day)}`;
}

/** Words and phrases no English note uses: swapped wherever they stand. */
const italianWords: readonly Swap[] = [
  // Courtesies before a name: "signora Okafor", "dott. Evans", "alla signora Okafor".
  [
    /(?<![\p{L}'’-])(?:[Ss]ignora|[Ss]ignor|[Ss]ig\.(?:ra)?|[Dd]ott\.(?:ssa)?|[Dd]ottor|[Dd]ottoressa|[Ii]ng\.) (?=\p{Lu})/gu,
    '',
  ],
  // Days and times: "giovedì scorso", "l'altro ieri", "ieri sera", "la settimana scorsa", "il 21".
  [word(`${dayWord} scorso`, 'gu'), (_m: string, day: string) => `last ${dayOf(day)}`],
  [word(`(?:il |di )?${dayWord}`, 'gu'), (_m: string, day: string) => dayOf(day)],
  [word(`(\\d{1,2}) ${monthWord}`), (_m: string, d: string, m: string) => `${d} ${monthOf(m)}`],
  [word(`(?:a|in) ${monthWord}`), (_m: string, month: string) => `in ${monthOf(month)}`],
  [word("l['’]altro ieri"), 'the day before yesterday'],
  [word("l['’]altro giorno"), 'the other day'],
  [word('ieri sera'), 'last night'],
  [word('ieri mattina'), 'yesterday morning'],
  [word('ieri'), 'yesterday'],
  [word('stamattina|stamani'), 'this morning'],
  [word('stasera'), 'tonight'],
  [word('oggi'), 'today'],
  [word('domani'), 'tomorrow'],
  [word('(?:la )?settimana scorsa'), 'last week'],
  [word('(?:la )?settimana prossima'), 'next week'],
  [word('entro(?: il)?'), 'by'],
  [word('niente (?:da|dal|dalla)'), 'nothing since'],
  [word('dal'), 'since'],
  [word('ancora niente'), 'nothing yet'],
  [word('niente'), 'nothing'],
  // Ways of talking.
  [word('(?:un )?caff[eè]'), 'coffee'],
  [word('pranzo'), 'lunch'],
  [word('cena'), 'dinner'],
  [/(?<![\p{L}-])all['’]aperitivo\b/gu, 'at the drinks'],
  [/(?<![\p{L}-])(?:un )?aperitivo\b/gu, 'drinks'],
  [word('telefonata|chiamata'), 'call'],
  [word('videochiamata'), 'video call'],
  [word('riunione'), 'meeting'],
  [word('colloquio'), 'interview'],
  [word('evento'), 'event'],
  [word('fiera'), 'fair'],
  [word('messaggio'), 'message'],
  [
    word(`(?:ho )?presentato per (?:e-?mail|mail) ${name} (?:a|ad)`, 'gu'),
    'introduced $1 by email to',
  ],
  [word('per (?:e-?mail|mail)'), 'by email'],
  [word('su (linkedin|whatsapp|zoom|teams|slack|instagram)'), 'on $1'],
  // What was done.
  [word("(?:ho |l['’]ho )?(?:mandato|inviato|spedito)"), 'sent'],
  [word('mi ha scritto'), 'wrote to me'],
  [word('(?:ho )?scritto'), 'wrote'],
  [word('mi ha (?:chiamato|telefonato)'), 'rang me'],
  [word('(?:ho )?(?:chiamato|telefonato)'), 'rang'],
  [word('(?:ho )?(?:incontrato|conosciuto|visto)'), 'met'],
  [word('(?:ho )?parlato con'), 'spoke to'],
  [word('(?:ho )?parlato'), 'spoke'],
  [word('(?:ho )?ringraziato'), 'thanked'],
  [word(`[Gg]razie (?:a|ad|alla|al) ${name} per`, 'gu'), 'thanked $1 for'],
  [word('grazie mille|grazie'), 'thanks'],
  [word('mi ha presentato (?:a|ad)'), 'introduced me to'],
  [word('mi ha messo in contatto con'), 'put me in touch with'],
  [word('(?:ho )?presentato'), 'introduced'],
  [word('(?:ho |ha )?commentato il post di'), 'commented on the post of'],
  [word('(?:ho |ha )?commentato'), 'commented on'],
  [word('mi ha chiesto'), 'asked me'],
  [word(`${name} ringraziat[oa]`, 'gu'), 'thanked $1'],
  [word('(?:ho )?lasciato un voicemail (?:a|ad)'), 'left a voicemail for'],
  [word('auguri di compleanno (?:a|ad)'), 'sent birthday wishes to'],
  [word('vuole sapere'), 'wants to know'],
  [word('mi serve'), 'I need it'],
  [word('che mi chiedeva|come mi ha chiesto'), 'as asked'],
  [word('che le interessava|che gli interessava'), 'that interested them'],
  [word('il mio|la mia'), 'my'],
  [word('(?:la|una) sua (?:amica|collega)|(?:il|un) suo (?:amico|collega)'), 'their friend'],
  [word('quando sono'), 'when I am'],
  // Italian's false friends in English: "has presented me by email to Laura" (introduced), "is
  // searching a person" (looking for), "said me" (told me), "asked a call" (asked for one).
  [/\b(?:has |had )?presented me (?=(?:(?:by|on|via) e-?mail )?to\b)/gu, 'introduced me '],
  [/\b(is|are|['’]s|['’]re) searching (?:for )?(?=(?:a|an|some|two|\d+) )/gu, '$1 looking for '],
  [/\bsaid me\b/gu, 'told me'],
  [/\basked (?=(?:a|an) (?:call|chat|coffee|meeting)\b)/gu, 'asked for '],
  // Fillers and asides that say nothing of what happened.
  [
    /,?\s*(?<![\p{L}'’-])(?:speriamo bene|peccato|boh|dai|allora|gentilissim[oa])(?![\p{L}'’-])[!.]*/gu,
    '',
  ],
];

/** Words English has too, swapped only in a line that is Italian by the words above. */
const sharedWords: readonly Swap[] = [
  // "Olivia di Hays", "Laura Benetti di Wise": from, after a name.
  [/(?<=\p{Lu}[\p{L}'’-]*) di (?=\p{Lu})/gu, ' from '],
  [/(?<=\p{Lu}[\p{L}'’-]*) e (?:con )?(?=\p{Lu})/gu, ' and '],
  [word('con'), 'with'],
  [word('col'), 'with the'],
  // "mandato a Chloe", "messaggio ad Anna": to; "da Alex": from.
  [/(?<![\p{L}'’-])(?:a|ad) (?=\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?(?:[\s,:;(]|$))/gu, 'to '],
  [/(?<![\p{L}'’-])da (?=\p{Lu})/gu, 'from '],
  [/(?<![\p{L}'’-])il (\d{1,2}(?:\/\d{1,2}(?:\/\d{2,4})?)?)(?![\d/])/gu, onDay],
  [word('del|della|dello|dei|degli|delle'), 'of the'],
  [word('sul|sulla'), 'on the'],
  [word('(?:il|la|lo|gli|le)'), 'the'],
  [/(?<![\p{L}'’-])l['’](?=\p{L})/gu, 'the '],
  [word('al|alla|allo'), 'at the'],
  [word('per il|per la|per lo'), 'for the'],
  [word('per'), 'for'],
  [word('su'), 'on'],
  [word('mio|mia'), 'my'],
  [word('una|un|uno'), 'a'],
  [word('e'), 'and'],
];

const italianMarker =
  /(?<![\p{L}'’-])(?:ieri|oggi|stamattina|stamani|stasera|settimana|scorso|scorsa|luned[iìí]|marted[iìí]|mercoled[iìí]|gioved[iìí]|venerd[iìí]|sabato|domenica|pranzo|telefonata|videochiamata|aperitivo|messaggio|colloquio|mandato|inviato|scritto|chiamato|incontrato|conosciuto|parlato|ringraziat[oa]|grazie|presentato|commentato|lasciato|niente|ancora|signora|dott\.|l['’]altro|per (?:il|la|lo|i|gli|le)(?= )|il (?=\d)|ho (?=\p{L}))(?![\p{L}'’-])/iu;

/** The line with its Italian put into English; a line with none comes back as it was. */
export function mendItalian(line: string): string {
  return italianMarker.test(line) ? applySwaps(applySwaps(line, italianWords), sharedWords) : line;
}
