// Swedish in a one-line log put into English before it is read. A Swedish speaker's notes switch
// language mid-line ("ringde Kate igår ang. uppdraget", "fika med Dev i fredags", "Margaret
// ringde mig igår, NHS Digital har ett kontrakt till mig"): Swedish orders a clause as English
// does, save that the verb comes second after a day ("igår ringde Olivia mig", Olivia rang me
// yesterday), says "i fredags" for last Friday, writes whose a thing is with an "s" and no
// apostrophe ("Glovos designteam"), and puts "the" on the end of a word, English words too
// ("portfolion", "feedbacken", "CV:t"). Its words become English in place; a clause that opens
// with a day is put in English order. å, ä and ö typed as a and o read the same. Its written words
// are close to Danish and Norwegian, so a line is read so only when it is Swedish by a word neither
// English, Danish nor Norwegian uses; this reader runs before those two.

import { isKnownGivenName } from './person-name-shape.js';
import {
  applySwaps,
  countAgo,
  englishOrdinal,
  keyboardLetters,
  monthAfterDay,
  type Swap,
  wholeWord,
  nameWithWhoseS,
} from './log-line-tokens.js';

/** Swedish letters as an English keyboard writes them too: "träffade" or "traffade". */
const letters = keyboardLetters({
  å: ['a', 'aa'],
  ä: ['a', 'ae'],
  ö: ['o', 'oe'],
});
const { loose, keyIn, keysOf } = letters;
const word = (text: string) => wholeWord(loose(text), 'giu');
const tail = String.raw`(?![\p{L}'’-])`;
const articles = '(?:a|an|the|en|ett|den|det|min|mitt|sin|deras|my|their)';
const name = String.raw`\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’-]*)?`;

/** A verb in the past ("ringde", "mötte", "träffade", "sa"): what was done, not a plan. */
const pastVerb = new RegExp(
  String.raw`(?<![\p{L}'’-])(?:\p{L}{2,}(?:ade|dde|tte|de|te)|sa|fick|hade|var|gick|${loose('såg')})${tail}`,
  'iu',
);

/** Weekdays, said "i fredags" for the last one. */
const days: Record<string, string> = {
  måndag: 'Monday',
  tisdag: 'Tuesday',
  onsdag: 'Wednesday',
  torsdag: 'Thursday',
  fredag: 'Friday',
  lördag: 'Saturday',
  söndag: 'Sunday',
};
const dayWords = keysOf(days);
const dayIn = (written: string) => days[keyIn(days, written) ?? ''];

/** The verbs the user or a contact did, as Swedish writes them in the past, and in English. */
const verbs: ReadonlyArray<readonly [string, string]> = [
  ['ringde tillbaka', 'rang back'],
  ['lunchade med|åt lunch med', 'had lunch with'],
  ['lunchade', 'had lunch'],
  ['ringde', 'rang'],
  ['mailade tillbaka|mejlade tillbaka', 'emailed back'],
  ['mailade|mejlade|mejla', 'emailed'],
  ['sms:ade|smsade|sms-ade', 'texted'],
  ["dm:ade|dm'ade|dmade", "DM'd"],
  ['whatsappade', 'whatsapped'],
  ['skickade', 'sent'],
  ['tackade', 'thanked'],
  ['träffades', 'met'],
  ['träffade', 'met'],
  ['mötte', 'met'],
  ['fikade med', 'had coffee with'],
  ['fikade', 'had coffee'],
  ['pratade med|snackade med|talade med', 'talked with'],
  ['pratade|snackade', 'talked'],
  ['frågade', 'asked'],
  ['påminde', 'reminded'],
  ['chasade|jagade', 'chased'],
  ['följde upp med', 'followed up with'],
  ['följde upp', 'followed up'],
  ['svarade inte', "didn't answer"],
  ['har inte svarat', "hasn't replied"],
  ['nudgade', 'nudged'],
  ['berättade om', 'told me about'],
  ['kopplade ihop(?! mig)', 'introduced'],
  ['följer', 'followed'],
  ['svarade', 'replied'],
  ['gillade', 'liked'],
  ['taggade', 'tagged'],
  ['körde', 'ran'],
  ['kommenterade på', 'commented on'],
  ['kommenterade', 'commented on'],
  ['delade', 'shared'],
  ['tipsade om', 'told me about'],
  ['tipsade', 'tipped me off'],
  ['introducerade', 'introduced'],
  ['intro:ade|introade', "intro'd"],
  ['intro:a|introa', 'intro'],
  ['pitchade till', 'pitched to'],
  ['pitchade', 'pitched'],
  ['erbjöd sig att', 'offered to'],
  ['erbjöd', 'offered'],
  ['pingade', 'pinged'],
  ['hörde av sig', 'got in touch'],
  ['kopplade ihop mig med', 'put me in touch with'],
  ['följde', 'followed'],
  ['lovade att', 'promised to'],
  ['lovade|lovat', 'promised'],
  ['la till|lade till', 'added'],
  ['skickade över', 'sent over'],
  ['textade', 'texted'],
  ['sa hej till', 'said hi to'],
  ['hjälpte', 'helped'],
  ['gick igenom', 'went over'],
  ['lämnade (?:ett )?röstmeddelande till', 'left a voicemail for'],
  ['lämnade', 'left'],
  ['la till mig|lade till mig', 'added me'],
  ['fick', 'got'],
  ['hade', 'had'],
  ['gav', 'gave'],
];
const verbWords = verbs.map(([swedish]) => loose(swedish)).join('|');

/** Words and phrases no English note uses, put into English where they stand. */
const swedishWords: readonly Swap[] = [
  // "för två veckor sen", "för en vecka sedan", "för 3 dagar sen": ago, before "sedan" is "since".
  countAgo(letters, {
    before: 'för',
    after: 'sen|sedan',
    counts: { en: '1', ett: '1', två: '2', tre: '3', fyra: '4' },
    units: {
      veckor: 'weeks',
      vecka: 'weeks',
      dagar: 'days',
      dag: 'days',
      månader: 'months',
      månad: 'months',
    },
  }),
  // Silence: "inget svar än", "inget besked", "inget från Rachel sedan 20/11".
  [word('(?:fortfarande )?inget (?:svar|besked)(?: än| ännu)?'), 'no reply yet'],
  [word('inget från'), 'nothing from'],
  [word('sedan'), 'since'],
  // Days: "igår", "i förrgår", "idag", "imorse", "förra veckan", "i fredags", "i tisdags".
  [word('i förrgår|förrgår'), 'the day before yesterday'],
  [word('igår kväll|i går kväll|igår|i går'), 'yesterday'],
  [word('idag|i dag|imorse|i morse|i morgse'), 'today'],
  [word('förra veckan'), 'last week'],
  // Months as Swedish writes them after a day: "28 okt", "3 maj".
  monthAfterDay({
    okt: 'Oct',
    oktober: 'October',
    maj: 'May',
    januari: 'January',
    februari: 'February',
    juni: 'June',
    juli: 'July',
    augusti: 'August',
  }),
  // "tyst sen 12/11", "inget hört sen 17/11", "förfallen sen 15/11": a silence's start, or a
  // debt's, is not the day of the line.
  [word('inget hört sen|inget hört sedan'), 'heard nothing since'],
  [word('tyst sen|tyst sedan'), 'quiet since'],
  [word('förfallen|förfallna'), 'overdue'],
  [new RegExp(String.raw`(?<![\p{L}'’-])(?:sen|sedan)(?= \d)`, 'gu'), 'since'],
  [word('nästa vecka'), 'next week'],
  [
    new RegExp(String.raw`(?<![\p{L}'’-])i (${dayWords})s${tail}`, 'giu'),
    (m: string, day: string) => (dayIn(day) ? `on ${dayIn(day)}` : m),
  ],
  // "på fredag" is the coming Friday, a plan's day, no day of the line; after a verb in the past
  // in its clause ("mötte Lee på torsdag", as Norwegian writes it too) it is the day it was done.
  [
    new RegExp(String.raw`(?<![\p{L}'’-])${loose('på')} (${dayWords})${tail}`, 'giu'),
    (...args: string[]) => {
      const [m = '', day = '', offset, line = ''] = args as [string, string, number, string];
      const english = dayIn(day);
      if (!english) return m;
      const clause =
        line
          .slice(0, Number(offset))
          .split(/[,;:.!?]/u)
          .pop() ?? '';
      return `${pastVerb.test(clause) ? 'on' : 'next'} ${english}`;
    },
  ],
  // "den 18:e", "den 1:a": the day of the month; "senast den 18:e" a deadline, "sen den 20:e" a
  // silence's start.
  [
    /(?<![\p{L}'’-])(senast|sen|sedan) den (\d{1,2}):[ea](?![\p{L}'’-])/giu,
    (_m: string, before: string, day: string) =>
      `${/^senast$/iu.test(before) ? 'by' : 'since'} the ${englishOrdinal(day)}`,
  ],
  [
    /(?<![\p{L}'’-])den (\d{1,2}):[ea](?![\p{L}'’-])/gu,
    (_m: string, day: string) => `on the ${englishOrdinal(day)}`,
  ],
  [/(?<![\p{L}\d'’-])(\d+)-(?:månaders|månads)(?=\p{L})/gu, '$1-month '],
  // "6 mån HR analytics", "3 månader": how long, not a Monday.
  [/(?<![\p{L}\d'’-])(\d+) (?:mån|månader|månad)(?![\p{L}'’-])/gu, '$1 months'],
  // "45 min": minutes, no "my".
  [/(?<![\p{L}\d'’-])(\d+) min(?![\p{L}'’-])/gu, '$1 minutes'],
  // "i tors": on Thursday, "i" said before it; "ons" only so ("emily (ons)" is the ONS).
  [/(?<![\p{L}'’-])i ons(?![\p{L}'’-])/gu, 'on Wednesday'],
  [/(?<![\p{L}'’-])i (?=(?:mån|tis|tors|fre)(?![\p{L}'’-]))/gu, ''],
  [
    /(?<![\p{L}'’-])(mån|tis|tors|fre)(?![\p{L}'’-])/gu,
    (_m: string, day: string) =>
      (
        ({
          mån: 'on Monday',
          tis: 'on Tuesday',
          ons: 'on Wednesday',
          tors: 'on Thursday',
        }) as Record<string, string>
      )[day] ?? 'on Friday',
  ],
  // A day, then the verb, then who did it: "igår ringde Olivia mig", "förra veckan träffade jag
  // Thomas": the one who did it comes first in English.
  [
    new RegExp(
      String.raw`(?<=^|[,;:] )((?:yesterday|today|the day before yesterday|last week|on \p{L}+day) )(${verbWords}) jag${tail}`,
      'giu',
    ),
    '$1I $2',
  ],
  [
    new RegExp(
      String.raw`(?<=^|[,;:] )((?:yesterday|today|the day before yesterday|last week|on \p{L}+day) )(${verbWords}) (?:(hon|han)(?: mig)?|(${name}) mig)(?=$|[ ,;.:!])`,
      'gu',
    ),
    (m: string, day: string, verb: string, pronoun?: string, who?: string) => {
      if (pronoun) return `${day}${pronoun} ${verb} mig`;
      return who && isKnownGivenName(who.split(' ')[0] ?? '') ? `${day}${who} ${verb} mig` : m;
    },
  ],
  // "Gareth P tackade på linkedin för intron", "Lee tackade för feedbacken", "sa tack för": the
  // contact's thanks, with no one after it, to the user.
  [
    new RegExp(
      String.raw`(?<![\p{L}'’-])(${name}) (?:tackade|sa tack)((?: ${loose('på')} \p{L}+)?) ${loose('för')}${tail}`,
      'gu',
    ),
    (m: string, who: string, how: string) =>
      isKnownGivenName(who.split(' ')[0] ?? '') ? `${who} thanked me${how} for` : m,
  ],
  [word('sa tack för'), 'thanked me for'],
  [word('mailade och tackade'), 'emailed to thank me'],
  [word('(?:bara )?för att tacka för'), 'to thank me for'],
  [word('bjöd in mig att|bjöd in mig till att'), 'asked me to'],
  [word('bjöd in mig till'), 'invited me to'],
  [word('hålla en|hålla ett'), 'give a'],
  // "ringde Joanne, inget svar, lämnade meddelande": a message left on a call is a voicemail.
  [
    new RegExp(
      String.raw`(?<=${loose('ringde')}[^.;]*)${loose('lämnade')} (?:ett )?(?:meddelande|röstmeddelande)${tail}`,
      'giu',
    ),
    'left a voicemail',
  ],
  // "Alex Morgans inlägg", "Devendras CV-feedback": whose, a full name's too, before a thing.
  [
    new RegExp(
      String.raw`(?<![\p{L}'’-])((\p{Lu}\p{Ll}+)(?: \p{Lu}\p{L}+)?)s (?=(?:inlägg|inlägget|post|posten|CV|cv|feedback|chef|chefen|team|teamet|kollega|artikel|artikeln|länk|länken)(?![\p{L}'’]))`,
      'gu',
    ),
    (m: string, owner: string, first: string) => (isKnownGivenName(first) ? `${owner}'s ` : m),
  ],
  // "fick Hannahs feedback": the one whose it was sent it.
  [
    new RegExp(String.raw`(?<![\p{L}'’-])fick (\p{Lu}\p{Ll}+)s (?=\p{L})`, 'gu'),
    (m: string, who: string) => (isKnownGivenName(who) ? `${who} sent me ` : m),
  ],
  // "Devendras CV-feedback kom på mejl": what came from them, sent.
  [
    new RegExp(
      String.raw`(?<![\p{L}'’-])(\p{Lu}[\p{L}'’ -]{1,30}?)'s ([\p{L}-]+) kom${tail}`,
      'gu',
    ),
    '$1 sent me the $2',
  ],
  // Who put whom in touch, and who asked what.
  [word('satte mig i kontakt med'), 'put me in touch with'],
  [word('introducerade (.{1,40}?) för'), 'introduced $1 to'],
  [word('introducerade mig för'), 'introduced me to'],
  [word('frågade om jag (?:kan|kunde|vill|ville)'), 'asked if I could'],
  [word('frågade om (?:han|hon|de) (?:kan|kunde)'), 'asked if they could'],
  [word('frågade om (?:han|hon|de) (?:vet|känner)'), 'asked if they know'],
  [word('refera mig till|referera mig till|rekommendera mig till'), 'refer me to'],
  [word('ska (?:intro:a|introa|introducera) mig (?:till|för)'), 'will intro me to'],
  [word('ska nämna mig för|ska tipsa om mig för'), 'will mention me to'],
  [word('ska föreslå mig|ska tipsa om mig'), 'will put me forward'],
  [word('gjorde (.{1,30}?) åt mig'), 'made $1 for me'],
  [word('byter till'), 'is moving to'],
  [word('delade (.{1,40}?) med mig'), 'shared $1 with me'],
  [word('undrar om jag (?:har tid|hinner)'), 'asked if I have time'],
  [word('undrar om jag (?:kan|kunde|vill)'), 'asked if I could'],
  [word('undrar om'), 'asked if'],
  [word('kika på|titta på'), 'look at'],
  [word('läsa igenom'), 'read through'],
  [word('bad (honom|henne|dem)(?= \\p{L})'), 'asked $1 to'],
  [word('vill boka in|vill boka'), 'wants to book'],
  [word('vill att jag (?:pratar|talar|håller ett föredrag) på'), 'wants me to speak at'],
  [word('vill ses'), 'wants to meet up'],
  [word('nästa gång'), 'next time'],
  [word('(?:de|han|hon) behöver hjälp med'), 'they need help with'],
  [word('behöver (?:mitt|min|mina)'), 'needs my'],
  [word('behöver'), 'needs'],
  [word('behövde'), 'needed'],
  [
    word('föra fram mitt namn|skicka mitt namn vidare|skicka vidare mitt namn'),
    'put my name forward',
  ],
  [word('redan är tillsatt|är redan tillsatt'), 'has already been filled'],
  [word('är tillsatt'), 'has been filled'],
  [word('skickar (.{1,25}?) vidare till'), 'will pass $1 on to'],
  [word('(?:refererar|rekommenderar) mig'), 'will refer me'],
  [word('puttar fram mig|lyfter fram mig'), 'will put me forward'],
  [word('ska prata med (.{1,40}?) om mig'), 'will mention me to $1'],
  [word('hoppas på'), 'hoping for'],
  [word('vill att jag'), 'wants me to'],
  [word('tar över'), 'take over'],
  [word('vill anlita mig'), 'wants to hire me'],
  [word('nämna mig för'), 'mention me to'],
  [word('vill se exempel på'), 'wants to see examples of'],
  [word('(?:ingen|hon|han) hade (?:inte )?bett om (?:det|den)'), 'unasked'],
  [word('för att höra om'), 'to ask about'],
  [word('(?:fortf\\.?|fortfarande) inget beslut'), 'no decision yet'],
  [word('kollade läget med'), 'checked in about'],
  [word('gick till en intern kandidat'), 'went to an internal candidate'],
  [word('vill ha någon'), 'need someone'],
  [word('frågar om jag (?:kan|vill)'), 'asked if I could'],
  [word('inga roller|inget jobb'), 'no roles'],
  [word('just nu'), 'right now'],
  [word('tyvärr'), 'sadly'],
  [word('skrev tack'), 'said thanks'],
  [word('efter att jag'), 'after I'],
  [word('ses efter jul'), 'see you after Christmas'],
  [word('ska (?:referra|referera|refera|rekommendera) mig'), 'will refer me'],
  [word('referra|referera'), 'refer'],
  [word('intervjua'), 'interview'],
  [word('vara med (?:i|på)'), 'join'],
  [word('vi planerat|vi planerade'), 'we planned'],
  [word('tipsat om|tipsade om'), 'told me about'],
  [word('sa (på .{1,30}?) att'), 'said $1 that'],
  [word('(?:de|han|hon) bad om till'), 'they asked for, for'],
  [word('skickade ett tack|skickade tack'), 'thanked me'],
  [word('ett tackkort|tackkort|tackkortet'), 'a thank-you card'],
  [word('efter jobbet'), 'after work'],
  [word('några från'), 'some people from'],
  [word('tredje gången|andra gången'), 'again'],
  [word('org\\.?nr|organisationsnummer'), 'company number'],
  [word('som leverantör'), 'as a supplier'],
  [word('var på'), 'was at'],
  [word('(textade|sms:ade|smsade|skrev|mejlade|mailade)( \\d{1,2}/\\d{1,2})? att'), '$1$2 that'],
  [word('fick (?:en )?brief'), 'got a brief'],
  [word('bara hej'), 'just hi'],
  [word('hej'), 'hi'],
  [word('inget nytt'), 'no news yet'],
  [word('de anställer'), 'they are hiring'],
  [word('anställer'), 'are hiring'],
  // "SAP:s deck", "AZ:s lead": whose, after a colon as Swedish writes it on an abbreviation.
  [/(?<![\p{L}'’-])(\p{L}+):s(?![\p{L}'’-])/gu, "$1's"],
  // "kaffe m marcus bell": with.
  [/(?<=(?:kaffe|fika|lunch|middag) )m\.?(?= \p{L})/gu, 'med'],
  [word('om (?:en )?(fika|kaffe)(?= nästa| i veckan| snart)'), 'to ask for a coffee'],
  [word('om (?:han|hon|de) (?:kan|kunde)'), 'if they could'],
  [word('om (?:han|hon|de) (?:vet|känner)'), 'if they know'],
  [word('om jag (?:kan|kunde|vill)'), 'if I could'],
  [word('prata på|tala på'), 'speak at'],
  [word('hålla en talk på|hålla ett föredrag på'), 'give a talk at'],
  [word('killen'), 'the guy'],
  [word('tjejen'), 'the woman'],
  [word('grejer|grejerna'), 'work'],
  [/(?<=\p{L})-(?:grejer|grejerna)(?![\p{L}'’-])/giu, ' work'],
  [word('påminnelse'), 'reminder'],
  [word('på(?= (?:en|ett) )'), 'at'],
  [word('sa att'), 'said'],
  [word('öppen'), 'open'],
  [word('att signera'), 'to sign'],
  [word('bad om'), 'asked for'],
  [word('bad mig'), 'asked me to'],
  [word('som (?:hon|han|de) (?:bad om|bett om|hade bett om)'), 'as they asked'],
  [word('vill ha mitt|vill ha min'), 'needs my'],
  [word('vill se mina|vill se mitt|vill se min'), 'wants to see my'],
  [word('vill ha'), 'wants'],
  [word('söker'), 'are hiring'],
  [word('har ett (?:uppdrag|kontrakt|jobb) (?:till|åt) mig'), 'has paid work for me'],
  [word('har frusit all rekrytering'), 'has frozen all hiring'],
  [word('åt mig'), 'for me'],
  [word('håller på med'), 'are working on'],
  [word('(?:rollen|tjänsten|jobbet) är tillsatt'), 'the role has been filled'],
  [word('fick ett (?:mail|mejl) från|fick (?:mail|mejl) från'), 'got an email from'],
  [word('(?:mail|mejl) från'), 'email from'],
  [word('(?:mail|mejl) till'), 'email to'],
  [word('uppföljningsmail till'), 'followed up by email with'],
  [word('thank you-mail|tackmail'), 'thank-you email'],
  [word('på (?:mail|mejl|email)'), 'by email'],
  [word('på telefon'), 'on the phone'],
  [word('på (?:fika|kaffe)'), 'for coffee'],
  [word('på lunch'), 'for lunch'],
  // The user's own work, "the" to a Swede: "skickade portfolion till Robert", sent my portfolio.
  [word('portfolion|portfolio:n'), 'my portfolio'],
  [wholeWord('CV:t|CV:n', 'giu'), 'my CV'],
  // "feedback på meta-eventet", "specen på X-rollen": on it, for it.
  [word('feedback på'), 'feedback on'],
  [word('(?:jobbspecen|specen) på'), 'the job spec for'],
  // "för event marketing manager-rollen", "på meta-eventet": "the" on the end of a compound, in
  // lower case ("om ONS data viz-rollen" keeps its name) and with no "a" or "the" of its own.
  [
    new RegExp(
      String.raw`(?<![\p{L}'’-])(${loose('på')}|om|${loose('för')}|till|for|on) (?=(?:(?!${articles} )\p{Ll}+ ){0,3}\p{Ll}[\p{L}]*-(?:rollen|eventet)${tail})`,
      'gu',
    ),
    (_m: string, before: string) =>
      `${({ om: 'about', for: 'for', on: 'on', till: 'to' } as Record<string, string>)[before.toLowerCase()] ?? (/^p/iu.test(before) ? 'at' : 'for')} the `,
  ],
  // "CV:t", "NDA:n": Swedish "the" on an abbreviation; "portfolion", "intron": on an English word.
  [/(?<![\p{L}'’-])([\p{Lu}]{2,}):(?:t|n|en|et)(?![\p{L}'’-])/gu, 'the $1'],
  [
    /(?<![\p{L}'’-])(portfolio|intro|referral|brief|workshop|feedback|case study|pitch deck|deck|spec|meetup|talk|design system|post|showreel)(?:n|en|et|t)(?![\p{L}'’-])/giu,
    'the $1',
  ],
  [/(?<=\p{L})-(?:rollen|roll)(?![\p{L}'’-])/giu, ' role'],
  [/(?<=\p{L})-(?:uppdraget|uppdrag)(?![\p{L}'’-])/giu, ' job'],
  [/(?<=\p{L})-(?:projektet|projekt)(?![\p{L}'’-])/giu, ' project'],
  [/(?<=\p{L})-(?:talket|talk)(?![\p{L}'’-])/giu, ' talk'],
  [/(?<=\p{L})-(?:tjänsten|tjänst)(?![\p{L}'’-])/giu, ' role'],
  [/(?<=\p{L})-(?:annonsen|annons)(?![\p{L}'’-])/giu, ' job ad'],
  [/(?<=\p{L})-(?:länken|länk)(?![\p{L}'’-])/giu, ' link'],
  [/(?<=\p{L})-(?:teamet)(?![\p{L}'’-])/giu, ' team'],
  [/(?<=\p{L})-?(?:öppningen|öppning)(?![\p{L}'’-])/giu, ' opening'],
  [/(?<=\p{L}{3}(?:ings|ers|öps))roll(?![\p{L}'’-])/giu, ' role'],
  [/(?<=\p{L})-(?:kvällen|kväll)(?![\p{L}'’-])/giu, ' night'],
  [/(?<=\p{L})-(?:kunden|kund)(?![\p{L}'’-])/giu, ' client'],
  [/(?<=\p{L})-(?:eventet|event)(?![\p{L}'’-])/giu, ' event'],
  [/(?<=\p{L})-?(?:mässan|mässa)(?![\p{L}'’-])/giu, ' fair'],
  [/(?<![\p{L}'’-])([\p{L}]+)-guiden(?![\p{L}'’-])/giu, 'the $1 guide'],
  [/(?<=\p{L})-(?:meetupen|meetup)(?![\p{L}'’-])/giu, ' meetup'],
  [/(?<=\p{L})-(?:rapporten|rapport)(?![\p{L}'’-])/giu, ' report'],
  [/(?<=\p{L})-(?:kollegor|kollegorna|kollega)(?![\p{L}'’-])/giu, ' colleagues'],
  // "producentjobb", "oktoberfakturan", "checklistan": a job, an invoice, a list written onto a word.
  [/(?<=\p{L}{3})-?(?:jobbet|jobb)(?![\p{L}'’-])/giu, ' job'],
  [/(?<=\p{L}{3})-?fakturan(?![\p{L}'’-])/giu, ' invoice'],
  [/(?<![\p{L}'’-])(\p{L}{3,})listan(?![\p{L}'’-])/giu, 'the $1list'],
  // "portfolio-pdf:en", "wireframesen": "the" on an English word, after a colon or on a plural.
  [/(?<![\p{L}'’-])([\p{Ll}][\p{L}-]+):(?:en|et|n|t)(?![\p{L}'’-])/gu, 'the $1'],
  [
    /(?<![\p{L}'’-])(wireframes|mockups|slides|designs|files|sketches|screens|flows)(?:en|na)(?![\p{L}'’-])/giu,
    'the $1',
  ],
  // "tipsade Owen om en fotograf": the user told Owen of it, "tipsade om" alone is told to the user.
  [
    new RegExp(String.raw`(?<![\p{L}'’-])tipsade (${name}) om${tail}`, 'gu'),
    (m: string, who: string) =>
      isKnownGivenName(who.split(' ')[0] ?? '') ? `told ${who} about` : m,
  ],
  // "la till Lee Jordan på linkedin": connected there; "la till mig" is the contact's.
  [
    new RegExp(
      String.raw`(?<![\p{L}'’-])(?:la|lade) till (?!mig${tail})(?=[^,;.]{1,40}? ${loose('på')} linkedin${tail})`,
      'giu',
    ),
    'connected with ',
  ],
  // "han lovade höra m sin chef": ask them.
  [word('(?:att )?höra (?:med|m)(?= )'), 'to ask'],
  // "hon kan tänka sig att rekommendera mig internt": she would refer the user.
  [word('kan tänka sig att'), 'could'],
  [word('rekommendera mig|referera mig|refera mig'), 'refer me'],
  [word('ville ha (?:tips|råd)(?: på| om)?'), 'asked me for advice on'],
  [word('ville ha'), 'wanted'],
  // "cazoo har frysta anställningar, rollen är borta": no role left.
  [
    word('har (?:frysta|fryst) (?:anställningar|rekryteringar)|har anställningsstopp'),
    'has frozen hiring',
  ],
  [word('är borta'), 'is gone'],
  [word('sen dess|sedan dess'), 'since then'],
  // "pratade i telefon", "på meet": how they spoke.
  [word('i telefon'), 'on the phone'],
  [word('på (?:google )?meet'), 'on Google Meet'],
  [word('i dm|via dm'), 'by DM'],
  ...verbs.map(([swedish, english]): Swap => [word(swedish), english]),
  // Things.
  [word('tack-sms|tacksms'), 'a thank-you text'],
  [word('tack-mejl|tackmejl'), 'a thank-you email'],
  [word('jobbspecen|specen'), 'the job spec'],
  [word('kontaktförfrågan|kontaktförfrågning'), 'connection request'],
  [word('klient|klienten'), 'client'],
  [word('läslista|läslistan'), 'reading list'],
  [word('öppningar'), 'openings'],
  [word('frilansjobb'), 'freelance job'],
  [word('rekryterare|rekryteraren'), 'recruiter'],
  [word('e-post|epost'), 'email'],
  [word('videosamtal'), 'video call'],
  [word('samtal'), 'call'],
  [word('fika'), 'coffee'],
  [word('kaffe'), 'coffee'],
  [word('kaffet|fikan'), 'the coffee'],
  [word('datan'), 'the data'],
  [word('podd|podden'), 'podcast'],
  [word('hjälp'), 'help'],
  [word('betalt'), 'paid'],
  [word('gav (?:mig )?råd'), 'gave me advice'],
  [word('samma'), 'the same'],
  [word('rekryterar'), 'are hiring'],
  [word('röstmeddelande|röstbrevlåda|röstbrevlådan'), 'voicemail'],
  [word('meddelande'), 'message'],
  [word('jobbannons|annons'), 'job ad'],
  [word('annonsen'), 'the job ad'],
  [word('jobbmässa'), 'job fair'],
  [word('konferensen'), 'conference'],
  [wholeWord('aw|afterwork', 'giu'), 'drinks'],
  [wholeWord('öl', 'giu'), 'drinks'],
  [word('referensen'), 'the reference'],
  [word('referens'), 'reference'],
  [word('kommentarer|kommentarerna'), 'comments'],
  [word('skisserna'), 'the sketches'],
  [word('skisser'), 'sketches'],
  [word('namn'), 'name'],
  [word('frilans'), 'freelance'],
  [word('upphandling|upphandlingen'), 'tender'],
  [word('igen'), 'again'],
  [word('över'), 'over'],
  [word('redan'), 'already'],
  [word('videomöte|videomötet'), 'video call'],
  [wholeWord('vårt|vår|våra', 'giu'), 'our'],
  [word('konferens'), 'conference'],
  [word('minglet|mingel'), 'mixer'],
  [word('öppningen'), 'the opening'],
  [word('öppning'), 'opening'],
  [word('litet|liten|lilla'), 'small'],
  [word('jobbet'), 'the job'],
  [word('jobb'), 'job'],
  [word('rollen|tjänsten'), 'the role'],
  [word('roll|tjänst'), 'role'],
  [word('uppdraget'), 'the job'],
  [word('uppdrag|frilansuppdrag|frilansgig'), 'freelance job'],
  [word('kontraktet'), 'the contract'],
  [word('kontrakt|kontraktsroll'), 'contract'],
  [word('fakturan'), 'the invoice'],
  [word('faktura'), 'invoice'],
  [word('artikeln'), 'the article'],
  [word('artikel'), 'article'],
  [word('länken'), 'the link'],
  [word('länk'), 'link'],
  [word('inlägget|inlägg'), 'post'],
  [word('intervjun'), 'the interview'],
  [word('intervju'), 'interview'],
  [word('tipset'), 'the tip'],
  [word('rådet'), 'the advice'],
  [word('chefen|chef'), 'manager'],
  [word('kollega'), 'colleague'],
  [word('priser'), 'rates'],
  // Whose, said after the thing: "sin chef", "mitt CV", "hans app".
  [word('min|mitt|mina'), 'my'],
  [word('sin|sitt|sina|deras'), 'their'],
  [word('hennes'), 'her'],
  [word('hans'), 'his'],
  // The small words between.
  [word('ang\\.?|angående'), 'about'],
  [wholeWord('och|o', 'gu'), 'and'],
  [word('med'), 'with'],
  // "m Olivia": with; "H&M" is a firm.
  [/(?<![\p{L}\d&'’/-])m(?= \p{L})/gu, 'with'],
  // Lower case: "Fran" is a name.
  [wholeWord('från|fran|fr', 'gu'), 'from'],
  [word('till'), 'to'],
  [word('om'), 'about'],
  [word('hos'), 'at'],
  [word('för'), 'for'],
  [word('efter'), 'after'],
  [
    new RegExp(
      String.raw`(?<![\p{L}'’-])${loose('på')} (?=(?!(?:LinkedIn|Linkedin|Slack|Teams|Zoom|WhatsApp|Whatsapp|DM|Instagram|Twitter)\b)\p{Lu})`,
      'gu',
    ),
    'at ',
  ],
  // "gareth på admiral", "träffade aisha på edie konferensen": at, in lower case too, but
  // "på linkedin", "på telefon", "på deras post" and "på skisserna" (a thing, "the" on its end).
  [
    new RegExp(
      String.raw`(?<![\p{L}'’-])${loose('på')} (?=(?!(?:linkedin|slack|teams|zoom|whatsapp|dm|instagram|twitter|facebook|messenger|signal|telefon|mail|mejl|email|sms|video|distans|med|with|to|for|from|about|kafe|kaffe|fika|coffee|lunch|their|his|her|my|deras|hans|hennes|min|mitt|mina|sin|sitt|sina|it|the|a|an|en|ett|den|det)${tail})(?!\p{L}+(?:erna|arna|orna|et)${tail})\p{Ll}{2,})`,
      'gu',
    ),
    'at ',
  ],
  [word('på'), 'on'],
  [word('mig'), 'me'],
  [word('jag'), 'I'],
  // Lower case: "Hon." is an honorific.
  [wholeWord('hon', 'gu'), 'she'],
  [word('han'), 'he'],
  [word('honom'), 'him'],
  [word('henne'), 'her'],
  [wholeWord('de(?! \\p{Lu})', 'gu'), 'they'],
  [word('inte'), 'not'],
  [word('än|ännu'), 'yet'],
  [word('också'), 'too'],
  [word('bara'), 'just'],
  [word('någon'), 'someone'],
  [word('några'), 'any'],
  [word('nya|ny|nytt'), 'new'],
  [word('har'), 'has'],
  [word('är'), 'is'],
  [word('vill'), 'wants to'],
  [word('ska'), 'will'],
  [word('kan'), 'can'],
  [word('att'), 'to'],
  [word('som'), 'that'],
  [word('(?:en|ett)(?= [aeiou])'), 'an'],
  [word('en|ett'), 'a'],
  [word('den|det'), 'it'],
  [wholeWord('i', 'gu'), 'in'],
];

/** Swedish by a word neither English, Danish nor Norwegian writes. */
const swedishMarker = new RegExp(
  String.raw`(?<![\p{L}'’-])(?:${loose(
    'ringde|mailade|mejlade|skickade|taggade|whatsappade|söker|öppning|öppningar|svarade|följer|berättade|kommenterade|inlägg|inlägget|videomöte|lunchade|bjöd in|erbjöd sig|tackade|träffade|träffades|mötte|pratade|frågade|påminde|gillade|tipsade|introducerade|fika|fikade|igår|förra veckan|i förrgår|inget svar|inget besked|röstmeddelande|videosamtal|satte mig i kontakt|gick igenom|lämnade|jobbannons|sa tack|sa att|chasade|la till mig|öppen|vill|refera|följde upp|pingade|textade|erbjöd|nämna|åt mig|skrev till|mingel|konferensen|anställer|sa hej|hörde av sig|kopplade ihop|undrar|behöver|behövde|lovade|jagade|delade|samtal|vill ses|tackkort|tredje gången|inget hört|förfallen|bad honom|bad henne|följde|la till|snackade',
  )}|sms:ade|dm:ade|intro:ade)${tail}`,
  'iu',
);
/**
 * Small Swedish words, in lower case only ("Hon." is an honorific, "Fran" and "Mina" names; "i
 * måndags" is the Swedish spelling, Danish writes "i mandags"), and
 * "och" only between two words ("och, Olivia emailed" is Scots).
 */
const swedishSmallWords =
  /(?<![\p{L}'’-])(?:jag|inte|också|från|hon|mina|ska|deras|i (?:måndags|tisdags|lördags|söndags))(?![\p{L}'’-])|(?<=\p{L} )och(?= \p{L})/u;

/** The line with its Swedish put into English; a line with none comes back as it was. */
export function mendSwedish(line: string): string {
  if (!swedishMarker.test(line) && !swedishSmallWords.test(line)) return line;
  return applySwaps(applySwaps(line, swedishWords), [nameWithWhoseS]);
}
