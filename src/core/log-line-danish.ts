// Danish in a one-line log put into English before it is read. A Danish speaker's notes switch
// language mid-line ("ringede til Kate om Sky rollen", "kaffe m. Dev i går", "i går ringede
// Kate", "sendte mit opdaterede cv til Olivia"): Danish orders a clause as English does, save that
// the verb comes second after a day ("i går ringede Kate", Kate rang yesterday), and writes
// whose a thing is with an "s" and no apostrophe ("Chidis post"). Its words become English in
// place; a clause that opens with a day is put in English order. æ, ø and å written as ae, oe and
// aa on an English keyboard read the same. A line is read so only when it is Danish by a word no
// English note uses.

import { isKnownGivenName } from './person-name-shape.js';
import {
  applySwaps,
  countAgo,
  keyboardLetters,
  type Swap,
  wholeWord,
  nameWithWhoseS,
} from './log-line-tokens.js';

/** Danish letters as an English keyboard writes them too: "i går" or "i gaar", "mødte" or "moedte". */
const letters = keyboardLetters({ æ: ['ae'], ø: ['oe', 'o'], å: ['aa'] });
const { loose, keyIn, keysOf } = letters;
const word = (text: string) => wholeWord(loose(text), 'giu');

const days: Record<string, string> = {
  mandag: 'Monday',
  tirsdag: 'Tuesday',
  onsdag: 'Wednesday',
  torsdag: 'Thursday',
  fredag: 'Friday',
  lørdag: 'Saturday',
  søndag: 'Sunday',
};
const dayStem = (written: string) => keyIn(days, written);
const dayWords = keysOf(days);

const months: Record<string, string> = {
  januar: 'January',
  februar: 'February',
  marts: 'March',
  april: 'April',
  maj: 'May',
  juni: 'June',
  juli: 'July',
  august: 'August',
  september: 'September',
  oktober: 'October',
  november: 'November',
  december: 'December',
};
const monthWords = Object.keys(months).join('|');

/** The verbs the user or a contact did, as Danish writes them in the past, and in English. */
const verbs: ReadonlyArray<readonly [string, string]> = [
  ['ringede tilbage', 'rang back'],
  ['ringede til', 'rang'],
  ['ringede', 'rang'],
  ['lagde en voicemail til', 'left a voicemail for'],
  ['skrev en mail til', 'emailed'],
  ['skrev en (?:besked|sms) til', 'messaged'],
  ['skrev til', 'wrote to'],
  ['skrev', 'wrote'],
  ['mailede', 'emailed'],
  ["sms['’]?ede", 'texted'],
  ["dm['’]?ede", "dm'd"],
  ['sendte', 'sent'],
  ['takkede', 'thanked'],
  ['mødtes med', 'met'],
  ['mødtes', 'met'],
  ['mødte', 'met'],
  ['connectede med', 'connected with'],
  ['connectede', 'connected'],
  ['så', 'saw'],
  ['spurgte om', 'asked if'],
  ['spurgte', 'asked'],
  ['spørger om', 'is asking if'],
  ['bad om', 'asked for'],
  ['svarede ikke', "didn't reply"],
  ['svarede', 'replied'],
  ['fulgte op med', 'followed up with'],
  ['fulgte op på', 'followed up on'],
  ['fulgte op', 'followed up'],
  ['rykkede', 'chased'],
  ['nudgede', 'nudged'],
  ['pingede', 'pinged'],
  ['chasede', 'chased'],
  ['likede', 'liked'],
  ['kommenterede på', 'commented on'],
  ['followede', 'followed'],
  ['taggede', 'tagged'],
  ['gennemgik', 'reviewed'],
  ['anbefalede', 'recommended'],
  ['introducerede', 'introduced'],
  ["intro['’]ede", "intro'd"],
  ['tilbød at', 'offered to'],
  ['introducere', 'introduce'],
  ['referere', 'refer'],
  ['anbefale', 'recommend'],
  ['gav', 'gave'],
  ['fik', 'got'],
  ['snakkede med', 'talked with'],
  ['snakkede om', 'talked about'],
  ['snakkede', 'talked'],
  ['talte med', 'talked with'],
  ['drak kaffe med', 'had coffee with'],
  ['drak kaffe', 'had coffee'],
  ['spiste frokost med', 'had lunch with'],
  ['viste mig', 'showed me'],
  ['delte', 'shared'],
  ['inviterede', 'invited'],
];
const verbWords = verbs.map(([danish]) => loose(danish)).join('|');

/** Words and phrases no English note uses, put into English where they stand. */
const danishWords: readonly Swap[] = [
  // "kaffe m Chloe", "frokost m. Sam": with.
  [/(?<=(?:kaffe|frokost|frokosten|møde|middag|øl|coffee|lunch) )m\.?(?= \p{Lu})/gu, 'med'],
  // Silence since a day: "intet svar siden d. 18/11" (the day is not the line's).
  [word('(?:intet|ingen) svar siden(?: d\\.| den)?'), 'no reply since'],
  // Days and dates: "i går", "i forgårs", "i torsdags", "sidste uge", "d. 18/11", "den 3. november".
  [word('i forgårs'), 'the day before yesterday'],
  [word('i går aftes|i går morges|i går'), 'yesterday'],
  [word('i dag|i morges'), 'today'],
  [word('(?:i )?sidste uge|ugen før'), 'last week'],
  [word('for en uge siden'), 'a week ago'],
  [
    word('for (\\d+|to|tre) dage siden'),
    (_m: string, n: string) => `${n === 'to' ? 2 : n === 'tre' ? 3 : n} days ago`,
  ],
  [
    new RegExp(String.raw`(?<![\p{L}'’-])i (${dayWords})s(?![\p{L}'’-])`, 'giu'),
    (m: string, day: string) => {
      const stem = dayStem(day);
      return stem ? `on ${days[stem] ?? ''}` : m;
    },
  ],
  [
    new RegExp(String.raw`(?<![\p{L}'’-])(${dayWords})(?![\p{L}'’-])`, 'gu'),
    (m: string, day: string) => days[dayStem(day) ?? ''] ?? m,
  ],
  [
    new RegExp(
      String.raw`(?<![\p{L}'’-])(?:d\.|den) (\d{1,2})\.? (${monthWords})(?![\p{L}'’-])`,
      'giu',
    ),
    (_m: string, day: string, month: string) => `on ${day} ${months[month.toLowerCase()] ?? month}`,
  ],
  [/(?<![\p{L}'’-])(?:d\.|den) (?=\d{1,2}[./]\d{1,2})/giu, 'on '],
  // Silence: "intet svar", "ingen svar endnu", "har ikke hørt fra".
  [word('(?:stadig )?(?:intet|ingen) svar(?: endnu)?|intet endnu|stadig intet'), 'no reply yet'],
  [word('har ikke hørt fra'), 'no reply from'],
  // A day, then the verb, then who did it: "i går ringede Kate", "i torsdags sendte jeg Priya".
  [
    new RegExp(
      String.raw`(?<=^|[,;] )(yesterday|today|the day before yesterday|last week|on \p{L}+day) (${verbWords}) jeg(?![\p{L}'’-])`,
      'giu',
    ),
    '$1 I $2',
  ],
  [
    new RegExp(
      String.raw`(?<=^|[,;] )(yesterday|today|the day before yesterday|last week|on \p{L}+day) (${verbWords}) (\p{L}+(?: \p{Lu}\p{L}*)?)(?=$|[ ,;.!])`,
      'gu',
    ),
    (m: string, day: string, verb: string, who: string) =>
      isKnownGivenName(who.split(' ')[0] ?? '')
        ? `${day} ${who} ${verb}${/^(?:ringede|mailede|skrev|sms)/iu.test(verb) ? ' me' : ''}`
        : m,
  ],
  // "Alex takkede for introen": thanks with no one after it is the contact's, to the user.
  [
    /(?<![\p{L}'’-])(\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?) takkede for(?![\p{L}'’-])/gu,
    (m: string, who: string) =>
      isKnownGivenName(who.split(' ')[0] ?? '') ? `${who} thanked me for` : m,
  ],
  // "mødte Nadia til UXPA London", "så Fatima til Ofcoms open day": met them at a gathering.
  [
    new RegExp(
      String.raw`(?<![\p{L}'’-])(${loose('mødte|så|mødtes med')}) ((?:\p{L}+ ){1,3}?)til (?=(\p{Lu})?)`,
      'gu',
    ),
    (_m: string, verb: string, who: string, named?: string) =>
      `${/^s/iu.test(verb) ? 'saw' : 'met'} ${who}${named ? 'at' : 'for'} `,
  ],
  [word('for at høre om'), 'to hear if'],
  [word('efter arbejde|efter arbejdet'), 'after work'],
  [word('efter'), 'after'],
  [word('åbner'), 'is opening'],
  [word('sæt af'), 'set of'],
  [word('tale på'), 'speak at'],
  [word('til (?:en|et)'), 'for a'],
  // "the deck de bad om", "portfolioet som hun bad om": what they asked for, after it.
  [
    /(?<![\p{L}'’-])(?:som )?(de|hun|han) bad om(?![\p{L}'’-])/giu,
    (_m: string, who: string) =>
      `${({ de: 'they', hun: 'she', han: 'he' } as Record<string, string>)[who.toLowerCase()] ?? 'they'} asked for`,
  ],
  // "Aisha Karim bad om feedback", "min gamle chef mailede om en rolle": a contact who asked or
  // wrote, with no one after the verb, did so to the user.
  [
    new RegExp(
      String.raw`(?<=[\p{L}.)] )(bad om|mailede om|skrev om|ringede om)(?![\p{L}'’-])`,
      'giu',
    ),
    (_m: string, verb: string) =>
      (
        ({
          'bad om': 'asked me for',
          'mailede om': 'emailed me about',
          'skrev om': 'wrote to me about',
        }) as Record<string, string>
      )[verb.toLowerCase()] ?? 'rang me about',
  ],
  [word('sendte (\\p{L}+) navn videre til'), 'passed $1 name on to'],
  [word('min gamle chef|min tidligere chef'), 'my old boss'],
  [word('de hyrer|de ansætter'), 'they are hiring'],
  [word('vil hyre|vil ansætte'), 'want to hire'],
  [word('må|maa'), 'may'],
  [word('interviewe'), 'interview'],
  [word('i (?:et|en)'), 'in a'],
  [
    new RegExp(String.raw`(?<![\p{L}'’-])i (${monthWords})(?![\p{L}'’-])`, 'giu'),
    (_m: string, month: string) => `in ${months[month.toLowerCase()] ?? month}`,
  ],
  // Who put whom in touch, who would help, and what was said: "satte mig i forbindelse med",
  // "vil gerne anbefale mig", "har sagt ja til at referere mig", "skrev paa whatsapp at …".
  [word('satte mig i forbindelse med'), 'put me in touch with'],
  [word('vil gerne (anbefale|referere|introducere) mig'), 'offered to $1 me'],
  [word('vil gerne bruge mig som'), 'want to use me as'],
  [word('har sagt ja til at'), 'agreed to'],
  [word('vil gerne se'), 'would like to see'],
  [word('vil gerne'), 'would like to'],
  [
    new RegExp(
      String.raw`(?<![\p{L}'’-])(${loose('skrev|sagde|fortalte|mailede')})((?: ${loose('på')} [\p{L}]+)?) at(?![\p{L}'’-])`,
      'giu',
    ),
    '$1$2 that',
  ],
  [word('skrev til (.{1,40}?) med en (artikel|rapport)'), 'sent $1 an $2'],
  [word('skrev til (.{1,40}?) med et link'), 'sent $1 a link'],
  [word('bad mig(?: om at)?'), 'asked me to'],
  [word('har bedt om'), 'has asked for'],
  [word('giver (\\p{L}+) navn videre til'), 'is passing $1 name on to'],
  [word('fulgte mig'), 'followed me'],
  [word('kommenterede(?! (?:på|paa) )'), 'commented on'],
  [word('om jeg har'), 'if I have'],
  [word('om jeg'), 'if I'],
  [word('(hiring )?manageren'), 'the $1manager'],
  [word('jeg har'), 'I have'],
  [word('tid'), 'time'],
  [word('referencer|referencerne'), 'references'],
  [
    new RegExp(
      String.raw`(?<![\p{L}'’-])bad ((?:\p{Lu}[\p{L}'’-]* ){1,3}(?:fra \p{L}+ )?)om(?![\p{L}'’-])`,
      'gu',
    ),
    'asked $1for',
  ],
  [word('om der er noget'), 'if there is anything'],
  [word('fik en (?:mail|email) fra'), 'got an email from'],
  [word('fik en (?:opringning|opkald) fra'), 'got a call from'],
  [word('(?:hun|han) gav mig gode råd'), 'good advice'],
  [word('gode råd|råd'), 'advice'],
  [word('er blevet besat|er besat'), 'has been filled'],
  [word('(?:ikke noget|intet) svar(?: endnu)?'), 'no reply yet'],
  // "for to uger siden", "for 3 dage siden": ago.
  countAgo(letters, {
    before: 'for',
    after: 'siden',
    counts: { en: '1', et: '1', to: '2', tre: '3', fire: '4' },
    units: {
      uger: 'weeks',
      uge: 'weeks',
      dage: 'days',
      dag: 'days',
      måneder: 'months',
      måned: 'months',
    },
  }),
  [word("for at høre om (\\S+)['’](?:en|et)"), 'to check on the $1'],
  [word('arbejde til mig'), 'work for me'],
  [word('de mangler'), 'they need'],
  [word('mangler stadig'), 'still needs'],
  [word('mangler'), 'need'],
  [word('var til'), 'went to'],
  [word('kan jeg tage'), 'can I do'],
  [word('udfylde'), 'fill in'],
  [word('takkekort'), 'thank-you card'],
  [word('opringning'), 'call'],
  [word('arbejde'), 'work'],
  [word('projekt'), 'project'],
  [word('konsulent'), 'consultant'],
  [word('chefen|chef'), 'boss'],
  [word('snakke'), 'talk'],
  [word('noget'), 'anything'],
  [
    word('til (frokost|kaffe|middag)'),
    (_m: string, what: string) =>
      `for ${({ frokost: 'lunch', kaffe: 'coffee' } as Record<string, string>)[what.toLowerCase()] ?? 'dinner'}`,
  ],
  [word('til ((?:[\\p{L}-]+ ){0,3})(meetup|konference|event|talk)(?:pen|en|et)'), 'at the $1$2'],
  [word('på mail|pr\\. mail'), 'by email'],
  [new RegExp(String.raw`(?<![\p{L}'’-])i (?=\p{Lu}|\d)`, 'gu'), 'in '],
  // "referral'en", "interview'et": the Danish "the" after an apostrophe.
  [/(?<![\p{L}'’-])([\p{L}-]+)['’](?:en|et)(?![\p{L}'’-])/gu, 'the $1'],
  // An English word with the Danish "the" on its end: "introen", "interviewet", "surveyen".
  [
    /(?<![\p{L}'’-])(intro|interview|survey|feedback|referral|portfolio|workshop|invoice|deck|brief|spec|talk|podcast|meetup|event|team|recruiter|panel)(?:en|et|pen)(?![\p{L}'’-])/giu,
    'the $1',
  ],
  ...verbs.map(([danish, english]): Swap => [word(danish), english]),
  // Who, what and how, the small words between.
  [word('hun vil referere mig til'), 'she will refer me to'],
  [word('han vil referere mig til'), 'he will refer me to'],
  [word('vil intro mig til'), 'will intro me to'],
  [word('vil have mig til at'), 'wants me to'],
  // "vil have mig med", "vil have mig paa": they want the user on the work.
  [word('vil have mig (?:med|på) (?:i|in)'), 'wants me on'],
  [
    new RegExp(
      String.raw`(?<![\p{L}'’-])vil have mig (?:med|${loose('på')})(?=\s*(?:$|[,.;!]))`,
      'giu',
    ),
    'wants me for it',
  ],
  [word('vil have'), 'wants'],
  [word('har brug for'), 'needs'],
  [word('søger'), 'is looking for'],
  [word('hyrer|ansætter'), 'are hiring'],
  [word('er lukket|er blevet lukket'), 'is closed'],
  [word('gået til en intern kandidat'), 'gone to an internal candidate'],
  [word('kaffe'), 'coffee'],
  // "over en øl", "øl med Gareth": drinks.
  [wholeWord('(?:en )?(?:øl|oel)', 'giu'), 'drinks'],
  [word('frokost'), 'lunch'],
  [word('middag'), 'dinner'],
  [word('m\\.'), 'with'],
  [word('med'), 'with'],
  [word('fra'), 'from'],
  [word('hos'), 'at'],
  [word('og'), 'and'],
  [word('om'), 'about'],
  [word('til'), 'to'],
  // "paa Tapped", "på Tesco": at a place; "på LinkedIn", "commented on Chidi's post": on it.
  [
    new RegExp(
      String.raw`(?<![\p{L}'’-])(?<!(?:commented|replied|followed up|pinged \p{L}+(?: again)?|wrote(?: to \p{L}+)?) )${loose('på')} (?=(?!(?:LinkedIn|Linkedin|LI|Slack|Teams|Zoom|WhatsApp|Whatsapp|Messenger|Instagram|Twitter|Facebook|Signal|Bluesky|X)\b)\p{Lu}(?!\p{L}*day\b))`,
      'gu',
    ),
    'at ',
  ],
  [word('på'), 'on'],
  [word('mig'), 'me'],
  [word('jeg'), 'I'],
  [word('hun'), 'she'],
  [word('han'), 'he'],
  [word('ham'), 'him'],
  [word('hende'), 'her'],
  [word('min|mit|mine'), 'my'],
  [word('hans'), 'his'],
  [word('hendes'), 'her'],
  [word('deres'), 'their'],
  [word('ikke'), 'not'],
  [word('endnu'), 'yet'],
  [word('stadig'), 'still'],
  [word('igen'), 'again'],
  [word('også'), 'too'],
  [word('bare'), 'just'],
  [word('opdaterede'), 'updated'],
  // "analytics-rolle", "BI-stillingen": a role written onto what it is in.
  [/(?<=\p{L})-(?:stillingen|stilling|rollen|rolle)(?![\p{L}'’-])/giu, ' role'],
  [word('stillingen|stilling|rollen|rolle'), 'role'],
  [word('jobbet'), 'the job'],
  [word('opslaget|opslag'), 'post'],
  [word('artikel|artiklen'), 'article'],
  [word('besked|beskeden'), 'message'],
  [word('kontrakt|kontrakten'), 'contract'],
  [word('opgave|opgaven'), 'job'],
  [word('betalt'), 'paid'],
  [word('ubetalte'), 'unpaid'],
  [word('faktura|fakturaen'), 'invoice'],
  [word('nye|ny|nyt'), 'new'],
  [word('gode|god|godt'), 'good'],
  [word('rapport|rapporten'), 'report'],
  [word('konsulentopgave|freelanceopgave'), 'consulting job'],
  [word('(\\d+) (?:ugers|uger)'), '$1-week'],
  [word('(\\d+) (?:mdr|måneders|måneder)'), '$1-month'],
  [word('har'), 'has'],
  [word('er'), 'is'],
  [word('vil'), 'will'],
  [word('siden'), 'since'],
  [word('en|et'), 'a'],
  [word('den|det'), 'the'],
];

const danishMarker = new RegExp(
  String.raw`(?<![\p{L}'’-])(?:${loose(
    'ringede|mailede|sendte|takkede|bedt om|fulgte mig|middag|mødtes|mødte|spurgte|spørger|svarede|rykkede|nudgede|chasede|pingede|followede|taggede|likede|kommenterede|gennemgik|anbefalede|introducerede|lagde|bad om|åbner|vil have|gået til|hos|skrev til|fulgte op|i går|i forgårs|i dag|sidste uge|frokost|kaffe|jeg|mig|ikke|intet svar|snakkede|tilbød|skrev|fik|på|gerne|mangler|ansætter|søger|connectede|gamle|takkekort|opringning|besat|uger siden|uge siden',
  )}|intro['’]ede|med(?= \p{Lu})|i (?:${dayWords})s|${dayWords})(?![\p{L}'’-])`,
  'iu',
);

/** The line with its Danish put into English; a line with none comes back as it was. */
export function mendDanish(line: string): string {
  if (!danishMarker.test(line)) return line;
  return applySwaps(applySwaps(line, danishWords), [nameWithWhoseS]);
}
