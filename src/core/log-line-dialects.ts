// Regional Englishes in a one-line log, put plainly before it is read: Scots ("wee chat wi Rab
// fae KPMG", "messaged us" for me, "the now", "the night", "gonnae", "askin", "yer man from the
// college"), Geordie ("howay man", "gannin", "put us forward", "ta'd"), the bare verbs of an
// English learned after Cantonese ("Priya whatsapp me", "he say Monzo got one opening", "Follow up
// Olivia by phone"), the calques of one learned after French or Spanish ("rdv with LOPEZ Ana",
// "she has proposed me to", "a reunion with", "mail of Margaret"), and the missing articles of one
// learned after Ukrainian or Russian ("sent me dataset", "week ago"). Each swap is a phrase no
// English note uses in another sense.
import { wordsLikeNames } from './log-line-name-words.js';
import { isKnownGivenName, isKnownSurname } from './person-name-shape.js';
import {
  applySwaps,
  capitalise,
  englishOrdinal,
  pastOfPlain,
  plainPast,
  type Swap,
  wholeWord as word,
} from './log-line-tokens.js';

/** What "ma" after a name goes before when it is a courtesy, not a Scot's "my". */
export const courtesyVerbs =
  '(?:rang|said|asked|called|emailed|sent|texted|will|promised|replied|is|was|has|had|did)';

/**
 * Words that end in "-in" for "-ing" in a Scots or an American Southern note: "askin", "catchin
 * up", "visitin", "hirin", "grabbin".
 */
const droppedG = [
  'apply',
  'ask',
  'bank',
  'call',
  'catch',
  'chas',
  'chatt',
  'check',
  'com',
  'do',
  'even',
  'fix',
  'gett',
  'go',
  'grabb',
  'help',
  'hir',
  'hop',
  'hunt',
  'interview',
  'look',
  'mak',
  'meet',
  'morn',
  'mov',
  'network',
  'offer',
  'open',
  'pitch',
  'plann',
  'pass',
  'putt',
  'reach',
  'read',
  'recruit',
  'retrain',
  'say',
  'sell',
  'send',
  'shak',
  'see',
  'shoot',
  'show',
  'sort',
  'start',
  'tak',
  'talk',
  'text',
  'thank',
  'think',
  'train',
  'try',
  'visit',
  'want',
  'wait',
  'wish',
  'work',
] as const;

/** Taglish "nag-" before a meeting, as English says it was had; before a verb, see `pastOf`. */
const tagalogHad: Record<string, string> = {
  coffee: 'had coffee',
  lunch: 'had lunch',
  zoom: 'had a zoom',
};

/**
 * Thanks in the words of another language: Korean "kamsahamnida", "gomawo"; Shona "ndatenda";
 * Turkish "teşekkürler", "sağol"; "merci", as Persian speakers say it too ("mersi"), and Persian
 * "mamnoon"; Bengali "dhonnobad" ("dhanyabad"); Hungarian "köszi", "köszönöm"; Urdu
 * "shukriya" and the Muslim "jazakallah"; Lingala "matondo"; Japanese "arigatou".
 */
const thanksWords =
  '(?:shukri(?:y)?a|jazak ?allah(?: khair)?|k[öo]sz[öo]n[öo]m|k[öo]szi|kamsahamnida|gamsahamnida|kamsahaeyo|gamsahaeyo|gomawo(?:yo)?|komawo(?:yo)?|ndatenda|ndinotenda|enkosi(?: kakhulu)?|ndiyabulela|te[şs]ekk[üu]rler|te[şs]ekk[üu]r ederim|sa[ğg]ol|merci(?: beaucoup)?|mamnoon(?:am)?|mersi|dhonnobad|dhanyabad|mahadsanid|mahadsanidin|matondo(?: mingi)?|arigat(?:ō|ou|o)(?: gozaimasu| gozaimashita)?)';

/**
 * Courtesy before a name in lower case, no part of it: Tagalog "kuya", "tita", "tito", "manang",
 * "manong"; Shona "sisi", "mukoma", "mainini", "tete", "sekuru", "amai"; Persian "agha", "aghaye"
 * ("agha Mistry"); Luganda "sebo" (sir); Thai "khun"; Romanian "doamna", "domnul" (Mrs, Mr);
 * Indonesian "pak", "bu", "ibu", "mas", "mbak", "kak" ("pak Dev", "mas Wei"); Somali "eedo" (aunt),
 * "abti" (uncle), "walaal" (sister, brother), "adeer", "habaryar", "abaayo" ("eedo Margaret");
 * Swahili "mzee" (elder), "dada", "kaka", "ndugu" ("mzee Robert"); isiXhosa "bhuti" (brother);
 * Malay "encik", "puan", "cik" (Mr, Mrs, Miss), "abang", "kakak", "adik" (elder brother, elder
 * sister, younger), "datin" ("encik Thomas", "abang Faizal"); Dari "khanum" (Mrs); Hausa "malam",
 * "hajiya", "alhaji" ("malam Dev"). In lower case none is an English word.
 */
const courtesyBefore =
  /(?<![\p{L}\d'’/-])(?:kuya|tita|tito|manang|manong|sisi|mukoma|mainini|tete|sekuru|agha|aghaye|khanum|malam|mallam|hajiya|alhaji|sebo|khun|doamna|domnul|doamnei|domnului|kyria|kyrie|kyrios|pak|bapak|bu|ibu|mas|mbak|kak|eedo|abti|walaal|adeer|habaryar|abaayo|hooyo|mzee|dada|kaka|ndugu|bhuti|amai|encik|puan|cik|abang|kakak|adik|datin|tannie|oom|egbon|alhaja|dede|daa|khoya|khouya|khti|ustaz|ustaza|ustadh|ustadha|ustad|ustada) (?=\p{L})/gu;

/**
 * Courtesy before a capitalised name, no part of it: East African English "madam Olivia", "bro
 * Dev", Swahili "mama Margaret" (English words too, so only before a name) and "Kaka Chidi", "Dada
 * Fatima", "Mzee Robert" as a note capitalises them; Zambian "ba Mark", "ba Okafor"; Nigerian "oga
 * Robert" (boss); Dari "Agha Dev", "Khanum Margaret"; Hausa "Malam Dev", "Hajiya Priya", "Alhaji
 * Robert"; Czech "paní Kate", "pan Dev" (Mrs, Mr), Slovak "pán Evans"; Amharic "Ato Robert" (Mr),
 * "W/ro Margaret" (Mrs), "W/rt Tigist" (Miss); Wolof and French "Tata Margaret", "Tonton Robert"
 * (aunt, uncle; "Tata Steel" and the rest of the Tata firms are no one's aunt); Khmer "Bong" (elder
 * sibling), "Oun" (younger), "Lok" (Mr), "Lok Srey" and "Neak Srey" (madam): "Bong Devendra", "Lok
 * Srey Joan Okello"; Haitian Creole "Madan" (Mrs), "Msye", "Mesye" (Mr), "Matant" (aunt), "Sè" and
 * "Frè" (sister, brother): "Madan Okafor", "Msye Robert"; Lao "Ai" (elder brother), "Euay" (elder
 * sister), "Nong" (younger), "Than" (Mr, Mrs), "Pa" (aunt): "Ai Dev", "Euay Priya", "Than Robert";
 * Malagasy "Ramatoa" (Mrs), "Andriamatoa", "Rangahy" (Mr), "Zoky" (elder sibling) and "Ry" before
 * them: "Ramatoa Margaret", "Ry Zoky Dev"; Samoan "Susuga" (a titled Mr), "Uso" (sibling), "Tamā"
 * (father): "Susuga Robert", "Uso Dev"; Sorani Kurdish "Kak" (Mr, elder brother) and "mamosta"
 * (teacher): "Kak Dev", "mamosta Robert"; Thai "P'Dev", "N'Ploy" ("phi", elder, and "nong",
 * younger). "met one Brian Ssemakula" is a certain Brian Ssemakula, someone not yet known: "one"
 * goes after a word that leads to a person ("to one Paul Mugisha"), before a full name, and not
 * before a day ("one Friday Evening"). "lunch with my egbon Robert Singh" (Yoruba: my elder) loses
 * "my" with the courtesy. Vietnamese "chị", "anh", "em", "cô", "chú", "bác" in small letters (older
 * sister, older brother, younger, aunt, uncle): "chị Joanne", "anh Dev"; "Anh Nguyen" is a name.
 * French "Maman", "frère", "sœur" (mother, brother, sister, as a Congolese note calls elders and
 * friends): "Maman Margaret", "frère Dev". Shona "Sisi", "Mukoma", "Mainini", "Tete", "Sekuru",
 * "Amai" and "Baba" (sister, brother, aunt, grandfather, mother, father), as a Zimbabwean note
 * calls elders and friends: "Sisi Joanne", "Amai Okafor", "baba Farai".
 */
const courtesyBeforeName =
  /(?<![\p{L}\d'’/-])(?:(?:[Mm]adam|[Bb]ro|ba|[Mm]ama|[Oo]ga|Agha|Khanum|Malam|Mallam|Hajiya|Alhaji|Kaka|Dada|Mzee|Ndugu|Encik|Puan|Abang|Kakak|Ato|Pak|Bapak|Bu|Ibu|Mbak|[Pp]an[íi]|[Pp]ane?|W\/ro|W\/rt|Woizero|Weizero|Weyzero|Woizerit|Weizerit|Bong|Oun|Lok Srey|Lok|Neak Srey|Madan|Msye|Mesye|Misye|Matant|Sè|Frè|Ai|Euay|Eauy|Euy|Nong|Than|Pa|Ramatoa|Andriamatoa|Rangahy|Zoky|Ry Zoky|Ry|Susuga|Uso|Tamā|Tata(?! (?:Steel|Consultancy|Motors|Group|Sons|Power|Chemicals|Communications|Technologies|Projects|Capital|Elxsi|Digital|Global)\b)|Tonton|Tantie|Tatie|Kak|[Mm]amosta|[Tt]annie|[Oo]om|(?:my )?[Ee]gbon|Alhaja|Dede|Daa|Engr\.?|Sur|Sinjura|Sinjorina|[Pp]án|Ustaz|Ustaza|Ustadh|Ustadha|Ustad|Ustada|chị|anh|em|cô|chú|bác|[Mm]aman|[Ff]r[èe]re|[Ss](?:œ|oe)ur|Sisi|Mukoma|Mainini|Tete|Sekuru|Amai|[Bb]aba) |[PN]['’])(?=\p{Lu}\p{Ll})|(?<=\b(?:met|meet|to|with|and|named|called)\s|, )one (?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)(?=\p{Lu}\p{Ll}+ \p{Lu}\p{Ll})/gu;

/**
 * Courtesy before a first name Kith knows, which before anything else may be part of a name:
 * Burmese "Ko", "Ma", "U", "Daw", "Maung", "Saya", "Sayama" ("Ko Dev", "Daw Margaret", "U Robert";
 * "Aung Ko Ko" and "Ma Long" stay, as no first name Kith knows follows); Samoan "Tina" (mother:
 * "Tina Margaret"; "Tina Turner" stays, as Turner is a surname too); "aunty", "auntie" and "uncle"
 * in any case ("aunty margret intro'd me", "saw uncle robert at the gurdwara"; "my uncle rang"
 * stays). The first name is captured for the check.
 */
const courtesyBeforeGivenName =
  /(?<![\p{L}\d'’/-])(?:Ko|Ma|U|Daw|Maung|Saya|Sayama|Tina|[Aa]unty|[Aa]untie|[Uu]ncle|Chief|Mummy|Daddy|Brother|Sister|Si|Lalla|(?<!\b(?:my|his|her|their|your|our|a|the) )(?:brother|sister)) (?=(\p{L}+))/gu;

/** The bare verbs of what a contact did to the user's message or post, or of what they sent. */
const bareVerbs =
  'reply|accept|like|comment|follow|email|message|text|txt|call|ring|share|send|introduce|intro|give|forward|recommend|refer|invite|thank|add|connect';

/**
 * A bare verb of what a contact did to the user's message or post, or of what they sent, and what
 * may follow it: "reply, …", "comment on my post", "send the link", "email to say…".
 */
const bareDone = String.raw`(${bareVerbs})(?=(?: to)? (?:my|me|back|on my)\b|,|(?<=accept) (?:the |our )?(?:linkedin )?(?:connection|request|invite|invitation)\b|(?<=connect) (?:with me )?(?:on|via) (?:[Ll]inked[Ii]n|[Ll][Ii])\b|(?<=email|text|txt|ring|message) (?:yesterday|yest|today|this morning|last night|last week|(?:on )?(?:[Mm]on|[Tt]ues|[Ww]ednes|[Tt]hurs|[Ff]ri|[Ss]atur|[Ss]un)day)\b(?![^;.]*\bI\b)|(?<=send) (?:a )?(?:thank[- ]you|thanks)(?: (?:msg|message|note|text|email)| (?:on|via|by))\b|(?<=send) (?:a )?(?:connect|connection|linkedin) (?:request|invite)\b|(?<=send|share|forward) (?:report|article|doc|document|file|deck|slides|template|spec|jd)\b|(?<=reply) (?:msg|message|email|text)\b|(?<=send|forward|share) (?:the|a|an|link|links|details|info)\b|(?<=send|forward|share) (?:[\p{L}-]+ ){0,3}?(?:vacancy|vacancies|job spec|link)\b|(?<=message|email|text|ring|call) (?:\p{Ll}+ )?to (?:say|ask|tell|thank)\b|(?<=message|email|text) (?:\p{Ll}+ )?(?:sayin['’]?g?|saying|cheers|thanks|thanking(?! (?:her|him|them)\b)|ta)\b)`;

/**
 * Words that may follow a name in small letters but are no part of it nor of their firm: what
 * they said or did, or how the note says they were in touch ("wei chen video call, …").
 */
const notAFirm = String.raw`(?:say|says|said|tell|told|he|she|they|i|we|you|will|would|gonna|gunna|wanna|can|could|to|and|then|just|already|also|not|never|still|finally|did|does|do|has|have|had|is|was|me|my|us|video|phone|teams|zoom|linkedin|li|whatsapp|wa|email|msg|text|coffee|lunch|call|chat|meeting|catch-up|catchup)`;

/** The past of the verbs Dublin's "after" tells of that `pastOfPlain` does not know. */
const afterDone: Readonly<Record<string, string>> = {
  get: 'got',
  put: 'put',
  send: 'sent',
  meet: 'met',
  give: 'gave',
  tell: 'told',
  run: 'ran',
  chat: 'chatted',
  drop: 'dropped',
  pop: 'popped',
  set: 'set',
};

/**
 * "introduced Wei to", said by the way it was made: by email as "emailed, introduced Wei to", as
 * the one-line log reads an introduction made by email; any other way stays where it was said.
 */
function introducedBy(how: string | undefined, who: string): string {
  if (!how) return `introduced ${who} to `;
  return /mail/iu.test(how) ? `emailed, introduced ${who} to ` : `introduced ${who}${how} to `;
}

/** Each letter as it may be written with a mark ("dimàirt", "trešdien", "svētdien"). */
const markedLetters: Readonly<Record<string, string>> = {
  a: '[aàáâäāãą]',
  c: '[cčçć]',
  d: '[dď]',
  e: '[eèéêëēẹěę]',
  i: '[iìíîïīị]',
  o: '[oòóôöōọ]',
  g: '[gġ]',
  h: '[hħ]',
  l: '[lľĺł]',
  n: '[nň]',
  r: '[rřŕ]',
  s: '[sšṣś]',
  t: '[tť]',
  u: '[uùúûüūụů]',
  y: '[yý]',
  z: '[zžż]',
};

/** A day's name as it is keyed: lower case, without marks, apostrophes or spaces. */
const dayKey = (day: string) =>
  day
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\p{M}\s'’]/gu, '')
    .replace(/ħ/gu, 'h')
    .replace(/ł/gu, 'l');

/**
 * Another language's weekdays put as English ones, from one table: each name matched with or
 * without its marks, with an apostrophe between letters ("juma'a", "rebu'e") and a space where the
 * table has one ("yak shamba", "yakshamba"), after the word the language puts first ("ranar",
 * "yom", "ku") and before an ending ("pirmdienā"). In lower case only unless `caseless`, as a
 * capitalised one may be someone's name; with no marks when `marks` is false, as Spanish "Mandé"
 * (I sent) is no Krio "Mande" (Monday); and not before a capitalised word when `beforeName` is
 * false, as "Baasan Batbold" is someone.
 */
export function weekdaysOf(
  days: Readonly<Record<string, string>>,
  { before = '', ending = '', caseless = false, marks = true, beforeName = true } = {},
): Swap {
  const byKey = new Map(Object.entries(days).map(([day, english]) => [dayKey(day), english]));
  const names = Object.keys(days)
    .sort((a, b) => b.length - a.length)
    .map((day) =>
      [...day]
        .map((letter) =>
          letter === ' ' ? ' ?' : marks ? (markedLetters[letter] ?? letter) : letter,
        )
        .join("['’]?"),
    );
  return [
    new RegExp(
      String.raw`(?<![\p{L}\d'’/-])${before}(${names.join('|')})${ending}(?![\p{L}\d'’-])`,
      caseless ? 'giu' : 'gu',
    ),
    (...args: string[]) => {
      // A replacer's arguments: the match, the day, then its offset and the whole line.
      const [whole, day, offset, line] = args as unknown as [string, string, number, string];
      const after = line.slice(offset + whole.length);
      if (!beforeName && /^ \p{Lu}\p{Ll}/u.test(after)) return whole;
      return byKey.get(dayKey(day)) ?? whole;
    },
  ];
}

/** The English for a language's words for the days around today, in the order they are read. */
const daysAroundEnglish = {
  dayBefore: 'the day before yesterday',
  yesterday: 'yesterday',
  today: 'today',
  tomorrow: 'tomorrow',
  lastWeek: 'last week',
} as const;

/**
 * A language's words for the days around today put as English ones, each a pattern read as a
 * whole word ("omaly" yesterday, "androany" today), the day before read before yesterday, as
 * "afak'omaly" holds "omaly"; in either case unless `caseless` is false.
 */
function daysAround(
  words: Partial<Record<keyof typeof daysAroundEnglish, string>>,
  { caseless = true } = {},
): Swap[] {
  return (Object.keys(daysAroundEnglish) as Array<keyof typeof daysAroundEnglish>).flatMap(
    (key) => {
      const pattern = words[key];
      return pattern
        ? [[word(pattern, caseless ? 'giu' : 'gu'), daysAroundEnglish[key]] as const]
        : [];
    },
  );
}

/**
 * Days of another language that are also people's names ("Inga", Tuesday in Burmese; "Sok",
 * Friday in Khmer): each a day only as a note capitalises it, where no word that leads to a
 * person goes before it ("coffee with Inga" stays) and no surname follows it ("Inga Liepa").
 */
function daysLikeNames(days: Readonly<Record<string, string>>): Swap {
  return [
    new RegExp(
      String.raw`(?<!\b(?:with|w|and|&|met|meet|to|called|rang|ring|emailed|email|texted|text|messaged|thanked|thank|from|by|for) )(?<![\p{L}\d'’/-])(${Object.keys(days).join('|')})(?![\p{L}\d'’-])(?! \p{Lu}\p{Ll})`,
      'gu',
    ),
    (_whole: string, day: string) => days[day] ?? day,
  ];
}

/**
 * Thanks in another language's words closing a note of something else ("…sent me the spec,
 * rahmat") are only a courtesy, and are dropped; thanks for something (", ďakujem for the mock
 * interview") is what the note says, and stays.
 */
function closingCourtesy(words: string, { caseless = false } = {}): Swap {
  return [
    new RegExp(
      String.raw`(?<=\p{L}[^,]*), (?:${words})(?!\p{L})(?! for\b)[^,;.]*$`,
      caseless ? 'iu' : 'u',
    ),
    '',
  ];
}

/**
 * Thanks in another language's words: a courtesy closing a note of something else, else thanks;
 * with `opening`, the words opening a note before a name thank them ("tenki Dev fo di intro",
 * "rahmet to Margaret for the docs").
 */
function thanksIn(
  words: string,
  { caseless = false, opening = false }: { caseless?: boolean; opening?: boolean } = {},
): Swap[] {
  const opened: Swap[] = opening
    ? [
        [
          new RegExp(String.raw`^(?:${words})(?: (?:to|fo|for))? (?=\p{L})(?!(?:fo|for))`, 'iu'),
          'thanked ',
        ],
      ]
    : [];
  return [...opened, closingCourtesy(words, { caseless }), [word(words, 'giu'), 'thanks']];
}

/**
 * The Moroccan Darija days after "nhar" (day): "nhar tnin" (Monday) to "nhar l7ed" (Sunday), with
 * the digits Darija writes for its own letters ("larbe3", "jjem3a") or without them.
 */
const darijaDays: Record<string, string> = {
  tnin: 'monday',
  ltnin: 'monday',
  tlat: 'tuesday',
  tlata: 'tuesday',
  larbe3: 'wednesday',
  larba: 'wednesday',
  larbaa: 'wednesday',
  lkhmis: 'thursday',
  khmis: 'thursday',
  jjem3a: 'friday',
  jjemaa: 'friday',
  jem3a: 'friday',
  jjemaa3: 'friday',
  ssebt: 'saturday',
  sebt: 'saturday',
  l7ed: 'sunday',
  lhed: 'sunday',
  lhad: 'sunday',
};

/**
 * The Slovak and Czech days, after "v", "vo" or "ve" (on): Slovak "v pondelok" (Monday) to "v
 * nedeľu" (Sunday), Czech "v pondělí" to "v neděli", with or without their marks.
 */
const slovakAndCzechDays: Record<string, string> = {
  pondelok: 'monday',
  pondeli: 'monday',
  utorok: 'tuesday',
  utery: 'tuesday',
  stredu: 'wednesday',
  streda: 'wednesday',
  stvrtok: 'thursday',
  ctvrtek: 'thursday',
  piatok: 'friday',
  patek: 'friday',
  sobotu: 'saturday',
  sobota: 'saturday',
  nedelu: 'sunday',
  nedela: 'sunday',
  nedeli: 'sunday',
  nedele: 'sunday',
};

/**
 * The Irish days after "Dé" (day), with or without their marks: "Dé Luain" (Monday) to "Dé
 * Domhnaigh" (Sunday), "Déardaoin" (Thursday) written as one word, "Dé hAoine" (Friday).
 */
const irishDays: Record<string, string> = {
  luain: 'monday',
  mairt: 'tuesday',
  ceadaoin: 'wednesday',
  ardaoin: 'thursday',
  aoine: 'friday',
  sathairn: 'saturday',
  domhnaigh: 'sunday',
};

/** The Kannada days: "Somavara" (Monday) to "Bhanuvara" (Sunday). */
const kannadaDays: Record<string, string> = {
  somavara: 'monday',
  mangalavara: 'tuesday',
  budhavara: 'wednesday',
  guruvara: 'thursday',
  shukravara: 'friday',
  sukravara: 'friday',
  shanivara: 'saturday',
  bhanuvara: 'sunday',
  ravivara: 'sunday',
};

/**
 * The Maltese days, each after its article: "it-Tnejn" (Monday) to "il-Ħadd" (Sunday), with or
 * without the Maltese letters ("il-Hamis", "l-Erbgha").
 */
const malteseDays: Record<string, string> = {
  tnejn: 'monday',
  tlieta: 'tuesday',
  erbgha: 'wednesday',
  hamis: 'thursday',
  gimgha: 'friday',
  sibt: 'saturday',
  hadd: 'sunday',
};

/** The Telugu days: "Somavaram" (Monday) to "Aadivaram" (Sunday). */
const teluguDays: Record<string, string> = {
  somavaram: 'monday',
  mangalavaram: 'tuesday',
  budhavaram: 'wednesday',
  guruvaram: 'thursday',
  bruhaspativaram: 'thursday',
  sukravaram: 'friday',
  shukravaram: 'friday',
  shanivaram: 'saturday',
  sanivaram: 'saturday',
  aadivaram: 'sunday',
  adivaram: 'sunday',
};

/**
 * The Ukrainian days in Latin letters, as said after "u" or "v" (on): "ponedilok" (Monday) to
 * "nediliu" (Sunday), with "piatnytsia" (Friday) said alone too.
 */
const ukrainianDays: Record<string, string> = {
  ponedilok: 'monday',
  vivtorok: 'tuesday',
  seredu: 'wednesday',
  sereda: 'wednesday',
  chetver: 'thursday',
  piatnytsiu: 'friday',
  piatnytsia: 'friday',
  pyatnytsyu: 'friday',
  subotu: 'saturday',
  subota: 'saturday',
  nediliu: 'sunday',
  nedilia: 'sunday',
};

/**
 * The Igbo days as English lends them: "Tusde" (Tuesday) to "Sọnde" (Sunday); Monday, "Mọnde", is
 * read apart, as "Le Monde" is a newspaper.
 */
const igboDays: Record<string, string> = {
  tusde: 'tuesday',
  wenezde: 'wednesday',
  tosde: 'thursday',
  fraide: 'friday',
  satode: 'saturday',
  sonde: 'sunday',
};

/**
 * The Pashto days as Peshawar says them ("Naha" Tuesday, "Shoro" Wednesday, "Ziarat" Thursday,
 * "Khali" Saturday, "Itwar" Sunday; "Juma", Friday, is read with the Swahili days), and the Persian
 * ones ("Doshanbe" Monday to "Yakshanbe" Sunday).
 */
const pashtoDays: Record<string, string> = {
  naha: 'tuesday',
  nahe: 'tuesday',
  shoro: 'wednesday',
  ziarat: 'thursday',
  khali: 'saturday',
  itwar: 'sunday',
  itwaar: 'sunday',
  doshanbe: 'monday',
  seshanbe: 'tuesday',
  chaharshanbe: 'wednesday',
  panjshanbe: 'thursday',
  shanbe: 'saturday',
  yakshanbe: 'sunday',
  yekshanbe: 'sunday',
};

/** The Afrikaans days, and the Dutch spellings of them: "Maandag" (Monday) to "Sondag" (Sunday). */
const afrikaansDays: Record<string, string> = {
  maandag: 'monday',
  dinsdag: 'tuesday',
  woensdag: 'wednesday',
  donderdag: 'thursday',
  vrydag: 'friday',
  vrijdag: 'friday',
  saterdag: 'saturday',
  zaterdag: 'saturday',
  sondag: 'sunday',
  zondag: 'sunday',
};

/** The Yoruba days, after "Ojo" (day): "Ojo Aje" (Monday) to "Ojo Aiku" (Sunday). */
const yorubaDays: Record<string, string> = {
  aje: 'monday',
  isegun: 'tuesday',
  ru: 'wednesday',
  bo: 'thursday',
  eti: 'friday',
  abameta: 'saturday',
  aiku: 'sunday',
};

/** The Yoruba days that no English word or common name shares, said without "Ojo". */
const yorubaBareDays: Record<string, string> = {
  isegun: 'tuesday',
  abameta: 'saturday',
  aiku: 'sunday',
};

/** The Sinhala days: "Sanduda" (Monday) to "Irida" (Sunday), and "Brahas" for Thursday. */
const sinhalaDays: Record<string, string> = {
  sanduda: 'monday',
  angaharuwada: 'tuesday',
  badada: 'wednesday',
  brahaspathinda: 'thursday',
  brahas: 'thursday',
  sikurada: 'friday',
  senasurada: 'saturday',
  irida: 'sunday',
};

/** The Sorani Kurdish days: "Dushemme" (Monday) to "Yekshemme" (Sunday). */
const kurdishDays: Record<string, string> = {
  dushemme: 'monday',
  seshemme: 'tuesday',
  chwarshemme: 'wednesday',
  penjshemme: 'thursday',
  heyni: 'friday',
  shemme: 'saturday',
  yekshemme: 'sunday',
};

/**
 * The Malayalam days: "Thinkal" (Monday) to "Njayar" (Sunday); "Budhan" and "Velli" are the Tamil
 * ones too, read there.
 */
const malayalamDays: Record<string, string> = {
  thinkal: 'monday',
  chovva: 'tuesday',
  vyazham: 'thursday',
  shani: 'saturday',
  njayar: 'sunday',
};

/** The Tamil days: "Thingal" (Monday) to "Gnayiru" (Sunday). */
const tamilDays: Record<string, string> = {
  thingal: 'monday',
  sevvai: 'tuesday',
  budhan: 'wednesday',
  viyazhan: 'thursday',
  velli: 'friday',
  sani: 'saturday',
  gnayiru: 'sunday',
};

/** The Samoan days, after "Aso" (day) or on their own: "Aso Gafua" (Monday) to "Aso Sa" (Sunday). */
const samoanDays: Record<string, string> = {
  'aso gafua': 'monday',
  'aso lua': 'tuesday',
  'aso lulu': 'wednesday',
  'aso tofi': 'thursday',
  'aso faraile': 'friday',
  faraile: 'friday',
  'aso toonai': 'saturday',
  toonai: 'saturday',
  'aso sa': 'sunday',
};

/** The Malagasy days: "Alatsinainy" (Monday) to "Alahady" (Sunday). */
const malagasyDays: Record<string, string> = {
  alatsinainy: 'monday',
  talata: 'tuesday',
  alarobia: 'wednesday',
  alakamisy: 'thursday',
  zoma: 'friday',
  asabotsy: 'saturday',
  alahady: 'sunday',
};

/** The Lao days, in English letters, as written after "van" (day): "van chan" is Monday. */
const laoDays: Record<string, string> = {
  chan: 'monday',
  angkhan: 'tuesday',
  phut: 'wednesday',
  pahat: 'thursday',
  phahat: 'thursday',
  suk: 'friday',
  sao: 'saturday',
  athit: 'sunday',
};

/** The Haitian Creole days: "lendi" (Monday) to "dimanch" (Sunday). */
const haitianDays: Record<string, string> = {
  lendi: 'monday',
  madi: 'tuesday',
  mekredi: 'wednesday',
  jedi: 'thursday',
  vandredi: 'friday',
  samdi: 'saturday',
  dimanch: 'sunday',
};

/** The Khmer days, in English letters, as written after "thngai" (day): "thngai Chan" is Monday. */
const khmerDays: Record<string, string> = {
  chan: 'monday',
  angkear: 'tuesday',
  angkar: 'tuesday',
  puth: 'wednesday',
  prohoas: 'thursday',
  prohas: 'thursday',
  prahoas: 'thursday',
  sok: 'friday',
  sau: 'saturday',
  saur: 'saturday',
  atit: 'sunday',
};

/** The Khmer days that are nobody's name, on their own: "Angkear" (Tuesday) to "Prohoas" (Thursday). */
const khmerDaysAlone: Record<string, string> = {
  angkear: 'tuesday',
  angkar: 'tuesday',
  puth: 'wednesday',
  prohoas: 'thursday',
  prohas: 'thursday',
  prahoas: 'thursday',
};

/** The Burmese days, in English letters: "Taninlar" (Monday) to "Taninganwe" (Sunday). */
const burmeseDays: Record<string, string> = {
  taninlar: 'monday',
  taninla: 'monday',
  boddhahu: 'wednesday',
  bokdahu: 'wednesday',
  bouddahu: 'wednesday',
  kyathabade: 'thursday',
  kyathapade: 'thursday',
  kyasabade: 'thursday',
  kyasapade: 'thursday',
  thaukkya: 'friday',
  thaukkyar: 'friday',
  thaukya: 'friday',
  sanay: 'saturday',
  sanaynay: 'saturday',
  taninganwe: 'sunday',
  taninganway: 'sunday',
  'tanin ganwe': 'sunday',
};

/** The Wolof days: "altine" (Monday) to "dibéer" (Sunday). */
const wolofDays: Record<string, string> = {
  altine: 'monday',
  talaata: 'tuesday',
  allarba: 'wednesday',
  alarba: 'wednesday',
  alxames: 'thursday',
  alkhamis: 'thursday',
  ajjuma: 'friday',
  gaawu: 'saturday',
  dibeer: 'sunday',
};

/** The Kazakh days, in English letters: "düysenbi" (Monday) to "jeksenbi" (Sunday). */
const kazakhDays: Record<string, string> = {
  duysenbi: 'monday',
  duisenbi: 'monday',
  seysenbi: 'tuesday',
  seisenbi: 'tuesday',
  sarsenbi: 'wednesday',
  beysenbi: 'thursday',
  beisenbi: 'thursday',
  senbi: 'saturday',
  jeksenbi: 'sunday',
  zheksenbi: 'sunday',
};

/** The Mongolian days, in English letters: "Davaa" (Monday) to "Nyam" (Sunday). */
const mongolianDays: Record<string, string> = {
  davaa: 'monday',
  myagmar: 'tuesday',
  lkhagva: 'wednesday',
  lhagva: 'wednesday',
  purev: 'thursday',
  baasan: 'friday',
  byamba: 'saturday',
  nyam: 'sunday',
};

/** The Krio days, as Sierra Leoneans write them in English letters. */
const krioDays: Record<string, string> = {
  mande: 'monday',
  tuzde: 'tuesday',
  tusde: 'tuesday',
  tyusde: 'tuesday',
  wenzde: 'wednesday',
  wensde: 'wednesday',
  tosde: 'thursday',
  tozde: 'thursday',
  fraide: 'friday',
  fraydey: 'friday',
  satide: 'saturday',
  satde: 'saturday',
  sonde: 'sunday',
};

/** The Scottish Gaelic days. */
const gaelicDays: Record<string, string> = {
  diluain: 'monday',
  dimairt: 'tuesday',
  diciadain: 'wednesday',
  diardaoin: 'thursday',
  dihaoine: 'friday',
  disathairne: 'saturday',
  didomhnaich: 'sunday',
};

/** The Uzbek days. */
const uzbekDays: Record<string, string> = {
  dushanba: 'monday',
  seshanba: 'tuesday',
  chorshanba: 'wednesday',
  payshanba: 'thursday',
  juma: 'friday',
  shanba: 'saturday',
  yakshanba: 'sunday',
};

/** The Kinyarwanda days, as written after "ku" (on). */
const kinyarwandaDays: Record<string, string> = {
  'wa mbere': 'monday',
  'wa kabiri': 'tuesday',
  'wa gatatu': 'wednesday',
  'wa kane': 'thursday',
  'wa gatanu': 'friday',
  'wa gatandatu': 'saturday',
  cyumweru: 'sunday',
};

/**
 * A Kinyarwanda verb's root, in the past, as it follows who did it and to whom: what was done,
 * what was done to the user ("ya-n-sabye", asked me for), and whether a contact doing it to no
 * one named did it to the user ("yanditse kuri email", wrote to me by email).
 */
interface KinyarwandaRoot {
  past: string;
  toMe?: string;
  reaches?: true;
}

/**
 * Kinyarwanda roots of being in touch, in the past: "hamagaye" (called; "-mp-" after "me":
 * "yampamagaye"), "andikiye" (wrote to), "oherereje" (sent), "sabye" (asked for), "bajije"
 * (asked), "bwiye" (told), "haye" (gave), "shimiye" (thanked), "introduciye" (introduced),
 * "huje" (put in touch), "huye" (met), "aganiriye" (talked), "ibukije" (reminded).
 */
const kinyarwandaRoots: Readonly<Record<string, KinyarwandaRoot>> = {
  hamagaye: { past: 'called', toMe: 'called me', reaches: true },
  andikiye: { past: 'wrote to', toMe: 'wrote to me', reaches: true },
  anditse: { past: 'wrote' },
  oherereje: { past: 'sent', toMe: 'sent me', reaches: true },
  ohereje: { past: 'sent', toMe: 'sent me' },
  shimiye: { past: 'thanked', toMe: 'thanked me' },
  sabye: { past: 'asked', toMe: 'asked me for', reaches: true },
  bajije: { past: 'asked', toMe: 'asked me', reaches: true },
  bwiye: { past: 'told', toMe: 'told me', reaches: true },
  haye: { past: 'gave', toMe: 'gave me' },
  tanze: { past: 'gave' },
  introduciye: { past: 'introduced', toMe: 'introduced me to' },
  huje: { past: 'connected', toMe: 'put me in touch' },
  huye: { past: 'met' },
  huriyeyo: { past: 'met' },
  kunze: { past: 'liked', toMe: 'liked' },
  aganiriye: { past: 'talked' },
  vuganye: { past: 'spoke' },
  subije: { past: 'replied to', toMe: 'replied to me', reaches: true },
  subiriyemo: { past: 'reviewed', toMe: 'reviewed' },
  ibukije: { past: 'reminded', toMe: 'reminded me' },
  sobanuriye: { past: 'explained to', toMe: 'explained to me' },
  emeye: { past: 'agreed' },
  nyweye: { past: 'had' },
};

/** The roots as one pattern, each "h-" also as "p-", as it is written after "m" (me). */
const kinyarwandaRootWords = Object.keys(kinyarwandaRoots)
  .sort((a, b) => b.length - a.length)
  .map((root) => root.replace(/^h/u, '[hp]'))
  .join('|');

/**
 * A Kinyarwanda verb in the past, by its parts: who did it ("twa-" we, "ya-" he or she, "na-",
 * "n-" I), "-ra-" (which changes nothing the log reads), to whom ("-n-", "-m-", "-ny-" me; "-mu-",
 * "-mw-" him or her) and the root: "ya-m-bwiye" (told me), "na-mu-shimiye" (I thanked him),
 * "n-oherereje" (I sent), "twa-ra-huye" (we met).
 */
const kinyarwandaVerb = new RegExp(
  String.raw`(?<![\p{L}\d'’/-])(tw|y|n)(?:a(?:ra)?(ny|mw|mu|n|m)?)?(${kinyarwandaRootWords})(?![\p{L}\d'’/-])`,
  'giu',
);

/**
 * A Kinyarwanda verb as English: "yampamagaye" called me, "nasabye" asked, "twahuye" met. The
 * user's own verb after a name ("Dev namusabye", Dev I asked) keeps its "I", or the name before
 * it would read as who did it.
 */
function kinyarwandaVerbAsEnglish(
  whole: string,
  doer: string,
  whom: string | undefined,
  written: string,
  at: unknown,
  all: unknown,
): string {
  const lower = written.toLowerCase();
  const root = kinyarwandaRoots[lower] ?? kinyarwandaRoots[lower.replace(/^p/u, 'h')];
  if (!root) return whole;
  const me = whom !== undefined && /^(?:ny|n|m)$/iu.test(whom);
  const contact = doer.toLowerCase() === 'y';
  if (contact && (me || (!whom && root.reaches === true))) return root.toMe ?? `${root.past} me`;
  const before = typeof all === 'string' && typeof at === 'number' ? all.slice(0, at) : '';
  const afterName = /\p{Lu}[\p{L}'’-]* $/u.test(before);
  return doer.toLowerCase() === 'n' && afterName ? `I ${root.past}` : root.past;
}

/**
 * Kinyarwanda verbs of what is still to come, by their parts: who will do it ("a-za-" he or she,
 * "ba-za-" they), to whom ("-m-" me) and the root: "a-za-m-puza" (will put me in touch),
 * "a-za-m-pamagara" (will call me). The line's day is never theirs, only what was promised.
 */
const kinyarwandaFuture =
  /(?<![\p{L}\d'’/-])(?:a|ba)za(m|n)?(huza|puza|hamagara|pamagara|andikira|oherereza|bwira)(?![\p{L}\d'’/-])/giu;

/** The roots of `kinyarwandaFuture` as English: to the user, and to anyone else. */
const kinyarwandaFutureRoots: Readonly<Record<string, readonly [string, string]>> = {
  huza: ['put me in touch', 'connect'],
  hamagara: ['call me', 'call'],
  andikira: ['write to me', 'write to'],
  oherereza: ['send me', 'send'],
  bwira: ['tell me', 'tell'],
};

/** A Kinyarwanda verb of what is to come as English: "azampuza" will put me in touch. */
function kinyarwandaFutureAsEnglish(
  _whole: string,
  whom: string | undefined,
  root: string,
): string {
  const [toMe, toOthers] = kinyarwandaFutureRoots[root.toLowerCase().replace(/^p/u, 'h')] ?? [];
  return `will ${whom ? toMe : toOthers}`;
}

/** Kinyarwanda counts of days: "iminsi itatu ishize" (three days ago). */
const kinyarwandaCounts: Readonly<Record<string, string>> = {
  ibiri: '2',
  itatu: '3',
  ine: '4',
  itanu: '5',
  itandatu: '6',
  irindwi: '7',
};

/**
 * The words of a Kinyarwanda clause, read only in a line that holds a word of its own (see
 * `kinyarwandaMarker`): what is asked for and still awaited, "wa", "wo muri", "ba" (of, from:
 * "Rachel wa Booking"), "kuri email" (by email), "muri" (at), "ya" (of), "na" (with after a
 * meeting, else and), "yanjye" (my), "ye" (their), "niba" (if), "ko" (that), "tariki 21" (on the
 * 21st; "deadline ya tariki 4" is no day of the line).
 */
const kinyarwandaClause: readonly Swap[] = [
  [/\b(follow(?:ed)? up) kwa (?=\p{L})/giu, '$1 with '],
  // "nongeye kumwandikira" (I wrote to them again), "nongeye kumuhamagara" (I called them
  // again): doing anything again is following up, with a call if one.
  [
    /(?<![\p{L}'’-])[Nn](?:ongeye|ongera|kongera) ku(?:mw|mu|ba)?([hp]amagara)?\p{L}*(?= \p{Lu})/gu,
    (_whole: string, call?: string) => (call ? 'followed up with a call to' : 'followed up with'),
  ],
  [
    /(?<![\p{L}'’-])[Nn](?:ongeye|ongera|kongera) ku(?:mw|mu|ba)?([hp]amagara)?\p{L}*/gu,
    (_whole: string, call?: string) => (call ? 'followed up with a call' : 'followed up'),
  ],
  // "nibutsa ibya referral" (reminding them about the referral), with "-mw-" them or "ny-".
  [
    /(?<![\p{L}'’-])(?:ku)?(?:n|ny|mw|nkamw)ibutsa(?: (?:ibya|ku bya|ku bijyanye n['’]))?(?![\p{L}'’-])/giu,
    'to chase them about',
  ],
  // "n'umuyobozi" is "na umuyobozi" (with the lead): "na" loses its vowel before one.
  [/(?<=\s)n['’](?=[aeiou]\p{Ll})/gu, 'na '],
  [word('ikawa'), 'coffee'],
  [word('icyayi'), 'tea'],
  [word('(?:ku|mu|kuri) butumwa(?: bugufi)?'), 'by message'],
  [word('umuyobozi (?:we|wabo)'), 'their lead'],
  [word('umuyobozi'), 'lead'],
  // "bashaka statistician" (they want a statistician): what is sought has no article in
  // Kinyarwanda, and a search for no one in particular reads with one.
  [
    /(?<![\p{L}'’-])(?:ba|a|i)(?:ra)?shaka(?![\p{L}'’-])(?: (?!(?:an?|the|some|my|their|our|more)\b)(?=(\p{Ll})))?/gu,
    (whole: string, next?: string) =>
      `are looking for${whole.endsWith(' ') ? (/[aeiou]/u.test(next ?? '') ? ' an ' : ' a ') : ''}`,
  ],
  // What is gone: "bamaze kuyitanga" (they have already given it), "yafunzwe" (was closed),
  // "ntikiriho" (is there no longer).
  [word('bamaze kuyitanga|yamaze gutangwa'), 'it is already filled'],
  [word('(?:y|ry|by)afunzwe'), 'was closed'],
  [word('nt(?:i|a|u|ibi|iba)?kiriho'), 'is no longer open'],
  [word('nshobora'), 'I could'],
  [word('kuvuga'), 'speak'],
  [kinyarwandaFuture, kinyarwandaFutureAsEnglish],
  [/\b(?:na|ya)koze like kuri (?=post\b)/giu, 'liked '],
  [word('nagiye kuri'), 'went to'],
  [word('yaje mu biro'), 'came by the office'],
  [word('ambaza amakuru'), 'catching up'],
  [word('nzajya kuri'), "I'd be on"],
  [word('niba hari update'), 'for an update'],
  [word('(?:ni we )?(?:wari|yari)(?: ayoboye)?'), 'was'],
  [word('bari bahari'), 'were there'],
  [word('bashobora kuyikunda'), 'they may like it'],
  [word('yatangiye kunkurikira'), 'followed me'],
  [word('yanditse comment'), 'commented'],
  [word('kunsabira (?:referral|recommendation)'), 'to refer me'],
  [word('kunsabira'), 'to put in a word for me'],
  [word('kunshyira'), 'to put me'],
  [word('kumwibutsa'), 'to chase them about'],
  [word('ansaba|ambaza'), 'asking me'],
  [word('ambwira'), 'told me about'],
  [word('asaba|musaba'), 'asking for'],
  [word('ntayo yansabye'), 'unasked'],
  [word("nk['’]uko yabisabye"), 'as they asked'],
  [/(?<=\p{L}) (?:yansabye|yasabye)(?=\s*(?:[,.;]|$))/gu, ' they asked for'],
  [kinyarwandaVerb, kinyarwandaVerbAsEnglish],
  // "yambwiye 18-11" (told me on 18 November): a date right after the verb is its day.
  [
    /(?<=\b(?:told|asked|called|sent|wrote to|thanked|gave|met)(?: me)?) (?=\d{1,2}[-/.]\d{1,2}\b)/gu,
    ' on ',
  ],
  [
    /(?<=\b(?:met|talked|spoke|put me in touch|connect|had \p{L}+)) (?:na |n['’])(?=\p{L})/gu,
    ' with ',
  ],
  // "wa" before a word in lower case is of ("partner wa development advisory"), never WhatsApp.
  [/(?<=\p{Ll})(?<!\b(?:on|via|by|over|ku|kuri|through)) wa (?=\p{Ll})/gu, ' of '],
  [/(?<![\p{L}'’-])(\p{L}[\p{L}'’-]*) (?:yanjye|wanjye|zanjye|byanjye)(?![\p{L}'’-])/giu, 'my $1'],
  [/(?<![\p{L}'’-])(\p{Ll}[\p{L}'’-]*) (?:ye|yabo|wabo|zabo)(?![\p{L}'’-])/gu, 'their $1'],
  [/(?<![\p{L}'’-])(\p{Ll}[\p{L}'’-]*) we (?=wa \p{Lu})/gu, 'their $1 '],
  [/(?<=\b(?:talked|spoke|advice|tips)) ku (?=\p{L})/gu, ' about '],
  [/\bpost ya (\p{Lu}\p{Ll}+(?: \p{Lu}[\p{Ll}'’-]+)?)/gu, "$1's post"],
  [/(?<=\p{L}) (?:wo muri|wa|ba) (?=\p{Lu})/gu, ' from '],
  [word('wo muri'), 'from'],
  [
    /\bkuri (?=(?:e-?mail|linkedin|whatsapp|dm|text|x|zoom|google meet|teams|phone|post)\b)/giu,
    'on ',
  ],
  [word('kuri|muri'), 'at'],
  [
    /(?<!\b(?:deadline|mbere) ya )\btariki (\d{1,2})(?![\d/.-])/giu,
    (_whole: string, day: string) => `on the ${englishOrdinal(day)}`,
  ],
  [word("ibya|ku bya|ku bijyanye n['’]"), 'about'],
  // "contract ya Hays" (the Hays contract), "invite ya Insight Africa conference" (the Insight
  // Africa conference invite), "spec ya product analyst" (a product analyst spec):
  // a thing passed on, with the article Kinyarwanda has none of.
  [
    /\b(spec|contract|role|job|link|invite|report|article|course|ToRs?|TORs?) ya (\p{Lu}[\p{L}\d.&-]*(?: \p{Lu}[\p{L}\d.&-]*)*(?: (?:conference|summit|meetup|workshop|forum))?)(?![\p{L}\d.&-])/gu,
    'the $2 $1',
  ],
  [
    /(?<![\p{L}'’-])(?:job )?(?:spec|contract|link|invite|report|article|course|ToRs?|TORs?) (?=ya \p{Ll})/gu,
    (thing: string) => `a ${thing}`,
  ],
  [/(?<=\p{L}) (?:ya|za) (?=\p{L})/gu, ' of '],
  [/(?<=\p{L}) i (?=\p{Lu})/gu, ' in '],
  [word('deadline ni'), 'deadline is'],
  [/(?<=\p{L}) na (?=\p{Lu})/gu, ' and '],
  [word('niba'), 'if'],
  [word('ko'), 'that'],
  // "yandikiye Siobhan email" (wrote Siobhan an email), "email imwe" (a single email) to both.
  [/(?<=e-?mail) imwe(?![\p{L}'’-])/giu, ''],
  [
    /\bwrote to ((?:me|\p{Lu}[\p{L}'’-]*)(?: (?:and )?\p{Lu}[\p{L}'’-]*)*) e-?mail(?![\p{L}'’-])/gu,
    'emailed $1',
  ],
  [/\bwrote to e-?mail(?![\p{L}'’-])/gu, 'emailed'],
  [word('ariko'), 'but'],
  [/(?<!\b(?:an?|the) )(?<![\p{L}'’-])ngo(?![\p{L}'’-])/gu, 'they say'],
  [/(?<=^|, )hari (?=\p{L})/gu, 'there is '],
  [word('bafite'), 'they have'],
  [word('akazi'), 'work'],
  [word('ikeneye|akeneye'), 'needs'],
  [word('irimo gushaka'), 'is looking for'],
  [word('yamaze gufatwa'), 'is already filled'],
  [word('yahagaritswe'), 'was cancelled'],
  [word('nta gishya'), 'nothing new'],
  [word('nta gisubizo'), 'no reply'],
  [word('ndacyategereje'), 'still waiting'],
  [word('mu gitondo'), 'this morning'],
  [word('nimugoroba'), 'in the evening'],
  [word('gutanga'), 'to give'],
  [word('ukwezi gutaha'), 'next month'],
  [word('bombi'), 'both'],
  [word('umuntu'), 'someone'],
  [word('nyuma'), 'then'],
  [word('aracyari'), 'is still'],
  [word('gato'), 'briefly'],
  [word('inama'), 'advice'],
];

/** Words no English note uses, that mark a line as Kinyarwanda (with its verbs, read by parts). */
const kinyarwandaWords = [
  'kuri',
  'muri',
  'wo muri',
  'yanjye',
  'niba',
  'tariki',
  'nta',
  'bombi',
  'ku bya',
  'ku bwa',
  'ku bwo',
  'aracyari',
  'ndacyategereje',
  'ansaba',
  'ambaza',
  'ambwira',
  'musaba',
  'kunsabira',
  'kumwibutsa',
  'kunshyira',
  'yatangiye',
  'yanditse',
  'nakoze',
  'yakoze',
  'nagiye',
  'yaje',
  'ejo',
  'kuwa',
  'cyumweru',
  'iminsi',
  'mu gitondo',
  'nimugoroba',
  'uyu munsi',
  'murakoze',
  'bamaze',
  'yafunzwe',
  'nt(?:i|a|u|ibi|iba)?kiriho',
  '[Nn](?:ongeye|kongera)',
];

/** A Kinyarwanda verb or word: what lets the clause words be read. */
const kinyarwandaMarker = new RegExp(
  String.raw`${kinyarwandaVerb.source}|${kinyarwandaFuture.source}|(?<![\p{L}'’-])(?:${kinyarwandaWords.join('|')})(?![\p{L}'’-])`,
  'u',
);

/** A Kinyarwanda line with its clause words put into English; any other line as it was. */
function kinyarwandaClauseAsEnglish(line: string): string {
  return kinyarwandaMarker.test(line) ? applySwaps(line, kinyarwandaClause) : line;
}

/** "carried me to", Appalachian for took me to, in each of its forms; "carryin" is taking. */
const carriedAs: Readonly<Record<string, string>> = { y: 'take', ies: 'takes', ied: 'took' };

/** An English weekday, as a pattern. */
const weekday = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';

/** The Latvian days. */
const latvianDays: Record<string, string> = {
  pirmdien: 'monday',
  otrdien: 'tuesday',
  tresdien: 'wednesday',
  ceturtdien: 'thursday',
  piektdien: 'friday',
  sestdien: 'saturday',
  svetdien: 'sunday',
};

/** The Tigrinya days, as written in Latin letters. */
const tigrinyaDays: Record<string, string> = {
  senui: 'monday',
  sanui: 'monday',
  selus: 'tuesday',
  selusi: 'tuesday',
  rebue: 'wednesday',
  hamus: 'thursday',
  hamusi: 'thursday',
  arbi: 'friday',
  arbii: 'friday',
  qedam: 'saturday',
  kedam: 'saturday',
  senbet: 'sunday',
  sanbat: 'sunday',
};

/** The Hausa days, as written after "ranar" (the day of). */
const hausaDays: Record<string, string> = {
  litinin: 'monday',
  talata: 'tuesday',
  laraba: 'wednesday',
  alhamis: 'thursday',
  jumaa: 'friday',
  asabar: 'saturday',
  lahadi: 'sunday',
};

/** The Dari days, counted from "shamba" (Saturday); "jumah" is Friday. */
const dariDays: Record<string, string> = {
  shamba: 'saturday',
  'yak shamba': 'sunday',
  'du shamba': 'monday',
  'se shamba': 'tuesday',
  'chahar shamba': 'wednesday',
  'panj shamba': 'thursday',
  jumah: 'friday',
};

/** The Hebrew days, as "yom" (day) precedes them: "yom rishon" (the first day) is Sunday. */
const hebrewDays: Record<string, string> = {
  rishon: 'sunday',
  sheni: 'monday',
  shlishi: 'tuesday',
  shelishi: 'tuesday',
  revii: 'wednesday',
  chamishi: 'thursday',
  hamishi: 'thursday',
  shishi: 'friday',
};

/** The Greek days, as a Cypriot writes them in Latin letters: "Deftera" (Monday) to "Kyriaki". */
/** Japanese days in Latin letters by their first part ("Kin-yōbi", "kinyoubi": Friday). */
const japaneseDays: Record<string, string> = {
  getsu: 'Monday',
  ka: 'Tuesday',
  sui: 'Wednesday',
  moku: 'Thursday',
  kin: 'Friday',
  do: 'Saturday',
  nichi: 'Sunday',
};

const greekDays: Record<string, string> = {
  deftera: 'monday',
  theftera: 'monday',
  triti: 'tuesday',
  tetarti: 'wednesday',
  pempti: 'thursday',
  paraskevi: 'friday',
  savvato: 'saturday',
  sabbato: 'saturday',
  kyriaki: 'sunday',
  kiriaki: 'sunday',
};

/**
 * The Arabic days after "yom al-" (the day of): "yom al-ahad" (the first day) is Sunday, "yom
 * al-khamis" Thursday, "yom al-jum'a" Friday, as Sudanese, Egyptian and Gulf writers spell them,
 * with the digits Franco-Arabic writes for its letters ("arba3", "gom3a", "5amis", "7ad").
 */
const arabicDays: Record<string, string> = {
  ahad: 'sunday',
  ithnayn: 'monday',
  ithnain: 'monday',
  itnein: 'monday',
  etnein: 'monday',
  ithnen: 'monday',
  thulatha: 'tuesday',
  thulathaa: 'tuesday',
  talat: 'tuesday',
  talata: 'tuesday',
  arbaa: 'wednesday',
  arba: 'wednesday',
  arbi: 'wednesday',
  arba3: 'wednesday',
  arbe3: 'wednesday',
  khamis: 'thursday',
  khamees: 'thursday',
  '5amis': 'thursday',
  '5ames': 'thursday',
  jumaa: 'friday',
  gom3a: 'friday',
  gum3a: 'friday',
  juma: 'friday',
  jumua: 'friday',
  gumaa: 'friday',
  goma: 'friday',
  sabt: 'saturday',
  '7ad': 'sunday',
  // Lebanese: "l a7ad", "yom el tnen", "l tlete", "l arba3a", "l jem3a".
  a7ad: 'sunday',
  tnen: 'monday',
  tnein: 'monday',
  tanen: 'monday',
  tlete: 'tuesday',
  tleta: 'tuesday',
  arba3a: 'wednesday',
  arb3a: 'wednesday',
  jem3a: 'friday',
  jom3a: 'friday',
  jum3a: 'friday',
};

/** The Portuguese days: "segunda" (-feira, Monday) to "domingo" (Sunday). */
const portugueseDays: Record<string, string> = {
  segunda: 'monday',
  terca: 'tuesday',
  quarta: 'wednesday',
  quinta: 'thursday',
  sexta: 'friday',
  sabado: 'saturday',
  domingo: 'sunday',
};

/** The Polish days after "w" or "we" (on): "w piątek" (on Friday), "we wtorek" (on Tuesday). */
const polishDays: Record<string, string> = {
  poniedzialek: 'monday',
  wtorek: 'tuesday',
  srode: 'wednesday',
  sroda: 'wednesday',
  czwartek: 'thursday',
  piatek: 'friday',
  sobote: 'saturday',
  sobota: 'saturday',
  niedziele: 'sunday',
  niedziela: 'sunday',
};

/**
 * Words between a name and a plain verb that say how, when or by what means, not where they work;
 * "gonna", "gunna" and "wanna" say what is to come ("Dan Fletcher's gonna refer me").
 */
const notAWorkplace =
  /^(?:never|not|just|also|already|still|finally|always|often|then|did|didnt|didn['’]t|will|can|may|might|gonna|gunna|wanna|pls|please|kindly|coffee|lunch|drinks|call|meeting|chat)$/iu;

/** Where a plain verb after a name was done: "Gareth Price linkedin comment my post". */
const meansWord =
  /^(?:video|zoom|teams|phone|whatsapp|linkedin|li|email|fb|facebook|insta|text)$/iu;

const dialectWords: readonly Swap[] = [
  // American English: "cold-called me" (called me), before the days around it are moved.
  [/\bcold-called (?=me\b)/gu, 'called '],
  // First, so that what reads a name after "to" or "with", or opening the note, sees the name.
  [courtesyBeforeName, ''],
  [courtesyBefore, ''],
  // French "madame", "monsieur", "mademoiselle" in small letters before a name, as an English
  // note from Kigali or Kinshasa writes them ("thanked madame Okafor"), are the titles the reader
  // knows written as a title is: "Madame Okafor".
  [
    /(?<![\p{L}\d'’/-])(madame|monsieur|mademoiselle) (?=\p{Lu}\p{Ll})/gu,
    (_m: string, title: string) => `${capitalise(title)} `,
  ],
  [
    courtesyBeforeGivenName,
    (whole: string, next: string) =>
      isKnownGivenName(next) && !(whole.startsWith('Tina') && isKnownSurname(next)) ? '' : whole,
  ],
  // "she go send me the contact", "he go intro me": what will be, in Caribbean English.
  [
    /\b(she|he|they|i|we) go (?=(?:send|intro|introduce|forward|put|refer|call|ring|email|text|check|look|ask|get|share|pass|sort|link|connect)\b)/giu,
    '$1 will ',
  ],
  // "linked me with Ana", "connect me with Dr Falola": an introduction.
  [/\b(will|'ll|to) (?:link|connect) me (?:up )?(?:with|to)\b/giu, '$1 introduce me to'],
  // East African "I have moved with Priya to the meetup": went there with her.
  [
    /\b(?:I )?(?:have )?moved with (?=\p{Lu}[^,;.]*? (?:to|for) (?:the|a|an|drinks|lunch|coffee)\b)/gu,
    'went with ',
  ],
  [/\b(?:link(?:ed)?|connect(?:ed)?) me (?:up )?with\b/giu, 'introduced me to'],
  // "linked me to Helen", "for linking me to Kofi": to a person, not to a page.
  [
    /\b(?:[Ll]inked|[Ll]inking) me (?:up )?to (?=(?:(?:Dr|Mr|Mrs|Ms)\.? )?\p{Lu}\p{Ll})/gu,
    (m: string) => (/^linking/i.test(m) ? 'introducing me to ' : 'introduced me to '),
  ],
  // Polish words in an English note: "kawa with Chidi" ("Kawa Rashid" is someone), "spotkanie
  // with Tom", "wczoraj", "said dzięki" (a "dzięki" after what someone gave thanks them for it, and
  // is no kind of its own).
  [word('[Kk]aw(?:a|ę|e|ka)(?! \\p{Lu})', 'gu'), 'coffee'],
  [word('spotkanie'), 'meeting'],
  [word('przedwczoraj'), 'the day before yesterday'],
  [word('wczoraj'), 'yesterday'],
  // European Portuguese: "ontem" (yesterday), "anteontem" (the day before), "hoje" (today); "he
  // pretends to intro me" (intends: "pretender"), "look to my sql test" (look at: "olhar para"),
  // "sent to chidi eze the article" (the order Portuguese gives "enviei ao Chidi o artigo").
  [word('anteontem'), 'the day before yesterday'],
  [word('ontem'), 'yesterday'],
  [word('hoje'), 'today'],
  [/\b(he|she|they) (?:pretends?|pretended) to\b/giu, '$1 will'],
  [/\blook to (?=(?:my|the)\b)/giu, 'look at '],
  [
    /\b(sent|emailed|forwarded|passed|gave|showed) to ((\p{L}[\p{L}'’-]*)(?: \p{L}[\p{L}'’-]*)?) (?=(?:the|a|an|my|our)\b)/gu,
    (whole: string, verb: string, who: string, first: string) =>
      /^\p{Lu}/u.test(first) || isKnownGivenName(first) ? `${verb} ${who} ` : whole,
  ],
  // Hungarian: "tegnap" (yesterday), "tegnapelőtt" (the day before); "ma" (today) is left alone,
  // as Scots "my" and a courtesy after a name.
  [word('tegnapel[őo]tt'), 'the day before yesterday'],
  [word('tegnap'), 'yesterday'],
  // Dublin: "I'm after textin Olivia", "Dan's after ringin me": just did it.
  [
    /\b(I['’]m|Im|I am|(?:s?he|they|we)['’](?:s|re)|\p{Lu}\p{Ll}+['’]s) after (\p{Ll}+?)(?:ing|in['’]?)(?= )/gu,
    (_m: string, who: string, stem: string) => {
      const subject = /^(?:I['’]m|Im|I am)$/.test(who) ? 'I' : who.replace(/['’](?:s|re)$/u, '');
      // "gettin" is get, "chattin" chat: the doubled letter belongs to the -ing.
      const verb = /([^ls])\1$/u.test(stem) ? stem.slice(0, -1) : stem;
      return `${subject} ${afterDone[verb] ?? pastOfPlain(verb)}`;
    },
  ],
  // Somerset: "yesday" (yesterday), "thismornin", "zent" (sent), "zay", "zays" (say, says),
  // "zumbody", "zat" (sat), "ee" before what he did and "ee'll" (he), "rung" (rang), "thank'd",
  // "fer" (for), "ta fer" (thanks for, as Hull says it too), "be lookin fer" and "be after a" (are
  // looking for), "run un" (run it); "rung I", "zent I" are the Isle of Wight's "rang I" below.
  [word('yesday|yesdy', 'giu'), 'yesterday'],
  [word('thismornin|thismorning', 'giu'), 'this morning'],
  [word('zent', 'gu'), 'sent'],
  [word('zays', 'gu'), 'says'],
  [word('zay', 'gu'), 'say'],
  [word('zumbody|zomebody', 'gu'), 'somebody'],
  [word('zummat|zummit', 'gu'), 'something'],
  [word('zat', 'gu'), 'sat'],
  [word("ee['’]ll", 'gu'), "he'll"],
  [
    /(?<![\p{L}'’-])ee(?= (?:zays|says|said|reckons|wants|rung|rang|sent|be|is|was|asked|told|thinks|knows|will|might|can)\b)/gu,
    'he',
  ],
  [word('rung', 'gu'), 'rang'],
  [word("thank['’]d", 'giu'), 'thanked'],
  [/\bta fer\b/giu, 'thanks for'],
  [word('fer', 'gu'), 'for'],
  [/\bbe lookin(?:g)? (?:fer|for)\b/gu, 'are looking for'],
  [/\bbe after (?=(?:a|an|some|\d+)\b)/gu, 'are looking for '],
  [/\brun un\b/gu, 'run it'],
  // Hull: "mundy" (Monday), "ower" (over), "ah" before what the user did (I).
  [word('mundy', 'giu'), 'monday'],
  [word('ower', 'gu'), 'over'],
  [
    /(?<![\p{L}'’-])ah (?=(?:asked|sent|rang|emailed|phoned|texted|had|got|met|told|said|reckon|think|thought|dunno|need|needed|gave)\b)/gu,
    'I ',
  ],
  // Barnsley: "bell wi lucy" and "bell off olivia" (a call with her, from her), "gi'd us a bell"
  // (rang me), "gi'd wei chen a bell" (rang him), "gi'd us feedback" (gave me).
  [/(^|\d[\d/.]* |, )bell (?:wi|with|w) (?=\p{L})/giu, '$1call with '],
  [/(^|\d[\d/.]* |, )bell off (?=\p{L})/giu, '$1call from '],
  [/\bgi['’]d (?:us|me) a (?:bell|ring|call)\b/giu, 'rang me'],
  [/\bgi['’]d\b/giu, 'gave'],
  // Isle of Wight: "toosdy", "frydy", "satdy" (and the East Midlands days below), "rang I", "gave
  // I" (me), "bout" (about; not "a bout of flu", nor Derry's greeting "bout ye"), "overner"
  // (someone from off the island) before a name.
  [
    /(?<![\p{L}\d'’/-])(toosdy|frydy|satdy|satdi)(?![\p{L}\d'’-])/gu,
    (day: string) => (/^t/iu.test(day) ? 'tuesday' : /^f/iu.test(day) ? 'friday' : 'saturday'),
  ],
  [
    /(?<=\b(?:rang|rung|called|phoned|gave|give|told|asked|sent|messaged|texted|emailed|intro|introduce|introduced|thanked|wants|want|wanted|invited|put|off) )I\b/gu,
    'me',
  ],
  [
    /(?<![\p{L}'’-])(?<!\b(?:a|of|the|this|that|another|first|long|nasty|bad) )bout(?= (?!ye\b|yez\b|of\b)\p{L})/gu,
    'about',
  ],
  [/(?<![\p{L}'’-])(?:proper nice |nice )?overner (?=\p{L})/gu, ''],
  // Durham: "a week past tuesday" (the Tuesday before last), "cheers hinny for", "cheers marra
  // for" (thanks), ", would i talk to 'er team" (they asked if the user would; "would i be up
  // for it" after work offered stays an offer), "me old gaffer" (boss), "shared me open to work
  // post" (my); "email off patel" (from) is read with the north's "text off" below.
  [
    /(?<![\p{L}'’-])a week past (monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?![\p{L}'’-])/giu,
    'the $1 before last',
  ],
  [/(?<![\p{L}'’-])cheers (?:hinny|hinnie|marra|marrer|pet|me lad|lad)(?= for\b)/giu, 'thanks'],
  [
    /(?<=[,;:–—-] )would i (?!be (?:up for|interested|keen|free|around|available)\b)(?=\p{L})/gu,
    'asked if i would ',
  ],
  [word('gaffer', 'gu'), 'boss'],
  [
    /(?<=\b(?:shared|liked|commented on|reposted)) me (?=(?:[\p{L}-]+ ){0,3}(?:post|comment|update|article)\b)/gu,
    ' my ',
  ],
  // Derby and the East Midlands: the h dropped and marked ("'e'll intro me", "thanked 'er",
  // "chased 'im", "one of 'is clients", "she'd 'ave a look"), "an'" (and: "jo bennett an' gareth
  // price"), "las" before a week or a day ("las wik", "las Toosdee": last; "Toosdee" is read with
  // Wigan's days below).
  [/(?<![\p{L}\d'’])['’](e|er|im|is|ave|ad|ere)(?=['’]|[^\p{L}'’]|$)/gu, 'h$1'],
  [/(?<=\p{L}) an['’](?= \p{L})/gu, ' and'],
  [
    /(?<![\p{L}'’-])las (?=(?:wik|wick|week|(?:mon|tues|toos|wednes|wenz|thurs|fri|satur|sat|sun)d[a-z]*)(?![\p{L}'’-]))/giu,
    'last ',
  ],
  // Jersey English with Jèrriais: "hièr" (yesterday), "anhi" (today), "mèrcrédi" (Wednesday),
  // "sanm'di" (Saturday), "dînmanche" (Sunday); "mèrci", "mèrci bein des fais" opening a note
  // thanked, closing it a courtesy, elsewhere are thanks.
  ...daysAround({ yesterday: 'hièr', today: 'anhi' }),
  [word('mèrcrédi', 'giu'), 'wednesday'],
  [word("sanm['’]di", 'giu'), 'saturday'],
  [word('dînmanche', 'giu'), 'sunday'],
  ...thanksIn('mèrci(?: bein des fais)?', { caseless: true, opening: true }),
  // Kerry English with Irish: "inné" (yesterday), "aréir" (last night), "inniu" (today), the days
  // after "Dé" ("Dé Luain" Monday to "Dé Domhnaigh" Sunday, "Déardaoin", "Dé hAoine"); "go raibh
  // maith agat" opening a note thanked, closing it a courtesy, elsewhere is thanks.
  ...daysAround({ yesterday: 'inné', today: 'inniu' }),
  [word('aréir'), 'last night'],
  weekdaysOf(irishDays, { before: 'd[ée] ?h?', caseless: true }),
  ...thanksIn('go raibh (?:míle )?maith (?:agat|agaibh)', { caseless: true, opening: true }),
  // Northumbrian: "thorsda", "tuesda", "wensda", "satdi" (and "frida" in small letters, where
  // no word that leads to a person goes before it: "coffee with frida" stays someone); "frm"
  // (from, as texts write it anywhere); "hoyed Rachel me cv", "she'll hoy me name to" (sent, send);
  // "gannin" (going: "a contract gannin"), "wants us to gan talk to" (to talk to); "knaa" (know),
  // "ah'd", "ah ran" (I); "summick" (something); "me name", "a copy of me induction packs" (my).
  [word('thorsda', 'giu'), 'thursday'],
  [word('tuesda', 'giu'), 'tuesday'],
  [word('wensda', 'giu'), 'wednesday'],
  [word('satdi|satda', 'giu'), 'saturday'],
  [
    /(?<!\b(?:with|w|wi|and|n|to|met|saw|called|rang|emailed|texted|messaged|thanked|from|frm) )(?<![\p{L}\d'’/-])frida(?![\p{L}\d'’-])(?! \p{Lu})/gu,
    'friday',
  ],
  [word('frm'), 'from'],
  [word('hoyed', 'giu'), 'sent'],
  [/\b(will|'ll|’ll|to|gonna|gan) hoy\b/giu, '$1 send'],
  [word('gannin', 'giu'), 'going'],
  [/\bto gan (?=\p{L})/giu, 'to '],
  [word('knaa', 'giu'), 'know'],
  [
    /(?<![\p{L}'’-])ah(?=['’]d\b| (?:ran|did|sent|had|was|went|got|met|rang|emailed|wrote|made)\b)/giu,
    'I',
  ],
  [word('summick', 'giu'), 'something'],
  [/\b(send|sent|put|pass|passed|hand|handed) me name\b/giu, '$1 my name'],
  [/\b(copy|copies|some|one|any|all) of me (?=\p{L})/giu, '$1 of my '],
  // English after Slovak: "v piatok", "vo štvrtok" and the other days after "v", "vo" or "ve"
  // (on; Czech "ve čtvrtek" too), "predvčerom" (the day before yesterday), "minulý týždeň" and
  // Czech "minulý týden" (last week), with or without their marks; "ďakujem" opening a note
  // thanked, closing it a courtesy, elsewhere is thanks; "pán Evans" is a courtesy (see
  // `courtesyBeforeName`). "včera" and "dnes" are read with the Czech words below.
  ...daysAround({
    dayBefore: 'predv[čc]erom',
    lastWeek: 'minul[ýy] t[ýy](?:[žz]de[ňn]|den)',
  }),
  weekdaysOf(slovakAndCzechDays, { before: '(?:vo?|ve) ', caseless: true }),
  ...thanksIn('[ďd]akujem(?: (?:ve[ľl]mi|pekne))?|d[ěe]kuji', { caseless: true, opening: true }),
  // English after Moroccan Darija and French: "lbare7" or "lbareh" (yesterday), "lyoum" (today),
  // "ghedda" (tomorrow, no day of the line), "l'simana li fatet", "simana li dazet" (last week),
  // the days after "nhar" ("nhar tnin" Monday to "nhar l7ed" Sunday); "choukran", "chokran bzaf"
  // opening a note thanked, closing it a courtesy, elsewhere are thanks; "Si Robert", "Lalla
  // Margaret", "khoya Yusuf" are courtesies (see `courtesyBeforeGivenName`, `courtesyBefore`);
  // "relanced Olivia" (French "relancer") chased her, "a rendez-vous with Dev" is a meeting, "she
  // proposed me a meeting" offered one, and "safi" (done) closing a note is no part of it.
  ...daysAround({
    yesterday: 'lbare[7h]',
    today: 'lyoum|lyoma',
    tomorrow: 'ghedda|ghadda',
    lastWeek: "l['’]?simana li (?:fatet|dazet)|simana li (?:fatet|dazet)",
  }),
  weekdaysOf(darijaDays, { before: 'nhar ', caseless: true, marks: false }),
  ...thanksIn('cho?u?kran(?: bzaf| bezzaf)?', { caseless: true, opening: true }),
  [/\brelanc(?:ed|ing|e)\b(?= \p{L})/giu, 'chased'],
  [/\brendez-?vous\b/giu, 'meeting'],
  [/\bproposed me (?=(?:a|an) )/giu, 'offered me '],
  [/,? safi[.!]*$/iu, ''],
  // English after Egyptian Arabic in Latin letters: "embare7" (yesterday), "awel embare7" (the
  // day before), "el naharda" (today), "bokra" (tomorrow, no day of the line), "el esbo3 elli
  // fat" (last week; the days after "yom el" are read with the other Arabic days, `arabicDays`);
  // "ya Priya" and "habibi Youssef" call someone by name, no part of it; "shukran 3al" (thanks
  // for); "inshallah" and "mashallah" are said, not done.
  ...daysAround({
    dayBefore: 'awe?l (?:em|im)?bare[7h]',
    yesterday: '(?:em|im)bare[7h]',
    today: 'el ?naharda|ennaharda',
    tomorrow: 'bokra|bukra',
    lastWeek: "el ?esbo[3a]'? (?:elli|illi|ely) (?:fat|faat)",
  }),
  // Egyptian clauses in Latin letters: "kalemt Kate" (called her), "Olivia kalemetni" (she called
  // me), "ba3att le Priya" (sent Priya), "ba3atetli" (sent me), "3amalli intro le" (introduced me
  // to), "WhatsAppetni" (whatsapped me), "m3" (with), "men" between a name and the firm before
  // what they did (from; "the Sky men Tom and Ana" stays), "3an" (about), "el sobh" (this
  // morning), "elli talabeto" (that they asked for), "lessa mafish 7aga" (nothing yet).
  [/(?<![\p{L}\d'’-])(?:kalemt|kallemt|klmt)(?= \p{L})/giu, 'called'],
  [
    /(?<![\p{L}\d'’-])(?:kalemetni|kallemetni|kalemetny|kalemni|kalemny)(?![\p{L}\d'’-])/giu,
    'called me',
  ],
  [
    /(?<![\p{L}\d'’-])ba3att?(?: (email|mail|message|msg|text))? (?:le|li|l) (?=\p{L})/giu,
    (_m: string, how?: string) => (how ? `sent an ${how} to ` : 'sent '),
  ],
  [/(?<![\p{L}\d'’-])(?:ba3atetli|ba3atetly|ba3atli|ba3atly)(?![\p{L}\d'’-])/giu, 'sent me'],
  [/(?<![\p{L}\d'’-])3amal(?:li|ly) intro (?:le|li|l) (?=\p{L})/giu, 'introduced me to '],
  [/(?<![\p{L}\d'’-])whatsappetni(?![\p{L}\d'’-])/giu, 'whatsapped me'],
  [/(?<![\p{L}\d'’-])m3(?= \p{L})/giu, 'with'],
  [
    /(?<=\p{Lu}[\p{L}'’-]*) men (?=\p{Lu}[\p{L}&.'’-]*(?: \p{Lu}[\p{L}&.'’-]*)?(?:,| (?:kalemetni|called me|sent me|whatsappetni|whatsapped me|asked|emailed|texted|messaged|rang|said|3ayz)))/gu,
    ' from ',
  ],
  [/(?<![\p{L}\d'’-])3an(?= \p{L})/giu, 'about'],
  [/(?<![\p{L}\d'’-])el (?:sobh|so7|sob7)(?![\p{L}\d'’-])/giu, 'this morning'],
  [
    /(?<![\p{L}\d'’-])(?:el )?elli (?:talabeto|talabetoh|talabto|talabuh|talabetha|talabha)(?![\p{L}\d'’-])/giu,
    'that they asked for',
  ],
  [
    /(?<![\p{L}\d'’-])lessa (?:mafish|mafeesh|ma fish) (?:7aga|haga)(?![\p{L}\d'’-])/giu,
    'nothing yet',
  ],
  [
    /(?<=\b(?:texted|sent|told|messaged|called|thanked|emailed|rang|with|to) )(?:ya|habibi|habibti) (?=\p{Lu})/gu,
    '',
  ],
  [/\bshukran(?: kteer| ktir| gazilan)? (?:3al|3ala|ala|for)\b/giu, 'thanks for'],
  [/,?\s*(?<![\p{L}'’-])(?:inshallah|insha'?allah|mashallah|masha'?allah)(?![\p{L}'’-])/giu, ''],
  // Medway: "Fursdy" (Thursday), "fanks" (thanks), "a bell" and "bell from Yusuf" (a phone call;
  // "said give him a bell" is still to come).
  [word('fursdy|furzdy|thursdy', 'giu'), 'thursday'],
  [word('fanks|fanx', 'giu'), 'thanks'],
  [/^bell (?=(?:from|with|w|to) )/iu, 'call '],
  [/(?<!\b(?:give|gimme|gizza)\b[^,;.]*)\b(a|quick|a quick) bell\b/giu, '$1 call'],
  // English after Kannada: "ninne" (yesterday), "monne" (the day before), "ivattu" (today),
  // "naale" (tomorrow, no day of the line), "hoda vaara" (last week), "raatri", "sanje" and
  // "beligge" in small letters (night, evening, morning: "ninne sanje"), the days in any case,
  // with or without "dina" after ("Somavara" Monday to "Bhanuvara" Sunday; "Shukravara Reading
  // Tech Social"); "dhanyavaadagalu" opening a note thanked, closing it a courtesy,
  // elsewhere are thanks, as "thanks-u" is; "whatsapp maadidlu", "call maadida" (she whatsapped,
  // he called) got in touch with the user; "Robert avare" is a courtesy (see `ownCourtesies` in
  // log-line-asides.ts).
  ...daysAround({
    dayBefore: 'monne',
    yesterday: 'ninne',
    today: 'ivattu',
    tomorrow: 'naale',
    lastWeek: 'hoda vaara',
  }),
  [word('raatri|rathri', 'gu'), 'night'],
  [word('sanje', 'gu'), 'evening'],
  [word('beligge', 'gu'), 'morning'],
  weekdaysOf(kannadaDays, { ending: '(?: dina)?', caseless: true }),
  ...thanksIn('dhanyava+dagalu|dhanyavadagalu', { caseless: true, opening: true }),
  [/\bthanks-u\b/giu, 'thanks'],
  [
    /\b(call|whatsapp|message|text|email|mail|ping) maadid(?:lu|a|ru)\b/giu,
    (_whole: string, verb: string) => `${verb.toLowerCase().replace(/e?$/u, 'ed')} me`,
  ],
  // Fermanagh: "yistherday" (yesterday); "they're lookin an account manager" (looking for one);
  // "yer man fae Admiral" is read with Dublin's "yer man".
  [word('yistherday|yisterdy', 'giu'), 'yesterday'],
  [
    /\b(lookin['’]?|looking) (?=(?:an?|some|two|three|\d+) (?:[\w-]+ ){0,3}?(?:managers?|reps?|engineers?|analysts?|developers?|designers?|coordinators?|assistants?|leads?|person|contractors?|freelancers?|consultants?|admins?|officers?|accountants?|drivers?|technicians?|executives?)\b)/giu,
    'looking for ',
  ],
  // Maltese English: "ilbieraħ" (yesterday, with or without its letter), "illum" (today), "għada"
  // (tomorrow, no day of the line), "il-ġimgħa l-oħra" (last week), the days after their article
  // in any case ("it-Tnejn" Monday to "il-Ħadd" Sunday); "grazzi", "grazzi ħafna" opening a note
  // thanked and closing it (with a name at most) a courtesy, elsewhere are thanks ("msg from Wei,
  // grazzi ħafna for the paper I sent him"), and a "grazzi email" is a thank-you; "Sur Wright",
  // "Sinjura Okafor" are courtesies (see `courtesyBeforeName`); "mela", "ħaqq" are fillers.
  ...daysAround({
    yesterday: 'ilbiera[ħh]',
    today: 'illum',
    tomorrow: 'g[ħh]ada',
    lastWeek: 'il-[ġg]img[ħh]a (?:l-o[ħh]ra|li g[ħh]addiet)',
  }),
  weekdaysOf(malteseDays, { before: '(?:i[lst]|l)-', caseless: true }),
  [/^grazzi(?: [ħh]afna)? (?=(?:e-?mail|message|msg|text|note|card)\b)/iu, 'thank-you '],
  [/^grazzi(?: [ħh]afna)?(?: to)? (?=\p{L})(?!(?:for|to)\b)/iu, 'thanked '],
  [/(?<=\p{L}[^,]*), grazzi(?: [ħh]afna)?(?: \p{L}+)?[!.]*$/iu, ''],
  [/(?<![\p{L}\d'’/-])grazzi(?: [ħh]afna)?(?![\p{L}\d'’-])/giu, 'thanks'],
  [/(?<=[,;] )(?:mela|[ħh]aqq),? /giu, ''],
  // Fife Scots: "Fursday" (Thursday), "Mononday" (Monday), "Tuesdi" and the other days ending
  // "-di" ("mondi" in small letters only, as Mondi is a firm); "ken Hannah fae SAP? rang her"
  // opening a note (you know her?) rang Hannah from SAP; a blether (or Medway's natter) with no
  // other way of talking named ("went for a blether wi Priya in Edinburgh", "natter with Sam down
  // the Pentagon") was had in person.
  [word('fursday|furzday', 'giu'), 'thursday'],
  [word('mononday', 'giu'), 'monday'],
  [word('(tues|wednes|thurs|fri|satur|sun)di', 'giu'), '$1day'],
  [word('mondi', 'gu'), 'monday'],
  [/^ken,? (\p{Lu}[^?]*)\? (\p{Ll}+) (?:her|him|them)\b/u, '$2 $1'],
  [/^ken,? (?=\p{Lu}\p{Ll})/u, ''],
  [
    word('blether|natter', 'giu'),
    (...args: string[]) => {
      const [whole, offset, line] = args as unknown as [string, number, string];
      const around = line.slice(0, offset) + line.slice(offset + whole.length);
      // "jist a blether" says what the contact was, as "just a chat" does, not where.
      if (/\b(?:jist|just|only) (?:a )?(?:wee |good )?$/iu.test(line.slice(0, offset)))
        return whole;
      return /\b(?:phon\w*|rang|ring|call\w*|teams|zoom|video|vid|facetime|e-?mail\w*|mailed|wrote|text\w*|txt|messag\w*|msg|dm\w*|whatsapp\w*|linkedin|slack|insta\w*|signal)\b/iu.test(
        around,
      )
        ? whole
        : 'chat in person';
    },
  ],
  // English after Telugu: "ninna" (yesterday), "monna" (the day before, in small letters), "ivvala"
  // and "ee roju" (today), "repu" (tomorrow, no day of the line), "poyina vaaram" (last week), the
  // days in any case, not before a capitalised word ("Somavaram" Monday to "Aadivaram" Sunday);
  // "dhanyavadalu" opening a note thanked, closing it a courtesy, elsewhere are thanks; "Robert
  // garu" is a courtesy (see `courtesyAfterName` in log-line-asides.ts); "he only told", "she
  // itself called" (he said, she called); "kindly asked" and "requested Hannah for a chat" asked.
  ...daysAround({
    yesterday: 'ninna',
    today: 'ivvala|ee roju',
    tomorrow: 'repu',
    lastWeek: 'poyina vaaram',
  }),
  [word('monna', 'gu'), 'the day before yesterday'],
  weekdaysOf(teluguDays, { caseless: true, beforeName: false }),
  ...thanksIn('dhanyavadalu', { caseless: true, opening: true }),
  [
    /\b(he|she|they) (?:only|itself|himself|herself|themselves) (?=(?:told|said|called|rang|sent|emailed|messaged|replied|shared|offered)\b)/giu,
    '$1 ',
  ],
  [/^kindly (?=(?:asked|requested|reminded|sent|emailed|messaged)\b)/iu, ''],
  [/^requested (?=\p{Lu}[^,;]*? for\b)/u, 'asked '],
  // Borders Scots: "setterday" (Saturday, and Orkney's "seturday"), "mununday" (Monday), "the
  // 28th o october" (of), "the rotas he asked fae" (asked for).
  [word('setterday|seterday|seturday', 'giu'), 'saturday'],
  [word('mununday', 'giu'), 'monday'],
  [
    /(?<=\d(?:st|nd|rd|th)?) o (?=(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*\b)/giu,
    ' of ',
  ],
  [/\basked fae\b/giu, 'asked for'],
  // English after Ukrainian: "vchora" (yesterday), "pozavchora" (the day before), "sohodni"
  // (today), "mynuloho tyzhnia" (last week), the days in any case after "u" or "v" or alone, not
  // before a capitalised word ("v seredu" Wednesday, "u vivtorok" Tuesday, "piatnytsia" Friday);
  // "diakuiu", "duzhe diakuiu" opening a note thanked; "gave me contact of Tom Reeves" put the
  // user in touch with him.
  ...daysAround({
    dayBefore: 'pozavchora',
    yesterday: 'vchora',
    today: 'sohodni',
    lastWeek: 'mynuloho tyzhnia',
  }),
  weekdaysOf(ukrainianDays, { before: '(?:[uv] )?', caseless: true, beforeName: false }),
  ...thanksIn('(?:duzhe )?(?:diakuiu|dyakuyu)', { caseless: true, opening: true }),
  [/\bgave me (?:the )?contacts?(?: details)? (?:of|for) (?=\p{Lu})/gu, 'put me in touch with '],
  // Manx English: "thanks a million" closing a note of something else is a courtesy ("sent the
  // spec over, thnaks a million yusuf"), and opening one before "to" thanked them.
  // Only with a name at most after it: "…, thanks a million for the advice" is the thanks itself.
  [/(?<=\p{L}[^,]*), (?:thanks|thnaks|thanx) a million(?: \p{L}+)?[!.]*$/iu, ''],
  [/^(?:thanks|thnaks|thanx) a million to (?=\p{L})/iu, 'thanked '],
  // Nigerian English with Igbo: "unyaahu" (yesterday, with or without its marks), "taa" (today, in
  // small letters), "izu gara aga" (last week), the days in any case and not before a capitalised
  // word ("Mọnde" Monday to "Sọnde" Sunday, "on Fraide"; "Le Monde" stays); "daalu", "imela"
  // opening a note thanked, closing it a courtesy ("daalụ sir"), elsewhere are thanks; "Dede
  // Robert", "Daa Margaret", "Engr. Wei" are courtesies (see `courtesyBeforeName`).
  ...daysAround({ yesterday: 'unyaah[uụ]', lastWeek: 'izu gara aga' }),
  [word('taa', 'gu'), 'today'],
  weekdaysOf(igboDays, { caseless: true, beforeName: false }),
  [/(?<![\p{L}\d'’/-])(?:[Mm]ọnde|monde)(?![\p{L}\d'’-])/gu, 'monday'],
  ...thanksIn('da+l[uụ]|imela', { caseless: true, opening: true }),
  // Orkney English: "the streen" (yesterday), "peedie" (wee); "seturday" is read with the Borders
  // "setterday".
  [/\bthe streen\b/giu, 'yesterday'],
  [word('peedie', 'giu'), 'wee'],
  // English after Pashto: "parun" (yesterday), "sabaa" (tomorrow, no day of the line), "teera
  // hafta" (last week), the days in any case, not before a capitalised word ("Naha" Tuesday to
  // "Itwar" Sunday, "Doshanbe" to "Yakshanbe"), and "Peer" (Monday) closing a clause ("a peer"
  // stays); "manana", "dera manana" opening a note thanked, closing it ("not for me but manana") a
  // courtesy, elsewhere are thanks; "sms Sam" opening a note texted him; "Dev lala", "Kate bibi"
  // are courtesies (see `courtesyAfterName` in log-line-asides.ts).
  ...daysAround({
    yesterday: 'parun|paroon',
    tomorrow: 'sabaa',
    lastWeek: 'te?era haft[ae]',
  }),
  weekdaysOf(pashtoDays, { ending: 'h?', caseless: true, beforeName: false }),
  [
    /(?<=\p{L} )(?<!\b(?:a|an|the|my|your|his|her|our|their|each|every|as|to|with|and|or|per|of) )peer(?=\s*[,.;!]|\s*$)/giu,
    'monday',
  ],
  [/ but (?:dera )?manana[.!]*$/iu, ''],
  ...thanksIn('(?:dera )?manana', { opening: true }),
  [/^sms (?=\p{Lu})/u, 'texted '],
  // South African English after Afrikaans: "gister" (yesterday), "eergister" (the day before),
  // "vandag" (today), "môre" (tomorrow, no day of the line), "verlede week" (last week), the days
  // in any case ("Maandag" Monday to "Sondag" Sunday; "on vry" Friday); "dankie", "baie dankie"
  // are thanks ("sent chidi a baie dankie" thanked him); "Tannie Margaret", "oom robert" are
  // courtesies (see `courtesyBeforeName`); "lekker" (good), "sms'd" (texted).
  ...daysAround({
    dayBefore: 'eergister',
    yesterday: 'gister',
    today: 'vandag',
    tomorrow: 'môre',
    lastWeek: 'verlede week',
  }),
  weekdaysOf(afrikaansDays, { caseless: true }),
  [/\bon vry\b/giu, 'on friday'],
  [/\ba (?:baie )?dankie\b/giu, 'a thank-you'],
  ...thanksIn('(?:baie )?dankie', { caseless: true, opening: true }),
  [word('lekker', 'giu'), 'good'],
  [/\bsms['’]?d\b/giu, 'texted'],
  // South African English with isiXhosa: "enkosi" is thanks (see `thanksWords`), "bhuti" a
  // courtesy (see `courtesyBefore`); "just now" and "now now" after a plan are later, not a moment
  // ago ("she'll intro me to her lead just now"); "howzit from Priya", like "hi from Priya", is her
  // hello.
  [/(?<=\b(?:will|['’]ll|gonna|going to)\b[^,.;]*?) (?:just now|now now)\b/giu, ' later'],
  [/^(?:howzit|hi|hello|hey) from (?=\p{L})/iu, 'got a hello from '],
  // Louisiana English: "mais" opening a note or before "yeah", "non" is no word of it; "made
  // groceries" (did the shopping); "visited with" (chatted with, in person); "last Friday week"
  // (the Friday before last). Southern English: "fixin to" (about to; "Sky fixin to hire" is
  // hiring), "she gone put my name in" (is going to), "they" before what is theirs ("they depot
  // manager"), "in the mail" (by post), "a fella name Wayne" (named), "passed my name to" (put it
  // forward).
  [/\bfixin['’g]? to (?:hire|recruit|take on)\b/giu, 'is hiring'],
  [/\bfixin['’g]? to\b/giu, 'going to'],
  [
    /\b(he|she|they|we|I) gone (?=(?:put|send|call|ring|pass|intro|introduce|refer|get|give|set|hook|talk|email|text)\b)/giu,
    "$1's going to ",
  ],
  [
    /\bthey (?=(?:[\p{L}&'’-]+ ){0,2}(?:site|office|plant|team|depot|warehouse|kitchen|manager|boss|folks|shop|yard|crew|drivers|staff|audit|log|slides)\b)(?!(?:need|needs|want|wants|have|had|are|were|will|would|got|get|said|say|asked|ask|sent|send|called|call|may|might|can|could|do|did|don['’]t|didn['’]t|just|all|both|also|still|now|really|only|hire|hired|run|ran|use|used|like|liked|love|loved|gave|give|put|showed|show|toured|took|take|told|tell|let|moved|opened|closed|lost|built|shut)\b)/giu,
    'their ',
  ],
  [/\bin the mail\b/giu, 'in the post'],
  [/\b(fella|feller|guy|gal|lady|man|woman) name(?: of)? (?=\p{Lu})/gu, '$1 named '],
  [/\bpassed my name (?:on )?to\b/giu, 'put my name forward to'],
  [/^mais,? (?=\p{L})/iu, ''],
  [/\bmais (?=(?:non|yeah|yes|no|oui|la)\b)/giu, ''],
  [/\bmade (?:the |my )?groceries\b/giu, 'did the shopping'],
  [/\bvisited with\b/giu, 'chatted in person with'],
  [
    /\blast (monday|tuesday|wednesday|thursday|friday|saturday|sunday) week\b/giu,
    'the $1 before last',
  ],
  // Nigerian English with Yoruba: "ana" (yesterday) in small letters after what was done and
  // closing a clause ("called me ana, he said"; "coffee with ana" and "ana lopez" are someone),
  // "oni" (today) closing a clause, "ose to koja" (last week), the days after "Ojo" in any case
  // ("Ojo Aje" Monday to "Ojo Aiku" Sunday, "Ojoru", "ojo bo"), and "Isegun", "Abameta", "Aiku"
  // alone; "e se", "e se gan", "e se ma" opening a note thanked, elsewhere are thanks; "Egbon Dev",
  // "Brother Chidi", "Sister Niamh", "Chief Benjamin", "Mummy Margaret" and "Alhaja Fatima" are
  // courtesies (see `courtesyBeforeName`, `courtesyBeforeGivenName`); "how far?" opening a note is
  // a greeting, and "o" closing it is no word; "with spec for" is with the spec ("abeg" is in
  // log-line-pidgin.ts).
  [
    /(?<=(?:\bme|\bus|\p{L}{2,}) )(?<!(?<!\bby )\b(?:with|w|and|met|meet|saw|see|to|called|call|rang|ring|phoned|phone|emailed|email|texted|text|messaged|message|msgd|msg|thanked|thank|from|by|for|cc|told|tell|asked|ask|sent|send|pinged|ping|dm|dmd|whatsapp|whatsapped|coffee|lunch|drinks|zoom|teams|chatted|spoke|intro['’]?d|introduced|lopez) )ana(?=\s*[,.;!]|\s*$| to\b)/gu,
    'yesterday',
  ],
  [/(?<=\p{L} )oni(?=\s*[,.;!]|\s*$)/gu, 'today'],
  ...daysAround({ lastWeek: '[oọ]s[eẹ] t[oóọ] k[oọ]j[aá]' }),
  weekdaysOf(yorubaDays, { before: '[oọ]j[oọ] ?', caseless: true }),
  weekdaysOf(yorubaBareDays, { caseless: true, beforeName: false }),
  ...thanksIn('[eẹ] s[eẹ](?: gan| ma| o)?', { caseless: true, opening: true }),
  [/^how far[?!,.]*\s*/iu, ''],
  [/(?<=\p{L}) o(?=[.!]*$)/u, ''],
  [/\bwith (spec|job spec|jd)(?= for\b)/giu, 'with the $1'],
  // English after Sinhala: "iye" (yesterday), "ada" (today) in small letters opening a note or
  // before a time of day or a stop ("Ada" is someone), "heta" (tomorrow, no day of the line),
  // "giya sathiye" (last week), the days in any case ("Sanduda" Monday to "Irida" Sunday);
  // "sthuthi", "bohoma sthuthi" opening a note thanked, elsewhere are thanks; "Dev aiya", "Sam
  // malli", "Zoe nangi", "Lee machang", "Emma miss" are courtesies (see `courtesyAfterName` in
  // log-line-asides.ts); "whatsapp-ed" is WhatsApped.
  ...daysAround({ yesterday: 'iye', tomorrow: 'heta', lastWeek: 'giya sathiye' }),
  [/^ada (?=\p{Ll})/u, 'today '],
  [/(?<=\p{Ll} )ada(?= (?:morning|evening|afternoon|night)\b|\s*[,.;]|\s*$)/gu, 'today'],
  weekdaysOf(sinhalaDays, { caseless: true }),
  [/^(?:bohoma )?sthuthi sent to /iu, 'thanked '],
  ...thanksIn('(?:bohoma )?sthuthi', { caseless: true, opening: true }),
  [/\bwhatsapp-ed\b/giu, 'whatsapped'],
  // Bajan: "de" (the) after a word in small letters ("de recruiter", "de NHS role"; "Maria de
  // Souza" is a name), "fuh" (for), "lef'" (left), "las' week", "gi'" (gave), "t'anks", "t'anked",
  // "t'ank you", "ole" (old); "to lime" is to chat, "a quick lime" a chat.
  [/(?<=(?:^|(?<![\p{L}'’-])\p{Ll}[\p{L}'’-]*[.,]? ))de (?=\p{L})/gu, 'the '],
  [word('fuh', 'gu'), 'for'],
  [/\blef['’](?= )/gu, 'left'],
  [/\blas['’] (?=week|wk|month)/gu, 'last '],
  [/\bgi['’](?= )/gu, 'gave'],
  [/\bt['’](ank(?:s|ed|ing)?)\b/giu, 'th$1'],
  [word('ole', 'gu'), 'old'],
  [/\bto lime\b/giu, 'to chat'],
  [/\ba (quick )?lime\b(?! (?:w|wid|with)\b)/giu, 'a $1chat'],
  // English after Sorani Kurdish: "duene" (yesterday), "emro" (today), "beyani" (tomorrow, no day
  // of the line), "hefteyi raburdu" (last week), the days in any case ("Dushemme" Monday to
  // "Yekshemme" Sunday, not before a capitalised word); "spas", "zor spas" opening a note thanked,
  // elsewhere are thanks; "Margaret xan" (Mrs) is a courtesy, as "Kak Dev" and "mamosta Robert"
  // are (see `courtesyBeforeName`).
  ...daysAround({
    yesterday: 'duene|dw[eê]n[eê]',
    today: 'emro|emr[oô]',
    tomorrow: 'beyani',
    lastWeek: 'hefteyi ra(?:bu|bi)rdu',
  }),
  weekdaysOf(kurdishDays, { caseless: true, beforeName: false }),
  ...thanksIn('(?:zor |zorr )?spas', { opening: true }),
  [/(?<=\p{Lu}\p{Ll}+) xan(?![\p{L}'’-])/gu, ''],
  // West Yorkshire: "ta very much", "say ta for" (thanks).
  [/\bta(?: very much)?(?= for\b)|\bta very much\b/gu, 'thanks'],
  // English after Malayalam: "innale" (yesterday), "innu" (today), "naale" (tomorrow, no day of
  // the line), "kazhinja aazhcha" (last week), the days in any case, with or without "aazhcha"
  // (week) after them ("Thinkal" Monday to "Njayar" Sunday, not before a capitalised word);
  // "nanni", "valare nanni" opening a note thanked, elsewhere are thanks; "Dev chettan", "Priya
  // chechi" are courtesies (see `courtesyAfterName` in log-line-asides.ts).
  ...daysAround({
    yesterday: 'innale',
    today: 'innu',
    tomorrow: 'naale',
    lastWeek: 'kazhinja aazhcha',
  }),
  weekdaysOf(malayalamDays, { ending: '(?: ?aazhcha)?', caseless: true, beforeName: false }),
  ...thanksIn('(?:valare )?nanni', { caseless: true, opening: true }),
  // Shetland: "da" (the) after a word in small letters ("emailed da spec", "on da linkedin", "da
  // day" today; not Hausa's "jiya da yamma" or "saka da alheri", nor Welsh "bore da"), "an" (and)
  // before a word no article goes before (not Gaelic's "an de", yesterday), "mony tanks" (many
  // thanks), "tanks for", "a peerie tanks on whatsapp" and "tanks email" (thanks), "tanked me"
  // (thanked me), "last ook" (last week), "on da linkedin" (on LinkedIn), "fb messenger fae Ingrid"
  // (a message from her), "peerie" (wee, small), "wir" (our), "wis" (was), "auld" (old).
  [
    /(?<=(?:^|[\p{Ll}\d'’.,] ))(?<!\bbore )da (?=\p{Ll}{2}|\d)(?!(?:ya|yamma|rana|safe|dare|alheri)\b)/gu,
    'the ',
  ],
  [/(?<=\p{Ll} )an (?=[bcdgjkptvwz]\p{Ll})(?!d[eèé]\b)/gu, 'and '],
  [/\bmony tanks\b/giu, 'thanks'],
  [/\bon the linkedin\b/giu, 'on linkedin'],
  [/^(?:fb |facebook )?messenger (?=(?:fae|from)\b)/iu, 'message '],
  [word('peerie', 'gu'), 'wee'],
  [word('wir', 'gu'), 'our'],
  [word('wis', 'gu'), 'was'],
  [word('auld', 'gu'), 'old'],
  [
    /\b(?:a (?:peerie |wee )?)?tanks(?= (?:for|tae|to|on|via|by|email|message|msg|txt|text|note)\b)/giu,
    'thanks',
  ],
  [/\btank(?:ed|it)(?= (?:me|him|her|them|us|dee|you)\b)/giu, 'thanked'],
  [word('last ook'), 'last week'],
  // Derry and Ulster: "bout ye" (how are you) and "catch yourself on" (don't be daft) opening a
  // note are said to the reader; "bout ye to Katie at the open day" said hello to her there.
  [/^bout (?:ye|yis) to (?=\p{L})/iu, 'chatted to '],
  [/^(?:bout (?:ye|yis)|catch yourself on)[,!.]* (?=\p{L})/iu, ''],
  // English after Tamil: "nethu" (yesterday), "indru" (today), "naalai" (tomorrow, no day of the
  // line), "pona vaaram" (last week), the days in any case, with or without "kizhamai" (day) after
  // them, or Malayalam's "aazhcha" ("Thingal" Monday to "Gnayiru" Sunday, not before a capitalised
  // word); "nandri", "romba nandri" opening a note thanked, elsewhere are thanks; "Margaret amma",
  // "Dev anna", "Priya akka" are courtesies (see `courtesyAfterName` in log-line-asides.ts).
  ...daysAround({
    yesterday: 'ne(?:th|tr)u',
    today: 'indru',
    tomorrow: 'naalai',
    lastWeek: 'pona vaa?ram',
  }),
  weekdaysOf(tamilDays, {
    ending: '(?: ?(?:kizhamai|aazhcha))?',
    caseless: true,
    beforeName: false,
  }),
  ...thanksIn('(?:romba )?nandri', { caseless: true, opening: true }),
  // English after Samoan: "ananafi" (yesterday), "aso nei" (today), "taeao" (tomorrow, no day of
  // the line), "vaiaso ua tuanai" (last week), the days after "Aso" ("Aso Gafua" Monday to "Aso
  // Sa" Sunday) and "Faraile", "Toonai" on their own; "fa'afetai", "fa'afetai tele lava" opening
  // a note thanked, elsewhere are thanks; "Susuga Robert", "Uso Dev", "Tina Margaret" are
  // courtesies (see `courtesyBeforeName`, `courtesyBeforeGivenName`).
  ...daysAround({
    yesterday: 'ananafi',
    today: 'aso nei',
    tomorrow: 'taeao',
    lastWeek: 'vaiaso ua tuanai',
  }),
  weekdaysOf(samoanDays, { caseless: true, marks: false }),
  ...thanksIn("fa['’]?afetai(?: tele lava)?", { caseless: true, opening: true }),
  // English after Urdu and Punjabi: "parso", "parson" (the day before yesterday, as a note of
  // what happened means it), "jummah" (Friday, the day of its prayers); "shukriya" and "jazakallah" are in
  // `thanksWords`.
  [word('parso|parson|parsoon', 'giu'), 'the day before yesterday'],
  [word('jumm?ah?|jummay|jumme', 'giu'), 'friday'],
  // English after Malagasy: "omaly" (yesterday), "afak'omaly" (the day before), "androany"
  // (today), "rahampitso" (tomorrow, no day of the line), "herinandro lasa" (last week), the days
  // however capitalised ("Alatsinainy" Monday to "Alahady" Sunday, not before a capitalised word);
  // "misaotra", "misaotra betsaka" opening a note thanked, elsewhere are thanks; "Ramatoa
  // Margaret", "Zoky Dev" are courtesies (see `courtesyBeforeName`).
  ...daysAround({
    dayBefore: "afak['’]?omaly",
    yesterday: 'omaly',
    today: 'androany',
    tomorrow: 'rahampitso',
    lastWeek: 'herinandro lasa',
  }),
  weekdaysOf(malagasyDays, { caseless: true, beforeName: false }),
  ...thanksIn('misaotra(?: betsaka)?', { caseless: true, opening: true }),
  // English after Lao: "mua van" (yesterday), "mue ni" (today), "mue eun" (tomorrow, no day of
  // the line), "athit laew" (last week), the days after "van" ("van chan" Monday to "van athit"
  // Sunday); "khop jai", "khop jai lai lai" opening a note thanked, elsewhere are thanks; "jao"
  // closing a note is politeness (see the Khmer "ja" below); "bor" before what was had or done is
  // not ("bor have opening now" has none), though after a greeting it is a Suffolk mate; "LINE
  // me" is a message on LINE; "Ai Dev", "Euay Priya", "Than Robert" are courtesies (see
  // `courtesyBeforeName`).
  ...daysAround({
    yesterday: 'mua ?w?van|mua wan',
    today: 'mue ?ni|meu ?nee|muenee',
    tomorrow: 'mue ?eun',
  }),
  // After the days, as "van athit" is Sunday.
  weekdaysOf(laoDays, { before: 'van ', caseless: true }),
  ...daysAround({ lastWeek: 'athit (?:laew|gon)' }),
  ...thanksIn('kh[oa][pb] ?[jc]h?ai(?: lai(?: lai)?)?(?: der)?', { caseless: true, opening: true }),
  [/\bbor (ha(?:ve|s))\b/giu, '$1 no'],
  [/\bbor (?=(?:hiring|need|needs|want|wants|open|know|reply|replied|answer)\b)/giu, 'not '],
  [/\bLINE(?:d|['’]d)? (?=me\b)/gu, 'messaged '],
  // English after Haitian Creole: "ayè" (yesterday; "aye" without its mark is a Scot's yes),
  // "jodi a" (today), "demen" (tomorrow, no day of the line), "semèn pase" (last week), the days
  // in small letters ("lendi" Monday to "dimanch" Sunday, with or without their marks); "mwen"
  // before what they did is I, elsewhere me; "li" (he, she) opening a clause before what they
  // said or had; "mèsi", "mèsi anpil" opening a note thanked, elsewhere are thanks, and a "mèsi
  // card" a thank-you card; "Madan Margaret", "Msye Robert" are courtesies (see
  // `courtesyBeforeName`).
  ...daysAround({ yesterday: 'ay[èé]', today: 'jodi a', lastWeek: 'sem[èe]n pase' }),
  ...daysAround({ tomorrow: 'demen' }, { caseless: false }),
  weekdaysOf(haitianDays),
  [
    /(?<![\p{L}\d'’/-])mwen (?=(?:will|can|could|have|had|think|leave|left|email|emailed|give|gave|send|sent|go|went|want|need|do|did|meet|met|talk|call|see|read|just|also|already|still|am|was)\b)/giu,
    'I ',
  ],
  [word('mwen', 'giu'), 'me'],
  [
    /(?<=(?:^|[,;] ))li (?=(?:say|said|says|have|has|had|tell|told|will|is|was|send|sent|know|knows|want|wants|need|needs|can)\b)/gu,
    'they ',
  ],
  [/\bm[èe]si card\b/giu, 'thank-you card'],
  [/\b(role|job|post|position) fill already\b/giu, '$1 filled already'],
  ...thanksIn('m[èe]si(?: anpil)?', { caseless: true, opening: true }),
  // English after Khmer: "msel menh" (yesterday), "thngai nih" (today), "thngai saek" (tomorrow,
  // no day of the line), "sabda mun" (last week), the days after "thngai" ("thngai Chan" Monday
  // to "thngai Atit" Sunday), on their own those that are nobody's name ("Angkear", "Puth",
  // "Prohoas") and, as a note capitalises them where no name is meant, "Sok", "Sau" and "Atit";
  // "arkun", "orkun chraen" opening a note thanked, elsewhere are thanks, and closing a note of
  // something else only a courtesy; "ja" and "baat" closing a note are politeness; "Bong Dev",
  // "Lok Robert" and "Lok Srey Margaret" are courtesies (see `courtesyBeforeName`).
  ...daysAround({
    yesterday: 'msel ?m[ei]nh|m[ao]?sil ?minh',
    today: 'thngai ?ni(?:h|ng)?',
    tomorrow: 'thngai ?sa?ek',
    lastWeek: 'sa[bp]dah? mun',
  }),
  weekdaysOf(khmerDays, { before: 'thngai ', caseless: true }),
  weekdaysOf(khmerDaysAlone, { caseless: true, beforeName: false }),
  daysLikeNames({ Sok: 'friday', Sau: 'saturday', Atit: 'sunday' }),
  ...thanksIn('(?:[ao]r|aw)kun(?: ch(?:r|h)?a?en| chran)?', { caseless: true, opening: true }),
  [/(?<=\p{L}),? (?:ja|baat|jao)[.!]*$/u, ''],
  // English after Burmese: "manega" (yesterday), "di nay" (today), "manet phyan" (tomorrow, no
  // day of the line), the days however capitalised ("Taninlar" Monday to "Taninganwe" Sunday);
  // "Inga" (Tuesday) is also someone's name, so it is the day only where no word leads to a
  // person before it and no surname follows it, and "Sane" (Saturday) only capitalised, as
  // "sane" is English; "kyay zu", "kyayzu tin ba de" opening a note thanked, elsewhere are
  // thanks; "Ko", "Ma", "U" and "Daw" before a name are courtesies (see
  // `courtesyBeforeGivenName`).
  ...daysAround({
    yesterday: 'manega|mane ga|manay ?ga|ma nay ga',
    today: 'di ?nay|di ne',
    tomorrow: 'manet ?ph?y?an|mahnet ?ph?y?an',
  }),
  weekdaysOf(burmeseDays, { caseless: true, beforeName: false }),
  daysLikeNames({ Inga: 'tuesday' }),
  [/(?<![\p{L}\d'’/-])Sane(?=[ ,.;]|$)(?! \p{Lu}\p{Ll})/gu, 'saturday'],
  [
    /\bkyay ?zu(?: tin ba de)? (email|message|msg|text|note|whatsapp) to (?=\p{L})/giu,
    'thank-you $1 to ',
  ],
  ...thanksIn('kyay ?zu(?: tin ba de| ba)?', { caseless: true, opening: true }),
  // English after Mongolian: "öchigdör" (yesterday, also "uchigdur"), "önöödör" (today),
  // "margaash" (tomorrow, no day of the line), the days however capitalised ("Davaa" Monday to
  // "Nyam" Sunday, which a note names with a capital like an English day, though not before
  // another capitalised word: "Baasan Batbold" is someone); "bayarlalaa" opening a
  // note thanked, elsewhere is thanks; "ah" and "egch" after a name (brother, sister: "Dev ah",
  // "Priya egch") are courtesies.
  ...daysAround({
    yesterday: '[öo]ch[iü]gd[öo]r|uchigdur|ochigdor',
    today: '[öo]n[öo][öo]d[öo]r|unuudur|onoodor',
    tomorrow: 'margaash',
  }),
  weekdaysOf(mongolianDays, { caseless: true, beforeName: false }),
  ...thanksIn('bayarlalaa', { caseless: true, opening: true }),
  [
    /(?<=(?:^|[\s(])([\p{L}'’-]+)) (?:ah|egch|agai|apai)(?![\p{L}\d'’-])/gu,
    (whole: string, before: string) =>
      /^\p{Lu}/u.test(before) || isKnownGivenName(before) ? '' : whole,
  ],
  // English after Wolof: "démb" (yesterday), "tey" (today), "suba" (tomorrow, no day of the line),
  // the days ("altine" Monday to "dibéer" Sunday, with or without their marks; "àllarba passé" is
  // last Wednesday); "jërëjëf" opening a note thanked, elsewhere is thanks, and closing a note of
  // something else only a courtesy. "Tata" and "Tonton" before a name (aunt, uncle) are courtesies
  // (see `courtesyBeforeName`).
  [word('d[ée]mb', 'giu'), 'yesterday'],
  // Ghanaian English with Twi: "nnɛra" (yesterday), "ɛnnɛ" (today), with or without the open e;
  // "medaase" (thank you) opening a note or before whom or what for is thanks, and closing a note
  // of something else ("…, very helpful, medaase") only a courtesy.
  [word('nn[ɛe]ra', 'giu'), 'yesterday'],
  [word('[ɛƐ]nn[ɛe]|enn[ɛ]', 'gu'), 'today'],
  [/^(?:medaase|meda wo ase)(?![\p{L}'’-])|(?<![\p{L}'’-])medaase(?= (?:to|for)\b)/giu, 'thanks'],
  [
    /[,;]?\s*(?<![\p{L}'’-])medaase(?: (?:my|ma) (?:sister|brother|friend|dear)| chale| oo?| paa)?(?=\s*[.!]*$)/giu,
    '',
  ],
  // English with Nepali: "hijo" (yesterday), "asti" (the day before), "aja", "aaja" (today;
  // "Aja" may be someone), "bholi" (tomorrow, no day of the line); "dai" after a name (elder
  // brother) is a courtesy (see the Punjabi courtesies after a name).
  ...daysAround({ dayBefore: 'asti', yesterday: 'hijo', tomorrow: 'bholi' }),
  [word('aa?ja', 'gu'), 'today'],
  // English with Cypriot Greek in Latin letters: "simera" (today), "chthes", "xthes", "hthes"
  // (yesterday), "proxthes" (the day before), the days ("Deftera" Monday to "Kyriaki" Sunday)
  // after "tin" (the), or in small letters without it, as "Paraskevi" and "Kyriaki" are women's
  // names too; "ton", "tin" before a name (the: "emailed ton Dev") are no part of it, and "ela,"
  // or "ela re," opening a note (come on) is said to its reader.
  ...daysAround({
    dayBefore: 'pro(?:c?h|x)th?es',
    yesterday: '(?:c?h|x)th?es',
    today: 's[iy]mera',
    tomorrow: 'avrio',
  }),
  weekdaysOf(greekDays, { before: '(?:tin|thn|ti) ', caseless: true }),
  weekdaysOf(greekDays, { beforeName: false }),
  [
    /(?<=\b(?:to|with|and|emailed|called|rang|phoned|texted|messaged|thanked|met|saw|asked|chased|told|sent|from) )(?:ton|tin|tou|tis) (?=\p{Lu}\p{Ll})/gu,
    '',
  ],
  [/^ela(?: re)?[,!]+\s*/iu, ''],
  // English with Arabic: "ams" (yesterday; "AMS" is a firm), "awal ams" (the day before),
  // "al-yom", "el-youm" (today), the days after "yom al-", "yom el" or "el" ("yom al-khamis",
  // "el 5amis", Thursday, "l jem3a" and "yom l arba3a", as Lebanese writes them).
  [/(?<![\p{L}\d'’/-])(?:awal|awwal|awel) [Aa]ms(?![\p{L}\d'’-])/gu, 'the day before yesterday'],
  [/(?<![\p{L}\d'’/-])[Aa]ms(?![\p{L}\d'’-])/gu, 'yesterday'],
  [word('(?:al|el)-?(?:yom|youm|yawm)', 'giu'), 'today'],
  weekdaysOf(arabicDays, {
    before: '(?:(?:yom|yawm|youm) (?:a[lnstdrz]|e[lnstdrz]|ath|eth|l)[- ]?|el |l )',
    caseless: true,
  }),
  // "Called me Margaret ams about the post" (Arabic puts the verb first): Margaret called me; "dr.
  // Hiba Osman", "mr. Evans": a title in small letters before a capitalised name is the title.
  [
    /^(Called|Rang|Phoned|Emailed|Messaged|Texted|Whatsapped|Contacted) me (\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)(?= )/u,
    (_m: string, verb: string, who: string) => `${who} ${verb.toLowerCase()} me`,
  ],
  [
    /(?<![\p{L}'’-])(dr|mr|mrs|ms|prof)\.? (?=\p{Lu}\p{Ll})/gu,
    (_m: string, title: string) => `${title[0]?.toUpperCase() ?? ''}${title.slice(1)} `,
  ],
  [word('tey', 'gu'), 'today'],
  [/(?<!\b(?:the|a|an|my|our) )(?<![\p{L}\d'’/-])suba(?![\p{L}\d'’/-])/gu, 'tomorrow'],
  [
    /(?<![\p{L}\d'’/-])([àa]llarba|alarba|alxames|[àa]jjuma|gaawu|dib[ée]er|altine|talaata) pass[ée](?![\p{L}'’-])/giu,
    'last $1',
  ],
  weekdaysOf(wolofDays, { caseless: true, beforeName: false }),
  ...thanksIn('j[eë]r[eë]j[eë]f', { caseless: true, opening: true }),
  // English after Kazakh: "keshe" (yesterday), "bügin" (today), "erteń" (tomorrow, no day of the
  // line), the days ("düysenbi" Monday to "jeksenbi" Sunday; "juma", Friday, is read with
  // Uzbek's below); "rahmet", "rakhmet" opening a note thanked, elsewhere are thanks, and closing
  // a note of something else only a courtesy; "agai" and "apai" after a name (respect to a man,
  // a woman: "Dev agai", "Margaret apai") are courtesies, as Mongolian "ah" and "egch" are.
  ...daysAround({ yesterday: 'keshe', today: 'b[üu]gin', tomorrow: 'erte[ńn]' }),
  weekdaysOf(kazakhDays, { caseless: true, beforeName: false }),
  ...thanksIn('ra(?:k)?hmet', { caseless: true, opening: true }),
  // "Yusuf trainline comment on my fb post", "Olivia hays say temp job is fill", "Chidi and Wei
  // comment on my post", "Steve ask if I can do his books": a first name Kith knows opening the
  // note, with where they work in one word or none, then a plain verb of what they did to the
  // user, as English learned after Vietnamese, Chinese and other languages without tenses tells
  // it; it happened, and it was theirs.
  [
    /^((?:(?:yesterday|today|this morning),? )?)((\p{Lu}[\p{L}'’-]*)(?: \p{Lu}[\p{L}'’-]*)?(?: and \p{Lu}[\p{L}'’-]*)?)(?: (?:from |at )?(\p{Ll}[\p{L}'’-]*(?:\.[\p{L}]+)?|\p{Lu}{2,4}))? (ask|say|comment|like|share|thank|ring|call|email|text|message|send|reply|follow|add|connect|invite|offer|tell|give|recommend|refer)(?= (?:me|my|on my|if|for|that|job)\b|(?<=say) \p{L})/u,
    (
      whole: string,
      when: string,
      who: string,
      first: string,
      work: string | undefined,
      verb: string,
    ) =>
      isKnownGivenName(first) &&
      !(work && (isKnownGivenName(work) || plainPast[work] || notAWorkplace.test(work)))
        ? `${when}${who}${!work ? '' : meansWord.test(work) ? ` ${work}` : ` from ${capitalise(work)}`} ${pastOfPlain(verb)}`
        : whole,
  ],
  // "Olivia from Hays rings this morning", "Benjamin Carter replies my email": a name opening the
  // note (a first name Kith knows, so "Texted thanks to…" is none), then a verb of getting in
  // touch or giving in the present, as English after Mongolian and other languages tells what
  // happened; it happened ("rings me every monday" is a habit).
  [
    /^((\p{Lu}[\p{L}'’-]*)(?: \p{Lu}[\p{L}'’-]*)?(?: (?:from|at) \p{Lu}[\p{L}&.'’-]*(?: \p{Lu}[\p{L}&.'’-]*)?)? )(rings|calls|phones|emails|texts|messages|replies|likes|asks|gives|offers|sends|introduces|intros|invites|comments|shares|forwards)(?= )(?![^,;.]*\b(?:every|each|always|usually|often)\b)/u,
    (whole: string, who: string, first: string, verb: string) =>
      isKnownGivenName(first)
        ? `${who}${pastOfPlain(verb.replace(/ies$/u, 'y').replace(/s$/u, ''))}`
        : whole,
  ],
  // English with Krio: "yestade" (yesterday), "tide" (today; "the tide", "high tide" are the
  // sea's), "tumara" (tomorrow, no day of the line), "las week", the days however capitalised
  // ("Mande" Monday to "Sonde" Sunday, never with a mark); "tenki", "tenki tenki" opening a note
  // thanked, elsewhere are thanks, and closing a note of something else only a courtesy; "tank
  // me" thanked me; "fo" is for, "bout" about ("a bout of flu" is one), "afta" after, "gimme" gave
  // me; "bra" before a name (brother) is a courtesy; "e go" is he will, "wan see" wants to see.
  [word('yestade[iy]?|yesterde', 'giu'), 'yesterday'],
  [
    /(?<!\b(?:the|a|high|low|spring|neap|rising|turning|ebb|against) )(?<![\p{L}\d'’/-])tide(?![\p{L}\d'’/-])/gu,
    'today',
  ],
  [word('tumara|tumarra|tumoro', 'giu'), 'tomorrow'],
  [word('las week', 'giu'), 'last week'],
  weekdaysOf(krioDays, { caseless: true, marks: false }),
  ...thanksIn('tenki(?: tenki)?(?: o| yu| plenty)?', { caseless: true, opening: true }),
  [/(?<=\p{L} )tank(?= (?:me|us)\b)/gu, 'thanked'],
  [word('fo', 'gu'), 'for'],
  [
    /(?<!\b(?:a|the|this|that|another|one|long|short|first|second|bad|nasty) )(?<![\p{L}\d'’/-])bout(?![\p{L}\d'’/-])/gu,
    'about',
  ],
  [word('afta', 'gu'), 'after'],
  [word('gimme', 'gu'), 'gave me'],
  [/(?<![\p{L}\d'’/-])bra (?=\p{Lu}\p{Ll})/gu, ''],
  [/(?<![\p{L}\d'’/-])e go (?=\p{Ll})/gu, 'he will '],
  [word('wan see', 'gu'), 'wants to see'],
  [
    /(?<=\b(?:she|he|they|e|I|i|we) )bin (\p{Ll}+)/gu,
    (_m: string, verb: string) => `had ${verb.endsWith('ed') ? verb : pastOfPlain(verb)}`,
  ],
  // Island English with Gaelic: "an-dè" (yesterday), "a-bhòn-dè" (the day before), "an-diugh"
  // (today), "an t-seachdain sa chaidh" (last week), with or without their accents and hyphens;
  // the days, which no name shares ("Diluain" Monday to "Didòmhnaich" Sunday); "tapadh leat",
  // "tapadh leibh" are thanks, and only a courtesy closing a note of something else.
  ...daysAround({
    dayBefore: 'a[- ]bh[òo]n[- ]d[èe]',
    yesterday: 'an[- ]d[èe]',
    today: 'an[- ]diugh',
    lastWeek: 'an t-seachdain sa chaidh',
  }),
  weekdaysOf(gaelicDays, { caseless: true }),
  ...thanksIn('tapadh (?:leat|leibh)', { caseless: true }),
  // English after Uzbek: "kecha" (yesterday), "o'tgan kuni" (the day before), "bugun" (today),
  // "o'tgan hafta" (last week), "kechqurun" (in the evening), the days ("dushanba" Monday to
  // "yakshanba" Sunday); "rahmat", "katta rahmat" are thanks; "aka" and "opa" after a name
  // (brother, sister: "Dev aka", "Priya opa") are courtesies, though "aka" before a capitalised
  // name is an alias ("Robert aka Bob").
  [word("o['’‘`]?tgan kuni", 'gu'), 'the day before yesterday'],
  [word('kecha', 'gu'), 'yesterday'],
  [word('bugun', 'gu'), 'today'],
  [word("o['’‘`]?tgan hafta", 'gu'), 'last week'],
  [/ kechqurun(?![\p{L}'’-])/gu, ''],
  weekdaysOf(uzbekDays),
  ...thanksIn('(?:katta )?rahmat'),
  [/(?<=\p{L}) opa(?![\p{L}\d'’-])/gu, ''],
  [/(?<=\p{Lu}[\p{L}'’-]*) aka(?![\p{L}\d'’.-])(?! \p{Lu}\p{Ll})/gu, ''],
  // English after Kinyarwanda: "ejo", "ejo hashize" (yesterday; "ejo" after "will" is
  // tomorrow, no day of the line), "ejo bundi" (the day before), "uyu munsi" (today),
  // "icyumweru gishize", "mu cyumweru gishize" (last week), "iminsi itatu ishize" (three days
  // ago), the days ("kuwa mbere", "ku wa mbere" Monday to "kuwa gatandatu" Saturday, "ku
  // cyumweru" Sunday); "murakoze", "murakoze cyane" are thanks, and only a courtesy closing a
  // note of something else; "muvandimwe" (brother) before a name and "Papa" before a capitalised
  // one are courtesies; "coffee na Daniel" is coffee with him. Its French: "hier" (yesterday),
  // "la semaine dernière".
  [
    /\b(coffee|lunch|drinks|dinner|call|meeting|chat|zoom|video|brunch|interview|phone) na (?=\p{Lu}\p{Ll})/giu,
    '$1 with ',
  ],
  // Its verbs by their parts (see `kinyarwandaVerb`) and its clause words, in a line that holds
  // one: "Rachel wa Booking yampamagaye" is Rachel from Booking called me.
  [/^[\s\S]+$/u, kinyarwandaClauseAsEnglish],
  [word('ejo bundi', 'gu'), 'the day before yesterday'],
  [
    /(?<!\b(?:will|'ll|’ll|going to|gonna)\b[^,;.]*)(?<![\p{L}\d'’/-])ejo(?: hashize)?(?![\p{L}\d'’/-])/gu,
    'yesterday',
  ],
  [word('uyu munsi', 'gu'), 'today'],
  [word('(?:mu )?i?cyumweru gishize|la semaine derni[èe]re', 'gu'), 'last week'],
  [word('hier', 'gu'), 'yesterday'],
  [
    /(?<![\p{L}\d'’/-])iminsi (ibiri|itatu|ine|itanu|itandatu|irindwi|\d{1,2}) ishize(?![\p{L}'’-])/giu,
    (_whole: string, count: string) =>
      `${kinyarwandaCounts[count.toLowerCase()] ?? count} days ago`,
  ],
  // A day closing the line after what a verb was for is the verb's day, not that thing's
  // ("yanshimiye for the talk kuwa gatanu", thanked me on Friday for the talk): Kinyarwanda gives
  // the talk's own day with "cyo" (of).
  [
    /(?<=\b(?:for|about) (?:the|a|an|my|our|their|his|her) [\p{L}-]+) (?=ku ?(?:wa (?:mbere|kabiri|gatatu|kane|gatanu|gatandatu)|cyumweru)\s*$)/giu,
    ', ',
  ],
  weekdaysOf(kinyarwandaDays, { before: 'ku ?', caseless: true }),
  // "murakoze cyane for hosting me" is thanks whole, as "murakoze for" is.
  ...thanksIn('murakoze(?: cyane|(?! cyane))'),
  [/(?<![\p{L}\d'’/-])muvandimwe (?=\p{L})/gu, ''],
  [/(?<![\p{L}\d'’/-])Papa (?!Johns?\b)(?=\p{Lu}\p{Ll})/gu, ''],
  // Naval English: "scran" is a meal, "wets" and a "run ashore" drinks out.
  [word('scran', 'gu'), 'lunch'],
  [word('wets|(?:a |good )?run ashore', 'gu'), 'drinks'],
  // English after Latvian: "aizvakar" (the day before yesterday; "vakar", yesterday, is read
  // above), "šodien" (today), "pagājušajā nedēļā" (last week), "no rīta" and "vakarā" (in the
  // morning, in the evening, of the line's own day), the days ("pirmdien" Monday to "svētdien"
  // Sunday, with or without their marks); "paldies", "liels paldies" are thanks; "čau", "sveiki"
  // opening a note are greetings; "un" between people is and; "kungs" and "kundze" after a
  // surname (Mr, Mrs: "Okafor kundze") are courtesies.
  ...daysAround(
    {
      dayBefore: 'aizvakar',
      today: '[šs]odien',
      lastWeek: 'pag[āa]ju[šs]aj[āa] ned[ēe]ļ[āa]|pag[āa]ju[šs]aj[āa] ned[ēe]l[āa]',
    },
    { caseless: false },
  ),
  [/ (?:no r[īi]ta|vakar[āa])(?![\p{L}'’-])/gu, ''],
  [/^(?:no r[īi]ta|vakar[āa]) /gu, ''],
  weekdaysOf(latvianDays, { ending: '[āa]?' }),
  ...thanksIn('(?:liels )?paldies'),
  [/^(?:[čc]au|sveiki)[!,.]*\s+/iu, ''],
  [/(?<=\p{Lu}[\p{L}'’-]*) un (?=\p{Lu}|new\b)/gu, ' and '],
  [/(?<=\p{Lu}[\p{L}'’-]*) (?:kungs|kundze|kungam|kundzei)(?![\p{L}'’-])/gu, ''],
  // English after Tigrinya: "timali" (yesterday), "qedem timali" (the day before), "lomi"
  // (today), "zihalefe semun" (last week), the days ("senui" Monday to "senbet" Sunday); "yekenyeley"
  // is thanks; "haw", "hafti", "aboy", "adey" before a name (brother, sister, and an older man or
  // woman) are courtesies, and "selam" (hello) opening a note in small letters says nothing.
  ...daysAround(
    {
      dayBefore: '(?:qedem|kedem|qdmi) timali',
      yesterday: 'timali|tmali',
      today: 'lomi',
      lastWeek: '(?:zihalefe|zehalefe|zihalef) semun',
    },
    { caseless: false },
  ),
  weekdaysOf(tigrinyaDays),
  ...thanksIn('yekenyel[ae]y|yeqenyel[ae]y'),
  [/(?<![\p{L}\d'’/-])(?:[Hh]aw|[Hh]afti|[Aa]boy|[Aa]dey) (?=\p{Lu}\p{Ll})/gu, ''],
  [/^selam[!,.]*\s+/u, ''],
  // Nigerian English with Hausa: "jiya" (yesterday; "jiya da yamma", yesterday evening),
  // "shekaran jiya" (the day before), "yau" (today), "da safe", "da rana" (this morning, this afternoon), "satin da ya
  // wuce" (last week), the days with or without "ranar" ("ranar litinin" Monday to "ranar
  // lahadi" Sunday); "nagode", "na gode sosai" are thanks, and only a courtesy closing a note of
  // something else, as "Alhamdulillah" is.
  [word('shekaran jiya', 'gu'), 'the day before yesterday'],
  [word('jiya(?: da (?:yamma|dare|safe))?', 'gu'), 'yesterday'],
  [word('yau', 'gu'), 'today'],
  [/ da (?:safe|rana|yamma)(?![\p{L}'’-])/gu, ''],
  [word('(?:satin|mako) da ya (?:wuce|gabata)', 'gu'), 'last week'],
  weekdaysOf(hausaDays, { before: 'ranar ', caseless: true }),
  weekdaysOf(hausaDays),
  ...thanksIn('na ?gode(?: sosai)?', { caseless: true }),
  closingCourtesy('alhamdulillah', { caseless: true }),
  [/,? alhamdulillah!?$/iu, ''],
  // English after Dari: "diroz" (yesterday), "parirooz" (the day before), "emroz" (today),
  // "hafta-e gozashta" (last week), the days ("shamba" Saturday to "panjshamba" Thursday,
  // "jumah" Friday); "tashakur" is thanks; "jan" after a first name ("Kate jan") and "Khanum"
  // before one are courtesies.
  ...daysAround(
    {
      dayBefore: 'pari ?ro?oz',
      yesterday: 'diro?oz',
      today: 'emro?oz',
      lastWeek: 'hafta-?e? (?:gozashta|gozashte|guzashta)',
    },
    { caseless: false },
  ),
  weekdaysOf(dariDays),
  ...thanksIn('tashakk?[ou]r'),
  [
    /(?<=(?:^|[\s(])(?!(?:in|since|from|by|until|till|of|early|late|mid|end|before|after|next|last|this|the|on|to|for|thru|through)\b)\p{L}[\p{L}'’-]*) jan(?![\p{L}\d'’./-])/gu,
    '',
  ],
  // English after Hebrew: "etmol" (yesterday), "shilshom" (the day before), "hayom" (today),
  // "shavua she'avar" (last week), the days ("yom rishon" Sunday to "yom shishi" Friday,
  // "shabbat" Saturday), "in the erev" (in the evening); "toda", "toda raba" are thanks, and close
  // a note of something else as a courtesy; "boker tov", "ma nishma" and "yalla" say nothing.
  [word('shilshom'), 'the day before yesterday'],
  [word('etmol'), 'yesterday'],
  [word('hayom'), 'today'],
  [word("(?:ba[- ]?)?shavua she[-'’ ]?avar"), 'last week'],
  weekdaysOf(hebrewDays, { before: 'yom ', caseless: true }),
  [word('shabbat'), 'saturday'],
  [/\b(in|on|at) the erev\b/gu, '$1 the evening'],
  closingCourtesy('toda(?: raba)?'),
  [/(?<![\p{L}'’-])toda(?: raba)?(?= (?:to|for)\b)/giu, 'thanks'],
  [/(?<![\p{L}'’-])(?:boker tov|ma nishma)(?![\p{L}'’-]) ?/giu, ''],
  [/,? yalla!?$/u, ''],
  [/(?<![\p{L}'’-])yalla(?![\p{L}'’-])!? ?/gu, ''],
  // "made intro in email between Wei and Amit Peretz": introduced one to the other, by email;
  // "Emma made me intro to Rivka": introduced me; "introduced Hannah to my friend Tamar": to Tamar.
  [
    /\bmade (?:an |the )?intro(?:duction)?( (?:in|on|over|by|via) (?:e-?mail|mail|linkedin|whatsapp|text))? between ([^,;.]+?) and /giu,
    (_m: string, how: string | undefined, who: string) => introducedBy(how, who),
  ],
  [
    /\bmade me (?:an )?intro( (?:in|on|over|by|via) (?:e-?mail|mail|linkedin|whatsapp|text))? to /giu,
    (_m: string, how: string | undefined) => introducedBy(how, 'me'),
  ],
  [
    /\b(introduced [^,;.]+? to) my (?:old )?(?:friend|mate|pal|colleague|boss) (?=\p{Lu}\p{Ll})/gu,
    '$1 ',
  ],
  // English after Armenian and Russian: "yerek", "erek" (yesterday), "pozavchera" (the day
  // before), the days ("yerkushabti" Monday to "kiraki" Sunday; "urbat" Friday); "paron" and
  // "tikin" before a name, in small letters (Mr, Mrs), are courtesies; "shnorhakalutyun" is
  // thanks.
  [word('pozavchera'), 'the day before yesterday'],
  [word('yerek|erek', 'gu'), 'yesterday'],
  [
    /(?<![\p{L}\d'’/-])(yerkushabti|yerekshabti|chorekshabti|hingshabti|urbat|shabat|kiraki)(?![\p{L}\d'’-])/gu,
    (day: string) =>
      ({
        yerkushabti: 'monday',
        yerekshabti: 'tuesday',
        chorekshabti: 'wednesday',
        hingshabti: 'thursday',
        urbat: 'friday',
        shabat: 'saturday',
        kiraki: 'sunday',
      })[day] ?? day,
  ],
  [/(?<![\p{L}\d'’/-])(?:paron|tikin) (?=\p{L})/gu, ''],
  [word('shnorhakalutyun'), 'thanks'],
  // English after Lithuanian: "vakar" (yesterday; "vakar vakare", last evening), "užvakar" (the
  // day before), "šiandien" (today), "praeitą savaitę" (last week), the days in small letters
  // ("pirmadienį" Monday to "sekmadienį" Sunday, with or without their marks, "ryte" or "vakare"
  // after them: in the morning, in the evening); "ačiū" is thanks, "labas" hello.
  [word('u[žz]vakar'), 'the day before yesterday'],
  [word('vakar(?: vakare| ryte)?'), 'yesterday'],
  [word('[šs]iandien'), 'today'],
  [word('praeit[ąa] savait[ęe]'), 'last week'],
  [
    /(?<![\p{L}\d'’/-])(pirmadien|antradien|tre[čc]iadien|ketvirtadien|penktadien|[šs]e[šs]tadien|sekmadien)(?:[įi]|is)(?: (?:ryte|vakare|po pietų))?(?![\p{L}\d'’-])/gu,
    (_m: string, day: string) =>
      ({
        pi: 'monday',
        an: 'tuesday',
        tr: 'wednesday',
        ke: 'thursday',
        pe: 'friday',
        še: 'saturday',
        se: day.startsWith('sek') ? 'sunday' : 'saturday',
      })[day.slice(0, 2)] ?? day,
  ],
  // "…sent me the QA opening, labai ačiū", "…she will refer me, hvala": a thanks closing a note of
  // something else is only a courtesy.
  closingCourtesy('hvala|(?:labai )?a[čc]i[ūu]'),
  [word('(?:labai )?a[čc]i[ūu](?: labai)?'), 'thanks'],
  // Zambian English with Nyanja and Bemba: "dzulo" (yesterday), "dzana" (the day before),
  // "mailo" (yesterday, or tomorrow after "will"), "lelo" (today), the days
  // ("lolemba" Monday to "lamulungu" Sunday; Bemba's "pali cimo" to "pali cisano", Monday to
  // Friday); "zikomo" and "natotela" are thanks; "mulishani" a greeting; "ka coffee" a coffee;
  // "wit" with, before someone ("wit Hannah", "wit alexandra reid", "wit me").
  [word('dzulo'), 'yesterday'],
  [/(?<=\p{L} )lelo(?=[,.;!]|$| (?:about|re|for|at|with)\b)|^lelo(?= )/gu, 'today'],
  [
    /(?<![\p{L}\d'’/-])(lolemba|lachiwiri|lachitatu|lachinayi|lachisanu|loweruka|lamulungu|lamlungu|pali cimo|pali cibili|pali citatu|pali cine|pali cisano)(?![\p{L}\d'’-])/gu,
    (day: string) =>
      ({
        lolemba: 'monday',
        lachiwiri: 'tuesday',
        lachitatu: 'wednesday',
        lachinayi: 'thursday',
        lachisanu: 'friday',
        loweruka: 'saturday',
        'pali cimo': 'monday',
        'pali cibili': 'tuesday',
        'pali citatu': 'wednesday',
        'pali cine': 'thursday',
        'pali cisano': 'friday',
      })[day] ?? 'sunday',
  ],
  [/^(?:mulishani|muli bwanji)[,!.]*\s+/iu, ''],
  [word('(?:zikomo|natotela|twatotela)(?: kwambiri| sana)?'), 'thanks'],
  [word('dzana'), 'the day before yesterday'],
  [word('mailo'), kalAsDay],
  [/\bka (?=coffee|tea|lunch|drink|chat|call)/gu, 'a '],
  [
    /(?<![\p{L}\d'’/-])wit (?=(\p{L}+))/gu,
    (whole: string, next: string) =>
      /^\p{Lu}/u.test(next) || /^(?:me|him|her|them|us)$/u.test(next) || isKnownGivenName(next)
        ? 'with '
        : whole,
  ],
  // English after Azerbaijani: "dünən" (yesterday; "dunen" without its marks), "srağagün" (the
  // day before), "keçən həftə" (last week), the days in small letters ("bazar ertəsi" Monday,
  // "çərşənbə axşamı" Tuesday, "çərşənbə", "cümə axşamı" Thursday, "cümə" Friday, "şənbə",
  // "bazar günü" Sunday; "bazar" alone is left, a bazaar); "çox sağ ol" and "təşəkkür edirəm" are thanks (Turkish "tesekkurler"
  // closing a note is read with Turkish); "xanım", "bəy" and "müəllim" after a name are
  // courtesies. And Russian's days after "v" ("v pyatnitsu", on Friday).
  [word('d[üu]n[əe]n'), 'yesterday'],
  [word('sra[ğg]ag[üu]n'), 'the day before yesterday'],
  [word('ke[çc][əe]n h[əe]ft[əe]'), 'last week'],
  [
    /(?<![\p{L}\d'’/-])(bazar ert[əe]si|[çc][əe]r[şs][əe]nb[əe] ax[şs]am[ıi]|[çc][əe]r[şs][əe]nb[əe]|c[üu]m[əe] ax[şs]am[ıi]|c[üu]m[əe]|[şs][əe]nb[əe]|bazar g[üu]n[üu])(?![\p{L}\d'’-])/gu,
    (day: string) => {
      const plain = day
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .replace(/ə/gu, 'e')
        .replace(/ı/gu, 'i');
      if (plain.startsWith('bazar e')) return 'monday';
      if (plain.startsWith('bazar')) return 'sunday';
      if (/^[cç]ersenbe ax/u.test(plain)) return 'tuesday';
      if (/^[cç]ersenbe/u.test(plain)) return 'wednesday';
      if (plain.startsWith('cume ax')) return 'thursday';
      if (plain.startsWith('cume')) return 'friday';
      return 'saturday';
    },
  ],
  [word('[çc]ox sa[ğg] ?ol|sa[ğg] ?olun|təş[əe]kk[üu]r edir[əe]m|təş[əe]kk[üu]rl[əe]r'), 'thanks'],
  [/(?<=\p{Lu}\p{Ll}+) (?:xan[ıi]m|b[əe]y|m[üu][əe]llim)(?![\p{L}\d'’-])/gu, ''],
  [
    /(?<![\p{L}\d'’/-])vo? (ponedelnik|vtornik|sredu|chetverg|pyatnitsu|subbotu|voskresen[iy]?e)(?![\p{L}\d'’-])/gu,
    (_m: string, day: string) =>
      ({
        ponedelnik: 'monday',
        vtornik: 'tuesday',
        sredu: 'wednesday',
        chetverg: 'thursday',
        pyatnitsu: 'friday',
        subbotu: 'saturday',
      })[day] ?? 'sunday',
  ],
  // East Midlands and South Yorkshire: "yesty" (yesterday), "mondy", "Wednesdy", "sundy" and the
  // other days in any case, "last
  // wik" (week), "gen us the lowdown" (gave).
  [word('yesty|yestdy|yesdy', 'gu'), 'yesterday'],
  [
    /(?<![\p{L}\d'’/-])(mondy|tuesdy|chewsdy|wenzdy|wensdy|wednesdy|thursdy|fridy|sundy)(?![\p{L}\d'’-])/giu,
    (day: string) =>
      ({
        mondy: 'monday',
        tuesdy: 'tuesday',
        chewsdy: 'tuesday',
        wenzdy: 'wednesday',
        wensdy: 'wednesday',
        wednesdy: 'wednesday',
        thursdy: 'thursday',
        fridy: 'friday',
      })[day.toLowerCase()] ?? 'sunday',
  ],
  [word('wik', 'gu'), 'week'],
  [/\bgen (?=(?:us|me)\b)/gu, 'gave '],
  // "Zoe and me drinks", "Dev, Chidi and me lunch": who, with the user, then what they did.
  [
    /^(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?(?:, \p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)?) (?:and|&) (?:me|I) (drinks|lunch|coffee|dinner|breakfast|brunch)\b/u,
    (_m: string, who: string, what: string) => `${what} with ${who.replace(', ', ' and ')}`,
  ],
  // "Dev and Chidi drinks on şənbə": two people, then what they did with the user.
  [
    /^(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)? (?:and|&) \p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?) (drinks|lunch|coffee|dinner|breakfast|brunch)\b/u,
    '$2 with $1',
  ],
  // "Siobhan intro me to Tom", "he intro me to Helen": done, in a plain verb.
  [
    /(?<=(?:\p{Lu}\p{Ll}+|\b(?:he|she|they)) )(?<!\b(?:could|can|would|will|should|might|may|did|does|pls|please) \p{L}+ )intro me to\b/gu,
    'introduced me to',
  ],
  // English after Croatian: "jučer" (yesterday; "jucer" without its marks), "prekjučer" (the day
  // before), "sinoć" (last night), "navečer" (in the evening, after a day), "danas" (today), the
  // days in small letters ("ponedjeljak" Monday to "nedjelja" Sunday, "u subotu" on Saturday;
  // "Petak Novak" is someone); "kava" is coffee, "hvala" thanks; "bok" and "dobro jutro" are
  // greetings ("bok to Siobhan on li": a message); "na linkedinu" is on LinkedIn; "gospodin" and
  // "gospođa" before a name (Mr, Mrs) are courtesies.
  [word('prekju[čc]er'), 'the day before yesterday'],
  [word('ju[čc]er(?: nave[čc]er| ujutro| popodne)?|sino[ćc]'), 'yesterday'],
  [word('danas|jutros'), 'today'],
  [word('pro[šs]li tjedan'), 'last week'],
  [
    /(?<![\p{L}\d'’/-])(?:u )?(ponedjeljak|utorak|srijed[au]|[čc]etvrtak|petak|subot[au]|nedjelj[au])(?![\p{L}\d'’-])/gu,
    (_m: string, day: string) =>
      ({
        po: 'monday',
        ut: 'tuesday',
        sr: 'wednesday',
        če: 'thursday',
        ce: 'thursday',
        pe: 'friday',
        su: 'saturday',
        ne: 'sunday',
      })[day.slice(0, 2).toLowerCase()] ?? day,
  ],
  [word('kav(?:a|u|ica)'), 'coffee'],
  [word('hvala(?: (?:puno|lijepa|ti|vam))?'), 'thanks'],
  [/^(?:bok|dobro jutro|dobar dan) to (?=\p{L})/u, 'messaged '],
  [/^(?:bok|dobro jutro|dobar dan)[,!.]+ (?=\p{L})/u, ''],
  [/\bna (linkedin|whatsapp|slack|teams)u\b/giu, 'on $1'],
  [/(?<![\p{L}\d'’/-])(?:gospodin|gospođa|gospodine|gospođo|g-đa|gđa) (?=\p{L})/giu, ''],
  // English after Georgian: "gushin" (yesterday), "guushints tsin" (the day before), "dghes"
  // (today); "batono" and "kalbatono" before a name (Mr, Mrs) are courtesies; "madloba" is thanks.
  [word('guushin(?:ts|dels)? tsin'), 'the day before yesterday'],
  [word('gushin'), 'yesterday'],
  [word('dghes'), 'today'],
  [/(?<![\p{L}\d'’/-])(?:kalbatono|batono) (?=\p{L})/gu, ''],
  [word('madloba'), 'thanks'],
  // Highland Scots: "yestreen" (yesterday evening), "fired dev a wee thank you email" (sent),
  // "efter" (after).
  [word('yestreen', 'gu'), 'yesterday'],
  [
    /\bfired (?=(?:[\p{L}'’-]+ ){1,3}(?:a |an )?(?:wee |quick |short )?(?:thank[- ]you |thanks )?(?:email|e-mail|message|msg|text|note)\b)/gu,
    'sent ',
  ],
  [word('efter', 'gu'), 'after'],
  // English after Bulgarian: "vchera" (yesterday), "zavchera" (the day before), "minalata
  // sedmica" (last week), the days ("ponedelnik" Monday to "nedelya" Sunday); "g-zha", "g-n" and
  // "g-ca" before a name (Mrs, Mr, Miss) are courtesies; "ring me", "she tell me", "he agree to"
  // (the present for the past).
  [word('zavchera'), 'the day before yesterday'],
  [word('vchera'), 'yesterday'],
  [word('minalata sedmica|minalata sedmitsa'), 'last week'],
  [
    /(?<![\p{L}\d'’/-])(ponedelnik|vtornik|sryada|chetvartak|chetvurtuk|petak|sabota|nedelya)(?![\p{L}\d'’-])/gu,
    (day: string) =>
      ({
        ponedelnik: 'monday',
        vtornik: 'tuesday',
        sryada: 'wednesday',
        chetvartak: 'thursday',
        chetvurtuk: 'thursday',
        petak: 'friday',
        sabota: 'saturday',
        nedelya: 'sunday',
      })[day.toLowerCase()] ?? day,
  ],
  [/(?<![\p{L}\d'’/-])(?:g-zha|g-n|g-ca|g-zhа)\.? (?=\p{L})/giu, ''],
  [
    /\b(?!(?:did|do|does|will|would|to|can|could|should|might|may|must|pls|please|not|never)\b)(\p{L}+) (?:ring|rings) me\b/gu,
    '$1 rang me',
  ],
  [/\b(\p{L}+) sends me\b/gu, '$1 sent me'],
  [/\b(i|we) send (?=\p{L})/gu, '$1 sent '],
  [/\bask(?:s|ed)? (me )?(if|whether) i (?=(?:speak|present|mentor|judge)\b)/gu, "asked $1$2 i'd "],
  [
    /^(\p{L}[\p{L}'’-]*(?: \p{L}[\p{L}'’-]*)?(?: (?:from|at) [\p{L}&.'’-]+)?) (offer|agree) to\b/iu,
    (_m: string, who: string, verb: string) =>
      `${who} ${verb.toLowerCase() === 'agree' ? 'agreed' : 'offered'} to`,
  ],
  [/\bmet again (?=\p{Lu})/gu, 'met '],
  [
    /\b(she|he|they) (tell|agree) (?=me|to)\b/giu,
    (_m: string, who: string, verb: string) =>
      `${who} ${verb.toLowerCase() === 'tell' ? 'told' : 'agreed'} `,
  ],
  // English after Czech: "včera" (yesterday), "předevčírem" (the day before), "dnes" (today);
  // "díky" (thanks, and "sent díky to Fatima", "a díky email", read with the Finnish "kiitos"
  // above); "ahoj to Alex" (said hi); "were on the meetup" (at: "na"); "24. 11." (24.11.).
  [word('v[čc]era'), 'yesterday'],
  [word('p[řr]edev[čc][íi]rem'), 'the day before yesterday'],
  [word('dnes'), 'today'],
  [/^ahoj,? to\b/iu, 'said hi to'],
  [/^ahoj[,!.]*\s+/iu, ''],
  [
    /\b(were|was|both|met(?: \p{L}+)?|saw(?: \p{L}+)?) on (?=(?:the )?(?:[\p{L}&'’-]+ ){0,3}(?:meetup|meet-up|event|conference|fair|talk|webinar|workshop|breakfast|mixer|networking|summit)\b)/giu,
    '$1 at ',
  ],
  [/\b(\d{1,2})\. (\d{1,2})\.(?=\s|,|;|$)/gu, '$1.$2.'],
  // English after Somali: "shalay" (yesterday), "maanta" (today); "walaal" and "wallahi" closing
  // a clause are said to its reader; "she is telling me" (she told me), "he is introducing me to
  // Ruqia" (introduced), "emailing me" after who (emailed); "asked can she refer me" (if she can);
  // a name, then "she" or "he" before what they did ("lucy patel she offered intro"), the name
  // said twice; "Kate my CV she checked" and "eedo Margret i emailed my CV", object or name first.
  [word('shalay|shaley'), 'yesterday'],
  [word('maanta'), 'today'],
  [
    /[,;.!]?\s*(?<![\p{L}'’-])(?:walaal|walal|wallahi|walahi)(?![\p{L}'’-])[!.]*(?=\s*(?:[,.;!]|$))/giu,
    '',
  ],
  [/\b(he|she|they) (?:is|are) telling (me|us)\b/giu, '$1 told $2'],
  [/\b(he|she|they) (?:is|are) introducing (me|us) to (?=\p{Lu})/gu, '$1 introduced $2 to '],
  [
    /(?<=\p{L} )(?<!\b(?:was|is|were|are|been|be|keeps?|kept|stop|stopped|started|for|about|after) (?:\p{L}+ ){0,3})(emailing|messaging|texting|whatsapping) (me|us)\b/gu,
    (_m: string, verb: string, who: string) => `${verb.replace(/ing$/u, 'ed')} ${who}`,
  ],
  [/\b(asked|asking|ask) can (she|he|they|i|we)\b/giu, '$1 if $2 can'],
  [
    /^((?:today |yesterday )?)((\p{L}[\p{L}'’-]*)(?: \p{L}[\p{L}'’-]*)?) (my [\p{L} ]{1,30}?) (?:he|she|they) (checked|reviewed|read|edited|improved|fixed|looked at|shared|sent|forwarded|passed on)\b/iu,
    (whole: string, before: string, who: string, first: string, what: string, did: string) =>
      isKnownGivenName(first) ? `${before}${who} ${did} ${what}` : whole,
  ],
  [
    /^((?:today |yesterday )?)((\p{L}[\p{L}'’-]*)(?: \p{L}[\p{L}&'’.-]*){0,2}) (?:she|he|they) (?=(?:offered|sent|designed|reviewed|checked|called|rang|emailed|messaged|texted|told|said|introduced|gave|shared|passed|forwarded|asked|invited|replied)\b)/iu,
    (whole: string, before: string, who: string, first: string) =>
      isKnownGivenName(first) ? `${before}${who} ` : whole,
  ],
  [
    /^((?:today |yesterday )?)((\p{L}[\p{L}'’-]*)(?: \p{L}[\p{L}'’-]*)?) i (emailed|sent|called|rang|messaged|texted|thanked|whatsapped) /iu,
    (whole: string, before: string, who: string, first: string, did: string) =>
      isKnownGivenName(first) ? `${before}i ${did} ${who} ` : whole,
  ],
  // English after Finnish: "eilen" (yesterday), "toissapäivänä" (the day before), "tänään"
  // (today); "Dev soitti" (Dev called, the user), "soitin" (I called); "meili" (an email), "with
  // meili" (by email); "kiitos" (thanks), "sent kiitos to Kate" (thanked her), "a kiitos meili"
  // (a thank-you email); "moi" (hi) and "no niin" (well then) say nothing of what happened.
  [word('toissap[äa]iv[äa]n[äa]'), 'the day before yesterday'],
  [word('eilen'), 'yesterday'],
  [word('t[äa]n[äa][äa]n'), 'today'],
  [/(?<![\p{L}\d'’/-])soitti(?= (?:me|to|back)\b)/giu, 'rang'],
  [word('soitti', 'giu'), 'rang me'],
  [word('soitin', 'giu'), 'I rang'],
  [
    /\bsent (?:a )?(?:kiitos|d[íi]ky) (meili|message|msg|note|email) to\b/giu,
    (_m: string, what: string) => `sent a thank-you ${/^meili$/i.test(what) ? 'email' : what} to`,
  ],
  [/\bsent (?:a )?(?:kiitos|d[íi]ky) to\b/giu, 'thanked'],
  [
    /\b(?:a )?(?:kiitos|d[íi]ky) (meili|message|msg|note|email)\b/giu,
    (_m: string, what: string) => `a thank-you ${/^meili$/i.test(what) ? 'email' : what}`,
  ],
  [/\b(?:with|by|via) meili\b/giu, 'by email'],
  [/\b(sent|got|had) meili\b/giu, '$1 an email'],
  [word('meili|meilin|meiliä', 'giu'), 'email'],
  [/(?<![\p{L}'’-])(?:kiitos|kiitti|d[íi]ky)(?: paljon)?(?![\p{L}'’-])/giu, 'thanks'],
  [/(?:^|(?<=[,;] ))(?:no niin|moi)[,!.]*\s+/giu, ''],
  [/,?\s*\bjust moi and\b/giu, ' asking'],
  // Gujarati words: "kaale" (yesterday), "kem cho" (how are you) opening a note, "saru" (good) and
  // "aavjo" (bye) closing a clause.
  [word('kaale|kale'), 'yesterday'],
  [/^kem cho[,!.?]*\s+/iu, ''],
  [/[,;.!]?\s*(?<![\p{L}'’-])(?:saru|aavjo|avjo)(?![\p{L}'’-])[!.]*/giu, ''],
  // English after Malay: "semalam" (yesterday), "kelmarin" (the day before), "hari ni" (today),
  // "pagi tadi" (this morning), "minggu lepas" (last week), "isnin", "khamis", "jumaat" (Monday,
  // Thursday, Friday; "selasa", "rabu" and "sabtu" are read with Indonesian's below); "aiyo" says
  // nothing of what happened; "minta dia refer me" asked him to.
  [word('semalam'), 'yesterday'],
  [word('kelmarin|kelmarin'), 'the day before yesterday'],
  [word('hari ni'), 'today'],
  [word('pagi tadi'), 'this morning'],
  [word('minggu lepas'), 'last week'],
  [word('isnin'), 'monday'],
  [word('khamis'), 'thursday'],
  [word('jumaat'), 'friday'],
  [/(?<![\p{L}'’-])(?:aiyo+h?|aiya+)(?![\p{L}'’-])[!,.]*\s*/giu, ''],
  [/\bminta (?:dia|him|her|them) (?:to )?(?=\p{L})/giu, 'asked them to '],
  // English after Indonesian: "kemarin" (yesterday), "kemarin lusa" (the day before), "tadi"
  // (earlier today), "minggu lalu" (last week), the days ("senin" Monday to "minggu" Sunday);
  // "sudah" (already); "makasih", "terima kasih" (thanks); "wkwk" (laughing) and "ok sip" say
  // nothing of what happened.
  [/(?<![\p{L}\d'’/-])kemarin lusa(?![\p{L}\d'’-])/giu, 'the day before yesterday'],
  [word('kemarin|kemaren'), 'yesterday'],
  [/\s*(?<![\p{L}\d'’/-])tadi(?: pagi| siang| sore)?(?![\p{L}\d'’-])/giu, ''],
  [word('minggu lalu'), 'last week'],
  [word('hari ini'), 'today'],
  [
    /(?<![\p{L}\d'’/-])(senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu)(?![\p{L}\d'’-])/gu,
    (day: string) =>
      ({
        senin: 'monday',
        selasa: 'tuesday',
        rabu: 'wednesday',
        kamis: 'thursday',
        jumat: 'friday',
        "jum'at": 'friday',
        sabtu: 'saturday',
        minggu: 'sunday',
      })[day] ?? day,
  ],
  [word('sudah', 'gu'), 'already'],
  // "wei already review my cv": a given name in small letters opening the note before "already"
  // and a plain verb is who did it, written as a name so the plain verb is read in the past.
  [
    /^(\p{Ll}[\p{L}'’-]*)(?= already \p{Ll})/u,
    (name: string) => (isKnownGivenName(name) ? capitalise(name) : name),
  ],
  [/(?<![\p{L}'’-])(?:terima kasih|makasih|trims)(?= (?:to|for)\b)/giu, 'thanks'],
  [/(?<![\p{L}'’-])(?:terima kasih|makasih|trims)(?![\p{L}'’-])/giu, 'thanks'],
  [/[,;.!]?\s*(?<![\p{L}])wk(?:wk)+(?![\p{L}])[!.]*/giu, ''],
  [/^ok(?:e|ay)? sip[,!.]*\s*/iu, ''],
  // English after Swedish: "igår" (yesterday), "i förrgår" (the day before), "idag" (today);
  // "mejl" (an email), "mejlade" (emailed), "ringed" and "ringde" (rang), "whatsappade"; "fika"
  // (coffee, and "on a fika with"); "i became a mejl from Yusuf" (got: "fick"); "tack" (thanks)
  // before whom or what for; "Igår ringed Kate me" and "igår mejlade I my portfolio to…", the
  // verb second after a day, as Swedish orders it.
  [/(?<![\p{L}\d'’/-])i f[öo]rrg[åa]r(?![\p{L}\d'’-])/giu, 'the day before yesterday'],
  [word('igår|igar'), 'yesterday'],
  [word('idag'), 'today'],
  [
    /\b(a|one|short|quick|long) mejl\b/giu,
    (_m: string, a: string) => (/^a$/i.test(a) ? 'an email' : `${a} email`),
  ],
  [word('mejlade|mejlat|mejla|mailade', 'giu'), 'emailed'],
  [word('mejl|mejlet', 'giu'), 'email'],
  [word('ringed|ringde', 'giu'), 'rang'],
  [word('whatsappade|whatsappat', 'giu'), 'whatsapped'],
  [word('smsade|sms:ade', 'giu'), 'texted'],
  [/\b(?:I was |was |we were )?on (?:a )?fika with\b/giu, 'had coffee with'],
  [word('fika', 'giu'), 'coffee'],
  [/\b(i|I|we) (?:became|become) (?=(?:a|an|the|some|two|\d+) )/gu, '$1 got '],
  [/(?<![\p{L}'’-])[Tt]ack(?: s[åa] mycket)?(?= (?:for|to)\b)/gu, 'thanks'],
  [/[,;.!]?\s*\btack(?: s[åa] mycket)?[!.]*\s*$/u, ''],
  [
    /\b(yesterday|today|the day before yesterday) (rang|called|emailed|texted|messaged|phoned|wrote to) (\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?) me\b/giu,
    (whole: string, day: string, verb: string, who: string) =>
      isKnownGivenName(who.split(' ')[0] ?? '') ? `${day} ${who} ${verb} me` : whole,
  ],
  [
    /\b(yesterday|today|the day before yesterday) (emailed|sent|rang|called|texted|messaged|met|had|saw|gave|wrote) I (?=\p{L})/giu,
    '$1 I $2 ',
  ],
  // Romanian words in an English note: "ieri" (yesterday), "azi" (today), "alaltăieri" (the day
  // before yesterday); "the Kate from Sky", the article Romanian and Portuguese put before a known
  // name; "I met there Joanne", "yesterday rang me Olivia", "emailed again Benjamin Carter", in
  // Romanian order.
  [word('alalt[ăa]ieri'), 'the day before yesterday'],
  [word('ieri'), 'yesterday'],
  [word('azi'), 'today'],
  [
    /\b([Tt])he (\p{Lu}\p{Ll}+)(?= (?:from|at|of) \p{L})/gu,
    (m: string, _t: string, name: string) => (isKnownGivenName(name) ? name : m),
  ],
  [/\bmet there (?=\p{Lu})/gu, 'met '],
  [
    /\b(rang me|phoned me) (\p{Lu}\p{Ll}+)(?= |$)/gu,
    (m: string, did: string, who: string) => (isKnownGivenName(who) ? `${who} ${did}` : m),
  ],
  [
    /\b(emailed|wrote|texted|messaged|called|rang|nudged|chased|pinged) again ((?:to )?\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?)/gu,
    '$1 $2 again',
  ],
  // "emailed again mark evans about…": the same, in small letters, before a name Kith knows.
  [
    /\b(emailed|wrote to|texted|messaged|called|rang|nudged|chased|pinged) again (\p{Ll}[\p{L}'’-]+ \p{Ll}[\p{L}'’-]+)(?= (?:about|re|for|to|on|abt)\b)/gu,
    (whole: string, verb: string, who: string) =>
      isKnownGivenName(who.split(' ')[0] ?? '') ? `${verb} ${who} again` : whole,
  ],
  // "Niamh has put me ieri in contact with Aoife": an introduction, the day kept.
  [
    /\bput (me|us) (?:(yesterday|today|the day before yesterday) )?in contact with\b(.*)$/gu,
    (_m: string, me: string, when: string | undefined, rest: string) =>
      `put ${me} in touch with${rest}${when ? ` ${when}` : ''}`,
  ],
  [word('dzisiaj|dziś'), 'today'],
  [word('said dzi[ęe]ki'), 'said thanks'],
  // "w piątek", "we wtorek" (on Friday, on Tuesday); "texted Ben dzięki for yesterday", "dzięki
  // email to Jenny", "emailed Alexandra dzięki for her talk": thanks given.
  weekdaysOf(polishDays, { before: '(?:w|we) ', caseless: true }),
  [/(?<![\p{L}'’-])dzi[ęe]ki(?= (?:for|email|e-mail|message|msg|text|note)\b)/giu, 'thanks'],
  // "Yesterday wrote to me Rachel from Booking": who wrote, after the verb, as Polish orders it.
  [
    /\b(wrote to me|wrote me|called me|texted me|messaged me) (\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?(?: (?:from|at) \p{Lu}[\p{L}&.'’-]*)?)/gu,
    '$2 $1',
  ],
  // Hindi and Urdu: "bahut helpful" (very); how a Hindustani clause is ordered is read in
  // log-line-hindustani.ts.
  [word('bahut'), 'very'],
  // Urdu and Hindi: "kal raat" is last night; "kal" alone is the day on either side of today, the
  // one before unless its clause tells of what will be ("will contact him kal").
  [/(?<![\p{L}\d'’/-])kal raat(?![\p{L}\d'’-])/gu, 'last night'],
  [/(?<![\p{L}\d'’/-])kal(?![\p{L}\d'’-])/gu, kalAsDay],
  // "Dev gave me reference of one Imran": he put the user in touch with him.
  [/\bgave me (?:the )?reference (?:of|to) /gu, 'put me in touch with '],
  // Trinidadian: "mih post", "mih name": my.
  [word('mih', 'giu'), 'my'],
  // "liming w Ana", "limed with Dev": hanging out together, in Trinidad; a meeting.
  [/\b(?:liming|limed|lime) (?=(?:w|wid|with)\b)/giu, 'met up '],
  [word('wi'), 'with'],
  [word('fae'), 'from'],
  // Amharic: "ameseginalehu" (thank you), as it is spelled in Latin letters.
  [/(?<![\p{L}'’-])ames[ae]g[ie]?nal(?:ehu|ew|hu)(?![\p{L}'’-])/giu, 'thanks'],
  // Sri Lankan and Indian English: "put a call to Olivia" (called her), "Kate akka put a call"
  // (she called), "today morning" (this morning).
  [/\bput (?:a|the) call to\b/giu, 'called'],
  [
    /(\b(?:he|she|they)|(?!I\b)\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?) ((?:\p{Ll}+ )?)put (?:a|the) call\b(?! (?:to|across|in)\b)/gu,
    '$1 $2called me',
  ],
  [/\btoday morning\b/giu, 'this morning'],
  // Greek: "efharisto" (thanks); "na'nai kala" (may she be well) says nothing of what happened;
  // "before two days" is two days ago.
  [
    /(?<![\p{L}'’-])(?:efharist[oó]|efcharist[oó]|efxaristo)(?: poli| poly)?(?![\p{L}'’-])/giu,
    'thanks',
  ],
  [/,?\s*na['’]?\s?(?:nai|ne) kal[aá]\b/giu, ''],
  [
    /\bbefore (a|an|one|two|three|four|five|six|\d{1,2}|a few|a couple of) (days?|weeks?|months?)\b/giu,
    '$1 $2 ago',
  ],
  // Dutch: "dank je", "dankjewel", "bedankt" (thanks), "whatsappt" (whatsapped).
  [/(?<![\p{L}'’-])(?:dank (?:je|u)(?: wel)?|dankjewel|bedankt)(?![\p{L}'’-])/giu, 'thanks'],
  [word('whatsappt', 'giu'), 'whatsapped'],
  [word('gonnae'), 'going to'],
  // "bumped intae Siobhan", "nae openings the noo", "a lassie fae Boots": into, no, now, a woman.
  [word('intae', 'gu'), 'into'],
  [word('nae', 'gu'), 'no'],
  // Geordie and Yorkshire: "nee roles at the min", "nee bother" (no; not "née Smith", a maiden
  // name), "two references ower" (over), "went thro me cv", "talked bout", "nowt since" (nothing),
  // "summat" (something), "owt" (anything).
  [/(?<![\p{L}\d'’/-])nee (?=\p{Ll})/gu, 'no '],
  [word('ower', 'gu'), 'over'],
  [word('thro', 'gu'), 'through'],
  [
    /(?<![\p{L}\d'’/-]|\ba )bout(?= (?:the|a|an|my|me|his|her|their|it|that|this|what|how|when|roles?|jobs?|work|\p{Ll}+ing)\b)/gu,
    'about',
  ],
  [word('nowt', 'gu'), 'nothing'],
  [word('summat', 'gu'), 'something'],
  [word('owt', 'gu'), 'anything'],
  // "aye emily at ons sent us…": yes, opening the note, no part of the name after it ("Aye" in
  // capitals may be a Burmese given name).
  [/^aye[,!.]?\s+(?=\p{Ll})/u, ''],
  [word('the noo', 'gu'), 'now'],
  [word('lassie|lass', 'gu'), 'woman'],
  [word('wannae'), 'want to'],
  [word('cannae'), "can't"],
  [word('didnae'), "didn't"],
  [word('dinnae'), "don't"],
  [word('wasnae'), "wasn't"],
  [word('isnae'), "isn't"],
  [word('wouldnae'), "wouldn't"],
  [word('couldnae'), "couldn't"],
  [word('maw'), 'mum'],
  // Yorkshire: "on t' 16th", "wi' Dean", "ey up," opening a note; Hull's "yisterday", "sat'dy",
  // "last neet" (last night).
  [word('yisterday|yisterda|yistaday', 'gu'), 'yesterday'],
  [word("sat['’]?dy|satdy|sat['’]day", 'giu'), 'saturday'],
  // Suffolk: "Toosday", "rung" (rang: "Dev rung me"), "a mardle" (a chat), "hev" (have).
  [word('toosday', 'giu'), 'tuesday'],
  [/(?<!\b(?:be|been|being) )\brung\b(?! (?:of|on|in the ladder)\b)/giu, 'rang'],
  [word('mardle', 'giu'), 'chat'],
  [word('hev', 'giu'), 'have'],
  [word('neet', 'gu'), 'night'],
  // "on t' 16th", and Lancashire's "t'new year", "on t'12th", "emailed wei t'payroll data model".
  [/(?<![\p{L}\d'’/-])t['’] ?(?=\p{L}|\d)/gu, 'the '],
  // Lancashire: "mithered sam again re the referral" (pestered: chased), "a week last friday"
  // (the friday before last).
  [word('mithered', 'gu'), 'chased'],
  // "closes while the 18th": until, as Yorkshire and Lancashire say it.
  [/\b(closes|closing|due|deadline(?: is)?|open) while (?=the |t['’] ?|\d)/giu, '$1 by '],
  // "took Ana Lopez for lunch", "tek Kate an Yusuf fuh drinks": had lunch or drinks with them.
  [
    /\b(?:took|tek) ((?:\p{L}[\p{L}'’-]*)(?: \p{L}[\p{L}'’-]*){0,4}?) (?:out )?(?:for|fuh) (?:a )?(drinks?|lunch|coffee|dinner|breakfast|pint|brew)\b/giu,
    'had $2 with $1',
  ],
  // "over a brew marcus bell asked…": a brew with him.
  [/^over (?:a |an )?(brew|cuppa|coffee|pint|drink|lunch|dinner),? (?=\p{L})/iu, '$1 with '],
  [
    /\ba week last (monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/giu,
    'the $1 before last',
  ],
  [/(?<![\p{L}\d'’/-])wi['’] (?=\p{L})/gu, 'with '],
  [/^(?:ey|ay|eh) up(?: me duck| mi duck| duck| me ducks)?[,!.]*\s+/iu, ''],
  // "Paul Beighton from NG Bailey on the phone this morning": a call with them.
  [
    /^(?=\p{Lu}[\p{L}'’-]+ \p{Lu}[\p{L}'’-]+(?:, [^,]{1,40},| (?:from|at) [^,;]{1,40}?)? on (?:the|t['’]) phone\b)/u,
    'call with ',
  ],
  // English after Portuguese: "charged Sam about the referral" (chased), "I remembered Mark
  // about" (reminded), "sent me a zap" (a WhatsApp), "marked a coffee" (arranged), "indicated me
  // for a role" (referred), "gave a like in", "commented in the post of".
  [/\bcharged (?=(?:\p{Lu}|him\b|her\b|them\b)[^,;.]{0,40}?\babout\b)/gu, 'chased '],
  [/\bremembered (?=\p{Lu}[^,;.]{0,40}?\babout\b)/gu, 'reminded '],
  [/(?<![\p{L}\d'’/-])(?:zap|zapzap)(?![\p{L}\d'’/-])/gu, 'whatsapp'],
  [
    /\bmarked (a|an) (?=(?:quick )?(?:coffee|call|meeting|chat|lunch|zoom|video call)\b)/gu,
    'arranged $1 ',
  ],
  [/\bindicated (me|us) (?:for|to)\b/gu, 'referred $1 for'],
  [/\bgave (?:a )?like (?:in|on) (?:the post of )?/gu, 'liked a post by '],
  [/\b(commented|replied)(?: [\p{L}!]+)? (?:in|on) (?:the )?post of\b/gu, '$1 on a post by'],
  // English after Egyptian Arabic: "Eng. Thomas from arup", "coffee with eng. ahmed fawzy" (the
  // engineer's title, no part of the name), "she said me its filled" (told me), "sent my cv bcz
  // he asked" (because), "3al fekra" (by the way, in Arabic written with digits).
  [
    /(?<![\p{L}\d'’/-])(?:[Ee]ng\.\s?|Eng\s)(?=(\p{L}[\p{L}'’-]*))/gu,
    (whole: string, next: string) => (/^\p{Lu}/u.test(next) || isKnownGivenName(next) ? '' : whole),
  ],
  [/\b(he|she|they|who) said me\b/giu, '$1 told me'],
  [word('bcz|bcoz|becoz|bcos|bcuz', 'giu'), 'because'],
  [/(?<![\p{L}\d'’/-])3al fekra\b[,.]?\s*/giu, ''],
  // "called back sarah whitfield", "rang back Dev": returned a call to someone named.
  [
    /\b(called|rang|phoned) back (?=(\p{L}[\p{L}'’-]*))/giu,
    (whole: string, verb: string, next: string) =>
      /^\p{Lu}/u.test(next) || isKnownGivenName(next) ? `${verb} ` : whole,
  ],
  // "new contact, paul robson": the way a line already says someone is new ("new contact:").
  [/^new (contact|connection), (?=\p{L})/iu, 'new $1: '],
  // "met new guy tom hargreaves": someone new, named; "new guy" is no part of the name.
  [
    /(?<=^|(?:\b(?:met|with|w|and|to)|&) )(?:a |the )?new (?:guy|girl|lad|lass|person|bloke|woman|man)[,:]? (?=(\p{L}[\p{L}'’-]*))/giu,
    (whole: string, next: string) => (/^\p{Lu}/u.test(next) || isKnownGivenName(next) ? '' : whole),
  ],
  // "new loon at the aberdeen tech meetup, jamie robertson fae craneware": someone new met at an
  // event, named after it (a Doric "loon" or "quine" is a lad or a woman, read further down).
  [
    /^(?:met )?(?:a |the )?new (?:guy|girl|lad|lass|loon|quine|person|bloke|woman|man|contact|connection) (at (?:the |a )?[^,;]{2,50}?(?:meetup|meet-up|event|fair|conference|talk|mixer|drinks|breakfast|networking|night)), (?=(\p{L}[\p{L}'’-]*) \p{L})/iu,
    (whole: string, where: string, next: string) =>
      /^\p{Lu}/u.test(next) || isKnownGivenName(next) ? `${where}, met ` : whole,
  ],
  // "I made a call with him" (Arabic "amiltu"), "saw again Gareth": had a call, saw him; "I made
  // a call to Kate" (Maltese English) rang her.
  [/\bmade (?:a |an )?(?:phone )?call to\b/gu, 'called'],
  [/\bmade (a|an) (call|video call|zoom|meeting)\b/gu, 'had $1 $2'],
  [/\bsaw again (?=\p{Lu})/gu, 'saw '],
  // "intro'd by marcus bell to a founder friend": he introduced the user.
  [
    /^(?:got )?(?:intro['’]?d|introduced) by ([\p{L}'’-]+(?: [\p{L}'’-]+)?) to\b/iu,
    '$1 introduced me to',
  ],
  // "thx note tae Joanne", "baith at the mixer", "telt me aboot", "ma tutor", "daein UX": lower
  // case only, so "Tae" the given name stays a name.
  [word('tae', 'gu'), 'to'],
  [word('baith', 'gu'), 'both'],
  [word('aboot', 'gu'), 'about'],
  [word('telt', 'gu'), 'told'],
  [word('daein', 'gu'), 'doing'],
  // Glaswegian: "the test plan she asked fur", "lookin fur testers" (for), "still waitin" closing
  // a note of getting in touch (a chase), "big Dev" (a friend's nickname before a first name Kith
  // knows; "big data" stays).
  [
    /(?<=\b(?:asked|ask|askin|asking|lookin|looking|waitin|waiting|thanks|cheers|thanked|up|out|in) )fur\b/gu,
    'for',
  ],
  [/(?<=\p{L}),? still waitin(?:g|')?[.!]*$/u, ', still nothing'],
  [
    /(?<![\p{L}'’-])[Bb]ig (?=(\p{L}+))/gu,
    (whole: string, next: string) => (isKnownGivenName(next) ? '' : whole),
  ],
  // Doric, the Scots of the North-East: "fit like," opening a note (how are you), "speirin"
  // (asking) and "speirin fit" (asking what), "pit me in touch" (put), "gied me a phone" (gave),
  // "hae a look" (have), "twa references aff me" (two, off), "thon article" (that), "a quine he
  // kens" (a woman he knows), "a loon called Conor" (a lad), "networkin nicht" (night), "jist a
  // chat", "a copy o the plan" (of). Lower case only, so no name is changed.
  [/^fit like[,!.]*\s+/u, ''],
  [word('speirin|speiring', 'gu'), 'asking'],
  [word('speired|speirt', 'gu'), 'asked'],
  [word('speir', 'gu'), 'ask'],
  [/(?<=\b(?:asking|askin|ask|asked|wondering|know|tell me|told me) )fit\b/gu, 'what'],
  [/\bpit (?=(?:me|us|him|her|them)\b)/gu, 'put '],
  [word('gied', 'gu'), 'gave'],
  [word('hae', 'gu'), 'have'],
  [word('twa', 'gu'), 'two'],
  [/(?<![\p{L}\d'’/-])aff (?=(?:me|us|him|her|them)\b)/gu, 'off '],
  [word('thon', 'gu'), 'that'],
  [word('kens', 'gu'), 'knows'],
  [word('loon|loonie', 'gu'), 'lad'],
  [word('quine|quinie', 'gu'), 'woman'],
  [word('nicht', 'gu'), 'night'],
  [word('jist', 'gu'), 'just'],
  [/(?<=\p{L} )o (?=(?:the|a|an|my|ma|his|her|their|that|this)\b)/gu, 'of '],
  // "emily clarke an fatima", "margaret okafor an alexandra reid", "yusuf an his pal": "and",
  // where no article can stand: before a given name after a name, before a full name after a
  // word in small letters (not German "Nachricht an Alexandra Reid"), or before someone's kin or
  // friend.
  [
    /(?<=(\p{L}[\p{L}'’-]*)) an (?=(\p{L}[\p{L}'’-]*)(?: (\p{L}[\p{L}'’-]*))?)/gu,
    (whole: string, before: string, after: string, next?: string) =>
      /^(?:a|his|her|their|my|ma)$/.test(after) ||
      (isKnownGivenName(after) &&
        (isKnownGivenName(before) ||
          isKnownSurname(before) ||
          (/^\p{Ll}/u.test(before) && isKnownSurname(next ?? ''))))
        ? ' and '
        : whole,
  ],
  // Not before what someone did: "Olivia ma rang me" is Nigerian English's courtesy (see
  // `courtesyAfterName` in log-line-asides.ts).
  [
    new RegExp(String.raw`(?<![\p{L}\d'’/-])ma (?=\p{L}{2,})(?!am\b|${courtesyVerbs}\b)`, 'gu'),
    'my ',
  ],
  // "ken him fae BP days": knew him, in Scots; "Ken" in capitals is a name.
  [/(?<![\p{L}\d'’/-])ken (?=(?:him|her|them)\b)/gu, 'know '],
  // "Kate Morrison n Katie Morris", "coffee w kate n dev": "and", typed short, between two words.
  [/(?<=\p{L}) n (?=\p{L})/gu, ' and '],
  [word('weans'), 'kids'],
  [word('blether'), 'chat'],
  [word('blethered'), 'chatted'],
  // "a wee chat wi", "wee phone call": how long or how small, nothing of who or how.
  [/\b(?:a )?wee (?=(?:chat|catch[ -]?up|phone call|call|coffee|drink|blether|natter)\b)/giu, ''],
  // "yer man jose": pointing at someone named, in lower case; the pointer is no part of the name.
  [
    /\b[Yy](?:er|our) (?:man|woman|wan|one) (?=(?!(?:from|in|at|of|on|with|who|that|there|here|over|down|up|is|was|said|says|rang|called|emailed|texted|messaged|and)\b)\p{Ll}{2,}(?:\s+\p{Ll}{2,})? (?:thanked|rang|called|emailed|texted|messaged|said|says|sent|asked|offered|replied|wants|dropped|gave|told|liked|is|was)\b)/gu,
    '',
  ],
  // "yer man from the college, Stuart Reilly,": someone described, then named.
  [word('yer (?:man|woman|wan)'), 'a contact'],
  // "met your one Sinead Walsh", "your man Ciarán from Hays": Dublin's pointer before a name;
  // "your man from Admiral", with no name, is a contact.
  [/\b[Yy]our (?:man|one|wan) (?=\p{Lu}\p{Ll})/gu, ''],
  [/\b[Yy]our (?:man|one|wan)(?= (?:from|at|in|with)\b)/gu, 'a contact'],
  // "was on to kate by email about the job" (Irish English): got in touch with her.
  [/\b(?:I was|was|I've been|I['’]m after being|got) on to (?=\p{L})/giu, 'contacted '],
  // "the now", "the day", "the night": now, today and tonight.
  [word('the now'), 'now'],
  [
    /\b(?<!(?:all|for|of|on|in|at|by|during) )the day\b(?! (?:before|after|of|that|when|job|rate|\d))/giu,
    'today',
  ],
  [
    /\b(?<!(?:all|for|of|on|in|at|by|during|spent) )the night\b(?! (?:before|of|out|shift))/giu,
    'tonight',
  ],
  // Thanks in another language. Before what it is for, or after "said" or "wrote", it is thanks
  // ("asante for the tips", "said shukran to Chidi", "wrote "dyakuyu" to Chidi"); closing a note
  // ("…, thank you ji", "…, asante Sam", "…, nandri!"), it is said to the note's reader, not thanks
  // sent. "Asante" only so: it is a Ghanaian surname too.
  [
    /[,.!]\s*(?:(?:[Tt]hank you|[Tt]hanks|[Ss]hukriya|[Dd]hanyavaad) ji|(?:asante(?: sana)?|shukriya) \p{Lu}\p{Ll}+|[Nn]andri|[Ss]hukran)\b[!.]*\s*$/u,
    '',
  ],
  [
    /\b(?:wrote|said|sent) (?:["“'‘](?:thanks|thank you|cheers)!*["”'’]|["“'‘]?(?:dyakuyu|diakuiu|dyakuiu|spasibo|spasybi)!*["”'’]?) to (?=\p{Lu}|him\b|her\b|them\b)/giu,
    'thanked ',
  ],
  [word('dyakuyu|diakuiu|dyakuiu|spasibo|spasybi', 'giu'), 'thanks'],
  [/\b[Aa]sante sana\b|(?<![\p{L}'’-])(?:asante|nandri|shukran)(?= for\b)/gu, 'thanks'],
  [/(?<=\b(?:say|said|says|saying|wrote|sent) )shukran\b/giu, 'thanks'],
  // English learned after Ukrainian or Russian, which have no articles: "sent me dataset", "a week
  // ago" said "week ago", "sent me by email the results", "the CV he asked", "wrote me on email".
  [
    /(?<!\b(?:a|one|\d+|two|three|four|few|couple of|several) )\b(week|month|fortnight) ago\b/giu,
    'a $1 ago',
  ],
  [
    /\bsent (me|\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?) by (e-?mail|whatsapp|text) (?=(?:the|a|an|my|his|her|their)\b)/gu,
    (_m: string, who: string, how: string) =>
      `${how === 'text' ? 'texted' : how === 'whatsapp' ? 'whatsapped' : 'emailed'} ${who} `,
  ],
  [
    /\bsent me (?!(?:a|an|the|some|my|his|her|their|this|that|back|over|on|by|to|it|them|him|her|me)\b)(?=(?:[\p{L}.&'’-]+ ){0,3}?(?:dataset|datasets|vacancy|vacancies|specs?|doc|document|link|template|guide|list|article|report|file|files|checklist|slides|deck|notes)\b)/gu,
    'sent me the ',
  ],
  [
    /(?<!\b(?:without|before|until|unless|if|whether|not that) )\b(he|she|they) asked(?=\s*(?:[,.;]|$))/giu,
    '$1 asked for',
  ],
  [/\b(wrote|wrote to|messaged) (me|\p{Lu}[\p{L}'’-]+) on e-?mail\b/gu, '$1 $2 by email'],
  // A short weekday where a note puts it: opening the note before what was done or who ("fri went
  // to the jobs fair", "mon wei asked…", not "fri before last"), after who was contacted or how
  // ("dm'd siobhan sat askin…", "whatsapp'd sun just seeing…"), or between a meeting and who
  // ("video call fri w Kate").
  [
    /^(mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)\s+(?=(?:went|had|met|called|rang|phoned|emailed|texted|text|messaged|whatsapp['’]?d|whatsapped|dm['’]?d|asked|saw|caught|bumped|did|sent|got|spoke|chatted|popped|dropped|grabbed)\b)/iu,
    '$1: ',
  ],
  [
    /^(mon|tue|tues|thu|thur|thurs|fri)\s+(?!(?:before|gone|past|just|last|week|wk|morning|afternoon|evening|night|am|pm)\b)(?=\p{L})/iu,
    '$1: ',
  ],
  [
    /(?<=\b(?:dm['’]?d|texted|text|emailed|messaged|msgd|rang|called|phoned|whatsapp['’]?d|whatsapped|pinged|asked)(?: \p{L}[\p{L}'’-]*){0,5}) (mon|tues|wed|weds|thurs|fri|sat|sun) (?=(?:just|askin|asking|about|re|saying|sayin|to ask|to say|thankin|thanking|to thank|for the|for a|for my)\b|,)/gu,
    ' on $1 ',
  ],
  [
    /\b(call|coffee|lunch|drinks|zoom|teams|chat|meeting|catch-up|catchup|breakfast|panel|interview) (mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun) (?=w\/|w\b|with\b)/giu,
    '$1 on $2 ',
  ],
  // "sam text askin for my day rate", "aisha text to say ta": a given name opening the note, then
  // "text", is a text from them.
  [
    /^(\p{L}[\p{L}'’-]*)((?: \p{L}[\p{L}'’-]*)?) text (?=(?:askin|asking|to say|to ask|sayin|saying|mon|tue|tues|wed|thu|thurs|fri|sat|sun|yesterday|last|this)\b)/u,
    (whole: string, given: string, rest: string) =>
      isKnownGivenName(given) ? `${given}${rest} texted me ` : whole,
  ],
  // Bristolian: "alright my lover," and "ark at 'ee," opening a note, "gert" (very), "cheers
  // drive" (thanks, mate), "only went and asked me" (asked me), "I seen him" (saw), "ad a natter"
  // (had), "coffee w kate to sky" (at Sky, where she works), "said ta-ra" (goodbye, no thanks).
  [/^(?:alright|awright|orright)(?: my (?:lover|luvver|love|babber))?[,!.]+\s*/iu, ''],
  [/^ark at ['’]?ee[,!.]*\s*/iu, ''],
  [word('gert', 'gu'), 'very'],
  // "coffee wiv marcus" (with), "askin ow the job huntin's goin" (how), "wants me cv", "needs me
  // VAT number", "saw me stuff" (my, in any case, before what is the user's), "rang kate morrison
  // then emma clark" (and, between two names).
  [word('wiv|wivout', 'gu'), (m: string) => (m === 'wiv' ? 'with' : 'without')],
  // Cumbrian: "olivia fra hays" (from), "yon article" (that), "a laal bit" (little), "sumone"
  // (someone), "not me cup o tea" (not for me: no tea was had).
  [word('fra', 'gu'), 'from'],
  [word('yon', 'gu'), 'that'],
  [word('laal|lal', 'gu'), 'little'],
  [word('sumone|sum1', 'gu'), 'someone'],
  [/\bnot (?:me|my) cup o[f']? tea\b/giu, 'not for me'],
  // Essex and London: "hes puttin me forward", "shes gonna" (the apostrophe left out), "nuffin
  // doin" (nothing), "aint hirin" (aren't hiring).
  [
    /\b(he|she)s (?=(?:gonna|going|goin|putting|puttin|sending|sendin|referring|introducing|been|got|about|happy|keen|leaving|moving|starting|looking|hiring|hirin|off|on|at|away|up for)\b)/giu,
    "$1's ",
  ],
  [word('nuffin|nuffink|nuthin', 'gu'), 'nothing'],
  // Rhyming slang and East London: "on the dog wiv tommy" (the dog and bone, the phone), "had a
  // butcher's at me cv" (a butcher's hook, a look: read it over).
  [/\bon the dog(?: (?:and|n|an['’]?) bone)?(?![\p{L}'’-])/giu, 'on the phone'],
  [/\b(?:had|'ad|took) a butcher['’]?s (?:at|over)(?![\p{L}'’-])/giu, 'reviewed'],
  [/\b(?:ain['’]?t|aint) (?=hirin|hiring|recruitin|recruiting)/gu, 'not '],
  // Texting shortcuts: "2 ask", "wants me 2 fill in", "emailed her 2 ask" (to), "4 puttin me fwd",
  // "free 4 a call" (for), "hav" (have), "ova" (over), "shud" (should), "bk" (back), "fwd"
  // after put (forward), "sum" before what was sent (some).
  [
    /(?<=\p{L} )2 (?=(?:ask|thank|fill|say|see|chat|talk|meet|lunch|coffee|that|the|a|an|her|him|them|me|my|our|his|their|check|send|help|get|go|do|be|apply|discuss|catch|book|arrange|find|let|share|look)\b)/gu,
    'to ',
  ],
  [
    /(?<=\p{L} )4 (?=(?:puttin|putting|the|a|an|my|her|his|their|me|lunch|coffee|all|helping|sending|passing)\b)/gu,
    'for ',
  ],
  [word('hav', 'gu'), 'have'],
  [word('ova', 'gu'), 'over'],
  [word('shud', 'gu'), 'should'],
  [
    /(?<=\b(?:me|him|her|them|us|rang|called|emailed|msg'd|messaged|texted|wrote|got|came|get|heard|replied|back) )bk\b/gu,
    'back',
  ],
  [/(?<=\bput (?:me|him|her|them|us) )fwd\b/gu, 'forward'],
  [
    /(?<=\b(?:sent|send|sending|shared|forwarded|gave) (?:me|him|her|them|us) )sum (?=\p{Ll})/gu,
    'some ',
  ],
  // Norfolk: "a mardle" (a chat), "she hent decided" (hasn't), "rung me" (rang), "bor" (mate)
  // closing a clause, "an all" (as well).
  [word('mardle', 'gu'), 'chat'],
  [word('mardled', 'gu'), 'chatted'],
  [word('hent', 'gu'), "hasn't"],
  [/(?<=\p{L} )(?<!\b(?:has|have|had|['’]s|['’]ve) )rung (?=(?:me|us)\b)/gu, 'rang '],
  [/,?\s*\bbor\b(?=\s*(?:[,.;!]|$))/gu, ''],
  [/\ban all\b(?=\s*(?:[,.;!]|$))/gu, 'as well'],
  [/(?<=\b(?:askin|asking|asked|ask|know|wondering|see) )['’]?ow(?= )/gu, 'how'],
  [
    /(?<=\b(?:see|want|wants|wanted|need|needs|needed|have|has|had|send|sent|at|on|over|for|through|thro|thru|putting|puttin|put|saw|(?:sent|emailed|showed|forwarded) \p{Ll}+(?: \p{Ll}+)?) )me (?=(?:cv|c\.v\.|resume|portfolio|stuff|spreadsheets?|notes|vat|utr|details|number|national insurance|ni number|interview answers|answers|bank details|passport|references?|refs|figures|data|slides|deck|work|views?|thoughts|input|feedback|comments?|availability|rates?|day rate|invoice|linkedin|profile|website|cover letter|fleet data|dashboards?|report|plan|drawings|designs|photos|cert|certs|certificates?|licence|license|dashboard portfolio|break|lunch break|opinion|opinions|advice|help|name|timesheet|invoice details|covering letter)\b)/giu,
    'my ',
  ],
  [
    /(?<=(\p{L}[\p{L}'’-]*)) then (?=(\p{L}[\p{L}'’-]*)(?: (\p{L}[\p{L}'’-]*))?)/gu,
    (whole: string, before: string, after: string, next?: string) =>
      isKnownGivenName(after) &&
      (isKnownSurname(before) || isKnownGivenName(before)) &&
      (next === undefined ||
        isKnownSurname(next) ||
        /^(?:re|about|abt|for|on|at|yesterday|today)$/i.test(next))
        ? ' and '
        : whole,
  ],
  [/\bcheers drive\b/giu, 'thanks'],
  [/\bonly went and (?=\p{Ll}+ed\b|asked|told|sent|got|gave|rang)/gu, ''],
  [
    /(?<=^|\bi |\bI |\band |\bthen |, )seen (?=(?:\p{Lu}|\p{Ll}+ \p{Ll}+\b|him\b|her\b|them\b))/gu,
    'saw ',
  ],
  [/(?<=^|\bi |\bI |\bwe )ad (?=(?:a|an|the|some|lunch|coffee|drinks|words?)\b)/gu, 'had '],
  [
    /(?<=\b(?:w|with|met|saw|seen|into) \p{L}[\p{L}'’-]*(?: \p{L}[\p{L}'’-]*)?) to (?=the [\p{L}&.'’-]+(?: [\p{L}&.'’-]+)?(?:[,;]|$| (?:this|yesterday|today|on|last|mon|tue|tues|wed|thu|thurs|fri|sat|sun)\b)|[\p{L}&.'’-]+(?:['’]s)?(?: office| hq| studio| offices)? (?:this|yesterday|today|on|last|mon|tue|tues|wed|thu|thurs|fri|sat|sun)\b)/gu,
    ' at ',
  ],
  [/\b(works?|working) to (?=(?:the )?\p{L})/gu, '$1 at '],
  // Punjabi courtesies after a name ("Margaret ji", "Kiran didi", "Bal veerji", "Margaret aunty"),
  // never after a possessive ("Kate's uncle"); "achha" is ok.
  [
    /(?<=\p{Lu}[\p{L}'’-]*)(?<!['’]s) (?:ji|didi|dai|bahini|veerji|veer ji|paaji|bhaji|bhaiya|bhai|baji|aunty|auntie|uncle)\b(?![\p{L}'’-])/gu,
    '',
  ],
  // Gujarati "ben" (sister) and "bhai" (brother) after a given name in small letters ("priya ben",
  // "dev bhai"), and the Punjabi courtesies so written; not "priya, ben and sam", nor "ben ng".
  [
    /(?<=(?:^|[^\p{L}'’-])(\p{Ll}[\p{L}'’-]*)) (ben|bhen|behen|bhai|bhaiya|ji|didi|dai|kaka|masi|bhabhi)(?= (\p{L}[\p{L}'’-]*)|[,.;!]|$)(?![\p{L}'’-])/gu,
    (whole: string, name: string, _courtesy: string, next?: string) =>
      isKnownGivenName(name) && !isKnownSurname(next ?? '') ? '' : whole,
  ],
  [word('achha|acha|theek hai|thik hai', 'giu'), 'ok'],
  // Words said to the note, no part of what happened: Kenyan "manze" and "sawa", Tamil "machan"
  // (mate) and "seri" (ok), Welsh "ych a fi" (yuck), a letter's "Dear" before a name opening it.
  [/(?:^|(?<=[,.;!] ))(?:manze|sawa|poa)[,!.]*\s+/giu, ''],
  [/(?<![\p{L}'’-])(?:manze|sawa|machan|seri)\b[,!.]*\s*/gu, ''],
  [/\bych a fi\b[!.]*\s*/giu, ''],
  [/^Dear (?=\p{Lu}\p{Ll})/u, ''],
  // Kenyan "I have been told by Aisha" (Aisha told me), the valleys' "she've got" (she's got).
  [
    /\b(?:[Ii] )?(?:have been|had been|was|got) told by (\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?(?: (?:from|at) \p{Lu}[\p{L}&.'’-]*)?)/gu,
    '$1 told me',
  ],
  [/\b(she|he)['’]ve got\b/giu, "$1's got"],
  // "intro me to Barclays' facilities lead": a plural's possessive written as "'s" is, so the
  // firm stays a firm and no one is called "Barclays'".
  [/(\p{Lu}[\p{L}&.-]*s)['’] (?=\p{Ll})/gu, "$1's "],
  // "Siobhan from Stripe... sent her a card": a name, then what the user did about them.
  [
    /^(\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?(?: (?:from|at) \p{Lu}[\p{L}&.'’-]*)?)(?:\.{3}|…)\s*(?=\p{Ll})/u,
    '$1 - ',
  ],
  // "put me in touch by email with Nadia", "has intro me by email to Tom", "connect me by email
  // with Jack": the way it was done, set before whom.
  [
    /\bconnect(?:ed)? me (?=(?:(?:by|via|over) (?:e-?mail|linkedin|whatsapp|text) )?with\b)/giu,
    'put me in touch ',
  ],
  [
    /\bput me in touch (?:by|via|over) (e-?mail|linkedin|whatsapp|text) with\b/giu,
    (_m: string, how: string) =>
      `${/mail/i.test(how) ? 'emailed' : 'messaged'} to put me in touch with`,
  ],
  [
    /\b(?:(?:has|have) )?(?:introduced|intro(?:['’]?d)?) me (?:by|via|over) (e-?mail|linkedin|whatsapp|text) to\b/giu,
    (_m: string, how: string) => `${/mail/i.test(how) ? 'emailed' : 'messaged'}, introduced me to`,
  ],
  // "siobhan murphy an neeve kelly": "an" between two people's names (after a known first name
  // or surname, before a capitalised word, a known first name or a word before a known surname)
  // is "and", as the north says it; German "Nachricht an Alexandra" is a message to her.
  [
    /(?<=(?:^|[\s(])([\p{L}'’-]+)) an (?=([\p{L}'’-]+)(?: ([\p{L}'’-]+))?)/gu,
    (whole: string, before: string, after: string, then = '') =>
      (isKnownGivenName(before) || isKnownSurname(before)) &&
      (/^\p{Lu}\p{Ll}/u.test(after) || isKnownGivenName(after) || isKnownSurname(then))
        ? ' and '
        : whole,
  ],
  // "gizza shout if owt comes up", "gizza ring": give me a.
  [word('gizza', 'giu'), 'give me a'],
  // Geordie: "howay man," opening a note, "gannin" (going), "the morra", "yesterda", "ower",
  // "divvent", "nowt" and "owt", "a natter" (a chat), "chatted bout", "ta'd" (thanked), "a ta
  // message" (a thank-you), "aboot", and "Tony Reed off the old shop floor" (from). Lower case
  // only, so no name is changed.
  [/^(?:[Hh]oway|[Hh]away|[Ww]hy aye)(?: man| pet| lass| hinny)?(?:[,!.]+\s*|\s+(?=\p{Ll}))/u, ''],
  [/(?<=[,;.!] )(?:howay|haway)(?: man| pet)?[,!.]*\s+/gu, ''],
  [word('gannin', 'gu'), 'going'],
  [word('the morra', 'gu'), 'tomorrow'],
  [word('yesterda', 'gu'), 'yesterday'],
  [word('ower', 'gu'), 'over'],
  [word('divvent', 'gu'), "don't"],
  [word('nowt', 'gu'), 'nothing'],
  [word('owt', 'gu'), 'anything'],
  [word('natter', 'gu'), 'chat'],
  [word('aboot', 'gu'), 'about'],
  // North of England and Scouse: "DM off Nadia", "a text off Priya", "connection request off a
  // Priyanka Rao": a message off someone came from them.
  [
    /(?<=\b(?:[Dd][Mm]|[Mm]essage|[Mm]sg|[Tt]ext|[Tt]xt|[Ee]-?mail|[Cc]all|[Vv]oicemail|[Ww]hats[Aa]pp|[Vv]oice ?note|[Rr]equest|[Ii]nvite|[Ii]n[Mm]ail|[Rr]eply) )off (?=(?:an? )?\p{Lu}\p{Ll})/gu,
    'from ',
  ],
  [
    /(?<=\p{Lu}\p{Ll}+ \p{Lu}[\p{L}'’-]+) off (?=the (?!(?:record|phone|list|hook|radar|books|top|back|mark|table|grid|boil|cuff|rails|shelf|shortlist)\b)(?:old |same )?\p{Ll})/gu,
    ' from ',
  ],
  [word('nattered', 'gu'), 'chatted'],
  [
    /(?<=\b(?:chat|chats|chatted|chattin|chatting|talk|talked|talkin|natter|nattered|asked|askin|rang|called|emailed|texted|messaged) )bout\b/gu,
    'about',
  ],
  [/(?<![\p{L}\d'’/-])ta['’]?d(?![\p{L}\d'’-])/gu, 'thanked'],
  // Teesside: "wantin to know" (asking), "wants to know me availabilty" (my), "AZ are after
  // control room operators" (hiring).
  [/(?<!\b(?:i|was|were|am|we) )\bwant(?:in['’]?|ing) to know\b/giu, 'asking'],
  [/\b(wants?|wanted) to know me (?=\p{Ll})/gu, '$1 to know my '],
  [
    /\b(are|is|were|was)(?: now| still)? after (?=(?:(?:a|an|some|more|new) )?(?:[\p{L}-]+ ){0,3}(?:operators?|leads?|managers?|engineers?|drivers?|planners?|analysts?|technicians?|supervisors?|coordinators?|officers?|assistants?|operatives?|staff)\b)/giu,
    '$1 hiring ',
  ],
  [/(?<![\p{L}\d'’/-])ta (message|msg|text|note|email|card|dm)\b/gu, 'thank-you $1'],
  // Brummie: "tararabit" (goodbye) opening a note is said to its reader, "bostin" is great,
  // "e-mailed over some templates" sent them, "got me email" is the user's ("sez ta", "me CV", "he
  // asked after" and "Friday last" are read with the Scouse, the learners' and the dates' rules).
  [/^(?:tara-?a-?bit|tararabit|ta-ra-a-bit|tara|ta-ra)[,!.]*\s+/iu, ''],
  [word('bostin', 'gu'), 'great'],
  // Black Country: "ow bist" (how are you) opening a note, "yisterdee", "last wick", "they'm" (they
  // are), "monzo am tekkin on" (are taking on), "he gid me" (gave; "gid crack" is Scots' good),
  // "bin filled" (been), "thank yow".
  [/^(?:ow bist|ow am ya|ow am yer)[,!.?]*\s+/iu, ''],
  [word('yisterdee|yisterdy', 'gu'), 'yesterday'],
  // The Potteries: "mundee" to "sundee" (the days), "a wik gone", "three days gone" (ago), "kpmg
  // wunna be hirin" (won't), "ta-in me" (thanking).
  [word('wunna', 'gu'), "won't"],
  // "wants to see me production schedules": mine, before what they would look at.
  [
    /(?<=\b(?:see|look at|look over|check|read|review) )me (?!(?:next|tomorrow|this|on|at|in|for|about|again|soon|today|before|after|when|if|and|or|but|to|by)\b)(?=\p{Ll})/gu,
    'my ',
  ],
  [/\bta-?in['’]? (?=me\b)/gu, 'thanking '],
  // "went through me CV", "liked me post", "pass me name on", "saw me work coach": mine, as
  // Lancashire and the Potteries say it, after a verb of what was done with it.
  [
    /(?<=\b(?:through|thru|over|liked|pass|passed|passing|need|needs|needed|saw|see|from|at|on|to|pick|reviewed) )me (?=(?:linkedin|cv|name|post|profile|portfolio|dbs|certificate|work coach|old|first|comment|brains)\b)/giu,
    'my ',
  ],
  // Wigan's "Mondee", "Wednesdee", "Satdee" too, capitalised as a day is, Derby's "Toosdee" and
  // Birmingham's "wensdee".
  [
    /(?<![\p{L}\d'’/-])(mun|mon|tues|toos|wenz|wens|wednes|thurs|fri|sat['’]?|sun)dee(?![\p{L}\d'’-])/giu,
    (_m: string, day: string) =>
      `${({ mun: 'mon', toos: 'tues', wenz: 'wednes', wens: 'wednes', 'sat’': 'satur', "sat'": 'satur', sat: 'satur' } as Record<string, string>)[day.toLowerCase()] ?? day}day`,
  ],
  [
    /\b(a|one|two|three|four|five|six|\d+) (wik|wick|week|weeks|days?|fortnight) gone\b/gu,
    (_m: string, n: string, unit: string) => `${n} ${/^wi/u.test(unit) ? 'week' : unit} ago`,
  ],
  [word('last wick', 'gu'), 'last week'],
  [/\bthey['’]m\b/gu, "they're"],
  [
    /\b(?![Ii]\b)(\p{L}+) am (?=(?:tekkin|takin|taking|hirin|hiring|lookin|looking|after|recruitin|recruiting)\b)/gu,
    '$1 are ',
  ],
  [word('tekkin', 'gu'), 'taking'],
  [/\bgid (?=(?:me|us|him|her|them)\b)/gu, 'gave '],
  [
    /\bbin (?=(?:filled|gone|pulled|closed|cancelled|canceled|frozen|withdrawn|shelved|scrapped)\b)/gu,
    'been ',
  ],
  [/\bthank yow\b/gu, 'thank you'],
  [/\be-mailed over\b/giu, 'emailed over'],
  [/(?<=\b(?:got|get|gets|read|seen|saw|see|opened|answered) )me (?=emails?\b)/gu, 'my '],
  // Brazilian Portuguese words in an English note: the days ("terça" Tuesday, "sexta" Friday,
  // "sexta passada" last Friday; "Domingo" and "Quinta" may be someone or somewhere, so in small
  // letters only), "semana passada" (last week), "hoje cedo", "hoje de manhã" (this morning);
  // "me ligou" (rang me), "me mandou um email" (emailed me), "me mandou msg" (messaged me),
  // "mandou" (sent), "mandei" (I sent), "pra", "pro" (to), "com a Kate" (with), "o Dev", "a Kate"
  // opening a note (the article Portuguese puts before a name), "whatsapp da Joanne" (from), "e
  // eu" (and I), "reunião" (meeting), "almoçamos" (we had lunch), "ligação com" (a call with),
  // "valeu" (thanks), "passei pro Owen o contato da Maria" (put Owen in touch with Maria), "como
  // ela pediu" (as she asked), "perguntando se" (asking if), "um artigo" (an article).
  [
    /(?<![\p{L}'’-])(segunda|ter[cç]a|quarta|quinta|sexta|s[áa]bado|domingo)(?:-feira)? passad[ao](?![\p{L}'’-])/gu,
    'last $1',
  ],
  [
    /(?<![\p{L}'’-])n[ao] (?=(?:segunda|ter[cç]a|quarta|quinta|sexta|s[áa]bado|domingo)(?![\p{L}'’]))/gu,
    'on ',
  ],
  weekdaysOf(portugueseDays, { ending: '(?:-feira)?', beforeName: false }),
  [/(?<![\p{L}'’-])semana passada(?![\p{L}'’-])/giu, 'last week'],
  [/(?<![\p{L}'’-])hoje (?:cedo|de manh[ãa])(?![\p{L}'’-])/giu, 'this morning'],
  [
    /\bpassei (?:pra|pro|para) (\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?) o contato d[ao] (?=\p{Lu})/gu,
    'put $1 in touch with ',
  ],
  [/\bme lig(?:ou|aram)\b/giu, 'rang me'],
  [/\bme mandou (?:um |uma )?e-?mail\b/giu, 'emailed me'],
  [/\bme mandou (?:uma )?(?:msg|mensagem|dm|whatsapp|zap)\b/giu, 'messaged me'],
  [/\bmandou (?:um )?valeu\b/giu, 'thanked me'],
  [/\bme mandou\b/giu, 'sent me'],
  [/\bmandou (?=(?:dm|msg|mensagem)\b)/giu, 'sent a '],
  [/\bmandou\b/giu, 'sent'],
  [/(?<=^|[,;.] )mandei\b/giu, 'sent'],
  [/\bmandei\b/giu, 'I sent'],
  [/(?<![\p{L}'’-])(?:meu|minha)(?= )/giu, 'my'],
  [
    /(?<![\p{L}'’./@-])(?:pra|pro|para [oa]) (?=(\p{L}[\p{L}'’-]*))/gu,
    (whole: string, next: string) =>
      /^\p{Lu}\p{Ll}/u.test(next) || isKnownGivenName(next) ? 'to ' : whole,
  ],
  [/(?<![\p{L}'’-])liga[çc][ãa]o com(?: [oa])?(?= )/giu, 'call with'],
  [/(?<![\p{L}'’./@-])com (?:[oa] )?(?=\p{Lu}\p{Ll})/gu, 'with '],
  [/(?<![\p{L}'’-])como (?:ela|ele) (?:pediu|pediram)(?![\p{L}'’-])/giu, 'as requested'],
  [/(?<![\p{L}'’-])perguntando se(?![\p{L}'’-])/giu, 'asking if'],
  [/(?<![\p{L}'’-])(?:um|uma) (?=(?:artigo|link|post|v[íi]deo|podcast)\b)/giu, 'an '],
  [
    /^(?:[Oo]|[Aa]) (?=\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)? (?:me |e |rang|sent|emailed|messaged))/u,
    '',
  ],
  [
    /(?<=\b(?:whatsapp|zap|msg|mensagem|e-?mail|dm|text|call|message|liga[çc][ãa]o) )(?:da|do) (?=\p{Lu}\p{Ll})/giu,
    'from ',
  ],
  [/(?<=\p{L}) e eu\b/gu, ' and I'],
  [/(?<![\p{L}'’-])reuni[ãa]o(?![\p{L}'’-])/giu, 'meeting'],
  [/(?<![\p{L}'’-])almo[çc]amos(?![\p{L}'’-])/giu, 'had lunch'],
  [/(?<![\p{L}'’-])no (?=(?:linkedin|whatsapp|zap|insta|instagram|zoom|teams)\b)/giu, 'on '],
  ...thanksIn('valeu', { caseless: true }),
  // English learned after Brazilian Portuguese: "passed me the contact of Lara Mendes" (passou o
  // contato) put me in touch with her (of someone unnamed, it stays a contact given), "going to
  // indicate me for the role" (indicar) to recommend me for it, "we combined to meet" (combinamos)
  // arranged to, "in the meetup" at it, "we talked also".
  [
    /\bpassed me (?:the |her |his |their )?contacts? of (?=\p{Lu}\p{Ll}+(?:[ ,]|$))/gu,
    'put me in touch with ',
  ],
  [
    /\bindicat(e|es|ed|ing) (me|him|her) (?=for|to)\b/giu,
    (_m: string, end: string, who: string) =>
      `${{ e: 'recommend', es: 'recommends', ed: 'recommended', ing: 'recommending' }[end.toLowerCase()] ?? 'recommend'} ${who} `,
  ],
  [/\b(we |they )?combined (?=to (?:meet|have|do|call|talk|catch|grab|see)\b)/giu, '$1arranged '],
  [
    /\bin the (?=(?:[\p{L}&'’-]+ ){0,4}(?:meetup|meet-up|drinks|event|conference|fair|talk|webinar|workshop|breakfast|mixer|networking)\b)/giu,
    'at the ',
  ],
  [/\b(we|I|i) (talked|spoke|chatted) also\b/gu, '$1 also $2'],
  // English learned after Vietnamese: "cam on" (cảm ơn) is thanks, and closing a note with "anh"
  // or "chị" is said to its reader; "ask Margaret give me reference" asks her to; "can or not"
  // closes a question; "ask how is job hunting going" is a check-in.
  [/[,;.!]?\s*(?:cam on|cảm ơn)(?: (?:anh|chị|chi|em|ban|bạn|nhiều|nhieu))?[!.]*\s*$/iu, ''],
  [/\b(?:cam on|cảm ơn)(?= \p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)? for\b)/giu, 'thanked'],
  [/\b(?:cam on|cảm ơn)\b/giu, 'thanks'],
  // "chị Joanne", "anh Dev" are courtesies (see `courtesyBeforeName`); "gọi me" (called me), "zalo me" (messaged me on Zalo), "hôm qua" (yesterday), "hôm nay"
  // (today), with or without their marks.
  [/(?<![\p{L}'’-])g[ọo]i (?=me\b)/giu, 'rang '],
  [/(?<![\p{L}'’-])gọi(?![\p{L}'’-])/giu, 'called'],
  [/(?<![\p{L}'’-])zalo(?:ed|['’]d)? (?=me\b)/giu, 'messaged '],
  [/(?<![\p{L}'’-])h[ôo]m qua(?![\p{L}'’-])/giu, 'yesterday'],
  [/(?<![\p{L}'’-])h[ôo]m nay(?![\p{L}'’-])/giu, 'today'],
  // English with Korean in Latin letters: "eoje" (yesterday), "geujeokke" (the day before),
  // "oneul" (today); "-ssi" and "-nim" after a name in small letters are courtesies, as after a
  // capitalised one (see the registers), and "^^" or "ㅋㅋ" (a smile, a laugh) say nothing.
  ...daysAround({ dayBefore: 'geujeokke', yesterday: 'eoje', today: 'oneul' }),
  [/(?<=\p{Ll}[\p{L}'’]*)-(?:ssi|nim)(?![\p{L}])/gu, ''],
  [/\s*(?:\^\^|ㅋ{2,}|ㅎ{2,})(?=\s|[,.!]|$)/gu, ''],
  // English with Japanese in Latin letters: "kinō", "kinou" (yesterday), "ototoi" (the day
  // before), "kyō", "kyou" (today), "senshū", "senshuu" (last week), each with its mark or its
  // long vowel doubled ("Kyo" and "kino" are names and words too); the days ("Getsu-yōbi" Monday
  // to "Nichi-yōbi" Sunday, with or without the hyphen or the mark); "otsukare" (well done) says
  // nothing, "arigatou" is thanks (see `thanksWords`).
  ...daysAround({
    dayBefore: 'ototoi',
    yesterday: 'kin(?:ō|ou)',
    today: 'ky(?:ō|ou)',
    lastWeek: 'sensh(?:ū|uu)',
  }),
  [
    /(?<![\p{L}\d'’/-])(getsu|ka|sui|moku|kin|do|nichi)-?y(?:ō|ou|o)bi(?![\p{L}\d'’-])/giu,
    (whole: string, day: string) => japaneseDays[day.toLowerCase()] ?? whole,
  ],
  [/[,;.!]?\s*(?<![\p{L}])otsukare(?:sama)?(?: desu)?(?![\p{L}])[!.]*/giu, ''],
  // Irish English: "gave me a shout" (rang me), "gave Chidi a shout" (rang him).
  // "gave Marcus a shout on LinkedIn" says how: a message.
  [
    /\bgave (me|\p{L}[\p{L}'’-]*(?: \p{L}[\p{L}'’-]*)?) a shout\b/gu,
    (...args: string[]) => {
      const [whole, who, offset, line] = args as unknown as [string, string, number, string];
      const how =
        /^ (?:on|via|over|by) (?:linkedin|li|whatsapp|email|e-mail|text|slack|teams|insta|instagram|twitter|facebook|fb|dm)\b/i.test(
          line.slice(offset + whole.length),
        );
      return `${how ? 'messaged' : 'rang'} ${who}`;
    },
  ],

  // English with Hindi: "pichle hafte", "pichhle hafte" (last week).
  [word('pichh?l[ae]y? haft[ae]y?', 'giu'), 'last week'],
  // American English: "shot Katie an email" (emailed her), "shot my resume over to" (sent),
  // "crickets" closing a chase (no reply); "cold-called me" is read first of all.
  [
    /\b([Ss])hot (\p{L}[\p{L}'’-]*(?: \p{L}[\p{L}'’-]*)? an? (?:email|e-mail|note|text|message|DM|dm))\b/gu,
    '$1ent $2',
  ],
  [/\b([Ss])hot (?=my\b|over\b)/gu, '$1ent '],
  [/[,;]\s*crickets(?: so far)?(?=\s*[.!]*$)/giu, ', nothing yet'],
  // Turkish "çay with" (tea); German "Danke-Mail" (a thank-you email), "Danke-Nachricht".
  [/(?<![\p{L}'’-])[çÇ]ay(?= (?:with|w|wi|ile)\b)/gu, 'tea'],
  [/(?<![\p{L}'’-])[Dd]anke-?(?:[Mm]ail|[Ee]-?[Mm]ail)(?![\p{L}])/gu, 'thank-you email'],
  [/(?<![\p{L}'’-])[Dd]anke-?[Nn]achricht(?![\p{L}])/gu, 'thank-you message'],
  // Lingala: "mbote" (hello) opening a note, or before the name it greets, is said to them.
  [/^mbote\b[!,.]*\s*|(?<=[,;.!]\s*)mbote\b[!,.]*\s*/giu, ''],
  // Thanks in another language ("kamsahamnida", "ndatenda", "teşekkürler") are thanks, but
  // closing a note they are said to its reader, as "cam on" is; "hwaiting" (good luck),
  // "inşallah" and "maiwe" say nothing of what happened.
  [
    new RegExp(
      String.raw`[,;.!]?\s*\b${thanksWords}(?: (?:abi|abla|hocam))?(?: (?:daw|po|haha+|lol))*[!.]*\s*$`,
      'iu',
    ),
    '',
  ],
  [new RegExp(String.raw`\b${thanksWords}\b`, 'giu'), 'thanks'],
  [/[,;.!]?\s*(?<![\p{L}])(?:hwaiting|in[şs]h?allah|maiwe)(?![\p{L}])[!.]*/giu, ''],
  // Zimbabwean English: "beeped me" (a missed call to be rung back), "borrowed me her notes" (lent).
  [/\bbeeped (me|him|her|them)\b/giu, 'rang $1'],
  [
    /\bborrow(ed)? (me|him|her|them|us) (?=(?:his|her|their|my|your|the|a|an|some)\b)/giu,
    (_m: string, past: string | undefined, who: string) => `${past ? 'lent' : 'lend'} ${who} `,
  ],
  [
    /\bask(ed)? (\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?) (?=(?:give|send|help|check|pass|write|intro|introduce|refer|look|review|forward)\b)/gu,
    'asked $2 to ',
  ],
  [/[,;]?\s*\bcan or not\b\??/giu, ''],
  [
    /\bhow is (?:my |the |her |his )?job (?:hunting|hunt|search|searching)\b/giu,
    'how my job search is',
  ],
  // English after British Sign Language, topic first: "Deaf in Tech meetup, Maria there" met
  // Maria there; "coffee Priya" is coffee with her; "me send Wei article" opening a note sent it
  // (after "Priya D, …" the name opening the note already says whom); "finish" closing a note
  // says it is done.
  [
    /, (\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’.-]*){0,2}) there(?=\s*(?:[,.;!]|$))/gu,
    (...args: string[]) => {
      // A replacer's third and fourth arguments are the offset and the whole line.
      const [whole = '', who = '', at = '0', line = ''] = args;
      return gatheringWord.test(line.slice(0, Number(at))) ? `, met ${who} there` : whole;
    },
  ],
  [
    /\b(coffee|lunch|brew|drinks|dinner|breakfast) (?=(\p{Lu}\p{Ll}+)\b)/gu,
    (whole: string, meal: string, who: string) => (isKnownGivenName(who) ? `${meal} with ` : whole),
  ],
  // "coffee priya shah thursday": the same in small letters, before a full name Kith knows the
  // shape of, opening the note.
  [
    /^(coffee|lunch|brew|drinks|dinner|breakfast) (?=(\p{Ll}+) (\p{Ll}[\p{L}'’-]+)\b)/u,
    (whole: string, meal: string, who: string, surname: string) =>
      !wordsLikeNames.has(who) && isKnownGivenName(who) && isKnownSurname(surname)
        ? `${meal} with `
        : whole,
  ],
  [
    /^me (send|email|ask|chase|comment|follow|thank|text|message|reply|meet|give|tell|share)(?:e?d)?\b/iu,
    (_m: string, verb: string) => plainPast[verb.toLowerCase()] ?? verb,
  ],
  [/(?:,\s*|\s+)finish(?:ed)?(?=\s*(?:[,.;!]|$))/gu, ''],
  // Mancunian: "a ta" (a thank-you), "came round the gaff for scran" (came to the user's home for
  // food); "me mam's mate" is read with the Scouse rule, and "buzzin" closing a note with the
  // other closing remarks in `log-line.ts`.
  // "a TA partner", "a ta coordinator": talent acquisition, no thanks.
  [
    /\b([Aa]|[Qq]uick|[Bb]ig|[Ll]ittle) ta\b(?![-‐]ra)(?! (?:partners?|coordinators?|leads?|managers?|contracts?|roles?|team|specialists?|advisors?|recruiters?|director|business partner)\b)/gu,
    '$1 thank-you',
  ],
  [
    /\bcame (?:round|over|to) (?:the|my|our) gaff(?: for (?:scran|food|tea|dinner))?\b/giu,
    'had dinner at mine',
  ],
  [word('scran', 'gu'), 'food'],
  [new RegExp(String.raw`\b(${droppedG.join('|')})in\b(?!['’])`, 'giu'), '$1ing'],
  // "sent us a link", "messaged us" (Scots), "put us forward", "intro'd us to", "wants us to"
  // (Geordie): the user, after what someone did or wants; "needs two references off us" is from
  // the user.
  [
    /\b(sent|send|sending|forward|forwarded|pass|messaged|emailed|e-mailed|texted|text|rang|phoned|called|dm'?d|gave|give|gives|told|told (?:them|him|her) about|showed|asked|invited|offered|pinged|got back to|thanked|thanking|intro['’]?d|intro|introduced|introduce|put|putting|wants|want|needs|need|interview|talked|walked) us\b(?! (?:both|all|two|three))/giu,
    '$1 me',
  ],
  [/\b(off|from) us\b(?! (?:both|all|two|three))/giu, 'from me'],
  // Nigerian English: "I put a call across to Emma", "replied my email", "to appreciate him for
  // the CV review", "linked me up with Shola", "she is yet to revert" (has not answered).
  [/\bput a call (?:across|through) to\b/giu, 'called'],
  [/\breplied my\b/giu, 'replied to my'],
  [/\bto appreciate (him|her|them) for\b/giu, 'to thank $1 for'],
  [/\blinked me up((?: (?:by|over|on|via) [\p{L}-]+)?) with\b/giu, 'introduced me$1 to'],
  [
    /\b(promised|offered|said s?he would|said s?he will) to link me up with\b/giu,
    'offered to introduce me to',
  ],
  // "she is yet to revert", East African "he is yet to come back to me", "he is yet to send":
  // nothing has come.
  [
    /\b(?:s?he|they) (?:is|are|has|have) yet to (?:revert|reply|respond|get back|come back|call (?:me )?back|send)(?: to (?:me|us))?\b/giu,
    'nothing yet',
  ],
  // "Olivia did call me", "I did call him", as English after Bengali and in south Asia writes
  // the past.
  [
    /\bdid (call|ring|phone|email|whatsapp|thank|text|message|refer|reply|send|invite)\b(?! (?:not|you)\b)/giu,
    (_m: string, verb: string) => pastOfPlain(verb),
  ],
  // American Southern English: "hollered at Ben on linkedin", "got ahold of Robert", "rang me
  // bout an openin" (not "a bout of flu").
  [/\bhollered at\b/giu, 'reached out to'],
  // Appalachian English: "hollered back" (replied), "a-goin to", "still a-workin" (the "a-" before
  // a verb in "-in" is no word of it), "done been filled" (has been), "carried me to the open
  // day", "carryin me to" (took, taking: went with, drove), "Tuesday a week ago", "a week ago
  // Tuesday" (the Tuesday before last), "a fella name of Terry Vance" (named).
  [
    /\b(holler(?:ed)?) back\b/giu,
    (_m: string, verb: string) => (verb.length > 7 ? 'replied' : 'reply'),
  ],
  [/(?<![\p{L}\d'’/-])a-(?=\p{L}+in(?:g|['’])?(?![\p{L}\d'’-]))/giu, ''],
  [/\bdone been\b/giu, 'been'],
  [
    /\bcarr(y|ies|ied|yin['’g]?|ying) (me|us|him|her|them)(?= (?:over |down |up |out )?to\b)/giu,
    (_m: string, form: string, who: string) =>
      `${carriedAs[form.toLowerCase()] ?? 'taking'} ${who}`,
  ],
  [
    new RegExp(String.raw`\b(?:(${weekday}) a week ago|a week ago (${weekday}))\b`, 'giu'),
    (_m: string, before: string | undefined, after: string | undefined) =>
      `the ${before ?? after} before last`,
  ],
  [/\bgot a ?hold of\b/giu, 'got in touch with'],
  [/(?<!\p{L}|\ba )['’]?bout\b/giu, 'about'],
  // "keen on a partnership wi Shelter Scotland": the body a deal is with is no one met.
  [/\b(partnership|partnering|tie-up|merger) with\b/giu, '$1 involving'],
  // "the firm's called Ashworth & Co": a firm's name, not someone's.
  [
    /\b(firm|company|practice|agency|business|charity|startup|consultancy)(['’]s| is) called\b/giu,
    '$1$2 trading as',
  ],
  // "Tired. Called Mark Evans back": how the user felt, opening the note, is no one's name.
  [
    /^(?:tired|knackered|exhausted|shattered|gutted|buzzing|nervous|stressed|meh|ugh|phew)[.!]+ (?=\p{L})/iu,
    '',
  ],
  // "cb'd Olivia" (called her back), "the so-called bible" (not a call).
  [/\bcb['’]?d\b/giu, 'called'],
  [/\bso[- ]called\b/giu, 'so-named'],
  // "to say chur for the yarn": thanks, in New Zealand. A "chur" signing off a note thanks for
  // what the note says, which stays what it was.
  [/\bchur(?= for\b)|(?<=\bsay )chur\b/giu, 'thanks'],
  // Scouse, Brummie and Mancunian: "sent me portfolio", "liked me post", "me day rate", "me CV",
  // "me mam's mate", "me references": "me" before what the user owns, or who is theirs, is "my";
  // Black Country "niamh ses thanks", "anna ses she'll look over me CV": says, after whoever said
  // it, opening the note.
  [
    /^((?:\p{L}[\p{L}'’-]*)(?: \p{L}[\p{L}'’-]*){0,3}) ses (?=(?:she|he|they|thanks|ta|cheers|she['’]?ll|he['’]?ll|they['’]?ll|shes|hes|theyre)\b)/u,
    '$1 says ',
  ],
  // "said ta", "sez ta", "ta for the refs": thanks.
  [
    /(?<![\p{L}\d'’/-])me (?=(?:application|applications|linkedin|profile|portfolio|post|posts|poster|posters|cv|CV|C\.V\.|showreel|day rate|rates|invoice|invoices|website|designs|illos|logo|logos|book|mate|mates|missus|fella|kids|mam|mam['’]s|mum|mum['’]s|nan|nan['’]s|dad|dad['’]s|bank|cousin|auntie|uncle|old boss|references?|refs|dbs|DBS|right to work|certs?|certificates?|passport|payslips?|qualifications|availability|input|talk|assignment|CIPD|notice period|details|number|experience|background|new job|old job)(?![\p{L}\d'’-]))/gu,
    'my ',
  ],
  // "lad from the recruitment agency rang": a lad, said of someone unnamed ("bhavna lad" is a name).
  [/^lad (?=from |frm |at )/u, 'a lad '],
  // Merseyside: "she sed" (said), "our Carl (Carl Bibby, me cousin)" (the family's Carl, named in
  // full after), "our Jenny rang" (Jenny, of the family).
  [/\b(s?he|they|i|he'd|she'd) sed\b/giu, '$1 said'],
  [
    /\bour (\p{Lu}\p{Ll}+) \(\1 (\p{Lu}[\p{L}'’-]+)(?:, ?| \()/gu,
    (_m: string, given: string, surname: string) => `${given} ${surname} (`,
  ],
  [
    /(?<![\p{L}\d'’/-])our (?=\p{Lu}\p{Ll}+ (?:rang|called|texted|whatsapped|messaged|emailed|sent|said|told|put|got)\b)/gu,
    '',
  ],
  // A note to self on a name's spelling ("Neeve Kelly (spelling?)") says nothing of the contact.
  [/\s*\((?:sp\??|spelling\??|sic|not sure (?:of|about) (?:the )?spelling|spelt\??)\)/giu, ''],
  // "clicked connect on Ben Ng's linkdin": a connection request, sent.
  [
    /\b(?:clicked|hit|pressed|pushed) connect on (\p{L}[\p{L}'’-]*(?: \p{L}[\p{L}'’-]*)?)['’]s (?:linked ?in|linkdin|linkedin profile|profile)\b/giu,
    'sent $1 a connection request on linkedin',
  ],
  // "Sandra Lomax the job coach rang me": a full name, then what they are, then what they did.
  [
    /^(\p{Lu}\p{Ll}+ \p{Lu}[\p{L}'’-]+) the ((?:[\p{Ll}-]+ ){0,2}(?:coach|adviser|advisor|recruiter|manager|mentor|officer|worker|tutor|vicar|priest|counsellor|consultant|boss|organiser|organizer|volunteer|lecturer|teacher)) (?=\p{Ll})/u,
    '$1, the $2, ',
  ],
  // "emailed me and a woman called Bernie Walsh in their facilities team to intro us": an
  // introduction by email, to the one named after "me and".
  [
    /\b(emailed|messaged|texted|whatsapped|wrote to) me and (?:a (?:woman|man|lady|bloke|guy|fella|lad) (?:called|named) )?(\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?)((?: [^,;.]{0,50}?)?) to (?:intro|introduce) (?:us|me)\b/gu,
    (_m: string, verb: string, who: string, rest: string) =>
      `${verb === 'wrote to' ? 'emailed' : verb} to introduce me to ${who}${rest}`,
  ],
  // "Noreen Carr there told me": there, at the gathering the line names.
  [/(?<=\p{Lu}\p{Ll}+ \p{Lu}[\p{L}'’-]+) there (?=(?:told|said|says|mentioned|reckons)\b)/gu, ' '],
  // "was on the blower to joanne": on the phone, a call; "this mornin", "askin", "sayin": the
  // final g dropped from a few words a note uses.
  [/\b(?:was |were )?on the blower (?:to|with) /giu, 'had a call with '],
  [
    /\b(mornin|evenin|askin|sayin|movin|chattin|talkin|lookin|gettin|comin|goin|wantin|needin|producin|hopin|offerin)['’]?(?![\p{L}'’-])/giu,
    '$1g',
  ],
  [
    /(?<=\b(?:say|said|says|saying|sez|sed) )ta\b(?![-‐]ra)|(?<![\p{L}\d'’/-])ta(?= for\b)/gu,
    'thanks',
  ],
  // Taglish: "kahapon" (yesterday), "kanina" (earlier today), "chika w" (a chat with), "nag-like"
  // (liked), "sa Ancoats" (at Ancoats). Lower case only: these are no English words. "coffee kami
  // ni Carlo" and "ng post ni Robert" are read with Tagalog (`log-line-tagalog.ts`).
  [word('kahapon', 'gu'), 'yesterday'],
  [word('(?:kanina|ngayon)', 'gu'), 'today'],
  [word('chika', 'gu'), 'chat'],
  [
    /(?<![\p{L}\d'’/-])nag[- ]?(like|message|email|call|chat|text|coffee|lunch|zoom)(?![\p{L}\d'’/-])/gu,
    (_m: string, verb: string) => tagalogHad[verb] ?? pastOf[verb] ?? verb,
  ],
  // "sa linkedin" is on it; "follow up kay Jose" (to or with a person); "kuya Dev", "ate Joanne"
  // (elder brother, elder sister) are courtesy, no part of the name (`courtesyBefore`, read first).
  // "ate" is also the verb: it is a title only after a word that leads to a person, or opening a
  // full name.
  [
    /(?<![\p{L}\d'’/-])sa (?=(?:linkedin|whatsapp|messenger|viber|slack|teams|zoom|email|text|fb|facebook|ig|insta|instagram|dm)\b)/giu,
    'on ',
  ],
  [/(?<![\p{L}\d'’/-])sa (?=\p{L})/gu, 'at '],
  [/\b(follow(?:ed|ing)? up|chat(?:ted)?|talk(?:ed)?) kay (?=\p{L})/giu, '$1 with '],
  [/(?<![\p{L}\d'’/-])kay (?=\p{L})/gu, 'to '],
  [
    /(?<=(?:^|\b(?:with|w|to|ni|si|emailed|called|rang|texted|messaged|thanked|asked|told|met|saw|pinged|sent|chased|for)) )ate (?=\p{Lu}\p{Ll})|^ate (?=\p{Lu}\p{Ll}+ \p{Lu}\p{Ll})/gu,
    '',
  ],
  // Welsh word order: "Phoning Dev Mistry I was last night", "I was phoning Gareth Thursday
  // night": he was phoned. "Bore da!" opening a note says nothing.
  [/^(?:bore da|prynhawn da|hiya|hello|hi)[!,.]+\s+/iu, ''],
  // Swansea English: "bore da msg from dai", "alright butt txt from dai" (butt: mate) open a note
  // with a greeting; "ta to zoe" and "yusuf diolch for…" thank; "bumped in to" is bumped into.
  [/^(?:bore da|alright butt|orright butt|alright bud)[!,.]*\s+(?=\p{Ll})/iu, ''],
  [/^ta to (?=\p{L})/iu, 'thanked '],
  [/(?<=\p{L}) diolch(?= for\b)/giu, ', thanks'],
  [/\bbumped in to\b/giu, 'bumped into'],
  [
    /^(phoning|ringing|calling|emailing|messaging|texting) (.+?) I was\b/iu,
    (_m: string, verb: string, who: string) => `${pastOfIng(verb)} ${who}`,
  ],
  [
    /\bI was (phoning|ringing|calling|emailing|messaging|texting)\b/giu,
    (_m: string, verb: string) => pastOfIng(verb),
  ],
  // "Met a lovely Geraint Lewis": how they seemed is no part of who they are.
  [
    /(?<=\b(?:[Mm]et|[Mm]eet|with|w|saw|and) )(?:a|this) (?:lovely|nice|great|brilliant|fab|fabulous) (?=\p{Lu}\p{Ll}+ \p{Lu})/gu,
    '',
  ],
  // "he share about ARM culture": talk, not a thing passed on.
  [/\b(he|she|they) share about\b/giu, '$1 talked about'],
  // "he say Monzo got one opening", "she share about ARM", "she want collab", "she already pass
  // my cv": what they said or did, in the past.
  [
    /\b(he|she|they) (say|tell|share|add|give|send|ask|want|pass|review|forward)\b(?! (?:to|that i)\b)/giu,
    (_m: string, who: string, verb: string) => `${who} ${pastOf[verb.toLowerCase()] ?? verb}`,
  ],
  // "Priya Desai whatsapp me", "Daniel Okoro help me check", "Owen wa me", "Devendra thank me",
  // "Chidi intro me to", "Dan Fletcher phone me": done to the user, in the past. "WA" in capitals
  // is spelled out as WhatsApp with the rest of a CRM's shorthand.
  [
    /(?<!\b(?:to|will|can|could|would|should|might|may|must|gonna|wanna|gotta|pls|please|and|or|not|shed|hed|theyd|youd|[\p{L}]+['’](?:ll|d)) )\b(email|whatsapp|wa|message|msg|text|dm|help|ask|tell|send|call|phone|thank|intro|introduce|invite|ping|refer|forward|tag|reply) me\b/giu,
    (whole: string, verb: string) =>
      verb === 'WA' ? whole : `${pastOf[verb.toLowerCase()] ?? verb} me`,
  ],
  // "Yusuf say Trainline opening…", "Alex say can help": a name opening the note, then the bare
  // verb of what they said, in the past.
  [
    /^(\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{L}'’.-]*)?) (say|tell|share|ask|want)\b(?! (?:to|that i)\b)/u,
    (_m: string, who: string, verb: string) => `${who} ${pastOf[verb] ?? verb}`,
  ],
  // "Gareth Price (Admiral) explain actuarial exams", "Emily Clarke ONS check my CV": a name
  // opening the note, then a bare verb of what they did for the user, in the past.
  [
    /^(\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{L}'’.-]*){0,2}(?: \([^)]*\))?) (explain|show|check|review|recommend)(?= \p{Ll})/u,
    (_m: string, who: string, verb: string) => `${who} ${pastOf[verb] ?? verb}`,
  ],
  // "Like Hannah Schmidt post", "comment on Owen Davies post", "sunday I like Gareth post",
  // "commented congratulations on Aisha Khan post": the user's own act, the post theirs.
  [
    /(^|\bI )([Ll]ike|[Cc]omment(?:ed)?(?: congrat\p{Ll}*)? on) (\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{L}'’.-]*)?)(?<!['’]s) (?:(?:new|job|promotion|latest|recent|linkedin) ){0,2}(post|article|update|photo)\b/u,
    (_m: string, lead: string, act: string, who: string, what: string) =>
      `${lead}${/^l/iu.test(act) ? (lead ? 'liked' : 'Liked') : lead ? 'commented on' : 'Commented on'} ${who}'s ${what}`,
  ],
  // "phone Owen Davies friday about the referral": the user phoned them.
  [/^[Pp]hone (?=\p{Lu}\p{Ll})/u, 'Phoned '],
  // "follow Marcus Bell on linkedin": the user followed them there.
  [
    /^[Ff]ollow (?!up\b)(?=\p{Lu}[^,;]*? on (?:linkedin|li|insta|instagram|ig|twitter|x|bluesky|threads)\b)/u,
    'Followed ',
  ],
  // "thank Dev on LINE already": the messaging app, in its own capitals (in lower case, "on
  // line" is online).
  [/\b(on|via|over|in|by) LINE\b/gu, '$1 LINE app'],
  // "Mark Evans tesco send BI analyst vacancy", "Alexandra Reid bupa ask me to…": a full name Kith
  // knows the first name of, opening the note, then their firm in small letters, then a bare verb:
  // the firm is where they are from ("Dan Fletcher tuesday call", "Mr Carter reply email" and
  // "Mark Evans didn't reply" stay).
  [
    new RegExp(
      String.raw`^((\p{Lu}\p{Ll}+)(?: \p{Lu}[\p{L}'’-]+){1,2}) (?!${notAFirm}\b)(?!(?:a|an|the|by|on|via|over|in|at|for|from|of|with|${bareVerbs}|ask|dm|sms|yesterday|yest|today|tonight|last|this|(?:mon|tue|wed|thu|fri|sat|sun)\p{L}*|\p{L}+n['’]t)\b)(\p{Ll}[\p{L}&.'’-]*) (?=${bareDone}|ask(?:ed)? me\b)`,
      'u',
    ),
    (whole: string, who: string, first: string, firm: string) =>
      isKnownGivenName(first) ? `${who} from ${firm} ` : whole,
  ],
  // "Kate Morrison from Sky reply my email", "Benjamin Carter accept my connection request",
  // "Wei Chen like my post", "Fatima Zahra follow me on LinkedIn", "Marcus Bell email back",
  // "Gareth Price text cheers for the tips", "Chloé Dubois accept connection", "Yusuf from
  // trainline comment on my post", "Joanne email
  // yesterday asking for my CV", "katie ring saturday to say…": a name opening the note, then a
  // bare verb of what they did to the user's message or post, of thanks they sent, or of getting
  // in touch on a day.
  [
    new RegExp(
      String.raw`^(\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{L}'’.-]*){0,2}(?: \([^)]*\)| (?:from|at) [\p{L}&'’.-]+)?) ${bareDone}`,
      'u',
    ),
    (_m: string, who: string, verb: string) =>
      `${who} ${pastOf[verb] ?? verb}${verb === 'reply' ? ' to' : ''}`,
  ],
  // "owen davies reply, …", "lee jordan skyscanner send link to…", "zoe martin and Ben Ng comment
  // on my post": the same in small letters, with the firm after the name, when a given name Kith
  // knows opens the note.
  [
    new RegExp(
      String.raw`^((\p{Ll}[\p{L}'’-]*)(?: (?!${notAFirm}\b)\p{L}[\p{L}&.-]*){0,2}(?: and \p{L}[\p{L}'’-]*(?: (?!${notAFirm}\b)\p{L}[\p{L}-]*)?)?) ${bareDone}`,
      'u',
    ),
    (whole: string, who: string, first: string, verb: string) =>
      isKnownGivenName(first)
        ? `${who} ${pastOf[verb] ?? verb}${verb === 'reply' ? ' to' : ''}`
        : whole,
  ],
  // "aisha karim slid in the dms", "slid in my dms yday w a link": messaged the user.
  [/\bslid in(?:to)? (?:the|my) dms\b/giu, 'messaged me'],
  // "Zoom Chidi Eze on Sau", "coffee Emma Clark Taninlar": a way of meeting opening the note,
  // then a first name Kith knows, is a meeting with them.
  [
    /^(zoom|video|teams|coffee|lunch|drinks) (?=(\p{Lu}\p{Ll}+) )/iu,
    (whole: string, how: string, next: string) => (isKnownGivenName(next) ? `${how} with ` : whole),
  ],
  // "Lucy Patel putting me forward to AZ's lead": a name opening the note, then a favour under
  // way with no "is", as a note drops it.
  [
    /^(\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{L}'’-]*)?) (?=(?:putting (?:me|my name) forward|referring me|recommending me)\b)/u,
    '$1 is ',
  ],
  // "yesterday I call Ana Lopez", "I send Priya the paper", "I intro Chidi to Yusuf": what the
  // user did, told in the present as some languages tell the past.
  [
    /\b(I) (call|email|send|text|message|ring|intro|introduce|invite|ask|thank|reply|meet|tell|give|share)\b(?! (?:to|you)\b)/gu,
    (_m: string, who: string, verb: string) => `${who} ${pastOf[verb] ?? verb}`,
  ],
  // "Priya msg on Slack say thanks", "Elizabeth Taylor LI msg, ask if I free": a message whose
  // sender then says or asks something came to the user.
  [
    /(?<!\b(?:my|a|an|the|i|to|her|his|their|our|sent|send|your|this|that|no|one|quick|short|long)(?: (?:linkedin|li|slack|teams))? )\b(msg|message|wa|whatsapp|text|email|dm)((?: (?:on|via|over) [\p{L}]+)?),? (say|says|ask|asks|want|wants|tell|tells)\b/giu,
    (_m: string, noun: string, where: string, verb: string) =>
      `${pastOf[noun.toLowerCase()] ?? noun} me${where}, ${pastOf[verb.toLowerCase().replace(/s$/u, '')] ?? verb}`,
  ],
  // "Whatsapp off Aisha", "Missed a call off Kate", "text off Priya", "email off miss clark", "an
  // email off the lad at admiral", "linkedin msg off a recruiter": from them, as the north and
  // Wales say it, and "email off patel" opening a note, whoever follows; not "sent the email off
  // to Kate" nor "had to call off the coffee".
  [
    /\b(text|message|msg|whatsapp|wa|email|e-mail|call|voicemail|voice ?note|dm|reply|note|card|invite) off (?=(\p{L}+))/giu,
    (whole: string, noun: string, next: string, at: unknown) =>
      (at === 0 && !/^(?:to|the|a|an)$/iu.test(next)) ||
      /^\p{Lu}/u.test(next) ||
      /^(?:him|her|them|mr|mrs|ms|miss|dr)$/iu.test(next) ||
      isKnownGivenName(next)
        ? `${noun} from `
        : whole,
  ],
  [
    /(?<=\b(?:an?|had|got|the|linkedin|li|quick|short) )(text|message|msg|whatsapp|wa|email|e-mail|call|voicemail|voice ?note|dm|reply|note|card|invite) off (?=(?:the|a|an|his|her|their|one of)\s)/giu,
    '$1 from ',
  ],
  // "text chidi ta for the intro", "txt Margaret re Friday", "whatsapp devendra, minta dia refer
  // me", "saturday whatsapp devendra say thanks": a note opened with the bare verb, or with its day
  // and then the verb.
  [
    /^((?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today) )?(text|txt|whatsapp) (?!(?:from|fm|frm|of|off|with|me|us|back|to|on|msg|message|messages|call|group|chat|voice|video|vid|audio|note|received|status|story|the|a|an)\b)(?=\p{L})/iu,
    (_m: string, day: string | undefined, verb: string) =>
      `${day ?? ''}${/^whatsapp$/iu.test(verb) ? 'whatsapped' : 'texted'} `,
  ],
  // "Follow up Olivia Brown by phone": a note opened with the bare verb.
  [/^follow(?:ed)? up (?!(?:with|on|about|re|again)\b)(?=\p{L})/iu, 'followed up with '],
  // English learned after French: "rdv with", "visio", "a phone with", "exchange of mails",
  // "she has proposed me to", "I relaunched him", "I put in contact Ana and Ben", "a certain
  // Julien Moreau", "the recruiter of Booking", "liked the post of Alex Morgan".
  [word('rdv'), 'meeting'],
  [word('visio(?:conf(?:erence)?)?'), 'video call'],
  [/\b(a|the|our|my) phone (with|of)\b/giu, '$1 phone call $2'],
  [/^phone (with|w)\b/iu, 'phone call $1'],
  [/\bexchanges? of (?:e-?)?mails\b/giu, 'emails'],
  [/\b(?:has |have )?proposed me to\b/giu, 'offered to'],
  [/\brelaunch(?:ed)?\b/giu, 'chased'],
  [/\bput in contact\b/giu, 'introduced'],
  [/\b(a|an) certain (?=\p{Lu})/gu, '$1 '],
  [/\b([Rr]ecruiters?|[Mm]anager|[Ff]ounder|CEO|CTO) of (?=\p{Lu})/gu, '$1 at '],
  // English learned after Spanish: "a reunion with" (reunión) is a meeting, "we stayed to have
  // a coffee" (quedamos) arranged one, "said me", "explained me" told me, "for ask" to ask, "called
  // to Joanne" called her, "mail of Margaret" a mail from her, "put a comment in" commented on,
  // "a request of connection" a connection request, "wrote me in linkedin" a message.
  [
    /\b([Rr])eunions? (?=(?:with|by|in|on|at|w)\b)/gu,
    (_m: string, r: string) => (r === 'R' ? 'Meeting ' : 'meeting '),
  ],
  [
    /\b(?:we )?stayed (to|for) (?=(?:have|meet|go|do|see|call|talk|a |the |next |this |mon|tue|wed|thu|fri|sat|sun|tomorrow))/giu,
    'arranged $1 ',
  ],
  [/\b(said|explained|answered) me\b/giu, 'told me'],
  [/\bfor (ask|thank|tell|say|invite|offer|check|see) (?=\p{L})/giu, 'to $1 '],
  [/\b(called|phoned|rang) to (?=\p{Lu}|him\b|her\b|them\b)/gu, '$1 '],
  [
    /\b([Mm]ail|[Ee]mail|[Ww]hats[Aa]pp|[Mm]essage|[Tt]ext|[Cc]omment|[Rr]eply|[Aa]nswer) of (?=\p{Lu})/gu,
    '$1 from ',
  ],
  [/\bput a comment (?:in|on) /giu, 'commented on '],
  // "assisted to the webinar" (asistir) attended it; "a reunion in Teams" (en Teams) was on it;
  // "thanked me in Linkedin" on it.
  [/\bassisted (?:to|at) (?=the|a|an|their|her|his)\b/giu, 'attended '],
  [/\bin (Teams|Zoom|Google Meet|Skype|Linked[Ii]n|WhatsApp|Whatsapp)\b/gu, 'on $1'],
  [/\brequest of connection\b/giu, 'connection request'],
  [
    /\bwrote me (?:in|on|by|via) (linkedin|whatsapp|insta|instagram|slack|messenger)\b/giu,
    'messaged me on $1',
  ],
  [/\b(wrote to (?:\S+ ){1,3})(?:by|in) (linkedin|whatsapp|insta|instagram|slack)\b/giu, '$1on $2'],
  // After "put a comment in" above: "liked the post of Alex Morgan" is Alex's post.
  [
    /\b([Ll]iked|[Cc]ommented(?: on)?|[Ss]hared|[Rr]eposted) the (post|article|comment|photo|video) of (\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?)/gu,
    (_m: string, verb: string, thing: string, name: string) =>
      `${/^commented$/iu.test(verb) ? `${verb} on` : verb} ${name}'s ${thing}`,
  ],
  // English learned after German: "per Mail" (by email), a "Termin" (an appointment), the
  // "Handy" (a mobile), "became from" (bekommen: had from), "searches a Test Lead" (sucht: is
  // looking for), "Have sent", "has introduced" (the perfect of a finished thing), and nouns
  // in capitals ("the Post of").
  [
    /\bper (?=(?:e-?)?mail|dm|phone|telephone|whatsapp|linkedin|post|text|sms|teams|zoom|video)\b/giu,
    'by ',
  ],
  [word('Termin(?:e)?', 'gu'), 'meeting'],
  [/\bwrote (?:me )?on (?:my|the) Handy\b/gu, 'texted me'],
  [/\b(?:on|to) (?:my|the|his|her) Handy\b/gu, 'on the phone'],
  [
    /\b(my|the|his|her|their|a) Handy\b|\bHandy(?= (?:number|no\.?)\b)/gu,
    (_m: string, whose?: string) => (whose ? `${whose} mobile` : 'mobile'),
  ],
  [/\b(?:have |has )?bec[ao]me(?= from\b)/giu, 'heard'],
  [
    /\b(search|searches) (?!for\b)(?=(?:a|an|new|more|some|two|three|\d+|\p{Lu}[\p{Ll}-]+)\b)/gu,
    'are looking for ',
  ],
  // English learned after Italian: the perfect made with the bare verb ("has send me by email",
  // "has review my proposal", "has intro me to"), "for to" before a verb (per), "texted me for
  // the name of" (asking for it), and "he want".
  [
    /\b(has|have) (send|give|write|tell|intro|introduce|review|email|call|ask|thank|offer|forward|share|recommend|refer|invite|contact)(?:['’]d)?\b/giu,
    (_m: string, has: string, verb: string) => `${has} ${pastParticiple(verb.toLowerCase())}`,
  ],
  [/\bfor to (?=\p{Ll})/gu, 'to '],
  [
    /\b(texted|messaged|emailed|wrote|rang|called|phoned) me for (?=(?:the|my) (?:name|number|details|contact|email|address|recipe|link)s?\b)/giu,
    '$1 me asking for ',
  ],
  [/\b(he|she) want\b/giu, '$1 wants'],
  // "without she ask" sent unasked; "the recipe she asked me", "the dataset I asked", "the article
  // he asked after" (Brummie): the thing asked for; "told me of a opening" is news of an opening; "Hannah
  // Schmidt, we met at the meetup".
  [
    /\bwithout (?:he|she|they|him|her|them) (?:ask|asks|asked|asking)(?: for it| me)?\b/giu,
    'not asked for',
  ],
  [
    /(?<=\p{L} )(?<!\bnot that )(she|he|they|i|I) asked(?: me| after)?(?=\s*(?:[,.;!]|$))/gu,
    '$1 asked for',
  ],
  [/\btold (me|us) of (?=(?:a|an|the|some|two|three|\d+) )/giu, 'told $1 about '],
  [
    /\b([Aa]) (?=(?:opening|offer|interview|introduction|intro|invite|invitation|email|event|idea|advice|update|article|assessor|agency|opportunity|open day|online)\b)/gu,
    '$1n ',
  ],
  [/\bwe met (?=(?:at|in|on|up|for)\b)/giu, 'met '],
  // "Thank you Mark Evans for the advice": a note opened with thanks to someone named thanked them.
  [
    /^(?:thanks|thank you|thankyou|many thanks|big thanks)(?: to)? (?=(?!(?:so|very|again|all|everyone|everybody|a|lots|much|ever|both|guys|team|you|for|from)\b)[\p{L}'’-]+(?: [\p{L}'’-]+)? for\b)/iu,
    'thanked ',
  ],
  [/^we have met, (.+?) and me, /iu, 'met $1 '],
  // The perfect of a thing done ("Dan Fletcher the freelance has sent me", "I have sent", East
  // African English "Mark Evans has rang me", "I have attended the open day", "have just reached
  // home", "have both liked my post"): the past, as the rest of the reading knows it. Not after
  // "would", "not" and the like, and "has gone" only on the way somewhere ("the post has gone" is
  // news of a role). "I've emailed her" keeps its space: "I emailed her".
  [
    /(?<!\b(?:would|could|should|might|must|will|may|to|not|never) )\b(?:[Hh]as|[Hh]ave|['’]ve) (?:(just|both|already|also|all) )?(?=(?:sent|given|written|told|introduced|intro['’]?d|reviewed|emailed|mailed|called|phoned|rang|rung|texted|messaged|whatsapped|DMed|dmed|DM['’]d|pinged|offered|forwarded|shared|passed|put|recommended|referred|invited|contacted|connected|linked|asked|thanked|replied|responded|chased|met|attended|reached|moved|marked|helped|liked|commented|followed|accepted|agreed|promised|left|visited|joined|gone (?:to|through))\b)/gu,
    (whole: string, adverb: string | undefined) =>
      `${/^['’]/u.test(whole) ? ' ' : ''}${adverb ? `${adverb} ` : ''}`,
  ],
  [/(?<=^|\b(?:[Ii]|we|he|she|they|just|both|also|already) )gone (?=(?:to|through)\b)/gu, 'went '],
  // "I flashed Sam twice", "flashed him this morning": a call let ring once, to be called back.
  [
    /\b([Ff])lashed (?=(?:me|him|her|them|twice|again)\b|\p{Lu})/gu,
    (_m: string, f: string) => (f === 'F' ? 'Rang ' : 'rang '),
  ],
  [
    /\b([Ll]iked|[Cc]ommented(?: on)?|[Ss]hared|[Rr]eposted) the (Post|Article|Comment|Photo|Video) of\b/gu,
    (_m: string, verb: string, thing: string) => `${verb} the ${thing.toLowerCase()} of`,
  ],
  // "the Meeting Do.", "Chased Olivia Fr. about", "Video Call Mi.": the weekdays as German
  // writes them short, with a dot. Not after "with", "and" or "to", where Mo and Di are names,
  // and not "Fr." before a name (Father).
  [
    /(?<!\b(?:with|w|and|to|from|met|saw|&) )(?<![\p{L}\d'’.])(Mo|Di|Mi|Do|Fr|Sa|So)\.(?=[\s,:;)]|$)/gu,
    (...args: string[]) => {
      // A replacer's third and fourth arguments are the offset and the whole line.
      const [whole = '', day = '', at = '0', line = ''] = args;
      const after = line.slice(Number(at) + whole.length);
      return day === 'Fr' && /^ \p{Lu}\p{Ll}/u.test(after) ? whole : (germanDays[day] ?? day);
    },
  ],
  // A formal hand: "via the electronic mail", "on the LinkedIn", "had the Zoom", "Luncheon with",
  // "Mr Singh most kindly introduced me", "Owen Davies has very kindly put me in touch", "Received
  // from Mrs Gonzalez a card".
  [/\b(?:the )?electronic mail\b/giu, 'email'],
  [/\b(on|via) the (LinkedIn|WhatsApp|Teams|Zoom|Skype)\b/gu, '$1 $2'],
  [/\b(had|have|held) the Zoom\b/gu, '$1 a Zoom call'],
  [/\b([Ll])uncheon\b/gu, '$1unch'],
  [/(?<=\p{Lu}[\p{L}'’-]*) (?:has |have )?(?:most |very |so )?kindly (?=\p{Ll})/gu, ' '],
  [/^Received from (?=(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|\p{Lu}\p{Ll}))/u, 'Heard from '],
  // Jamaican and London English: "shouted me" (messaged), "bell'd" and "a bell" (a call), "voice
  // noted me", "did a ting at" (held an event), "big up" (thanks), and patois "wid", "seh",
  // "him"/"dem" as who did it, "mi" for me.
  [/\bshout(?:ed)? me\b/giu, 'messaged me'],
  [/\bbell(?:['’]?d|ed)\b/giu, 'called'],
  [/\b(?:a|the) bell from\b/giu, 'a call from'],
  [/\bbell (me|him|her|them)\b(?! back)/giu, 'called $1'],
  [/\bvoice[ -]?noted (me|him|her|them)\b/giu, 'sent $1 a voice note'],
  [/\bdid a ting at\b/giu, 'ran an event at'],
  // "at the women in tech ting", "at the brand ting in soho": a gathering; "linked joanne for
  // coffee" met her, though "linked Katie up with Kate" introduced them; "my G chidi" is a friend.
  [/\bat (the|a|this|that) ((?:[\p{L}\d'’-]+ ){0,4})ting\b/giu, 'at $1 $2event'],
  [
    /\b([Ll])inked (?!(?:me|us|up|in|to|with|him|her|them|it)\b|In\b)(?=\p{L}(?:(?!\bup\b)[^,.;])*(?:[,.;]|$))/gu,
    (_m: string, l: string) => (l === 'L' ? 'Met ' : 'met '),
  ],
  [/\bmy G (?=\p{L})/gu, ''],
  // "she gonna put me forward", "aisha from unilever gonna intro me": London English drops "is".
  [
    /\b([\p{L}'’]+) gonna\b/giu,
    (m: string, who: string) => {
      const lower = who.toLowerCase();
      if (/^(?:am|is|are|was|were|not|never|just|still|also)$|['’](?:s|re|m)$/.test(lower))
        return m;
      if (lower === 'i') return `${who}'m going to`;
      return `${who} ${/^(?:we|they|you|u)$/.test(lower) ? 'are' : 'is'} going to`;
    },
  ],
  // "…, gassed", "…, certi", "…, say less": how the writer feels, closing the note.
  [
    /[,;.!]?\s*\b(?:(?:bare|proper|well|so) )?(?:gassed|certi|say less|innit|fam)\b[!.]*\s*$/giu,
    '',
  ],
  [/\bto (?:say )?big (?:up|him up|her up|them up)(?: for)?\b/giu, 'to thank them for'],
  [/^big up (?=\p{Lu})/iu, 'Kudos to '],
  [word('wid'), 'with'],
  [
    /\b(him|dem) seh\b/giu,
    (_m: string, who: string) => `${who.toLowerCase() === 'him' ? 'he' : 'they'} said`,
  ],
  [word('seh'), 'said'],
  [
    /\b(him|dem) (?=(?:sorted|gave|want|wants|can|got|reckon|up for|sent|rang|called|asked|offered|did|said|wanna|gonna|still)\b)/giu,
    (_m: string, who: string) => (who.toLowerCase() === 'him' ? 'he ' : 'they '),
  ],
  [/\bmi (?=can|will|could|did|have)\b/giu, 'I '],
  [word('mi', 'gu'), 'me'],
  // Irish English: "I'm after ringing Ana", "she's after emailing me" (the perfect of what has
  // just happened), "inbox'd", "fair play to", "to see would she" (a question put as it is said).
  [
    /\b([Ii]['’]?m|[Ii] am|(?:[Ss]?[Hh]e|[Tt]hey|[Ww]e|[Yy]ou)(?:['’](?:s|re)| is| are)|(?:\p{Lu}[\p{Ll}'’-]+ ){1,2}is) after (\p{L}+ing)\b/gu,
    (_m: string, who: string, verb: string) => `${subjectOf(who)} ${pastOfIng(verb)}`,
  ],
  [/\binbox(?:['’]?d|ed)\b/giu, 'messaged'],
  // "fair play to Marcus": well done to him, no fair.
  [
    /\b[Ff]air play to (\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?), (?:he|she|they)(?:['’]s| is| are)? /gu,
    '$1 ',
  ],
  [/\b([Ff])air play\b/gu, (_m: string, f: string) => (f === 'F' ? 'Kudos' : 'kudos')],
  [/\bto see (would|could|will|can) (i|she|he|they|we)\b/giu, 'to ask if $2 $1'],
  [
    /\b(to see|to ask|to check|asking|asked|wondering) (would|could|is|was|did|does|will|can) (i|she|he|they|we|there|it)\b/giu,
    '$1 if $3 $2',
  ],
  // Indian English: "had a connect with" (a talk), "our Teams connect" (a call).
  [/\b(teams|zoom) connect\b/giu, '$1 call'],
  [/\b(a|an|our|quick|short|brief)( quick| short| brief)? connect\b(?! request)/giu, '$1$2 chat'],
  // Nigerian English: "flashed me" (a missed call, to be called back), "yesterday night", "I was
  // opportuned to", "One Gbenga Adeyemi from EY" (a certain), and Pidgin's "don" before a verb
  // ("Niamh don reply o": has replied).
  [/\bflash(?:ed)? me\b/giu, 'rang me'],
  [/\byesterday night\b/giu, 'last night'],
  [/\b(?:i )?was opportuned to (?:greet|meet|see)\b/giu, 'met'],
  [/\b(?:i )?was opportuned to\b/giu, 'got to'],
  [/^One (?=\p{Lu}\p{Ll}+ \p{Lu}\p{Ll})/u, ''],
  [
    /\bdon (reply|call|send|text|message|answer|respond|email|ring)\b/giu,
    (_m: string, verb: string) => pastOf[verb.toLowerCase()] ?? `${verb}ed`,
  ],
  // A soldier's notes: "Roger - Niamh confirmed…" (understood) opens no name, and "Col (Ret)"
  // is a rank, retired.
  [/^Roger(?: that)?(?: on [^-–—,.]+)?\s*[-–—,.:]\s*/u, ''],
  [/(?<=\p{L}\.?) \((?:ret|retd|retired)\.?\)/giu, ''],
  // "Mail from him, asks if I can test", "she asks for my number": what they asked, in the past.
  [/\basks (?=(?:(?:if|whether) (?:i|we) (?:can|could)|for|me to)\b)/giu, 'asked '],
  // "Anna Kowalski asks me by mail", "Zoe thanks me by whatsapp", "sam texts me", "Marcus Bell
  // follows me on linkedin": what they did, in the past; so is "Aisha Khan likes my project",
  // "Jo Bennett comments on my post", "he reviews my portfolio".
  [
    /\b(asks|thanks|calls|writes|mails|emails|contacts|invites) me\b|(?<=\p{L} )(texts|messages|sends|follows|rings|tells) me\b/giu,
    (_m: string, verb?: string, other?: string) => {
      const said = verb ?? other ?? '';
      return `${pastOf[said.toLowerCase()] ?? said} me`;
    },
  ],
  [
    /(?<=(?:\b(?:he|she|they)|\p{Lu}\p{Ll}+) )(likes|reviews|comments on|shares) my\b/gu,
    (_m: string, verb: string) =>
      `${({ likes: 'liked', reviews: 'reviewed', 'comments on': 'commented on', shares: 'shared' } as Record<string, string>)[verb.toLowerCase()] ?? verb} my`,
  ],
];

/** "I'm" is "I"; "she's", "Katie Morris is" are who they are, without the verb. */
function subjectOf(who: string): string {
  return who
    .replace(/^i['’]?m$|^i am$/iu, 'I')
    .replace(/(?:['’](?:s|re)| is| are)$/u, '')
    .trim();
}

/** Verbs whose past is not their "-ing" less "ing" with "ed". */
const irregularPast: Readonly<Record<string, string>> = {
  ringing: 'rang',
  sending: 'sent',
  getting: 'got',
  putting: 'put',
  seeing: 'saw',
  meeting: 'met',
  telling: 'told',
  giving: 'gave',
  making: 'made',
  having: 'had',
  finding: 'found',
  writing: 'wrote',
  leaving: 'left',
  taking: 'took',
  coming: 'came',
  doing: 'did',
  buying: 'bought',
  hearing: 'heard',
  saying: 'said',
  speaking: 'spoke',
  running: 'ran',
  setting: 'set',
  landing: 'landed',
  being: 'been',
};

/** "emailing" → "emailed", "introducing" → "introduced", "ringing" → "rang". */
function pastOfIng(verb: string): string {
  const lower = verb.toLowerCase();
  const irregular = irregularPast[lower];
  if (irregular) return irregular;
  const stem = lower.slice(0, -3);
  return /e$/u.test(stem) ? `${stem}d` : `${stem}ed`;
}

/** "send" → "sent", "intro" → "introduced", "review" → "reviewed": the perfect's participle. */
const irregularParticiple: Readonly<Record<string, string>> = {
  send: 'sent',
  give: 'given',
  write: 'written',
  tell: 'told',
  intro: 'introduced',
  refer: 'referred',
};

function pastParticiple(verb: string): string {
  return irregularParticiple[verb] ?? (/e$/u.test(verb) ? `${verb}d` : `${verb}ed`);
}

/** Words that name a gathering, before "Maria there" says who was met at it. */
const gatheringWord =
  /\b(?:meetup|meet-up|fair|talk|conference|event|forum|expo|week|webinar|workshop)\b/iu;

/** The weekdays as German writes them short. */
const germanDays: Readonly<Record<string, string>> = {
  Mo: 'Monday',
  Di: 'Tuesday',
  Mi: 'Wednesday',
  Do: 'Thursday',
  Fr: 'Friday',
  Sa: 'Saturday',
  So: 'Sunday',
};

const pastOf: Readonly<Record<string, string>> = {
  asks: 'asked',
  thanks: 'thanked',
  calls: 'called',
  writes: 'wrote',
  mails: 'emailed',
  emails: 'emailed',
  contacts: 'contacted',
  invites: 'invited',
  texts: 'texted',
  messages: 'messaged',
  sends: 'sent',
  follows: 'followed',
  rings: 'rang',
  tells: 'told',
  say: 'said',
  tell: 'told',
  share: 'shared',
  add: 'added',
  give: 'gave',
  send: 'sent',
  ask: 'asked',
  email: 'emailed',
  whatsapp: 'whatsapped',
  message: 'messaged',
  text: 'texted',
  txt: 'texted',
  like: 'liked',
  chat: 'chatted',
  help: 'helped',
  call: 'called',
  want: 'wanted',
  wa: 'whatsapped',
  msg: 'messaged',
  dm: "dm'd",
  thank: 'thanked',
  intro: "intro'd",
  introduce: 'introduced',
  invite: 'invited',
  ping: 'pinged',
  refer: 'referred',
  forward: 'forwarded',
  tag: 'tagged',
  reply: 'replied',
  answer: 'answered',
  respond: 'responded',
  ring: 'rang',
  accept: 'accepted',
  connect: 'connected',
  comment: 'commented',
  phone: 'phoned',
  follow: 'followed',
  meet: 'met',
  explain: 'explained',
  show: 'showed',
  check: 'checked',
  review: 'reviewed',
  recommend: 'recommended',
};

/**
 * "LOPEZ Ana", "Mark EVANS": a surname written in capitals, as French and official forms write
 * it, beside a given name Kith knows, is put as the name is said ("Ana Lopez", "Mark Evans").
 */
function surnamesInCapitals(line: string): string {
  const said = (whole: string, first: string, surname: string) =>
    isSurnameInCapitals(surname) && isKnownGivenName(first)
      ? `${first} ${surname.charAt(0)}${surname.slice(1).toLowerCase()}`
      : whole;
  return line
    .replace(surnameInitial, (whole, surname: string, initial: string) =>
      bodiesInCapitals.has(surname) ? whole : `${initial} ${capitalise(surname.toLowerCase())}`,
    )
    .replace(surnameFirst, (whole, surname: string, first: string) => said(whole, first, surname))
    .replace(surnameLast, (whole, first: string, surname: string) => said(whole, first, surname));
}

const capitals = String.raw`(\p{Lu}[\p{Lu}'’-]{2,})`;

/**
 * "WRIGHT T. (Arup)", "O'NEIL S.", "NG B.": a surname in capitals then an initial, as service and
 * official records write a person, is said as "T Wright". Capitals that are a body or a thing
 * ("HR", "NHS", "CV") are no surname.
 */
const surnameInitial = /(?<![\p{L}\p{N}'’.-])(\p{Lu}[\p{Lu}'’-]+) (\p{Lu})\.(?=[\s,;:)]|$)/gu;
const bodiesInCapitals = new Set(
  'HR IT PR UK US USA EU UN CV JD NHS BBC RAF MOD NTR TBC ETA STEM VTC DBS ISO CEO CTO CFO COO MD VP PA'.split(
    ' ',
  ),
);

const givenWord = String.raw`(\p{Lu}\p{Ll}[\p{L}'’-]*)`;
const surnameFirst = new RegExp(
  String.raw`(?<![\p{L}'’-])${capitals} ${givenWord}(?![\p{L}'’-])`,
  'gu',
);
const surnameLast = new RegExp(
  String.raw`(?<![\p{L}'’-])${givenWord} ${capitals}(?![\p{L}'’-])`,
  'gu',
);

/** Capitals that are a known surname, or read as a word (five letters, two vowels): not "NHS". */
function isSurnameInCapitals(word: string): boolean {
  return (
    isKnownSurname(word.toLowerCase()) ||
    (word.length >= 5 && (word.match(/[AEIOUYÀ-Ý]/gu) ?? []).length >= 2)
  );
}

function kalAsDay(...args: string[]): string {
  // A replacer's arguments: the match, then its offset and the whole line (typed as strings by Swap).
  const [, offset, line] = args as unknown as [string, number, string];
  const clause =
    line
      .slice(0, offset)
      .split(/[,;.!?]/)
      .pop() ?? '';
  return /\b(?:will|shall|going to|gonna|plan to|planning to|have to|need to|must)\b|['’]ll\b/iu.test(
    clause,
  )
    ? 'tomorrow'
    : 'yesterday';
}

/** "١٠/١١", "۱۰/۱۱": Arabic-Indic and Persian digits, as the date reader reads them. */
function westernDigits(line: string): string {
  return line.replace(/[\u0660-\u0669\u06F0-\u06F9]/gu, (digit) =>
    String((digit.codePointAt(0) ?? 0) % 16),
  );
}

/** The line with regional words put plainly; any other line comes back as it was. */
export function mendDialects(line: string): string {
  return applySwaps(surnamesInCapitals(westernDigits(line)), dialectWords);
}
