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
  ['ungitshele|ungitshelile', 'told me'],
  ['ungibhalele|ungibhalile', 'wrote to me'],
  ['ungimemile|ungimemele', 'invited me'],
  ['bangimemele|bangimemile', 'invited me'],
  ['ungethule|ungixhumanise', 'introduced me'],
  ['akakaphenduli|akaphendulanga', 'has not replied yet'],
  ['ngisalindile|ngisalinde', 'still waiting'],
];

/** Words and prefixes no English note uses, put into English where they stand. */
const zuluWords: readonly Swap[] = [
  [word('kuthangi'), 'the day before yesterday'],
  [word('izolo'), 'yesterday'],
  [word('namhlanje|namuhla'), 'today'],
  [word('kuleviki edlule|ngeviki eledlule|evikini eledlule|iviki eledlule'), 'last week'],
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
  // A name by its place in the clause: "no-Rachel" with Rachel, "ku-Hannah" to Hannah, "u-Kate" Kate.
  // "u-Gareth no-Owen bangimemele": "no-" between two names is "and".
  [/(?<=(?:^|[\s(]|u-)\p{Lu}[\p{L}'’-]*) (?:na|no)-(?=\p{Lu})/gu, ' and '],
  [/(?<![\p{L}'’-])(?:na|no)-(?=\p{Lu})/gu, 'with '],
  [/(?<![\p{L}'’-])ku-(?=\p{Lu})/gu, 'to '],
  [/(?<![\p{L}'’-])(?:ka|kwa)-(?=\p{Lu})/gu, 'at '],
  [/(?<![\p{L}'’-])(?:u|ngu)-(?=\p{Lu})/gu, ''],
  [/(?<![\p{L}'’-])ye-(?=\p{L})/gu, 'from '],
  [/(?<![\p{L}'’-])i-(?=\p{L})/gu, 'the '],
  [word('wase|waseki'), 'from'],
];

const zuluMarker = new RegExp(
  String.raw`(?<![\p{L}'’-])(?:izolo|namhlanje|kuthangi|ukuthi|${days.map(([zulu]) => zulu).join('|')}|${doings
    .map(([zulu]) => zulu)
    .join('|')})(?![\p{L}'’-])`,
  'iu',
);
/** A name with the prefix of its place in the clause: "u-Kate", "no-Rachel", "ku-Hannah". */
const prefixedName = /(?<![\p{L}'’-])(?:u|ku|no|na)-\p{Lu}/u;

/** The line with its isiZulu put into English; a line with none comes back as it was. */
export function mendZulu(line: string): string {
  if (!zuluMarker.test(line) && !prefixedName.test(line)) return line;
  return applySwaps(line, zuluWords).replace(/\s+/g, ' ').trim();
}
