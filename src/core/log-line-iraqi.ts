// Iraqi Arabic in Latin letters, as a Baghdad-born writer mixes it into English notes, put into
// English before it is read: "7chait wiyah Dev il-barha" (I talked with Dev yesterday), "dizzetla
// il-CV mali il-Rachel" (I sent my CV to Rachel), "Lucy dizzatli il-spec" (Lucy sent me the spec),
// "Olivia min Hays itsalat biya" (Olivia from Hays called me), "gatli" (she told me), "yom
// il-khamis" (on Thursday), "il-isbu3 il-fat" (last week), "gabul 4 ayyam" (4 days ago). The
// digits stand for letters English has not ("3" for ain, "7" for the hard h, "9" for qaf, "2" for
// the glottal stop). "3al" (on) is read by `log-line-lebanese.ts`, which runs first. A line is
// read so only when it is Iraqi by a word no English note uses.

import { activityWords } from './log-line-note.js';
import { applySwaps, type Swap } from './log-line-tokens.js';

/** Edges of a word written with the digits of Arabic in Latin letters ("wiyah", "7chait"). */
const from = String.raw`(?<![\p{L}\d'’/-])`;
const till = String.raw`(?![\p{L}\d'’/-])`;

/**
 * An Iraqi word or phrase read in one piece: the pattern and its English. In small letters only
 * when `flags` says so, as a capitalised "Gal", "Mal" or "Elli" is someone's name.
 */
function iraqi(pattern: string, english: string, flags = 'giu'): Swap {
  return [new RegExp(`${from}(?:${pattern})${till}`, flags), english];
}

/** "il-barha" (yesterday), as spelt: "il-barha", "ilbarha", "el-bar7a", "il barha". */
const yesterday = '(?:il|el)[- ]?bar[7h]a';

/** Words only an Iraqi note uses. */
const iraqiMarker = new RegExp(
  `${from}(?:${[
    'wiyah|wiyaha|wiyahum|wiyaya|wiyana',
    yesterday,
    String.raw`(?:il|el)-(?:yom|isbu3)|yom i[lst]-\p{L}+|gabul|ayyam|baachir`,
    String.raw`7ch(?:ait|aina|eina|ena)|a7chi|dizz\p{L}*|[yt]dizz\p{L}*|itsal(?:at|it)?`,
    String.raw`gatli|gali|gitla|gitlah|gilit|3idhum|3idha|3indah|3indha|ray7|rai7`,
    String.raw`ras[ai]l(?:ni|atni|it)`,
    String.raw`tlafan\p{L}*|7at(?:ni|itni|itha)|[yt]7utni|ydawr(?:oon|un)|3azam\p{L}*|3azmatni`,
    String.raw`ta3arafit|tghadeina|mal-hum|mal-ha|ma aku|hwaya|shwaya|shlon|inmala|tilbat\p{L}*`,
    String.raw`tilabha|yrideni|ustadh|7ajji|ra7it|yshtighil|mithil|mithli|shino|9ar|isbu3|ba3ad`,
    String.raw`shakk?a?r(?:it|ta|tni|atni|ni|teha|tha)|bil-\p{L}+|b il-\p{L}+|3ala il-\p{L}+`,
    String.raw`3an il-\p{L}+|ma rad|sa2al(?:it|itha|ita|ni|atni|itni)|sa2latni|[yt]sa2al`,
  ].join('|')})${till}`,
  'iu',
);

/**
 * The Iraqi days after "yom il-" (the day of), or "il-" alone: "il-ithnein" (Monday),
 * "il-thlatha" (Tuesday), "il-arba3a" (Wednesday), "il-khamis" (Thursday), "il-jum3a" (Friday),
 * "is-sabt" (Saturday), "il-a7ad" (Sunday).
 */
const iraqiDays: Record<string, string> = {
  ithnein: 'Monday',
  ithnain: 'Monday',
  ithnen: 'Monday',
  itnein: 'Monday',
  thlatha: 'Tuesday',
  thulatha: 'Tuesday',
  tlatha: 'Tuesday',
  arba3a: 'Wednesday',
  arb3a: 'Wednesday',
  arba3: 'Wednesday',
  khamis: 'Thursday',
  khamees: 'Thursday',
  jum3a: 'Friday',
  jim3a: 'Friday',
  juma3a: 'Friday',
  sabt: 'Saturday',
  a7ad: 'Sunday',
  ahad: 'Sunday',
};

const days: Swap = [
  new RegExp(
    `${from}(?:yom )?(?:il|is|it|ith|ij)-(${Object.keys(iraqiDays).join('|')})${till}`,
    'giu',
  ),
  (_: string, day: string) => `on ${iraqiDays[day.toLowerCase()] ?? day}`,
];

/** The ways of talking "bil-", "b" and "3ala" put a note on ("bil-email", "b text"): by. */
const channels = 'email|e-mail|mail|text|sms|whatsapp|linkedin|phone|message|dm|inmail|zoom|teams';

/** The days around today and the spans before it. */
const timeWords: readonly Swap[] = [
  // "awwal il-barha" (the day before yesterday), "il-barha" (yesterday), "il-yom" (today),
  // "baachir" (tomorrow), "il-isbu3 il-fat" (last week), "gabul 4 ayyam" (4 days ago), "9ar isbu3"
  // (it has been a week), "3 ayyam bil-isbu3" (3 days a week).
  iraqi(`(?:awwal|awal) ${yesterday}`, 'the day before yesterday'),
  iraqi(yesterday, 'yesterday'),
  iraqi('(?:il|el)[- ]?(?:yom|yoom)', 'today'),
  iraqi('baachir|bachir|baachar', 'tomorrow'),
  iraqi('(?:il|el)-isbu3 (?:il|el)-(?:fat|fayit|madhi)', 'last week'),
  iraqi('(?:il|el)-shahar (?:il|el)-(?:fat|fayit|madhi)', 'last month'),
  [new RegExp(`${from}gabul (\\d+) (?:ayyam|iyyam|ayam|yom)${till}`, 'giu'), '$1 days ago'],
  [new RegExp(`${from}gabul (\\d+) (?:asabee3|isabee3|asabi3)${till}`, 'giu'), '$1 weeks ago'],
  iraqi('gabul (?:yomain|yomein|yomen)', '2 days ago'),
  iraqi('gabul (?:isbu3|usbu3)', 'a week ago'),
  iraqi('9ar (?:isbu3|usbu3)', 'for a week'),
  iraqi('bil-(?:isbu3|usbu3)', 'a week'),
  iraqi('ayyam', 'days'),
  days,
];

/**
 * The things said of people, read before the little words they hold: "X 7atni b contact wiyah Y"
 * (X put me in touch with Y), "itsalat biya" (she called me), "dizzatli" (she sent me).
 */
const verbWords: readonly Swap[] = [
  // "ray7" (going to) with the person its verb is said in: "ray7 ydizzli" (he will send me),
  // "ray7 trefer ni" (she will refer me), "ray7 asa3id" (I will help).
  [
    new RegExp(`${from}(?:ray7|rai7|raa7) (?=[yta]-?\\p{L})`, 'giu'),
    (...args: string[]) => {
      // A replacer's arguments: the match, then its offset and the whole line.
      const [will, offset, all] = args as unknown as [string, number, string];
      const who = all.charAt(offset + will.length).toLowerCase();
      return `${{ y: 'he ', t: 'she ', a: 'I ' }[who] ?? ''}will `;
    },
  ],
  [new RegExp(`(?<=will )[yt]sa2al${till}`, 'giu'), 'ask'],
  // Introductions: "7atni", "7atitni" (he, she put me), "y7utni" (to put me), "7atitha" (I put
  // her), "b contact wiyah" (in touch with).
  iraqi('7at(?:ni|itni|tni)|[yt]7ut+ni', 'put me'),
  iraqi('7at(?:itha|ha)', 'put her'),
  iraqi('7at(?:ita|itah|ah)', 'put him'),
  iraqi('7at(?:ithum|hum)', 'put them'),
  iraqi('b contact wiyah', 'in touch with'),
  iraqi('b contact wiyaha', 'in touch with her'),
  iraqi('b contact wiyahum', 'in touch with them'),
  // Calls: "itsalat biya", "itsal biya" (she, he called me), "itsalit bi X" (I called X),
  // "tlafant X" (I rang X).
  iraqi('itsal(?:at|it)? (?:biya|bia|beya|biyya)', 'called me'),
  iraqi('itsalit (?:bi|b)', 'called'),
  iraqi('itsalit', 'called'),
  iraqi('tlafan(?:it|t)? ?(?:la|lah)', 'rang him'),
  iraqi('tlafan(?:it|t)? ?(?:ilha|laha)', 'rang her'),
  iraqi('tlafn(?:atli|ali)|tlafanli', 'rang me'),
  iraqi('tlafan(?:it|t)|talfant', 'rang'),
  // Talk: "7chait wiyah X" (I talked with X), "7chaina" (we talked), "a7chi b" (to speak at).
  iraqi('7ch(?:ait|eit|it)', 'talked'),
  iraqi('7ch(?:aina|eina|ena|ina)', 'we talked'),
  iraqi('a7chi', 'speak'),
  // Sending: "dizzetla il-Siobhan il-article" (I sent Siobhan the article), "dizzetla il-CV"
  // (sent the CV), "dizzatli", "dizzali" (she, he sent me), "ydizzli" (to send me), "dizzet
  // shukran il-X" (sent thanks to X: thanked X), "dizzetilha iyahum" (sent them to her).
  [new RegExp(`${from}dizz[ei]t\\p{L}* shukran (?:il-|li |la )?`, 'giu'), 'thanked '],
  [new RegExp(`${from}dizz[ei]t(?:la|lah|ilha|ilah|ilhum)? il-(?=\\p{Lu})`, 'gu'), 'sent '],
  iraqi('dizz[ei]t(?:ilha|ilah) (?:iyahum|iyaha|iyah)', 'sent them to her'),
  iraqi('dizz[ei]t(?:la|lah|ilha|ilah|ilhum)? (?:a )?(?:text|sms)', 'texted them'),
  // "3al CV elli dizzetla" (on the CV I sent him): a thing "elli" tells of is one known.
  [new RegExp(`${from}(?:3al|on) (?=(?!the )\\p{L}+ (?:elli|illi) )`, 'giu'), 'on the '],
  iraqi('(?:elli|illi) dizz[ei]t(?:la|lah)', 'I sent him'),
  iraqi('(?:elli|illi) dizz[ei]tilha', 'I sent her'),
  iraqi('(?:elli|illi) dizz[ei]t', 'I sent'),
  iraqi('dizz[ei]t(?:la|lah|ilah)(?=\\s*(?:$|[,.;!]))', 'sent it to him'),
  iraqi('dizz[ei]tilha(?=\\s*(?:$|[,.;!]))', 'sent it to her'),
  iraqi('dizz[ei]t(?:la|lah|ilha|ilah|ilhum)?', 'sent'),
  iraqi('dizz(?:atli|ali|atni|li)', 'sent me'),
  iraqi('[yt]dizzli', 'send me'),
  iraqi('[yt]dizz(?:ha|ah)?', 'send'),
  iraqi('ma dizz(?:ah|ha)', 'not sent it'),
  iraqi('dizz(?:ah|ha)', 'sent it'),
  iraqi('dizzat', 'sent'),
  // Telling: "gatli", "gali" (she, he told me), "gal" (said), "gitla" (I told him), "gilit" (I
  // thought).
  iraqi('gatli|gali|galli|gaatli', 'told me'),
  iraqi('gitla|gitlah|gitlo', 'I told him'),
  iraqi('gitilha|gitlha', 'I told her'),
  iraqi('gilit', 'I thought'),
  iraqi('gal|gaal', 'said', 'gu'),
  // Thanks: "shakkarit X" (I thanked X), "shakkarta" (I thanked him), "shakratni", "shakarni"
  // (thanked me).
  iraqi('shakk?ar(?:atni|tni|ni)|shakratni', 'thanked me'),
  iraqi('shakk?ar(?:teha|tha|itha)', 'thanked her'),
  iraqi('shakk?ar(?:ta|tah|ita|itah)', 'thanked him'),
  iraqi('shakk?ar(?:it|t)', 'thanked'),
  // Asking: "sa2alit X" (I asked X), "sa2alitha" (I asked her), "sa2alni" (asked me), "tsa2al"
  // (asking), "yrideni a-review" (wants me to review), "tilbat" (she asked for), "ma tilbatah"
  // (she didn't ask for it: unasked), "elli tilbatah" (that she asked for), "mithil ma tilbat"
  // (as she asked).
  iraqi('sa2al(?:itha|tha)', 'asked her'),
  iraqi('sa2al(?:ita|itah|ta)', 'asked him'),
  iraqi('sa2al(?:ni|atni|itni)|sa2latni', 'asked me'),
  iraqi('sa2al(?:it|t)?', 'asked'),
  iraqi('[yt]sa2al', 'asking'),
  iraqi('[yt]ride?ni', 'wants me to'),
  iraqi('[yt]rid', 'wants'),
  iraqi('ma (?:tilbatah|tilbata|tilabha|tilbatha|tilbah|tilbaha|tlibatah)', 'unasked'),
  iraqi('(?:elli|illi) (?:tilbatah|tilbata|tilabha|tilbatha)', 'that she asked for'),
  iraqi('(?:elli|illi) (?:tilbah|tilabah)', 'that he asked for'),
  iraqi('(?:hiya|hiyya) (?:tilbatah|tilbata|tilabha|tilbatha)', 'she asked for it'),
  iraqi('mithil ma (?:tilbat|tilbatah)', 'as she asked'),
  iraqi('mithil ma (?:tilab|tilabah)', 'as he asked'),
  iraqi('tilbat|tlibat', 'asked for'),
  iraqi('tilab', 'asked for'),
  // Messages: "rasalni", "rasilatni" (he, she messaged me), "rasalit X" (I messaged X).
  iraqi('ras[ai]l(?:ni|atni|itni)', 'messaged me'),
  iraqi('ras[ai]l(?:it|t)', 'messaged'),
  // Meeting: "shift X" (I saw X), "ta3arafit 3ala X" (I met X), "tghadeina ana w X" (X and I had
  // lunch), "3azamit X" (I invited X), "3azamni" (invited me), "ra7it il-X" (I went to the X),
  // "tbadalna" (we swapped).
  [
    new RegExp(`${from}(?:shift|shifit|shafit)(?= (?:\\p{Lu}|il-|7ajji|ustadh|khala))`, 'gu'),
    'saw',
  ],
  [new RegExp(`${from}shaf(?:at)?(?= (?:il-|my |his |her ))`, 'giu'), 'reviewed'],
  iraqi('shafat|shaf', 'looked at', 'gu'),
  iraqi('t?ta3arr?afit (?:3ala|3al|on|3a)', 'met'),
  iraqi('ta3arr?afna', 'we met'),
  iraqi('tghad(?:eina|ena|ina) (?:ana w|ana and|wiyah|wiyaha)', 'had lunch with'),
  iraqi('tghad(?:eina|ena|ina)', 'had lunch'),
  iraqi('t3ash(?:eina|ena|ina) (?:ana w|ana and|wiyah|wiyaha)', 'had dinner with'),
  iraqi('3azam(?:ni|atni)|3azmatni|3azmetni', 'invited me to'),
  iraqi('3azam(?:it|t)', 'invited'),
  [new RegExp(`${from}ra7it(?= il-)`, 'giu'), 'went to'],
  iraqi('ra7it', 'went'),
  iraqi('tbadalna', 'we swapped'),
  // Replies: "rad" (replied), "ma rad" (no reply), "ma aku rad" (no reply).
  iraqi('ma (?:aku )?rad(?: ba3ad)?', 'no reply yet'),
  iraqi('rad(?= (?:3al|on|3ala|bil-))', 'replied', 'gu'),
  // Openings: "ydawroon 3ala" (are looking for), "3idhum" (they have), "3idha", "3indah" (she, he
  // has), "inmala" (was filled), "ra7" (gone).
  iraqi('[yt]dawr(?:oon|un|on) (?:3ala|3al|on)', 'are hiring'),
  iraqi('[yt]dawr(?:oon|un|on)', 'are hiring'),
  iraqi('ma (?:3idhum|3indhum) (?:shi|ay shi)', 'have no'),
  iraqi('ma (?:3idhum|3indhum)', 'have no'),
  iraqi('3idhum|3indhum|3idhom', 'have'),
  iraqi('3idha|3indha', 'has'),
  iraqi('3indah|3idah|3inda', 'has'),
  iraqi('3indi', 'I have'),
  iraqi('inmal(?:a|at)|tmalat|inmilat', 'filled'),
  iraqi('ra7|rah', 'gone', 'gu'),
  // What they do: "ray7" (will), "ta3tini" (give me), "asa3id" (help), "ynfa3ni" (useful to
  // me), "yshtighil" (works), "y3arfni" (knows me), "wu9al" (reached), "rajja3ah" (sent it back).
  iraqi('ray7|rai7|raa7', 'will'),
  iraqi('[yt]a?3tini', 'give me'),
  iraqi('asa3idha', 'help her'),
  iraqi('asa3da|asa3dah', 'help him'),
  iraqi('asa3id', 'help'),
  iraqi('[yt]nfa3ni', 'be useful to me'),
  iraqi('[yt]shtighil|[yt]shtighloon', 'works'),
  iraqi('[yt]shoof(?:oon|un)', 'see'),
  iraqi('[yt]shoof(?:a|ah|ha)', 'look at it'),
  iraqi('ma [yt]3arfni', "doesn't know me"),
  iraqi('[yt]3arfni', 'knows me'),
  iraqi('a3arf', 'I know'),
  iraqi('(?:lazim )?[yt]it3arf?oon', 'should meet'),
  iraqi('wu9al|wusal', 'reached'),
  iraqi('rajja3(?:ah|ha|a)', 'sent it back'),
  iraqi('yimkin', 'maybe'),
  iraqi('[yt]3ijib(?:ha|ah|a)', 'likes it'),
  iraqi('tfakkir|yfakkir', 'thinking'),
  iraqi('tin9il|yin9il', 'to move'),
  iraqi('afham', 'understand'),
  iraqi('[yt]itla3', 'moves'),
  iraqi('[yt]hir(?:oon|un)', 'hire'),
  // English verbs after an Arabic prefix: "y-refer ni" (to refer me), "trefer ni", "a-review".
  [new RegExp(`${from}[yta]-(?=\\p{L}{2})`, 'giu'), ''],
  iraqi('[yt]refer', 'refer'),
  [new RegExp(`(?<=refer) ni${till}`, 'giu'), ' me'],
];

/** "il-CV mali" (my CV), "il-team mal-hum" (their team), "il-X mal Y" (the X of Y). */
const owners: Record<string, string> = {
  mali: 'my',
  malti: 'my',
  'mal-hum': 'their',
  malhum: 'their',
  'mal-ha': 'her',
  malha: 'her',
  mala: 'his',
  malah: 'his',
};

const ownerWords = Object.keys(owners).join('|');

/** English words no thing owned is named with ("il-producer asked for notes mali"). */
const plainWords = String.raw`(?:for|to|about|the|and|with|asked|sent|on|by|at|me|of)${till}`;

const ownership: readonly Swap[] = [
  // "il-boss il-gadeem mal-ha" (her old boss): the old before what it is of.
  [new RegExp(`${from}il-(\\p{L}+) il-gadeem${till}`, 'giu'), 'il-former $1'],
  [
    new RegExp(
      `${from}(?:il-)((?:(?!il-|${plainWords})[\\p{L}\\d.&'’-]+ ){0,2}?(?!il-)[\\p{L}\\d.&'’-]+) (${ownerWords})${till}`,
      'giu',
    ),
    (_: string, thing: string, owner: string) => `${owners[owner.toLowerCase()]} ${thing}`,
  ],
  [
    new RegExp(`${from}(?!il-)([\\p{L}\\d.&'’-]+) (${ownerWords})${till}`, 'giu'),
    (_: string, thing: string, owner: string) => `${owners[owner.toLowerCase()]} ${thing}`,
  ],
  iraqi('mal', 'of', 'gu'),
];

/** A name of one to three capitalised words ("Rachel Lowe", "Owen Davies"). */
const capitalised = String.raw`\p{Lu}[\p{L}'’.&-]*(?: \p{Lu}[\p{L}'’.&-]*){0,2}`;

/** The little words, read last: "wiyah" (with), "min" (from), "b" (at), "il-" (the). */
const littleWords: readonly Swap[] = [
  // "wiyah X" (with X), "wiyah" before a place or a time (with him), "wiyaha" (with her),
  // "wiyahum" (with them), "wiyaya" (with me), "ma3a" (with).
  [
    new RegExp(
      `${from}wiyah(?= (?!(?:b|bil-\\p{L}+|3al|on|at|by|yesterday|today|on|last)${till})\\S)`,
      'giu',
    ),
    'with',
  ],
  iraqi('wiyah', 'with him'),
  iraqi('wiyaha', 'with her'),
  iraqi('wiyahum', 'with them'),
  iraqi('wiyaya', 'with me'),
  iraqi('wiyana', 'with us'),
  iraqi('ma3a', 'with'),
  // Courtesies before a name: "ustadh" (sir), "7ajji" (a pilgrim: an elder), "khala" (aunt).
  [new RegExp(`${from}(?:ustadh|ustath|7ajji|7ajjiya|khala|3ammu|3amu)\\s+(?=\\p{Lu})`, 'giu'), ''],
  // "min Hays" (from Hays), "min 22/11" (since), "b Warrington" (at), "bil-email" (by email), "b
  // il-meetup" (at the meetup), "lil" (for the).
  [new RegExp(`(?<!\\d )${from}min(?= \\d)`, 'gu'), 'since'],
  [new RegExp(`(?<!\\d )${from}min(?= \\S)`, 'gu'), 'from'],
  [new RegExp(`${from}bil-(?=(?:${channels})${till})`, 'giu'), 'by '],
  [new RegExp(`${from}b (?=(?:${channels})${till})`, 'giu'), 'by '],
  [new RegExp(`${from}bil-(?=\\S)`, 'giu'), 'in the '],
  [new RegExp(`${from}b il-(?=\\S)`, 'giu'), 'at the '],
  [new RegExp(`${from}b (?=\\p{Lu}|\\d)`, 'gu'), 'at '],
  [new RegExp(`${from}b (?=\\p{L})`, 'giu'), 'at '],
  [new RegExp(`${from}lil(?= \\S)`, 'giu'), 'for the'],
  // "3ala" (about; for after thanks, on before a channel), "3an il-" (about the), "3anah" (about
  // it).
  [
    new RegExp(`(?<=\\bthank(?:ed|s)?\\b[^,]*?) (?:3ala|3al|on) (?!(?:${channels})${till})`, 'giu'),
    ' for ',
  ],
  [new RegExp(`${from}(?:3ala|3al)(?= (?:${channels})${till})`, 'giu'), 'on'],
  [new RegExp(`(?<=invited me to) (?:3ala|3al|on)${till}`, 'giu'), ''],
  [new RegExp(`(?<=\\binvited \\p{Lu}\\S*(?: \\p{Lu}\\S*)?) (?:3ala|3al|on)${till}`, 'giu'), ' to'],
  iraqi('3ala|3al', 'about'),
  iraqi('3anah|3anha', 'about it'),
  iraqi('3an', 'about'),
  // "Dan Fletcher il-freelance gali" (Dan Fletcher, the freelancer, told me): what someone is,
  // after the name opening a line, is set apart.
  [new RegExp(`(?<=^${capitalised}) il-(\\p{Ll}[\\p{L}-]*)(?= \\p{L})`, 'u'), ', the $1,'],
  // "il-Rachel Lowe bil-email" (to Rachel Lowe by email): a capitalised name after "il-" and
  // before a break, a channel or a time is who it went to; "il-" anywhere else is "the".
  [
    new RegExp(
      `${from}il-(${capitalised})(?=\\s*$|[,.;:!?)](?=\\s|$)| (?:by|on|at|about|via|yesterday|today|last|the|and|w|il-\\S+)${till})`,
      'gu',
    ),
    'to $1',
  ],
  [new RegExp(`${from}(?:il|el|is|it|ish)-(?=\\S)`, 'giu'), 'the '],
  // The little words: "elli" (that), "bas" (but), "iza" (if), "agdar" (I can), "tigdar" (she
  // can), "shlon" (how), "shino" (what), "hwaya" (a lot), "shwaya" (a bit), "zein" (good), "ma
  // aku shi" (nothing), "ba3ad" (yet), "hassa" (now), "mithli" (like me), "gahwa" (coffee).
  iraqi('ba3ad ma (?:ga|ija|jat) (?:ay )?shi', 'nothing yet'),
  iraqi('ma (?:aku|ga|ija) (?:ay )?shi', 'nothing'),
  iraqi('ma aku', 'no'),
  iraqi('aku', 'there is', 'gu'),
  iraqi('elli|illi', 'that', 'gu'),
  iraqi('bas', 'but', 'gu'),
  iraqi('iza', 'if', 'gu'),
  iraqi('agdar', 'I can'),
  iraqi('tigdar', 'she can'),
  iraqi('[yi]gdar', 'he can'),
  iraqi('khalli', 'let her', 'gu'),
  iraqi('shlon', 'how'),
  iraqi('shino|shinu', 'what'),
  iraqi('hwaya|hwaye', 'a lot'),
  iraqi('shwaya|shwayya', 'a bit'),
  iraqi('zein|zain|7ilu|7ilwa', 'good', 'gu'),
  iraqi('sawalif|sawalef', 'chat'),
  iraqi('3ayla|3aila', 'family'),
  iraqi('ba3ad', 'yet'),
  iraqi('hassa|hissa', 'now', 'gu'),
  iraqi('mithli', 'like me'),
  iraqi('mithil', 'like', 'gu'),
  iraqi('gahwa|gahawa', 'coffee'),
  iraqi('hiya|hiyya', 'she', 'gu'),
  iraqi('huwa|huwwa', 'he', 'gu'),
  iraqi('ay shi|ay shay', 'anything'),
  iraqi('wa7ad', 'one'),
  iraqi('7ata', 'to'),
  iraqi('iyahum|iyaha|iyah', 'them'),
  [/,?\s*(?<![\p{L}\d'’-])(?:inshallah|insha'?allah|habibi|habibti)(?![\p{L}\d'’-])/giu, ''],
];

/**
 * A lone "w" is "and" in an Iraqi note ("my CV w portfolio", "Thomas w Joe"), but English's
 * shorthand for "with" after a word of doing ("coffee w owen").
 */
const andForW: Swap = [
  /(?<![\p{L}\d'’/-])w (?=\p{L})/giu,
  (...args: string[]) => {
    // A replacer's arguments: the match, then its offset and the whole line.
    const [whole, offset, all] = args as unknown as [string, number, string];
    const last = /([\p{L}'’-]+)\W*$/u.exec(all.slice(0, offset))?.[1]?.toLowerCase() ?? '';
    return activityWords.has(last) ? whole : 'and ';
  },
];

/** Every swap, in the order they are made: days, verbs, owners, little words, then "w". */
const iraqiSwaps: readonly Swap[] = [
  ...timeWords,
  ...verbWords,
  ...ownership,
  ...littleWords,
  andForW,
];

/** The line with its Iraqi put into English, when it has any. */
export function mendIraqi(line: string): string {
  return iraqiMarker.test(line) ? applySwaps(line, iraqiSwaps) : line;
}
