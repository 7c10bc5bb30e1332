// Bengali in a one-line log, in Latin letters, put into English before it is read. British
// Bangladeshis write notes in English mixed with Bengali and Sylheti, in Bengali's order: the verb
// last, and the word that says who had it done after the name ("Kate Morrison ke linkedin e msg
// dilam": I messaged Kate on LinkedIn; "Dev bhai phone korse gotokal": Dev rang me yesterday;
// "Ana spotify er shathe video call": a video call with Ana). The days and times, the words after
// a name ("ke" to them, "er shathe" with them, "theke" from them, "er" theirs), the places after
// "e" (at, on) and the verbs that close a clause ("korlam", "pathailam" the user did; "korse",
// "dilo", "bollo" the contact did) become the English every later rule reads. A line is read so
// only when it is Bengali by a word no English note uses, in small letters.

import { applySwaps, englishOrdinal, type Swap, wholeWord } from './log-line-tokens.js';

const word = (text: string) => wholeWord(text, 'gu');

const days: Record<string, string> = {
  shombar: 'Monday',
  sombar: 'Monday',
  mongolbar: 'Tuesday',
  mongalbar: 'Tuesday',
  budhbar: 'Wednesday',
  budbar: 'Wednesday',
  brishpotibar: 'Thursday',
  brihoshpotibar: 'Thursday',
  bishudbar: 'Thursday',
  shukrobar: 'Friday',
  sukrobar: 'Friday',
  shonibar: 'Saturday',
  sonibar: 'Saturday',
  robibar: 'Sunday',
};
const dayWord = `(${Object.keys(days).join('|')})`;

/** When a line says it happened, once put into English: what may stand before who it was with. */
const when = String.raw`(?:yesterday|today|the day before yesterday|last week|last \p{L}+|\p{Lu}\p{Ll}+day|on the \d{1,2}\p{L}{2}|on \d{1,2}\/\d{1,2}|\d+ (?:days?|weeks?) ago)`;

/**
 * Who a clause is about, as a Bengali note puts them before "ke", "er shathe" or a verb: a name
 * of up to four words, in capitals or not ("Kate Morrison", "chidi bhai", "Rachel booking
 * recruiter", "Thomas (Arup)"), opening the note or a clause, or after when it was.
 */
const notWho = String.raw`(?:yesterday|today|last|on|the|at|by|with|from|and|ago|days?|weeks?|ke|er|theke|e|CV|JD|DM|\p{Lu}\p{Ll}+day)(?![\p{L}'’-])`;
const who = String.raw`(?<=^|[,;:] |\b${when} | e )((?!${notWho})[\p{L}][\p{L}'’.&-]*(?: (?!${notWho})[\p{L}(][\p{L}'’.()&-]*){0,3}?(?: (?:at|from) \p{Lu}[\p{L}&.'’-]*)?)`;

/**
 * Who did what a clause says, opening it: a name in capitals ("Robert Singh", "Priya D", "Thomas
 * (Arup)", "Dev bhai") or in small letters with the firm in brackets ("sam patel (ocado)"), and
 * where they work after "from" or "at".
 */
const subject = String.raw`(?<=^|[,;:] |\b${when} )((?!${notWho})(?:\p{Lu}[\p{L}'’.-]*(?: (?!${notWho})\p{Lu}[\p{L}'’.-]*){0,2}(?: \([^)]*\))?|\p{Ll}[\p{L}'’.-]*(?: \p{Ll}[\p{L}'’.-]*)? \([^)]*\))(?: (?:bhai|apa|apu|bhaiya))?(?: \([^)]*\))?(?: (?:from|at) [\p{L}&.'’-]+(?: [\p{L}&.'’-]+){0,2})?)(?![\p{L}'’.-]| (?:e|te)\b)`;

/** What the user did, closing a clause: put as the English past. */
const mine: Readonly<Record<string, string>> = {
  'msg dilam': 'messaged',
  'message dilam': 'messaged',
  'msg korlam': 'messaged',
  'email dilam': 'emailed',
  'email korlam': 'emailed',
  'mail korlam': 'emailed',
  'whatsapp korlam': 'whatsapped',
  'text korlam': 'texted',
  'call korlam': 'rang',
  'phone korlam': 'rang',
  'dm korlam': "DM'd",
  'DM korlam': "DM'd",
  'chase korlam': 'chased',
  'follow up korlam': 'followed up with',
  'follow korlam': 'followed',
  'thank u text korlam': 'thanked by text',
  'thank you text korlam': 'thanked by text',
  'thank u dilam': 'thanked',
  'thank you dilam': 'thanked',
  'thank korlam': 'thanked',
  'dhonnobad email dilam': 'thanked by email',
  'dhonnobad dilam': 'thanked',
  'ask korlam': 'asked',
  'jiggesh korlam': 'asked',
  'share korlam': 'shared with',
  'comment korlam': 'commented on',
  'congrats comment korlam': 'commented congrats on',
  'connect req pathailam': 'sent a connection request to',
  'connect request pathailam': 'sent a connection request to',
  pathailam: 'sent',
  dilam: 'gave',
};

/** What the contact did, closing a clause: put as the English past, done to the user. */
const theirs: Readonly<Record<string, string>> = {
  'phone korse': 'rang me',
  'phone korlo': 'rang me',
  'call korse': 'rang me',
  'call korlo': 'rang me',
  'whatsapp korse': 'whatsapped me',
  'email korse': 'emailed me',
  'text korse': 'texted me',
  'msg korse': 'messaged me',
  'msg dise': 'messaged me',
  'comment korse': 'commented on',
  'like korse': 'liked',
  'like dise': 'liked',
  'intro korse amake': 'introduced me',
  'intro korlo amake': 'introduced me',
  'amake intro korse': 'introduced me',
  'intro korse': 'introduced me',
  'recommend korse': 'recommended me',
  'amake thank korse': 'thanked me',
  'thank korse': 'thanked me',
  'dhonnobad email dise': 'sent me a thank-you email',
  'review kore dilo': 'reviewed',
  'review korlo': 'reviewed',
  'review korse': 'reviewed',
  'refer korbe bollo': "said they'll refer me",
  'offer korse': 'offered me',
  'jiggesh korse': 'asked',
  'ask korlo': 'asked',
  pathaisilo: 'sent me',
  pathaise: 'sent me',
  pathailo: 'sent me',
  chaise: 'asked for',
  chailo: 'asked for',
  dilo: 'gave me',
  dise: 'gave me',
  bollo: 'said',
  chay: 'wants',
};
const alternatives = (table: Readonly<Record<string, string>>) =>
  Object.keys(table)
    .sort((a, b) => b.length - a.length)
    .join('|');
const mineWord = alternatives(mine);
const theirWord = alternatives(theirs);

/** Words and phrases no English note uses: swapped wherever they stand. */
const bengaliWords: readonly Swap[] = [
  // Days and times: "gotokal", "kal" (yesterday), "aaj" (today), "budhbar", "2 din age", "2 week
  // age", "last week e", "19th e", "12/11 e".
  [
    wholeWord(`${dayWord}(?: e| din)?`, 'giu'),
    (_m: string, day: string) => days[day.toLowerCase()] ?? day,
  ],
  [word('gotokal|goto kal|kal'), 'yesterday'],
  [word('porshu'), 'the day before yesterday'],
  [word('aaj|aj'), 'today'],
  [/(?<![\p{L}\d'’-])(\d+) din age(?![\p{L}'’-])/gu, '$1 days ago'],
  [/(?<![\p{L}\d'’-])(\d+) (?:week|shoptah) age(?![\p{L}'’-])/gu, '$1 weeks ago'],
  [word('last week e'), 'last week'],
  [
    /(?<![\p{L}\d'’/-])(\d{1,2})(?:st|nd|rd|th) e(?![\p{L}'’-])/gu,
    (_m: string, d: string) => `on the ${englishOrdinal(d)}`,
  ],
  [/(?<![\p{L}\d'’/-])(\d{1,2}\/\d{1,2}(?:\/\d{2,4})?) e(?![\p{L}'’-])/gu, 'on $1'],
  // A message that came from someone: "Kate sky theke call aslo", "Lucy Patel AZ theke email e
  // job spec aslo".
  [
    new RegExp(
      String.raw`${who} theke (.*?)\b(call|phone|email|msg|message|text|whatsapp)(?: e)?(.*?) aslo\b`,
      'gu',
    ),
    (_m: string, name: string, before: string, how: string, what: string) =>
      `${name} ${{ call: 'rang', phone: 'rang', text: 'texted', whatsapp: 'whatsapped' }[how] ?? 'emailed'} me ${before}${what}`
        .replace(/\s+/gu, ' ')
        .trim(),
  ],
  // "Generation UK theke Ahmed Bashir": someone from somewhere, the place first.
  [
    /(?<![\p{L}'’-])((?!\p{Lu}\p{Ll}+day\b)\p{Lu}[\p{L}&.'’-]*(?: \p{Lu}[\p{L}&.'’-]*){0,2}) theke (\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+)(?![\p{L}'’-])/gu,
    '$2 from $1',
  ],
  // "Jose glovo er promotion post e congrats comment korlam": commented on their post.
  [
    new RegExp(String.raw`${who} er (.*?) e (congrats )?comment korlam\b`, 'gu'),
    (_m: string, name: string, what: string, congrats = '') =>
      `commented ${congrats}on ${name}'s ${what}`,
  ],
  // With whom: "Ana spotify er shathe video call", "Priya Shah ar Rachel er shathe coffee".
  [
    new RegExp(
      String.raw`${who}((?: ar [\p{L}][\p{L}'’.()&-]*(?: [\p{L}(][\p{L}'’.()&-]*){0,2})*) er (?:shathe|shate|sathe)\b`,
      'gu',
    ),
    (_m: string, name: string, more: string) => `with ${name}${more.replace(/ ar /gu, ' and ')}`,
  ],
  [
    /(?<![\p{L}'’-])(with [^,;]+?) (coffee|lunch|dinner|drinks|breakfast|brunch|video call|teams call|zoom call|zoom|call|meeting)(?![\p{L}'’-])/gu,
    '$2 $1',
  ],
  // To whom, what the user did: "Kate Morrison ke linkedin e msg dilam" (messaged her).
  [
    new RegExp(String.raw`${who} ke (.*?)\b(${mineWord})\b`, 'gu'),
    (_m: string, name: string, what: string, verb: string) =>
      `${(mine[verb] ?? verb).replace(/^(.+?)((?: by \S+)?)$/u, `$1 ${name}$2`)} ${what}`
        .replace(/\s+/gu, ' ')
        .trim(),
  ],
  [new RegExp(String.raw`\b(${mineWord})\b`, 'gu'), (verb: string) => mine[verb] ?? verb],
  // Asking and wanting, after what is asked for: "15 min chat chaisi" (I asked for), "amar
  // references chaise" (they asked for), "amar excel dashboards dekhte chay" (wants to see), "amar
  // CV ekbar dekhte parbe ki na" (if they could look at it), "BBC te kono data admin job ase ki"
  // (if there are any), "dbt cert worth it ki na" (whether).
  [
    /(?<![\p{L}'’-])((?:amar |my )?(?:(?!(?:ke|e|theke|er)\b)[\p{L}\d£/-]+ ){0,2}[\p{L}\d-]+) (?:ekbar )?dekhte (?:parbe|parben) ki na(?![\p{L}'’-])/gu,
    'asking if they could look at $1',
  ],
  [
    /(?<![\p{L}'’-])((?:amar |my )?(?:(?!(?:ke|e|theke|er)\b)[\p{L}\d£/-]+ ){0,2}[\p{L}\d-]+) dekhte chay(?![\p{L}'’-])/gu,
    'wants to see $1',
  ],
  [
    /(?<![\p{L}'’-])((?:amar |my )?(?:(?!(?:ke|e|theke|er)\b)[\p{L}\d£/-]+ ){0,2}[\p{L}\d-]+) (chaisi|chaise|chailo|chay)(?![\p{L}'’-])/gu,
    (_m: string, what: string, verb: string) =>
      `${verb === 'chay' ? 'wants' : 'asked for'} ${what}`,
  ],
  [
    /(?<![\p{L}'’-])([\p{L}\d.&'’-]+) te kono (.+?) ase ki(?: na)?(?![\p{L}'’-])/gu,
    'asking if there are any $2 at $1',
  ],
  [/, ([^,;]+?) ki na(?![\p{L}'’-])/gu, ', asking if $1'],
  // News of a role: "BI team e 3 month temp data entry ase" (there is one), "grad data roles khulbe
  // jan e" (will open), "role ta close hoye gese" (has closed).
  [
    /(?<![\p{L}'’-])(?:ekta )?((?:(?!(?:e|te|ke|er|ekta)\b)[\p{L}\d£/-]+ ){0,4}(?!(?:e|te|ke|er)\b)[\p{L}\d-]+) ase(?! ki)(?![\p{L}'’-])/gu,
    (_m: string, what: string) =>
      /(?:opening|role|job|post|vacancy|contract|temp)$/u.test(what)
        ? `has a ${what}`
        : `has a ${what} opening`,
  ],
  [word('shunsi|shunlam'), 'I heard'],
  [
    /(?<![\p{L}'’-])((?:(?!(?:e|te|ke|er|said|bollo)\b)[\p{L}\d-]+ ){0,3}(?!(?:e|te|ke|er)\b)[\p{L}\d-]+) khulbe(?![\p{L}'’-])/gu,
    'will open $1',
  ],
  [/(?<![\p{L}'’-])(role|job|post|position|opening|scheme) ta(?![\p{L}'’-])/gu, '$1'],
  [/(?<![\p{L}'’-])(advice|tips|pointers) (?:dilo|dise)(?![\p{L}'’-])/gu, '$1'],
  [
    new RegExp(String.raw`${who} theke (email|msg|message|call|text|whatsapp)\b(?! aslo)`, 'gu'),
    (_m: string, name: string, how: string) =>
      `${name} ${{ call: 'rang', text: 'texted', whatsapp: 'whatsapped', msg: 'messaged', message: 'messaged' }[how] ?? 'emailed'} me`,
  ],
  // What the contact did, put after who did it: "Robert Singh KPMG robibar amar linkedin post e
  // comment korse" (Robert Singh commented on my post), "Fatima Zahra ofcom amar post like korse".
  [
    new RegExp(String.raw`${subject}((?:(?! ke\b)[^,;])*?) (${theirWord})\b`, 'gu'),
    (_m: string, name: string, rest: string, verb: string) =>
      `${name} ${theirs[verb] ?? verb}${rest}`,
  ],
  // What the contact did: "Dev bhai phone korse gotokal" (rang me), "bollo he'll refer me".
  [new RegExp(String.raw`\b(${theirWord})\b`, 'gu'), (verb: string) => theirs[verb] ?? verb],
  [/(?<![\p{L}'’-])(\p{L}+) ke (?=\p{L})/gu, '$1 '],
  [/ ke(?=[,;.!]|$)/gu, ''],
  [
    /(?<![\p{L}'’-])(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december) e(?![\p{L}'’-])/giu,
    'in $1',
  ],
  // Places and ways: "linkedin e" (on), "email e" (by), "Northwind e" (at), "screening er jonno"
  // (for), "portfolio niye" (about), "booking er" (its).
  [
    /(?<![\p{L}'’-])(linkedin|whatsapp|teams|zoom|slack|insta|instagram|facebook|fb) e(?![\p{L}'’-])/giu,
    'on $1',
  ],
  [/(?<![\p{L}'’-])(email|e-mail|mail|text|msg|phone) e(?![\p{L}'’-])/giu, 'by $1'],
  [/(?<![\p{L}'’-])([\p{L}][\p{L}\d.'’-]*) er (?:jonno|lagi)(?![\p{L}'’-])/gu, 'for $1'],
  [/(?<![\p{L}'’-])([\p{L}][\p{L}\d.'’-]*) er age(?![\p{L}'’-])/gu, 'before $1'],
  [/(?<![\p{L}'’-])([\p{L}][\p{L}\d.'’-]*) niye(?![\p{L}'’-])/gu, 'about $1'],
  [/(?<![\p{L}'’-])([\p{L}][\p{L}\d.'’-]*) er(?![\p{L}'’-])/gu, "$1's"],
  [/(?<![\p{L}'’-])([\p{L}][\p{L}\d.&'’-]*) (?:e|te)(?![\p{L}'’-])/gu, 'at $1'],
  // The rest: "amar" (my), "amake" (me), "ekta" (a), "ase" (there is), "khulbe" (will open),
  // "close hoye gese" (has closed), "kono reply nai" (no reply), "dekha" (met).
  [word('amar'), 'my'],
  [word('amake'), 'me'],
  [word('ami'), 'I'],
  [word('ekta'), 'a'],
  [word('kono reply nai'), 'no reply'],
  [word('close hoye gese'), 'has closed'],
  [word('nai'), 'no'],
  [word('dekha'), 'met'],
  [word('kotha'), 'talk'],
  [word('golpo'), 'chat'],
  [word('onek'), 'lots of'],
  [word('khub'), 'very'],
  [word('duijonei|duijon'), 'both'],
  [word('ar'), 'and'],
  [word('o join korlo'), 'joined too'],
  [word('kaj kore'), 'works'],
  [word('dhonnobad'), 'thanks'],
];

const bengaliMarker =
  /(?<![\p{L}'’-])(?:gotokal|korlam|korse|korlo|dilam|dilo|dise|pathailam|pathaise|pathailo|pathaisilo|bollo|shathe|shate|theke|amar|amake|jiggesh|chaise|aslo|niye|kotha|golpo|duijon|duijonei|din age|week age|shombar|mongolbar|budhbar|brishpotibar|shukrobar|shonibar|robibar)(?![\p{L}'’-])/u;

/** The line with its Bengali put into English; a line with none comes back as it was. */
export function mendBengali(line: string): string {
  return bengaliMarker.test(line) ? applySwaps(line, bengaliWords) : line;
}
