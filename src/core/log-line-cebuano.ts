// Cebuano in a one-line log, put into English before it is read. A Cebuano speaker's English
// notes switch into Bisaya mid-line ("gi-call ko si Dev gahapon", "nag-message ko ni Priya karon",
// "nag-coffee mi ni Joanne sa miaging semana", "si Lee nag-follow nako sa linkedin", "ni-reply si
// Owen sa akong DM", "nakaila ko ni Carlo sa webinar", "salamat kaayo ni Aisha"). Like Tagalog,
// Cebuano marks a name with a small word before it ("si", "ni", "kang"), but the user is "ko" or
// "nako" and "we" is "mi": "gi-call ko si X" and "nag-message ko ni X" are the user's doing, "nag-X
// mi ni Y" a meeting both had, "X nag-follow nako" done to the user. Each phrase of verb and marker
// becomes English where it stands, then the days ("gahapon", yesterday; "sa Martes", on Tuesday;
// "sa miaging semana", last week), the asking ("nangutana", "nangayo ko"), the news ("wala pa",
// nothing yet) and the words that only colour a line ("kaayo", "gyud", "lagi"). The Tagalog words a
// Cebuano note shares ("si", "ni", "nag-", "sa") are read so only in a line that is Cebuano by a
// word neither Tagalog nor English uses; the rest is left to `log-line-tagalog.ts`, read next.

import { applySwaps, type Swap, wholeWord } from './log-line-tokens.js';

/** A whole word or phrase, in small letters only unless told otherwise ("Kang" is a surname). */
const word = (text: string, flags = 'gu') => wholeWord(text, flags);

/**
 * A person as a note names them after "si", "ni" or "kang": a name of one to three words (the
 * first may be in small letters, as after a marker it can only be a name), and the firm in
 * brackets or after "from" a note often puts after it ("Em (Lloyds)", "Lee from Skyscanner").
 */
const who = [
  String.raw`([\p{L}][\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*| \p{Ll}(?=[ ,]|$)){0,2}`,
  String.raw`(?: \([^)]*\)| from \p{Lu}[\p{L}&.'’-]*)?)`,
].join('');

/** A name opening a line, in capitals or not, before a verb that says the user did it to them. */
const whoFirst = [
  String.raw`^(?:(?:ate|kuya|manang|manong|day|dong) )?((?:[\p{L}][\p{L}'’.-]*)`,
  String.raw`(?: (?:from|at) \p{Lu}[\p{L}&.'’-]*| \p{Lu}[\p{L}'’.-]*| \([^)]*\)){0,2})`,
].join('');

/** The ways of writing and calling a note borrows from English, as the user doing them says it. */
const verbs: Record<string, string> = {
  call: 'rang',
  ring: 'rang',
  phone: 'rang',
  message: 'messaged',
  msg: 'messaged',
  chat: 'messaged',
  email: 'emailed',
  'e-mail': 'emailed',
  text: 'texted',
  dm: "DM'd",
  whatsapp: 'whatsapped',
  viber: 'messaged on viber',
  messenger: 'messaged on messenger',
  nudge: 'nudged',
  chase: 'chased',
  ping: 'pinged',
  zoom: 'had a zoom with',
  'follow up': 'followed up with',
  'follow-up': 'followed up with',
  followup: 'followed up with',
  follow: 'followed',
  connect: 'connected with',
  'thank you': 'thanked',
  'thank u': 'thanked',
  thanks: 'thanked',
  salamat: 'thanked',
  intro: 'introduced',
  refer: 'referred',
  like: 'liked',
  comment: 'commented on',
  reply: 'replied',
};
const verb = `(${Object.keys(verbs).join('|')}|DM)`;
const verbAs = (said: string) => verbs[said.toLowerCase()] ?? `${said}ed`;

/** Meetings both had, "nag-coffee mi ni Joanne", as English says them: "coffee with Joanne". */
const together: Record<string, string> = {
  coffee: 'coffee',
  kape: 'coffee',
  lunch: 'lunch',
  dinner: 'dinner',
  drinks: 'drinks',
  breakfast: 'breakfast',
  brunch: 'brunch',
  meeting: 'meeting',
  meet: 'meeting',
  call: 'call',
  'video call': 'video call',
  zoom: 'zoom',
  teams: 'teams call',
  chat: 'chatted by message',
  storya: 'chatted',
  istorya: 'chatted',
};
const meeting = `(${Object.keys(together).join('|')})`;
const meetingAs = (said: string) => together[said.toLowerCase()] ?? said;

/** The days of the week as Cebuano says them, from the Spanish. */
const days: Record<string, string> = {
  lunes: 'Monday',
  martes: 'Tuesday',
  miyerkoles: 'Wednesday',
  miyerkules: 'Wednesday',
  huwebes: 'Thursday',
  biyernes: 'Friday',
  sabado: 'Saturday',
  domingo: 'Sunday',
};
const day = `(${Object.keys(days).join('|')})`;
const dayAs = (said: string) => days[said.toLowerCase()] ?? said;

/** After "sa", a day or a way of talking is no firm: "ni Priya sa Biyernes", "sa LinkedIn". */
const notFirms = new RegExp(
  `^(?:${Object.keys(days).join('|')}|linkedin|whatsapp|messenger|viber|slack|teams|zoom|email|` +
    'fb|facebook|ig|instagram|twitter|text|dm)$',
  'iu',
);

/** What was done to the user, "X nag-follow nako": "X followed me", "X replied to me". */
const toMe = (said: string) =>
  ({ reply: 'replied to me', connect: 'connected with me', 'follow up': 'followed up with me' })[
    said.toLowerCase()
  ] ?? `${verbAs(said).replace(/ (?:to|with|on)$/u, '')} me`;

/** Cebuano put into English, in a line that is Cebuano by a word of its own. */
const cebuanoWords: readonly Swap[] = [
  // Courtesies after a marker, where only a name can follow: "ni ate Mae", "si kuya Jun".
  [/(?<=(?:^|[\s,(])(?:si|ni|kang) )(?:ate|kuya|manang|manong) (?=\p{L})/gu, ''],
  // "ni Jose sa Glovo", "ni Zoe sa Just Eat": the firm of the one named, not where they met (a
  // day or a way of talking after "sa" is no firm).
  [
    new RegExp(
      String.raw`(?<=(?<![\p{L}'’-])(?:si|ni|kang) \p{L}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)?)` +
        String.raw` sa (\p{Lu}[\p{L}&.'’-]*)`,
      'gu',
    ),
    (found: string, firm: string) => (notFirms.test(firm) ? found : ` from ${firm}`),
  ],
  // Thanks: "salamat kaayo ni Aisha for the mock panel" (thanked her), "nag thank you ko ni Kate"
  // (thanked her); "…, salamat kaayo ate!" closing a line that says what was done only colours it.
  [word(`salamat(?: kaayo)?(?: gyud)? (?:ni|kang|kay|si) ${who}`, 'gu'), 'thanked $1'],
  [/(?<=\p{L}.*),? salamat(?: kaayo)?(?: gyud)?(?: (?:ate|kuya|day|dong))?[!.]*$/u, ''],
  [word('salamat kaayo(?: gyud)?'), 'thanks so much'],
  // Meetings both had: "nag-coffee mi ni Joanne", "nag-chat mi ni Jose", "video call mi ni Ana".
  [
    word(`(?:nag-?|nag )?${meeting} (?:mi|kami) (?:ni|si|kang|uban ni|uban kang) ${who}`, 'gu'),
    (_m: string, what: string, name: string) => `${meetingAs(what)} with ${name}`,
  ],
  [word(`nag-?${meeting} mi`, 'gu'), (_m: string, what: string) => meetingAs(what)],
  // What the user did: "gi-call ko si Dev" (rang Dev), "nag-message ko ni Priya", "email ko ni
  // Ben", "follow up ko ni Olivia", "nag-connect ko ni Paolo"; "Daniel gi-call ko" (rang him).
  [
    word(
      `(?:(?:gi|nag|ni)[- ]?${verb} ko|gi-?${verb} nako)(?: na)? (?:si|ni|kang|kay) ${who}`,
      'gu',
    ),
    (_m: string, said = '', saidToo = '', name = '') => `${verbAs(said || saidToo)} ${name}`,
  ],
  [
    word(`${verb} ko (?:ni|kang) ${who}`, 'gu'),
    (_m: string, said: string, name: string) => `${verbAs(said)} ${name}`,
  ],
  [
    new RegExp(`${whoFirst} gi-?${verb} (?:ko|nako)(?![\\p{L}'’-])`, 'u'),
    (_m: string, name: string, said: string) => `${verbAs(said)} ${name}`,
  ],
  [
    word(`(?:gi|nag)[- ]?${verb} ko|gi-?${verb} nako`, 'gu'),
    (_m: string, said = '', saidToo = '') => verbAs(said || saidToo),
  ],
  // Done to the user: "si Lee nag-follow nako" (followed me), "ni-reply si Owen sa akong DM"
  // (replied to my DM), "gi-call ko niya" (rang me).
  [
    word(`(?:si )?${who} nag-?${verb} (?:nako|kanako|sa ako)`, 'gu'),
    (_m: string, name: string, said: string) => `${name} ${toMe(said)}`,
  ],
  [word(`nag-?${verb} (?:nako|kanako|sa ako)`, 'gu'), (_m: string, said: string) => toMe(said)],
  [
    word(`(?:ni|gi|nag)-?${verb} (?:si|ni) ${who}(?= sa akong)`, 'gu'),
    (_m: string, said: string, name: string) => `${name} ${verbAs(said)}`,
  ],
  [
    word(`(?:ni|nag)-?${verb} (?:si|ni) ${who}`, 'gu'),
    (_m: string, said: string, name: string) => `${name} ${toMe(said)}`,
  ],
  [word(`gi-?${verb} (?:ko )?(?:niya|nila)`, 'gu'), (_m: string, said: string) => toMe(said)],
  // Meeting and asking: "nakaila ko ni Carlo" (met him), "nangutana si Aisha" (asked), "nangayo
  // ko ug tips" (asked for), "wala siya nangayo" (unasked), "para mangutana if" (to ask if).
  [word(`nakaila (?:ko|mi) (?:ni|si|kang) ${who}`), 'met $1'],
  [word('nakaila (?:ko|mi)'), 'met'],
  [word(`nangutana (?:ko )?(?:ni|kang|si) ${who}`), 'asked $1'],
  [word('nangutana(?: siya| sila)?'), 'asked'],
  [word('para mangutana'), 'to ask'],
  [word('mangutana'), 'ask'],
  [word('wala (?:siya|sila|sya) nangayo(?: pero sige lang)?'), 'though unasked'],
  [word('nangayo (?:ko|mi)(?: ug| og)?'), 'asked for'],
  [word('nangayo (?:siya|sila|sya)(?: ug| og)?'), 'they asked for'],
  [word('nangayo(?: ug| og)?'), 'asked for'],
  [word('pwede (?:ko|ba ko) (?:niya|nila) i-?(\\p{L}+)'), 'they could $1 me'],
  [word('unsaon(?: pag-?| pag )?(\\p{L}+)(?: ug| og)?'), 'how to $1'],
  // The days: "gahapon" (yesterday), "ganina" (earlier today), "karon" (now), "ugma"
  // (tomorrow), "sa miaging semana" (last week), "sa Martes" (on Tuesday), "Huwebes".
  [word('(?:sa )?miaging semana|(?:sa )?miagi nga semana'), 'last week'],
  [word('(?:sa )?miaging bulan|(?:sa )?miagi nga bulan'), 'last month'],
  [word('gahapon', 'giu'), 'yesterday'],
  [word('ganina', 'giu'), 'today'],
  [word('karon', 'giu'), 'today'],
  [word('ugma', 'giu'), 'tomorrow'],
  [word(`sa ${day}`, 'giu'), (_m: string, said: string) => `on ${dayAs(said)}`],
  [word(day.replace('|domingo', ''), 'giu'), (said: string) => dayAs(said)],
  // News: "wala pa gyud" (nothing yet), "wala pay feedback" (no feedback yet), "naa daw 2 roles"
  // (there are), "naa bay opening sa ila" (is there an opening at theirs).
  [
    word('wala pa(?:y|y reply| gyud| gihapon| jud)?(?: gyud| gihapon)?(?= ?(?:[,;.!]|$))'),
    'nothing yet',
  ],
  [word('wala pay (\\p{L}+)'), 'no $1 yet'],
  [word('wala pa (?:gyud|gihapon)'), 'nothing yet'],
  [word('naa (?:ba|bay)'), 'there is any'],
  [word('naa'), 'there are'],
  [word('sa ila'), 'at theirs'],
  // "applied sa Intercom": applied to a firm.
  [word('(applied|apply|nag-apply) sa'), 'applied to'],
  // Whose: "sa akong DM" (on my DM; replied to it), "sa iyang team", "former TL nako" (mine).
  [word('(?<=replied )sa akong'), 'to my'],
  [word('para sa iyang'), 'for their'],
  [word('sa akong'), 'on my'],
  [word('akong'), 'my'],
  [word('iyang'), 'their'],
  [word('nako'), 'of mine'],
  // What only colours a line: "daghan kaayo siya advice" (lots of advice), "bait kaayo siya"
  // (very kind), "gyud", "lagi", "jud", "pero sige lang", "di ko kahibaw" (I don't know).
  [word('daghan(?: kaayo| gyud)?(?: siya| sila)?'), 'lots of'],
  [word('(\\p{L}+) kaayo(?: siya| sila)?'), 'very $1'],
  [word('kaayo'), 'very'],
  [/ ?(?<![\p{L}'’-])(?:gyud|jud|lagi|gihapon)(?![\p{L}'’-])/gu, ''],
  [word('pero sige lang'), 'but fine'],
  [word('di ko kahibaw'), "I don't know"],
  [word('storya|istorya'), 'chat'],
  [word('kumusta(?:2|-kumusta| kumusta)(?: lang)?'), 'just catching up'],
  [word('kumusta na (?:siya|sila|ka)'), 'saying hi'],
  [word('bait'), 'kind'],
  // Markers left before names ("si Arnel", "ni Aisha", "kang Ben"), "ug" between two, "mi" (we).
  [/(?<![\p{L}\d'’/-])(?:si|ni|kang) (?=\p{L})/gu, ''],
  [/(?<=\p{L}) ug (?=\p{Lu})/gu, ' and '],
  [word('mi'), 'we'],
  [word('siya|sya'), 'they'],
];

/**
 * Words only a Cebuano note uses, in small letters ("Karon" may be someone; a word opening a line
 * is put in small letters first): "gahapon", "karon", "gi-call", "nangutana", "kaayo", "gyud";
 * and "ko ni" and "mi ni", where Tagalog says "ko si" and "kami ni".
 */
const cebuanoMarker = wholeWord(
  [
    'gahapon|ganina|karon|ugma|miaging|miagi nga|gi-\\p{L}+|nangutana|mangutana|nangayo|nakaila',
    'kaayo|gyud|gihapon|daghan|unsaon|iyang|nako|kanako|naa|lagi|kahibaw|storya',
    '(?:ko|mi) (?:ni|kang)|\\p{L}+ mi ni',
  ].join('|'),
  'u',
);

/**
 * Cebuano's day names from the Spanish, written with a capital after no Spanish or Tagalog word
 * for "on" ("el martes", "nung Martes" are read with those): "emailed Martes", "sa Sabado".
 */
const dayAlone = new RegExp(
  [
    String.raw`(?<![\p{L}\d'’/-])`,
    String.raw`(?<!(?<![\p{L}])(?:el|los|este|cada|próximo|proximo|pasado|del|al|nung|noong) )`,
    String.raw`(?:sa )?(Lunes|Martes|Miyerkoles|Miyerkules|Huwebes|Biyernes|Sabado)`,
    String.raw`(?![\p{L}\d'’/-])`,
  ].join(''),
  'gu',
);

/** The line with its Cebuano put into English; a line with none comes back as it was. */
export function mendCebuano(text: string): string {
  // "Gi-call ko si Mitch", "Gahapon…": a Cebuano word opening a note, in small letters as the
  // phrases are written (a name after it keeps its capital).
  const line = /^(?:gi-|nag-|gahapon|karon|ganina|nakaila|nangutana|salamat)/iu.test(text)
    ? text.charAt(0).toLowerCase() + text.slice(1)
    : text;
  if (cebuanoMarker.test(line)) return applySwaps(line, cebuanoWords);
  return text.replace(dayAlone, (found: string, said: string) =>
    found.startsWith('sa ') ? `on ${dayAs(said)}` : dayAs(said),
  );
}
