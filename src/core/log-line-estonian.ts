// Estonian in a one-line log put into English before it is read. An Estonian speaker's notes
// switch language mid-line ("helistasin Katele Sky QA rolli pärast", "kohvil Devendraga eile",
// "Olivia Hays'ist helistas", "tänasin Fatimat Ofcomi kontakti eest"): Estonian says with whom,
// to whom and from where with an ending on the name itself ("Katele", to Kate; "Devendraga",
// with Devendra; "Danielilt", from Daniel; "Hays'ist", from Hays), puts "about" and "for" after
// what they govern ("rolli pärast", about the role), and drops "I" into the verb ("helistasin",
// I rang). Each name loses its ending and gains the English word before it, each word after
// its noun moves before it, and the rest becomes English where it stands. The letters ä, õ, ö
// and ü typed as a, o and u read the same. A line is read so only when it is Estonian by a word
// no English note uses.

import { isKnownGivenName, isKnownSurname } from './person-name-shape.js';
import {
  applySwaps,
  englishOrdinal,
  keyboardLetters,
  type Swap,
  wholeWord,
} from './log-line-tokens.js';

/** Estonian letters as an English keyboard writes them too: "tänasin" or "tanasin". */
const { loose, keyIn, keysOf } = keyboardLetters({ ä: ['a'], õ: ['o'], ö: ['o'], ü: ['u'] });
const word = (text: string) => wholeWord(loose(text), 'giu');

const days: Record<string, string> = {
  esmaspäev: 'Monday',
  teisipäev: 'Tuesday',
  kolmapäev: 'Wednesday',
  neljapäev: 'Thursday',
  reede: 'Friday',
  laupäev: 'Saturday',
  pühapäev: 'Sunday',
};

const months: Record<string, string> = {
  jaanuar: 'January',
  veebruar: 'February',
  märts: 'March',
  aprill: 'April',
  mai: 'May',
  juuni: 'June',
  juuli: 'July',
  august: 'August',
  september: 'September',
  oktoober: 'October',
  november: 'November',
  detsember: 'December',
};

/** What the user did, the verb alone saying "I": "helistasin", I rang. */
const userVerbs: ReadonlyArray<readonly [string, string]> = [
  ['helistasin tagasi', 'rang back'],
  ['helistasin', 'rang'],
  ['saatsin', 'sent'],
  ['meilisin', 'emailed'],
  ['emailisin', 'emailed'],
  ['kirjutasin', 'wrote to'],
  ['kohtusin', 'met'],
  ['tänasin', 'thanked'],
  ['küsisin', 'asked'],
  ['palusin', 'asked for'],
  ['jagasin', 'shared'],
  ['laikisin', 'liked'],
  ['kommenteerisin', 'commented on'],
  ['tutvustasin', 'introduced'],
  ['jätsin', 'left'],
  ['aktsepteerisin', 'accepted'],
  ['ütlesin', 'said'],
  ['rääkisin', 'talked'],
  ['vaatasin', 'looked at'],
  ['uurisin', 'asked about'],
  ['pakkusin', 'offered'],
  ['kutsusin', 'invited'],
  ['aitasin', 'helped'],
  ['pingisin', 'pinged'],
  ['sain', 'got'],
  ['tuletasin meelde', 'reminded'],
];

/** What a contact did, or what was done together: "helistas", they rang; "rääkisime", we talked. */
const theirVerbs: ReadonlyArray<readonly [string, string]> = [
  ['helistas tagasi', 'rang me back'],
  ['helistas', 'rang'],
  ['saatis mulle', 'sent me'],
  ['saatis', 'sent'],
  ['kirjutas mulle', 'wrote to me'],
  ['kirjutas', 'wrote'],
  ['tänas mind', 'thanked me'],
  ['tänas', 'thanked'],
  ['küsis mult', 'asked me'],
  ['küsis', 'asked'],
  ['jagas', 'shared'],
  ['tutvustas mind', 'introduced me'],
  ['tutvustas', 'introduced'],
  ['viis mind kokku', 'put me in touch'],
  ['kutsus mind', 'invited me'],
  ['kutsus', 'invited'],
  ['kommenteeris', 'commented on'],
  ['jättis', 'left'],
  ['uuris', 'asked'],
  ['ütles', 'said'],
  ['rääkis', 'talked'],
  ['rääkisime', 'we talked about'],
  ['kohtusime', 'we met'],
  ['vaatas', 'looked at'],
  ['pakkus', 'offered'],
  ['lubas', 'promised'],
  ['palus', 'asked for'],
  ['vastas', 'replied'],
  ['avanes', 'opened up'],
  ['palkab', 'is hiring'],
  ['palkavad', 'are hiring'],
  ['otsib', 'is looking for'],
  ['otsivad', 'are looking for'],
  ['tahab', 'wants'],
  ['vajab', 'needs'],
  ['vajavad', 'need'],
  ['valisid', 'chose'],
  ['küsisid', 'asked for'],
  ['läks', 'went'],
];
const verbWords = [...userVerbs, ...theirVerbs].map(([estonian]) => loose(estonian)).join('|');

/** Words Estonian puts after what they govern, and the English put before it. */
const postpositions: Record<string, string> = {
  kohta: 'about',
  pärast: 'about',
  teemal: 'about',
  asjus: 'about',
  eest: 'for',
  jaoks: 'for',
  puhul: 'on',
  kaudu: 'via',
};

/** Words that end the thing before "about" or "for": a verb, a pronoun, what was sent. */
const thingEnds = new RegExp(
  String.raw`^(?:${verbWords}|${loose(
    'mind|mulle|mult|ta|talle|ma|mina|et|kas|ja|meili|meil|meilis|meiliga|emailis|emailiga|tänud|sõnum|sõnumi|sõnumit|artikli|artiklit|lingi|link|kuulutuse|postitust|postituse|arvamust|tagasiside|tagasisidet|õnnitlused|CV|CVd|aitäh|eile|täna|üleeile|linkedinis|whatsappis|slackis|teamsis|zoomis|videokõnes|telefonis',
  )})$`,
  'iu',
);

/**
 * Endings that say a name's place in the clause, longest first: the English before it, and
 * whether the name is a place ("Hays'ist", from Hays; "KPMG-sse", at KPMG) rather than a person.
 */
const nameEndings: ReadonlyArray<readonly [string, string, boolean]> = [
  ['isse', 'at', true],
  ['sse', 'at', true],
  ['ile', 'to', false],
  ['ele', 'to', false],
  ['ilt', 'from', false],
  ['iga', 'with', false],
  ['ist', 'from', true],
  ['le', 'to', false],
  ['lt', 'from', false],
  ['ga', 'with', false],
  ['st', 'from', true],
  ['it', '', false],
  ['i', '', false],
  ['t', '', false],
];

/** A name without its ending: as written alone, the English before it, and whether a place. */
interface CasedName {
  stem: string;
  english: string;
  place: boolean;
}

const vowel = /[aeiouyéõäöü]$/iu;
const capitalised = /^\p{Lu}/u;
/** English words these endings would cut wrongly: "Google", "Mobile", "Omega". */
const notCased = new Set([
  'google',
  'apple',
  'mobile',
  'profile',
  'agile',
  'omega',
  'yoga',
  'saga',
]);

/** Whether a stem of this shape may take this ending, for a name Kith does not know. */
function shapeFits(ending: string, stem: string, afterName: boolean, afterVerb: boolean): boolean {
  const afterVowel = vowel.test(stem);
  switch (ending) {
    case 'isse':
    case 'ile':
    case 'ilt':
    case 'iga':
      return !afterVowel && stem.length >= 3;
    case 'ele':
      return /s$/u.test(stem) && stem.length >= 3;
    case 'ist':
      return !afterVowel && (afterName || /^\p{Lu}{2,}$/u.test(stem));
    case 'sse':
    case 'lt':
    case 'ga':
      return afterVowel && stem.length >= 3;
    case 'le':
      return ((afterName || afterVerb) && stem.length <= 2) || (afterVerb && afterVowel);
    case 'st':
      return /[aoiuy]$/u.test(stem) && stem.length >= 3 && afterName;
    default:
      return false;
  }
}

/**
 * A capitalised word with a case ending, as the name alone, or none: "Katele" Kate, to;
 * "Hannahiga" Hannah, with; "Revolutist" Revolut, from (after a name). After a given name, a
 * surname Kith knows wins ("Kaspar Tammega" Tamm); elsewhere a given name Kith knows, the
 * longest first ("Katele" is Kate, not Kat); otherwise the ending must fit the shape of the
 * stem. `afterName` says the word before was a name, so this one is a surname or a workplace,
 * `afterGiven` that it was a given name Kith knows, and `afterVerb` that the word follows the
 * user's own verb, where "to" names whom.
 */
function casedName(
  written: string,
  afterName: boolean,
  afterGiven: boolean,
  afterVerb: boolean,
): CasedName | undefined {
  const marked = /^([\p{L}\d.&-]+?)['’-](\p{Ll}+)$/u.exec(written);
  if (marked) {
    const [, stem = '', ending = ''] = marked;
    const found = nameEndings.find(([e]) => e === ending);
    if (found) return { stem, english: found[1], place: found[2] };
    // "QA-d", "SDET-e": capitals with a plural ending are the word alone.
    if (/^\p{Lu}{2,}$/u.test(stem) && /^(?:d|s|t|ks|e)$/u.test(ending))
      return { stem, english: '', place: false };
    return undefined;
  }
  if (!capitalised.test(written) || (!afterGiven && isKnownGivenName(written))) return undefined;
  if (notCased.has(written.toLowerCase())) return undefined;
  const cuts = nameEndings
    .filter(([ending]) => written.endsWith(ending) && written.length - ending.length >= 2)
    .map(([ending, english, place]) => ({
      ending,
      cased: { stem: written.slice(0, -ending.length), english, place },
    }));
  // "Kaspar Tammega", "Maire Kaske": a surname Kith knows, its stem's last vowel dropped too.
  if (afterGiven && !isKnownSurname(written)) {
    for (const { cased } of [{ cased: { stem: written, english: '', place: false } }, ...cuts]) {
      const bare = cased.stem.replace(/[aeiu]$/u, '');
      const surname = [cased.stem, bare].find(isKnownSurname);
      if (surname && !(cased.stem === written && surname === written))
        return { ...cased, stem: surname };
    }
  }
  const known = cuts
    .filter(({ cased }) => !afterGiven && isKnownGivenName(cased.stem))
    .sort((a, b) => b.cased.stem.length - a.cased.stem.length)[0];
  if (known) return known.cased;
  return cuts.find(({ ending, cased }) => shapeFits(ending, cased.stem, afterName, afterVerb))
    ?.cased;
}

const userVerb = new RegExp(`^(?:${userVerbs.map(([e]) => loose(e)).join('|')})$`, 'iu');

/** Splits a word from what clings to it: "(Deloitte)," is "(", "Deloitte", "),". */
function parts(token: string): [string, string, string] {
  const found = /^([("'“]*)(.*?)([)"'”,.;:!?]*)$/u.exec(token);
  return [found?.[1] ?? '', found?.[2] ?? token, found?.[3] ?? ''];
}

/**
 * The names of a line in English order: each name with a case ending loses it and gains the
 * English word before it, placed before the whole name ("Mark Evansile" to Mark Evans), and
 * "Kate ja Lucy Pateliga" is "with Kate and Lucy Patel".
 */
function placeNames(line: string): string {
  const tokens = line.split(' ');
  const out: string[] = [];
  // Where the last name began in `out`, so a surname's English goes before the given name.
  let nameStart = -1;
  let previousWasName = false;
  let previousWasCased = false;
  let previousCore = '';
  tokens.forEach((token, index) => {
    const [open, core, close] = parts(token);
    const afterVerb = userVerb.test(parts(out.at(-1) ?? '')[1]);
    const afterGiven = previousWasName && !previousWasCased && isKnownGivenName(previousCore);
    const found = casedName(core, previousWasName, afterGiven, afterVerb);
    previousCore = core;
    if (!found) {
      const next = tokens[index + 1] ?? '';
      out.push(`${open}${plainPlace(core, afterGiven, next)}${close}`);
      const isName = capitalised.test(core) && core.length > 1 && !isEstonian(core);
      if (isName && !previousWasName) nameStart = out.length - 1;
      previousWasName = isName && open === '' && close === '';
      previousWasCased = false;
      return;
    }
    const { stem, english, place } = found;
    // "Mark Evansile": to Mark Evans. "Emily ONSist": Emily from ONS. "Leeds Data Co-st": from
    // Leeds Data Co, a short last word taking the capitalised words before it with it.
    let at = out.length;
    if (previousWasName && !previousWasCased && !place) at = nameStart;
    else if (place && stem.length <= 3 && !/^\p{Lu}{2,}$/u.test(stem)) {
      while (
        at > 0 &&
        out.length - at < 2 &&
        capitalised.test(out[at - 1] ?? '') &&
        !isKnownGivenName(parts(out[at - 1] ?? '')[1])
      )
        at--;
    }
    const person = !place && capitalised.test(stem);
    out.push(`${open}${person ? personMark : ''}${stem}${close}`);
    if (english) out.splice(at, 0, english);
    if (!place && !previousWasName) nameStart = english ? out.length - 2 : out.length - 1;
    previousWasName = !place && close === '';
    previousWasCased = true;
  });
  // "Kate ja Lucy Pateliga", "Wei ja Hannahiga": both names are with whom.
  return out
    .join(' ')
    .replace(
      /(?<![\p{L}'’-])(\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?) ja with /gu,
      'with $1 and ',
    );
}

/** Marks a person's name once its ending is read, so "about" and "for" stop before it. */
const personMark = '\u2063';

/**
 * A workplace whose it is, with no English before it: "Ofcomi kontakti" the Ofcom contact,
 * "Skyscanneri QA lead" Skyscanner's QA lead; a place with "in" on its end: "Manchesteris" in
 * Manchester. Not after a given name, where the word is a surname ("Neha Joshi", "Ruth Adeyemi").
 */
function plainPlace(written: string, afterGivenName: boolean, next: string): string {
  if (afterGivenName || !capitalised.test(written) || isKnownGivenName(written)) return written;
  const genitive = /^(\p{Lu}\p{L}+[^aeiouyéõäöü\P{L}])i$/u.exec(written);
  if (genitive?.[1] && next !== '') return genitive[1];
  // "Manchesteris", "Tescos", "Piccadillys": in a place, a firm or a street ("Chris", "Barclays" and
  // "Davies" are as written).
  if (isKnownSurname(written) || /^(?:Barclays|Sainsburys|Lloyds)$/u.test(written)) return written;
  const inside = /^(\p{Lu}\p{L}{3,}[^aeiouyéõäöü\P{L}])is$|^(\p{Lu}\p{L}{2,}[oy])s$/u.exec(written);
  const stem = inside?.[1] ?? inside?.[2];
  if (!stem || /^(?:linkedin|whatsapp|slack|teams|zoom|instagram|facebook|messenger)$/iu.test(stem))
    return written;
  return `in ${stem}`;
}

/**
 * "Sky QA rolli pärast" about the Sky QA role, "Ofcomi kontakti eest" for the Ofcom contact:
 * each postposition moves before the words it governs, back to a verb, a pronoun, a name or a
 * comma.
 */
function postpositionsBefore(line: string): string {
  const tokens = line.split(' ');
  const out: string[] = [];
  for (const token of tokens) {
    const [, core, close] = parts(token);
    const key = keyIn(postpositions, core);
    if (!key) {
      out.push(token);
      continue;
    }
    let start = out.length;
    while (start > 0 && out.length - start < 5) {
      const [, previous, trailing] = parts(out[start - 1] ?? '');
      if (/[,;:]/u.test(trailing) || thingEnds.test(previous)) break;
      if (/^(?:to|with|from|at)$/u.test(previous) || previous.startsWith(personMark)) break;
      if (
        start >= 2 &&
        /^(?:to|with|from|at)$/u.test(out[start - 2] ?? '') &&
        capitalised.test(previous)
      )
        break;
      start--;
    }
    if (start === out.length) {
      out.push(`${postpositions[key] ?? ''}${close}`);
      continue;
    }
    out.splice(start, 0, postpositions[key] ?? '');
    const last = out.length - 1;
    out[last] = `${out[last] ?? ''}${close}`;
  }
  return out.join(' ');
}

/** Words and phrases no English note uses, put into English where they stand. */
const estonianWords: readonly Swap[] = [
  // "Edinburgh Testers meetupil", "ProductTanki õhtul": at the gathering, before its name.
  [
    new RegExp(
      String.raw`(?<![\p{L}'’\u2063-])((?:\p{Lu}[\p{L}'’&-]*(?: of)? ){0,3}\p{Lu}[\p{L}'’&-]*?)i? (meetupil|${loose('üritusel|konverentsil|messil|õhtul')})(?![\p{L}'’-])`,
      'gu',
    ),
    (_m: string, name: string, where: string) =>
      `at the ${name} ${({ meetupil: 'meetup', konverentsil: 'conference', messil: 'fair' } as Record<string, string>)[where.toLowerCase()] ?? (/^[õo]htul$/iu.test(where) ? 'evening' : 'event')}`,
  ],
  // "Niamh Kelly meilis:": a contact emailed; "tänas mind meilis", "tänasin Owenit emailis": by
  // email.
  [
    /(?<!^(?:\p{L}+sin|thanked|sent|asked|asked for|wrote to|rang|emailed|messaged|introduced|reminded)\b.*)(?<=\p{Lu}[\p{L}'’-]* )(?:meilis|emailis)(?![\p{L}'’-])/gu,
    'emailed',
  ],
  [word('meilis|emailis'), 'by email'],
  [word('läks sisekandidaadile'), 'went to an internal candidate'],
  // Silence, and since when: "ikka vastust pole", "vaikus alates 18ndast".
  [
    word('(?:(?:ikka )?vaikus )?alates (\\d{1,2})(?:ndast|\\.?st|-st)'),
    (m: string, day: string) =>
      `${/^alates/iu.test(m) ? '' : 'no reply '}since the ${englishOrdinal(day)}`,
  ],
  [word('(?:ikka )?vaikus alates'), 'no reply since'],
  [word('(?:ikka |veel )?vastust (?:pole|ei ole)|(?:ikka )?vaikus'), 'still no reply'],
  [
    word('(tagasisidet|vastust) (?:ikka|veel) pole'),
    (_m: string, what: string) => `still no ${/^t/iu.test(what) ? 'feedback' : 'reply'}`,
  ],
  [word('ikka pole|veel pole'), 'still nothing'],
  // Days: "eile", "üleeile", "eelmisel nädalal", "teisipäeval", "12. novembril".
  [word('üleeile'), 'the day before yesterday'],
  [word('eile õhtul|eile'), 'yesterday'],
  [word('täna hommikul'), 'this morning'],
  [word('täna'), 'today'],
  [word('eelmisel nädalal|eelmine nädal|möödunud nädalal|eelmise nädala'), 'last week'],
  [
    new RegExp(String.raw`(?<![\p{L}'’-])(${keysOf(days)})(?:al|el|l|a)?(?![\p{L}'’-])`, 'giu'),
    (m: string, day: string) => {
      const key = keyIn(days, day);
      return key ? `on ${days[key] ?? ''}` : m;
    },
  ],
  [
    new RegExp(String.raw`(?<![\p{L}'’-])(${keysOf(months)})(?:is|il)(?![\p{L}'’-])`, 'giu'),
    (m: string, month: string) => {
      const key = keyIn(months, month);
      return key ? `in ${months[key] ?? ''}` : m;
    },
  ],
  [
    new RegExp(String.raw`(?<![\p{L}'’-])enne (${keysOf(months)})i?(?![\p{L}'’-])`, 'giu'),
    (m: string, month: string) => {
      const key = keyIn(months, month);
      return key ? `before ${months[key] ?? ''}` : m;
    },
  ],
  [word('tähtaeg'), 'due'],
  // How: a video call, by email, on LinkedIn, over coffee.
  [word('videokõnes|videokõnel'), 'on a video call'],
  [word('videokõne'), 'video call'],
  [word('telefonis|telefoni teel'), 'on the phone'],
  [word('meili teel|meiliga|emailiga|meili kaudu'), 'by email'],
  [word('linkedinis|linkedinnis|linkedini kaudu'), 'on LinkedIn'],
  [word('whatsappis|whatsapis'), 'on WhatsApp'],
  [word('slackis'), 'on Slack'],
  [word('teamsis'), 'on Teams'],
  [word('zoomis'), 'on Zoom'],
  [word('kohvil'), 'coffee'],
  [word('kohvi|kohvik|kohv'), 'coffee'],
  [word('lõunal|lõunasöögil'), 'lunch'],
  [word('lõuna|lõunasöök'), 'lunch'],
  [word('õhtusöök|õhtusöögil'), 'dinner'],
  [word('meetupil'), 'at the meetup'],
  [word('messil'), 'at the fair'],
  [word('konverentsil'), 'at the conference'],
  [word('üritusel'), 'at the event'],
  [word('õhtul'), 'evening'],
  // What was done, the longer phrases first.
  [word('jätsin voicemaili|jätsin häälsõnumi'), 'left a voicemail'],
  [word('lubas mind (.{1,40}?) kokku viia'), 'offered to put me in touch $1'],
  [word('lubas mind tutvustada'), 'offered to introduce me to'],
  [word('tänud'), 'thanks'],
  [word('tegi((?: [^\\s,]+){0,3}?) (?:intro|tutvustuse)'), 'introduced me$1'],
  [word('pakkus et paneb mu nime (.{1,30}?) ette'), 'offered to put my name forward $1'],
  [word('paneb mu nime ette|pani mu nime ette'), 'put my name forward'],
  [word('(vaatas|käis) mu (.{1,30}?) (?:üle|läbi)'), 'reviewed my $2'],
  [word('palus et ma'), 'asked me to'],
  [word('tahab et ma'), 'wants me to'],
  [word('küsis kas ma'), 'asked if I'],
  [word('kas ma saaksin'), 'if I could'],
  [word('kas ta saaks'), 'if they could'],
  [word('tahab (.{1,30}?) näha'), 'wants to see $1'],
  [word('ütlesin et vaatan'), "said I'd look"],
  [word('uuris kuidas läheb'), 'asked how I was'],
  [word('(?:jättis|kirjutas) mu postitusele kommentaari'), 'commented on my post'],
  [word('lihtsalt juttu ajama|juttu ajama'), 'just to catch up'],
  [word('mõlemad ütlevad'), 'both say'],
  [word('tal võib (.{1,40}?) olla'), 'they may have $1'],
  [word('tal on'), 'they have'],
  [word('on juba täidetud|on täidetud'), 'is already filled'],
  [word('läks sisekandidaadile'), 'went to an internal candidate'],
  [word('valisid kellegi teise'), 'chose someone else'],
  [word('uue ametikoha puhul'), 'on the new job'],
  [word('ei palka'), "isn't hiring"],
  [word('ei vasta'), "isn't replying"],
  [word('oli palunud'), 'had asked for it'],
  [word('soovitab mind'), 'will recommend me'],
  [word('kas ta saaks mind (?:(\\S+) )?soovitada'), 'if they could recommend me $1'],
  [word('teab kedagi'), 'knows anyone'],
  [word('aitäh talle'), 'very kind of them'],
  [word('vaatan'), "I'll look"],
  ...[...userVerbs, ...theirVerbs].map(([estonian, english]): Swap => [word(estonian), english]),
  [word('teineteisele'), 'to each other'],
  [word('aitäh'), 'thanks'],
  [word('mind'), 'me'],
  [word('mulle'), 'me'],
  [word('mult'), 'from me'],
  [word('mu|minu|oma'), 'my'],
  [word('ma|mina'), 'I'],
  [word('talle'), 'them'],
  [word('tema'), 'their'],
  [word('ta'), 'they'],
  [word('seda'), 'it'],
  [word('mida'), 'that'],
  [word('kes|kellega'), 'who'],
  [word('sellele'), 'that'],
  [word('tüübile|tüüp'), 'guy'],
  [word('klient|kliendile'), 'client'],
  [word('kirjutaksin'), 'write'],
  [word('saaksin'), 'could'],
  [word('ametikoha|ametikoht'), 'job'],
  [word('nende'), 'their'],
  [word('nad'), 'they'],
  [word('ja'), 'and'],
  [word('et'), 'that'],
  [word('kas'), 'if'],
  [word('ka'), 'also'],
  [word('aga'), 'but'],
  [word('väga'), 'very'],
  [word('juba'), 'already'],
  [word('uuesti'), 'again'],
  [word('lihtsalt'), 'just'],
  [word('ikka|veel'), 'still'],
  [word('pärast tööd'), 'after work'],
  [word('rolli|roll|rollile|rolliks'), 'role'],
  [word('koht'), 'role'],
  [word('kuulutuse|kuulutust|kuulutus'), 'job ad'],
  [word('lingi|lingid'), 'link'],
  [word('lepingu|lepingut|leping'), 'contract'],
  [word('tagasisidet|tagasiside'), 'feedback'],
  [word('soovituse|soovitust|soovitus'), 'recommendation'],
  [word('postitusele|postitust|postituse|postitus'), 'post'],
  [word('artikli|artiklit|artikkel'), 'an article'],
  [word('intervjuu|intervjuule'), 'interview'],
  [word('kaaskirja|kaaskiri'), 'cover letter'],
  [word('õnnitlused'), 'congratulations'],
  [word('makstud töö|tasuline töö'), 'paid work'],
  [word('tööd|töö'), 'work'],
  [word('kursuse|kursus'), 'course'],
  [word('kontakti|kontakt'), 'contact'],
  [word('arvamust'), 'opinion'],
  [word('märkmete|märkmed'), 'notes'],
  [word('näidete|näited'), 'examples'],
  [word('tiimist|tiimi|tiim'), 'team'],
  [word('(\\d+) kuu'), '$1-month'],
  [word('(\\d+) nädalat'), '$1 weeks'],
  [word('uue|uus'), 'new'],
  [word('endisele|endine'), 'former'],
  [word('kasulik'), 'useful'],
  [word('tore tüüp'), 'nice guy'],
  [word('meili|meil'), 'email'],
  [word('sõnumi|sõnumit|sõnum'), 'message'],
  [word('testingu'), 'testing'],
  [word('hiringu'), 'hiring'],
  [word('referrali|referralit'), 'referral'],
  [word('podcasti'), 'podcast'],
  [word('speci'), 'spec'],
  [
    word(
      "(deck|paper|checklist|launch|guild|takehome|take-home|notebook|dashboard|brief|guide|report|contract|intro|repo|JD)['’]?i",
    ),
    '$1',
  ],
  [word('tänusõnumi|tänusõnum'), 'a thank-you message'],
  [word('(?:on )?avatud'), 'open'],
  [word('neil'), 'they have'],
  [word('keegi'), 'someone'],
  [word('konsultanti|konsultant'), 'a consultant'],
  [word('takehome'), 'take-home'],
  [word('analüütikut'), 'an analyst'],
  [word('analüütikuid'), 'analysts'],
  [word('(?:neil )?otsitakse'), 'they are hiring'],
  [word('võtavad'), 'are taking on'],
  [word('posti'), 'post'],
  [word('heads-upi'), 'heads-up'],
  [word("advice['’]?i"), 'advice'],
  [word('letteri'), 'letter'],
  [word('leadi'), 'lead'],
  [word('plani'), 'plan'],
  [word('repot'), 'repo'],
  [word('requesti'), 'request'],
  [word('portfoolio|portfooliot'), 'portfolio'],
  [word('kursust'), 'course'],
  [word('mentoriksin'), 'mentor'],
  [word('juttu'), 'chat'],
  [word('juures'), 'attached'],
  // A lower-case word with an ending: "test leadiga", "managerile", "juuniorile".
  [
    /(?<![\p{L}'’-])(\p{Ll}{3,}[^aeiouyõäöü\P{L}])(?:ile|iga|ilt)(?![\p{L}'’-])/gu,
    (m: string, stem: string) => (englishIle.has(m.toLowerCase()) ? m : stem),
  ],
];

/** "eile helistas Liis Saar", yesterday Liis Saar rang: a day, a contact's verb, then who. */
const dayThenVerb: Swap = [
  new RegExp(
    String.raw`(?<=^|[,;] )(${loose('eile|täna|üleeile|eelmisel nädalal')}|\p{L}+päeval|reedel) (${theirVerbs
      .map(([e]) => loose(e))
      .join('|')}) (\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?)(?=$|[ ,;.!])`,
    'gu',
  ),
  '$1 $3 $2',
];

/** Words only Estonian uses: one is enough. */
const markerWords = String.raw`${verbWords}|${loose(
  'eile|üleeile|täna|eelmisel nädalal|aitäh|tänud|mulle|talle|videokõne|videokõnes|kohvil|lõunal|vastust pole|vaikus|teineteisele|mõlemad|juba|pole|teemal|asjus|jaoks|tähtaeg|tal võib|tal on|tüüp|vaatan|meilis|emailis|emailiga',
)}|\p{L}+päeval|reedel`;
const estonianMarker = new RegExp(
  String.raw`(?<![\p{L}'’-])(?:${markerWords})(?![\p{L}'’-])`,
  'iu',
);
/** Whether a capitalised word is Estonian, not a name: "Helistasin", "Eile". */
const estonianWord = new RegExp(`^(?:${markerWords})$`, 'iu');
const isEstonian = (written: string) => estonianWord.test(written);
/** Words Estonian shares with English or another language: two of them, or one and a name with an ending. */
const weakMarker = /(?<![\p{L}'’-])(?:mind|ja|kohta|pärast|eest|et|kas)(?![\p{L}'’-])/giu;
const endedName =
  /(?<![\p{L}'’-])\p{Lu}\p{L}+(?:iga|ile|ilt|['’-](?:ga|le|lt|ist|st|i))(?![\p{L}'’-])/u;

function isEstonianLine(line: string): boolean {
  if (estonianMarker.test(line)) return true;
  const weak = new Set(line.match(weakMarker)?.map((w) => w.toLowerCase())).size;
  return weak >= 2 || (weak === 1 && endedName.test(line));
}

/**
 * Who the user was put in touch with, before the names are read: "viis mind kokku Tom
 * Reevesiga", put me in touch with Tom Reeves; "lubas mind oma test leadiga kokku viia",
 * offered to put me in touch with their test lead.
 */
const touchWith: readonly Swap[] = [
  [
    /(?<![\p{L}'’-])viis mind kokku (.{0,40}?)([\p{L}.&]+?)['’-]?i?ga(?![\p{L}'’-])/giu,
    'put me in touch with $1$2',
  ],
  [
    /(?<![\p{L}'’-])lubas mind (.{0,40}?)([\p{L}.&]+?)['’-]?i?ga kokku viia(?![\p{L}'’-])/giu,
    'offered to put me in touch with $1$2',
  ],
  [
    new RegExp(
      String.raw`(?<![\p{L}'’-])lubas mind (.{1,40}?)(?:${loose('ile|le')})? tutvustada(?![\p{L}'’-])`,
      'giu',
    ),
    'offered to introduce me to $1',
  ],
  [
    /(?<![\p{L}'’-])lubas (.{1,40}?)(?:ile|le)? edasi saata(?![\p{L}'’-])/giu,
    'offered to pass $1 on',
  ],
];
/** English words that end as an Estonian case does: "profile", "mobile". */
const englishIle = new Set([
  'mobile',
  'profile',
  'agile',
  'fragile',
  'hostile',
  'textile',
  'futile',
  'fertile',
  'versatile',
  'volatile',
  'compile',
  'reconcile',
  'juvenile',
  'sterile',
  'missile',
  'projectile',
  'automobile',
  'domicile',
  'senile',
]);

/**
 * "with Andrus Pärn teams call", "to Ben Ng sent", "from Owen got the JD": what was done, before
 * with whom.
 */
const doneFirst: readonly Swap[] = [
  [
    /^with ((?:\S+ ){1,4}?)(video call|teams call|zoom call|call|coffee|lunch)(?=$|[ ,;])/u,
    (_m: string, who: string, what: string) => `${what} with ${who.trim()}`,
  ],
  [
    /^to ((?:\p{Lu}[\p{L}'’-]* ){1,2})(sent|emailed|rang|wrote to|thanked|asked)(?![\p{L}'’-])/u,
    (_m: string, who: string, what: string) => `${what} ${who.trim()}`,
  ],
  [
    /^from ((?:\p{Lu}[\p{L}'’-]* ){1,2})got (.+)$/u,
    (_m: string, who: string, what: string) => `got the ${what} from ${who.trim()}`,
  ],
];

/** The line with its Estonian put into English; a line with none comes back as it was. */
export function mendEstonian(line: string): string {
  if (!isEstonianLine(line)) return line;
  const ordered = applySwaps(line.replace(/\s+/g, ' ').trim(), [dayThenVerb, ...touchWith]);
  const english = applySwaps(postpositionsBefore(placeNames(ordered)), estonianWords)
    .replaceAll(personMark, '')
    .replace(
      /\b(rang|emailed|thanked|asked|messaged|texted|pinged|liked|met|wrote to) (?:to|from|with) /gu,
      '$1 ',
    )
    .replace(/\bshared to /gu, 'shared with ')
    // "tegi intro Bupa head of QA eng Sunil Raoga": introduced the user to whom the intro was with.
    .replace(
      /\bintroduced me ((?:[^\s,]+ ){0,10}?)with (\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?)/gu,
      (_m: string, what: string, who: string) =>
        `introduced me to ${who}${what.trim() ? `, ${what.trim()}` : ''}`,
    )
    .replace(/\bsent to (?=\p{Lu})/gu, 'sent ')
    .replace(/\bwrote to ((?:\p{Lu}[\p{L}'’-]* ?){1,2}) (?:an )?email\b/gu, 'emailed $1')
    .replace(/\s+/g, ' ')
    .trim();
  return applySwaps(english, doneFirst);
}
