// Serbian in a one-line log, in Latin letters with or without their marks, put into English
// before it is read. A Serbian speaker's notes switch language mid-line ("kafa sa Samom u
// cetvrtak", "poslala Rachel updated CV mejlom", "Olivia me zvala 19.11.", "Yusuf me upoznao
// mejlom sa Helen Burke", "hvala puno Chidi za mock interview"): the days and times, what was
// done and by whom, and the ways of talking become the English every later rule reads. Serbian
// gives a name its case ("sa Samom", "Garethu", "Olivijom", "Ben Ng-u"), so a known given name is
// put back as it is said alone. A line is read so only when it is Serbian by a word no English
// note uses.

import {
  applySwaps,
  type CaseEndings,
  englishOrdinal,
  type Swap,
  wholeWord,
  withoutCaseEnding,
} from './log-line-tokens.js';
import { isKnownGivenName } from './person-name-shape.js';

const word = (text: string) => wholeWord(text, 'giu');

const days: Record<string, string> = {
  ponedeljak: 'Monday',
  ponedeljka: 'Monday',
  utorak: 'Tuesday',
  utorka: 'Tuesday',
  sreda: 'Wednesday',
  sredu: 'Wednesday',
  srede: 'Wednesday',
  cetvrtak: 'Thursday',
  cetvrtka: 'Thursday',
  petak: 'Friday',
  petka: 'Friday',
  subota: 'Saturday',
  subotu: 'Saturday',
  subote: 'Saturday',
  nedelju: 'Sunday',
};
const dayWord =
  '(ponedelj(?:ak|ka)|utor(?:ak|ka)|sred[aue]|[cč]etvrt(?:ak|ka)|pet(?:ak|ka)|subot[aue]|nedelju)';
const dayOf = (serbian: string) => days[serbian.toLowerCase().replace('č', 'c')] ?? serbian;

/** A name's case endings, longest first, and what each may stand for, likelier first. */
const caseEndings: CaseEndings = [
  ['ijom', ['ia']],
  ['iju', ['ia']],
  ['ije', ['ia']],
  ['ju', ['']],
  ['om', ['', 'a']],
  ['em', ['']],
  ['u', ['a', '']],
  ['e', ['a']],
  ['a', ['']],
];

/** A name in a case Serbian gives it, put back as said alone: "Samom", "Olivijom", "Fatimu". */
function nominative(name: string): string {
  if (isKnownGivenName(name)) return name;
  return withoutCaseEnding(name, caseEndings, (stem) => isKnownGivenName(stem)) ?? name;
}

/** What the user did (the feminine past a woman writes) and what the contact did. */
const verbs: ReadonlyArray<readonly [string, string]> = [
  ['upozna(?:la|o) by email sa', 'introduced me by email to'],
  ['upozna(?:la|o) sa', 'introduced me to'],
  ['spoji(?:la|o) by email sa', 'introduced me by email to'],
  ['spoji(?:la|o) sa', 'introduced me to'],
  ['(?:na)?zva(?:la|o)', 'rang me'],
  ['(?:je )?posla(?:la|o)', 'sent me'],
  ['(?:je )?napisa(?:la|o)', 'wrote to me'],
  ['(?:se )?zahvali(?:la|o)', 'thanked me'],
  ['ponudi(?:la|o) intro sa', 'offered an intro to'],
  ['ponudi(?:la|o)', 'offered'],
];

/** What only the contact did, in a woman's notes: a man's past, or a woman's with the contact first. */
const theirVerbs: ReadonlyArray<readonly [string, string]> = [
  ['se javi(?:la|o)|javi(?:la|o) se', 'got in touch'],
  ['ponudi(?:la|o) intro sa', 'offered an intro to'],
  ['nazvala', 'rang me'],
  ['pita za', 'asked for'],
  ['pita', 'asked'],
  ['da li bih', 'if I would'],
  ['da li mogu da|mogu li da', 'if I could'],
  ['da li', 'if'],
  ['rek(?:la|ao|li) da ce me preporuciti', "said they'll refer me"],
  ['rek(?:la|ao|li) da ce me povezati sa', "said they'll connect me with"],
  ['rek(?:la|ao|li) da ce me staviti u', "said they'll put me in"],
  ['rek(?:la|ao|li) da ce me uputiti na', "said they'll refer me to"],
  ['rek(?:la|ao|li) da ce|kaze da ce', "said they'll"],
  ['rek(?:la|ao|li)', 'said'],
  ['(?:na)?zvao', 'rang me'],
  ['poslao', 'sent me'],
  ['pisao|napisao', 'messaged me'],
  ['pitao za', 'asked for'],
  ['pitao', 'asked'],
  ['odgovori(?:la|o) na', 'replied to'],
  ['okaci(?:la|o)', 'posted a'],
  ['i tagova(?:la|o) me|tagova(?:la|o) me', 'and tagged me'],
  ['komentarisao na|komentarisao', 'commented on'],
  ['stig(?:ao|la|lo)', 'came'],
  ['treba (?:mu|joj)', 'needs'],
  ['zaposljava', 'is hiring'],
  ['trazi', 'is looking for a'],
  ['salje', 'is sending'],
  ['planiraju', 'are planning a'],
  ['proslediti', 'forward'],
  ['pitati', 'ask'],
  ['(?:koji|koju|koje) je tra[zž]i(?:la|o)', 'that they asked for'],
];

/** What the user did: a woman's past, with the one it was done to after it. */
const mine: ReadonlyArray<readonly [string, string]> = [
  ['pozvala sam|pozvala', 'rang'],
  ['napisala mejl', 'emailed'],
  ['napisala', 'wrote to'],
  ['(?:sam )?poslala', 'sent'],
  ['pingovala', 'pinged'],
  ['podsetila', 'reminded'],
  ['komentarisala na|komentarisala', 'commented on'],
  ['lajkovala', 'liked'],
  ['videla', 'saw'],
  ['popricala sa|popricale sa|pricala sa|pricali sa', 'chatted with'],
  ['popricala|popricale', 'chatted'],
  ['pricali o|pricale o|pricala o', 'talked about'],
  ['prosao kroz|prosla kroz', 'went through'],
  ['pitala za', 'asked for'],
  ['pitala', 'asked'],
  ['zahvalila', 'thanked'],
];

/** When, as the day words have already put it, between "me" or "mi" and what was done. */
const between = String.raw`((?: (?:yesterday|today|the day before yesterday|last week|on \p{L}+|last \p{L}+|\d+ days ago))?)`;

/** A contact named before what they did: "Lucy iz AZ pitala mejlom", "Siobhan (Stripe) okacila". */
const contactFirst = String.raw`((?!\p{Lu}\p{Ll}+day\b)\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?(?: \([^)]*\))?(?: (?:iz|from) [\p{L}&.'’-]+)?)`;

/** Words and phrases no English note uses: swapped wherever they stand. */
const serbianWords: readonly Swap[] = [
  // A name's case after a hyphen ("Ben Ng-u") or in the word ("sa Samom", "Garethu").
  [/(?<=\p{Lu}[\p{L}]*)-(?:u|a|om|em|ju|ovi)(?![\p{L}'’-])/gu, ''],
  [/(?<![\p{L}'’-])\p{Lu}\p{Ll}{2,}(?![\p{L}'’-])/gu, (name: string) => nominative(name)],
  [/(?<![\p{L}'’-])gospodin(?:om|a|u)? (\p{Lu}\p{Ll}+?)(?:om|em|u|a)?(?![\p{L}'’-])/gu, 'Mr $1'],
  // "upoznala Chloé i Sam Patel mejlom": introduced the two; "upoznala Milica" alone: met her.
  [
    /(?<![\p{L}'’-])upoznala (\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?) i (?=\p{Lu})/gu,
    'introduced $1 and ',
  ],
  [/(?<![\p{L}'’-])gospodj?(?:a|u|om|e)|gospođ(?:a|u|om|e) /giu, 'Mrs '],
  // Days and times: "juce", "prekjuce", "danas", "u petak", "prosli utorak", "prosle nedelje",
  // "pre 2 dana", "pre dve nedelje", "19.11.", "nista od 20.".
  [word('prekju[cč]e'), 'the day before yesterday'],
  [word('ju[cč]e'), 'yesterday'],
  [wholeWord('danas', 'gu'), 'today'],
  [word('pro[sš]l(?:e|u) (?:nedelje|sedmice)|pro[sš]le nedelje'), 'last week'],
  [word(`pro[sš]l(?:i|og|e|u) ${dayWord}`), (_m: string, day: string) => `last ${dayOf(day)}`],
  [word(`do ${dayWord}`), (_m: string, day: string) => `due ${dayOf(day)}`],
  [word(`u ${dayWord}`), (_m: string, day: string) => `on ${dayOf(day)}`],
  [word(`od ${dayWord}`), (_m: string, day: string) => `since ${dayOf(day)}`],
  [word(dayWord), (day: string) => dayOf(day)],
  [
    word('pre (\\d+|dva|dve|tri) (?:dana|dan)'),
    (_m: string, n: string) => `${n === 'dva' || n === 'dve' ? 2 : n === 'tri' ? 3 : n} days ago`,
  ],
  [
    word('pre (\\d+|dve|dva|tri) (?:nedelje|sedmice)'),
    (_m: string, n: string) => `${n === 'dva' || n === 'dve' ? 2 : n === 'tri' ? 3 : n} weeks ago`,
  ],
  [
    /(?<![\p{L}\d'’/.-])(\d{1,2})\.(\d{1,2})\.(?:(\d{2,4})\.?)?(?![\d])/gu,
    (_m: string, d: string, mo: string, y?: string) => (y ? `${d}/${mo}/${y}` : `${d}/${mo}`),
  ],
  [
    /(?<![\p{L}'’-])(?:ni[sš]ta|jo[sš] ni[sš]ta) od (\d{1,2})\.?(?![\d/])/giu,
    (_m: string, d: string) => `nothing since the ${englishOrdinal(d)}`,
  ],
  [word('ni[sš]ta jo[sš]|jo[sš] ni[sš]ta'), 'nothing yet'],
  [word('ni[sš]ta konkretno'), 'nothing concrete'],
  [word('ni[sš]ta od'), 'nothing since'],
  // What was done, and by whom.
  // Ways of writing: "mejlom" (by email), "na linkedinu", "na viberu".
  [word('mejlom'), 'by email'],
  [word('na (?:linkedinu|LI|LinkedInu)'), 'on LinkedIn'],
  [word('na (?:WA|whatsappu|viberu)'), 'on WhatsApp'],
  [word('preko (LI|linkedina|mejla)'), 'on $1'],
  // "poslala Devu poruku" (messaged him), then what the contact did to the user: "me zvala",
  // "mi se juce zahvalila", "me u petak spojila mejlom sa".
  [
    /(?<![\p{L}'’-])poslala (\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?) poruku(?![\p{L}'’-])/gu,
    'messaged $1',
  ],
  ...verbs.map(([serbian, english]): Swap => [
    new RegExp(
      String.raw`(?<![\p{L}'’-])(?:me|mi)(?: se)?${between} (?:${serbian})(?![\p{L}'’-])`,
      'giu',
    ),
    (_m: string, when: string) => `${when ? `${when.trim()} ` : ''}${english}`,
  ]),
  ...theirVerbs.map(([serbian, english]): Swap => [word(serbian), english]),
  // A woman's past after the contact's name is theirs: "Lucy iz AZ pitala mejlom" (asked me).
  [
    new RegExp(
      String.raw`${contactFirst}${between}((?: (?:on WhatsApp|on LinkedIn|by email))?) (pitala za|pitala|poslala|napisala|pisala|komentarisala)(?![\p{L}'’-])`,
      'gu',
    ),
    (_m: string, who: string, when: string, how: string, verb: string) =>
      `${who}${when}${how} ${{ 'pitala za': 'asked for', pitala: 'asked', poslala: 'sent me', napisala: 'wrote to me', pisala: 'messaged me', komentarisala: 'commented on' }[verb.toLowerCase()] ?? verb}`,
  ],
  ...mine.map(([serbian, english]): Swap => [word(serbian), english]),
  [word('upoznala'), 'met'],
  // Meeting and talking: "kafa sa", "kafica sa", "rucak sa", "video", "poziv".
  [word('kafica|kafa|kafu'), 'coffee'],
  [word('ru[cč]ak'), 'lunch'],
  [word('ve[cč]era|ve[cč]eri'), 'evening'],
  [word('mejl'), 'email'],
  [word('poruku'), 'a message'],
  [word('hvala (?:puno|jos jednom|još jednom)|hvala'), 'thanks'],
  [word('savet(?:a|e)?'), 'advice'],
  [word('preporuk[au]|preporuke'), 'a recommendation'],
  [word('referencu'), 'a reference'],
  [word('moj|moju|moje|mog'), 'my'],
  [word('njihov|njihova|njihove|njihovim|njihovom|njihovog|svog|svoju|svoj|svom'), 'their'],
  [word('za mene'), 'for me'],
  [wholeWord('ga|njega', 'gu'), 'him'],
  [wholeWord('nju|njoj|joj', 'gu'), 'her'],
  [word('onaj|onu|taj|tu'), 'the'],
  [word('[cč]lanak'), 'article'],
  [word('referenc[au]'), 'a reference'],
  [word('anketu'), 'a survey'],
  [word('popunim'), 'fill in'],
  [word('pogledam'), 'look at'],
  [word('oko'), 'about'],
  [word('iskustvo'), 'experience'],
  [word('od'), 'from'],
  // English nouns and firms in Serbian's cases: "na meetupu", "iz Admirala", "u Starlingu".
  [
    /(?<![\p{L}'’-])(meetup|panel|talk|night|event|webinar|summit|roadshow|workshop|fair)(?:u|a|om)(?![\p{L}'’-])/giu,
    '$1',
  ],
  [/(?<=(?:^|\s)(?:iz|from|u|at) )(\p{Lu}[\p{L}]{3,}?)(?:a|u|om)(?![\p{L}'’-])/gu, '$1'],
  [word('bivsi sef|biv[sš]i [sš]ef'), 'my old boss'],
  [word('sa'), 'with'],
  [word('iz'), 'from'],
  [word('za'), 'for'],
  [word('posle'), 'after'],
  [word('oboje'), 'both'],
  [word('puno'), 'lots of'],
  [word('ima'), 'has a'],
  [word('je popunjen|popunjen'), 'filled'],
  [word('vec'), 'already'],
  [word('super korisno|korisno'), 'useful'],
  [word('o'), 'about'],
];

/** Words English has too, swapped only in a line that is Serbian by the words above. */
const sharedWords: readonly Swap[] = [
  [/(?<=\p{Lu}[\p{L}'’-]*) i (?=\p{Lu})/gu, ' and '],
  [word('u'), 'at'],
  [word('na'), 'at'],
];

const serbianMarker = new RegExp(
  String.raw`(?<![\p{L}'’-])(?:prekju[cč]e|ju[cč]e|danas|pro[sš]l\p{L}* (?:nedelje|sedmice|\p{L}+)|u (?:ponedeljak|utorak|sredu|[cč]etvrtak|petak|subotu|nedelju)|pre [\p{L}\d]+ (?:dana|nedelje|sedmice)|upoznala|mejlom|mejl|hvala|ni[sš]ta|kafa|kafica|gospodin\p{L}*|oboje|preporu\p{L}+|iz|popunjen|njihov\p{L}*|${[...verbs, ...theirVerbs, ...mine].map(([serbian]) => serbian).join('|')})(?![\p{L}'’-])`,
  'iu',
);

/** The line with its Serbian put into English; a line with none comes back as it was. */
export function mendSerbian(line: string): string {
  return serbianMarker.test(line) ? applySwaps(applySwaps(line, serbianWords), sharedWords) : line;
}
