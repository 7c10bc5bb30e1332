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
// Davao's Bisaya puts any English verb after the prefixes ("gi-review ni Chidi akong cv", Chidi
// reviewed my cv; "gi-WhatsApp nako si Emma"; "nag-send og feedback"): "gi-X nako si Y" is the
// user's doing, "gi-X ko ni Y", "ni-X si Y" and "gi-X ko niya" done to the user ("gi-call ko ni
// Gareth": Gareth rang me), "gi-X niya" the contact's; "nitawag", "gitawagan" are calls. The days
// add "kagabii" (last night), "karong hapon" (this afternoon), "tulo ka adlaw na" (three days
// ago), "niadtong Huwebes" (on Thursday); "kay X" is to X, "bahin sa" about, "i-refer daw ko niya"
// an offer to refer, "gusto daw niya makita" a wish to see.

import { spanishDays } from './log-line-tagalog.js';
import { applySwaps, pastOfPlain, type Swap, wholeWord } from './log-line-tokens.js';

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

/**
 * A person after "si" or "ni" who did something to the user, the name moved before the verb
 * ("ni-email si emily clarke gahapon": emily clarke emailed me): in small letters or capitals, up
 * to a comma, a day, a place ("sa") or the end.
 */
const whoTill = [
  String.raw`([\p{L}][\p{L}'’.-]*(?: [\p{L}][\p{L}'’.-]*){0,2}?(?: from \p{L}[\p{L}&.'’-]*)?)`,
  String.raw`(?=[,;.:)]|$| \(| (?:sa|on|at|yesterday|today|last|this|\d|re|about|bahin|para|nako`,
  String.raw`|kanako|via|kay|ug|and|for|\d+ \p{L}+ ago)(?![\p{L}'’-]))`,
].join('');

/**
 * A name opening a line in small letters or capitals, with the firm after "from", "at" or "sa",
 * before a verb a contact did ("mr carter from accenture ni-email", "Marcus Bell sa Starling
 * nag-DM"): up to four words, none a word of the language or an English verb's past.
 */
const nameWord = [
  String.raw`(?!(?:nga|ang|og|ug|kay|mi|ko|nako|si|ni|sa|the|and|that)(?![\p{L}]))`,
  String.raw`[\p{L}][\p{L}'’.&-]*(?<!ed|ing|'d|’d)`,
].join('');
const whoOpening =
  `^(${nameWord}(?: (?:from|at|sa) ${nameWord}| ${nameWord}){0,3}` + String.raw`(?: \([^)]*\))?)`;

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
  'connect request': 'sent a connection request to',
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
  chika: 'told me about',
  pasa: 'forwarded',
  applyan: 'applied for',
  ingon: 'said',
};
const verb = `(${Object.keys(verbs).join('|')}|DM)`;
const verbAs = (said: string) =>
  verbs[said.toLowerCase()] ?? (said === 'DM' ? "DM'd" : pastOfPlain(said));

/**
 * Any English verb after a Cebuano prefix with its hyphen ("gi-review", "ni-email", "nag-send",
 * "gi-WhatsApp", "gi-follow up", "gi-thank you", "gi-mock interview"): the hyphen says a verb.
 */
const anyVerb = String.raw`((?:mock |group )?\p{L}[\p{L}']*(?: up| you| u| interview| request)?)`;

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
  chika: 'chatted',
  'catch up': 'catch-up',
  'catch-up': 'catch-up',
  video: 'video call',
  'group call': 'call',
};
const meeting = `(${Object.keys(together).join('|')})`;
const meetingAs = (said: string) => together[said.toLowerCase()] ?? said;

/** The days of the week as Cebuano says them, from the Spanish. */
const days: Record<string, string> = { ...spanishDays, domingo: 'Sunday' };
const day = `(${Object.keys(days).join('|')})`;
const dayAs = (said: string) => days[said.toLowerCase()] ?? said;

/** The months as Cebuano writes them, from the Spanish. */
const months: Record<string, string> = {
  enero: 'January',
  pebrero: 'February',
  marso: 'March',
  abril: 'April',
  mayo: 'May',
  hunyo: 'June',
  hulyo: 'July',
  agosto: 'August',
  septiyembre: 'September',
  setyembre: 'September',
  oktubre: 'October',
  nobyembre: 'November',
  disyembre: 'December',
};
const month = `(${Object.keys(months).join('|')})`;
const monthAs = (said: string) => months[said.toLowerCase()] ?? said;

/** What one hopes a contact will do for the user, as a thing asked for. */
const hopedFor: Record<string, string> = {
  refer: 'a referral',
  recommend: 'a recommendation',
  endorse: 'an endorsement',
};

/** How a thing was sent, as English says it after "sent X": "on viber", "by email". */
const sentBy = (how: string) =>
  ({ email: 'by email', text: 'by text', message: 'by message', dm: 'by DM', chat: 'by chat' })[
    how.toLowerCase()
  ] ?? `on ${how.toLowerCase()}`;

/** "sa" after a verb done to the user, "to" ("gi-intro ko ni Marcus sa", introduced me to). */
const toWhom = [
  String.raw`( sa(?! (?:linkedin|whatsapp|messenger|viber|email|zoom|teams|text)(?![\p{L}]))`,
  String.raw`| kay)?`,
].join('');

/**
 * Verbs that pass the user on to someone, after which "sa" is "to" ("gi-intro ko ni Marcus sa");
 * after a call or a message it names where the caller works ("gi-call ko ni thomas sa arup").
 */
const passesOn = (said: string) =>
  /^(?:intro|introduce|refer|recommend|endorse|pasa|forward|connect|cc|tag)/iu.test(said);

/** What Cebuano says was asked for or about, and any borrowed verb as English says it. */
const askedAs = (said: string, saidEn = '') =>
  ({ gipangayo: 'asked for', gipangutana: 'asked about', gisaad: 'promised' })[
    said.toLowerCase()
  ] ?? verbAs(saidEn);

/** The counts a note says in Cebuano: "tulo ka adlaw na" (three days ago). */
const counts: Record<string, string> = {
  usa: '1',
  duha: '2',
  tulo: '3',
  upat: '4',
  lima: '5',
  unom: '6',
  pito: '7',
};

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
  // A line opening on "uy" (hey) or on the marker "si" before the one who did it ("si Lee
  // nag-email"); a courtesy opening a line or after "with" ("kuya Dev gi-cc ko", "lunch with sir
  // Ben", "ma'am Margaret ni-text"): only a name follows, never a meal ("ate lunch").
  [/^uy,? (?=\p{L})/iu, ''],
  [/^si (?=\p{L})/u, ''],
  [
    new RegExp(
      String.raw`(?<=^|(?<![\p{L}'’-])with )` +
        String.raw`(?:ate|kuya|manang|manong|ma'?am|ma’am|sir|tita|tito) ` +
        String.raw`(?!(?:lunch|dinner|breakfast|brunch|with|out|at|the|a|in|on)(?![\p{L}]))` +
        String.raw`(?=\p{L})`,
      'giu',
    ),
    '',
  ],
  // "si Siobhan ug Niamh", "with joanne ug hannah schmidt": "ug" between two people is "and"
  // (before a thing it is "a": "nag-send si Ben ug JD").
  [
    new RegExp(
      String.raw`(?<=(?:^|[\s,(])(?:si|ni|kang|with) [\p{L}'’.-]+(?: [\p{L}'’.-]+)?) ug ` +
        String.raw`(?!(?:\p{Lu}{2,}|cv|resume|jd|link|referral|feedback|advice|tips|intro|role` +
        String.raw`|job)` +
        String.raw`(?![\p{L}]))(?=\p{L})`,
      'gu',
    ),
    ' and ',
  ],
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
  // The days: "gahapon" (yesterday), "ganina" (earlier today), "karon" (now), "ugma"
  // (tomorrow), "sa miaging semana" (last week), "sa Martes" (on Tuesday), "Huwebes".
  [word('(?:sa )?[mn]iaging semana|(?:sa )?[mn]iagi nga semana'), 'last week'],
  [word('(?:sa )?[mn]iaging bulan|(?:sa )?[mn]iagi nga bulan'), 'last month'],
  [word('(?:karong|karon nga) (?:buntag|hapon|gabii|udto)', 'giu'), 'today'],
  [/(?<=[\p{L}\d]) sa (?:buntag|hapon|gabii|udto)(?![\p{L}'’-])/giu, ''],
  [word('kagabii', 'giu'), 'yesterday'],
  [word('(last (?:week|month)) pa'), '$1'],
  [word(`(?:sa )?[mn]iaging ${day}`, 'giu'), (_m: string, said: string) => `last ${dayAs(said)}`],
  [word(`niadtong ${day}`, 'giu'), (_m: string, said: string) => `on ${dayAs(said)}`],
  [word('niadtong'), 'on'],
  [
    word(`(\\d+|${Object.keys(counts).join('|')}) ka (adlaw|semana|bulan) (?:na|ang milabay)`),
    (_m: string, count: string, unit: string) => {
      const figure = counts[count.toLowerCase()] ?? count;
      const units = { adlaw: 'day', semana: 'week', bulan: 'month' }[unit.toLowerCase()] ?? unit;
      return figure === '1' ? `a ${units} ago` : `${figure} ${units}s ago`;
    },
  ],
  [word('(?:ka)?gahapon', 'giu'), 'yesterday'],
  // "ika-13 sa Nobyembre": the 13th of November, the months from the Spanish.
  [
    word(`ika-(\\d{1,2}) (?:sa|ng) ${month}`, 'giu'),
    (_m: string, date: string, said: string) => `${date} ${monthAs(said)}`,
  ],
  [word('sukad sa'), 'since'],
  [word('ganina', 'giu'), 'today'],
  [word('karon', 'giu'), 'today'],
  [word('ugma', 'giu'), 'tomorrow'],
  [word(`sa ${day}`, 'giu'), (_m: string, said: string) => `on ${dayAs(said)}`],
  [word(day.replace('|domingo', ''), 'giu'), (said: string) => dayAs(said)],
  // The native verbs of calling and sending, put as the borrowed ones are written: "nitawag si
  // Olivia" (Olivia rang), "gitawagan nako si Kate" (rang Kate), "nagpadala" (sent); what was
  // asked for: "nga akong gipangayo" (that I asked for), "kay gipangayo niya" (as they asked).
  [word('ni-?tawag|mi-?tawag'), 'ni-call'],
  [
    new RegExp(
      String.raw`(?<![\p{L}'’-])kay (?=(?:gi|ni|nag|na|ma|mi)-|gipang\p{Ll}+|` +
        String.raw`gi\p{Ll}+ (?:niya|nila|nako|ko)(?![\p{L}])|naa|wala|pareho|interesado|busy)`,
      'gu',
    ),
    'as ',
  ],
  [word('ang akong'), 'my'],
  [word('wala pa na-'), 'not yet '],
  [word('wala na (?:daw )?ang ([^,;.]+?)(?=[,;.]|$)'), 'the $1 is gone'],
  [
    word('(?:(\\p{Ll}+) )?comment (?:nako|ko)(?= sa)'),
    (_m: string, what = '') => `commented${what && ` ${what}`}`,
  ],
  [word(`na-${anyVerb}(?: na)?`), (_m: string, said: string) => verbAs(said)],
  [word('gi-?tawagan|gi-?tawag'), 'gi-call'],
  [word('nagpadala(?: sa)?'), 'nag-send og'],
  [word('gipadala'), 'gi-send'],
  // "referral nga iyang gisaad": the referral they promised, a thing owed and so chased.
  [word('ang ((?:\\p{L}+ )?\\p{L}+) nga (?:iyang|ilang) gisaad'), 'the $1 they promised'],
  [
    word('(?<=(?:sa|about|re) )(?!sa )((?:\\p{L}+ )?\\p{L}+) nga (?:iyang|ilang) gisaad'),
    'the $1 they promised',
  ],
  [
    word(`nga (akong|iyang) (gipangayo|gipangutana|gi-?${anyVerb})`),
    (_m: string, whose: string, said: string, saidEn = '') =>
      `that ${whose.toLowerCase() === 'akong' ? 'I' : 'they'} ${askedAs(said, saidEn)}`,
  ],
  [
    word(
      '(?:kay|as) (?:(gipangayo|gipangutana) (?:niya|nila)|' +
        '(?:iyang|ilang) (gipangayo|gipangutana))',
    ),
    (_m: string, said = '', saidToo = '') =>
      (said || saidToo).toLowerCase() === 'gipangayo'
        ? 'since they wanted it'
        : `as they ${askedAs(said || saidToo)} it`,
  ],
  [word('nga (?=gi-)'), 'that '],
  [word('nag-apply (?:man )?(?:ko )?sa'), 'applied to'],
  [word('nag-hire ang (\\p{Lu}[\\p{L}&.-]*)'), '$1 is hiring'],
  [word('(?:hiring|nag-hire) (?:daw )?ang (\\p{L}+) (?:ug|og)'), '$1 is hiring a'],
  [word('(?:hiring|nag-hire) (?:daw )?(?:ilang|ang) ([^,;.]+?)(?=[,;.]|$)'), 'their $1 is hiring'],
  // Meetings both had: "nag-coffee mi ni Joanne", "nag-chat mi ni Jose", "video call mi ni Ana";
  // "Fatima from Ofcom nag-video mi", "dan fletcher, nag-zoom mi": a meeting with the one named.
  [
    word(`(?:nag-?|nag )?${meeting} (?:mi|kami) (?:ni|si|kang|uban ni|uban kang) ${who}`, 'gu'),
    (_m: string, what: string, name: string) => `${meetingAs(what)} with ${name}`,
  ],
  [
    new RegExp(`${whoOpening},? nag-?${meeting} (?:mi|kami)(?![\\p{L}'’-])`, 'u'),
    (_m: string, name: string, what: string) => `${meetingAs(what)} with ${name}`,
  ],
  [word(`nag-?${meeting} mi`, 'gu'), (_m: string, what: string) => meetingAs(what)],
  // "nakig-" is doing a thing with someone: "nakig-kita ko ni Anna" (met up with Anna),
  // "nakig-kape ko ni Alex" (coffee with Alex); "nagkita mi ni Wei" (we met, Wei and I).
  [word('(?:nakig-?kita|nagkita) (?:ko|mi|kami) (?:ni|kang|si|uban ni|uban kang)'), 'met with'],
  [word('nagkita (?:mi|kami)'), 'met'],
  [
    word(`nakig-?${meeting} (?:ko|mi|kami) (?:ni|kang|si|uban ni|uban kang)`, 'gu'),
    (_m: string, what: string) => `${meetingAs(what)} with`,
  ],
  [word(`nag-${anyVerb} mi(?: og)?`, 'gu'), (_m: string, said: string) => verbAs(said)],
  [word(`mag-${anyVerb} (?:daw )?mi`, 'gu'), (_m: string, said: string) => `we'll ${said}`],
  // Done to the user, the user the object "ko" and the doer after "ni": "gi-call ko ni Gareth"
  // (Gareth rang me), "ni-email ko ni Alex" (Alex emailed me), "gi-intro ko ni Marcus sa"
  // (introduced me to), "gitawagan ko niya" (rang me), "gi-mock interview ko nila".
  [
    word(`(?:gi|ni)-${anyVerb} ko (?:ni|kang) (?:${whoTill}|${who})${toWhom}`, 'gu'),
    (_m: string, said: string, name = '', nameToo = '', to = '') =>
      `${name || nameToo} ${toMe(said)}${to && (passesOn(said) || to === ' kay' ? ' to' : to)}`,
  ],
  // "gi-call ko sa akong kakilala": "sa" before one not named marks the doer (my contact rang me).
  [
    word(`gi-${anyVerb} ko sa (akong|ang) (\\p{L}+)`, 'gu'),
    (_m: string, said: string, whose: string, whom: string) =>
      `${whose.toLowerCase() === 'akong' ? 'my' : 'the'} ${whom} ${toMe(said)}`,
  ],
  [
    word(`gi-${anyVerb}(?: daw)? ko (?:niya|nila)${toWhom}`, 'gu'),
    (_m: string, said: string, to = '') => `they ${toMe(said)}${to && ' to'}`,
  ],
  // "nanghinaut ko nga i-refer ko niya": hoping they would refer me, a referral asked for.
  [
    word(
      'nanghinaut (?:ko|mi) nga i-(refer|recommend|endorse|intro) (?:ko|kami) (?:niya|nila)' +
        toWhom,
    ),
    (_m: string, said: string, to = '') =>
      `hoping for ${hopedFor[said.toLowerCase()] ?? 'an intro'}${to && ' to'}`,
  ],
  [word('nanghinaut (?:ko|mi)(?: nga)?'), 'hoping'],
  [
    word(`i-${anyVerb} (?:daw )?ko (?:niya|nila)${toWhom}`, 'gu'),
    (_m: string, said: string, to = '') => `they'll ${said} me${to && ' to'}`,
  ],
  [
    word(
      `(?:(?:pwede|willing)(?: daw)? (?:niya|nila|siya|sila) (?:ko )?|iya kong )` +
        `(?:i|mo)-${anyVerb}(?: nako)?${toWhom}`,
      'gu',
    ),
    (_m: string, said: string, to = '') => `they could ${said} me${to && ' to'}`,
  ],
  [
    word(`gusto(?: lang)?(?: daw)?(?: (?:niya|nila|siya|sila))?( ko)? i-${anyVerb}`),
    (_m: string, me = '', said: string) => `they want to ${said}${me && ' me'}`,
  ],
  [
    word('gusto(?: lang)?(?: daw)?(?: (?:niya|nila|siya|sila))? (?:makita|makit-an)'),
    'they want to see',
  ],
  [
    word('gusto(?: lang)?(?: daw)?(?: (?:niya|nila|siya|sila))? makig-?(?:storya|istorya|chika)'),
    'they wanted a chat',
  ],
  [word('mangayo (?:daw )?(?:siya|sila) (?:og|ug)'), 'they want'],
  [
    word(`i-${anyVerb} ko${toWhom}`, 'gu'),
    (_m: string, said: string, to = '') => `${said} me${to && ' to'}`,
  ],
  // "gi-viber nako kay Gino ang opening": a thing ("ang") sent to someone ("kay") by a way of
  // writing is the user sending it (sent Gino the opening on viber).
  [
    word(
      `gi-(viber|messenger|whatsapp|email|text|message|dm|chat) (?:ko|nako) kay ` +
        String.raw`(\p{L}[\p{L}'’.-]*(?: \p{L}[\p{L}'’.-]*){0,2}?) ang`,
      'giu',
    ),
    (_m: string, how: string, name: string) => `sent ${name} ${sentBy(how)} the`,
  ],
  [
    word('nga (?:akong )?nakita (?:nako|ko)(?: sa(?= [\\p{L}.]+(?:[,;]|$)))?'),
    (m: string) => (m.endsWith(' sa') ? 'that I saw on' : 'that I saw'),
  ],
  // What the user did: "gi-call ko si Dev" (rang Dev), "nag-message ko ni Priya", "gi-send nako
  // kay wei" (sent wei), "email ko ni Ben", "follow up ko ni Olivia"; "Daniel gi-call ko".
  [
    word(
      `(?:(?:nag|ni|mi)-${anyVerb} ko|gi-${anyVerb} (?:ko|nako))(?: na)? (?:si|ni|kang|kay) ${who}`,
    ),
    (_m: string, said = '', saidToo = '', name = '') => `${verbAs(said || saidToo)} ${name}`,
  ],
  [
    word(`(?:(?:gi|nag)[ ]?${verb} ko|gi ?${verb} nako)(?: na)? (?:si|ni|kang|kay) ${who}`, 'gu'),
    (_m: string, said = '', saidToo = '', name = '') => `${verbAs(said || saidToo)} ${name}`,
  ],
  [
    word(`${verb} ko (?:ni|kang) ${who}`, 'gu'),
    (_m: string, said: string, name: string) => `${verbAs(said)} ${name}`,
  ],
  [
    new RegExp(`${whoOpening},? gi-?${anyVerb} (?:ko|nako)(?![\\p{L}'’-])`, 'u'),
    (_m: string, name: string, said: string) => `${verbAs(said)} ${name}`,
  ],
  // "Rica gi-review akong resume": a name then a "gi-" verb on something of the user's is the
  // contact's doing (Rica reviewed my resume).
  [
    new RegExp(`${whoOpening},? gi-${anyVerb}(?= (?:akong|ang akong)(?![\\p{L}'’-]))`, 'u'),
    (_m: string, name: string, said: string) => `${name} ${verbAs(said)}`,
  ],
  [
    word(
      `(?:(?:gi|nag|ni)-${anyVerb} ko|gi-${anyVerb} nako)(?: og)?|` +
        `(?:gi|nag) ${verb} ko|gi ?${verb} nako`,
    ),
    (_m: string, said = '', saidToo = '', saidAlso = '') => verbAs(said || saidToo || saidAlso),
  ],
  // Done by someone named or by "niya": "gi-review ni chidi akong cv" (chidi reviewed my cv),
  // "gi-send pa niya ang link" (they sent the link), "gi-forward na daw niya" (they forwarded).
  [
    word(`gi-${anyVerb} (?:ni|kang) ${who}`),
    (_m: string, said: string, name: string) => `${name} ${verbAs(said)}`,
  ],
  [
    word(`gi-${anyVerb}(?: pa| na)?(?: daw)? (?:niya|nila)`),
    (_m: string, said: string) => `they ${verbAs(said)}`,
  ],
  // Done to the user: "si Lee nag-follow nako" (followed me), "ni-reply si Owen sa akong DM"
  // (replied to my DM), "nitawag si Dan" (rang me), "nag-send og connection request si Owen"
  // (sent me one), "Marcus Bell sa Starling nag-DM" (DM'd me), "yusuf ni-email" (emailed me).
  [
    word(`(?:si )?${who} nag-?${verb} (?:nako|kanako|sa ako)`, 'gu'),
    (_m: string, name: string, said: string) => `${name} ${toMe(said)}`,
  ],
  [word(`nag-?${verb} (?:nako|kanako|sa ako)`, 'gu'), (_m: string, said: string) => toMe(said)],
  [
    word(
      `(?:ni|gi|nag)-${anyVerb}(?: na)? (?:si ${whoTill}|ang ${whoTill})` +
        String.raw`( \([^)]*\))?(?= sa akong)`,
    ),
    (_m: string, said: string, name = '', role = '', firm = '') =>
      `${name || `the ${role}`}${firm} ${verbAs(said).replace(/ (?:to|with)$/u, '')}`,
  ],
  // "ni-like ni Hazel (HR sa Pryce) akong post": Hazel liked my post, not liked me.
  [
    word(`(?:ni|nag|mi)-${anyVerb} (?:si|ni) ${whoTill}( \\([^)]*\\))? akong`),
    (_m: string, said: string, name: string, firm = '') => `${name}${firm} ${verbAs(said)} my`,
  ],
  [
    word(
      `(?:ni|nag|mi)-${anyVerb}(?: na)? (?:si|ni) (?:${whoTill}|${who})` +
        String.raw`( \([^)]*\))?(?: nako| kanako)?`,
    ),
    (_m: string, said: string, name = '', nameToo = '', firm = '') =>
      `${name || nameToo}${firm} ${toMe(said)}`,
  ],
  [
    word(`nag-${anyVerb} og ((?:\\p{Ll}+ ){0,2}\\p{Ll}+) si ${whoTill}`),
    (_m: string, said: string, what: string, name: string) => `${name} ${toMe(said)} a ${what}`,
  ],
  [
    new RegExp(`${whoOpening},? (?:ni|nag)-${anyVerb} (?:sa )?akong(?![\\p{L}'’-])`, 'u'),
    (_m: string, name: string, said: string) =>
      `${name.replace(/ sa (?=\p{L})/u, ' from ')} ${verbAs(said)} my`,
  ],
  [
    new RegExp(
      `${whoOpening},? (?:ni|nag)-${anyVerb}(?![\\p{L}'’-])(?! (?:ko|mi|nako)(?![\\p{L}'’-]))`,
      'u',
    ),
    (_m: string, name: string, said: string) =>
      `${name.replace(/ sa (?=\p{L})/u, ' from ')} ${toMe(said)}`,
  ],
  // Seeing and talking: "nakita nako si Jessa" (met Jessa), "nakaistorya nako si Ben" (talked
  // with Ben).
  [word(`nakita (?:nako|ko|namo) (?:si|ni) ${who}`), 'met $1'],
  [word(`nakaistorya (?:nako|ko|namo) (?:si|ni) ${who}`), 'talked with $1'],
  // Meeting and asking: "nakaila ko ni Carlo" (met him), "nangutana si Aisha" (Aisha asked),
  // "nangutana ko kay Ben" (asked Ben), "nangayo ko kay Chidi og referral" (asked Chidi for),
  // "wala siya nangayo" (unasked), "para mangutana if" (to ask if).
  [word(`nakaila (?:ko|mi) (?:ni|si|kang) ${who}`), 'met $1'],
  [word('nakaila (?:ko|mi)'), 'met'],
  [word(`nangutana si ${whoTill}`), '$1 asked'],
  [word(`nangutana (?:ko )?(?:ni|kang|kay) ${who}`), 'asked $1'],
  [word(`nangayo (?:ko|mi) (?:ni|kang|kay) ${who} (?:og|ug)`), 'asked $1 for'],
  [word('nangutana(?: ko| siya| sila)?'), 'asked'],
  [word('para mangutana'), 'to ask'],
  [word('mangutana'), 'ask'],
  [word('wala (?:siya|sila|sya) nangayo(?: pero sige lang)?'), 'though unasked'],
  [word('wala (?:niya|nila) gipangayo'), "they didn't ask for it"],
  [word('nangayo sa akong'), 'asked for my'],
  [word('nangayo (?:ko|mi)(?: ug| og)?'), 'asked for'],
  [word('nangayo (?:siya|sila|sya)(?: ug| og)?'), 'they asked for'],
  [word('(?:pwede )?(?:nangayo|mangayo)(?: ug| og)?'), 'asked for'],
  [word('pwede (?:ko|ba ko) (?:niya|nila) i-?(\\p{L}+)'), 'they could $1 me'],
  [word('pwede (?:ko|ba ko) mag-(\\p{L}+)'), 'I could $1'],
  [word('unsaon(?: pag-?| pag )?(\\p{L}+)(?: ug| og)?'), 'how to $1'],
  // "kung pwede ba ko mo-speak": whether I could speak, a request put to the user.
  [word('kung pwede (?:ba )?ko (?:mo|mag)-(\\p{L}+)'), 'asking me to $1'],
  [word('kung'), 'if'],
  // "ingon siya i-shorten daw" (they advised shortening),
  // "ipasa daw niya" (they'll pass on).
  [word('ingon (?:siya|sila|niya|nila) i-(\\p{L}+)(?: daw)?'), 'they advised to $1'],
  [word('ipasa (?:daw )?(?:niya|nila)'), "they'll pass on"],
  [word('kliyente'), 'client'],
  [word('kakilala'), 'acquaintance'],

  // Thanks passed on: "salamat daw sa intro" (they thanked me for it), "salamat sa" (thanks for).
  [word('salamat daw sa'), 'they thanked me for'],
  [word('salamat(?: kaayo)? sa'), 'thanks for'],
  // News: "wala pa gyud" (nothing yet), "wala pay feedback" (no feedback yet), "naa daw 2 roles"
  // (there are), "naa bay opening sa ila" (is there an opening at theirs), "wa pa'y tubag" (no
  // reply yet), "naa daw silay opening" (they have an opening).
  [word("wa(?:la)? pa'?y tubag|wala pa (?:ni|mo|mi)-?(?:reply|tubag)"), 'no reply yet'],
  [
    word(
      'wala pa(?:y|y reply| gyud| gihapon| jud)?(?: gyud| gihapon| lagi| jud)?(?= ?(?:[,;.!]|$))',
    ),
    'nothing yet',
  ],
  [word("wala pa(?:'?y| daw) (\\p{L}+)"), 'no $1 yet'],
  [word('wala pa (?:gyud|gihapon)'), 'nothing yet'],
  [word('wala (?:na )?daw silay'), 'they have no'],
  [word('naa (?:ba |daw )?silay'), 'they have'],
  [word('naa (?:ba|bay)'), 'there is any'],
  [word('naa (?:na )?(?:siya |sila |ko )?(?:diri )?(?:na )?sa'), 'now at'],
  [word('naa daw'), 'there is'],
  [word("naa'?y"), 'there is a'],
  [word('naa'), 'there are'],
  [word('sa ila'), 'at theirs'],
  // "applied sa Intercom": applied to a firm.
  [word('(applied|apply|nag-apply) sa'), 'applied to'],
  // Whose: "sa akong DM" (on my DM; replied to it), "sa iyang team", "former TL nako" (mine).
  [word('(?<=replied )sa akong'), 'to my'],
  [word('(?<=commented on )sa akong'), 'my'],
  [/(?<=(?:ed|'d|sent|met|me|you) )sa akong(?![\p{L}'’-])/gu, 'my'],
  [word('para sa iyang'), 'for their'],
  [word('(?<=(?:feedback|comments?|advice|tips) )sa'), 'on'],
  [word('sa akong'), 'on my'],
  // What a post is and whose: "ang post ni Ana" (Ana's post), "sa promotion post ni Aisha" (on
  // Aisha's promotion post).
  [
    word(
      `(ang|sa) ((?:\\p{L}+ ){0,2}(?:post|comment|article|talk|thread|update|blog|video))` +
        ` ni ${who}`,
    ),
    (_m: string, marker: string, what: string, name: string) =>
      `${marker.toLowerCase() === 'sa' ? 'on ' : ''}${name}’s ${what}`,
  ],
  // The small words between: "bahin sa" (about), "para sa" (for), "human sa" (after), "kay X" (to
  // X; "kay" before a clause is "as"), "ang" (the), "nga si X" (X), "og" before a thing (a).
  [word('bahin sa|re sa'), 'about'],
  [word('para sa'), 'for'],
  [word('human sa|after sa'), 'after'],
  [word('sa (?:google )?meet', 'giu'), 'on Google Meet'],
  [word('sa ilang'), 'at their'],
  [
    new RegExp(
      String.raw`(?<![\p{L}'’-])sa (?=(?:[\p{L}&.-]+ ){0,4}` +
        String.raw`\p{L}*(?:webinar|meetup|fair|summit|conference|forum|panel|workshop|expo)\b|` +
        String.raw`(?:careers?|networking) night\b)`,
      'gu',
    ),
    'at ',
  ],
  [
    word('sa (linkedin|whatsapp|messenger|viber|email|zoom|teams|slack|facebook|fb|ig|instagram)'),
    'on $1',
  ],
  [/^sa (?=\p{Lu})/u, 'at '],
  [word('kay'), 'to'],
  [/ nga si(?= )/gu, ''],
  [word('ang'), 'the'],
  [/(?<=\p{L}) og (?=\p{Ll})/gu, ' '],
  [/(?<=(?:sent|gave|shared|forwarded) me) (?:ug|og) (?=\p{L})/gu, ' a '],
  [word('og'), ''],
  [/(?<=\p{L}) ug (?=(?:iyang|akong|ilang) )/gu, ' and '],
  [word('ilang'), 'their'],
  [/ ?(?<![\p{L}'’-])(?:daw|man|ra|pa|ba)(?![\p{L}'’-])/gu, ''],
  [word('(\\p{L}+) nga (?=[\\p{L}])'), '$1 that '],
  [word('akong'), 'my'],
  [word('iyang'), 'their'],
  [word('nako'), 'of mine'],
  // What only colours a line: "daghan kaayo siya advice" (lots of advice), "bait kaayo siya"
  // (very kind), "gyud", "lagi", "jud", "pero sige lang", "di ko kahibaw" (I don't know).
  [word("daghan(?: kaayo| gyud)?(?: siya| sila| siya'?g| sila'?g)?"), 'lots of'],
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
    '(?:ka)?gahapon|ganina|karon|ugma|[mn]iaging|[mn]iagi nga|gi-\\p{L}+',
    'nangutana|mangutana|nangayo|nakaila',
    "nakig-?\\p{L}+|nagkita|naa'?y|nanghinaut|(?<=\\p{L} )ug(?= \\p{L})",
    'kaayo|gyud|gihapon|daghan|unsaon|iyang|nako|kanako|naa|lagi|kahibaw|storya',
    '(?:ko|mi) (?:ni|kang)|\\p{L}+ mi ni|kagabii|niadtong|bahin sa|nagpadala|nakaistorya',
    'nitawag|gitawag\\p{L}*|gipangayo|gipangutana|ka adlaw|milabay',
    'ni-\\p{L}+(?! (?:ako|kami|siya)(?![\\p{L}]))',
    'nag-\\p{L}+(?: up| you| request)? (?:mi|ko|og)|(?:sa|makita) akong',
  ].join('|'),
  'u',
);

/**
 * Cebuano's day names from the Spanish, written with a capital after no Spanish or Tagalog word
 * for "on" ("el martes", "nung Martes" are read with those): "emailed Martes", "sa Sabado"; after
 * "sa", which Spanish never puts before a day, in small letters too ("call with Sam sa martes").
 */
const dayAlone = new RegExp(
  [
    String.raw`(?<![\p{L}\d'’/-])`,
    String.raw`(?<!(?<![\p{L}])(?:el|los|este|cada|próximo|proximo|pasado|del|al|nung|noong) )`,
    String.raw`(?:sa )?(Lunes|Martes|Miyerkoles|Miyerkules|Huwebes|Biyernes|Sabado)|`,
    String.raw`sa ([lL]unes|[mM]artes|[mM]iyerk[ou]les|[hH]uwebes|[bB]iyernes|[sS]abado)`,
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
  return text.replace(dayAlone, (found: string, said?: string, saidAfterSa?: string) =>
    found.startsWith('sa ') ? `on ${dayAs(said ?? saidAfterSa ?? '')}` : dayAs(said ?? ''),
  );
}
