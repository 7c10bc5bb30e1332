// Tunisian Arabic (Derja) in Latin letters, as a Tunis-born writer mixes it and its French into
// English notes, put into English before it is read: "coffee ma3a dev lbere7" (with Dev
// yesterday), "klemt jose" (I called José), "klemni olivia" and "olivia klemni" (Olivia called
// me), "b3atht cv l rachel" (I sent Rachel my CV), "b3athli link" (sent me a link), "olivia mte3
// hays" (of Hays), "3la contract" (about a contract), "sa7a barcha l chidi" (thanks a lot to
// Chidi), "mafama chay" (nothing), "barcha tips" (lots of). The digits stand for letters English
// has not ("3" for ain, "7" for the hard h, "9" for qaf, "5" for kha). The days take the article
// "l", glued or not ("ljem3a" Friday, "lkhmis" Thursday, "nhar larb3a" on Wednesday, "sebt"
// Saturday). "3al" (on the) is read by `log-line-lebanese.ts`, which runs first; "jeudi", "hier"
// and the rest of the French by `log-line-french.ts`, which runs after. A line is read so only
// when it is Tunisian by a word no English note uses; a lone "l" after an email, a message or a
// link ("email l hannah", "a link l ofcom's grad scheme") is "to" in any note. A Sfax writer
// spells and says some of it otherwise: "kallemni" (called me), "l5mis" and "le5mis" (Thursday),
// "l'erb3a" (Wednesday), "lethnin" (Monday), "jem3a lfeyta" (last week), "9bal 3 ayem" (3 days
// ago), "chkart X" (thanked X), "talbet menni" (asked me), "9altli" (told me), "fel" (at the).

import { weekdaysOf } from './log-line-dialects.js';
import { applySwaps, type Swap, wholeWord as word } from './log-line-tokens.js';

/** Edges of a word written with the digits of Arabic in Latin letters ("ma3a", "lbere7"). */
const from = String.raw`(?<![\p{L}\d'’/-])`;
const till = String.raw`(?![\p{L}\d'’/-])`;

/** "lbere7" (yesterday), as spelt: "lbere7", "lbera7", "el bera7", "lbereh". */
const yesterday = '(?:l|el ?)b[ae]r[ae][7h]';

/**
 * The Tunisian days, after "l" or "el" (the), glued or not, and "nhar" (day): "ltnin" (Monday),
 * "tleta" or "ettlath" (Tuesday), "larb3a" (Wednesday), "lkhmis" (Thursday), "ljem3a" or
 * "ejjem3a" (Friday), "sebt" or "essebt" (Saturday), "la7ad" or "a7ad" (Sunday); in Sfax
 * "lethnin" (Monday), "l'erb3a" (Wednesday), "l5mis" and "le5mis" (Thursday).
 */
const tunisianDays: Record<string, string> = {
  tnin: 'monday',
  tnine: 'monday',
  thnin: 'monday',
  ethnin: 'monday',
  tlet: 'tuesday',
  tleta: 'tuesday',
  tlatha: 'tuesday',
  tlath: 'tuesday',
  thlatha: 'tuesday',
  ethlatha: 'tuesday',
  arb3a: 'wednesday',
  arb3: 'wednesday',
  arba3: 'wednesday',
  arb3aa: 'wednesday',
  erb3a: 'wednesday',
  khmis: 'thursday',
  '5mis': 'thursday',
  jem3a: 'friday',
  jom3a: 'friday',
  jem3: 'friday',
  juma3: 'friday',
  sebt: 'saturday',
  a7ad: 'sunday',
};

/**
 * The days read only after their article, as "khamis" is a man's name too: "el khamis"
 * (Thursday), "la7ad", "el a7ad" and "nhar l7ad" (Sunday).
 */
const daysAfterArticle: Record<string, string> = {
  khamis: 'thursday',
  a7ad: 'sunday',
  '7ad': 'sunday',
};

/** The article before a Tunisian day, glued to it or not, and "nhar" (day) before that. */
const dayArticle = String.raw`(?:nhar )?(?:el ?|le|l['’]|l ?|e?[tjs])?`;

/**
 * "klem" (called), as spelt in Tunis and in Sfax: "klem", "kallem", "kellem", "kallm"; "klemni",
 * "kallemni", "kallemtni" and "kallmetni" are "called me".
 */
const call = '(?:k[ae]?ll?[ae]?m)';
const callMe = `${call}(?:ni|ny|etni|itni|tni|etny)`;

/** A name of one or two words after a verb ("klemni olivia", "klemni kate morrison"). */
const name = [
  String.raw`\p{L}[\p{L}'’-]*`,
  String.raw`(?: (?!(?:mte3|mta3|3la|from|at|about|re|on|lbere7|nhar|l?b[ae]r[ae][7h]|\p{L}+day` +
    String.raw`|(?:l|el|le)?(?:${Object.keys(tunisianDays).join('|')}))${till})\p{L}[\p{L}'’-]*)?`,
].join('');

/** Words only a Tunisian note uses. */
const tunisianMarker = new RegExp(
  `${from}(?:${[
    'ma3a|m3a|m3ah|m3aha|ma3ah|ma3aha',
    yesterday,
    String.raw`klem\p{L}*|b3ath\p{L}*|kteb\p{L}*|tlab\p{L}*`,
    'mte3|mta3|3la|barcha|mezy[ae]n[ae]?|mafam+(?:a|ech|esh)|e?ss?a7a|ya3ti(?:k|h|ha|hom)',
    'lyoum|lyouma|zeda|tunsi|7keya|nhar|e?ssebt|sebt',
    'l(?:tnin|tlet|arb3a|khmis|jem3a|jom3a|a7ad|7ad)',
    String.raw`k[ae]?ll?[ae]?m(?:ni|ny|etni|itni|tni|t|tou|tha|na)|ba?3a?th\p{L}*`,
    'chkar(?:t|ni|tni|tha|tou)?|n?chakk?[ae]?r(?:ou|ha|hom|ni)|[yt]chakk?[ae]?r(?:ni|ou|ha)',
    String.raw`talab\p{L}*|talb(?:et|ou)\p{L}*|ne?sa?2e?l\p{L}*|tes2el|sa2alt`,
    String.raw`9a(?:l|lt|t|let)li|9otl(?:ha|ou)|3a?m[ae]l(?:t|et)?li|[yt]?7[ao]tt(?:et)?ni`,
    "l5mis|le5mis|lethnin|l['’]erb3a|a7ad|9bal|ayem|walou|menni|9ahwa",
    'relancit|nrelanci|tla9it|t3arraft|likit|commentit|commentat|followit',
    '3tani|3tatni|3tawni|rja3li|3andhom|3andha|3andou|jeweb\\p{L}*|radch',
    // A Bizerte writer's verbs: "3arfetni" (introduced me), "chkretni" (thanked me), "t9ablt"
    // (met), "3ayytli" (called me), "zedetni" (added me), "jawbetni" (replied to me), "t7eb"
    // (wants), "3amlet" (did), "nudgit" (nudged), "lteli" (ago), "l'arb3a" (Wednesday).
    String.raw`[yt]?3ar[ae]?f(?:et)?ni|n?chk[aeo]?r\p{L}*|t9abl\p{L}*|3ayy?[ae]?t\p{L}*`,
    String.raw`zed(?:et)?ni|j[ae]w[e]?b\p{L}*|[yt]7[ae]bb?\p{L}*|7abb?(?:et)?ni|3a?m[ae]?l(?:et|t)?(?:l?i)?`,
    String.raw`nudgit|lt[ae]li|l['’]arb3a|e?thlatha|ayyem|kenet|ba3d`,
  ].join('|')})${till}`,
  'iu',
);

/** The ways of talking "3la" puts a note on ("3la linkedin", "3la whatsapp"): on, not about. */
const channels = [
  'linkedin|whatsapp|insta|instagram|twitter|slack|teams|zoom|phone',
  'email|mail|signal|telegram|discord',
].join('|');

/** The nouns of a message sent, after which a lone "l" is "to" ("email l hannah"). */
const sentThings = [
  'email|mail|msg|message|dm|text|sms|whatsapp|note|link|cv|resume|cover letter',
  'portfolio|connection request|linkedin',
].join('|');

/** A Tunisian verb or word read in one piece: the pattern and its English. */
function tunisian(pattern: string, english: string): Swap {
  return [new RegExp(`${from}(?:${pattern})${till}`, 'giu'), english];
}

/**
 * "anna mta3 revolut 3ameltli like" (Anna of Revolut liked): the firm after a name opening the
 * line, before what the name did, is set in brackets, as English notes write it.
 */
const firmAfterName: Swap = [
  new RegExp(
    String.raw`^(\p{L}[\p{L}'’-]*(?: \p{L}[\p{L}'’-]*)?) (?:mta3|mte3|mel|men) ` +
      String.raw`((?:[\p{L}\d&.-]+ ){0,2}[\p{L}\d&.-]+)(?= (?:${callMe}|ba?3a?th\p{L}*|` +
      String.raw`9a(?:l|lt|t|let)li|talb\p{L}*|talab\p{L}*|3a?m[ae]l\p{L}*|chkar\p{L}*|` +
      String.raw`a?3t(?:ani|atni|awni)|likit|comment[ai]t|rja3li|[yt]7eb|[yt]?3ar[ae]?f\p{L}*|chk\p{L}*|` +
      String.raw`3ayy\p{L}*|zed(?:et)?ni|j[ae]w[e]?b\p{L}*|t9abl\p{L}*|tlab\p{L}*|3m\p{L}*|bech)${till})`,
    'iu',
  ),
  '$1 ($2)',
];

/**
 * Words read before the others, as they hold ones read there: "jem3a lfeyta" and "jem3a lli
 * fetet" (last week: "jem3a" is the week as well as Friday), "lethnin lli fet" (last Monday),
 * "9bal 3 ayem" (3 days ago), "bech y7ottni m3a" (he'll put me in touch with), "cv mte3i" (my
 * CV), "3malli intro" (introduced me), "3amalli review lel cv" (reviewed my CV).
 */
const sfaxWords: readonly Swap[] = [
  tunisian('(?:el ?)?jem3a (?:lfeyta|elfeyta|lfeyt|(?:lli|elli|li) fetet)', 'last week'),
  [
    new RegExp(
      `${from}(${dayArticle}(?:${Object.keys(tunisianDays).join('|')}))` +
        ` (?:(?:lli|elli|li) fet(?:et)?|lfeyt|elfeyt)${till}`,
      'giu',
    ),
    'last $1',
  ],
  [new RegExp(`${from}9bal (\\d+) (?:ayem|iyem|ayyem|ayam|jours)${till}`, 'giu'), '$1 days ago'],
  [new RegExp(`${from}9bal (\\d+) (?:jem3at|semaines)${till}`, 'giu'), '$1 weeks ago'],
  tunisian('9bal (?:jem3a|semaine)', 'a week ago'),
  tunisian('bech y7ott?ni (?:m3a|ma3a)', "he'll put me in touch with"),
  tunisian('bech t7ott?ni (?:m3a|ma3a)', "she'll put me in touch with"),
  tunisian('7att(?:et)?ni (?:m3a|ma3a)', 'put me in touch with'),
  // "cv mte3i" (my CV), "team mte3ha" (her team), "lead mte3ou" (his lead).
  [new RegExp(String.raw`${from}(?:el )?(\p{L}[\p{L}-]*) (?:mte3i|mta3i)${till}`, 'giu'), 'my $1'],
  [
    new RegExp(String.raw`${from}(?:el )?(\p{L}[\p{L}-]*) (?:mte3ha|mta3ha)${till}`, 'giu'),
    'her $1',
  ],
  [
    new RegExp(String.raw`${from}(?:el )?(\p{L}[\p{L}-]*) (?:mte3ou|mta3ou)${till}`, 'giu'),
    'his $1',
  ],
  [
    new RegExp(String.raw`${from}(?:el )?(\p{L}[\p{L}-]*) (?:mte3hom|mta3hom)${till}`, 'giu'),
    'their $1',
  ],
  // "3malli intro" (introduced me), "3amalli review lel cv" (reviewed my CV), "3ameltli like
  // 3al post" (liked my post), and "3amalli" alone (did for me).
  tunisian('3a?m[ae]l(?:t|et)?li intro', "intro'd me"),
  tunisian('3a?m[ae]l(?:t|et)?li review (?:lel|l|el)', 'reviewed my'),
  tunisian('3a?m[ae]l(?:t|et)?li like (?:on|3al|3la)(?: el| l)?', 'liked my'),
  tunisian('3a?m[ae]l(?:t|et)?li', 'did for me'),
  // "post mta3 alex" (Alex's post), "salon mta3 l'emploi" (job fair), "3tani carte" (gave me his
  // card: no more than a meeting's courtesy).
  tunisian('(?:el )?post (?:mta3|mte3)', 'the post of'),
  tunisian("salon (?:mta3|mte3|de) l['’]emploi", 'job fair'),
  tunisian('a?3t(?:ani|atni) (?:el )?carte', 'got their card'),
  // "poste analytics lead fi sky tsakker" (the analytics lead role at Sky closed).
  // "el poste de planning t3abba" (the planning role was filled).
  [
    new RegExp(
      `${from}(?:el )?postes? (?:de |mte3 |mta3 )?([^,.;]{1,40}?) (?:tsakk?er|t3abba)${till}`,
      'giu',
    ),
    'the $1 role closed',
  ],
];

const tunisianWords: readonly Swap[] = [
  // The days around today: "awel lbere7" (the day before yesterday), "lbere7" (yesterday),
  // "lyoum" (today); the days after their article ("nhar ltnin", "ljem3a", "sebt").
  [word(`(?:awel|awwel|awal|awwal) ${yesterday}`), 'the day before yesterday'],
  [word(yesterday), 'yesterday'],
  [word('lyoum|lyouma|el youm'), 'today'],
  weekdaysOf(tunisianDays, { before: dayArticle, caseless: true, marks: false }),
  weekdaysOf(daysAfterArticle, { before: '(?:nhar )?(?:l|la|el ?)', caseless: true, marks: false }),
  // Talk and calls: "klemni X" and "X klemni" (X called me; "klemetni" of a woman), "klemt X"
  // (I called X), "klemtou", "klemtha" (I called him, her), "klemna" (we talked).
  [
    new RegExp(
      String.raw`^(?:${callMe}) (?:el |l )?(${name}` +
        String.raw`(?: (?:mte3|mta3|from|at|@) \p{L}[\p{L}'’&.-]*)?(?: \([^)]*\))?)(?=$|[\s,])`,
      'iu',
    ),
    '$1 called me',
  ],
  [new RegExp(`${from}(?:${callMe})${till}`, 'giu'), 'called me'],
  [new RegExp(`${from}${call}tou${till}`, 'giu'), 'called him'],
  [new RegExp(`${from}${call}tha${till}`, 'giu'), 'called her'],
  [new RegExp(`${from}${call}na${till}`, 'giu'), 'we talked'],
  [new RegExp(`${from}${call}t(?= \\p{L})`, 'giu'), 'called'],
  // Sending: "b3atht X l Y" (I sent X to Y), "b3athli" (sent me), "b3athtou", "b3aththa" (I
  // sent it), "b3athtoulou" and "b3athtlou" (I sent him, it), "b3athtelha" (I sent her).
  [new RegExp(`${from}(?:b3athli|b3athetli|b3athly|b3atheli)${till}`, 'giu'), 'sent me'],
  [
    new RegExp(`${from}(?:b3athtoulou|b3athtlou|b3athtelou|b3athtoulhou)${till}`, 'giu'),
    'I sent him',
  ],
  [new RegExp(`${from}(?:b3athtoulha|b3athtelha|b3athtlha)${till}`, 'giu'), 'I sent her'],
  [new RegExp(`${from}(?:b3athtou|b3aththa|b3aththou|b3aththo)${till}`, 'giu'), 'sent it'],
  [new RegExp(`${from}(?:b3atht|b3athet)(?= \\p{L})`, 'giu'), 'sent'],
  // "hiya li tlabtou" (she is the one who asked for it), "houwa li tlabou" (he).
  [word('(?:hiya|heya) (?:li|elli) tlab(?:tou|etou|tha|et|t)'), 'she asked for it'],
  [word('(?:houwa|howa|huwa) (?:li|elli) tlab(?:ou|ha|hom)?'), 'he asked for it'],
  // Thanks: "sa7a barcha l chidi" (thanks a lot to Chidi: thanked him), "sa7a 3al mock" (thanks
  // for), "kteblli merci" (wrote me thanks: thanked me); "ya3tik essa7a" (bless you) and
  // "ya3tiha essa7a" after something else are only a courtesy.
  [/,?\s*(?<![\p{L}\d'’-])ya3ti(?:k|h|ha|hom) (?:e?ss?a7a|sa77a)(?![\p{L}\d'’-])[!.]*/giu, ''],
  [new RegExp(`${from}(?:e?ss?a7a)(?: barcha)? (?:l|el|li) (?=\\p{L})`, 'giu'), 'thanked '],
  [
    new RegExp(`${from}(?:e?ss?a7a)(?: barcha)? (?:on|3al|3la|for)(?= \\p{L})`, 'giu'),
    'thanks for',
  ],
  [new RegExp(`${from}(?:e?ss?a7a)(?: barcha)?${till}`, 'giu'), 'thanks'],
  [
    new RegExp(
      `${from}(?:kteblli|kteblii|kteb li|ktebli|kteb)(?: (?:li|lia))? ['"‘“]?` +
        `(?:merci|cheers|thanks|thank you|thx|sa7a|y3aychek)['"’”]?(?= |$)`,
      'giu',
    ),
    'thanked me',
  ],
  [new RegExp(`${from}(?:kteblli|ktebli)${till}`, 'giu'), 'wrote to me'],
  [new RegExp(`${from}kteb${till}`, 'giu'), 'wrote'],
  // "li b3athtoulou" (that I sent him, after it is read above): "li" before a verb is "that".
  [new RegExp(`${from}(?:li|elli)(?= I sent)`, 'giu'), 'that'],
  // "ma3a X" and "m3a X" (with X; "ma3ah", "m3aha" with him, with her), "X w Y" after it (and).
  [
    new RegExp(
      String.raw`${from}(?:ma3a|m3a)( \p{L}[\p{L}'’-]*(?: \p{L}[\p{L}'’-]*)?) w (?=\p{L})`,
      'giu',
    ),
    'with$1 and ',
  ],
  [new RegExp(`${from}(?:ma3a|m3a)(?= \\p{L})`, 'giu'), 'with'],
  [new RegExp(`${from}(?:ma3ah|m3ah)${till}`, 'giu'), 'with him'],
  [new RegExp(`${from}(?:ma3aha|m3aha)${till}`, 'giu'), 'with her'],
  // "mte3 hays" (of Hays: from), "3la contract" (about; "3la linkedin", on), "barcha 7keya"
  // (lots of talk), "barcha tips" (lots of), "rate mezyen" (good), "mafama chay" (nothing),
  // "mafama roles" (no roles), "tunsi zeda" (Tunisian too).
  [new RegExp(`${from}(?:mte3|mta3)(?= \\p{L})`, 'giu'), 'from'],
  [new RegExp(`${from}3la(?= (?:the )?(?:${channels})${till})`, 'giu'), 'on'],
  [new RegExp(`${from}3la(?= \\p{L})`, 'giu'), 'about'],
  [new RegExp(`${from}barcha 7k(?:eya|aya|ey)${till}`, 'giu'), 'lots of talk'],
  [new RegExp(`${from}7k(?:eya|aya)${till}`, 'giu'), 'talk'],
  [new RegExp(`${from}barcha(?= \\p{L})`, 'giu'), 'lots of'],
  [new RegExp(`${from}barcha${till}`, 'giu'), 'a lot'],
  [new RegExp(`${from}mezy[ae]n[ae]?${till}`, 'giu'), 'good'],
  [
    new RegExp(
      `${from}(?:mafama|mafamma|mafamech|mafamesh) (?:chay|chei|rien|7atta chay)${till}`,
      'giu',
    ),
    'nothing',
  ],
  [new RegExp(`${from}(?:mafama|mafamma|mafamech|mafamesh)(?= \\p{L})`, 'giu'), 'no'],
  [new RegExp(`${from}(?:mafama|mafamma|mafamech|mafamesh)${till}`, 'giu'), 'nothing'],
  [new RegExp(`${from}tunsi(?:ya)?${till}`, 'giu'), 'Tunisian'],
  [new RegExp(`${from}zeda${till}`, 'giu'), 'too'],
];

/**
 * A Sfax writer's verbs and particles, read after the words above: "kallemni" and "kallmetni"
 * (called me) are read with "klemni"; "9alli" and "9altli" (told me), "chkart X" (thanked X),
 * "chkartni" (thanked me), "nchakrou" (to thank him), "talabt men X" (asked X), "talbet menni"
 * (she asked me), "nes2lou" (to ask him), "relancit" (chased), "tla9it" (met), "likit"
 * (liked), "3tani" (gave me), "3andhom" (they have), "fel" (at the), "mel" (from the).
 */
const sfaxVerbs: readonly Swap[] = [
  // Telling: "9alli", "9altli", "9atli" (told me), "9otlha", "9otlou" (I told her, him).
  tunisian('9a(?:l|lt|t|let)li', 'told me'),
  tunisian('9otlha', 'I told her'),
  tunisian('9otlou', 'I told him'),
  // Thanks: "chkart X" (thanked X), "chkarni" and "chkartni" (thanked me), "chkartha", "chkartou"
  // (thanked her, him), "nchakrou", "nchakkarha" (to thank him, her), "ychakkarni" (thanking me).
  tunisian('chkar(?:ni|tni)|[yt]chakk?[ae]?rni', 'thanked me'),
  tunisian('chkartha|n?chakk?[ae]?rha', 'thanked her'),
  tunisian('chkartou|n?chakk?[ae]?rou', 'thanked him'),
  tunisian('n?chakk?[ae]?rhom', 'thanked them'),
  [new RegExp(`${from}chkart(?= \\p{L})`, 'giu'), 'thanked'],
  // What was thanked for: "chkart chidi 3al mock" ("on" after the Lebanese reads "3al").
  [
    new RegExp(
      String.raw`(?<=\bthanked\b[^,]*?) (?:on|3al|3la) (?!(?:the )?(?:${channels})${till})`,
      'giu',
    ),
    ' for ',
  ],
  // Asking: "talabt men X" (asked X), "talbet menni" and "talab menni" (asked me), "talabt" (asked
  // for), "ma talbouch" and "7ad ma talbou menni" (unasked), "kima talbet" (as she asked), "li
  // talbetou" (that she asked for), "nes2lou" (to ask him), "tes2el 3la" (asking about).
  tunisian('talabt (?:men|mel)', 'asked'),
  tunisian('tal[a]?b(?:et)? menni', 'asked me'),
  tunisian('(?:7ad )?ma talb(?:ou|etou|ouch|etouch)(?: menni)?', 'unasked'),
  tunisian('kima talb(?:et|ou)', 'as they asked'),
  tunisian('(?:li|elli) talb(?:etou|ou|etha)', 'that they asked for'),
  tunisian('talabt', 'asked for'),
  tunisian('ne?sa?2e?lou', 'to ask him'),
  tunisian('ne?sa?2e?lha', 'to ask her'),
  tunisian('ne?sa?2e?lhom', 'to ask them'),
  tunisian('ne?sa?2e?l', 'to ask'),
  tunisian('tes2el|ys2el', 'asking'),
  tunisian('sa2alt so2al', 'asked a question'),
  tunisian('sa2alt', 'asked'),
  [new RegExp(`(?<=to ask (?:him|her|them) )ken${till}`, 'giu'), 'if'],
  // Sending: "ba3thetli", "ba3athli" (sent me), "rja3li" (sent me back), "3tani", "3tatni" (gave
  // me), "3awedt b3atht" (followed up), "relancit" (chased), "nrelanci" (to chase).
  tunisian('ba?3a?th(?:et|at|e)?li', 'sent me'),
  tunisian('r[a]?j+a3li', 'sent me back'),
  tunisian('a?3t(?:ani|atni|awni)', 'gave me'),
  tunisian('3awedt (?:b3atht|ba3atht)', 'followed up'),
  tunisian('3awedt relancit|relancit', 'chased'),
  tunisian('nrelanci', 'to chase'),
  tunisian('ma (?:jewebnich|jawebnich|jewebnish|radch|raddech|raddich)', 'no reply'),
  // Meeting and the social sites: "tla9it X" and "t3arraft 3la X" (met X), "likit" (liked),
  // "commentit", "commentat" (commented), "followit" (followed), "9ahwa" (coffee).
  tunisian('tla9it|t3arraft (?:3la|3al|on|about)', 'met'),
  tunisian('likit', 'liked'),
  tunisian('commentit|commentat|commentet', 'commented'),
  tunisian('followit|followat', 'followed'),
  tunisian('9a?hwa|9ahoua|9hawi', 'coffee'),
  tunisian('dej|déj', 'lunch'),
  // The times of day: "sbe7" (this morning), "l3chiya" (in the evening), "el lil" (at night).
  tunisian('sbe7|sba7|sbe7ika', 'this morning'),
  tunisian('l?3chiya|el 3chiya', 'evening'),
  tunisian('el lil|ellil', 'night'),
  tunisian('el mec', 'the guy'),
  // Work on offer: "mission" (a contract, as French has it), "poste" (a role), "5edma" (work).
  tunisian('mission', 'contract'),
  tunisian('postes?', 'role'),
  tunisian('5edma', 'work'),
  // What they have: "3andhom" (they have; "ma 3andhomch", they have no), "3andha" (she has),
  // "3andou" (he has), "y recrutiw" (are hiring), "tsakker" (closed), "y7eb ychouf" (wants to see).
  tunisian('ma 3andhom(?:ch|ech)', 'they have no'),
  tunisian('3andhom', 'have'),
  tunisian('3andha', 'she has'),
  tunisian('3andou', 'he has'),
  tunisian('y ?recrutiw', 'are hiring'),
  tunisian('tsakk?er', 'closed'),
  tunisian('[yt]7eb [yt]chouf', 'wants to see'),
  tunisian('3addet ismi', 'put my name forward'),
  tunisian('nasa7(?:t)?ni', 'advised me'),
  tunisian('wa3d(?:et)?ni', 'promised me'),
  tunisian('3awenni', 'helped me'),
  // The little words: "fel" (at the), "fi" (in), "mel" (from the), "lel" (for the), "bel mail" (by
  // email), "men" (from), "kenou" (were), "walou" and "mazal walou" (nothing yet), "zouz" (both).
  tunisian('fel', 'at the'),
  tunisian('fi', 'in'),
  [new RegExp(`(?<!(?:with|to|and|&) )${from}mel(?= \\p{Ll})`, 'gu'), 'from'],
  tunisian('lel', 'for the'),
  tunisian('bel mail', 'by email'),
  tunisian('men', 'from'),
  tunisian('kenou', 'were'),
  tunisian('(?:mazal )?walou', 'nothing yet'),
  tunisian('zouz', 'both'),
];

/** "fel meetup mte3hom" (at their meetup): "fel" (at the) gives way to the owner. */
const owners: Record<string, string> = { i: 'my', ha: 'her', ou: 'his', hom: 'their' };

/**
 * A Bizerte writer's words, read before the others as they hold ones read there: "3arfetni b X"
 * (introduced me to X), "bech y3arefni b" (he'll introduce me to), "3 ayyem lteli" and "il y a 5
 * jours" (3, 5 days ago), "followit m3a" (followed up with), "t9ablt X w Y" (met X and Y),
 * "b3atht l X" (sent X), "t7ebni n3awnha" (she asked me to help her).
 */
const bizerteWords: readonly Swap[] = [
  [
    new RegExp(
      `${from}(?:(\\d+) (?:ayyem|ayem|iyem|ayam|jours) lt[ae]li|il y a (\\d+) jours?)${till}`,
      'giu',
    ),
    (_: string, lteli?: string, ilya?: string) => `${lteli ?? ilya} days ago`,
  ],
  [new RegExp(`${from}(\\d+) (?:jem3at|semaines) lt[ae]li${till}`, 'giu'), '$1 weeks ago'],
  [
    new RegExp(String.raw`${from}fel (\p{L}[\p{L}-]*) (?:mte3|mta3)(i|ha|ou|hom)${till}`, 'giu'),
    (_: string, thing: string, owner: string) => `at ${owners[owner.toLowerCase()]} ${thing}`,
  ],
  // Introductions: "3arfetni", "3arefni", "3arafni b X" (introduced me to X); with "bech"
  // (will), "y3arefni" and "t3arafni" are the promise of one.
  tunisian('(?:bech )?y3ar[ae]?fni (?:b|bi|bel)', "he'll introduce me to"),
  tunisian('(?:bech )?t3ar[ae]?fni (?:b|bi|bel)', "she'll introduce me to"),
  tunisian('3ar[ae]?f(?:et)?ni (?:b|bi|bel)', 'introduced me to'),
  tunisian('3ar[ae]?f(?:et)?ni', 'introduced me'),
  tunisian('(?:bech )?[yt]7ott? (?:esmi|ismi)', 'will put my name forward'),
  // Chasing: "nudgit" (nudged), "followit m3a X" (followed up with X, where "followit X" alone is
  // following X on a site).
  tunisian('nudgit|nudgeit', 'nudged'),
  tunisian('followit (?:m3a|ma3a)', 'followed up with'),
  // Meeting: "t9ablna m3a X" (met with X), "t9ablna" (we met), "t9ablt X w Y" (met X and Y).
  tunisian('t9ablna (?:m3a|ma3a)', 'met with'),
  tunisian('t9ablna', 'we met'),
  [
    new RegExp(
      String.raw`${from}t9abl(?:t|et)( \p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?) w (?=\p{L})`,
      'gu',
    ),
    'met$1 and ',
  ],
  tunisian('t9abl(?:t|et)', 'met'),
  // Sending: "b3atht l Kate" and "b3athtlou l Owen" (I sent Kate, Owen), "b3atht follow l X"
  // (followed X on a site).
  [
    new RegExp(
      `${from}(?:b3atht|b3athet|b3athtlou|b3athtoulou|b3athtelou|b3athtelha|b3athtlha) (?:l|lel) (?=\\p{Lu})`,
      'gu',
    ),
    'sent ',
  ],
  tunisian('b3ath(?:t|et) follow (?:l|lel)', 'followed'),
  // Wanting: "t7ebni napplyi" (she wants me to apply); "t7eb nchouf", "7abni n9ra", "y7ebni
  // n3awnou" (asked me to look at, read, help him) are asks, as are "na3tiha ra2yi" (to give her
  // my opinion).
  [
    new RegExp(
      `${from}(?:[yt]7[ae]bb?(?:et)?(?:ni)?|7abb?(?:et)?ni) (?=(?:nchouf|n9ra|n3awn|na3ti)\\p{L}*${till})`,
      'giu',
    ),
    'asked me to ',
  ],
  [
    new RegExp(`${from}(?:[yt]7[ae]bb?(?:et)?(?:ni)?|7abb?(?:et)?ni) (?=n\\p{L})`, 'giu'),
    'wants me to ',
  ],
  tunisian('nchouf', 'look at'),
  tunisian('n9ra', 'read'),
  tunisian('n3awnou', 'help him'),
  tunisian('n3awnha', 'help her'),
  tunisian('n3awnhom', 'help them'),
  tunisian('n3awn', 'help'),
  tunisian('na3tih ra2yi', 'give him my opinion'),
  tunisian('na3tiha ra2yi', 'give her my opinion'),
  tunisian('na3ti ra2yi', 'give my opinion'),
  tunisian('napplyi', 'apply'),
  // "talab l CV bech ypassih l team" (asked for the CV to pass it on to the team).
  tunisian('(?:bech )?[ytn]passi(?:h|ha|hom|hou)?(?: (?:l|lel|el))?', 'to pass it on to'),
  tunisian('kima t(?:a)?lab(?:et|ou)?', 'as they asked'),
];

/**
 * A Bizerte writer's verbs, read after the possessives above: "chkretni" (thanked me), "nchkorha"
 * (to thank her), "3ayytli" (called me), "zedetni" (added me), "jawbetni" (replied to me), "3mal
 * review" (reviewed), "3amlet comment" (commented), "3malet follow" (followed), "lien" (link),
 * "offre" (job posting), "contrat" (contract), "kenet tpresenti" (was presenting), "ba3d" (after).
 */
const bizerteVerbs: readonly Swap[] = [
  tunisian('n?chk[aeo]?r(?:e?tni|ni)', 'thanked me'),
  // "msg nchkorha" (a message thanking her); "bech nchkrou" (so as to thank him) is a plan a
  // call or a meeting may hold among other talk, and is left for the rest of the line to say.
  [
    new RegExp(`(?<!bech )${from}nchk[oa]?r(ou|ha|hom)(?: (?:on|3al|3la)(?= \\p{L}))?`, 'giu'),
    (all: string, who: string) =>
      `to thank ${{ ou: 'him', ha: 'her', hom: 'them' }[who.toLowerCase()]}` +
      (/ \S+$/u.test(all) ? ' for' : ''),
  ],
  tunisian('3ayy?[ae]?t(?:et)?li', 'called me'),
  tunisian('zed(?:et)?ni', 'added me'),
  tunisian('j[ae]w[e]?b(?:et)?ni', 'replied to me'),
  tunisian('ma j[ae]w[e]?b(?:et|ou)?(?:ni)?(?:ch|sh)', 'no reply'),
  tunisian('3a?m[ae]?l(?:et|t)?(?:l?i)? like(?: (?:on|3al|3la))?', 'liked'),
  tunisian('3a?m[ae]?l(?:et|t)?(?:l?i)? comment(?: (?:on|3al|3la))?', 'commented on'),
  tunisian('3a?m[ae]?l(?:et|t)?(?:l?i)? review(?: (?:on|3al|3la|lel|l|el))?', 'reviewed'),
  tunisian('3a?m[ae]?l(?:et|t)?(?:l?i)? follow(?: (?:l|lel|el|on|3al|3la))?', 'followed'),
  tunisian('r[a]?j+a3(?:hou|ha|hom)li', 'sent it back to me'),
  // Asking: "tlabt menha X" (asked her for X), "tlabt men X", "tlabet menni" (asked me), "talab
  // l CV" (asked for the CV).
  tunisian('ta?labt menha', 'asked her for'),
  tunisian('ta?labt menou', 'asked him for'),
  tunisian('ta?labt menhom', 'asked them for'),
  tunisian('ta?labt (?:men|mel)', 'asked'),
  tunisian('tl[a]?b(?:et)? menni', 'asked me'),
  tunisian('ta?lab(?:et)?(?: (?:l|el)(?= \\p{L}))?', 'asked for'),
  tunisian("lien (?:mte3|mta3) (?:l['’]?)?offre", 'link to a job posting'),
  tunisian('lien', 'link'),
  tunisian('offres?', 'job posting'),
  tunisian('contrats?', 'contract'),
  tunisian('salons?', 'trade fair'),
  [new RegExp(String.raw`${from}kenet [yt](\p{L}{3,}?)i${till}`, 'giu'), 'was $1ing'],
  tunisian('kenet', 'was'),
  tunisian('ba3d (?:l|el)(?= \\p{L})', 'after the'),
  tunisian('ba3d', 'after'),
];

/**
 * A call's talk: "kallemt Sam lbera7, 7kina" (I called Sam yesterday, we talked) is the call the
 * line names, so who placed it is who reached out, not both.
 */
const callTalk: Swap = [
  /(?<=\bcalled\b[^,]*,\s*)we talked( on\b)?/giu,
  (_: string, on?: string) => (on ? 'talked about' : 'talked'),
];

/** The Arabic days a lone "l" may stand before as their article ("email l jem3a", Friday). */
const dayAfterArticle = [...Object.keys(tunisianDays), ...Object.keys(daysAfterArticle)]
  .concat(['tnen', 'tnein', 'tlete', 'jum3a', 'sabt', 'arba3a'])
  .join('|');

/**
 * A lone "l" after something sent ("email l hannah", "b3atht cv l priya", "a link l ofcom's
 * grad scheme") is "to" in any note: English never writes "l" alone after them.
 */
const toAfterSent: Swap = [
  new RegExp(
    String.raw`(?<=${from}(?:${sentThings}|sent|intro'd me) )l ` +
      String.raw`(?!(?:${dayAfterArticle})${till})(?=\p{L})`,
    'giu',
  ),
  // A capital "L" is an initial ("email L Smith"), not the Arabic word.
  (l: string) => (l.startsWith('l') ? 'to ' : l),
];

/** The line with its Tunisian put into English; a line with none comes back as it was. */
export function mendTunisian(line: string): string {
  const mended = tunisianMarker.test(line)
    ? applySwaps(line, [
        firmAfterName,
        ...bizerteWords,
        ...sfaxWords,
        ...bizerteVerbs,
        ...tunisianWords,
        ...sfaxVerbs,
        callTalk,
      ])
    : line;
  return applySwaps(mended, [toAfterSent]);
}
