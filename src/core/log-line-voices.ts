// Lines in voices the reader was not written for, put plainly before a one-line log is read: a
// note dictated to a phone ("lunch with ben ng on the twenty third full stop", "thank you four the
// intro", "there hiring"), an Australian site worker's ("smoko with Gareth this arvo", "gave Tom a
// bell", "flicked me the job ad"), and a service leaver's ("1400hrs", "NLT Fri", "Tel con w/",
// "Maj (Retd) Colin Hargreaves", "Req'd"); and a German speaker's order, the verb last ("she has
// me a role recommended", "she will me to her manager introduce", "Lukas Becker from Zalando met").

import { englishOrdinal, wholeWord as word } from './log-line-tokens.js';

const units = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
] as const;
const teens = [
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
] as const;

/** "twenty third" → 23, "thirtieth" → 30, "ninth" → 9: a day of the month said in words. */
function dayOfWords(words: string): number | undefined {
  const [tens, unit] = words.toLowerCase().split(/[ -]/);
  if (unit === undefined) {
    const alone = [...units, ...teens].indexOf(tens as (typeof units)[number]);
    if (alone >= 0) return alone + 1;
    return tens === 'twentieth' ? 20 : tens === 'thirtieth' ? 30 : undefined;
  }
  const at = units.indexOf(unit as (typeof units)[number]);
  if (at < 0) return undefined;
  const day = (tens === 'twenty' ? 20 : tens === 'thirty' ? 30 : 0) + at + 1;
  return day > 20 && day <= 31 ? day : undefined;
}

const dayWords = String.raw`(?:(?:twenty|thirty)[ -](?:${units.join('|')})|${teens.join('|')}|twentieth|thirtieth|${units.join('|')})`;

/** "on the twenty third", "the fifth of November": a day said, not typed, is the same day. */
const spokenDay = new RegExp(
  String.raw`\b((?:on|by|since|from|until|till) the) (${dayWords})(?= of\b|[.,;:!?]|$| (?:full stop|comma)\b| (?:\p{Ll}+ )?(?:he|she|they|we|i)\b)`,
  'giu',
);

/**
 * "met tariq on the twelfth and…", "intro'd me on the twenty third to priya": after "on the", or
 * as a compound ("the twenty sixth"), a day in words is a day whatever follows; "the first time"
 * is not.
 */
const onTheDay = new RegExp(String.raw`\b(on the) (${dayWords})\b`, 'giu');
const compoundDay = new RegExp(
  String.raw`\b(the) ((?:twenty|thirty)[ -](?:${units.join('|')}))\b`,
  'giu',
);

/** Punctuation said aloud to a phone, as dictation leaves it: "… full stop", "comma", "new line". */
const spokenMarks: readonly [RegExp, string][] = [
  [/ (?:full stop|period)(?= |$)/giu, '.'],
  [/ comma(?= |$)/giu, ','],
  [/ (?:new line|new paragraph)(?= |$)/giu, '.'],
  [/ question mark(?= |$)/giu, '?'],
  [/ exclamation (?:mark|point)(?= |$)/giu, '!'],
];

/**
 * Words a phone hears right and writes wrong. "four" before what a thing is for ("thank you
 * four the mock interview", "four my cv") is "for"; "there" before what someone is doing ("there
 * hiring") is "they're", and after "about", "at", "for", "to", "with" or "from" and before a noun
 * ("about there bi team", "speak at there meetup") is "their".
 */
const homophones: readonly [RegExp, string][] = [
  [
    /\bfour(?= (?:the|my|a|an|his|her|their|your|our|me|him|them|us|it|this|that|all|helping|sending|putting|passing|being|some|any)\b)/giu,
    'for',
  ],
  [
    /\bthere(?= (?:hiring|recruiting|looking|going|keen|expanding|growing|restructuring)\b)/giu,
    "they're",
  ],
  [
    /\b(about|at|for|to|with|from|re|into|join|joining|on) there(?= (?!(?:is|are|was|were|and|but|so|too|yet|now|then|today|again|already|anyway|at|in|on|for|with|by|to|of)\b)\p{L})/giu,
    '$1 their',
  ],
];

/**
 * An Australian site worker's words. "arvo" is the afternoon ("this arvo" is today, "fri arvo"
 * Friday); "gave X a bell" rang them; "flicked" sent ("flicked me the job ad", "flicked Ben a
 * text" texted him); "nothin" is nothing. "smoko", "brekkie" and "brew" are read as meetings in
 * the channel's words.
 */
const siteWords: readonly [RegExp, string][] = [
  [word('arvo'), 'afternoon'],
  [word('brekkie|brekky'), 'breakfast'],
  [
    /\bgave (\p{L}[\p{L}'’-]*(?: (?!an?\b)\p{L}[\p{L}'’-]*)?) a (?:bell|buzz|ring|call|phone)\b/giu,
    'rang $1',
  ],
  [
    /\bflicked (\p{L}[\p{L}'’-]*(?: (?!an?\b)\p{L}[\p{L}'’-]*)?) (?:a |an )?(text|txt|message|msg|email)\b/giu,
    'sent $1 a $2',
  ],
  [/\bflicked(?= (?:me|him|her|them|it|over|across|through|thru)\b)/giu, 'sent'],
  [word('nothin'), 'nothing'],
];

/**
 * A service leaver's shorthand. "1400hrs" is a time; "NLT Fri" (no later than) is when something
 * is due, so no date of the line; "Tel con" or "telecon" is a call; "Req'd" requested; a rank
 * before a name ("Maj (Retd) Colin Hargreaves", "Lt Col James Fairbairn", "Sgt Major Dave
 * Price") is how the person is addressed, not part of their name, and goes like "Mr" would.
 */
const serviceWords: readonly [RegExp, string][] = [
  [/\b(\d{4}) ?hrs\b/giu, '$1'],
  [word('NLT', 'gu'), 'by'],
  [word('tel ?cons?|telecons?|telcon'), 'call'],
  [word("req['’]d"), 'requested'],
  [
    /\b(?:(?:Lt|Lieut|Maj|Brig|Gen|Sgt|Cpl|L\/Cpl|LCpl|Capt|Cdr|Lt Cdr|Col|Lt Col|WO[12]?|CSgt|Staff Sgt|Flt Lt|Sqn Ldr|Wg Cdr|Gp Capt|Air Cdre|Major|Colonel|Captain|Sergeant|Corporal|Brigadier|Commander) ?)+(?:\((?:Retd|Ret'd|retd|rtd)\) )?(?=\p{Lu}\p{Ll})/gu,
    '',
  ],
  // "former CO Lt Col James Fairbairn": the post held before the rank says who they were.
  [/(?<!\bmy )\b(former|ex-?) (CO|OC|2IC|RSM|CSM)\b/gu, 'my $1 $2'],
];

/** Verbs a German speaker's English puts last in their clause, after "has me" or "will me". */
const lastVerbs =
  'told|recommended|introduced|sent|asked for|asked|called|rung|phoned|emailed|given|offered|invited|thanked|requested|wanted|forwarded|referred';
const futureVerbs = 'introduce|recommend|send|forward|refer|call|ring|email|invite|put forward';

/**
 * A German speaker's order, the verb last, put as English says it. "Zoe has me on the telephone
 * about a contract told" → "Zoe told me on the telephone about a contract"; "because she has it
 * asked for" → "because she asked for it"; "she will me to her manager introduce" → "she will
 * introduce me to her manager"; "at the summit on Wednesday Lukas Becker from Zalando met" → "met
 * Lukas Becker from Zalando at the summit on Wednesday"; "from Kate Morrison a message received"
 * → "a message from Kate Morrison".
 */
const verbLast: readonly [RegExp, string][] = [
  [
    new RegExp(
      String.raw`\b(?:has|have|had) (me|it|them|him|her|us)((?: [^,.;!?]+?)?) (${lastVerbs})(?=[.,;!?]|$)`,
      'giu',
    ),
    '$3 $1$2',
  ],
  [
    new RegExp(
      String.raw`\b(will|would|['’]ll|wants to|is going to|are going to) (me|him|her|them|us)( [^,.;!?]+?) (${futureVerbs})(?=[.,;!?]|$)`,
      'giu',
    ),
    '$1 $4 $2$3',
  ],
  [
    /^((?:at|on|in|yesterday|today|last)\b[^,.;!?]*?) (\p{Lu}[\p{L}'’-]+ \p{Lu}[\p{L}'’-]+(?: (?:from|of|at) [\p{L}&.'’-]+(?: \p{Lu}[\p{L}&.'’-]+)?)?) (met|seen)(?=[.,;!?]|$)/u,
    'met $2 $1',
  ],
  [
    /^from (\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?)((?: [^,.;!?]+?)?) (an? (?:[\p{L}-]+ )?(?:message|email|text|letter|note|call|voicemail)) received(?=[.,;!?]|$)/iu,
    '$3 from $1$2',
  ],
];

/**
 * Terse notes drop "the" before what is sent ("He'll send JD by Fri", "to fwd spec"): it is put
 * back, so what is on its way reads as given, as "send the JD" does.
 */
const bareThing =
  /\b(send|sending|forward|forwarding|fwd|pass on|passing on|share|sharing) (JD|JDs|job spec|spec|job description|details|brochure|application pack)\b/giu;

/** "went through my cv", "cheers for the ref": said plainly, "reviewed my cv", "thanks for". */
const plainSayings: readonly [RegExp, string][] = [
  [
    /\bwent (?:through|thru|over) my (cv|resume|résumé|portfolio|application|cover letter|linkedin)\b/giu,
    'reviewed my $1',
  ],
  [/\b(say|said|saying) cheers\b/giu, '$1 thanks'],
  [/\bcheers for (the|my|your|his|her|their|all)\b/giu, 'thanks for $1'],
  [/\bcheers for (?=\p{L}+(?:ing|in['’]?)(?![\p{L}]))/giu, 'thanks for '],
  [/\bonce more\b/giu, 'again'],
];

/** The line with a dictated, Australian or service leaver's wording put plainly. */
export function mendVoices(line: string): string {
  let out = line;
  for (const [pattern, plain] of spokenMarks) out = out.replace(pattern, plain);
  for (const pattern of [spokenDay, onTheDay, compoundDay])
    out = out.replace(pattern, (match, lead: string, words: string) => {
      const day = dayOfWords(words);
      return day === undefined ? match : `${lead} ${englishOrdinal(day)}`;
    });
  for (const list of [homophones, siteWords, serviceWords, verbLast, plainSayings])
    for (const [pattern, plain] of list) out = out.replace(pattern, plain);
  out = out.replace(bareThing, '$1 the $2');
  return out.replace(/ {2,}/g, ' ');
}
