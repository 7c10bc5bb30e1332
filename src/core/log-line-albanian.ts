// Albanian in a one-line log, with or without its marks ("ë", "ç"), put into English before it is
// read. An Albanian speaker's notes switch language mid-line ("kafe me Dev sot", "e thirra zonjen
// Okafor te premten", "Olivia nga Hays më thirri", "i dergova CV me email Rachel-it", "Dev me
// prezantoi me email me Tom Hale"): the days and times, what was done and by whom, and the ways of
// talking become the English every later rule reads. Albanian gives a name its case, after a
// hyphen or in the word ("Rachel-it", "Emma-s", "Hanes", "Fatimen", "Mimoza Kelmendit"), so a
// known given name is put back as it is said alone. A line is read so only when it is Albanian by
// a word no English note uses; a few words an English note borrows ("dje", "sot", "faleminderit",
// "coffee me Joanne") are put plainly in any line.

import {
  applySwaps,
  type CaseEndings,
  englishOrdinal,
  type Swap,
  wholeWord,
  withoutCaseEnding,
} from './log-line-tokens.js';
import { isKnownGivenName, isKnownSurname } from './person-name-shape.js';

const word = (text: string) => wholeWord(text, 'giu');
const lower = (text: string) => wholeWord(text, 'gu');

/** The days, by how each begins: "e hënë", "të martën", "te enjten", "të dielën". */
const dayWord =
  '(h[aeë]n[eë]n?|mart[eë]n?|m[eë]rkur[eë]n?|enjte(?:n)?|premte(?:n)?|shtun[eë]n?|diel(?:[eë]n)?)';
function dayOf(albanian: string): string {
  const day = albanian.toLowerCase();
  if (day.startsWith('ma')) return 'Tuesday';
  const byFirst: Record<string, string> = {
    h: 'Monday',
    m: 'Wednesday',
    e: 'Thursday',
    p: 'Friday',
    s: 'Saturday',
    d: 'Sunday',
  };
  return byFirst[day.charAt(0)] ?? albanian;
}

const months: Record<string, string> = {
  janar: 'January',
  shkurt: 'February',
  mars: 'March',
  prill: 'April',
  maj: 'May',
  qershor: 'June',
  korrik: 'July',
  gusht: 'August',
  shtator: 'September',
  tetor: 'October',
  nentor: 'November',
  dhjetor: 'December',
};
const monthWord =
  '(janar|shkurt|mars|prill|maj|qershor|korrik|gusht|shtator|tetor|n[eë]ntor|dhjetor)';
const monthOf = (albanian: string) => months[albanian.toLowerCase().replace('ë', 'e')] ?? albanian;

const counts: Record<string, number> = {
  nje: 1,
  një: 1,
  dy: 2,
  tre: 3,
  tri: 3,
  kater: 4,
  katër: 4,
};
const countOf = (n: string) => counts[n.toLowerCase()] ?? Number(n);
const countWord = String.raw`(\d+|nj[eë]|dy|tre|tri|kat[eë]r)`;

/** A name's case endings, longest first, and what each may stand for, likelier first. */
const caseEndings: CaseEndings = [
  ['ës', ['a']],
  ['es', ['a']],
  ['ën', ['a', 'e']],
  ['en', ['a', 'e']],
  ['in', ['i', '']],
  ['it', ['i', '']],
  ['ut', ['']],
  ['un', ['']],
  ['e', ['a']],
];

/**
 * A given name in a case Albanian gives it, put back as said alone ("Hanes", "Fatimen",
 * "Emilyn"), and one spelt as Albanian says it ("Jusuf" for Yusuf).
 */
function nominative(name: string, endings = caseEndings): string {
  if (isKnownGivenName(name)) return name;
  const plain = withoutCaseEnding(name, endings, (stem) => isKnownGivenName(stem));
  if (plain) return plain;
  if (name.startsWith('J') && isKnownGivenName(`Y${name.slice(1)}`)) return `Y${name.slice(1)}`;
  return name;
}

/**
 * The endings a name takes after a verb or "me", where a name is expected: these add the short
 * ones ("joannes", "katien", "danielit") that alone would take "Lloyds" for Lloyd.
 */
const endingsAfterVerb: CaseEndings = [
  ['s', ['']],
  ['ën', ['e', 'a']],
  ['en', ['e', 'a']],
  ...caseEndings,
  ['n', ['']],
  ['t', ['']],
];

/** Where a name is expected next: after "me" (with), "i" and "e" (to him, her), or a verb. */
const beforeName =
  /(?:^|[\s(])(?:me|m[eë]|i|e|takova|d[eë]rgova|shkrova|kujtova|thirra|pash[eë]|up|falenderova|fal[eë]nderova|prezantova|kafe|dreke|drekë)\s$/iu;

/** A surname's case after a given name, where the surname is known: "arben gashin", "Kelmendit". */
function surnameBack(...args: string[]): string {
  // A replacer's second and third arguments are the offset and the whole line.
  const [word = '', at = '0', whole = ''] = args;
  const given = /(?:^|[\s(])(\p{L}{2,}) $/u.exec(whole.slice(0, Number(at)))?.[1];
  if (!given || !isKnownGivenName(given) || isKnownSurname(word)) return word;
  return withoutCaseEnding(word, endingsAfterVerb, isKnownSurname, 3) ?? word;
}

/** English words that end in "-in" or "-up" and are no case ending: "check-in", "log-in". */
const englishHyphened =
  /^(?:check|sign|log|plug|drop|walk|buy|opt|add|lock|break|built|drive|fly|dial|call|phone|sit|stand|tie|weigh|shut|bail|fill)$/iu;

/** A capitalised word after "me" that is a day or month, not someone to be with. */
const notWith = String.raw`(?!I\b|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|June|July|August|September|October|November|December)\b)`;

/** A name written with no case ending for a while before it: "Ilir Gashi", "Besa Hoxha". */
const name = String.raw`\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’-]*){0,2}`;
/** A name with an aside after it, as notes write one: "Okoro (Barclays)", "Hana from SAP". */
const named = String.raw`(${name}(?: \([^)]*\))?(?: (?:from|at|nga) [\p{L}&.'’-]+(?: \p{Lu}[\p{L}'’-]*)?)?)`;

/** What the contact did to the user: "me thirri", "më dërgoi", "m'ka shkru", "ma kërkoi". */
const theirs: ReadonlyArray<readonly [string, string]> = [
  ['prezantoi', 'introduced me'],
  ['lidhi', 'put me in touch'],
  ['(?:ka )?thirr(?:i|ur)?', 'rang me'],
  ['ra(?:ri)? telefonit', 'rang me'],
  ['shkroi (?:email|e-mail|mail|imejl)', 'emailed me'],
  ['shkroi (?:sms|tekst|text)', 'texted me'],
  ['(?:ka )?shkr(?:oi|u|uar|ujti)', 'messaged me'],
  ['(?:ka )?d[eë]rg(?:oi|u|uar)', 'sent me'],
  ['falenderoi|fal[eë]nderoi|falenderuan|fal[eë]nderuan', 'thanked me'],
  ['prezanton (?:me|with)', 'will put me forward to'],
  ['prezanton', 'will introduce me'],
  ['rekomandon', 'will recommend me'],
  ['tha faleminderit|tha flm|shkroi faleminderit|shkroi flm', 'thanked me'],
  ['k[eë]rkoi', 'asked me'],
  ['ofroi', 'offered me'],
  ['tregoi', 'told me'],
  ['tha', 'told me'],
  ['propozuan|propozoi', 'put me forward'],
  ['ndoqi', 'followed me'],
  ['pyet(?:i)? si po shkon', 'checked in on how it is going with'],
  ['pyet(?:i)? si', 'checked in on how'],
  ['pyet(?:i)?', 'asked me'],
  ['dh(?:a|an[eë])', 'gave me'],
  ['premtoi', 'promised me'],
  ['uroi', 'congratulated me'],
];

/** What the contact did with something of the user's: "ma rishikoi CV", "ma kërkoi cv". */
const theirsOfMine: ReadonlyArray<readonly [string, string]> = [
  ['rishikoi', 'reviewed my'],
  ['lexoi', 'reviewed my'],
  ['k[eë]rkoi', 'asked for my'],
  ['ktheu', 'gave it back'],
  ['d[eë]rgoi', 'sent me the'],
  ['p[eë]lqeu', 'liked my'],
];

/** What the user did, in the past or as Kosovo says it: "e thirra", "i kam shkru", "takova". */
const mine: ReadonlyArray<readonly [string, string]> = [
  ['e thirra|e kam thirr(?:ur)?|e kom thirr(?:ur)?|i rash[eë](?: telefonit)?', 'rang'],
  ['i shkrova|i kam shkru(?:ar)?|i kom shkru(?:ar)?|shkrova', 'wrote to'],
  ['ja d[eë]rgova|jau d[eë]rgova', 'sent it'],
  ['i d[eë]rgova|i kam d[eë]rgu(?:ar)?|i kom d[eë]rgu(?:ar)?|d[eë]rgova', 'sent'],
  ['i k[eë]rkova|k[eë]rkova', 'asked'],
  ['i prezantova|prezantova', 'introduced'],
  ['i b[eë]ra intro', 'made an intro for'],
  ['i lash[eë]? voicemail', 'left a voicemail for'],
  ['i kujtova', 'reminded'],
  ['i b[oë]na follow up|i b[eë]ra follow up', 'followed up with'],
  ['i b[oë]na (?:comment|koment)|i b[eë]ra (?:comment|koment)', 'commented'],
  ['i b[oë]na like|i b[eë]ra like', 'liked'],
  ['e fal[eë]nderova|e falenderova|i fal[eë]nderova', 'thanked'],
  ['e pyeta a', 'asked whether'],
  ['e pyeta', 'asked'],
  ['pime kafe', 'had coffee'],
  ['i thash[eë]?', 'told'],
  ['e takova|takova|e kam takuar|e kom taku|takuam', 'met'],
  ['e pash[eë]|pash[eë]', 'saw'],
  ['komentova', 'commented'],
  ['p[eë]lqeva|lajkova', 'liked'],
  ['fol[eë]m|biseduam|bisedum', 'talked'],
  ['fola|kam fol(?:ur)?|kom fol', 'talked'],
  ['uroja|urova', 'congratulated'],
];

/** "pardje", "dje": the day before yesterday and yesterday, in any line. */
const pastDays: readonly Swap[] = [
  [word('pardje'), 'the day before yesterday'],
  [word('dje'), 'yesterday'],
];

/** Words and phrases no English note uses: swapped wherever they stand. */
const albanianWords: readonly Swap[] = [
  // "për referral-in" is about the referral already asked for; "për referral" asks for one.
  [word('p[eë]r referral-in'), 'about the referral'],
  [
    /(?<![\p{L}'’-])(?<!(?:faleminderit|flm|fal[eë]nderova|falenderoi|fal[eë]nderoi|thanks?|thanked)(?: [\p{L}'’-]+){0,4} )p[eë]r (?:nj[eë] )?referral(?![\p{L}'’-])/giu,
    'for a referral',
  ],
  // A name's or a word's case after a hyphen ("Rachel-it", "Emma-s", "cv-ne", "SOP-te").
  [
    /(?<![\p{L}'’-])([\p{L}\d]+)-(it|in|un|ja|ne|në|n|t|s|së|es|ës|ut|te|i)(?![\p{L}\d'’-])/gu,
    (whole: string, stem: string) => (englishHyphened.test(stem) ? whole : stem),
  ],
  [/(?<![\p{L}'’-])(?:zonj(?:a|en|ës|es|ë|e)|zot(?:i|in|it)|zonjusha) (?=\p{Lu})/giu, ''],
  [
    /(?<![\p{L}'’-]|\p{Lu}[\p{L}'’-]* )\p{Lu}\p{Ll}{2,}(?![\p{L}'’-])/gu,
    (given: string) => nominative(given),
  ],
  // A name where one is expected, in any case: "dreke me thomasin", "i dergova danielit".
  [
    /(?<![\p{L}'’-])\p{L}{3,}(?=[\s,.;:)]|$)/gu,
    (...args: string[]) => {
      const [found = '', at = '0', whole = ''] = args;
      return beforeName.test(whole.slice(0, Number(at)))
        ? nominative(found, endingsAfterVerb)
        : found;
    },
  ],
  [/(?<![\p{L}'’-])\p{L}{3,}(?=[\s,.;:)]|$)/gu, surnameBack],
  // A surname's case after a given name: "Mimoza Kelmendit", "Gent Rexhepin".
  [/(?<=\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}*[^aeiouy\s]i)t(?![\p{L}'’-])/gu, ''],
  [/(?<=\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}*(?:p|j|xh|sh|zh|gj|ll|rr|q)i)n(?![\p{L}'’-])/gu, ''],
  // Days and times: "sot", "dje", "pardje", "te enjten", "javën e kaluar", "para dy javësh",
  // "2 ditë më parë", "me 17", "me 12 nëntor", "që nga 20".
  ...pastDays,
  [lower('sot'), 'today'],
  [word('jav[eë]n e kal(?:uar|ume|um)|jav[eë]n q[eë] shkoi'), 'last week'],
  [
    word(`para ${countWord} (dit[eë]sh|dit[eë]|jav[eë]sh|jav[eë]|muajsh|muaj)`),
    (_m: string, n: string, unit: string) =>
      `${countOf(n)} ${/^d/i.test(unit) ? 'days' : /^j/i.test(unit) ? 'weeks' : 'months'} ago`,
  ],
  [
    word(`${countWord} (dit[eë]|jav[eë]) m[eë] par[eë]`),
    (_m: string, n: string, unit: string) =>
      `${countOf(n)} ${/^d/i.test(unit) ? 'days' : 'weeks'} ago`,
  ],
  [
    word(`(?:s'ka lajm|asgj[eë]) q[eë] (?:nga|prej) (\\d{1,2})(?! ${monthWord})`),
    (_m: string, d: string) => `nothing since the ${englishOrdinal(d)}`,
  ],
  [
    word(`q[eë] (?:nga|prej) (\\d{1,2}) ${monthWord}`),
    (_m: string, d: string, month: string) => `since ${d} ${monthOf(month)}`,
  ],
  [
    word(`q[eë] (?:nga|prej) (\\d{1,2})(?![\\d/])`),
    (_m: string, d: string) => `since the ${englishOrdinal(d)}`,
  ],
  [
    word(`q[eë] (?:nga |prej )?(?:t[eë]|e) ${dayWord}`),
    (_m: string, day: string) => `since ${dayOf(day)}`,
  ],
  [word(`(?:t[eë]|e|n[eë]) ${dayWord}`), (_m: string, day: string) => `on ${dayOf(day)}`],
  [
    word(`(\\d{1,2}) ${monthWord}`),
    (_m: string, d: string, month: string) => `${d} ${monthOf(month)}`,
  ],
  [
    new RegExp(
      String.raw`(?<![\p{L}\d'’/-])me (\d{1,2}) (?=${Object.values(months).join('|')})`,
      'gu',
    ),
    'on $1 ',
  ],
  [/(?<![\p{L}\d'’/-])me (\d{1,2}\/\d{1,2}(?:\/\d{2,4})?)(?![\d/])/gu, 'on $1'],
  [
    /(?<![\p{L}\d'’/-])me (\d{1,2})(?![\d/.:]| ?(?:min|or[eë]|dit|jav|muaj|vjet))/gu,
    (_m: string, d: string) => `on the ${englishOrdinal(d)}`,
  ],
  [word('(\\d+) mujore?'), '$1 month'],
  [word("s'ka lajm"), 'no news'],
  [word("s'ka asgj[eë]|asgj[eë] ende|ende asgj[eë]|s'ka p[eë]rgjigje ende"), 'nothing yet'],
  [word("s'ka p[eë]rgjigje|pa p[eë]rgjigje"), 'no reply'],
  [word('asgj[eë]'), 'nothing'],
  // Ways of writing: "me email", "ne linkedin", "ne whatsapp", "ne LI", "ne insta".
  [word('follow up me (?:e-?mail|mail) (?:te|tek|me)'), 'followed up by email with'],
  [word('(?:me|n[eë]) (?:e-?mail|mail|imejl)'), 'by email'],
  [word('me (?:sms|tekst)'), 'by text'],
  [
    word(
      'n[eë] (linkedin|LI|whatsapp|WA|insta|instagram|fb|facebook|messenger|viber|teams|zoom|dm)',
    ),
    'on $1',
  ],
  // "me" before a name is "with": "kafe me Dev", "call me Thomas Wright".
  [new RegExp(String.raw`(?<![\p{L}'’-])me ${notWith}(?=\p{Lu})`, 'gu'), 'with '],
  [
    /(?<![\p{L}'’-])(kafe|coffee|dreke|drekë|lunch|pije|drinks|call|zoom|teams|video|facetime|breakfast|dinner|darke|meeting|takim) me (?=\p{L})/giu,
    '$1 with ',
  ],
  // What the user asked for, and the two an introduction joins: "i kërkova Hanes referral",
  // "i prezantova Chloen me Okafor".
  [
    new RegExp(
      String.raw`(?<![\p{L}'’-])i k[eë]rkova ${named} (?=\p{Ll})(?!for |to |about |if |by |on |me |with )`,
      'gu',
    ),
    'asked $1 for ',
  ],
  [/(?<![\p{L}'’-])i k[eë]rkova (?=referral|nj[eë] |\d)/gu, 'asked for '],
  [
    new RegExp(
      String.raw`(?<![\p{L}'’-])((?:i )?prezantova(?: by email)?) ${named}((?: by email| on \p{L}+)?) with (?=\p{Lu})`,
      'gu',
    ),
    '$1 $2$3 to ',
  ],
  [
    new RegExp(
      String.raw`(?<![\p{L}'’-])i b[eë]ra intro((?: by email)?) ${named} with (?=\p{Lu})`,
      'gu',
    ),
    'introduced $2$1 to ',
  ],
  [
    new RegExp(
      String.raw`(?<![\p{L}'’-])i d[eë]rgova (?:CV|cv|CV-n[eë]?)((?: by email| on \p{L}+)?) (?=\p{L})(?!me |by |on |to |at |te |qe |q[eë] |per |p[eë]r |n[eë] )`,
      'gu',
    ),
    'sent my CV$1 to ',
  ],
  // What the contact did, with the user after it: "më prezantoi me email me Tom Hale".
  [
    new RegExp(
      String.raw`(?<![\p{L}'’-])(?:me|më|m['’]) (prezantoi|lidhi)((?: by email| on \p{L}+)?) with (?=\p{Lu})`,
      'giu',
    ),
    (_m: string, _verb: string, how: string) => `introduced me${how} to `,
  ],
  [word('do m[eë] prezantoj(?:[eë])? me'), 'will introduce me to'],
  [word('do m[eë] prezantoj(?:[eë])?'), 'will introduce me'],
  [word('do m[eë] fus(?:[eë])? n[eë]'), 'will put me forward in'],
  [word('do m[eë] [cç]oj(?:[eë])? te(?:k)?'), 'will refer me to'],
  [word('do m[eë] rekomandoj(?:[eë])?|do m[eë] referoj(?:[eë])?'), 'will refer me'],
  [word('do ma [cç]oj(?:[eë]|n[eë])?'), 'will pass on my'],
  [word('do ma d[eë]rgoj(?:[eë]|n[eë])?'), 'will send me'],
  [word('do m[eë] p[eë]r'), 'wants me for'],
  [word('tha(?= will )|than[eë](?= will )'), 'said they'],
  [word('tha do|tha q[eë] do'), "said they'll"],
  [word('than[eë] do|than[eë] q[eë] do'), "said they'll"],
  [word('q[eë] do hapet|do hapet'), 'that will open soon'],
  [word('q[eë] hapet|hapet'), 'that is opening'],
  [word('a ja [cç]oi'), 'did they pass on the'],
  [word('a i foli'), 'whether they spoke to'],
  [word('a dua t[eë] flas'), 'asked if I would talk'],
  [word('a njoh'), 'asked if I know'],
  [word('ta prezantoj me|t[eë] prezantoj me'), 'to introduce them to'],
  [word('t[eë] flas'), 'to speak'],
  [word('m[eë] i th[eë]n[eë]'), 'to say'],
  [word('q[eë] m[eë] premtoi'), 'they promised me'],
  [word('q[eë] i premtova'), 'I promised them'],
  [word('m[eë] (?:tha|tregoi) p[eë]r'), 'told me about'],
  [word('si ta b[eë]j'), 'how to make the'],
  [word('i shkrova email|i kam shkru(?:ar)? email'), 'emailed'],
  [
    new RegExp(
      String.raw`(?<![\p{L}'’-])i shkrova ${named} (?:email|e-mail|mail)(?![\p{L}'’-])`,
      'gu',
    ),
    'emailed $1',
  ],
  [word('i shkrova prap[eë]?|i kam shkru(?:ar)? prap[eë]?'), 'followed up with'],
  [
    /(?<![\p{L}'’-])(?:me|më) k[eë]rkoi((?: by email| on \p{L}+)?) (?!t[eë] |ta |to |for |about |if |by |on |with |last |yesterday|today|the day)(?=\p{Ll}|\p{Lu}{2})/gu,
    'asked me$1 for ',
  ],
  [word('m[eë] falenderoi|m[eë] fal[eë]nderoi'), 'thanked me'],
  [word('intron (?:me|with)'), 'the intro to'],
  [word('q[eë] (?:ma|mi|m[eë]) k[eë]rkoi'), 'as they asked'],
  [word('q[eë] ma premtoi'), 'they promised me'],
  [word('m[eë] pyet(?:i)? a jam'), 'checked in on whether I am'],
  [word('don(?:te)? m[eë] fol(?:e)?'), 'asked me to speak'],
  [word('don(?:te)? m[eë] pa'), 'wants to see my'],
  [word('tha q[eë] mundet me m[eë] refer'), "said they'll refer me"],
  [word('mundet me m[eë] refer'), 'could refer me'],
  [word('q[eë] ja premtova'), 'as promised'],
  [word('me ja hedh(?:[eë])? (?:ni|nj[eë]) sy'), 'to look over'],
  [word('a muj(?:a)? me ndihmu(?:ar)?'), 'if I could help'],
  [word('me plot[eë]su(?:ar)?'), 'to fill in'],
  [word('e pyeta a ka'), 'asked whether there are'],
  [word('ka n(?:j[eë]|i)'), 'has a'],
  [word('po k[eë]rkon'), 'is looking for'],
  [word('(\\p{L}+) t[eë] p[eë]rdit[eë]su(?:me|ar)'), 'updated $1'],
  [word('ndihm[eë]n me'), 'help with'],
  [word('muhabet i mir[eë]'), 'a good chat'],
  // "me prezanton me Jess Tran" introduces someone named; "me prezanton me procurement lead", a
  // role, puts the user forward.
  [/(?<![\p{L}'’-])(?:me|më) prezanton (?:me|with) (?=\p{Lu})/gu, 'will introduce me to '],
  ...theirsOfMine.map(([albanian, english]): Swap => [word(`ma ${albanian}`), english]),
  ...theirs.map(([albanian, english]): Swap => [word(`(?:me|më|m['’]) ?(?:${albanian})`), english]),
  ...mine.map(([albanian, english]): Swap => [word(albanian), english]),
  [lower(`(?:te|n[eë]) post(?:i|in) (?:e|i) (${name})`), "on $1's post"],
  [lower(`post(?:i|in) (?:e|i) (${name})`), "$1's post"],
  [word('follow up me'), 'followed up with'],
  [
    lower(
      "told (\\p{Lu}[\\p{L}'’-]*(?: \\p{Lu}[\\p{L}'’-]*)?(?: (?:from|nga) [\\p{L}&.'’-]+)?) (?:faleminderit|flm|thanks)",
    ),
    'thanked $1',
  ],
  // Thanks for something: "më falënderoi për artikullin", "thank you per podcast link".
  [
    /(?<![\p{L}'’-])((?:thank(?:ed|s)?(?: you)?|faleminderit|flm)(?: [\p{L}'’()-]+){0,5}) p[eë]r(?![\p{L}'’-])/giu,
    '$1 for',
  ],
  [word('pa ma k[eë]rku(?:ar)? hi[cç]|pa ma k[eë]rku(?:ar)?'), 'unasked'],
  [
    /(?<![\p{L}'’-])(\p{L}[\p{L}'’-]*(?: \p{L}[\p{L}'’-]*)?) s'ka kthy(?:er)? p[eë]rgjigje(?![\p{L}'’-])/gu,
    (whole: string, who: string) =>
      isKnownGivenName(who.split(' ')[0] ?? '') ? `no reply from ${who}` : whole,
  ],
  [word("s'ka kthy(?:er)? p[eë]rgjigje"), 'no reply'],
  [/(?<![\p{L}\d'’/-])(?:q[eë] )?prej (\d{1,2}\/\d{1,2})(?![\d/])/gu, 'since $1'],
  [word('a jam'), 'whether I am'],
  [word('a kam'), 'asked if I have'],
  [word('n[eë] k[eë]rkim'), 'looking'],
  [lower('don|donte'), 'wants'],
  [word('po k[eë]rkojn[eë]?'), 'are looking for a'],
  [word('po hire-on|po hajron'), 'is hiring'],
  [word('po rritet'), 'is growing'],
  [word('postoi p[eë]r'), 'posted about'],
  [word('postoi'), 'posted'],
  [word('follow up (?:email|e-mail|mail) (?:te|tek)'), 'followed up by email with'],
  [word('rol(?:in|i) (?:e|i)'), 'the role of'],
  [word(`n[eë] ${monthWord}`), (_m: string, month: string) => `in ${monthOf(month)}`],
  [word('referencat'), 'references'],
  [word('p[eë]rdit[eë]su(?:ar|me)|perditesume'), 'updated'],
  [word('veq|vetëm'), 'just'],
  [word('hala'), 'still'],
  [word('tek ta'), 'there'],
  [word('postin|postit|postim'), 'post'],
  [word('kontaktin|kontaktet'), 'the contacts'],
  [word('muhabet'), 'a chat'],
  [lower('ajo'), 'she'],
  [lower('bon'), 'does'],
  [word('komentin|komenti'), 'comment'],
  [word('(\\p{L}+) (?:tem|t[eë]m)'), 'my $1'],
  // What was on offer, and what became of it.
  [word('ka nj[eë] rol|ka rol'), 'has a role'],
  [word('kan[eë]? nj[eë] rol|kan[eë]? rol'), 'have a role'],
  [word('kan[eë]? hap(?:ur)?'), 'have opened a'],
  [word('ka kontrat[eë]'), 'has a contract'],
  [word('po hap'), 'is opening'],
  [word('po rrit'), 'is growing'],
  [word('po punson|punson'), 'is hiring'],
  [word('k[eë]rkon'), 'is looking for'],
  [word('u mbush'), 'was filled'],
  [word('u mbyll'), 'was closed'],
  [word('si po shkon'), 'how is going'],
  [word('punon'), 'works'],
  [word('pyeti p[eë]r'), 'was curious about'],
  [word('pyeti'), 'asked'],
  [word('foli'), 'talked'],
  [word('tha q[eë]'), 'said that'],
  [word('tha'), 'said'],
  [word('than[eë]'), 'they said'],
  // Meeting and talking: "kafe me", "drekë me", "pije me", "bisedë e shkurtër".
  [word('kafe'), 'coffee'],
  [word('dre?k[eë]|dreka'), 'lunch'],
  [word('dark[eë]|darka'), 'dinner'],
  [word('pije'), 'drinks'],
  [word('bised[eë] e shkurt[eë]r'), 'a short chat'],
  [word('bised[eë]'), 'a chat'],
  [word('faleminderit|flm|flmnderit|rrofsh'), 'thanks'],
  [word('email falenderimi|email fal[eë]nderimi'), 'a thank-you email'],
  [word('falenderimi|fal[eë]nderimi'), 'thanks'],
  [word('shum[eë]? e mir[eë]'), 'very good'],
  [word('shum[eë]?'), 'lots of'],
  [word('vet[eë]m'), 'just'],
  [word('gjat[eë]?'), 'at length'],
  [word('pas pun[eë]s'), 'after work'],
  [word('pun[eë]s?'), 'work'],
  [word('prap[eë]?|p[eë]rs[eë]ri'), 'again'],
  [word('ende'), 'yet'],
  [word('ish sh[eë]f(?:i|ja) (?:im|ime)'), 'my old boss'],
  [
    word(
      '(sh[oe]q(?:en|ja|un|u)|kolegu?n?|koleg(?:en|ja|ia)|menaxher(?:en|in|i|ja)) (?:e|i) (tij|saj)',
    ),
    (_m: string, who: string, whose: string) =>
      `${whose === 'tij' ? 'his' : 'her'} ${/^sh/i.test(who) ? 'friend' : /^k/i.test(who) ? 'colleague' : 'manager'}`,
  ],
  [
    word('(sh[oe]q(?:en|ja|un|u)|kolegu?n?|koleg(?:en|ja|ia)) (?:e |i )?(?:time|tim|im|ime)'),
    (_m: string, who: string) => `my ${/^sh/i.test(who) ? 'friend' : 'colleague'}`,
  ],
  [
    word('([\\p{L}]+) (?:e|i) (tij|saj)'),
    (_m: string, thing: string, whose: string) => `${whose === 'tij' ? 'his' : 'her'} ${thing}`,
  ],
  [word('([\\p{L}]+) (?:e|i) (?:time|tim|mija|mia|ime|im)'), 'my $1'],
  [word('p[eë]rvoj[eë]n time'), 'my experience'],
  [word('p[eë]rvoj[eë]n'), 'experience'],
  [word('intron|introne'), 'the intro'],
  [word('linkun|linku'), 'the link'],
  [word('procesin|procesi'), 'the process'],
  [word('proces'), 'the process'],
  [word('aplikimin|aplikimi'), 'the application'],
  [word('artikullin|artikulli'), 'the article'],
  [word('artikull'), 'article'],
  [word('rekomandimin'), 'the recommendation'],
  [word('kultur[eë]n'), 'the culture'],
  [word('komente'), 'comments'],
  [word('plot'), 'full of'],
  [word('kontakte'), 'contacts'],
  [word('kontrat[eë]'), 'contract'],
  [word('rol(?:in|i)?'), 'role'],
  // A role at a firm: "ops lead i AZ" is AZ's ops lead.
  [/(?<=\p{Ll}) (?:i|e) (?=\p{Lu}[\p{L}&]+(?![\p{L}'’-]))/gu, ' at '],
  [word('ndonj[eë]'), 'any'],
  [word('dik[eë]'), 'someone'],
  [word('nj[eë]|ni'), 'a'],
  [word('pak'), 'some'],
  [word('te dyja|t[eë] dyja|te dy|t[eë] dy'), 'both'],
  [word('af[eë]r'), 'near'],
  [word('atje'), 'there'],
  [word('mbi|rreth'), 'about'],
  [word('edhe|dhe'), 'and'],
  [lower('nga'), 'from'],
  [word('(?:faleminderit|thanks) p[eë]r'), 'thanks for'],
  [word('p[eë]r mua'), 'for me'],
  [word('p[eë]r nj[eë]|p[eë]r a'), 'for a'],
  [word('p[eë]r'), 'about'],
  [word('q[eë]'), 'that'],
  [word('n[eë]|tek|te|t[eë]'), 'at'],
  [/(?<![\p{L}'’-])me (?=comments\b|a\b)/gu, 'with '],
  [
    /(?<![\p{L}'’-])me (\p{Ll}{2,})(?![\p{L}'’-])/gu,
    (whole: string, next: string) => (isKnownGivenName(next) ? `with ${next}` : whole),
  ],
  [/(?<![\p{L}'’-])my my(?![\p{L}'’-])/giu, 'my'],
  [/(?<![\p{L}'’-])the (?=(?:a|an|the) )/giu, ''],
];

/** A few Albanian words an English note borrows, put plainly in any line. */
const borrowedWords: readonly Swap[] = [
  ...pastDays,
  [/(?<=\p{L} )sot(?=[,.;!]|$| (?:about|re|for|at|with)\b)/gu, 'today'],
  [word('jav[ëe]n e kaluar'), 'last week'],
  [
    new RegExp(String.raw`(?<![\p{L}\d'’/-])(?:e |t[ëe] )${dayWord}(?![\p{L}\d'’-])`, 'giu'),
    (_m: string, day: string) => dayOf(day).toLowerCase(),
  ],
  [/(?<![\p{L}'’-])(?:zonja|zoti|zonjusha) (?=\p{L})/giu, ''],
  [word('faleminderit|flm'), 'thanks'],
  // "coffee me Joanne", "zoom me Agnesa Latifi": with, before a capitalised name.
  [
    new RegExp(
      String.raw`\b(coffee|lunch|meeting|drinks|dinner|breakfast|zoom|teams|facetime) me ${notWith}(?=\p{Lu}\p{Ll})`,
      'gu',
    ),
    '$1 with ',
  ],
];

const albanianMarker = new RegExp(
  String.raw`(?<![\p{L}'’-])(?:edhe|dhe|nj[eë](?= \p{L})|asgj[eë]|vet[eë]m|shum[eë]?|kafe|dre?k[eë]|pije|bised[eë]|pardje|para ${countWord} (?:dit|jav)\p{L}*|jav[eë]n e kal\p{L}*|(?:t[eë]|te) ${dayWord}|\d{1,2} ${monthWord}|foli|atje|p[eë]r si|do m[eë] p[eë]r|follow up me|tha q[eë]|mundet|hala|\p{L}{2,}-(?:it|un|n[eë]|ja)|falenderoi|fal[eë]nderoi|s'ka|ende|q[eë] nga|zonj(?:a|en|ës|es)|(?:me|më|ma|m['’]) ?(?:${[...theirs, ...theirsOfMine].map(([albanian]) => albanian).join('|')})|${mine.map(([albanian]) => albanian).join('|')})(?![\p{L}'’-])`,
  'iu',
);

/** The line with its Albanian put into English; a line with none comes back as it was. */
export function mendAlbanian(line: string): string {
  const albanian =
    albanianMarker.test(line) ||
    lower('nga').test(line) ||
    [...line.matchAll(/(?<![\p{L}'’-])(\p{L}{3,})-in(?![\p{L}\d'’-])/gu)].some(
      ([, stem]) => !englishHyphened.test(stem ?? ''),
    );
  const mended = albanian ? applySwaps(line, albanianWords) : line;
  return applySwaps(mended, borrowedWords);
}
