// Afrikaans in a one-line log put into English before it is read. An Afrikaans speaker's notes
// switch language mid-line ("het Kate gister gebel oor die rol", "Kate het my gebel vanoggend",
// "gestuur vir Wei die artikel", "coffee met Marcus Vrydag oor Starling se finance team"): Afrikaans
// says what was done with "het" and puts the verb last ("het Kate gebel", rang Kate; "Kate het my
// gebel", Kate rang me; "siobhan het die spec vir my ge-email", Siobhan emailed me the spec), and
// says whose a thing is with "se" after the owner. Such a clause is put in English order, and the
// rest becomes English where it stands. It shares words with Dutch, so a line is read so only when
// it is Afrikaans by a word neither English nor Dutch uses; this reader runs before the Dutch one.

import { isKnownGivenName } from './person-name-shape.js';
import { applySwaps, englishOrdinal, type Swap, wholeWord } from './log-line-tokens.js';

const word = (text: string) => wholeWord(text, 'giu');
const tail = String.raw`(?![\p{L}'’-])`;

const days: Record<string, string> = {
  maandag: 'Monday',
  dinsdag: 'Tuesday',
  woensdag: 'Wednesday',
  donderdag: 'Thursday',
  vrydag: 'Friday',
  saterdag: 'Saturday',
  sondag: 'Sunday',
};
const dayWords = Object.keys(days).join('|');

/** What was done, as Afrikaans says it after "het" or last, and in English. */
const doneVerbs: ReadonlyArray<readonly [string, string]> = [
  ['teruggebel|terug gebel', 'rang back'],
  ['gebel|opgebel', 'rang'],
  ['ge-?e-?mail(?:ed)?|ge-?e-?pos', 'emailed'],
  ['aangestuur', 'forwarded'],
  ['gestuur', 'sent'],
  ['gevra', 'asked'],
  ['bedank', 'thanked'],
  ['ontmoet', 'met'],
  ['gesien', 'saw'],
  ['gesels', 'chatted with'],
  ['gepraat', 'talked to'],
  ['ge-?whatsapp(?:ed)?', 'whatsapped'],
  ['ge-?text|ge-?sms', 'texted'],
  ['ge-?dm|ge-?message|ge-?boodskap', 'messaged'],
  ['gedeel', 'shared'],
  ['voorgestel', 'introduced'],
  ["ge-?intro(?:['’]?d)?", "intro'd"],
  ['aanbeveel', 'recommended'],
  ['opgevolg', 'followed up with'],
  ['ge-?chase', 'chased'],
  ['ge-?nudge', 'nudged'],
  ['ge-?like', 'liked'],
  ['gekoppel|ge-?connect', 'connected with'],
  ['genooi', 'invited'],
  ['gehelp', 'helped'],
  ['gekry', 'got'],
  ['gegee', 'gave'],
  ['aangebied', 'offered'],
  ['belowe|beloof', 'promised'],
];
const doneWords = doneVerbs.map(([afrikaans]) => afrikaans).join('|');
const english = (done: string) =>
  doneVerbs.find(([afrikaans]) => new RegExp(`^(?:${afrikaans})$`, 'iu').test(done))?.[1] ?? done;

const late = String.raw`(${doneWords})(?=$| )`;
/** "Kate het my gebel vanoggend", "Devendra het my tips ge-email vir die rol": they did it to me. */
const toMe = new RegExp(String.raw`^(\S.*?) het my (.*?)${late}(.*)$`, 'iu');
/** "siobhan het die stripe spec vir my ge-email": what they sent me, and then how. */
const thingToMe = new RegExp(String.raw`^(\S.*?) het (.+?) vir my ${late}(.*)$`, 'iu');
/** "het Kate gebel gister", "ek het Devendra gevra vir 'n referral": the user did it. */
const userDid = new RegExp(String.raw`^(?:(?:ek|ons) )?het (.+?) ${late}(.*)$`, 'iu');
/** "gister het ek Kate gebel": a day first, then "het ek". */
const dayFirst = new RegExp(String.raw`^(\S.*? )het (ek|ons) (.+?) ${late}(.*)$`, 'iu');
/** "katie morris gister by die BBC talk ontmoet": said last, with no "het". */
const lastOfAll = new RegExp(String.raw`^(\S.*?) ${late}$`, 'iu');
/** "Zoe ontmoet by die meetup": a name, then what was done with them. */
const nameThen = new RegExp(
  String.raw`^(\p{L}[\p{L}'’-]*(?: \p{L}[\p{L}'’-]*)?) ${late}( .*)?$`,
  'iu',
);

/** One clause in English order: what was done first. */
function doneFirst(clause: string): string {
  let found = toMe.exec(clause);
  if (found && !/^(?:ek|ons|i|we)$/iu.test(found[1] ?? '')) {
    const [, who = '', mid = '', done = '', rest = ''] = found;
    return `${who} ${english(done)} me ${mid}${rest}`.replace(/ {2,}/g, ' ').trimEnd();
  }
  found = thingToMe.exec(clause);
  if (found && !/^(?:ek|ons|i|we)$/iu.test(found[1] ?? '')) {
    const [, who = '', what = '', done = '', rest = ''] = found;
    return `${who} ${english(done)} me ${what}${rest}`;
  }
  found = dayFirst.exec(clause);
  if (found) {
    const [, day = '', who = '', mid = '', done = '', rest = ''] = found;
    return `${day}${who.toLowerCase() === 'ek' ? 'I' : 'we'} ${english(done)} ${mid}${rest}`;
  }
  found = userDid.exec(clause);
  if (found) {
    const [, mid = '', done = '', rest = ''] = found;
    return `${english(done)} ${mid}${rest}`;
  }
  found = nameThen.exec(clause);
  if (found && isKnownGivenName((found[1] ?? '').split(' ')[0] ?? '')) {
    const [, who = '', done = '', rest = ''] = found;
    return `${english(done)} ${who}${rest}`;
  }
  found = lastOfAll.exec(clause);
  if (found && !/ het /iu.test(clause)) {
    const [, mid = '', done = ''] = found;
    return `${english(done)} ${mid}`;
  }
  return clause;
}

/** Each clause of the line in English order; the breaks between are kept as written. */
function clausesInOrder(line: string): string {
  return line
    .split(/([,;:] )/)
    .map((part, i) => (i % 2 === 0 ? doneFirst(part) : part))
    .join('');
}

/** Words said before the verb is moved: days and dates, and whose. */
const afrikaansDays: readonly Swap[] = [
  [word('eergister'), 'the day before yesterday'],
  [word('gisteraand|gistermiddag|gisteroggend|gister'), 'yesterday'],
  [word('vanoggend|vanmiddag|vandag|vanaand'), 'today'],
  [word('verlede week|laas week|vorige week'), 'last week'],
  [
    new RegExp(String.raw`(?<![\p{L}'’-])(?:op |verlede )?(${dayWords})${tail}`, 'giu'),
    (_m: string, day: string) => `on ${days[day.toLowerCase()] ?? day}`,
  ],
  [
    /(?<![\p{L}'’-])(?:op )?die (\d{1,2})(?:ste|de|e)(?![\p{L}'’-])/giu,
    (_m: string, day: string) => `on the ${englishOrdinal(day)}`,
  ],
  // "starling se finance function", "Glovo se team": whose, said after the owner.
  [/(?<![\p{L}'’-])([\p{L}][\p{L}.&'’-]*) se (?=\p{L})/gu, "$1's "],
];

/** Words no English note uses, put into English where they stand. */
const afrikaansWords: readonly Swap[] = [
  [word('vir my'), 'for me'],
  [word('sy het gevra vir dit|hy het gevra vir dit|het gevra vir dit'), 'as asked'],
  // "die notes wat hy gevra het": what they asked for.
  [
    word('(?:wat|soos) (hy|sy|hulle) (?:voor )?gevra het'),
    (_m: string, who: string) =>
      `${({ hy: 'he', sy: 'she' } as Record<string, string>)[who.toLowerCase()] ?? 'they'} asked for`,
  ],
  [word('sy het gevra|hy het gevra'), 'as asked'],
  [word('stuur'), 'sent'],
  [word('bel'), 'rang'],
  ...doneVerbs.map(([afrikaans, plain]): Swap => [word(afrikaans), plain]),
  // "gestuur vir Wei die artikel", "stuur vir Emily 'n whatsapp": sent to them, what follows.
  [word('(sent|emailed|texted|whatsapped|messaged|forwarded|stuur|bel) vir'), '$1'],
  [word('(thanked (?:me|\\p{L}+)(?: on \\p{L}+)?) vir'), '$1 for'],
  [word('(asked (?:me|\\p{L}+(?: \\p{L}+)?)) vir'), '$1 for'],
  [word('koffie'), 'coffee'],
  [word('artikel'), 'article'],
  [word('middagete'), 'lunch'],
  [word('aandete'), 'dinner'],
  [word('oproep'), 'call'],
  [word('e-pos|epos'), 'email'],
  [word('boodskap'), 'message'],
  [word('rolle'), 'roles'],
  [word('rol'), 'role'],
  [word('kontrak'), 'contract'],
  [word('faktuur'), 'invoice'],
  [word('span'), 'team'],
  [word('onderhoud'), 'interview'],
  [word('nuus'), 'news'],
  [word('raad'), 'advice'],
  [word('baie dankie|dankie'), 'thanks'],
  [word('baie'), 'very'],
  [word('lekker'), 'good'],
  [word('nog nie|nog niks'), 'nothing yet'],
  [word('geen antwoord|geen reply'), 'no reply'],
  [word('nie'), 'not'],
  [word('nog'), 'still'],
  [word('ook'), 'also'],
  [word('wil'), 'wants to'],
  [word('sal'), 'will'],
  [word('kan'), 'can'],
  [word('gaan'), 'will'],
  [word('het'), 'has'],
  [word('oor'), 'about'],
  [word('vir'), 'for'],
  // "Isabel Cruz van Adyen", "owen van admiral": from a firm. "Pieter van Wyk", "Pieter van der
  // Merwe": one given name, then "van" and a capital, is a surname, and stays.
  [
    /(?<![\p{L}'’-])van(?![\p{L}'’-])/giu,
    (...args: string[]) => {
      const [m = '', at = '0', line = ''] = args;
      const before = line.slice(0, Number(at));
      const after = line.slice(Number(at) + m.length);
      return /(?:^|[^\p{L}'’-])\p{Lu}\p{Ll}+ $/u.test(before) &&
        !/\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+ $/u.test(before) &&
        /^ (?:\p{Lu}|der |den |de )/u.test(after)
        ? m
        : 'from';
    },
  ],
  [word('op'), 'on'],
  [word('na'), 'after'],
  [word('by'), 'at'],
  [word('en'), 'and'],
  [word('die'), 'the'],
  [/(?<![\p{L}'’-])['’]n(?![\p{L}'’-])/gu, 'a'],
  [word('ek'), 'I'],
  [wholeWord('hy', 'gu'), 'he'],
  [wholeWord('sy', 'gu'), 'she'],
  [word('hulle'), 'they'],
  [word('hul'), 'their'],
  [word('ons'), 'we'],
  // "coffee met marcus", "connected met James": with, where English would not say "met".
  [
    /(?<=(?:coffee|koffie|lunch|call|video|zoom|teams|chat|drinks|dinner|connected|touch|paper|chatted|gesels|braai|meeting)(?: \S+)? )met(?![\p{L}'’-])/giu,
    'with',
  ],
];

/** Afrikaans by a word neither English nor Dutch writes. */
const afrikaansMarker = new RegExp(
  String.raw`(?<![\p{L}'’-])(?:gebel|gestuur|gister|gisteraand|eergister|vanoggend|vanmiddag|verlede|vir|oor|hy|sy|baie|dankie|vrydag|saterdag|gevra|bedank|ge-e-?mail|ge-email|ge-e-pos|hulle|hul|het my|(?:at|by|oor|vir|to|for) die(?= \S)|die \d{1,2}(?:ste|de))${tail}|(?<![\p{L}])['’]n(?= )|(?<=\p{Lu}\p{L}+ )se(?= \p{Ll})`,
  'iu',
);

/** The line with its Afrikaans put into English; a line with none comes back as it was. */
export function mendAfrikaans(line: string): string {
  if (!afrikaansMarker.test(line)) return line;
  return applySwaps(clausesInOrder(applySwaps(line, afrikaansDays)), afrikaansWords)
    .replace(/\s+/g, ' ')
    .trim();
}
