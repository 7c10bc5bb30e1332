// Shorthand of notes written like a CRM's, spelled out before a one-line log is read: "coffee Th",
// "vid call", "gmeet", "WA'd", "LI msg", "connect req", "vm fr Sam", "2d ago", "intro req",
// "ty email -> Jo", "ty for the intro", "she's putting me fwd".

/** A whole word, in the case written: "LI" and not "Li", "Th" and not "th". */
const word = (text: string, flags = 'gu') =>
  new RegExp(String.raw`(?<![\p{L}\d'’/])${text}(?![\p{L}\d'’/])`, flags);

/**
 * A short weekday capitalised after the first word ("coffee Sat", "gmeet Wed w Tom"), or ending a
 * sentence ("fair 1030 Thu. Now at BAE").
 */
const shortDay = (text: string) =>
  new RegExp(String.raw`(?<=\S )(?:${text})(?![\p{L}'’]|\.(?! \p{Lu}|$))`, 'gu');

/** Who someone is to the user, opening a line before their name: "Ex-colleague", "Recruiter". */
const relation = String.raw`(?:[Ee]x-?|[Ff]ormer |[Oo]ld )(?:colleague|boss|manager|team ?mate|classmate)|[Rr]ecruiter|[Hh]eadhunter|[Cc]areers? (?:coach|adviser|advisor)`;

const spelledOut: readonly [RegExp, string][] = [
  // "coffee Th", "2nd call Tu", "gmeet Wed w Tom", "coffee Sat": the short weekdays of a diary,
  // capitalised after the first word, spelled out so none is read as a name after "call".
  [word('Th'), 'Thursday'],
  [word('Tu'), 'Tuesday'],
  [shortDay('Tues?'), 'Tuesday'],
  [shortDay('Weds?'), 'Wednesday'],
  [shortDay('Thu|Thur|Thurs'), 'Thursday'],
  [shortDay('Fri'), 'Friday'],
  // "Sat next to Declan Moore": the verb, sat beside someone.
  [shortDay(String.raw`Sat(?! (?:next to|beside|opposite|down|through|in on)\b)`), 'Saturday'],
  // "Vid call Sun w/ Jose": before "w/", Sun is the day, not someone called Sun.
  [/(?<=\S )Sun(?= w\/ )/gu, 'Sunday'],
  [word('vid call', 'giu'), 'video call'],
  // "Emma Clark video 18/11", "Jose Alvarez (Glovo), video 13:00 Fri", "have video 17/11": a
  // video call, named by when it was; "sent me a video about interviews" is a thing sent.
  [
    /(?<=(?:^|[\p{L})][,:]? ))(?<!\b(?:a|an|the|this|that|his|her|my|their|our|your|watched|shared|sent|made|recorded) )video(?= (?:(?:[01]?\d|2[0-3])[:.][0-5]\d|\d{1,2}\/\d{1,2}|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*|yesterday|today|this morning|last night)\b)/giu,
    'video call',
  ],
  // "Word from Ana Lopez: Spotify's legal team…": news heard from someone.
  [/^Word from (?=\p{Lu})/u, 'Heard from '],
  [word('gmeet', 'giu'), 'video call'],
  // "Priya WA'd", "Ben Ng LI'd me", "Zach LI msg'd me": messaged, on WhatsApp or LinkedIn.
  [word("WA['’]d", 'giu'), 'whatsapped'],
  [word("LI(?: msg)?['’]d"), "dm'd"],
  [word('WA'), 'WhatsApp'],
  [word('LI'), 'LinkedIn'],
  [word('connect req(?:uest)?', 'giu'), 'connection request'],
  [word('vm', 'giu'), 'voicemail'],
  // A duty log's shorthand: "Tel call rcvd fm withheld number", "Rcvd email fm Euan Grant",
  // "Tel conf w/ Priya". "FM" in capitals is radio, and stays.
  [word("rcvd|recvd|rec['’]?d", 'giu'), 'received'],
  // A service log's: "VTC w/ Schmidt" is a video call, "tks" and "thks" are thanks.
  [word('VTC'), 'video call'],
  [word('t(?:h)?ks', 'giu'), 'thanks'],
  [/(?<![\p{L}\d'’/])fm(?= (?:\p{Lu}|an? |the |my |his |her |their ))/gu, 'from'],
  [word('tel(?:ephone)? call', 'giu'), 'phone call'],
  [word('tel conf(?:erence)?', 'giu'), 'call'],
  // "thank-you email received from Katie Morris": an email from her.
  [/(?<=\p{L}) received (?=from\b)/gu, ' '],
  [word('txt', 'giu'), 'text'],
  // "Sat eve, wee blether w/ Siobhan": the evening of that day.
  [/(?<=\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.? )eve\b/giu, 'evening'],
  [word('fr', 'giu'), 'from'],
  [word("fwd['’]?d", 'giu'), 'forwarded'],
  [word('fwd', 'giu'), 'forward'],
  [/(?<![\p{L}\d])(\d+) ?d ago\b/giu, '$1 days ago'],
  // "intro req to the Wise CRO", "intro req email -> Olivia": asking for an intro.
  [word('intro req', 'giu'), 'intro request'],
  // "Intercom's Niamh emailed thurs", "Deloitte's Elizabeth T asked…": where someone works, owning
  // them, opening the line before what they did; "Benjamin Carter's EA emailed" is someone else.
  [
    /^(\p{Lu}[\p{L}\d&.-]*(?: \p{Lu}[\p{L}\d&.-]*)?)['’]s (\p{Lu}\p{Ll}+(?: \p{Lu}\.?| \p{Lu}\p{Ll}+)?) (?=(?:emailed|rang|called|messaged|texted|asked|sent|replied|phoned|invited|offered|said|wrote|pinged|whatsapped|dm['’]?d|got|came|put|introduced)\b)/u,
    '$2 at $1 ',
  ],
  // "ty email -> Jo for the lead", "ty LI msg -> Jonny": thanks sent that way.
  [/^ty (?=\S+(?: msg)? (?:->|→) )/iu, 'sent thanks by '],
  // "messaged to say ty for the sql cheatsheet", "messaged margaret ty for the intro": thanks for.
  [/(?<![\p{L}\d'’/])ty(?= for\b)/giu, 'thanks'],
];

const weekdays: Readonly<Record<string, string>> = {
  mon: 'Monday',
  tue: 'Tuesday',
  tues: 'Tuesday',
  wed: 'Wednesday',
  weds: 'Wednesday',
  thu: 'Thursday',
  thur: 'Thursday',
  thurs: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};

/**
 * "Sat 28th: wrote thank-you cards", "Mon: coffee with Ana", "Fri 4 - call", "Fri drinks with",
 * "wed google meet w ben":
 * a short weekday opening the line before a day of the month, a colon or what was had is the day
 * of a diary's entry.
 */
const openingDay =
  /^(mon|tues?|weds?|thu|thurs?|fri|sat|sun)\.?(?= \d{1,2}(?:st|nd|rd|th)?\b| ?:| (?:drinks|coffee|lunch|dinner|breakfast|brunch|call|chat|catch[ -]?up|zoom|teams|video|vid|meeting|mtg|pint|walk|interview|phone|email|text|msg|message|f\/u|follow[- ]?up|chased|called|emailed|rang|phoned|messaged|texted|pinged|met|saw|eve|evening|morning|afternoon|night|am|pm|google meet|kopi|whatsapp|linkedin|dm)\b)/iu;

/**
 * "Wed Marcus put me in touch…": a capitalised short weekday opening the line before a name. Not
 * "Sun", which is a name too ("Sun Li emailed"), unless written in lower case before a full name
 * ("sun Zoe Martin said…").
 */
const openingDayBeforeName =
  /^(?:Mon|Tues?|Weds?|Thu|Thurs?|Fri|Sat)\.?(?=,? \p{Lu}\p{Ll})|^sun(?=,? \p{Lu}\p{Ll}+ \p{Lu}\p{Ll})/u;

/**
 * "Ex-colleague Anoop Thomas emailed", "Recruiter named Tom Fielding from Harvey Nash called": who
 * they are to the user, then their full name. The name leads, and who they are follows it in
 * brackets ("Anoop Thomas (an ex-colleague) emailed"), never read as where they work.
 */
const relationFirst = [
  new RegExp(
    String.raw`^(?:[Mm]y )?(${relation})(?: (?:named|called))? (\p{Lu}\p{Ll}+ \p{Lu}[\p{L}'’-]+)(?![\p{L}'’-]| \p{Lu})`,
    'u',
  ),
  new RegExp(
    String.raw`^(?:[Mm]y )?(${relation}) (?:named|called) (?!(?:me|us|him|her|them|back|about|again)\b)(\p{Ll}+ \p{Ll}[\p{L}'’-]+)(?![\p{L}'’-]| \p{L}+ (?:from|at)\b)`,
    'u',
  ),
];

const nameBeforeRelation = (_match: string, who: string, name: string) => {
  const lower = who.toLowerCase();
  return `${name} (${/^[aeiou]/.test(lower) ? 'an' : 'a'} ${lower})`;
};

/** The line with a CRM's shorthand spelled out. */
export function mendCrmShorthand(line: string): string {
  const fullDay = (day: string) => weekdays[day.toLowerCase().replace('.', '')] ?? day;
  let out = line.replace(openingDay, fullDay).replace(openingDayBeforeName, fullDay);
  for (const [pattern, replacement] of spelledOut) out = out.replace(pattern, replacement);
  for (const pattern of relationFirst) out = out.replace(pattern, nameBeforeRelation);
  return out;
}
