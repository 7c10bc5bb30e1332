// Dutch in a one-line log put into English before it is read, as Flanders and the Netherlands
// write it. A Dutch speaker's notes switch language mid-line ("Kate Morrison gebeld vorige week
// ivm de analytics lead job", "koffie gedronken met Ana gisteren", "Siobhan belde me terug",
// "Niamh heeft me voorgesteld aan haar VP marketing"): a note to self drops "I have" and puts
// what was done last, as a participle ("Kate gebeld", rang Kate; "Lucy mijn case studies
// gemaild", emailed Lucy my case studies), while what a contact did reads in English order ("Emma
// belde", Emma rang). A clause that ends its first words with such a participle is put in English
// order; the rest becomes English where it stands. A line is read so only when it is Dutch by a
// word no English note uses.

import { applySwaps, englishOrdinal, type Swap, wholeWord } from './log-line-tokens.js';

const word = (text: string) => wholeWord(text, 'giu');

const days: Record<string, string> = {
  maandag: 'Monday',
  dinsdag: 'Tuesday',
  woensdag: 'Wednesday',
  donderdag: 'Thursday',
  vrijdag: 'Friday',
  zaterdag: 'Saturday',
  zondag: 'Sunday',
};
const dayWords = Object.keys(days).join('|');

const months: Record<string, string> = {
  januari: 'January',
  februari: 'February',
  maart: 'March',
  april: 'April',
  mei: 'May',
  juni: 'June',
  juli: 'July',
  augustus: 'August',
  september: 'September',
  oktober: 'October',
  november: 'November',
  december: 'December',
};
const monthWords = Object.keys(months).join('|');

/** What the user did, said last as a participle ("Kate gebeld"), and in English, said first. */
const doneVerbs: ReadonlyArray<readonly [string, string]> = [
  ['voicemail ingesproken bij|voicemail gelaten bij', 'left a voicemail for'],
  ['koffie gedronken met', 'had coffee with'],
  ['geluncht met|lunch gehad met', 'had lunch with'],
  ['afgesproken met', 'saw'],
  ['teruggebeld', 'rang back'],
  ['opgebeld|gebeld', 'rang'],
  ['ge-?maild|ge-?mailed', 'emailed'],
  ['terug gestuurd|teruggestuurd', 'sent back'],
  ['doorgestuurd|gestuurd|verstuurd|gezonden', 'sent'],
  ["ge-?sms['’]?t|ge-?texted?", 'texted'],
  ['ge-?whatsappt|ge-?whatsapped|ge-?appt|geappt', 'whatsapped'],
  ['gevraagd', 'asked'],
  ['bedankt gemaild', 'emailed thanks to'],
  ['bedankt', 'thanked'],
  ['gesproken met|gesproken', 'talked to'],
  ['ontmoet|gezien', 'saw'],
  ['opgevolgd', 'followed up with'],
  ['nagelezen', 'reviewed'],
  ['nagekeken', 'reviewed'],
  ['ge[ïi]ntroduceerd (?:bij|aan)|voorgesteld (?:bij|aan)', 'introduced'],
  ['terug ge-?maild', 'emailed back'],
  ['gedeeld', 'shared'],
  ['geliket|geliked', 'liked'],
  ['geconnecteerd met|geconnect met', 'connected with'],
  ['gekregen', 'got'],
];
const doneWords = doneVerbs.map(([dutch]) => dutch).join('|');

/** What a contact did, said after them in English order ("Emma belde"), and in English. */
const theirVerbs: ReadonlyArray<readonly [string, string]> = [
  ['belde me terug|belde terug', 'rang me back'],
  ['belde me|belde', 'rang'],
  ['mailde me|mailde', 'emailed me'],
  ['stuurde me', 'sent me'],
  ['stuurde', 'sent'],
  ['whatsappte me|whatsappte|appte me|appte', 'whatsapped me'],
  ["sms['’]?te me|sms['’]?te", 'texted me'],
  ['vroeg me|vroeg', 'asked me'],
  ['bedankte me|bedankte', 'thanked me'],
  ['reageerde op', 'commented on'],
  ['zei ze', 'she said'],
  ['zei hij', 'he said'],
  ['zei', 'said'],
  ['gaf me|gaf', 'gave me'],
];

/**
 * Who did what to whom, read before the participles are, since they hold one: "Niamh heeft me
 * voorgesteld aan", "zoals ze gevraagd had", "José bedankt me".
 */
const dutchPhrases: readonly Swap[] = [
  [word('heeft me (.{0,30}?)in contact gebracht met'), 'put me $1in touch with'],
  [word('heeft me doorgestuurd naar'), 'put me in touch with'],
  [word('heeft (?:mijn|me) (.{1,20}?) doorgestuurd naar'), 'forwarded my $1 to'],
  [word('(?:hij|ze|zij) stelt me voor aan'), 'offered to introduce me to'],
  [word("wil me intro['’]?en (?:bij|aan)"), 'offered to intro me to'],
  [word('(?:ze|zij|hij) stuurt'), 'is sending'],
  [word('(?:ze|zij) sturen'), 'they are sending'],
  [word('vraagt of ik'), 'asks if I'],
  [word('vroeg of ik'), 'asked if I'],
  [word('had (?:hij|ze|zij) om gevraagd'), 'as they asked'],
  [word('gebeld met (?:hem|haar)'), 'gebeld'],
  [word('rol is weg'), 'role is gone'],
  [word('heeft me aan (.{1,40}?) voorgesteld'), 'introduced me to $1'],
  [word('heeft me (.{0,30}?)voorgesteld aan'), 'introduced me $1to'],
  [word('heeft me (.{0,20}?)geconnecteerd'), 'connected with me $1'],
  [word('(?:gaat|zal) me voorstellen aan'), 'is going to introduce me to'],
  [word('(?:gaat|zal) me referren'), 'is going to refer me'],
  [word('geeft mijn naam door'), 'is passing my name on'],
  [word('heeft mijn (.{1,20}?) (?:nagelezen|nagekeken)'), 'reviewed my $1'],
  [word('(?:ze|zij) hebben (.{1,40}?) nodig'), 'they need $1'],
  [word('(?:heeft|hebben) (.{1,40}?) nodig'), 'needs $1'],
  [word('hij dacht aan mij|ze dacht aan mij'), 'they thought of me'],
  [word('wil (.{1,30}?) zien'), 'wants to see $1'],
  [word('(?:ze|zij) willen'), 'they want'],
  [
    word('zoals (?:ze|hij) (?:het )?(?:gevraagd had|had gevraagd|vroeg)|zoals gevraagd'),
    'as they asked',
  ],
  [word('(?:ze|hij) had(?: er)? om gevraagd'), 'they had asked for it'],
  [word('dat ik (?:had )?gevraagd(?: had)?'), 'that I had asked for'],
  [word('zoals beloofd'), 'as promised'],
  [word('niet gevraagd|ongevraagd'), 'unasked'],
  [word('gevraagd waar het (?:zit|blijft|staat)'), 'chased it'],
  [word('om me te bedanken(?: voor)?'), 'to thank me for'],
  [word('om te bedanken(?: voor)?'), 'to say thanks for'],
  [
    word('of (?:hij|ze) me kan (?:introduceren|voorstellen) (?:bij|aan)'),
    'if they could introduce me to',
  ],
  [word('of ik (.{1,40}?) kan nalezen'), 'if I could proofread $1'],
  [word('of ik (.{1,40}?) wil (?:geven|schrijven|doen)'), 'asking if I would run $1'],
  [word('om te vragen'), 'to ask'],
  [word('(?:ze )?vertelden?(?: me)? over'), 'told me about'],
  [word('is ingevuld|is al ingevuld'), 'has been filled'],
  [word('(?:heeft|hebben) (?:een|ne) (.{0,20}?)(?:project|opdracht)'), 'is hiring for a $1project'],
  [word('heeft budget voor'), 'is hiring for'],
  [word('zoekt'), 'is hiring'],
  [word('wil (?=een|ne)'), 'wants '],
  [word('was er ook'), 'was there too'],
  [word('kort bijgepraat'), 'caught up briefly'],
  [word('terug ge-?maild'), 'emailed back'],
  // "Gareth Price ook op de Cardiff marketing meetup", "Jack Turner aan de koffiemachine": who was
  // where, with no verb.
  [/^(\p{Lu}[\p{L}'’-]* \p{Lu}[\p{L}'’-]*) (?:ook )?(?:op|aan|bij) (?:de|het) /u, '$1 was at the '],
  [word('of (?:ik|hij|ze) (?:kan|wil|kon)'), 'if they could'],
  [/(?<![\p{L}'’-])(\p{Lu}[\p{L}'’-]*) bedankt me(?![\p{L}'’-])/gu, '$1 thanked me'],
];

/** Words and phrases no English note uses, put into English where they stand. */
const dutchWords: readonly Swap[] = [
  // Silence and since when: "stil sinds de 12de", "geen antwoord sinds 16/11".
  [
    /(?<![\p{L}'’-])(?:(?:nog )?(?:altijd )?(?:stil|geen antwoord|niks gehoord|niets gehoord|niks|niets)) sinds (?:de |den )?(\d{1,2})(?:ste|de|e)(?![\p{L}'’-])/giu,
    (_m: string, day: string) => `no reply since the ${englishOrdinal(day)}`,
  ],
  [
    word('(?:nog )?(?:altijd )?(?:stil|geen antwoord|niks gehoord|niets gehoord) sinds'),
    'no reply since',
  ],
  [word('nog (?:altijd )?geen (?:antwoord|reactie|nieuws)'), 'no reply yet'],
  [word('nog niks|nog niets'), 'nothing yet'],
  [
    /(?<![\p{L}'’-])(?:de|den) (\d{1,2})(?:ste|de|e)(?![\p{L}'’-])/giu,
    (_m: string, day: string) => `the ${englishOrdinal(day)}`,
  ],
  // Days: "gisteren", "eergisteren", "vorige week", "vrijdag", "zaterdagavond".
  [word('eergisteren'), 'the day before yesterday'],
  [word('gisteren(?:avond|middag|ochtend)?'), 'yesterday'],
  [word('vanochtend|vanmorgen|deze morgen|deze ochtend'), 'this morning'],
  [word('vandaag|vanmiddag'), 'today'],
  [word('vorige week|verleden week'), 'last week'],
  [
    new RegExp(
      String.raw`(?<![\p{L}'’-])(on |op )?(?:vorige |verleden |afgelopen )?(${dayWords})(?:avond|middag|ochtend|morgen)?(?![\p{L}'’-])`,
      'giu',
    ),
    (_m: string, _on: string | undefined, day: string) => `on ${days[day.toLowerCase()] ?? day}`,
  ],
  [
    new RegExp(String.raw`(?<![\p{L}'’-])in (${monthWords})(?![\p{L}'’-])`, 'giu'),
    (_m: string, month: string) => `in ${months[month.toLowerCase()] ?? month}`,
  ],
  // A plan's day ("voor woensdag", "tegen vrijdag") is no day of the line.
  [
    new RegExp(
      String.raw`(?<![\p{L}'’-])(?:afgesproken )?(?:voor|tegen) (${dayWords})(?![\p{L}'’-])`,
      'giu',
    ),
    (m: string, day: string) =>
      `${/^afgesproken/iu.test(m) ? 'booked ' : ''}for next ${days[day.toLowerCase()] ?? day}`,
  ],
  [word('per mail|via mail|via e-?mail|per e-?mail'), 'by email'],
  [word('een whatsappje'), 'a WhatsApp message'],
  [word('heeft (?:een|ne) (?:klant|opdracht|project) voor mij'), 'has paid work for me'],
  [word('heeft budget voor'), 'has budget for'],
  [word('gebruikt'), 'uses'],
  [word('iemand'), 'someone'],
  [word('iets'), 'something'],
  [word('als'), 'if'],
  [word('te veel'), 'too much'],
  [word('werk'), 'work'],
  [word('klant'), 'client'],
  [word('rapport'), 'report'],
  [word('rol'), 'role'],
  [word('weken'), 'weeks'],
  [word('nieuwe|nieuw'), 'new'],
  [word('oude|oud'), 'old'],
  [word('heeft'), 'has'],
  [word('op (?:de|het)'), 'at the'],
  [/(?<![\p{L}'’-])op (?=\p{Lu})/gu, 'at '],
  [word('op'), 'on'],
  [word('toch'), 'after all'],
  [word('praten'), 'to talk'],
  [word('op whatsapp|via whatsapp'), 'on WhatsApp'],
  [word('op linkedin|via linkedin'), 'on LinkedIn'],
  [word('nog eens'), 'again'],
  [word('ivm|i\\.v\\.m\\.'), 'about'],
  // "over de referral", "over hun team": about; "went over my CV" is English.
  [word('over(?= (?:de|het|hun|een|ne|mijn|zijn|haar|jouw) )'), 'about'],
  [word('connectieverzoek'), 'a connection request'],
  [word('thank you kaartje|bedankkaartje|kaartje'), 'a thank-you card'],
  [word('mailtje'), 'an email'],
  [word('linkje'), 'link'],
  [word('whatsappke'), 'a WhatsApp message'],
  [word('bericht van'), 'message from'],
  [word('bericht'), 'message'],
  [word('whatsappje|berichtje'), 'a message'],
  [word('vacature'), 'vacancy'],
  [word('offerte'), 'quote'],
  [word('factuur'), 'invoice'],
  [word('artikel'), 'article'],
  [word('referentie'), 'reference'],
  [word('advies|raad'), 'advice'],
  [word('betaald'), 'paid'],
  [word('koffie'), 'coffee'],
  ...theirVerbs.map(([dutch, english]): Swap => [word(dutch), english]),
  // The small words between.
  [word('mijn'), 'my'],
  [word('mij'), 'me'],
  [word('hun'), 'their'],
  [word('haar'), 'her'],
  [word('hij'), 'he'],
  [word('ze|zij'), 'she'],
  [word('met'), 'with'],
  [word('bij'), 'at'],
  // "Femke De Smet", "Mark van der Berg": a surname's particle stays.
  [/(?<![\p{L}'’-])van(?! (?:der|den|de)\b)(?![\p{L}'’-])/giu, 'from'],
  [word('voor'), 'for'],
  [word('naar'), 'to'],
  [word('aan'), 'to'],
  [word('en'), 'and'],
  [word('maar'), 'but'],
  [word('ook'), 'also'],
  [word('zeer|heel'), 'very'],
  [word('niet'), 'not'],
  [word('dat|die|deze'), 'that'],
  [word('een|ne|nen'), 'a'],
  [
    /(?<![\p{L}'’-])(?<!\p{Lu}\p{Ll}+ |van )(?:[Dd]e|[Hh]et|'t)(?![\p{L}'’-])|(?<![\p{L}'’-])(?:[Dd]e|[Hh]et|'t)(?= \p{Ll})/gu,
    'the',
  ],
];

/**
 * "Kate Morrison gebeld vorige week", "Zoe Martin mijn portfolio gemaild": the first words of a
 * clause, then what the user did to them, put in English order.
 */
const doneLast = new RegExp(
  String.raw`(?<=^|[,;:] )((?:(?!(?:${doneWords}|heeft|hebben)(?![\p{L}'’-]))[^\s,;:]+ ){0,6}?)(${doneWords})(?![\p{L}'’-])`,
  'giu',
);

function doneFirst(line: string): string {
  return line.replace(doneLast, (_m: string, words: string, verb: string) => {
    const english =
      doneVerbs.find(([dutch]) => new RegExp(`^(?:${dutch})$`, 'iu').test(verb))?.[1] ?? verb;
    // "Wei Chen per mail geïntroduceerd bij Jeroen": introduced Wei Chen by email to Jeroen.
    const to = /(?:bij|aan)$/iu.test(verb) ? ' to' : '';
    // "lunch afgesproken met Bart": lunch with Bart.
    if (
      /^(?:lunch|koffie|coffee|drinks|dinner|call|video|zoom|ontbijt)$/iu.test(words.trim()) &&
      english === 'saw'
    )
      return `${words.trim()} with`;
    return `${english} ${words.trim()}${to}`.trim();
  });
}

/** Words only Dutch uses: one is enough. */
const dutchMarker = new RegExp(
  String.raw`(?<![\p{L}'’-])(?:${doneWords}|whatsappte|appte|sms['’]?te|met \p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)? en(?= \p{Lu})|belde|stuurde|vroeg|bedankte|reageerde|koffie|gisteren|eergisteren|vandaag|vorige week|ivm|mijn|heeft|hebben|nog eens|nog geen|gaat me)(?![\p{L}'’-])`,
  'iu',
);
/** Words a slip in an English note could make: two of them, with nothing else Dutch. */
const weakMarker =
  /(?<![\p{L}'’-])(?:wil|niet|sinds|zoals|naar|bij|voor|haar|een|het|ook|op|geen|nog|veel|stil|zijn|ze|mailde|en|van|om te|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)(?![\p{L}'’-])/giu;

const germanWords = /(?<![\p{L}'’-])(?:sich|für|hat|mit|dem|und|ich|nicht)(?![\p{L}'’-])/iu;

/** The line with its Dutch put into English; a line with none comes back as it was. */
export function mendDutch(line: string): string {
  // "José bedankte sich per WhatsApp für den Report" is German, read by its own reader.
  if (germanWords.test(line)) return line;
  const weak = new Set(line.match(weakMarker)?.map((found) => found.toLowerCase())).size;
  if (!dutchMarker.test(line) && weak < 2) return line;
  return applySwaps(doneFirst(applySwaps(line, dutchPhrases)), dutchWords)
    .replace(/\s+/g, ' ')
    .trim();
}
