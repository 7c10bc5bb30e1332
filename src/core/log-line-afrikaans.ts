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
/** Afrikaans surnames that begin with "van": "van Wyk", "van der Merwe". */
const vanSurnames =
  'der|den|de|Wyk|Zyl|Niekerk|Rensburg|Heerden|Tonder|Deventer|Staden|Vuuren|Dyk|Rooyen|Schalkwyk|Breda|Jaarsveld|Aswegen|Graan|Wyngaardt|Biljon|Coller|Eeden|Loggerenberg|Reenen|Straaten';
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
  ['gesels', 'chatted'],
  ['deurgegaan|deurgekyk|nagegaan', 'went through'],
  ['aanvaar', 'accepted'],
  ['vertel', 'told'],
  ['gesê', 'said'],
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
  ['ge-?like(?:d)?', 'liked'],
  ['gekoppel|ge-?connect', 'connected with'],
  ['genooi', 'invited'],
  ['gehelp', 'helped'],
  ['gekry', 'got'],
  ['gegee', 'gave'],
  ['aangebied', 'offered'],
  ['belowe|beloof', 'promised'],
  // "ge-review", "geliked": an English verb with the Afrikaans past on it.
  ['ge-?(?:review|share|comment|follow|tag|ping|call|zoom)(?:e?d)?', ''],
];
const doneWords = doneVerbs.map(([afrikaans]) => afrikaans).join('|');
const english = (done: string) =>
  doneVerbs.find(([afrikaans]) => new RegExp(`^(?:${afrikaans})$`, 'iu').test(done))?.[1] ||
  `${done.replace(/^ge-?/iu, '').replace(/e?d$/iu, '')}ed`.replace(/eed$/u, 'ed');

const late = String.raw`(${doneWords})(?=$|[ !?.])`;
const when = String.raw`(?:(?:yesterday|today|the day before yesterday|last week|on \p{L}+day) )?`;
/** Verbs that pass a thing to someone: after them "my" is "me" ("het my tips ge-email"). */
const giving = /^(?:sent|emailed|forwarded|texted|messaged|whatsapped|gave|offered|told)$/u;
/**
 * "Kate het my gebel vanoggend", "Devendra het my tips ge-email vir die rol": they did it to me;
 * "Dev het my CV deurgegaan", "Alexandra het my CV na Bupa gestuur": they did it to what is mine.
 */
const toMe = new RegExp(String.raw`^(\S.*?) het (${when})my (.*?)${late}(.*)$`, 'iu');
/** "siobhan het die stripe spec vir my ge-email", "Kate het vir my die spec gestuur". */
const thingToMe = new RegExp(String.raw`^(\S.*?) het (?:(.+?) )?vir my (.*?)${late}(.*)$`, 'iu');
/** "het Kate gebel gister", "ek het Devendra gevra vir 'n referral": the user did it. */
const userDid = new RegExp(String.raw`^(?:(?:ek|ons) )?het (.+?) ${late}(.*)$`, 'iu');
/** "gister het ek Kate gebel": a day first, then "het ek". */
const dayFirst = new RegExp(String.raw`^(\S.*? )het (ek|ons) (.+?) ${late}(.*)$`, 'iu');
/** "Sam het Vrydag gebel", "Katie het gevra of ek …": a contact did it, to no one named. */
const theyDid = new RegExp(String.raw`^(\S.*?) het (.*?)${late}(.*)$`, 'iu');
/**
 * "katie morris gister by die BBC talk ontmoet", "Woensdag vir Marcus 'n e-pos gestuur met …",
 * "Dinsdag Priya Shah en Rachel Lowe ontmoet by …": what was done, with no "het", goes first.
 */
const noHet = new RegExp(String.raw`^(${when})(?:vir )?((?:\S+ ){0,8}?\S+) ${late}(.*)$`, 'iu');
/** "Zoe ontmoet by die meetup": a name, then what was done with them. */
const nameThen = new RegExp(
  String.raw`^(\p{L}[\p{L}'’-]*(?: \p{L}[\p{L}'’-]*)?) ${late}( .*)?$`,
  'iu',
);
const isUser = (who: string) => /^(?:ek|ons|i|we)$/iu.test(who);

/** One clause in English order: what was done first. */
function doneFirst(clause: string): string {
  let found = thingToMe.exec(clause);
  if (found && !isUser(found[1] ?? '')) {
    const [, who = '', before = '', after = '', done = '', rest = ''] = found;
    return `${who} ${english(done)} me ${before}${before && after ? ' ' : ''}${after}${rest}`
      .replace(/ {2,}/g, ' ')
      .trimEnd();
  }
  found = toMe.exec(clause);
  if (found && !isUser(found[1] ?? '')) {
    const [, who = '', day = '', mid = '', done = '', rest = ''] = found;
    const verb = english(done);
    // "Maria het my op LinkedIn aan Jess voorgestel": introduced me to Jess, on LinkedIn.
    const to = verb === 'introduced' ? /^(.*?)\baan (.+?) ?$/iu.exec(mid) : null;
    if (to) return `${who} introduced me to ${to[2] ?? ''}${rest} ${to[1] ?? ''}${day}`.trim();
    // "het my CV na Bupa gestuur": the CV is mine, sent to someone else.
    const mine = mid !== '' && (!giving.test(verb) || / (?:na|aan) /iu.test(` ${mid}`));
    return `${who} ${verb} ${mine ? 'my' : 'me'} ${mid}${rest}${day ? ` ${day.trim()}` : ''}`
      .replace(/ {2,}/g, ' ')
      .trimEnd();
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
  found = theyDid.exec(clause);
  if (found && !isUser(found[1] ?? '')) {
    const [, who = '', mid = '', done = '', rest = ''] = found;
    return `${who} ${english(done)} ${mid}${rest}`.replace(/ {2,}/g, ' ').trimEnd();
  }
  found = nameThen.exec(clause);
  if (found && isKnownGivenName((found[1] ?? '').split(' ')[0] ?? '')) {
    const [, who = '', done = '', rest = ''] = found;
    return `${english(done)} ${who}${rest}`;
  }
  found = noHet.exec(clause);
  if (found && !/ het /iu.test(` ${clause} `)) {
    const [, day = '', mid = '', done = '', rest = ''] = found;
    return `${day}${english(done)} ${mid}${rest}`;
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
  // "sy sal my aan haar partner voorstel", "hy sal my intro aan sy manager", "sy sal my CV
  // aanstuur": an offer to introduce or pass on, made now.
  [
    /(?<![\p{L}'’-])(sy|hy|hulle) sal my (?:voorstel|intro|introduce) aan(?![\p{L}'’-])/giu,
    '$1 offered to introduce me to',
  ],
  [
    /(?<![\p{L}'’-])(sy|hy|hulle) sal my aan (.{1,60}?) voorstel(?![\p{L}'’-])/giu,
    '$1 offered to introduce me to $2',
  ],
  [
    /(?<![\p{L}'’-])(sy|hy|hulle) sal my (cv|portfolio|naam)(.{0,40}?) (?:aanstuur|deurstuur|stuur)(?![\p{L}'’-])/giu,
    '$1 offered to forward my $2$3',
  ],
  [/(?<![\p{L}'’-])het my van (.{1,60}?) vertel(?![\p{L}'’-])/giu, 'told me about $1'],
  [word('het gesê'), 'said'],
  [word('sê'), 'says'],
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
  [word('of ek (.{1,60}?) (?:kan|wil) praat'), 'if I would speak $1'],
  [word('(sent|forwarded|emailed)( my [\\p{L}-]+)? na'), '$1$2 to'],
  [word('of ek'), 'if I'],
  [word('wil praat|kan praat'), 'would speak'],
  [word('is aan die hire|soek'), 'are hiring'],
  [word('teksboodskap'), 'text message'],
  [word('nou-nou'), 'just now'],
  [word('per (e-?mail|e-?pos)'), 'via email'],
  [word('pos'), 'role'],
  [word('aan'), 'to'],
  [word('haar'), 'her'],
  [/(?<=(?:aan|vir|met|by|van|na|to|for|with|at|from) )sy(?= )/giu, 'his'],
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
  // "Ana van Spotify", "Isabel Cruz van Adyen": from a firm. "Pieter van Wyk", "van der Merwe": an
  // Afrikaans surname keeps its "van".
  [word(`van(?! (?:${vanSurnames})(?![\\p{L}]))`), 'from'],
  [word('op'), 'on'],
  [word('na'), 'after'],
  [word('by'), 'at'],
  [word('en'), 'and'],
  [word('die'), 'the'],
  [/(?<![\p{L}'’-])['’]n(?= [aeiou])/giu, 'an'],
  [/(?<![\p{L}'’-])['’]n(?![\p{L}'’-])/gu, 'a'],
  [word('ek'), 'I'],
  [wholeWord('hy', 'gu'), 'he'],
  [wholeWord('sy', 'gu'), 'she'],
  [word('hulle'), 'they'],
  [word('hul'), 'their'],
  [word('ons'), 'we'],
  // "'n e-pos gestuur met 'n artikel": with a thing.
  [/(?<=\p{Ll} )met(?= (?:a|an|the|my|her|his|their)(?![\p{L}'’-]))/gu, 'with'],
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
