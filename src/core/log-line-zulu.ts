// isiZulu in a one-line log put into English before it is read. A South African's notes switch
// language mid-line ("ngishayele u-Kate about the role", "u-Dev ungithumelele i-job spec",
// "coffee no-Rachel wase Booking izolo", "sikhulumile about moving into ops"): isiZulu puts who
// did what in the verb itself ("ngi-", I; "u-…-ngi-", they to me; "si-", we), and marks a name
// by what it is in the clause with a prefix and a hyphen ("u-Kate", Kate; "no-Rachel", with
// Rachel; "ku-Hannah", to Hannah). Each verb and prefix becomes English where it stands, the
// order English reads already. A line is read so only when it is isiZulu by a word no English
// note uses.

import { applySwaps, type Swap, wholeWord } from './log-line-tokens.js';

const word = (text: string) => wholeWord(text, 'giu');

/** The days, Monday to Sunday, as isiZulu says "on" them: "ngoLwesibili", on Tuesday. */
const days: ReadonlyArray<readonly [string, string]> = [
  ['ngoMsombuluko|uMsombuluko|Msombuluko', 'Monday'],
  ['ngoLwesibili|uLwesibili|Lwesibili', 'Tuesday'],
  ['ngoLwesithathu|uLwesithathu|Lwesithathu', 'Wednesday'],
  ['ngoLwesine|uLwesine|Lwesine', 'Thursday'],
  ['ngoLwesihlanu|uLwesihlanu|Lwesihlanu', 'Friday'],
  ['ngoMgqibelo|uMgqibelo|Mgqibelo', 'Saturday'],
  ['ngeSonto|iSonto', 'Sunday'],
];

/** What the user did ("ngi-"), what was done together ("si-"), what a contact did to the user ("u-…-ngi-"). */
const doings: ReadonlyArray<readonly [string, string]> = [
  ['ungixhumanise', 'put me in touch'],
  ['uzongixhumanisa', 'will put me in touch'],
  ["ngimcela ukuthi abe yi-([\\p{L}'’-]+) yami", 'asking them to be my $1'],
  ['ungicelile ngibe|ungicele ngibe', 'asked me to be'],
  ['ufuna ngikhulume', 'wants me to speak'],
  ['ufuna ngimbhekele', 'wants me to look over'],
  ['ngiphinde ngabhalela|ngiphinde ngambhalela', 'wrote again to'],
  ['ngabhalela|ngambhalela', 'wrote to'],
  ['ngimkhumbuze|ngimkhumbuzile', 'reminded them'],
  ['ngimbonga|ngimbongile', 'thanking them'],
  ['ngiyabonga', 'thank you'],
  ['ebonga', 'thanking me'],
  ['ngicela', 'asking for'],
  ['ngimbuza ukuthi (.{1,40}?) (?:ifike|ime|sekufike) kuphi', 'asking where $1 is up to'],
  ['ngimcela', 'asking them for'],
  ['ngimbuza', 'asking them about'],
  ['ngimkhumbuza', 'reminding them about'],
  ['ecelile|ebecele', 'they asked'],
  ['ngibonane|ngibonene', 'met'],
  ['ngibone|ngimbone', 'saw'],
  ['akabambanga', "didn't pick up"],
  ['uzodlulisela', 'they will pass on'],
  ['engimthumelele yena', 'I sent them'],
  ['ebecelile|abecelile', 'they had asked for'],
  ['abewacelile|ayecelile', 'that they had asked for'],
  ['ngishayele|ngifonele|ngimfonele|ngimshayele', 'called'],
  ['ngithumelele|ngithumele|ngimthumelele', 'sent'],
  ['ngibonge|ngimbonge|ngibongile', 'thanked'],
  ['ngicele|ngimcele', 'asked'],
  ['ngimlandelele|ngilandelele', 'followed up with'],
  ['ngibhalele|ngimbhalele', 'wrote to'],
  ['ngixoxe|ngixoxile', 'chatted'],
  ['ngikhulume|ngikhulumile', 'talked'],
  ['ngihlangene|ngihlangane', 'met'],
  ['sikhulumile|sikhulume', 'we talked'],
  ['sixoxile|sixoxe', 'we chatted'],
  ['sihlangene|sihlangane', 'we met'],
  ['siphuze ikhofi|siphuze coffee', 'we had coffee'],
  ['ungishayele|ungifonele|ubengishayele', 'called me'],
  ['ungithumelele|ungithumele', 'sent me'],
  ['ungibongile|ungibonge', 'thanked me'],
  ['ungicele|ungicelile', 'asked me'],
  ['ubhale|ubhalile', 'wrote'],
  ['ungitshele|ungitshelile', 'told me'],
  ['ungibhalele|ungibhalile', 'wrote to me'],
  ['ungimemile|ungimemele', 'invited me'],
  ['bangimemele|bangimemile', 'invited me'],
  ['ungethule|ungixhumanise', 'introduced me'],
  ['akakaphenduli|akaphendulanga', 'has not replied yet'],
  ['ngisalindile|ngisalinde', 'still waiting'],
];

/** English verbs as isiZulu borrows them, and as English says them done. */
const borrowedVerbs: Record<string, readonly [string, string]> = {
  email: ['email', 'emailed'],
  whatsapp: ['WhatsApp', 'whatsapped'],
  tag: ['tag', 'tagged'],
  intro: ['intro', "intro'd"],
  like: ['like', 'liked'],
  dm: ['DM', "dm'd"],
  referra: ['refer', 'referred'],
  refer: ['refer', 'referred'],
  call: ['call', 'called'],
  text: ['text', 'texted'],
  ping: ['ping', 'pinged'],
  share: ['share', 'shared'],
  follow: ['follow', 'followed'],
  comment: ['comment on', 'commented on'],
};
const plainVerb = (verb: string) => borrowedVerbs[verb.toLowerCase()]?.[0] ?? verb;
const pastOf = (verb: string) =>
  borrowedVerbs[verb.toLowerCase()]?.[1] ?? (verb.endsWith('e') ? `${verb}d` : `${verb}ed`);

/** Words and prefixes no English note uses, put into English where they stand. */
const zuluWords: readonly Swap[] = [
  // "Monzo's hiring, kusho u-Priya ku-text": who said it, by what, first.
  [
    /^(.+?),? kusho u-?(\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?)(?: ku-(text|WhatsApp|e-?mail|LinkedIn|DM))?$/u,
    (_m: string, what: string, who: string, how?: string) =>
      `${who} ${how ? (({ text: 'texted', whatsapp: 'whatsapped', linkedin: 'messaged' } as Record<string, string>)[how.toLowerCase()] ?? 'emailed') : 'said'}: ${what}`,
  ],
  // "ngim-email-e futhi": did it again; "futhi" between two things is "and".
  [
    /(?<=(?:ngim?-[\p{L}]+-(?:ile|e)|ngimkhumbuze|ngifonele|ngishayele|ngithumele)(?: u-?\p{Lu}[\p{L}'’-]*)?) futhi(?![\p{L}'’-])/gu,
    ' again',
  ],
  [
    /(?<![\p{L}'’-])ye-([\p{L}'’-]+(?: [\p{L}'’-]+){0,3}) (?:yakhe|akhe)(?![\p{L}'’-])/gu,
    'for their $1',
  ],
  [word('kuthangi'), 'the day before yesterday'],
  [word('izolo'), 'yesterday'],
  [word('namhlanje|namuhla'), 'today'],
  [
    word(
      'kuleviki edlule|ngeviki eledlule|evikini eledlule|iviki eledlule|ngesonto eledlule|isonto eledlule',
    ),
    'last week',
  ],
  ...days.map(([zulu, english]): Swap => [
    new RegExp(`(?<![\\p{L}'’-])(?:${zulu})(?![\\p{L}'’-])`, 'gu'),
    english,
  ]),
  ...doings.map(([zulu, english]): Swap => [word(zulu), english]),
  [word('ocingweni'), 'on the phone'],
  [word('ukuthi'), 'that'],
  [word('ivalile|ivaliwe|ivalwe'), 'has closed'],
  [word('kodwa'), 'but'],
  [word('futhi'), 'and'],
  // "i-day rate yami": mine, after what.
  [/(?<![\p{L}'’-])i-([\p{L}'’-]+(?: [\p{L}'’-]+)?) yami(?![\p{L}'’-])/giu, 'my $1'],
  // English verbs inside an isiZulu one: "ngim-email-ile" (I emailed them), "ungi-tag-ile"
  // (they tagged me), "a-like-e" (they liked), "uzongi-intro" (will intro me).
  [
    /(?<![\p{L}'’-])uzongi-([\p{L}]+)(?:-a)?(?![\p{L}'’-])/gu,
    (_m: string, verb: string) => `will ${plainVerb(verb)} me`,
  ],
  [
    /(?<![\p{L}'’-])ungi-([\p{L}]+)-(?:ile|e)(?![\p{L}'’-])/gu,
    (_m: string, verb: string) => `${pastOf(verb)} me`,
  ],
  [
    /(?<![\p{L}'’-])ngi(?:m|ba)?-([\p{L}]+)-(?:ile|e)(?![\p{L}'’-])/gu,
    (_m: string, verb: string) => pastOf(verb),
  ],
  [
    /(?<![\p{L}'’-])(?:u|a|ba)-(\p{Ll}[\p{L}]*)-(?:ile|e)(?![\p{L}'’-])/gu,
    (_m: string, verb: string) => pastOf(verb),
  ],
  // Where and how: "ku-WhatsApp" on WhatsApp, "nge-email" by email, "e-Cardiff" at Cardiff,
  // "kusukela ngo-12/11" since 12/11, "ngo-25/11" on 25/11.
  [
    /(?<![\p{L}'’-])ku-(WhatsApp|LinkedIn|Teams|Zoom|Slack|Insta|Instagram)(?![\p{L}'’-])/giu,
    'on $1',
  ],
  [/(?<![\p{L}'’-])(?:ku|nge)-(e-?mail|text|DM)(?![\p{L}'’-])/giu, 'by $1'],
  [/(?<![\p{L}'’-])kusukela(?: ngo-?| )(?=\d)/gu, 'since '],
  [/(?<![\p{L}'’-])ngo-(?=\d)/gu, 'on '],
  [
    /(?<![\p{L}'’-])(?:ku|e)-(?=\p{Lu}[\p{L}]*(?: \p{Lu}[\p{L}]*)* (?:[Ff]air|[Mm]eetup|breakfast|lunch|awards|conference|event))/gu,
    'at the ',
  ],
  // "ama-notes e-BBC talent panel": from it, after a thing; "e-Cardiff", at it.
  [/(?<=(?:^|\s)(?:ama-|i-)?\p{Ll}{3,}) e-(?=\p{Lu})/gu, ' from '],
  [/(?<![\p{L}'’-])e-(?=\p{Lu})/gu, 'at '],
  [/(?<![\p{L}'’-])nga(?:ma)?-(?=\p{L})/gu, 'about the '],
  [/(?<![\p{L}'’-])nge-?(?=\p{Lu})/gu, 'for the '],
  [/(?<![\p{L}'’-])nge-(?=\p{Ll})/gu, 'with the '],
  [/(?<![\p{L}'’-])ku-(?=\p{Ll})/gu, 'on the '],
  // Whose: "i-email ka-Kate" Kate's email, "i-voice note yokubonga" a thank-you voice note,
  // "ama-interview questions akhe" their interview questions.
  [
    /(?<![\p{L}'’-])i-(e-?mail|message|text|WhatsApp|voice note) ka-(\p{Lu}[\p{L}'’-]*)(?: ifikile)?(?![\p{L}'’-])/giu,
    '$1 from $2',
  ],
  [/(?<![\p{L}'’-])i-([\p{L}'’-]+) ka-(\p{Lu}[\p{L}'’-]*)(?![\p{L}'’-])/gu, "$2's $1"],
  [/(?<![\p{L}'’-])i-([\p{L}'’-]+(?: [\p{L}'’-]+)?) yokubonga(?![\p{L}'’-])/gu, 'a thank-you $1'],
  [
    /(?<![\p{L}'’-])(?:i|ama)-([\p{L}'’-]+(?: [\p{L}'’-]+)?) (?:yakhe|akhe|sakhe)(?![\p{L}'’-])/gu,
    'their $1',
  ],
  [word('yesikhathi sakhe'), 'of their time'],
  [word('ngokusiza'), 'for helping'],
  [word('udadewabo'), 'their sister'],
  [word('nomunye'), 'with another'],
  [word('ifikile'), 'arrived'],
  [word('uthi|kusho'), 'says'],
  [word('uthe'), 'said'],
  [word('ngifake'), 'I should send'],
  // "Northwind ifuna i-HRBP", "bafuna i-TA partner": a firm that wants someone is hiring.
  [/(?<![\p{L}'’-])ifuna (?=i-|ama-)/gu, 'is hiring '],
  [/(?<![\p{L}'’-])bafuna (?=i-|ama-)/gu, 'they are hiring '],
  [word('ufuna'), 'wants'],
  [word('njengoba'), 'as'],
  [/^(?:eish|ja)[,!]? /iu, ''],
  [/(?<![\p{L}'’-])ama-(?=\p{L})/gu, 'the '],
  // A name by its place in the clause: "no-Rachel" with Rachel, "ku-Hannah" to Hannah, "u-Kate" Kate.
  // "u-Gareth no-Owen bangimemele": "no-" between two names is "and".
  [/(?<=(?:^|[\s(]|u-)\p{Lu}[\p{L}'’-]*) (?:na|no)-(?=\p{Lu})/gu, ' and '],
  [/(?<![\p{L}'’-])(?:na|no)-(?=\p{Lu})/gu, 'with '],
  [/(?<![\p{L}'’-])ku-(?=\p{Lu})/gu, 'to '],
  [/(?<![\p{L}'’-])(?:ka|kwa)-(?=\p{Lu})/gu, 'at '],
  [/(?<![\p{L}'’-])(?:u|ngu)-(?=\p{L})/gu, ''],
  // Written apart: "ngikhulume no Kate Morrison" (I talked with Kate Morrison).
  // "no LinkedIn reply" is English.
  [/(?<![\p{L}'’-])(?:no|na) (?=\p{Lu}\p{Ll}+(?![\p{L}\d'’-]))/gu, 'with '],
  // Written without the hyphen: "noChidi", "uMarcus", "kuSarah".
  [/(?<![\p{L}'’-])(?:no|na)(?=\p{Lu}\p{Ll})/gu, 'with '],
  [/(?<![\p{L}'’-])ku(?=\p{Lu}\p{Ll})/gu, 'to '],
  [/(?<![\p{L}'’-])u(?=\p{Lu}\p{Ll})/gu, ''],
  [/(?<![\p{L}'’-])wase-(?=\p{L})/gu, 'from '],
  [/(?<![\p{L}'’-])ye-(?=\p{L})/gu, 'from '],
  [/(?<![\p{L}'’-])i-(?=\p{L})/gu, 'the '],
  [word('wase|waseki'), 'from'],
];

const zuluMarker = new RegExp(
  String.raw`(?<![\p{L}'’-])(?:izolo|namhlanje|kuthangi|ukuthi|ngeviki|eledlule|ngimcela|ngimbuza|ngimkhumbuza|ngibonane|uthi|uthe|kusho|ufuna|ifuna|bafuna|ngicela|ngimbonga|ebonga|ngiyabonga|${days.map(([zulu]) => zulu).join('|')}|${doings
    .map(([zulu]) => zulu)
    .join('|')})(?![\p{L}'’-])`,
  'iu',
);
/**
 * A name with the prefix of its place in the clause ("u-Kate", "no-Rachel", "ku-Hannah",
 * "wase-Booking"), or an English verb inside an isiZulu one ("ngim-email-ile", "ungi-tag-ile").
 */
const prefixedName =
  /(?<![\p{L}'’-])(?:(?:u|ku|no|na|wase)-\p{Lu}|(?:ngim?|ungi|uzongi)-\p{L}+|a-\p{Ll}+-(?:ile|e)(?![\p{L}'’-]))/u;

/** The line with its isiZulu put into English; a line with none comes back as it was. */
export function mendZulu(line: string): string {
  if (!zuluMarker.test(line) && !prefixedName.test(line)) return line;
  return applySwaps(line, zuluWords).replace(/\s+/g, ' ').trim();
}
