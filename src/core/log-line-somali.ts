// Somali in a one-line log put into English before it is read. A Somali speaker's notes switch
// language mid-line ("dev wuu i soo wacay maanta", "qaxwo ayaan la cabnay joanne khamiis",
// "josé ayaan whatsapp ugu diray the NHS app data article", "Joanne ayaa ii soo dirtay the JD"):
// Somali puts who is spoken of first and marks them ("X ayaa", X did it; "X ayaan", I did it to
// X), puts the verb last, and says the user and the contact in small words before it ("i soo
// wacay", rang me; "ii soo diray", sent me). Each such clause becomes English in the order every
// later rule reads. "shalay" and "maanta", which English notes borrow too, are read with the
// dialects (log-line-dialects.ts). A line is read so only when it is Somali by a word no English
// note uses.

import { applySwaps, type Swap, wholeWord } from './log-line-tokens.js';

const word = (text: string) => wholeWord(text, 'giu');

/** The days, Monday to Sunday, as Somali writes them. */
const days: Record<string, string> = {
  isniin: 'Monday',
  talaado: 'Tuesday',
  arbaco: 'Wednesday',
  arbaca: 'Wednesday',
  khamiis: 'Thursday',
  jimce: 'Friday',
  jimco: 'Friday',
  jimca: 'Friday',
  sabti: 'Saturday',
  axad: 'Sunday',
};
/** A day, alone or as "the day that was" ("khamiistii", "jimcihii"). */
const dayWord = `(${Object.keys(days).join('|')})(?:tii|dii|hii|kii|ii)?`;

/** Someone named before "ayaa" or "ayaan": a name of up to three words, with an aside. */
const notWho = String.raw`(?!(?:ayaa|ayaan|waxaan|wuxuu|waxay|wuu|way|iyo|shalay|maanta|yesterday|today|the|last|week|on|at|to|and|with|w|i|me|my|as|they|she|he|for|re|about|whatsapp|email|e-mail|iimayl|iimaylka|fariin|text|linkedin)(?![\p{L}'’-]))`;
const who = String.raw`((?<![\p{L}'’-])${notWho}\p{L}[\p{L}'’.-]*(?: ${notWho}\p{L}[\p{L}'’.-]*){0,2}(?: \([^)]*\))?(?: (?:from|at|@) [\p{L}&.'’-]+)?)`;

/** How something was sent, as it stands before the verb: "email", "whatsapp", "linkedin". */
const how = String.raw`(?:(email|e-mail|iimayl|iimaylka|whatsapp|linkedin|text|fariin) )?`;
const isEmail = (channel: string | undefined) =>
  /^(?:email|e-mail|iimayl|iimaylka)$/i.test(channel ?? '');
const byHow = (channel: string | undefined) => {
  const name = (channel ?? '').toLowerCase();
  if (name === '') return '';
  if (isEmail(name)) return ' by email';
  if (name === 'fariin' || name === 'text') return ' by message';
  return ` on ${name}`;
};
/** The user sending someone something, by the way named: "emailed owen", "sent josé … on whatsapp". */
const sentTo = (to: string, channel: string | undefined, what = '') =>
  isEmail(channel) ? `emailed ${to}${what}` : `sent ${to}${what}${byHow(channel)}`;

/** What the contact did to the user: "ayaa i soo wacay", "ayaa ii soo dirtay", "igaga mahadceliyay". */
const theirs: ReadonlyArray<readonly [string, string]> = [
  ['i soo wac(?:ay|day|ay)', 'rang me'],
  ['i soo text(?:ay|day|garay)', 'texted me'],
  ['(?:ii|iigu|igu) soo dir(?:ay|tay)', 'sent me'],
  ['(?:ii|iigu|igu) soo qor(?:ay|tay)', 'wrote to me'],
  ['(?:igaga|iigu|ii) mahadcel(?:iyay|isay)', 'thanked me'],
  ['ii sheeg(?:ay|tay)', 'told me'],
  ['ii bandhig(?:ay|tay)', 'offered me'],
  ['isku kay xir(?:ay|tay)|isku ii xir(?:ay|tay)', 'introduced me to'],
  ['(?:ka )?jawaab(?:ay|tay)', 'replied'],
  ['i weydii(?:yay|sey|say)', 'asked me'],
  ['i caawi(?:yay|sey|say)', 'helped me'],
];

/** Words and phrases no English note uses: swapped wherever they stand. */
const somaliWords: readonly Swap[] = [
  [word('sidii ay codsatay|sidii uu codsaday'), 'as they asked'],
  [word('weli'), 'still'],
  // A definite ending after a hyphen: "CV-ga", "group-ka", "JD-ga".
  [/(?<=\p{L})-(?:ga|ka|da|ta|ha)(?![\p{L}'’-])/gu, ''],
  // Days and times: "dorraad", "toddobaadkii hore", "khamiis", "3 maalmood ka hor".
  [word('dorraad|doraad'), 'the day before yesterday'],
  [
    word('toddobaadkii hore|todobaadkii hore|isbuucii hore|usbuucii hore|asbuucii hore'),
    'last week',
  ],
  [
    word('(\\d+|laba|saddex) maalmood ka hor'),
    (_m: string, n: string) => `${n === 'laba' ? 2 : n === 'saddex' ? 3 : n} days ago`,
  ],
  [
    word('(\\d+|laba|saddex) toddobaad ka hor'),
    (_m: string, n: string) => `${n === 'laba' ? 2 : n === 'saddex' ? 3 : n} weeks ago`,
  ],
  // In small letters, or opening the line: "Axad Khan" is a name.
  [
    new RegExp(
      String.raw`(?<![\p{L}\d'’/-])(?:${dayWord}|^(${Object.keys(days)
        .map((day) => day.charAt(0).toUpperCase() + day.slice(1))
        .join('|')}))(?![\p{L}\d'’/-])`,
      'gu',
    ),
    (_m: string, day?: string, opening?: string) =>
      days[(day ?? opening ?? '').toLowerCase()] ?? _m,
  ],
  // Silence: "wax jawaab ah ma jiro" (no reply yet), "X wax jawaab ah kama helin" (none from X).
  [new RegExp(String.raw`${who} wax (?:jawaab|war) ah kama helin`, 'giu'), 'no reply from $1'],
  [
    new RegExp(String.raw`(?:wali|weli) (?:wax )?jawaab(?: ah)? kama helin ${who}`, 'giu'),
    'still no reply from $1',
  ],
  [word('waan xasuusiyay|waxaan xasuusiyay'), 'reminded them'],
  [
    new RegExp(String.raw`(?:waan|waxaan) la hadlay ${who} (?:taleefanka|telefoonka)`, 'giu'),
    'had a call with $1',
  ],
  [word('ay rabtay'), 'she wanted'],
  [word('uu rabay'), 'he wanted'],
  [word('wax (?:jawaab|war) ah ma (?:jiro|jiraan|jirto)|jawaab ma jirto'), 'nothing yet'],
  [
    word('(email|fariin|text) mahadsanid ah(?! ayaan)'),
    (_m: string, how: string) =>
      `a thank-you ${how.toLowerCase() === 'email' ? 'email' : 'message'}`,
  ],
  // The contact, then what they did to the user: "Joanne ayaa ii soo dirtay the JD".
  [
    /(?<![\p{L}'’-])(?:ayaa |baa )?(linkedin )?connection request (?:ii|igu) soo dir(?:ay|tay)(?![\p{L}'’-])/giu,
    (_m: string, linkedin?: string) => `sent me a ${linkedin ?? ''}connection request`,
  ],
  ...theirs.map(([somali, english]): Swap => [
    new RegExp(
      String.raw`(?<![\p{L}'’-])(?:(?:ayaa|baa|wuu|way|wuxuu|waxay) )?${how}(?:${somali})(?![\p{L}'’-])`,
      'giu',
    ),
    (_m: string, channel?: string) =>
      english === 'sent me' && isEmail(channel) ? 'emailed me' : `${english}${byHow(channel)}`,
  ]),
  // What the user did to someone named first: "josé ayaan whatsapp ugu diray", "elizabeth taylor
  // ayaan la qadeeyay", "whatsapp group-ka ayaan ugu mahadceliyay emily clarke".
  [
    new RegExp(
      String.raw`(?<![\p{L}'’-])(CV|cv|portfolio)(?:-ga|-ka)? ayaan ${how}(?:ugu|u) diray ${who}`,
      'gu',
    ),
    (_m: string, thing: string, channel: string | undefined, to: string) =>
      `sent ${to} my ${thing}${byHow(channel)}`,
  ],
  [
    new RegExp(String.raw`${who} fariin mahadsanid ah ayaan (?:ugu|u) diray`, 'giu'),
    'sent $1 a thank-you message',
  ],
  [
    new RegExp(String.raw`${who} ayaan ${how}(?:ugu|u) diray(?: ([^,;]+))?`, 'giu'),
    (_m: string, to: string, channel?: string, what?: string) =>
      sentTo(to, channel, what ? ` ${what}` : ''),
  ],
  [
    new RegExp(String.raw`${who} ${how}ayaan (?:ugu|u) diray`, 'giu'),
    (_m: string, to: string, channel?: string) => sentTo(to, channel),
  ],
  [
    /(?<![\p{L}'’-])(text|fariin|email|e-mail|iimayl|whatsapp) ayaan (?:ugu|u) diray(?![\p{L}'’-])/giu,
    (_m: string, channel: string) =>
      isEmail(channel) ? 'emailed' : byHow(channel) === ' by message' ? 'texted' : 'whatsapped',
  ],
  [new RegExp(String.raw`${who} ayaan la qadeeyay`, 'giu'), 'had lunch with $1'],
  [
    new RegExp(String.raw`${who} ayaan ${how}ku salaamay`, 'giu'),
    (_m: string, to: string, channel?: string) => `messaged ${to}${byHow(channel)} to say hi`,
  ],
  [
    new RegExp(
      String.raw`${how}(?:group )?ayaan (?:ugu|u) mahadceliyay (.+?)(?=,| for\b|$)`,
      'giu',
    ),
    (_m: string, channel: string | undefined, whom: string) => `thanked ${whom}${byHow(channel)}`,
  ],
  [
    new RegExp(
      String.raw`(?<![\p{L}'’-])waxaan ${who} (?:ugu|u) diray (email|e-mail|iimayl|whatsapp|fariin|linkedin)(?![\p{L}'’-])`,
      'giu',
    ),
    (_m: string, to: string, channel: string) =>
      isEmail(channel) ? `emailed ${to}` : `messaged ${to}${byHow(channel)}`,
  ],
  [new RegExp(String.raw`${who} iyo ${who} waxaan kula kulmay`, 'giu'), 'met $1 and $2 at'],
  [new RegExp(String.raw`${who} iyo aniga qaxwo`, 'giu'), 'coffee with $1'],
  [new RegExp(String.raw`${who} iyo aniga`, 'giu'), '$1 and me'],
  // What the user did, the one it was done to after it: "waxaan la kulmay chidi", "waan wacay".
  [word('waxaan telefoonka kula hadlay|telefoonka ayaan kula hadlay'), 'had a call with'],
  [word('waxaan (?:la|kula) kulmay|waan la kulmay|waxaan la kulannay'), 'met'],
  [word('waxaan (?:la )?hadlay|waan la hadlay'), 'talked with'],
  [word('waxaan wacay|waan wacay'), 'rang'],
  [
    new RegExp(String.raw`(?<![\p{L}'’-])waxaan ${how}u diray ${who} (?=\p{L})`, 'giu'),
    (_m: string, channel: string | undefined, to: string) => `sent ${to}${byHow(channel)} `,
  ],
  [word(`waxaan ${how}u diray`), (_m: string, channel?: string) => `sent${byHow(channel)} to`],
  [word('qaxwo ayaan wada cabnay'), 'we had coffee'],
  [word('qaxwo ayaan (?:la )?(?:cabnay|cabbay)'), 'had coffee with'],
  [word('qaxwo'), 'coffee'],
  [word('waxaan ka sheekeysanay|waan ka sheekeysanay|ka sheekeysanay'), 'we chatted about'],
  [word('sheeko guud'), 'a general chat'],
  [word('talo badan ayay i siisay|talo badan ayuu i siiyay'), 'gave me lots of advice'],
  [word('in (\\p{L}+) ay raadinayaan'), 'that $1 are looking for a'],
  [wholeWord('iyo', 'gu'), 'and'],
];

const somaliMarker = new RegExp(
  String.raw`(?<![\p{L}'’-])(?:ayaa|ayaan|waxaan|wuxuu|waxay|wuu i|waan|qaxwo|dorraad|toddobaadkii|isbuucii|usbuucii|mahadcel\p{L}*|la kulmay|kula kulmay|weli|wali|xasuusiyay|wax (?:jawaab|war) ah)(?![\p{L}'’-])`,
  'iu',
);

/** Words that are Somali only in small letters: "iyo" (and), the days ("Iyo", "Axad" are names). */
const lowerMarker = new RegExp(
  String.raw`(?<![\p{L}'’-])(?:iyo|${Object.keys(days).join('|')})(?![\p{L}'’-])`,
  'u',
);

/**
 * A Somali word an English note makes its own, put plainly in any line: "mahadsanid'd me"
 * (thanked me). "mahadsanid" alone is thanks with the dialects' courtesies.
 */
const borrowedWords: readonly Swap[] = [
  [/(?<![\p{L}'’-])mahadsanid['’]?d(?![\p{L}'’-])/giu, 'thanked'],
];

/** The line with its Somali put into English; a line with none comes back as it was. */
export function mendSomali(line: string): string {
  const somali = somaliMarker.test(line) || lowerMarker.test(line);
  return applySwaps(somali ? applySwaps(line, somaliWords) : line, borrowedWords);
}
