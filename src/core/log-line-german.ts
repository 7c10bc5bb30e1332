// German in a one-line log, put into English before it is read: "Kaffee mit Chidi Dienstag",
// "Gareth angerufen gestern", "Siobhan hat mir auf LinkedIn … geschickt", "Nachgehakt bei Marcus,
// keine Antwort", "Joanne hat mich am 6.11. mit Mike Dunn bekannt gemacht". Short words English
// has too ("an", "die", "also") are swapped only in a line that is German by a word no English
// note uses.
import { applySwaps, type Swap, wholeWord as word } from './log-line-tokens.js';

const days: Record<string, string> = {
  montag: 'Monday',
  dienstag: 'Tuesday',
  mittwoch: 'Wednesday',
  donnerstag: 'Thursday',
  freitag: 'Friday',
  samstag: 'Saturday',
  sonnabend: 'Saturday',
  sonntag: 'Sunday',
};
const dayWord = '(montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag)';
const dayOf = (german: string) => days[german.toLowerCase()] ?? german;

/** A name as a line writes it: one or two capitalised words. */
const name = String.raw`(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?)`;

/** Words and phrases no English note uses: swapped wherever they stand. */
const germanWords: readonly Swap[] = [
  // "am 19.11.", "27.11.": a day and month with German's closing full stop.
  [/\b(\d{1,2}\.\d{1,2})\.(?!\d)/gu, '$1'],
  [/(?<![\p{L}'’-])am (?=\d{1,2}\.\d{1,2})/giu, 'on '],
  // Days and times.
  [word(`letzten ${dayWord}`), (_m: string, day: string) => `last ${dayOf(day)}`],
  [word(`(?:am )?${dayWord}(?:morgen|abend|nachmittag)?`), (_m: string, day: string) => dayOf(day)],
  [word('letzte woche'), 'last week'],
  [word('vorgestern'), 'the day before yesterday'],
  [word('gestern abend'), 'last night'],
  [word('gestern'), 'yesterday'],
  [word('heute (?:morgen|früh)'), 'this morning'],
  [word('heute nachmittag'), 'this afternoon'],
  [word('heute'), 'today'],
  [
    word('keine antwort(?: seit)?'),
    (m: string) => (/seit$/i.test(m) ? 'no reply since' : 'no reply'),
  ],
  [word('noch nichts'), 'nothing yet'],
  [word('seit'), 'since'],
  // Ways of talking.
  [word('(?:kaffee|coffee) mit'), 'coffee with'],
  [word('(?:mittagessen|lunch) mit'), 'lunch with'],
  [word('abendessen mit'), 'dinner with'],
  [word('(?:bier|drinks) mit'), 'drinks with'],
  [word('(?:telefonat|anruf) mit'), 'call with'],
  [word('(?:videocall|video-call|videoanruf) mit'), 'video call with'],
  [word('treffen mit'), 'meeting with'],
  [word('per (?:e-?mail|mail)'), 'by email'],
  [word('(?:per|auf|über) (whatsapp|linkedin|teams|slack)'), 'on $1'],
  [word('auf die mailbox gesprochen'), 'left a voicemail'],
  // What was done, German's verb last brought forward.
  [word(`${name} hat mir (.{1,80}?) geschickt`, 'gu'), '$1 sent me $2'],
  [word(`${name} hat (?:mich )?(.{0,40}?)angerufen`, 'gu'), '$1 rang me $2'],
  [
    word(`${name} hat mich (.{0,40}?)mit ${name}(.{0,60}?) bekannt gemacht`, 'gu'),
    '$1 introduced me $2to $3$4',
  ],
  [word(`(?:[Hh]abe )?${name} mit ${name} bekannt gemacht`, 'gu'), 'introduced $1 to $2'],
  [word(`[Bb]ei ${name}(.{0,60}?) angefragt`, 'gu'), 'asked $1$2'],
  [word('schrieb mir|hat mir geschrieben'), 'wrote to me'],
  [word('schrieb'), 'wrote'],
  [word(`${name} hat mich (.{0,40}?)${name} vorgestellt`, 'gu'), '$1 introduced me $2to $3'],
  [word(`${name} hat sich (.{0,80}?)bedankt`, 'gu'), '$1 thanked me $2'],
  [word(`${name} hat mich (.{0,40}?)gefragt`, 'gu'), '$1 asked me $2'],
  [word(`${name} hat geantwortet`, 'gu'), '$1 replied'],
  [/^(.{1,100}?) gedankt\.?$/gu, 'thanked $1'],
  [/^(.{1,100}?) angerufen\b/gu, 'rang $1'],
  [new RegExp(String.raw`^(.{1,100}?) an ${name} geschickt\b`, 'gu'), 'sent $1 to $2'],
  [/^(.{1,100}?) erinnert\b/gu, 'reminded $1'],
  [/^(.{1,100}?) getroffen\b/gu, 'met $1'],
  [word('beim'), 'at the'],
  [word('nachgehakt bei|nachgefragt bei'), 'chased'],
  [word('intro von'), 'intro from'],
  [word('danke an'), 'thanked'],
  [word('danke'), 'thanks'],
  [word('wegen(?: des| der| dem)?'), 'about'],
  [word('mit'), 'with'],
  [word('und'), 'and'],
];

/** Words English has too, swapped only in a line that is German by the words above. */
const sharedWords: readonly Swap[] = [
  // "Mike Dunn von Octopus Energy", "Graham Reid von Good Energy": from, after a name.
  [/(?<=\p{Lu}[\p{L}'’-]*) von (?=\p{Lu})/gu, ' from '],
  [/(?<![\p{L}'’-])bei (?=\p{Lu})/gu, 'at '],
  [/(?<![\p{L}'’-])(?:an|zu) (?=\p{Lu})/gu, 'to '],
  [word('für(?: den| die| das)?'), 'for the'],
  [word('der|die|das|den|dem|des'), 'the'],
];

const germanMarker =
  /(?<![\p{L}'’-])(?:gestern|heute|vorgestern|letzte[n]?|kaffee|mittagessen|telefonat|videocall|treffen|mit (?=\p{Lu})|per (?:e-?mail|mail|whatsapp|linkedin)|hat (?:mir|mich|sich)|angerufen|geschickt|nachgehakt|nachgefragt|keine antwort|gedankt|bedankt|vorgestellt|bekannt gemacht|erinnert|danke|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)(?![\p{L}'’-])/iu;

/** The line with its German put into English; a line with none comes back as it was. */
export function mendGerman(line: string): string {
  return germanMarker.test(line) ? applySwaps(applySwaps(line, germanWords), sharedWords) : line;
}
