// Swahili in a one-line log, put into English before it is read. A Kenyan or Tanzanian note holds
// who did what to whom inside one verb: the doer, the tense, the one it was done to and the root
// ("a-li-ni-pigia", she called me; "ni-li-m-tumia", I sent him; "tu-li-ongea", we talked), and a
// root may be English ("ameniemail", "nimemfollow up", "wali-comment"). Each such verb becomes the
// English every later rule reads, as do the days, "jana" and "juzi", and the small words of a
// Swahili clause ("wa" of a firm, "na" between people, "kwa simu", "tarehe 26").

import { weekdaysOf } from './log-line-dialects.js';
import { applySwaps, englishOrdinal, type Swap, wholeWord as word } from './log-line-tokens.js';

/** Swahili days: "Jumatatu" (Monday) to "Jumapili" (Sunday). */
const days: Record<string, string> = {
  jumatatu: 'monday',
  jumanne: 'tuesday',
  jumatano: 'wednesday',
  alhamisi: 'thursday',
  ijumaa: 'friday',
  jumamosi: 'saturday',
  jumapili: 'sunday',
};

/** A verb's root in English: what was done, and the plain verb of a plan ("ata-ni-tumia"). */
interface Root {
  past: string;
  plain: string;
  /** What follows the verb when it was done to the user: "called me", "wrote to me". */
  toMe?: string;
  /** The plain verb with the user after it, where "me" does not close it: "ask me for". */
  plainMe?: string;
  /**
   * A way of reaching someone: done by a contact to no one named, it was done to the user
   * ("ametuma email", sent me an email; "ameuliza kama…", asked me if…).
   */
  reaches?: true;
}

const roots: Readonly<Record<string, Root>> = {
  'pigia simu': { past: 'called', plain: 'call', reaches: true },
  pigia: { past: 'called', plain: 'call', reaches: true },
  tumia: { past: 'sent', plain: 'send', reaches: true },
  tuma: { past: 'sent', plain: 'send', reaches: true },
  andikia: { past: 'wrote to', plain: 'write to', toMe: 'wrote to me', reaches: true },
  shukuru: { past: 'thanked', plain: 'thank' },
  tambulisha: { past: 'introduced', plain: 'introduce' },
  unganisha: { past: 'connected', plain: 'connect' },
  omba: { past: 'asked', plain: 'ask for', plainMe: 'ask me for', reaches: true },
  uliza: { past: 'asked', plain: 'ask', reaches: true },
  // Reminding the user of something is asking for it: "amenikumbusha nimtumie slides".
  kumbusha: { past: 'reminded', plain: 'chase', toMe: 'asked me' },
  fuatilia: { past: 'followed up with', plain: 'follow up with', toMe: 'followed up with me' },
  patia: { past: 'gave', plain: 'give' },
  pea: { past: 'gave', plain: 'give' },
  pa: { past: 'gave', plain: 'give' },
  jibu: { past: 'replied to', plain: 'reply to', toMe: 'replied to me' },
  ambia: { past: 'told', plain: 'tell' },
  ahidi: { past: 'promised', plain: 'promise' },
  kubali: { past: 'agreed', plain: 'agree' },
  sema: { past: 'said', plain: 'say' },
  ongea: { past: 'talked', plain: 'speak' },
  zungumza: { past: 'talked', plain: 'speak' },
  eleza: { past: 'explained to', plain: 'explain to', toMe: 'explained to me' },
  peleka: { past: 'took', plain: 'introduce' },
  kutana: { past: 'met', plain: 'meet' },
  salimiana: { past: 'said hello', plain: 'say hello' },
  tafuta: { past: 'looked for', plain: 'look for' },
  taka: { past: 'wanted', plain: 'want' },
  saidia: { past: 'helped', plain: 'help' },
  pata: { past: 'got', plain: 'get' },
  achia: { past: 'left', plain: 'leave' },
  lipa: { past: 'paid', plain: 'pay' },
  jaribu: { past: 'tried', plain: 'try' },
  // English roots, as Sheng takes them: "ameniemail", "nilimchase", "alinisendia", "wali-comment".
  emailia: { past: 'emailed', plain: 'email', reaches: true },
  email: { past: 'emailed', plain: 'email', reaches: true },
  text: { past: 'texted', plain: 'text', reaches: true },
  textia: { past: 'texted', plain: 'text', reaches: true },
  whatsapp: { past: 'whatsapped', plain: 'whatsapp', reaches: true },
  sms: { past: 'texted', plain: 'text', reaches: true },
  sendia: { past: 'sent', plain: 'send', reaches: true },
  'follow up': { past: 'followed up with', plain: 'follow up with', toMe: 'followed up with me' },
  chase: { past: 'chased', plain: 'chase' },
  review: { past: 'reviewed', plain: 'review' },
  refer: { past: 'referred', plain: 'refer' },
  share: { past: 'shared', plain: 'share' },
  attach: { past: 'attached', plain: 'attach' },
  comment: { past: 'commented', plain: 'comment' },
  call: { past: 'called', plain: 'call', reaches: true },
  like: { past: 'liked', plain: 'like' },
  ping: { past: 'pinged', plain: 'ping', reaches: true },
  dm: { past: 'messaged', plain: 'message', reaches: true },
  forward: { past: 'forwarded', plain: 'forward' },
  invite: { past: 'invited', plain: 'invite' },
  recommend: { past: 'recommended', plain: 'recommend' },
  connect: { past: 'connected with', plain: 'connect with' },
  hire: { past: 'hired', plain: 'hire' },
  intro: { past: 'introduced', plain: 'introduce', reaches: true },
  tag: { past: 'tagged', plain: 'tag' },
  follow: { past: 'followed', plain: 'follow' },
  offer: { past: 'offered', plain: 'offer' },
};

const rootWords = Object.keys(roots)
  .sort((a, b) => b.length - a.length)
  .map((root) => root.replace(' ', ' ?'))
  .join('|');

/** The one a verb was done to, inside it: "ni" me, "m", "mw", "mu" him or her, "wa" them. */
const objectPart = '(?:ni|mw|mu|m|wa|tu|ku)';

/**
 * A verb with its doer and tense: "ni" I, "a" he or she, "tu" we, "wa" they, "i" it; "li" and
 * "me" done, "ka" then done, "na" doing, "ki" while doing, "ta" will, "nge" would; then whom and
 * the root.
 */
const verb = new RegExp(
  String.raw`(?<![\p{L}\d'’/-])(ni|a|tu|wa|i)(li|me|ka|na|ta|nge|ki)(${objectPart})?-?(${rootWords})(?![\p{L}\d'’/-])`,
  'giu',
);

/** "kuomba" (to ask), "kunipa" (to give me), "ku-refer": what is to be done. */
const toDo = new RegExp(
  String.raw`(?<![\p{L}\d'’/-])ku(${objectPart})?-?(${rootWords})(?![\p{L}\d'’/-])`,
  'giu',
);

/** The roots by how they are written with no space: "pigiasimu" and "pigia simu" are one. */
const rootsByKey = new Map(
  Object.entries(roots).map(([written, root]) => [written.replace(/ /g, ''), root]),
);

function rootOf(written: string): Root | undefined {
  return rootsByKey.get(written.toLowerCase().replace(/\s+/g, ''));
}

/** The plain verb, with the user it was done to: "call me", "ask me for". */
function plainOf(root: Root, toMe: boolean): string {
  return toMe ? (root.plainMe ?? `${root.plain} me`) : root.plain;
}

/** "asking", "sending", "writing to": a plain verb as what is under way. */
function doing(plain: string): string {
  return plain.replace(/^(\S+?)(e?)(?=\s|$)/u, (_whole, stem: string, e: string) =>
    e && !stem.endsWith('e')
      ? `${stem}ing`
      : /^(?:get|put|chat|run|set)$/u.test(stem)
        ? `${stem}${stem.at(-1)}ing`
        : `${stem}${e}ing`,
  );
}

function asEnglish(
  whole: string,
  doer: string,
  tense: string,
  whom: string | undefined,
  written: string,
): string {
  const root = rootOf(written);
  if (!root) return whole;
  const toMe = whom?.toLowerCase() === 'ni';
  const t = tense.toLowerCase();
  const d = doer.toLowerCase();
  const subject = d === 'tu' ? 'we ' : '';
  // A plan keeps its doer, as "will refer me" alone could be the user's own.
  const planner = d === 'tu' ? 'we ' : d === 'ni' ? 'I ' : 'they ';
  if (t === 'ta') return `${planner}will ${plainOf(root, toMe)}`;
  if (t === 'nge') return `${planner}would ${plainOf(root, toMe)}`;
  // "akiomba contacts" (asking for contacts), "akiniomba" (asking me).
  if (t === 'ki') return doing(plainOf(root, toMe));
  if (t === 'na') {
    // "wanahire" (are hiring), "anatafuta" (is looking for), "anasema" (says), "tunaongea".
    const one = d === 'a' || d === 'i';
    if (root.plain === 'hire') return one ? 'is hiring' : 'are hiring';
    if (root.plain === 'look for') return one ? 'is looking for' : 'are looking for';
    const plain = plainOf(root, toMe);
    return `${subject}${one ? plain.replace(/^\S+/, (v) => `${v}s`) : plain}`;
  }
  // "ametuma email", "ameuliza kama…": a contact who sent or asked did so to the user.
  const reachesMe = !whom && (d === 'a' || d === 'wa') && root.reaches === true;
  if (toMe || reachesMe) return `${subject}${root.toMe ?? `${root.past} me`}`;
  return `${subject}${root.past}`;
}

/** "kunipa" as "to give me", after what says it is still to be done ("to ", "they will "). */
function toBeDoneAs(before: string) {
  return (whole: string, whom: string | undefined, written: string): string => {
    const root = rootOf(written);
    return root ? `${before}${plainOf(root, whom?.toLowerCase() === 'ni')}` : whole;
  };
}

/** What the user is asked to do, in the mood that follows asking: "nimtumie" (that I send her). */
const toBeDone: Readonly<Record<string, string>> = {
  nimtumie: 'send',
  niwatumie: 'send',
  'niongee na': 'talk to',
  nimsaidie: 'help',
  nizungumze: 'speak',
  niongee: 'speak',
  niwasaidie: 'help',
  niwe: 'be',
};

/** The words every Swahili note may hold, read wherever they stand. */
const swahiliWords: readonly Swap[] = [
  // "jana" (yesterday; "Jana" and "with jana" are someone), "juzi" (the day before), "leo" after
  // what was done (today; "Leo" is someone); "niaje," and "sasa," opening a note are greetings;
  // "chai" is tea; "Asante to Aisha for…" thanked her; "he is coming to send" (will).
  [
    /(?<!\b(?:with|w|and|to|met|saw|called|rang|emailed|texted|thanked|messaged|from|&) )(?<![\p{L}\d'’/-])jana(?![\p{L}\d'’-])/gu,
    'yesterday',
  ],
  [word('juzi'), 'the day before yesterday'],
  [word('wiki (?:iliyopita|jana)'), 'last week'],
  [word('wiki ijayo'), 'next week'],
  weekdaysOf(days, { caseless: true, marks: false }),
  [word('niliongea na|tuliongea na'), 'talked with'],
  [word('ameniunganisha na|aliniunganisha na|akaniunganisha na'), 'put me in touch with'],
  [word('nilikutana na|tulikutana na'), 'met'],
  [word('nilisalimiana na|tulisalimiana na'), 'met'],
  [
    /\b(coffee|lunch|dinner|breakfast|call|video call|drinks|zoom|meeting|chai|group|whatsapp group) na (?=\p{L})/giu,
    '$1 with ',
  ],
  [word('kuhusu'), 'about'],
  [word('wanataka'), 'want'],
  [word('anataka'), 'wants'],
  [word('wana hire'), 'are hiring'],
  // "Jana, …", "Jana I thanked Dev": opening the note before a comma or the user, it is the day.
  [/^Jana(?=,| (?:I|i|we)\b)/u, 'Yesterday'],
  [
    /(?<=\p{L} )(?<!\b(?:with|w|and|to|met|saw|called|rang|emailed|texted|thanked|messaged|from|&) )leo(?= (?:about|re|to|for|and|at|on)\b|[,.;!]|$)/gu,
    'today',
  ],
  [/^(?:niaje|sasa|mambo|habari)[,!.]*\s+/iu, ''],
  [word('chai', 'gu'), 'tea'],
  [/^[Aa]sante(?: sana)? to (?=\p{Lu})/u, 'thanked '],
  [/\b(he|she|they|I|i|we) (?:is|are|am) coming to (?=\p{Ll})/gu, '$1 will '],
];

/** The words of a Swahili clause, read only in a line that is Swahili by a word of its own. */
const clauseWords: readonly Swap[] = [
  // What was asked for and what is still awaited: "aliyoniomba" (that she asked me for), "bila
  // kuombwa" (unasked), "hajajibu" (has not replied), "kimya" (silence), "imejazwa" (filled).
  [word('aliyoniomba|alioniomba|aliyotaka|alizoomba|alizotaka'), 'she asked for'],
  [
    word('(?:kama )?alivyoomba|(?:baada ya )?(?:yeye )?kuiomba|(?:baada ya )?(?:yeye )?kuziomba'),
    'as she asked',
  ],
  [word('imefungwa|imeshafungwa'), 'is closed'],
  // "kuwa" (to be), but not a Kinyarwanda day ("kuwa gatatu", Wednesday), read in the dialects.
  [word("kuwa(?! (?:mbere|kabiri|gatatu|kane|gatanu|gatandatu)(?![\\p{L}'’-]))"), 'to be'],
  // "kwenye post" (in a post), "kwenye panel" (at a panel).
  [/(?<![\p{L}'’-])kwenye (?=(?:post|comment|group|picha|thread)\b)/giu, 'in '],
  [word('kwenye'), 'at'],
  [word('bila kuombwa'), 'unasked'],
  [word('hajajibu|hajanijibu'), "hasn't replied to"],
  [word('tangu'), 'since'],
  [word('hajanipa'), "hasn't given me"],
  [word('kimya'), 'no reply'],
  [word('imejazwa|imeshajazwa'), 'is filled'],
  [word('atajaribu'), 'will try'],
  [word('tuongee'), 'to talk'],
  // "kwa kushare post yake" (for sharing her post): what one is thanked for, under way.
  [
    new RegExp(
      String.raw`(?<![\p{L}'’-])kwa ${toDo.source.slice(toDo.source.indexOf('ku'))}`,
      'giu',
    ),
    (whole: string, whom: string | undefined, written: string) => {
      const root = rootOf(written);
      return root ? `for ${doing(plainOf(root, whom?.toLowerCase() === 'ni'))}` : whole;
    },
  ],
  // "nimemwandikia Rachel email" (wrote Rachel an email): emailed her.
  [/\bni(?:li|me|ka)mw?andikia ((?:\p{L}+ ){1,3}?)(?:email|barua pepe)\b/giu, 'emailed $1'],
  // "ameahidi kunipa referral" (promised to give me one): will give me one.
  [
    new RegExp(
      String.raw`(?<![\p{L}'’-])(?:a|wa)(?:li|me|ka)ahidi ${toDo.source.slice(toDo.source.indexOf('ku'))}`,
      'giu',
    ),
    toBeDoneAs('they will '),
  ],
  [verb, asEnglish],
  // What the user is asked to do: "nimtumie" (that I send her), "niongee na" (that I talk to),
  // after "asked me" as it is, and after "wants" with the user it leaves out.
  ...Object.entries(toBeDone).flatMap(([said, plain]): Swap[] => [
    [
      new RegExp(
        String.raw`(?<=\bme (?:yesterday |today |this morning |the day before yesterday )?)${said}(?![\p{L}'’-])`,
        'giu',
      ),
      `to ${plain}`,
    ],
    [word(said), `me to ${plain}`],
  ]),
  // "post ya LinkedIn" (a post on LinkedIn), "role ya nairobi" (the Nairobi role).
  [/\bpost (?:ya|za) (?=(?:linkedin|instagram|insta|facebook|twitter|x)\b)/giu, 'post on '],
  [/\b(role|job|post|position|opening|kazi) (?:ya|za) (\p{L}+)/giu, '$2 $1'],
  [toDo, toBeDoneAs('to ')],
  // "tarehe 26" (on the 26th), "kwa simu" (by phone), "kwa teams", "kwa email".
  [
    /\btarehe (\d{1,2})(?!\d|[./-]\d)/giu,
    (_whole: string, day: string) => `on the ${englishOrdinal(day)}`,
  ],
  [word('kwa simu|kwa phone'), 'by phone'],
  [/\bkwa (?=(?:zoom|teams|whatsapp|email|linkedin|slack|sms|google meet|meet)\b)/giu, 'on '],
  [word('simu'), 'phone'],
  // "Tom Wright wa Arup", "recruiter wa DHL": of a firm; "ana na chidi": and.
  [/(?<=\p{L}) wa (?=\p{L})/gu, ' from '],
  [/(?<=\p{L}) (?:ya|za) (?=\p{L}|\d)/gu, ' of '],
  // "kwa": to whom one is introduced, what one is thanked for, whom one follows up with.
  [/(?<=\b(?:introduced|connected)(?: me)?(?: \p{L}+){0,2}) kwa (?=\p{L})/gu, ' to '],
  [/\b(follow(?:ed)? up) kwa (?=\p{L})/giu, '$1 with '],
  [/(?<=\p{L}) kwa (?=\p{L})/gu, ' for '],
  // "CV yangu" (my CV), "slides za talk yangu": whose comes first in English.
  [/(?<![\p{L}'’-])(\p{L}[\p{L}'’-]*) (?:yangu|wangu|zangu|langu|changu)(?![\p{L}'’-])/gu, 'my $1'],
  [
    /(?<![\p{L}'’-])(\p{L}[\p{L}'’-]*) (?:yake|wake|zake|lake|yao|wao|zao)(?![\p{L}'’-])/gu,
    'their $1',
  ],
  // "recruiter mpya" (a new recruiter).
  [/(?<![\p{L}'’-])(\p{L}[\p{L}'’-]*) mpya(?![\p{L}'’-])/gu, 'new $1'],
  // "ame-follow profile yangu" (followed my profile): followed me.
  [/\bfollowed my profile\b/giu, 'followed me'],
  // "mama Margaret", "bi Margaret", "bwana Thomas": a courtesy before a name, in a Swahili line.
  [/(?<![\p{L}'’-])(?:[Mm]ama|[Bb]i|[Bb]wana) (?=\p{L})/gu, ''],
  // "Olivia amenipigia, ana contract" (she has a contract; "Ana" is someone).
  [
    /(?<=(?:^|[,;] ))(ana|wana) (?=(?:a|an|contract|kazi|role|job|gig|client|project|opening|nafasi|interview)\b)/gu,
    (_w: string, has: string) => (has === 'ana' ? 'has ' : 'have '),
  ],
  [
    /(?<=\b(?:talked|met|spoke|chatted|followed up|connect(?:ed)?(?: me)?)(?: \p{L}+){0,3}) na (?=\p{L})/gu,
    ' with ',
  ],
  [/(?<=\p{L}) na (?=\p{L})/gu, ' and '],
  [word('kutoka'), 'from'],
  [word('ile|hiyo'), 'the'],
  [word('wote'), 'both'],
  [word('kama'), 'if'],
  [word('bado'), 'yet'],
  [word('tayari'), 'already'],
  [word('asubuhi'), 'this morning'],
  [word('jioni'), 'this evening'],
  [word('kesho'), 'tomorrow'],
  [word('poa sana|sawa sana|poa|sawa'), 'ok'],
  [word('sana'), 'very'],
  [word('msee mmoja|mtu mmoja'), 'a guy'],
  [word('buda|msee'), ''],
];

/** A word no English note uses, that marks a line as Swahili. */
const swahiliMarker = new RegExp(
  String.raw`${verb.source}|${toDo.source}|\b(?:coffee|lunch|dinner|breakfast|call|video call|drinks|zoom|meeting|chai|video) na (?=\p{L})|(?<![\p{L}'’-])(?:kuhusu|juzi|tarehe|yangu|yake|hajajibu|hajanijibu|hajanipa|kimya|imejazwa|iliyopita|kutoka|tangu|aliyoniomba|bila kuombwa|${Object.keys(days).join('|')})(?![\p{L}'’-])`,
  'iu',
);

/** The line with its Swahili put into English; a line with none comes back as it was. */
export function mendSwahili(line: string): string {
  const marked = swahiliMarker.test(line);
  const words = applySwaps(line, swahiliWords);
  return marked ? applySwaps(words, clauseWords) : words;
}
