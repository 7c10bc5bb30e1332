// Norwegian in a one-line log put into English before it is read. A Norwegian speaker's notes
// switch language mid-line ("ringte Kate ang. rollen hos Sky", "møtte Dev på kaffe i forgårs",
// "i går ringte Olivia meg om en kontrakt"): Norwegian orders a clause as English does, save that
// the verb comes second after a day ("i går ringte Olivia meg", Olivia rang me yesterday), and
// says whose a thing is with "sin" after the owner ("Wei sin post") or "til" after the thing
// ("posten til Oliver"). Its words become English in place; a clause that opens with a day is put
// in English order. æ, ø and å written as ae, o and a on an English keyboard read the same. Its
// written words are close to Danish, so a line is read so only when it is Norwegian by a word
// neither English nor Danish uses; this reader runs before the Danish one.

import { isKnownGivenName } from './person-name-shape.js';
import {
  applySwaps,
  countAgo,
  englishOrdinal,
  keyboardLetters,
  monthAfterDay,
  nameWithWhoseS,
  type Swap,
  wholeWord,
} from './log-line-tokens.js';

/** Norwegian letters as an English keyboard writes them too: "møtte" or "motte", "på" or "pa". */
const letters = keyboardLetters({ æ: ['ae'], ø: ['oe', 'o'], å: ['aa', 'a'] });
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
  // Nynorsk.
  tysdag: 'Tuesday',
  laurdag: 'Saturday',
  sundag: 'Sunday',
};
const dayWords = keysOf(days);
const dayIn = (written: string) => days[keyIn(days, written) ?? ''];

/** The verbs the user or a contact did, as Norwegian writes them in the past, and in English. */
const verbs: ReadonlyArray<readonly [string, string]> = [
  ['ringte tilbake', 'rang back'],
  ['ringte til', 'rang'],
  ['ringte', 'rang'],
  ['mailet til|mailte til', 'emailed'],
  ['mailet|mailte|e-postet', 'emailed'],
  ['sendte en (?:mail|e-post|epost) til', 'emailed'],
  ['sendte en (?:melding|sms) til', 'messaged'],
  ["sms['’]?et|smset|tekstet", 'texted'],
  ["dm['’]?et", "dm'd"],
  ['skrev til', 'wrote to'],
  ['skrev', 'wrote'],
  ['sendte meg (?:en )?dm', 'sent me a DM'],
  ['sendte', 'sent'],
  ['meldte(?! (?:meg|seg) på)', 'messaged'],
  ['takket for at (?:jeg|eg|æ) delte', 'thanked me for sharing'],
  // "takka", "prata", "purra": the northern and eastern past.
  ['takket|takka', 'thanked'],
  ['gratulerte', 'congratulated'],
  ['møtte', 'met'],
  ['traff', 'met'],
  ['snakket lenge med', 'talked at length with'],
  ['snakket litt med|pratet litt med', 'talked a bit with'],
  ['snakket med|pratet med|snakka med|prata med', 'talked with'],
  ['snakket|pratet', 'talked'],
  ['spiste lunsj med', 'had lunch with'],
  ['tok en kaffe med|tok kaffe med|drakk kaffe med', 'had coffee with'],
  ['spurte', 'asked'],
  ['purret på|purret|purra|maste på|mast på', 'chased'],
  ['fulgte opp med', 'followed up with'],
  ['fulgte opp', 'followed up'],
  ['svarte ikke', "didn't reply"],
  ['svarte', 'replied'],
  ['likte', 'liked'],
  ['kommenterte', 'commented on'],
  ['la igjen en kommentar på|la en kommentar på', 'commented on'],
  ['la igjen (?:en )?beskjed til', 'left a message for'],
  ['la igjen (?:en )?beskjed', 'left a message'],
  ['la igjen (?:en )?talemelding til', 'left a voicemail for'],
  ['la igjen (?:en )?talemelding', 'left a voicemail'],
  ['la inn et godt ord', 'put in a good word'],
  ['la meg til', 'added me'],
  ['la ved', 'shared'],
  ['delte', 'shared'],
  ['har anbefalt meg til', 'has recommended me to'],
  ['går gjennom|ser over', 'is going through'],
  ['tok telefonen fra', 'took a call from'],
  ['tok en video', 'had a video call'],
  ['svarte på', 'replied to'],
  ['videresendte', 'forwarded'],
  ['følger nå|begynte å følge', 'followed'],
  ['lovet|lova|lovte', 'promised'],
  ['anbefalte', 'recommended'],
  ['introduserte', 'introduced'],
  ["intro['’]?et", "intro'd"],
  ['inviterte', 'invited'],
  ['tilbød seg å', 'offered to'],
  ['tilbød å', 'offered to'],
  ['tilbød', 'offered'],
  ['hjalp', 'helped'],
  ['nevnte', 'mentioned'],
  ['(?<!for )tipset (?:meg )?om', 'told me about'],
  ['husket', 'remembered'],
  ['sjekket', 'checked'],
  ['gikk gjennom', 'reviewed'],
  ['ga meg', 'gave me'],
  ['ga', 'gave'],
  ['fikk', 'got'],
  ['hadde', 'had'],
];
const verbWords = verbs.map(([norwegian]) => loose(norwegian)).join('|');

/** A call, mail or message verb whose contact, named before it, reached the user. */
const reachedMe = /^(?:ringte|mailet|mailte|skrev|sms|tekstet)/iu;

const tail = String.raw`(?![\p{L}'’-])`;
const name = String.raw`\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’-]*)?`;

/** Words and phrases no English note uses, put into English where they stand. */
const norwegianWords: readonly Swap[] = [
  // Silence and since: "ikke hørt noe siden den 20.", "ingen svar", "ingenting enda".
  [word('(?:har )?ikke hørt noe(?: fra (?:dem|henne|ham))?'), 'heard nothing'],
  [word('(?:har )?ikke hørt (?:noe )?fra'), 'heard nothing from'],
  [word('(?:fortsatt )?ingen svar(?: enda| ennå)?|ingenting enda|ingenting ennå'), 'no reply yet'],
  [word('ingenting'), 'nothing'],
  // "videomøte m/ Yusuf", "kaffe m Chloe": with.
  [/(?<![\p{L}'’-])m\/ ?(?=\p{L})/giu, 'med '],
  [
    new RegExp(String.raw`(?<=(?:kaffe|lunsj|middag|møte|${loose('øl')}) )m(?= \p{Lu})`, 'gu'),
    'med',
  ],
  // Days and dates: "i går", "i går kveld", "i forgårs", "forrige uke", "på fredag", "den 12.".
  [word('i forgårs'), 'the day before yesterday'],
  [word('i går (?:kveld|morges|ettermiddag)|i går'), 'yesterday'],
  [word('i dag|i morges|i formiddag'), 'today'],
  [word('forrige uke|sist uke|i forrige uke'), 'last week'],
  // "for en uke siden", "for to dager siden", "for tre uker siden": ago.
  countAgo(letters, {
    before: 'for',
    after: 'siden',
    counts: { en: '1', ei: '1', et: '1', to: '2', tre: '3', fire: '4' },
    units: {
      uker: 'weeks',
      uke: 'weeks',
      dager: 'days',
      dag: 'days',
      måneder: 'months',
      måned: 'months',
    },
  }),
  [word('neste uke'), 'next week'],
  [word('uker'), 'weeks'],
  [word('uke'), 'week'],
  [word('i helgen'), 'at the weekend'],
  [
    new RegExp(String.raw`(?<![\p{L}'’-])(?:${loose('på')} )?(${dayWords})${tail}`, 'giu'),
    (m: string, day: string) => {
      const english = dayIn(day);
      return english ? `on ${english}` : m;
    },
  ],
  // "innen den 4." a deadline, "siden den 20." a silence's start, "den 12." a day of the month.
  [
    new RegExp(String.raw`(?<![\p{L}'’-])(innen|siden|fra) den (\d{1,2})\.?(?!\d)`, 'giu'),
    (_m: string, before: string, day: string) =>
      `${({ innen: 'by', siden: 'since' } as Record<string, string>)[before.toLowerCase()] ?? 'from'} the ${englishOrdinal(day)}`,
  ],
  [
    /(?<![\p{L}'’-])den (\d{1,2})\.?(?![\d./])/giu,
    (_m: string, day: string) => `on the ${englishOrdinal(day)}`,
  ],
  // Months as Norwegian writes them after a day: "15. des", "3. mai", "28 okt".
  monthAfterDay({ des: 'Dec', desember: 'December', mai: 'May', okt: 'Oct', oktober: 'October' }),
  // "3. nov": the day's full stop, before a month English writes the same.
  [
    /(?<![\p{L}\d])(\d{1,2})\. (?=(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|nov|Dec|May|Oct)\p{L}*(?![\p{L}'’-]))/giu,
    '$1 ',
  ],
  [word('frist'), 'deadline'],
  // "etter jobb fre", "founders evening fre": a day said short.
  [
    new RegExp(
      String.raw`(?<![\p{L}'’-])(tirs|tors|fre|${loose('lør')}|${loose('søn')})(?![\p{L}'’.-])`,
      'gu',
    ),
    (day: string) =>
      `on ${({ tirs: 'Tuesday', tors: 'Thursday', fre: 'Friday' } as Record<string, string>)[day] ?? (/^l/u.test(day) ? 'Saturday' : 'Sunday')}`,
  ],
  // A day, then the verb, then who did it: "i går ringte Olivia meg", "forrige uke møtte jeg
  // Thomas", "i går ringte hun": the one who did it comes first in English. A name with no "meg"
  // after it is whom the user reached, as a note leaves out "jeg": "20/10 møtte Kari Nilsen".
  [
    new RegExp(
      String.raw`(?<=^|[,;:] )((?:yesterday|today|the day before yesterday|last week|on \p{L}+day|on the \d+\p{L}{2}|\d{1,2}[./]\d{1,2}\.?) )(${verbWords}) jeg${tail}`,
      'giu',
    ),
    '$1I $2',
  ],
  [
    new RegExp(
      String.raw`(?<=^|[,;:] )((?:yesterday|today|the day before yesterday|last week|on \p{L}+day|on the \d+\p{L}{2}|\d{1,2}[./]\d{1,2}\.?) )(${verbWords}) (?:(hun|han)(?: meg)?|(${name}) meg)(?=$|[ ,;.:!])`,
      'gu',
    ),
    (m: string, day: string, verb: string, pronoun?: string, who?: string) => {
      if (pronoun) return `${day}${pronoun} ${verb}${reachedMe.test(verb) ? ' meg' : ''}`;
      return who && isKnownGivenName(who.split(' ')[0] ?? '') ? `${day}${who} ${verb} meg` : m;
    },
  ],
  // Whose: "Wei sin post", "Accenture sin testing practice", "posten til Oliver Grant".
  [
    new RegExp(String.raw`(?<![\p{L}'’-])(${name}) (?:sin|sitt|sine)(?= )`, 'gu'),
    (_m: string, owner: string) => `${owner}${/s$/u.test(owner) ? '’' : "'s"}`,
  ],
  [
    new RegExp(String.raw`(?<![\p{L}'’-])(posten|innlegget) til (${name})`, 'gu'),
    (_m: string, _post: string, owner: string) => `${owner}'s post`,
  ],
  // "Rob Singh takket for notatet": thanks with no one after it is the contact's, to the user.
  [
    new RegExp(
      String.raw`(?<![\p{L}'’-])(${name}) takket((?: ${loose('på')} \p{L}+)?) for${tail}`,
      'gu',
    ),
    (m: string, who: string, how: string) =>
      isKnownGivenName(who.split(' ')[0] ?? '')
        ? `${who} thanked me${how.replace(/^ \S+/u, ' by')} for`
        : m,
  ],
  // "Marcus tilbød intro til CTO-en deres": an offer with whom it would reach.
  [word('tilbød (?:en )?intro til'), 'offered an intro to'],
  [word('satte meg i kontakt med|koblet meg med|koblet meg på'), 'put me in touch with'],
  [word('introduserte (.{1,40}?) for'), 'introduced $1 to'],
  [word('vil (?:gjerne )?(anbefale|refere|referere|introdusere) meg'), 'offered to $1 me'],
  [word('(?:vil|kan|skal) sette meg i kontakt med'), 'offered to put me in touch with'],
  [word('sette meg i kontakt med'), 'put me in touch with'],
  // "sa ja til å refere meg internt": agreed to.
  [word('sa ja til (?:å|aa)'), 'agreed to'],
  [word('internt'), 'internally'],
  // "kan sende CVen min videre til": pass it on.
  [word('sende (.{1,25}?) videre til'), 'pass $1 on to'],
  [word('kan intro meg til|vil intro meg til'), 'can intro me to'],
  [word('vil (?:jeg|eg) bli med (?:i|på)'), 'asked if I would join'],
  [word('lur(?:er|te) på om (?:jeg|eg|æ) (?:vil|kan)'), 'asked if I would'],
  [word('lur(?:er|te) på om (?:jeg|eg|æ) har(?! tid)'), 'asked if I have'],
  [word('lurte på om'), 'wondered if'],
  [word('vil ha meg som'), 'asked me to be'],
  [word('(?:hun|han|ho|de) takker for'), 'thanked me for'],
  [new RegExp(String.raw`(?<![\p{L}'’-])ringte (${name}) tilbake${tail}`, 'gu'), 'rang $1 back'],
  // "meldte Sam om kaffe neste uke": a coffee asked for.
  [word('(?<!spurte )om (?:en )?(kaffe|lunsj)(?= next| neste| i neste| snart)'), 'to ask for a $1'],
  // "ringte Thomas, la igjen beskjed": a message left on a call is a voicemail.
  [
    new RegExp(
      String.raw`(?<=ringte[^.;]*)la igjen (?:en )?beskjed(?: ${loose('på')} telefonsvareren)?${tail}`,
      'giu',
    ),
    'left a voicemail',
  ],
  // "sendte Isla Ferguson CV": the user's own.
  [
    new RegExp(String.raw`(?<![\p{L}'’-])(sendte|mailet|mailte) (${name}) (?:CV|cv)${tail}`, 'gu'),
    '$1 $2 my CV',
  ],
  // "fikk Hannahs feedback": the one whose it was sent it.
  [
    new RegExp(String.raw`(?<![\p{L}'’-])fikk (\p{Lu}\p{Ll}+)s (?=\p{L})`, 'gu'),
    (m: string, who: string) => (isKnownGivenName(who) ? `${who} sent me ` : m),
  ],
  [word('vil ha (?:CV|CV-en|CVen|cv)'), 'wants my CV'],
  [word('vil ha (?:tips|råd) om'), 'asked me for advice on'],
  [word('(?:å|aa) flytte til'), 'moving to'],
  [word('uten at (?:hun|han|ho|de) ba om det'), 'without them asking'],
  [word('om meg selv'), 'about myself'],
  [word('allerede (?:er|ble) (?:fylt|besatt)'), 'has already been filled'],
  [word('(?:er|ble) (?:fylt|besatt)'), 'has been filled'],
  [word('(?:er|ble) trukket'), 'has been pulled'],
  [word('er borte'), 'is gone'],
  [word('som kommer ut'), 'coming out'],
  [/(?<![\p{L}'’-])to (?=(?:roller|stillinger|jobber|kontrakter)(?![\p{L}'’-]))/giu, 'two '],
  [word('en takk'), 'thanks'],
  [word('vil ha meg (?:med |inn )?(?:på|i)'), 'wants me on'],
  [word('vil ha meg med'), 'wants me for it'],
  [word('spurte om (?:jeg|eg) (?:vil|kan)'), 'asked if I would'],
  [word('snakke på|prate på'), 'speak at'],
  [word('hjelpe med'), 'help with'],
  [word('kan ikke hjelpe'), "can't help"],
  [word('ikke noe nytt|ingenting nytt'), 'nothing new'],
  [word('ingen åpning'), 'no opening'],
  [word('ville ha'), 'wanted'],
  [word('navnet på'), 'the name of'],
  [word('(?:en )?takk for'), 'thanks for'],
  [word('i sentrum'), 'in town'],
  [word('på besøk'), 'visiting'],
  [word('samme'), 'the same'],
  [word('(?:de|han|hun|ho) sender meg'), 'they will send me'],
  [word('status på'), 'the status of'],
  [word('som (?:ho|hun|han) ba om'), 'as they asked'],
  [word('spurte om (?:evt\\.? )?(?:en )?(kaffe|lunsj)'), 'asked for a $1'],
  [word('spurte om(?= (?:hun|han|de|det|noen) )'), 'asked if'],
  [word('spurte om evt\\.?'), 'asked about maybe'],
  [word('spurte om'), 'asked about'],
  // "CVen hun ba om til Lloyds-kontrakten": what they asked for, for the contract.
  [word('(?:hun|han|ho|de) ba om til'), 'they asked for, for'],
  [word('ba (?:meg )?om (?:en|et) '), 'asked for a '],
  [word('ba meg om'), 'asked me for'],
  // "ba på mail om arbeidsprøver": asked the user by email.
  [word('ba (?:på|per) (?:mail|e-post|epost) om'), 'asked by email for'],
  [word('ba (ham|henne|dem)(?= \\p{L})'), 'asked $1 to'],
  [word('lese gjennom'), 'read through'],
  [word('ba meg'), 'asked me to'],
  [word('ba om'), 'asked for'],
  [new RegExp(String.raw`(?<![\p{L}'’-])ba (${name}) om${tail}`, 'gu'), 'asked $1 for'],
  [word('siden (?:hun|han|de) ba om det'), 'as they asked for it'],
  [word('(?:hun|han|de) ba om'), 'they asked for'],
  [word('se over|gå gjennom|kikke på'), 'look over'],
  [word('sjekket om'), 'checked if'],
  [word('fikk snakket med'), 'got to talk with'],
  [word('holde et foredrag'), 'give a talk'],
  [word('gi tilbakemelding'), 'give feedback'],
  [word('fikk (?:en )?(?:mail|e-post|epost) fra'), 'got an email from'],
  [word('fikk (?:en )?(?:melding|sms) fra'), 'got a message from'],
  [word('fikk (?:en )?telefon fra|fikk en oppringning fra'), 'got a call from'],
  [word('(?:mail|e-post|epost) fra'), 'email from'],
  [word('(?:mail|e-post|epost) til'), 'email to'],
  [word('(?:melding|sms) fra'), 'message from'],
  [word('på (?:mail|e-post|epost)'), 'by email'],
  [word('på sms'), 'by text'],
  [word('på telefon(?:en)?'), 'on the phone'],
  // "la igjen beskjed på telefonsvareren": a voicemail.
  [word('la igjen (?:en )?beskjed på telefonsvareren'), 'left a voicemail'],
  [word('telefonsvareren|telefonsvarer'), 'voicemail'],
  // "la til Hannah Schmidt på LinkedIn": connected there.
  [
    new RegExp(
      String.raw`(?<![\p{L}'’-])la til (?!meg${tail})(?=[^,;.]{1,40}? ${loose('på')} linkedin${tail})`,
      'giu',
    ),
    'connected with ',
  ],
  // "sendte Niamh sms og avtalte kaffe": texted her.
  [new RegExp(String.raw`(?<![\p{L}'’-])sendte (${name}) (?:en )?sms${tail}`, 'gu'), 'texted $1'],
  [word('avtalte'), 'arranged'],
  [word('(?:for )?(?:å|aa) følge opp'), 'to follow up on'],
  [word('teams-chat|teamschat'), 'Teams chat'],
  [word('(?:stillingen|jobben) (allerede )?er (?:fylt|besatt)'), 'the role has $1been filled'],
  [word('ser etter'), 'is looking for'],
  [word('som leder'), 'who leads'],
  [word('vil se'), 'wants to see'],
  [word('eksempler på'), 'examples of'],
  [word('(?:har|hadde) (?:en|et|ei) (.{1,40}?) til meg'), 'has a $1 for me'],
  [word('ga meg (?:noen )?(?:gode )?råd'), 'gave me advice'],
  [word('de ansetter'), 'they are hiring'],
  [word('ansetter'), 'are hiring'],
  [word('de trenger'), 'they need'],
  [word('trenger'), 'needs'],
  [word('søker'), 'is looking for'],
  [word('sier'), 'says'],
  [word('sa at|sa'), 'said'],
  [word('vil ha'), 'wants'],
  [word('vil'), 'will'],
  [word('kan'), 'can'],
  [word('skal'), 'will'],
  [word('sender'), 'is sending'],
  // An English word with the Norwegian "the" on its end: "introen", "CTO-en", "spec'en", "repoet".
  [/(?<![\p{L}'’-])([\p{L}]+)(?:-|['’])(?:en|et|a|ene)(?![\p{L}'’-])/giu, 'the $1'],
  [
    /(?<![\p{L}'’-])(intro|interview|survey|referral|portfolio|workshop|deck|brief|pitch|spec|podcast|meetup|event|team|recruiter|panel|post|app|repo|link)(?:en|et|pen)(?![\p{L}'’-])/giu,
    'the $1',
  ],
  [
    /(?<=\p{L})-(intro|interview|meetup|event|team|post|app|repo|office)(?:en|et|pen)(?![\p{L}'’-])/giu,
    '-$1',
  ],
  // Role, contract and job written onto another word: "analytics-rollen", "testerstilling".
  [/(?<=[\p{L}])-?(?:rollen|rolle|stillingen|stilling)(?![\p{L}'’-])/giu, ' role'],
  [/(?<=[\p{L}])-?(?:kontrakten|kontrakt)(?![\p{L}'’-])/giu, ' contract'],
  [/(?<=[\p{L}]{3})-?(?:prosjektet|prosjekt)(?![\p{L}'’-])/giu, ' project'],
  [/(?<=[\p{L}]{3})-?(?:oppdraget|oppdrag)(?![\p{L}'’-])/giu, ' job'],
  [/(?<=[\p{L}]{3})-?(?:lenken|lenke)(?![\p{L}'’-])/giu, ' link'],
  [/(?<=[\p{L}]{2})-?(?:jobben|jobb)(?![\p{L}'’-])/giu, ' job'],
  [/(?<=[\p{L}]{2})-?(?:konferansen|konferanse)(?![\p{L}'’-])/giu, ' conference'],
  [/(?<=[\p{L}]{2})-(?:kvelden|kveld)(?![\p{L}'’-])/giu, ' evening'],
  [/(?<=[\p{L}]{3})(?:råd|raad)(?![\p{L}'’-])/giu, ' advice'],
  [/(?<=\p{L})-(?:meldingen|melding)(?![\p{L}'’-])/giu, ' message'],
  [/(?<=[\p{L}]{2})-?(?:lederen|leder)(?![\p{L}'’-])/giu, ' lead'],
  [/(?<=[\p{L}]{2})-?(?:kontoret|kontor)(?![\p{L}'’-])/giu, ' office'],
  [/(?<=[\p{L}]{2})-?(?:rapporten|rapport)(?![\p{L}'’-])/giu, ' report'],
  [/(?<=[\p{L}]{3})kvelden(?![\p{L}'’-])/giu, ' evening'],
  [/(?<=[\p{L}]{2})-?(?:stillinger)(?![\p{L}'’-])/giu, ' roles'],
  // "Wei takket for at æ delte": for sharing, after a name read "thanked me".
  [word('(?<=thanked me )for at (?:jeg|eg|æ) delte'), 'for sharing'],
  ...verbs.map(([norwegian, english]): Swap => [word(norwegian), english]),
  [wholeWord('til å|til aa', 'giu'), 'to'],
  [wholeWord('å|aa', 'giu'), 'to'],
  // Things and people.
  [word('videosamtale|videomøte'), 'video call'],
  [word('teams-møte|teamsmøte'), 'teams meeting'],
  [word('møtet|møte'), 'meeting'],
  [word('samtale'), 'call'],
  [word('lunsj'), 'lunch'],
  [word('kaffe'), 'coffee'],
  [word('middag'), 'dinner'],
  [wholeWord('øl|oel', 'giu'), 'drinks'],
  [word('tilbakemelding(?:en|er)?'), 'feedback'],
  [word('stillingsannonsen|stillingsannonse|annonsen|jobbannonsen'), 'the job ad'],
  [word('jobbannonse'), 'job ad'],
  [word('stillingsbeskrivelsen'), 'the job description'],
  [word('stillingsbeskrivelse'), 'job description'],
  [word('karrieremessa|karrieremessen|jobbmessa|jobbmessen'), 'the careers fair'],
  [word('karrieremesse|jobbmesse'), 'careers fair'],
  [word('konferansen'), 'conference'],
  [word('konferanse'), 'conference'],
  [word('påminnelsen|påminnelse'), 'reminder'],
  [word('datasettet'), 'the dataset'],
  [word('momsnummeret (?:mitt|mine)'), 'my VAT number'],
  [word('momsnummeret|momsnummer'), 'VAT number'],
  [word('kontaktforespørsel|kontaktforespørselen'), 'connection request'],
  [word('utlysningen'), 'the job ad'],
  [word('utlysning'), 'job ad'],
  [word('kommentar på'), 'commented on'],
  [word('datasett'), 'dataset'],
  [word('prosjektet'), 'the project'],
  [word('prosjekt'), 'project'],
  [word('eksempler'), 'examples'],
  [word('partneren'), 'the partner'],
  [word('bærekraft'), 'sustainability'],
  [word('fyren'), 'the guy'],
  [word('uoppfordret'), 'unprompted'],
  [word('allerede'), 'already'],
  [word('jobben'), 'the job'],
  [word('jobb'), 'job'],
  [word('åpning'), 'opening'],
  [word('stillingen|rollen'), 'the role'],
  [word('stilling|rolle'), 'role'],
  [word('kontrakten'), 'the contract'],
  [word('kontrakt'), 'contract'],
  [word('oppdraget|oppdrag'), 'job'],
  [word('fakturaen'), 'the invoice'],
  [word('CVen|CV-en|cven|cv-en'), 'CV'],
  // "CTOen": "the" on an abbreviation.
  [/(?<![\p{L}'’-])(\p{Lu}{2,})(?:en|et)(?![\p{L}'’-])/gu, 'the $1'],
  [word('mailen|e-posten'), 'the email'],
  [word('e-post|epost'), 'email'],
  [word('anbefalingen'), 'the recommendation'],
  [word('på (?:en )?(?:kafé|kafe)'), 'at a café'],
  [word('foredragsholder'), 'speaker'],
  [word('være med (?:i|på)'), 'join'],
  [word('være'), 'be'],
  [word('kaffen'), 'the coffee'],
  [word('rådene|rådet'), 'the advice'],
  [word('referralen'), 'the referral'],
  [word('stillinger|roller'), 'roles'],
  [word('arrangement|arrangementet'), 'event'],
  [word('praten'), 'the chat'],
  [word('kort'), 'short'],
  [word('litt'), 'a bit'],
  [word('faktura'), 'invoice'],
  [word('søknaden'), 'the application'],
  [word('søknad'), 'application'],
  [word('intervjuet'), 'the interview'],
  [word('intervju'), 'interview'],
  [word('rekruttereren'), 'the recruiter'],
  [word('rekrutterer'), 'recruiter'],
  [word('kollegaen|kollega'), 'colleague'],
  [word('sjefen|sjef'), 'boss'],
  [word('kunde|kunden'), 'client'],
  [word('artikkelen'), 'the article'],
  [word('artikkel'), 'article'],
  [word('lenke|lenken|linken'), 'link'],
  [word('posten|innlegget'), 'the post'],
  [word('innlegg'), 'post'],
  [word('foredraget|foredrag'), 'the talk'],
  [word('tipset|tipsene|tips'), 'the tip'],
  [word('referansen|referanse'), 'the reference'],
  [word('notatet'), 'the note'],
  [word('hjelpen'), 'the help'],
  [word('beskjed|meldingen|melding'), 'message'],
  [word('kontoret'), 'office'],
  [word('kopi'), 'copy'],
  [word('porteføljen|portefølje'), 'portfolio'],
  [word('nummeret|nummer'), 'number'],
  [word('betalt'), 'paid'],
  [word('ubetalte|ubetalt'), 'unpaid'],
  [word('oppdatert|oppdaterte'), 'updated'],
  [word('nye|ny|nytt'), 'new'],
  [word('referere|refere'), 'refer'],
  [word('anbefale'), 'recommend'],
  [word('introdusere'), 'introduce'],
  // "CV-en min", "posten min", "appen deres": whose it is, said after the thing.
  [
    /(?<![\p{L}'’-])(?:the )?(\p{L}[\p{L}'’-]+?) (min|mitt|mine|deres|dæmmes|hennes|hans|sin|sitt|sine)(?![\p{L}'’-])/gu,
    (_m: string, thing: string, whose: string) =>
      `${({ deres: 'their', dæmmes: 'their', hennes: 'her', hans: 'his', sin: 'their', sitt: 'their', sine: 'their' } as Record<string, string>)[whose] ?? 'my'} ${thing}`,
  ],
  // "data-sjefen deres": their data boss.
  [/(?<=\p{L})-(?:sjefen|sjef)(?![\p{L}'’-])/giu, ' boss'],
  // The small words between.
  [word('ang\\.?|angående'), 'about'],
  [word('evt\\.?|eventuelt'), 'maybe'],
  [word('(?:noe|noen) for (?:dem|deg)'), 'anything for them'],
  [word('noen'), 'someone'],
  [word('noe'), 'anything'],
  [word('med'), 'with'],
  [word('fra'), 'from'],
  [word('hos|ved'), 'at'],
  [word('og'), 'and'],
  [word('om'), 'about'],
  [word('til'), 'to'],
  [word('etter'), 'after'],
  [wholeWord('før|foer', 'giu'), 'before'],
  [word('mellom'), 'between'],
  [word('innen'), 'by'],
  [word('siden'), 'since'],
  [word('igjen'), 'again'],
  // "ingen svar enda", lower case: "Enda" is a name.
  [wholeWord(loose('enda|ennå'), 'gu'), 'yet'],
  [word('ikke'), 'not'],
  [word('også'), 'too'],
  [word('bare'), 'just'],
  [word('lenge'), 'for long'],
  // "møtte Dev på kaffe": met for it.
  [
    new RegExp(
      String.raw`(?<![\p{L}'’-])${loose('på')} (?=(?:coffee|lunch|dinner|drinks)${tail})`,
      'giu',
    ),
    'for ',
  ],
  // "på Moonpig", "på Leeds Tech Social": at a place; "på linkedin", "på zoom": on it.
  [
    new RegExp(
      String.raw`(?<![\p{L}'’-])${loose('på')} (?=(?!(?:LinkedIn|Linkedin|Slack|Teams|Zoom|WhatsApp|Whatsapp|Messenger|Instagram|Twitter|Facebook|Signal|Bluesky|X)\b)\p{Lu}(?!\p{L}*day\b))`,
      'gu',
    ),
    'at ',
  ],
  // "på karrieremessa", "på Ocean Data-konferansen": at a gathering.
  [
    new RegExp(
      String.raw`(?<![\p{L}'’-])${loose('på')} (?=[\p{L} -]{0,30}?(?:careers fair|conference|meetup)${tail})`,
      'giu',
    ),
    'at ',
  ],
  // "yusef på trainline sendte meg": the one who did it, at their firm.
  [
    new RegExp(
      String.raw`(?<![\p{L}'’-])${loose('på')} (?=\p{Ll}+ (?:sent|rang|emailed|wrote|forwarded|got|gave|offered|asked|said|says)${tail})`,
      'gu',
    ),
    'at ',
  ],
  [word('på'), 'on'],
  [word('meg'), 'me'],
  [word('jeg'), 'I'],
  [wholeWord('eg', 'gu'), 'I'],
  // "æ": I, as the north says it.
  [wholeWord('æ', 'gu'), 'I'],
  [wholeWord('ho', 'gu'), 'she'],
  [word('hun'), 'she'],
  [word('han'), 'he'],
  [word('ham'), 'him'],
  [word('henne'), 'her'],
  // "dæm", "dæmmes": them, their, as the north says it.
  [word('dem|dæm'), 'them'],
  [word('dæmmes'), 'their'],
  [wholeWord('de(?! \\p{Lu})', 'gu'), 'they'],
  [word('min|mitt|mine'), 'my'],
  [word('hans'), 'his'],
  [word('hennes'), 'her'],
  [word('deres'), 'their'],
  [word('har'), 'has'],
  [word('er'), 'is'],
  [word('var'), 'was'],
  // "og en Ifeoma Obi fra Sky Bet": someone named, not "a" someone.
  [/(?<![\p{L}'’-])(?:en|ei) (?=\p{Lu}\p{Ll}+ \p{Lu})/gu, ''],
  [word('(?:en|et|ei)(?= [aeiou])'), 'an'],
  [word('en|et|ei'), 'a'],
  [word('den|det'), 'it'],
  [wholeWord('i', 'gu'), 'in'],
];

/** Norwegian by a word neither English nor Danish writes. */
const norwegianMarker = new RegExp(
  String.raw`(?<![\p{L}'’-])(?:${loose(
    'ringte|mailet|takket|takker|takka|purra|prata|gratulerte|ba på mail|ba ham|ba henne|lurer på|lurte på|meldte|vil ha|tipset om|husket meg|meg selv|en takk|møtte|snakket|pratet|spurte|purret|likte|kommenterte|fikk|nevnte|trenger|sier|ansetter|lunsj|tilbakemelding|forrige uke|ikke hørt noe|introduserte|inviterte|anbefalte|svarte|ba meg|ba om|la igjen|la meg til|satte meg i kontakt|videosamtale|angående|ennå|jobb|stillingsannonsen|sendte meg|henne|mitt|etter|lenke|artikkel|artikkelen|oppdatert|møte|teams-møte|tilbød (?:en )?intro|videomøte|uke|uker|meldingen|melding|påminnelse|stillingsbeskrivelsen|jobbannonse|jobbannonsen|jobben|uoppfordret|videresendte|allerede er|besatt|ser etter|sa at|følger nå|la inn et godt ord|hadde lovet|karrieremessa|konferansen|fulgte opp|går gjennom|gikk gjennom|ville ha|ikke noe nytt|takk for|i sentrum|på besøk|tok telefonen|akkurat nå|navnet på|sender meg|referralen|rådene|porteføljen min|cven min|cv-en min|posten min|anbefalt meg',
  )})${tail}`,
  'iu',
);

/**
 * Norwegian by a small word written in lower case ("tilbød seg å", "sendte meg"; "Meg" is a
 * name, "meg okafor" too) or by a Norwegian word on the end of an English one ("ML-jobb",
 * "linkedin-melding").
 */
const norwegianSmallWords =
  /(?<![\p{L}'’-])(?:å|seg)(?![\p{L}'’-])|(?:^|(?<=(?:^|[\s,])(?:og|om|at|som|når|da) ))eg (?=\p{Ll})|(?:(?<=(?<![\p{L}'’-])(?:ga|ba|la) )|(?<=\p{Ll}(?:te|et|re|le|ro|lp|['’]d) ))meg(?![\p{L}'’-])|\p{L}-(?:meldingen|melding|jobben|jobb|konferansen)(?![\p{L}'’-])/u;

/** The line with its Norwegian put into English; a line with none comes back as it was. */
export function mendNorwegian(line: string): string {
  if (!norwegianMarker.test(line) && !norwegianSmallWords.test(line)) return line;
  return applySwaps(applySwaps(line, norwegianWords), [nameWithWhoseS]);
}
