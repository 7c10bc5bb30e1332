// Jamaican Patois in a one-line log, put into English before it is read: "mi call Dev yesiday,
// him gi mi nuff advice", "Aisha from Cazoo email mi di job spec", "Zoe Martin comment pon mi
// linkedin post", "bredda Delroy Grant". Words English has too ("mi", "di", "an", "fi", "a") are
// swapped only in a line that is Patois by a word no English note uses.

import {
  applySwaps,
  pastOfPlain,
  plainPast,
  type Swap,
  wholeWord as word,
} from './log-line-tokens.js';

/**
 * What Trinidadian English's "ah" (I) goes before: "ah thank chidi", "so ah send dem", "if ah free".
 */
const iDid =
  'thank|ask|text|send|sent|email|call|intro|run|go|did|free|could|tell|meet|met|left|leave|check|nudge|message|msg|recommend|like|liked|comment|share|get|got|have|had|need|want|went|see|saw|just|still|really';

/**
 * Patois's own words, which say the line is Patois (and, from Trinidad, "meh" for my, "de" for
 * the and "ah" for I, each only where English would not have them): in lower case and followed by a word, so a
 * German note's "Di." and "Mi." (Tuesday, Wednesday) are no sign of it.
 */
const patoisMarker = new RegExp(
  String.raw`(?<![\p{L}'’-])(?:mi|di|seh|wid|pon|(?<!\bych a )fi|inna|likkle|nuff|yesiday|bredda|sistren|dat|gi|sen|cyaan|woulda|wah gwaan|allyuh|doh|fram|aks|mawnin|nuttn|nutten|fuh|tek)(?= \p{L})|(?<![\p{L}'’-])(?:meh (?=\p{Ll})|(?<!\p{Lu}\p{L}* )de (?!(?:la|las|los|le|lo|du|des|van|der)\b)(?=\p{Ll}|\d))|(?<![\p{L}'’-])ah (?=(?:${iDid})\b)|(?<![\p{L}'’-])[Ss]atiday\b|(?<![\p{L}'’-])yesiday\b`,
  'u',
);

/** What "my" goes before: "mi CV", "mi portfolio post". */
const mine = String.raw`(?:cv|resume|portfolio|post|linkedin|notes|site|project|bootcamp|first|old|mate|spreadsheets?|work|code|page|github|app|draft|interview|son|daughter|church|css|website|landing|client|course|profile|own)`;

/** Verbs after which "mi" is "me": "sen mi", "tell mi bout". */
const toMe = String.raw`(?:ring|rang|dm|DM|accept|review|offer|sen|sent|gi|gave|give|call|called|email|emailed|tell|told|help|helped|ask|asked|message|messaged|text|texted|whatsapp|whatsapped|follow|followed|intro|intro'd|introduce|introduced|refer|referred|invite|invited|show|showed|link|linked|pay|paid|wid|with|to|fi|for|an|and|like|remind|reminded|connect|connected|book|booked|want|wants|need|needs)`;

const plain = Object.keys(plainPast).join('|');

/** Plain verbs of getting in touch or giving, read in the past after who did them ("daniel ring mi"). */
const doneToMe =
  'ring|call|ask|send|whatsapp|tell|dm|review|accept|like|offer|email|text|message|invite|intro|introduce|refer|give|help|follow|comment|share|pass';

const swaps: readonly Swap[] = [
  [word('yesiday'), 'yesterday'],
  // Jamaica: "fram" (from), "aks" (ask), "dis mawnin", "nuttn sen" (nothing sent), "ova" (over),
  // "jus", "har" (her), "tru" (through), "las night", "wud", "mek", "fah" (for).
  [word('fram'), 'from'],
  [word('aks'), 'ask'],
  [word('mawnin'), 'morning'],
  [word('dis'), 'this'],
  [word('nuttn|nutten|nuttin'), 'nothing'],
  [word('ova'), 'over'],
  [word('jus'), 'just'],
  [word('har'), 'her'],
  [word('tru'), 'through'],
  [word('las'), 'last'],
  [word('wud'), 'would'],
  [word('mek'), 'make'],
  [word('fah'), 'for'],
  // "big up lee, him intro mi…": praise for who comes next, no part of what happened.
  [/^(?:big up|bless up|respect) (?=\p{L})/iu, ''],
  // "mi link Dev fi coffee", "link Andre Thompson at di network night": met up with them.
  [/(^|[,;.!?] +)(?:mi )?link (?=(?!up\b)\p{L})/giu, '$1I met up with '],
  // "dem a hire", "KPMG brum a hire finance analysts": hiring now; "a role a come up": coming.
  [/(?<=\p{L} )a hire\b/giu, 'are hiring'],
  [/(?<=\p{L} )a come up\b/giu, 'is coming up'],
  // "him wi intro mi", "she wi sen it": will.
  [/(?<=\b(?:him|he|she|dem|they) )wi(?= \p{L})/giu, 'will'],
  [word('satiday'), 'Saturday'],
  [word('wah gwaan'), 'hello'],
  // "a sistren name Shanice Williams": named.
  [/(?<![\p{L}'’-])name (?=\p{Lu}\p{Ll})/gu, 'named '],
  // Trinidad: "friday ah thank chidi", "ask fi meh cv", "de spec", "check back wid rachel".
  [new RegExp(String.raw`(?<![\p{L}'’-])ah (?=(?:${iDid})\b)`, 'giu'), 'I '],
  // Guyana: "meh" is also me, after what was done to the user ("ring meh again", "send meh 2
  // roles", "intro meh to"); "she gon intro meh" (will), "fuh" (for, or to before a verb), "tek
  // Kate fuh drinks" (took).
  [new RegExp(String.raw`(?<=\b${toMe} )meh(?= (?!${mine}\b)|[,.;!]|$)`, 'giu'), 'me'],
  [/\b(she|he|they|dem|I|i|we) gon(?= \p{Ll})/gu, '$1 will'],
  [
    /(?<![\p{L}'’-])fuh (?=(?:see|look|catch|check|pass|help|talk|chat|meet|build|review|speak|do|get|ask|say)\b)/giu,
    'to ',
  ],
  [word('fuh'), 'for'],
  [word('tek'), 'took'],
  [/(?<![\p{L}'’-])meh (?=\p{Ll})(?!(?:so|but|and|tbh|lol|really|though)\b)/gu, 'my '],
  [
    /(?<![\p{L}'’-])(?<!\p{Lu}\p{L}* )de (?!(?:la|las|los|le|lo|du|des|van|der)\b)(?=\p{Ll}|\d)/gu,
    'the ',
  ],
  [/\bcheck(?:ed)? back (?:wid|with) /giu, 'followed up with '],
  [
    /\b(she|he|they) (tell|give|say|send|ask|call|email|text|review|share|want|need)\b(?! (?:to|you)\b)/giu,
    (_m: string, who: string, verb: string) => `${who} ${pastOfPlain(verb)}`,
  ],
  // "mi call Dev", "mi sen Joanne": I, opening the line or a clause.
  [/(^|[,;.!?] +)mi (?=\p{L})/giu, '$1I '],
  [new RegExp(String.raw`(?<![\p{L}'’-])mi (?=${mine}\b)`, 'giu'), 'my '],
  [new RegExp(String.raw`(?<=\b${toMe} )mi\b`, 'giu'), 'me'],
  [word('mi'), 'my'],
  // "daniel okoro ring me", "josé from glovo send me", "emma clark ask me for": done to the user.
  [
    new RegExp(
      String.raw`(?<=\p{L} )(?<!\b(?:to|for|will|would|can|could|gonna|wanna|go|did|don['’]?t|not|pls|please) )(${doneToMe})(?= (?:me|my|for|on)\b)`,
      'giu',
    ),
    (verb: string) => pastOfPlain(verb),
  ],
  // "him tell mi", "him gonna intro mi": he, doing something.
  [
    /(?<![\p{L}'’-])him (?=(?:tell|gi|seh|will|gonna|a go|know|say|send|sen|ask|call|want|need|have|got|did|do|does|can|could|would|intro|offer|put|pass|ring)\b)/giu,
    'he ',
  ],
  [
    /\b(she|he|they) (intro|introduce|offer|ring|pass)\b(?! (?:to|you)\b)/giu,
    (_m: string, who: string, verb: string) => `${who} ${pastOfPlain(verb)}`,
  ],
  [word('(s?he|they) a go'), '$1 will'],
  [word('a go'), 'will'],
  [word('fi seh'), 'to say'],
  [word('seh'), 'said'],
  [word('gi'), 'gave'],
  [word('sen'), 'sent'],
  [word('wid'), 'with'],
  [word('pon'), 'on'],
  [word('inna'), 'in'],
  [word('likkle'), 'little'],
  [word('nuff'), 'a lot of'],
  [word('dat'), 'that'],
  [word('woulda'), 'would'],
  [word('cyaan'), "can't"],
  // Not Burmese "di nay" (today), read with the regional Englishes.
  [word('di(?! nay\\b)'), 'the'],
  [word('dem'), 'their'],
  [word('an'), 'and'],
  // "fi build a landing page", "fi catch up": to, before a verb; "fi di role": for.
  [
    /(?<![\p{L}'’-])fi (?=(?:build|catch|review|help|ask|say|meet|talk|chat|check|look|practise|practice|clean|do|get|make|apply|see|join|send|share)\b)/giu,
    'to ',
  ],
  [word('fi'), 'for'],
  // "email Katie Morris di draft page she did want": opening the line, or after "did", what was done.
  [
    /^(?:email|whatsapp|text|message|call|send|tell)(?= (?!wid\b|with\b|from\b))/iu,
    (verb: string) => plainPast[verb.toLowerCase()] ?? verb,
  ],
  [
    /(?<![\p{L}'’-])did (want|need|ask|say|tell|send|call)\b/giu,
    (_m: string, verb: string) => pastOfPlain(verb),
  ],
  // "bredda Delroy", "sistren Grace": how the user addresses them.
  [/(?<![\p{L}'’-])(?:[Bb]redda|[Ss]istren) (?=\p{Lu}\p{Ll})/gu, ''],
  // "Lee Jordan like my post", "Zoe Martin comment on my post": a plain verb after a name happened.
  [
    new RegExp(String.raw`(?<=(?:^|[\s(])\p{Lu}[\p{L}'’-]+ )(${plain})(?= )`, 'gu'),
    (verb: string) => plainPast[verb] ?? verb,
  ],
];

/** The line with its Patois put into English; a line with none comes back as it was. */
export function mendPatois(line: string): string {
  return patoisMarker.test(line) ? applySwaps(line, swaps) : line;
}
