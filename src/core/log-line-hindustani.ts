// Hindi and Urdu in a one-line log, in Latin letters, put into English before it is read. A
// speaker's notes keep Hindustani's order, the verb last and the case after the name ("Thomas sahab
// ne call kiya parson", "zoe martin ko CV bheja", "Margaret baji se phone pe baat hui", "Marcus
// Bell ke saath drinks"): the days and times, the words after a name that say who did what ("ne"
// did it, "ko" had it done to them, "se" and "ke saath" with them, "ka" theirs) and the verbs that
// close a clause ("call kiya", "bheja", "pucha", "intro karwaya") become the English every later
// rule reads. A line is read so only when it is Hindustani by a word no English note uses.

import { applySwaps, type Swap, wholeWord as word } from './log-line-tokens.js';

const days: Record<string, string> = {
  jumeraat: 'Thursday',
  jumerat: 'Thursday',
  itwar: 'Sunday',
  itwaar: 'Sunday',
  somvar: 'Monday',
  somwar: 'Monday',
  mangalvar: 'Tuesday',
  mangalwar: 'Tuesday',
  budhvar: 'Wednesday',
  budhwar: 'Wednesday',
  guruvar: 'Thursday',
  guruwar: 'Thursday',
  shukravar: 'Friday',
  shukrawar: 'Friday',
  shanivar: 'Saturday',
  shaniwar: 'Saturday',
  ravivar: 'Sunday',
  raviwar: 'Sunday',
};
const dayWord = `(${Object.keys(days).join('|')})`;
const dayOf = (said: string) => days[said.toLowerCase()] ?? said;

/** The short days, read only with "ko" after them: "Budh" and "Mangal" are names too. */
const shortDays: Record<string, string> = {
  budh: 'Wednesday',
  mangal: 'Tuesday',
  pir: 'Monday',
  peer: 'Monday',
};

/** The courtesies said after a name: "sahab", "baji", "bhai", "didi", "ji", "uncle". */
const courtesy =
  '(?:sahab|sahib|saab|sahiba|bhai|bhaiya|didi|baji|baaji|apa|ji|sir|madam|uncle|aunty|auntie)';

/** Capitalised words that are no name: the months, the days and the words a clause opens with. */
const notName = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|LinkedIn|Linkedin|WhatsApp|Whatsapp|Email|Text|Call|Zoom|Teams)\b`;

/** The short words of a Hindustani clause, none of them a name. */
const smallWord = String.raw`(?:aur|ne|ko|se|ke|ka|ki|pe|par|dono|mein|kal|aaj|parson|unhon|unhone|usne|woh|thank|thanks|you|whatsapp|linkedin|email|text|call)(?![\p{L}'’-])`;

/**
 * A thing a clause speaks of, up to five words with none of the words that mark a clause's
 * people: "ONS ke stats QA job" in "emily clarke ko ONS ke stats QA job ke baray mein email kiya".
 */
const phrase = String.raw`(?<![\p{L}\p{N}&.'’()-])((?:(?!(?:ko|ne|se|pe|par|mein|pucha|poocha|bataya|kiya)(?![\p{L}'’-]))[\p{L}\p{N}&.'’()-]+ ){0,4}[\p{L}\p{N}&.'’()-]+)`;

/**
 * A name as a line writes it: capitalised words, or a first name and surname in small letters
 * opening the line or a clause or after a postposition ("whatsapp pe chidi ko"); then the
 * courtesy and the firm in brackets ("Robert Singh sahab (KPMG)", "alexandra reid sahiba", "Katie
 * (BBC)").
 */
const name = String.raw`((?:(?!${notName})\p{Lu}[\p{L}'’.-]*(?: (?!${notName})\p{Lu}[\p{L}'’-]*){0,2}|(?<=^|[,;] |\b(?:pe|par|aur|ne) )(?!${smallWord})\p{Ll}[\p{L}'’-]+(?: (?!${smallWord})\p{Ll}[\p{L}'’-]+)?)(?: (?:at|from) \p{Lu}[\p{L}&.'’-]*)?(?: ${courtesy})?(?: \([^)]*\))?)`;

/** What was done, the verb that closes a clause, as English says it of the contact ("X ne …"). */
const theyDid: Readonly<Record<string, string>> = {
  'call kiya': 'called me',
  'call ki': 'called me',
  'phone kiya': 'called me',
  'ring kiya': 'rang me',
  'text kiya': 'texted me',
  'message kiya': 'messaged me',
  'msg kiya': 'messaged me',
  'email kiya': 'emailed me',
  'mail kiya': 'emailed me',
  'whatsapp kiya': 'whatsapped me',
  'dm kiya': 'messaged me',
  'ping kiya': 'pinged me',
  'follow kiya': 'followed me',
  'like kiya': 'liked',
  'comment kiya': 'commented on',
  'share kiya': 'shared',
  'forward kiya': 'forwarded me',
  'review kiya': 'reviewed',
  'refer kiya': 'referred me',
  'offer kiya': 'offered me',
  'intro karwaya': 'introduced me to',
  'intro karwa diya': 'introduced me to',
  'intro karaya': 'introduced me to',
  'intro kara diya': 'introduced me to',
  'intro kiya': 'introduced me to',
  'thank you bola': 'thanked me',
  'thank you kaha': 'thanked me',
  'thanks bola': 'thanked me',
  'shukriya bola': 'thanked me',
  'shukriya kaha': 'thanked me',
  'shukriya ada kiya': 'thanked me',
  bheja: 'sent me',
  bheji: 'sent me',
  bheje: 'sent me',
  pucha: 'asked me',
  poocha: 'asked me',
  puchha: 'asked me',
  bataya: 'told me about',
  batayi: 'told me about',
  manga: 'asked for',
  mangi: 'asked for',
  diya: 'gave me',
  'de di': 'gave me',
  bola: 'said',
  boli: 'said',
  bole: 'said',
  kaha: 'said',
};

/** The same verbs done by the user to someone ("X ko …"), or with no one named. */
const iDid: Readonly<Record<string, string>> = {
  'call kiya': 'called',
  'call ki': 'called',
  'call ki thi': 'called',
  'phone kiya': 'called',
  'ring kiya': 'rang',
  'text kiya': 'texted',
  'message kiya': 'messaged',
  'msg kiya': 'messaged',
  'email kiya': 'emailed',
  'mail kiya': 'emailed',
  'whatsapp kiya': 'whatsapped',
  'dm kiya': 'messaged',
  'ping kiya': 'pinged',
  'follow up kiya': 'followed up with',
  'follow kiya': 'followed',
  'like kiya': 'liked',
  'comment kiya': 'commented on',
  'share kiya': 'shared with',
  'forward kiya': 'forwarded',
  'review kiya': 'reviewed',
  'refer kiya': 'referred',
  'offer kiya': 'offered',
  'intro karwaya': 'introduced',
  'intro karaya': 'introduced',
  'intro kiya': 'introduced',
  'thank you bola': 'thanked',
  'thank you kaha': 'thanked',
  'thanks bola': 'thanked',
  'shukriya bola': 'thanked',
  'shukriya kaha': 'thanked',
  'shukriya ada kiya': 'thanked',
  'voicemail chhoda': 'left a voicemail for',
  bheja: 'sent',
  bheji: 'sent',
  bheje: 'sent',
  pucha: 'asked',
  poocha: 'asked',
  puchha: 'asked',
  bataya: 'told',
  diya: 'gave',
};

const verbsOf = (table: Readonly<Record<string, string>>) =>
  Object.keys(table)
    .sort((a, b) => b.length - a.length)
    .join('|');
const theyDidWord = verbsOf(theyDid);
const iDidWord = verbsOf(iDid);
const said = (table: Readonly<Record<string, string>>, verb: string) =>
  table[verb.toLowerCase()] ?? verb;

/** A clause's end: a comma, a full stop or the line's end. */
const clauseEnd = String.raw`(?=\s*(?:[,;.!?]|$))`;

/** The ways of talking a "ka … aya" names: "X ka call aya" (X called). */
const cameFrom: Readonly<Record<string, string>> = {
  call: 'called me',
  phone: 'called me',
  email: 'emailed me',
  mail: 'emailed me',
  message: 'messaged me',
  msg: 'messaged me',
  text: 'texted me',
  whatsapp: 'whatsapped me',
  reply: 'replied',
  jawab: 'replied',
  comment: 'commented',
};

/** "QA head chahiye" is "needs a QA head"; "meri help", "mera VAT number" keep their own word. */
function some(what: string): string {
  return /^(?:my|mera|meri|mere|apna|apni|apne|unka|unki|unke|a|an|the|\d)(?![\p{L}'’-])/iu.test(
    what,
  )
    ? what
    : `a ${what}`;
}

/** "linkedin pe article" is "article linkedin pe": how it went closes the clause, as in English. */
function wayLast(what: string): string {
  return what.replace(/^((?:[\p{L}-]+ ){1,2}?(?:pe|par)) (.+)$/u, '$2 $1');
}

/** Words and phrases no English note uses: swapped wherever they stand. */
const hindustaniWords: readonly Swap[] = [
  // "WhatsApp kiya", "Call kiya": the verbs in small letters, as the tables hold them.
  [
    new RegExp(String.raw`\b(?:${theyDidWord}|${iDidWord})\b`, 'giu'),
    (verb: string) => verb.toLowerCase(),
  ],
  // Days and times: "aaj" (today), "pichle hafte" (last week), "Jumeraat ko" (on Thursday),
  // "24th ko", "26 nov ko" (on that day); "parson", "Jumma" and "kal" are read for every line,
  // with the regional Englishes.
  [word(`${dayWord}(?: ko)?`), (_m: string, day: string) => dayOf(day)],
  [word('(jumm?ah?|jummay|jumme) ko'), '$1'],
  // "Budh ko", "mangal ko", "pir ko": the short days, only with "ko" (on) after them.
  [
    word('(budh|mangal|pir|peer) ko'),
    (_m: string, day: string) => shortDays[day.toLowerCase()] ?? day,
  ],
  [word('aaj'), 'today'],
  [/\b(\d{1,2}(?:st|nd|rd|th)) ko\b/gu, 'on the $1'],
  [
    /\b(\d{1,2}(?:\/\d{1,2}(?:\/\d{2,4})?| (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\p{L}*)) ko\b/giu,
    'on $1',
  ],
  [word('abhi tak'), 'still'],
  [
    word('(?:abhi )?(?:koi jawab nahi|koi jawab nahin|kuch nahi|kuch nahin)(?: aya| mila)?'),
    'no reply yet',
  ],
  // "Hays wali Olivia" (Olivia from Hays), "Emma Clark Lloyds wali" (Emma Clark from Lloyds).
  [
    /(?<![\p{L}'’-])(\p{Lu}[\p{L}.&'’-]*) (?:wali|wala|wale) (\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?)/gu,
    '$2 from $1',
  ],
  [/(?<=\p{Lu}[\p{L}'’-]*) (\p{Lu}[\p{L}&.'’-]*) (?:wali|wala|wale)\b/gu, ' from $1'],
  // "Chidi aur uske dost Peter": Chidi and Peter, his friend.
  [word('(aur|and) (?:uske|unke|uski|unki|apne|mere) (?:dost|friend|colleague|saathi)'), '$1'],
  // Who introduced whom: "X ne mujhe Y se intro karwaya" (X introduced the user to Y).
  [
    new RegExp(
      String.raw`${name} ne ((?:\p{L}+ (?:pe|par) )?)mujhe (.+?) se intro (?:karwaya|karwa diya|karaya|kara diya|kiya)`,
      'gu',
    ),
    (_m: string, who: string, how: string, whom: string) =>
      `${who} introduced me to ${whom}${how ? ` ${how.trim()}` : ''}`,
  ],
  // A call or a note that came: "lee jordan ka call aya" (Lee called), "Fatima baji ka comment
  // aya" (she commented).
  [
    new RegExp(
      String.raw`${name} (?:ka|ki|ke) (${Object.keys(cameFrom).join('|')}) (?:aya|aaya|ayi|aayi|aa gaya|aa gayi)\b`,
      'giu',
    ),
    (_m: string, who: string, what: string) => `${who} ${cameFrom[what.toLowerCase()] ?? what}`,
  ],
  // With whom: "Marcus Bell ke saath drinks" (drinks with him), "Margaret baji se phone pe baat
  // hui" (a call with her), "Bilal Qureshi se mila" (met him).
  [
    new RegExp(
      String.raw`${name}((?: (?:aur|and) ${name})*)(?: dono| donon)? ke (?:saath|sath) (chai|coffee|lunch|dinner|drinks|breakfast|video call|call|zoom|teams call|meeting)`,
      'gu',
    ),
    (_m: string, who: string, more: string, _other: string, what: string) =>
      `${what.toLowerCase() === 'chai' ? 'coffee' : what} with ${who}${more.replace(/ aur /gu, ' and ')}`,
  ],
  [
    new RegExp(
      String.raw`${name}((?: (?:aur|and) ${name})*)(?: dono| donon)? ke (?:saath|sath)\b`,
      'gu',
    ),
    (_m: string, who: string, more: string) => `with ${who}${more.replace(/ aur /gu, ' and ')}`,
  ],
  [
    new RegExp(String.raw`${name} se (?:phone|call) (?:pe|par) baat (?:hui|huyi)`, 'gu'),
    'call with $1',
  ],
  [
    new RegExp(String.raw`${name} se (?:call|video call|zoom call) (?:hui|huyi)`, 'gu'),
    'call with $1',
  ],
  [
    new RegExp(
      String.raw`${name}((?: (?:aur|and) ${name})*) (?:dono |donon )?se (?:([^,;]*?) (?:pe|par|mein) )?mil (?:ke|kar) baat (?:hui|huyi)`,
      'gu',
    ),
    (_m: string, who: string, more: string, _other: string, where?: string) =>
      `met ${who}${more.replace(/ aur /gu, ' and ')}${where ? ` at ${where}` : ''} and talked`,
  ],
  [new RegExp(String.raw`${name} se baat (?:hui|huyi)`, 'gu'), 'talked with $1'],
  [
    new RegExp(
      String.raw`${name}((?: (?:aur|and) ${name})*) (?:dono |donon )?se (?:([^,;]*?) (?:pe|par|mein) )?(?:mila|mili|mile)\b`,
      'gu',
    ),
    (_m: string, who: string, more: string, _other: string, where?: string) =>
      `met ${who}${more.replace(/ aur /gu, ' and ')}${where ? ` at ${where}` : ''}`,
  ],
  // Whose work they asked for: "CV bheja jo usne manga tha" (that she asked for), "unhon ne manga
  // nahi tha" (they had not asked for it).
  [word('(?:jo )?(?:usne|unhon ne|unhone|unho ne) manga nahi tha|manga nahi tha'), 'unasked'],
  [
    word('(?:(?:jo|jis ka|jiska) )?(?:usne|unhon ne|unhone|unho ne) manga tha'),
    'that they asked for',
  ],
  // What a clause is about, and what is needed: "ONS ke stats QA job ke baray mein" (about the
  // job), "Starling ko QA head chahiye" (Starling needs one), "panel ke liye meri availability
  // chahiye" (they need it for the panel).
  [
    new RegExp(String.raw`${phrase} ke (?:baray|baare|bare) (?:mein|main|me)(?![\p{L}'’-])`, 'gu'),
    'about $1',
  ],
  [
    new RegExp(String.raw`${name} ko ${phrase} chahiye\b`, 'gu'),
    (_m: string, who: string, what: string) => `${who} needs ${some(what)}`,
  ],
  [
    new RegExp(String.raw`${phrase} (?:ke liye|ke liyay) ${phrase} chahiye\b`, 'gu'),
    (_m: string, why: string, what: string) => `they need ${some(what)} for ${why}`,
  ],
  [
    new RegExp(String.raw`${phrase} chahiye\b`, 'gu'),
    (_m: string, what: string) => `they need ${some(what)}`,
  ],
  // Who did it, and to whom: "Thomas sahab ne call kiya" (he called), "zoe martin ko CV bheja"
  // (the user sent it to her), "Siobhan se follow up kiya" (followed up with her); "voicemail
  // chhoda Mark Evans ko" (left him a voicemail).
  [
    new RegExp(String.raw`${name} ne (.*?)\b(${theyDidWord})\b`, 'gu'),
    (_m: string, who: string, what: string, verb: string) =>
      `${who} ${said(theyDid, verb)} ${wayLast(what)}`.replace(/\s+$/u, ''),
  ],
  [
    new RegExp(String.raw`\b(voicemail chhoda|voicemail chhodi) ${name} ko\b`, 'gu'),
    (_m: string, _verb: string, who: string) => `left ${who} a voicemail`,
  ],
  [
    new RegExp(String.raw`${name} (?:ko|se) (.*?)\b(${iDidWord})\b`, 'gu'),
    (_m: string, who: string, what: string, verb: string) =>
      `${said(iDid, verb)} ${who} ${wayLast(what)}`.replace(/\s+$/u, ''),
  ],
  // "Robert Singh sahab bole" (said).
  [new RegExp(String.raw`${name} (?:bole|bola|boli)\b`, 'gu'), '$1 said'],
  // A verb left closing a clause, with no one before it: put first, as English says it
  // ("freelance test audit ka kaam offer kiya" → "offered freelance test audit ka kaam").
  [
    new RegExp(String.raw`(^|[,;] )([^,;]*?) (${iDidWord})${clauseEnd}`, 'gu'),
    (_m: string, open: string, what: string, verb: string) => `${open}${said(iDid, verb)} ${what}`,
  ],
  [new RegExp(String.raw`\b(${iDidWord})\b`, 'giu'), (verb: string) => said(iDid, verb)],
  // What someone has: "Arup mein test manager ki opening hai" (an opening at Arup).
  [
    /(\p{L}[\p{L}&.'’-]*) mein ([^,;]+?) (?:ki|ka) (opening|vacancy|job|role) (?:hai|he|thi)\b/gu,
    "there's a $2 $3 at $1",
  ],
  [/([^,;]+?) (?:ki|ka) (opening|vacancy) (?:hai|he|thi)\b/gu, "there's a $1 $2"],
  // "pucha kya main … sakta hun" (asked if I could); "bohat helpful tha" (was very helpful).
  [word('kya main|kya mai|ke kya main'), 'if I'],
  [word('(?:de )?(?:sakta|sakti) (?:hun|hoon|hu)'), 'could'],
  [word('(?:bohat|bahut|bohot|bhot) (\\p{L}+) (?:tha|thi|the)'), 'was very $1'],
  [word('(\\p{L}+) (?:tha|thi)'), 'was $1'],
  [word('bohat|bahut|bohot|bhot'), 'very'],
  // Postpositions after their word: "linkedin pe" (on), "email pe" (by), "Wise mein" (at), "role
  // ke liye" (for), "Just Eat hiring ke baray mein" (about).
  [
    /\b(?:mere|meri|mera|apne|apni|apna) ((?:[\p{L}-]+ ){0,3}?[\p{L}-]+) (?:pe|par)\b/gu,
    'on my $1',
  ],
  [
    /\b(video call|phone call|slack dm|linkedin dm|linkedin message|dm|email|e-mail|mail|phone) (?:pe|par|mein)\b/giu,
    (_m: string, how: string) =>
      /mail/iu.test(how) ? 'by email' : /phone/iu.test(how) ? 'by phone' : `on ${how}`,
  ],
  [
    /\b((?:[\p{L}-]+ )?(?:meetup|event|conference|night|fair|office|summit|talk)) (?:pe|par|mein)\b/giu,
    'at $1',
  ],
  [/\b(\p{L}+) (?:pe|par)\b/giu, 'on $1'],
  [/\b([\p{L}&.'’-]+(?: [\p{L}&.'’-]+)?) ke (?:liye|liyay)\b/gu, 'for $1'],
  [/\b(\p{Lu}[\p{L}&.'’-]*) mein\b/gu, 'at $1'],
  // "contract testing wala article": the article on it.
  [word('wala|wali|wale'), ''],
  // Whose: "Google ka QA role" (Google's), "mera CV" (my), "unki design team" (their).
  [/(?<=\p{L})(?: ka| ki| ke)(?= \p{L})/gu, "'s"],
  [word('mera|meri|mere|apna|apni|apne'), 'my'],
  [word('unka|unki|unke|uska|uski|uske'), 'their'],
  [word('mujhe|mujh ko'), 'me'],
  [word('aur'), 'and'],
  [word('dono'), 'both'],
  [word('dost'), 'friend'],
  [word('nahi|nahin'), 'not'],
  [word('hai|hain'), 'is'],
  [word('gaya|gayi|ho gaya|ho gayi'), 'gone'],
  [word('ab'), 'now'],
  [word('kaam'), 'work'],
  [word('chai'), 'coffee'],
];

const hindustaniMarker =
  /(?<![\p{L}'’-])(?:kiya|kiye|ki thi|karwaya|karwa diya|karaya|bheja|bheji|bheje|pucha|poocha|puchha|bataya|batayi|baat hui|baat huyi|call hui|ke saath|ke sath|parson|pichh?le|hafte|[Jj]umm?ah?|[Jj]umm?ay|[Jj]umeraat|shukriya|shukria|bohat|chahiye|manga|unhon|unhone|usne|mujhe|baray mein|bare mein|baare mein|abhi tak|koi jawab|bola|boli|bole|aya|aaya|ayi|aayi|chhoda|dono|(?:call|text|email|message) ki|se mil(?:a|i|e|ke|kar)|(?:sahab|baji|sahiba) (?:ne|ko|se|ka|ki|ke))(?![\p{L}'’-])/u;

/** "Mangalvar ko", "Budh ko": a day with "ko" (on) after it marks a line on its own. */
const dayWithKo = new RegExp(
  String.raw`(?<![\p{L}'’-])(?:${dayWord.slice(1, -1)}|${Object.keys(shortDays).join('|')}) ko(?![\p{L}'’-])`,
  'iu',
);

/** Fiji Hindi's swaps match in small letters, as its marker does. */
const fijiWord = (text: string) => word(text, 'gu');

/**
 * Fiji Hindi by the parts other Hindustani has not: the third person's past in "-is" ("phone
 * karis", phoned; "bolis", said; "puchis", asked; "bhejis", sent) and "hamke" (me, to me).
 */
const fijiHindiMarker = /(?<![\p{L}'’-])(?:karis|bolis|puchis|bhejis|hamke)(?![\p{L}'’-])/u;

/**
 * A clause's verb with "karis" (did) closing it, and what comes before it in the clause: "Olivia
 * Hays wali phone karis", "Anna linkedin pe message karis", "Jose ko whatsapp karis".
 */
const didClause = /(^|[,;]\s*)([^,;]*?)([\p{L}-]+) karis(?![\p{L}'’-])/gu;

/** How it was done, before "pe" (on): "linkedin pe"; a video call is a call on video. */
const wayBefore = /^(.*?\S)\s+(?:hamke\s+)?((?:[\p{L}-]+ (?:pe|par) )?)((?:video|zoom|teams) )?$/u;

/**
 * "karis" is what someone else did: with a name before it the clause says who ("Priya phone karis",
 * Priya phoned), and in Hindustani "ne" marks that; with "ko" before it, or nothing (a note leaves
 * out "I"), the user did it to someone ("Jose ko whatsapp karis", "phone karis Rohit").
 */
function didWhat(_m: string, open: string, before: string, verb: string): string {
  const done = `${verb} kiya`;
  if (!before.trim() || /(?<![\p{L}'’-])(?:ko|ne)\s*$/u.test(before))
    return `${open}${before}${done}`;
  const parts = wayBefore.exec(before);
  if (!parts) return `${open}${before}${done}`;
  const [, who, way, video] = parts;
  return video ? `${open}${who} ne ${way}${video}pe ${done}` : `${open}${who} ne ${way}${done}`;
}

const fijiHindiSwaps: readonly Swap[] = [
  // "hamke intro karis to Shalini": introduced me to her; the English "to" is the verb's own.
  [fijiWord('(intro karis) to'), '$1'],
  [didClause, didWhat],
  [fijiWord('bolis'), 'bola'],
  [fijiWord('puchis'), 'pucha'],
  [fijiWord('bhejis|bhej dia|bhej diya|bhej dis'), 'bheja'],
  // "she bhejega the job spec": she will send it.
  [fijiWord('bhejega|bhejegi|bhejenge'), 'will send'],
];

/**
 * The line with its Hindi or Urdu put into English; a line with none comes back as it was. Fiji
 * Hindi's own verb parts are put into the Hindustani the rest of the reader knows first.
 */
export function mendHindustani(text: string): string {
  const line = fijiHindiMarker.test(text) ? applySwaps(text, fijiHindiSwaps) : text;
  return hindustaniMarker.test(line) || dayWithKo.test(line)
    ? applySwaps(line, hindustaniWords)
    : line;
}
