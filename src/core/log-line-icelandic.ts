// Icelandic in a one-line log put into English before it is read. An Icelandic speaker's notes
// switch language mid-line ("hringdi í Dev í gær", "sendi Priyu CVið sem hún bað um", "Kristín
// þakkaði mér fyrir kaffið", "hitti Hönnu á meetupinu"): Icelandic orders a clause as English does,
// but puts "the" on the end of a word, English words too ("CVið", the CV; "meetupinu", the
// meetup), puts "my" after what is mine ("CVið mitt"), and bends a name to its case ("Priyu" is
// Priya, "Hönnu" Hanna). Its words become English in place. þ, ð and the accented vowels written as
// th, d and plain vowels on an English keyboard ("thakkadi", "i gaer") read the same. A line is read
// so only when it is Icelandic by a word no English note uses.

import { isKnownGivenName, isKnownSurname } from './person-name-shape.js';
import { applySwaps, keyboardLetters, type Swap, wholeWord } from './log-line-tokens.js';

/** Icelandic letters as an English keyboard writes them too: "þakkaði" or "thakkadi". */
const { loose, keyIn, keysOf } = keyboardLetters({
  þ: ['th'],
  ð: ['d'],
  æ: ['ae'],
  ö: ['o'],
  á: ['a'],
  é: ['e'],
  í: ['i'],
  ó: ['o'],
  ú: ['u'],
  ý: ['y'],
});
const word = (text: string) => wholeWord(loose(text), 'giu');
/**
 * Short words an English note may use too ("a", "i", "their", "eg"): only as Icelandic writes
 * them, in small letters.
 */
const exact = (text: string) => wholeWord(text, 'gu');

/** The weekdays as said after "á" ("á föstudaginn", on Friday) or alone ("föstudag"). */
const days: Record<string, string> = {
  mánudag: 'Monday',
  þriðjudag: 'Tuesday',
  miðvikudag: 'Wednesday',
  fimmtudag: 'Thursday',
  föstudag: 'Friday',
  laugardag: 'Saturday',
  sunnudag: 'Sunday',
};
const dayWords = keysOf(days);
const dayOf = (written: string) => days[keyIn(days, written) ?? ''] ?? written;

const months: Record<string, string> = {
  jan: 'January',
  feb: 'February',
  mar: 'March',
  apr: 'April',
  maí: 'May',
  jún: 'June',
  júl: 'July',
  ágú: 'August',
  sep: 'September',
  okt: 'October',
  nóv: 'November',
  des: 'December',
};
const monthOf = (written: string) => months[keyIn(months, written) ?? ''] ?? written;

/**
 * "CVið", "meetupinu", "linkinn", "portfolio-ið", "intro-id": an English word with the Icelandic
 * "the" on its end is the word.
 */
const englishWithThe = new RegExp(
  String.raw`(?<![\p{L}'’-])(cv|intro|article|brain|lead|interview|portfolio|panel|meetup|link|ticket|notebook|dashboard|contract|feedback|deck|brief|case study|cover letter|take-home|offsite|workshop|event|webinar|podcast|post|referral|spec|invoice|pitch|proposal|report|team|talk|conference|session|demo|course|job|role|email|call)-?(?:ið|id|inn|inu|ina|inum|num|nu)(?![\p{L}'’-])`,
  'giu',
);

/** The verbs the user or a contact did, as Icelandic writes them in the past, and in English. */
const verbs: ReadonlyArray<readonly [string, string]> = [
  ['hringdi í mig', 'rang me'],
  ['hringdi til baka', 'rang back'],
  ['hringdi í', 'rang'],
  ['hringdi', 'rang'],
  ['sendi mér takk', 'thanked me'],
  ['sendi thanks', 'thanked me'],
  ['sendi mér', 'sent me'],
  ['sendi', 'sent'],
  ['hitti', 'met'],
  ['talaði við', 'talked with'],
  ['spjallaði við', 'chatted with'],
  ['spjallaði', 'chatted'],
  ['þakkaði mér fyrir', 'thanked me for'],
  ['þakkaði mér', 'thanked me'],
  ['þakkaði', 'thanked'],
  ['spurði hvort ég', 'asked if I'],
  ['spurði hvort', 'asked if'],
  ['spurði', 'asked'],
  ['bað mig um að|bað mig að', 'asked me to'],
  ['bað mig í (?:e-?mail|tölvupósti) að', 'asked me by email to'],
  ['bað mig um', 'asked me for'],
  ['ætlar að kynna mig fyrir', 'offered to introduce me to'],
  ['bauðst til að kynna mig fyrir', 'offered to introduce me to'],
  ['bauðst til að', 'offered to'],
  ['kom mér í samband við|setti mig í samband við', 'put me in touch with'],
  ['kynnti mig fyrir', 'introduced me to'],
  ['kynnti', 'introduced'],
  ['yfirfór', 'reviewed'],
  ['fór yfir|fóru yfir', 'went over'],
  ['skildi eftir (?:voicemail|skilaboð) hjá', 'left a voicemail for'],
  ['followup á|followupaði', 'followed up with'],
  ['vill að ég', 'wants me to'],
  ['vill', 'wants to'],
  ['las yfir', 'reviewed'],
  ['svaraði', 'replied'],
  ['fylgdi eftir (?:með|við)', 'followed up with'],
  ['fylgdi eftir', 'followed up'],
  ['ýtti á', 'nudged'],
  ['whatsappaði', 'whatsapped'],
  ['(?:e-?)?mailaði|meilaði', 'emailed'],
  ['messaði', 'messaged'],
  ['dmaði', "DM'd"],
  ['lækaði', 'liked'],
  ['kommentaði á|commentaði á', 'commented on'],
  ['connectaði við|tengdist', 'connected with'],
  ['followaði', 'followed'],
  ['referraði', 'referred'],
  ['referrað', 'refer'],
  ['lofaði', 'promised'],
  ['fékk', 'got'],
  ['gaf mér', 'gave me'],
  ['gaf', 'gave'],
  ['deildi', 'shared'],
  ['bauð mér (?=í |á )', 'invited me '],
  ['bauð mér', 'offered me'],
  ['bauð', 'invited'],
  ['sagði að', 'said'],
  ['sagði', 'said'],
  ['vildi', 'wanted'],
  ['vilja', 'want'],
];

/** Words and phrases no English note uses, put into English where they stand. */
const icelandicWords: readonly Swap[] = [
  // "kaffi m/ Ifeoma": with.
  [/(?<![\p{L}/])m\/ ?(?=\p{L})/giu, 'with '],
  // "Fatima Z þakkaði fyrir svarið": thanks with no one after it is the contact's, to the user.
  [
    new RegExp(
      String.raw`^(\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’.-]*)?) ${loose('þakkaði')} ${loose('fyrir')}(?![\p{L}'’-])`,
      'u',
    ),
    '$1 thanked me for',
  ],
  // "post hjá Wei", "postinn hjá Niamh": whose post.
  [
    new RegExp(
      String.raw`(?<![\p{L}'’-])(?:post|postinn|postið|póstinn) ${loose('hjá')} (\p{L}[\p{L}'’-]*(?: \p{L}[\p{L}'’-]*)?)(?= ${loose('um')}|$|[,.;])`,
      'giu',
    ),
    "$1's post",
  ],
  // "chase-aði", "likeaði", "DM-aði": an English verb with the Icelandic past on its end.
  [
    /(?<![\p{L}'’-])(chase|like|comment|text|ping|nudge|follow|connect|message|tag|share|book|zoom|email|mail|pitch)-?a[ðd]i(?![\p{L}'’-])/giu,
    (_m: string, verb: string) => `${verb.replace(/e$/u, '')}ed`,
  ],
  [/(?<![\p{L}'’-])dm-?a[ðd]i(?![\p{L}'’-])/giu, "DM'd"],
  // Days: "í gær", "í fyrradag", "í síðustu viku", "á föstudaginn", "síðasta föstudag", "þann 12.".
  [word('í fyrradag'), 'the day before yesterday'],
  [word('í gær|í gaer'), 'yesterday'],
  [word('í dag|í morgun'), 'today'],
  [word('(?:í )?(?:síðustu|seinustu) viku'), 'last week'],
  [word('fyrir viku(?: síðan)?'), 'a week ago'],
  [
    new RegExp(
      String.raw`(?<![\p{L}'’-])(?:[áa] |${loose('síðasta |seinasta ')})?(${dayWords})(?:inn|ur)?(?![\p{L}'’-])`,
      'giu',
    ),
    (_m: string, day: string) => `on ${dayOf(day)}`,
  ],
  [
    new RegExp(
      String.raw`(?<![\p{L}'’-])(?:þann |thann )?(\d{1,2})\. ?(${keysOf(months)})\p{L}*\.?(?![\p{L}'’-])`,
      'giu',
    ),
    (_m: string, day: string, month: string) => `on ${day} ${monthOf(month)}`,
  ],
  [/(?<![\p{L}'’-])(?:þann|thann) (\d{1,2})\.?(?![\d\p{L}])/giu, 'on the $1th'],
  // Silence and news: "ekkert enn", "ekkert nýtt", "svarar ekki", "er farið".
  [word('ekkert enn|ekkert ennþá|ekki enn'), 'nothing yet'],
  [word('ekkert nýtt (?:um|með)'), 'nothing yet on'],
  [word('ekkert nýtt'), 'nothing new'],
  [word('(hún|hann) svarar ekki'), 'no reply'],
  [word('svarar ekki|ekkert svar'), 'no reply'],
  [word('er farið|er farin|er farinn'), 'is gone'],
  // What a firm or a contact has or wants: "eru að ráða", "er með … stöðu", "vantar einhvern".
  [word('eru að ráða|er að ráða'), 'are hiring'],
  [word('eru að leita að|er að leita að'), 'are looking for'],
  [word('að ráða'), 'hiring'],
  [word('að leita að'), 'looking for'],
  [word('minnti (.{1,30}?) á'), 'reminded $1 about'],
  [word('sendi (\\p{L}+) takk (sms|email|whatsapp)'), 'thanked $1 by $2'],
  // "lead-inum sínum": their lead.
  [
    /(?<![\p{L}'’-])([\p{L}]+?)-?(?:inum|inu|inn|ið) (?:sínum|sínu|sinn|sína|sinni|sitt)(?![\p{L}'’-])/giu,
    'their $1',
  ],
  [word('vilja fá mig í'), 'want me for'],
  [word('ekkert heyrt frá'), 'heard nothing from'],
  [word('vantar einhvern'), 'are hiring someone'],
  [word('vantar'), 'need'],
  [
    new RegExp(
      String.raw`(?<![\p{L}'’-])er ${loose('með')} ((?:[\p{L}-]+ ){1,3})${loose('stöðu')}(?![\p{L}'’-])`,
      'giu',
    ),
    'has a $1role',
  ],
  // "sem hún bað um", "sem ég lofaði": what they asked for, what the user promised.
  [
    /(?<![\p{L}'’-])sem (hún|hann|þau|þeir|thau|their) (?:bað|bad) um(?![\p{L}'’-])/giu,
    (_m: string, who: string) =>
      `${({ hún: 'she', hann: 'he' } as Record<string, string>)[who.toLowerCase()] ?? 'they'} asked for`,
  ],
  [/(?<![\p{L}'’-])(hún|hann) (?:bað|bad) um(?![\p{L}'’-])/giu, '$1 asked for'],
  [word('sem ég lofaði'), 'I promised'],
  [word('sem (hún|hann) vildi'), '$1 wanted'],
  // "bað Niamh um að skoða …", "bað Jo um referral", "spurði hana um referral": the user asked.
  [
    new RegExp(
      String.raw`(?<![\p{L}'’-])(?:bað|bad|spurði|spurdi) ((?:\p{Lu}[\p{L}'’-]* ){1,2}|hana |hann |${loose('hún')} |${loose('þau')} )um (að )?`,
      'gu',
    ),
    (_m: string, who: string, to?: string) => {
      const plain =
        ({ 'hana ': 'her ', 'hann ': 'him ' } as Record<string, string>)[who.toLowerCase()] ?? who;
      return `asked ${plain}${to ? 'to' : 'for'} `;
    },
  ],
  [word('bað um'), 'asked for'],
  // "Hannah fékk CV-ið mitt": a contact who got what is the user's had it from the user.
  [
    new RegExp(
      String.raw`^(\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?) ${loose('fékk')} (?=.*\b(?:mitt|minn|mína|mín)\b)`,
      'u',
    ),
    'sent $1 ',
  ],
  [word('fékk (?:e-?mail|tölvupóst|póst) frá'), 'got an email from'],
  [word('fékk (?:linkedin )?skilaboð frá'), 'got a message from'],
  [word('fékk (?:símtal|hringingu) frá'), 'got a call from'],
  // "gæti referrað mig", "gæti hjálpað með": what a contact could or would do.
  [word('gæti'), 'could'],
  [word('hjálpað með|hjálpað'), 'help with'],
  [word('tala á|talað á'), 'speak at'],
  [word('talað'), 'speak'],
  [word('ætlar að kynna mig fyrir'), 'offered to introduce me to'],
  [word('kynna mig fyrir'), 'introduce me to'],
  [word('ætlar að'), 'is going to'],
  [word('tali við|tala við'), 'talk with'],
  [word('pick-?a'), 'pick'],
  [word('skoða'), 'look at'],
  [word('út af'), 'about'],
  // An English word with the Icelandic "the" on its end, and "my" said after what is mine.
  // "fyrir mock panelið", "um contractið": after a small word, "the" goes before what it names.
  [
    new RegExp(
      String.raw`(?<=(?<![\p{L}'’-])(?:fyrir|um|á|í|með|frá|við|eftir|yfir|on) )((?:[\p{Ll}-]+ )?)${englishWithThe.source.replace("(?<![\\p{L}'’-])", '')}`,
      'giu',
    ),
    'the $1$2',
  ],
  [englishWithThe, '$1'],
  [
    new RegExp(
      String.raw`(?<![\p{L}'’-])((?:(?!(?:um|á|í|og|sem|fyrir|til|með|frá|hjá|við|the|a|an|sent|sendi|for|to|on|at|in|with|from|about|asked|got|me|him|her|them)\s)\p{Ll}[\p{L}-]* )?[\p{L}-]+) (?:mitt|minn|mína|mín|mínu|minni)(?![\p{L}'’-])`,
      'gu',
    ),
    'my $1',
  ],
  [word('sitt|sinn|sína|sín|sínu'), ''],
  // "sendi Joanne CVið": the CV a user sends is their own.
  [/(?<![\p{L}'’-])(?<!(?:my|the) )(?<!my [\p{L}-]+ )CV(?= |,|$)/gu, 'my CV'],
  ...verbs.map(([icelandic, english]): Swap => [word(icelandic), english]),
  // Things, places and talk.
  [word('kaffihúsinu|kaffihúsi'), 'the café'],
  [word('kaffið|kaffinu'), 'the coffee'],
  [word('kaffi|kaffibolla'), 'coffee'],
  [word('hádegismat|hádegismatur'), 'lunch'],
  [word('kvöldmat'), 'dinner'],
  [word('skilaboð|skilaboðum'), 'message'],
  [word('símtal'), 'call'],
  [word('tölvupóst|tölvupóstur'), 'email'],
  [word('fundur|fundi'), 'meeting'],
  [word('spjall'), 'chat'],
  [word('greinina|grein'), 'the article'],
  [word('ritgerðina|ritgerð'), 'the paper'],
  [word('námskeiðið|námskeið'), 'the course'],
  [word('stöðunni|stöðuna|stöðu|staðan|staða|starfið|starf'), 'role'],
  [word('teymið|teymi'), 'team'],
  [word('kvöldinu|kvöldið'), 'night'],
  [word('miðana|miða'), 'the tickets'],
  [word('ferlið'), 'the process'],
  [
    /(?<![\p{L}'’-])((?:\p{Lu}[\p{L}\d]* )?)(?:pakkann|pakkanum|pakkinn)(?![\p{L}'’-])/gu,
    'the $1package',
  ],
  [word('uppfærða|uppfært'), 'updated'],
  [word('gagnlegt|gagnleg'), 'useful'],
  [word('borgað|launað'), 'paid'],
  [word('mjög'), 'very'],
  [word('bara'), 'just'],
  [word('líka'), 'too'],
  [word('aftur'), 'again'],
  [word('ennþá|enn'), 'yet'],
  [word('ekki'), 'not'],
  [word('hvort'), 'if'],
  [word('hjá þeim'), 'there'],
  [word('frá'), 'from'],
  [word('hjá'), 'at'],
  [word('með'), 'with'],
  [word('fyrir'), 'for'],
  [word('eftir'), 'after'],
  [exact('og'), 'and'],
  [exact('um'), 'about'],
  [
    /(?<![\p{L}'’-])til (?=Q\d|\d|jan|feb|mar|apr|maí|jún|júl|ágú|sep|okt|nóv|des|vors|hausts|jóla)/gu,
    'until ',
  ],
  [exact('til'), 'to'],
  [exact('við|vid(?= \\p{Lu})'), 'with'],
  [exact('sem'), 'that'],
  [word('mér|mig'), 'me'],
  [exact('ég'), 'I'],
  [exact('hann'), 'he'],
  [exact('hún'), 'she'],
  [exact('honum'), 'him'],
  [exact('henni|hana'), 'her'],
  [exact('þeir|þau'), 'they'],
  [exact('þeim'), 'them'],
  [exact('þeirra'), 'their'],
  [exact('er|eru'), 'is'],
  // "á LinkedIn", "á teams": on a way of talking; "á Data Lab event", "á Hafró": at a place.
  [
    /(?<![\p{L}'’-])á (?=(?:linkedin|whatsapp|teams|zoom|slack|messenger|instagram|twitter|facebook|signal)\b)/giu,
    'on ',
  ],
  [/(?<![\p{L}'’-])á (?=\p{Lu}|\d)/gu, 'at '],
  [exact('á'), 'on'],
  [/(?<![\p{L}'’-])í (?=\p{Lu}|\d)/gu, 'in '],
  [exact('í'), 'in'],
  [exact('þær|þeir|þau'), 'they'],
  // "yfir case studyið mitt": "the" and "my" both said of it; English says "my".
  [/(?<![\p{L}'’-])the my(?![\p{L}'’-])/giu, 'my'],
];

/**
 * "Priyu", "Hönnu", "Önu", "Devendru": a name in the case a verb gives it, as said alone; only a
 * name Kith knows is put back ("Oliviu" Olivia, "Aishu" Aisha), and a name as written stays
 * ("Grace Liu").
 */
const nameInCase: Swap = [
  /(?<![\p{L}'’-])(\p{Lu}[\p{Ll}ö]+)u(?![\p{L}'’-])/gu,
  (m: string, stem: string) => {
    // "Liu" is a surname as written, and "Lia" would be another person.
    if (isKnownSurname(m) || isKnownGivenName(m)) return m;
    const plain = `${stem.replace(/ö/gu, 'a').replace(/^Ö/u, 'A')}a`;
    return isKnownGivenName(plain) ? plain : m;
  },
];

/**
 * A word only Icelandic writes: a þ or ð, an accented past verb, "í gær", a weekday with its
 * "the" ("föstudaginn"), a name's "-dóttir". Plain "med", "fra", "mig" and "bara" are Danish and
 * Norwegian too, and say nothing here.
 */
const icelandicMarker = new RegExp(
  String.raw`(?<![\p{L}'’-])(?:${loose(
    'hringdi|hitti|talaði|spjallaði|þakkaði|spurði|bauðst|yfirfór|svaraði|fylgdi eftir|whatsappaði|mailaði|meilaði|lækaði|referrað|referraði|lofaði|í gær|í fyrradag|síðustu viku|seinustu viku|ekkert|vantar|kaffihúsinu|kaffi|skilaboð|hvort|gagnlegt|borgað|minnti|ætlar að',
  )}|sendi|fékk|vildi|mjög|(?:${dayWords})(?:inn|inum|ur)|\p{L}*[þð]\p{L}*|\p{L}+d[óo]ttir|\p{L}+(?:ið|inu))(?![\p{L}'’-])`,
  'iu',
);
/**
 * "um", "á", "í", "fyrir", "mér", and "og" between two names: two of these say Icelandic where one
 * alone may not.
 */
const icelandicWeak = /(?<![\p{L}'’-])(?:um|á|í|hún|fyrir|mér|ég|frá|hjá)(?![\p{L}'’-])/gu;

/**
 * "Maria Gonzalez og Ana Lopez": "og" between two names is "and" in Icelandic, Danish and
 * Norwegian alike, in a line with no other word of them.
 */
const nameAndName = /(?<=\p{Lu}[\p{L}'’-]* )og(?= \p{Lu})/u;
const namesAnd: Swap = [new RegExp(nameAndName.source, 'gu'), 'and'];

/** The line with its Icelandic put into English; a line with none comes back as it was. */
export function mendIcelandic(line: string): string {
  const weak = (line.match(icelandicWeak)?.length ?? 0) + (nameAndName.test(line) ? 1 : 0);
  if (!icelandicMarker.test(line) && weak < 2) return applySwaps(line, [namesAnd]);
  return applySwaps(applySwaps(line, icelandicWords), [nameInCase])
    .replace(/\bmy the\b/gu, 'my')
    .replace(/ {2,}/g, ' ')
    .replace(/ ,/g, ',');
}
