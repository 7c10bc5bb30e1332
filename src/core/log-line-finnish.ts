// Finnish in a one-line log put into English before it is read. A Finnish speaker's notes switch
// language mid-line ("soitin Katelle eilen", "juttelin Chidin kanssa puhelimessa", "Samilta tuli
// maili", "Katie BBC:ltä tarvii mun VAT numberin"): Finnish says to whom, from where and whose with
// an ending on the name itself ("Katelle", to Kate; "Desailta", from Desai; "Devin", Dev's or Dev
// as the one met), says "with" after the name ("Chidin kanssa", with Chidi), and drops "I" into
// the verb ("soitin", I rang; "soitti", they rang). Each name loses its ending only when what is
// left is a name Kith knows or a capitalised firm, and gains the English word before it; the rest
// becomes English where it stands. The letters ä and ö typed as a and o read the same. A line is
// read so only when it is Finnish by a word no English, Estonian or Nordic note uses.

import { isKnownGivenName, isKnownSurname } from './person-name-shape.js';
import {
  applySwaps,
  capitalise,
  englishOrdinal,
  keyboardLetters,
  type Swap,
  wholeWord,
} from './log-line-tokens.js';

/** Finnish letters as an English keyboard writes them too: "lähetin" or "lahetin". */
const { loose, keyIn, keysOf } = keyboardLetters({ ä: ['a'], ö: ['o'] });
const word = (text: string) => wholeWord(loose(text), 'giu');
/** Short words English writes too ("on", "jo", "se"): only in small letters. */
const exact = (text: string) => wholeWord(loose(text), 'gu');

/** The weekdays as said for "on": "torstaina", on Thursday. */
const days: Record<string, string> = {
  maanantaina: 'Monday',
  tiistaina: 'Tuesday',
  keskiviikkona: 'Wednesday',
  torstaina: 'Thursday',
  perjantaina: 'Friday',
  lauantaina: 'Saturday',
  sunnuntaina: 'Sunday',
};

/** Weekdays cut short as a calendar writes them: "pe", Friday. "to" (Thursday) is read apart. */
const shortDays: Record<string, string> = {
  ma: 'Monday',
  ti: 'Tuesday',
  ke: 'Wednesday',
  pe: 'Friday',
  la: 'Saturday',
  su: 'Sunday',
};

/** The weekdays as said for "by": "perjantaihin mennessä", by Friday. */
const untilDays: Record<string, string> = {
  maanantaihin: 'Monday',
  tiistaihin: 'Tuesday',
  keskiviikkoon: 'Wednesday',
  torstaihin: 'Thursday',
  perjantaihin: 'Friday',
  lauantaihin: 'Saturday',
  sunnuntaihin: 'Sunday',
};

/** Finnish words "to" (Thursday) comes before: how it was done, or what they offered to do. */
const finnishAfterDay =
  'kahvit|lounas|drinkit|meilillä|meilissä|meilitse|mailillä|sähköpostilla|linkkarissa|linkedinissä|whatsappissa|whatsapissa|teamsissa|zoomissa|puhelimessa|tekstarilla|viestillä|illalla|aamulla|kahvilla|lounaalla|esitellä|introta|soittaa|laittaa|nähdä|tavata|mennessä';

const months: Record<string, string> = {
  tammikuu: 'January',
  helmikuu: 'February',
  maaliskuu: 'March',
  huhtikuu: 'April',
  toukokuu: 'May',
  kesäkuu: 'June',
  heinäkuu: 'July',
  elokuu: 'August',
  syyskuu: 'September',
  lokakuu: 'October',
  marraskuu: 'November',
  joulukuu: 'December',
};

/** Counts in words, before "päivää" or "viikkoa": "kolme päivää sitten", three days ago. */
const counts: Record<string, string> = {
  pari: 'a couple of',
  kaksi: '2',
  kolme: '3',
  neljä: '4',
  viisi: '5',
  kuusi: '6',
};

/** What the user did, "I" in the verb: "soitin", I rang. Longer phrases first. */
const userVerbs: ReadonlyArray<readonly [string, string]> = [
  ['soitin takaisin', 'rang back'],
  ['jätin viestin', 'left a message'],
  ['jätin', 'left'],
  ['soitin', 'rang'],
  ['soittelin', 'rang'],
  ['laitoin (?:viestiä|viestin|viestii)', 'messaged'],
  ['laitoin (?:meiliä|meilin|mailin|sähköpostia|sähköpostin)', 'emailed'],
  ['laitoin whatsappia', 'whatsapped'],
  ['laitoin', 'sent'],
  ['lähetin (?:meilin|mailin|sähköpostin|meiliä|sähköpostia)', 'emailed'],
  ['lähetin viestin|lähetin viestiä', 'messaged'],
  ['lähetin', 'sent'],
  ['meilasin|mailasin|sähköpostitin', 'emailed'],
  ['whatsappasin|wappasin', 'whatsapped'],
  ['tekstasin|tekstaisin', 'texted'],
  ['viestitin|viestittelin', 'messaged'],
  ['tapasin|näin', 'met'],
  ['kiitin', 'thanked'],
  ['kysyin vielä', 'followed up on'],
  ['kysyin', 'asked'],
  ['pyysin', 'asked'],
  ['juttelin|jutskasin', 'chatted'],
  ['jututin', 'chatted with'],
  ['puhuin', 'talked with'],
  ['muistutin', 'reminded'],
  ['karhusin|patistin|hoputin|hätyytin|jahtasin|peräsin', 'chased'],
  // "kyselin perään referralia": asked after it, chased.
  ['kyselin perään', 'chased'],
  ['kyselin (.{1,40}?) perään', 'chased $1'],
  ['kyselin', 'asked about'],
  ['kävin', 'went to'],
  ['kommentoin', 'commented on'],
  ['esittelin', 'introduced'],
  ['tykkäsin', 'liked'],
  ['jaoin', 'shared'],
  ['vastasin', 'replied to'],
  ['autoin', 'helped'],
  ['lupasin', 'promised'],
  ['tarjosin', 'offered'],
  ['pingasin', 'pinged'],
  // English verbs with a Finnish past ending: "followasin", "chasasin", "intrasin".
  ['followasin|folloasin|follow-upasin', 'followed up with'],
  ['chasasin|cheissasin|chaissasin', 'chased'],
  ['intrasin|introsin', 'introduced'],
  ['forwardasin|forwardoin|forwarttasin', 'forwarded'],
  ['seurasin', 'followed up with'],
  ['haastattelin', 'interviewed'],
  ['hyväksyin', 'accepted'],
  ['kävin läpi', 'went through'],
  // "törmäsin Marcukseen": bumped into them.
  ['törmäsin', 'ran into'],
];

/** What a contact did: "soitti", they rang; "juteltiin", we talked. Longer phrases first. */
const theirVerbs: ReadonlyArray<readonly [string, string]> = [
  ['soitti takaisin', 'rang me back'],
  ['laittoi mut yhteyteen|laitto mut yhteyteen', 'put me in touch'],
  ['soitti (?:mulle|minulle)', 'rang me'],
  ['soitti', 'rang me'],
  ['(?:laittoi|laitto) (?:mulle )?(?:viestiä|viestin|viestii)', 'messaged me'],
  [
    '(?:laittoi|laitto) (?:mulle )?(?:meiliä|meilin|mailin|mailia|sähköpostia|sähköpostin)',
    'emailed me',
  ],
  // "laitto whatsappii": spoken "whatsappiin", into WhatsApp.
  ['(?:laittoi|laitto) (?:mulle )?(?:whatsappia|whatsappii|whatsappiin)', 'whatsapped me'],
  ['(?:laittoi|laitto) (?:mulle )?tekstarin', 'texted me'],
  ['(?:laittoi|laitto) (?:mulle )?(?:inmailia|inmailin)', 'messaged me on LinkedIn'],
  ['(?:laittoi|laitto) (?:mulle )?(?:maili|meili|meilii|mailii)', 'emailed me'],
  ['(?:laittoi|laitto) (?:mulle )?DM:n', "DM'd me"],
  ['laittoi mulle|laitto mulle', 'sent me'],
  ['laittoi|laitto', 'sent me'],
  ['lähetti (?:mulle )?(?:meilin|mailin|sähköpostin|meiliä)', 'emailed me'],
  ['lähetti (?:mulle )?viestin', 'messaged me'],
  ['lähetti mulle|lähetti', 'sent me'],
  // "meilas", "mailas": spoken "meilasi", they emailed.
  ['(?:meilasi|mailasi|meilas|mailas)(?: mulle)?|sähköpostitti', 'emailed me'],
  ['whatsappasi|whatsappas|wappasi|wappas', 'whatsapped me'],
  ['tekstasi|tekstas', 'texted me'],
  ['kiitti (?:mua|minua|mut|minut)', 'thanked me'],
  ['(?:kysyi|kysy) (?:multa|minulta|mua)', 'asked me'],
  // "kyseli mun palkkatoiveita": asked about, again and again.
  ['kyseli', 'asked me about'],
  ['kysyi|kysy', 'asked me'],
  ['pyysi (?:mua|minua|mut|minut|multa)', 'asked me'],
  ['pyysi nähdä', 'asked to see'],
  ['pyysi|pyys', 'asked for'],
  ['esitteli (?:mut|minut|mua)', 'introduced me'],
  ['esitteli', 'introduced'],
  // "esittelee mut": will introduce the user.
  ['esittelee (?:mut|minut|mua)', 'will introduce me'],
  // "kutsui mut paneeliin": invited the user.
  ['kutsui (?:mut|minut|mua)', 'invited me'],
  ['kutsui', 'invited'],
  ['(?:intrasi|intras) (?:mut|minut|mua)', 'introduced me'],
  ['intrasi|intras', 'introduced'],
  // "tutustutti mut", made the user known to: introduced.
  ['tutustutti (?:mut|minut|mua)', 'introduced me'],
  ['forwardasi|forwardas|forwardoi', 'forwarded'],
  // "lisäs mut", added me as a contact: connected with me.
  ['(?:lisäsi|lisäs) (?:mut|minut|mua)', 'connected with me'],
  ['lupasi|lupas', 'offered'],
  ['(?:tykkäsi|tykkäs) mun', 'liked my'],
  ['tykkäsi|tykkäs', 'liked'],
  ['kommentoi', 'commented on'],
  // Only with "ä": typed "tagasi" it is the Estonian "back".
  ['t\\u00e4g\\u00e4si? (?:mut|minut|mua)', 'tagged me in'],
  ['t\\u00e4g\\u00e4si?', 'tagged'],
  ['(?:tarjosi|tarjos)(?: mulle)?', 'offered me'],
  ['vastasi', 'replied'],
  ['(?:jakoi|jako) (?:mulle|minulle)', 'shared with me'],
  ['jakoi', 'shared'],
  ['suositteli', 'recommended'],
  ['muistutti', 'reminded me'],
  ['otti yhteyttä', 'got in touch'],
  ['(?:hyväksyi|hyväksy) mun (?:connectin|kutsun|yhteyspyynnön)', 'accepted my connection request'],
  ['hyväksyi|hyväksy', 'accepted'],
  ['(?:tarjoutui|tarjoutu) (?:käymään|katsomaan) (.{1,30}?) läpi', 'offered to go through $1'],
  ['tarjoutui|tarjoutu', 'offered'],
  ['(?:alkoi|alko) (?:seuraamaan|seurata) (?:mua|minua)', 'followed me'],
  ['kertoi|kerto', 'told me about'],
  // "ilmotti", spoken "ilmoitti": let the user know.
  ['ilmoitti|ilmotti', 'told me'],
  // "vinkkas", spoken "vinkkasi": tipped the user off.
  ['vinkkasi|vinkkas', 'told me about'],
  // "puhu", spoken "puhui": spoke, as at a gathering.
  ['puhui|puhu', 'spoke'],
  ['neuvoi', 'advised me on'],
  ['antoi palautetta', 'gave me feedback'],
  ['arvioi', 'reviewed'],
  ['kävi läpi', 'reviewed'],
  ['(?:et|että) suostuu suosittelijaksi|suostuu suosittelijaksi', 'agreed to be my referee'],
  ['suostuu mentoriksi', 'agreed to mentor me'],
  ['suosittelee (?:mua|minua)', "they'd recommend me for"],
  ['(?:kysyi|kysy) miten', 'asked me how'],
  ['missä vaiheessa', 'chased up where'],
  ['sanoi|sano', 'said'],
  ['juteltiin|jutskattiin', 'we chatted'],
  ['puhuttiin', 'we talked'],
  ['keskusteltiin', 'we discussed'],
  ['nähtiin|tavattiin', 'we met'],
  ['käytiin kahvilla', 'had coffee'],
  ['(?:haluaa|haluu|haluis|haluais|haluaisi) nähdä', 'wants to see'],
  ['(?:haluaa|haluu|haluis|haluais|haluaisi) (?:et|että) puhun', 'wants me to speak'],
  ['(?:haluaa|haluu|haluis|haluais|haluaisi) haastatella (?:mua|minua)', 'asked to interview me'],
  ['(?:haluaa|haluu) (?:mut|minut)', 'wants me for'],
  ['haluaa|haluu|haluis|haluais|haluaisi', 'wants'],
  ['halus|halusi', 'wanted'],
  ['tarvitsee|tarvii|tarttee', 'needs'],
  ['palkkaa|rekryää|rekrytoi|hakee', 'are hiring'],
  ['aukee|aukeaa', 'is opening'],
  ['etsii', 'is looking for'],
  ['avaa', 'is opening'],
  ['tuli', 'came'],
];
const verbWords = [...userVerbs, ...theirVerbs].map(([finnish]) => loose(finnish)).join('|');

/** Finnish words after which a name is whom the user met, thanked or asked: "tapasin Devin". */
const objectVerb = new RegExp(
  `^(?:${loose(
    'tapasin|näin|esittelin|esitteli|muistutin|kiitin|kiitti|pyysin|pyysi|kysyin|karhusin|patistin|jahtasin|peräsin|jututin|kommentoin|haastattelin|autoin|moikkasin|followasin|chasasin|intrasin|pingasin',
  )})$`,
  'iu',
);

/** Verbs whose whom takes "-Vn", "-iin" (into): "törmäsin Marcukseen", ran into Marcus. */
const intoVerb = new RegExp(`^(?:${loose('törmäsin|törmäsi|tutustuin|tutustui')})$`, 'iu');

/** A given name Kith knows, into: "Marcukseen" Marcus, "Benjaminiin" Benjamin, "Annaan" Anna. */
function intoName(written: string): string | undefined {
  const found = /^(\p{L}+?)(?:(uksee)n|([aeiouyäö])\3n|([bcdfghjklmnpqrstvwxz])iin|(h)e?n)$/iu.exec(
    written,
  );
  if (!found) return undefined;
  const [, stem = '', us, vowel, consonant] = found;
  const name = us ? `${stem}us` : `${stem}${vowel ?? consonant ?? ''}`;
  return isKnownGivenName(name) ? name : undefined;
}

/** Verbs whose whom takes "-a" or "-ta" (the partitive): "kiitin Samia", thanked Sam. */
const partitiveVerb = new RegExp(
  `^(?:${loose(
    'kiitin|kiitti|muistutin|karhusin|patistin|hoputin|jahtasin|peräsin|autoin|haastattelin|pingasin|followasin|chasasin',
  )})$`,
  'iu',
);

type Place = 'to' | 'from' | 'out' | 'at' | 'in' | 'into' | 'of' | 'whom' | 'owner';

/**
 * The endings a name takes, longest first, the English each stands for, and the last letter of
 * the name it fits: a consonant takes an "i" first ("Rachelille", "Samilta"), a vowel not
 * ("Katelle", "Desailta"). "of" is whose, or whom when the user did something to them.
 */
const nameEndings: ReadonlyArray<readonly [string, Place, boolean]> = [
  ['ille', 'to', false],
  ['lle', 'to', true],
  ['ilta', 'from', false],
  ['lta', 'from', true],
  ['illa', 'at', false],
  ['lla', 'at', true],
  ['issa', 'in', false],
  ['ssa', 'in', true],
  ['ista', 'out', false],
  ['sta', 'out', true],
  ['ia', 'whom', false],
  ['ta', 'whom', true],
  ['a', 'whom', true],
  ['in', 'of', false],
  ['n', 'of', true],
];
const placeEnglish: Record<Place, string> = {
  to: 'to',
  from: 'from',
  out: 'from',
  at: 'at',
  in: 'at',
  into: 'at',
  of: '',
  whom: '',
  owner: '',
};

/** A name without its ending: as written alone, the English before it, and whether a person. */
interface CasedName {
  stem: string;
  place: Place;
  person: boolean;
}

const vowelEnd = /[aeiouyéäö]$/iu;
const capitalised = /^\p{Lu}/u;
const fold = (text: string) => text.toLowerCase().replace(/ä/gu, 'a').replace(/ö/gu, 'o');

/** Words that end as a Finnish case does: "LinkedIn", "London", "Seattle", the German "Stelle". */
const notCased =
  /^(?:linkedin|london|dublin|berlin|boston|brighton|croydon|swindon|luton|preston|lisbon|seattle|delta|malta|volta|seville|neville|melville|granville|somerville|orville|nashville|stelle|quelle|welle|alle|kapelle|tabelle|novelle|gazelle|michelle|danielle|rochelle|estelle|isabelle|janelle|noelle|belle|vanilla|villa|gorilla|guerilla|manila|camilla|priscilla|drusilla|tequila|plugin|admin|login|within|begin|cabin|margin|origin|again|main|chain|train|brain|plain|spain|britain|action|fashion|vision|session|mission|nation|station|question|opinion|kitchen|women|men|garden|golden|sudden|broken|open|even|seven|eleven|often|listen|item|ten|then|when|than|in|on|an|en|un|javascript|jota|joita|jotka|jonka|johon|josta|jossa|joka)$/iu;

/** Whether a stem's last letter fits the ending: "Rachel"+"ille", "Kate"+"lle". */
function stemFits(stem: string, afterVowel: boolean): boolean {
  return vowelEnd.test(stem) === afterVowel;
}

interface NameContext {
  /** The word before was a given name Kith knows, with no ending: this one may be a surname. */
  afterGiven: boolean;
  /** The word before was a name: a firm with an ending is where they work. */
  afterName: boolean;
  /** The word before was a given name Kith knows that began a name: "daniel okorolle". */
  afterLoneGiven: boolean;
  /** The word before is a verb done to someone ("tapasin Devin"): "-n" here is whom. */
  afterVerb: boolean;
  /** "kanssa" or "ja … kanssa" follows: "-n" here is with whom. */
  beforeWith: boolean;
  /** A lower-case word or a Finnish compound follows, which a firm's "-n" is whose. */
  beforeNoun: boolean;
  /** The word before was a person met, reminded or with whom: "leetä", "chloén kanssa". */
  afterWhom: boolean;
  /** A word follows that says "about" with its ending: "skyscannerin referralista". */
  beforeAbout: boolean;
  /** A capitalised name follows: "Karen Hughesia", so "Karen" is whole. */
  beforeName: boolean;
  /** A given name Kith knows follows: "Stripen Siobhan" is Siobhan from Stripe. */
  beforeGiven: boolean;
  /** The word before was a name with its ending read: "Priyalle Monzoon", at Monzo. */
  afterCased: boolean;
  /** The word before was a capitalised name and this one is in small letters: "Alex metalta". */
  lowerAfterCapital: boolean;
  /** The word before is a verb whose whom takes "-a": "kiitin", "jahtasin". */
  afterPartitive: boolean;
  /** The word before is a given name or surname Kith knows: "Sophie Turner wisesta". */
  afterPerson: boolean;
  /** Two words back is a given name Kith knows, then a word in small letters: "helen ash". */
  afterGivenAndWord: boolean;
  /** The words before were whom the user was with: "lizin kanssa deloittelta". */
  afterWith: boolean;
  /** The word before takes whom "into", or names so taken, then "ja": "törmäsin Marcukseen ja". */
  afterIntoVerb: boolean;
}

/** A "-nen" surname in case: "Lehtisen", "Virtasta", "Korhoselle" are Lehtinen, Virtanen, Korhonen. */
const nenSurname =
  /^(\p{L}[\p{L}'’-]*[aeiouyäö])s(en|elle|eltä|elta|ellä|ella|essä|essa|estä|esta|ta|tä)$/u;

/** A surname in "-e" as Finnish ones take an ending: "Laineen", "Laineelle" are Laine's, to Laine. */
const eSurname = /^(\p{L}[\p{L}'’-]*e)e(n|lle|ltä|lta|llä|lla|ssä|ssa|stä|sta)$/u;
const nenPlace: Record<string, Place> = {
  en: 'of',
  elle: 'to',
  elta: 'from',
  ella: 'at',
  essa: 'in',
  esta: 'out',
  ta: 'whom',
};

/** Where to, the illative: "Monzoon" into Monzo, "Lloydsiin" into Lloyds. */
const illative = /^(\p{Lu}[\p{L}'’.&-]*?)(?:([aeiouyäö])\2n|([bcdfghjklmnpqrstvwxz])iin)$/iu;

/** A given name with a slip of the ending: "Morrisonile", "oliviale", "hannahlle" for "-ille", "-lle". */
const slippedTo = /^([\p{L}'’-]{3,}?)(?:ile|le|lle)$/u;

/**
 * A word with a case ending, as the name alone, or none: "Katelle" Kate, to; "BBC:ltä" BBC, from;
 * "Devin kanssa" Dev, with. A word Kith knows as a name whole ("Anna", "Ellen", "Camille") keeps
 * its ending, unless "-n" says whom or with whom ("tapasin Devin", "Devin kanssa").
 */
function casedName(written: string, context: NameContext): CasedName | undefined {
  const marked = /^([\p{L}\d.&-]+?)[:'’](\p{Ll}+)$/u.exec(written);
  if (marked) {
    const [, stem = '', ending = ''] = marked;
    const plain = fold(ending).replace(/^i(?=a$)/u, '');
    // "Ben Ng:tä": after a colon, "-ta" is whom as "-a" is.
    const place = plain === 'ta' ? 'whom' : nameEndings.find(([e]) => e === plain)?.[1];
    if (!place || /^dm$/iu.test(stem)) return undefined;
    // "Dan F:n": after a given name, an initial is the surname.
    const person =
      isKnownGivenName(stem) ||
      (context.afterGiven && (isKnownSurname(stem) || /^\p{Lu}$/u.test(stem)));
    // "lucy az:lta": a firm in small letters, from, after the name of who is there.
    if (!/\p{Lu}/u.test(stem) && !person)
      return context.afterName && (place === 'from' || place === 'out') && stem.length >= 2
        ? { stem, place, person: false }
        : undefined;
    if (place === 'of' && !person && context.beforeGiven && !context.afterName)
      return { stem, place: 'owner', person };
    return { stem, place, person };
  }
  // "törmäsin Marcukseen": into whom, after a verb that takes it.
  const intoWhom = context.afterIntoVerb ? intoName(written) : undefined;
  if (intoWhom) return { stem: intoWhom, place: 'whom', person: true };
  // "London Fintech Weekillä": a gathering, read with the words of its name.
  if (
    /^(?:week|summit|festival|conference)(?:ssa|ssä|lla|llä|illa|illä|issa|issä)$/iu.test(written)
  )
    return undefined;
  // "ProductTank-illassa": a name joined to a Finnish word is read with that word.
  if (written.length < 4 || notCased.test(written) || /-\p{Ll}/u.test(written)) return undefined;
  // "LinkedInissä", "WhatsAppissa": where it was sent, read as a channel.
  if (/^(?:linkedin|whatsapp|github|slack|teams|zoom|instagram)/iu.test(written)) return undefined;
  const nen = nenSurname.exec(written);
  // "jukka virtaselle": in small letters, only after a given name Kith knows.
  if (nen && context.afterName && (capitalised.test(written) || context.afterGiven)) {
    const surname = `${nen[1] ?? ''}nen`;
    // "jose glovosta": "-sta" after a name is from a firm; "Virtasta" is Virtanen only as whom.
    const whom = /^t/u.test(nen[2] ?? '');
    if (
      isKnownSurname(surname) ||
      (context.afterGiven && (!whom || context.afterVerb || context.afterPartitive))
    )
      return { stem: surname, place: nenPlace[fold(nen[2] ?? '')] ?? 'of', person: true };
  }
  const eNamed = eSurname.exec(written);
  if (eNamed && context.afterGiven && isKnownSurname(eNamed[1] ?? ''))
    return {
      stem: eNamed[1] ?? '',
      place: nameEndings.find(([e]) => e === fold(eNamed[2] ?? ''))?.[1] ?? 'of',
      person: true,
    };
  const into = illative.exec(written);
  if (into && (context.afterName || context.afterCased) && capitalised.test(written)) {
    const stem = `${into[1] ?? ''}${into[2] ?? into[3] ?? ''}`;
    if (stem.length >= 3 && !isKnownGivenName(written))
      return { stem, place: 'into', person: false };
  }
  // "Marcukselle", "Marcuksen": a name in "-us" takes "-ukse-" before its ending.
  const us = /^(\p{L}+u)kse(n|lle|ltä|lta|llä|lla|ssä|ssa|stä|sta)$/iu.exec(written);
  if (us && isKnownGivenName(`${us[1] ?? ''}s`))
    return {
      stem: `${us[1] ?? ''}s`,
      place: nameEndings.find(([e]) => e === fold(us[2] ?? ''))?.[1] ?? 'of',
      person: true,
    };
  // "avaa", "pyysi": a Finnish word is no name, though "Ava" is.
  if (finnishWord.test(written)) return undefined;
  const folded = fold(written);
  // "O'Neilille": a surname with an apostrophe reads as one whatever its end; its ending still counts.
  const wholeKnown =
    isKnownGivenName(written) ||
    (context.afterName &&
      isKnownSurname(written) &&
      !/^(?:\p{Lu}['’]\p{Lu}|Ma?c\p{Lu})/u.test(written));
  const ofWhom = context.beforeWith || context.afterVerb;
  const cuts = nameEndings
    .filter(([ending]) => folded.endsWith(ending))
    .map(([ending, place, afterVowel]) => ({
      stem: written.slice(0, -ending.length),
      place,
      afterVowel,
    }))
    .filter(({ stem, afterVowel }) => stem.length >= 2 && stemFits(stem, afterVowel));
  // "kiitin Samia": a verb that takes "-a" of whom (thanked, chased) makes "Samia" Sam.
  const partitive =
    context.afterPartitive &&
    cuts.find(({ stem, place }) => place === 'whom' && isKnownGivenName(stem));
  if (wholeKnown && partitive) return { stem: partitive.stem, place: 'whom', person: true };
  if (wholeKnown && !cuts.some(({ place }) => place === 'of' && ofWhom)) return undefined;
  // "kiitin Karen Hughesia", "tapasin Owen Daviesin": a whole given name before a surname keeps it.
  if (wholeKnown && context.beforeName) return undefined;
  // "Kowalskin", "Obin": after a given name, the cut that leaves a known surname.
  // "Liam O'Brien": a surname Kith knows whole keeps its "-n" unless it says whom or whose.
  const wholeSurname =
    context.afterGiven && isKnownSurname(written) && !ofWhom && !context.beforeNoun;
  const surname = cuts.find(
    ({ stem, place }) =>
      !(wholeSurname && place === 'of') &&
      context.afterGiven &&
      (isKnownSurname(stem) || (context.afterLoneGiven && isKnownGivenName(stem))),
  );
  if (surname) return { stem: surname.stem, place: surname.place, person: true };
  // "Devin": Dev, the "i" Finnish puts after a consonant, before Devi; "Chidin" is Chidi, Chid no name.
  const known = cuts
    // "Alex metalta": a word in small letters after a capitalised name is the firm, not a name.
    .filter(
      ({ stem }) => isKnownGivenName(stem) && !context.afterGiven && !context.lowerAfterCapital,
    )
    .filter(({ place }) => place !== 'of' || ofWhom || context.beforeNoun)
    .sort((a, b) => a.stem.length - b.stem.length)[0];
  if (known) return { stem: known.stem, place: known.place, person: true };
  const slip = slippedTo.exec(written);
  if (
    slip &&
    !isKnownGivenName(written) &&
    !isKnownSurname(written) &&
    (isKnownGivenName(slip[1] ?? '') || (context.afterGiven && isKnownSurname(slip[1] ?? '')))
  )
    return { stem: slip[1] ?? '', place: 'to', person: true };
  for (const { stem, place } of cuts) {
    if (context.afterGiven && isKnownSurname(stem) && !(wholeSurname && place === 'of'))
      return { stem, place, person: true };
    // "daniel okorolle", "tom reevesin kanssa": after a given name in small letters, a word to
    // or with whom is its surname.
    if (
      context.afterGiven &&
      context.afterLoneGiven &&
      !capitalised.test(stem) &&
      (place === 'to' || (place === 'of' && context.beforeWith)) &&
      stem.length >= 3
    )
      return { stem, place, person: true };
    // "laura hillille accenturelle": to someone, then to a firm, is to them at it.
    if (
      context.afterCased &&
      place === 'to' &&
      !capitalised.test(stem) &&
      stem.length >= 3 &&
      !isKnownGivenName(stem)
    )
      return { stem, place: 'into', person: false };
    // "patelille": a surname in small letters, to whom.
    if (place === 'to' && !capitalised.test(stem) && isKnownSurname(stem))
      return { stem, place, person: true };
    if (!capitalised.test(stem) || stem.length < 3) {
      // "lloydsilta", "booking.comilta": a firm in small letters, after the name of who is there.
      // A firm's name is written capitalised in English: "Priya monzolta", Priya from Monzo; after
      // a name in small letters ("owen admiralilta") it stays as the line writes it.
      // "leetä skyscannerin referralista": after whom, a firm's "-n" before what is theirs.
      if (
        place === 'of' &&
        context.afterWhom &&
        context.beforeAbout &&
        !/een$/u.test(written) &&
        stem.length >= 3 &&
        !isKnownGivenName(stem) &&
        !finnishWord.test(written)
      )
        return { stem, place, person: false };
      if (
        ((context.afterName && (place === 'from' || (place === 'out' && context.afterPerson))) ||
          ((context.afterWith || context.afterGivenAndWord) && place === 'from')) &&
        stem.length >= 3
      )
        return {
          stem: context.lowerAfterCapital ? capitalise(stem) : stem,
          place,
          person: false,
        };
      continue;
    }
    // "Robert Singhille", "Laura Greenille": after a given name, a capitalised word is a surname.
    if (
      context.afterGiven &&
      (place === 'to' || (place === 'of' && ofWhom) || (place === 'whom' && context.afterVerb))
    )
      return { stem, place, person: true };
    if (place === 'whom' || isKnownGivenName(stem)) continue;
    // "Trainlinen Yusuf": the firm's "-n" before a given name is where they work.
    if (place === 'of' && context.beforeGiven && !context.afterName)
      return { stem, place: 'owner', person: false };
    if (place === 'of' && !context.beforeNoun && !ofWhom) continue;
    return { stem, place, person: false };
  }
  return undefined;
}

/** Marks a firm's name that said whose ("Dysonin keikasta"), so what is its can go round it. */
const firmMark = '\u2064';
/** Marks a person's name once its ending is read, so no firm or gathering takes it in. */
const personMark = '\u2063';
/** Marks a firm named before whom it employs ("Stripen Siobhan"), to follow the name. */
const ownerMark = '\u2062';

/**
 * Where a firm's name begins in `out`: "Mind the Productissa", "NHS Digitalin": the capitalised
 * words before it, and "the" or "of" between them, are its name too; a person's name is not.
 */
function firmStart(out: readonly string[], people: ReadonlySet<number>): number {
  let at = out.length;
  while (at > 0 && out.length - at < 3 && !people.has(at - 1)) {
    const [, previous, close] = parts(out[at - 1] ?? '');
    if (close !== '' || isKnownGivenName(previous) || finnishWord.test(previous)) break;
    // "Ruth Ames Moonpigilta": a word after a given name is a surname, not the firm's.
    if (isKnownGivenName(parts(out[at - 2] ?? '')[1])) break;
    const joins = /^(?:the|of|&)$/u.test(previous) && capitalised.test(parts(out[at - 2] ?? '')[1]);
    if (!joins && !/^\p{Lu}[\p{L}\d.&'’-]*$/u.test(previous)) break;
    at--;
  }
  return at;
}

/** A given name Kith knows with "to" or "from" on it: "Emilyltä", "Rachelille". */
function givenWithEnding(written: string): boolean {
  const found = /^(\p{Lu}[\p{L}'’-]+?)(i?)(?:lle|lta|ltä)$/u.exec(written);
  return (
    !!found &&
    !isKnownGivenName(written) &&
    [found[1] ?? '', `${found[1] ?? ''}${found[2] ?? ''}`].some(
      (stem) => stem.length >= 2 && isKnownGivenName(stem),
    )
  );
}

/** Splits a word from what clings to it: "(Deloitte)," is "(", "Deloitte", "),". */
function parts(token: string): [string, string, string] {
  const found = /^([("'“]*)(.*?)([)"'”,.;:!?]*)$/u.exec(token);
  return [found?.[1] ?? '', found?.[2] ?? token, found?.[3] ?? ''];
}

/** Finnish words in small letters that are names elsewhere ("Meili"): "meili olivialle". */
const notNames = /^(?:meili|maili)$/u;

/**
 * Whether the words after `index` list more names before "kanssa", with commas: "zoen, chidin ja
 * mikko laineen kanssa". Each is a name or ends as whose does; one "ja" joins the last.
 */
function listBeforeWith(tokens: readonly string[], index: number): boolean {
  let joined = false;
  for (let ahead = index + 1; ahead <= index + 6 && ahead < tokens.length; ahead++) {
    const [open, core, close] = parts(tokens[ahead] ?? '');
    if (withWord.test(core)) return joined && open === '';
    if (open !== '' || (close !== '' && close !== ',')) return false;
    if (andWord.test(core)) joined = true;
    else if (!isNameWord(core) && !/n$/u.test(core)) return false;
  }
  return false;
}

/** "kanssa", with; "kaa", spoken, only in small letters ("Kaa" may be a name). */
const withWord = /^(?:[Kk]anssa|KANSSA|[Kk]ans|KANS|kaa)$/u;
const andWord = /^(?:ja|&|\+)$/iu;

/** Whether a word reads as a name here: capitalised and no Finnish word, or a name Kith knows. */
function isNameWord(core: string): boolean {
  if (finnishWord.test(core) || notNames.test(core)) return false;
  if (capitalised.test(core)) return core.length > 1;
  return (isKnownGivenName(core) || isKnownSurname(core)) && core.length > 2;
}

/**
 * The names of a line in English order: each name with a case ending loses it and gains the
 * English word before the whole name ("Robert Singhille" to Robert Singh), "Chidin kanssa" is
 * "with Chidi", and "Katen ja Devin kanssa" "with Kate and Dev".
 */
function placeNames(line: string): string {
  const tokens = line.split(' ');
  const out: string[] = [];
  let nameStart = -1;
  let previousWasName = false;
  let previousWasCased = false;
  // "näin Leen ja Zoen", "tapasin Owen Daviesin ja Kirsi Mäkisen": the list goes on being whom.
  let whomRun = false;
  // The word before was a person's name with its ending read ("Priyalle").
  let previousWasPerson = false;
  // Where the word before said its person was: to, from, whom.
  let previousPlace: Place | undefined;
  let previousCore = '';
  // The word before closed "X-n kanssa": a firm after it is theirs ("lizin kanssa deloittelta").
  let previousWasWith = false;
  // "törmäsin Marcukseen ja Benjaminiin": the names after the verb, and "ja", are into whom.
  let intoRun = false;
  // Where in `out` a person's name stands, so a firm named before a place stops there.
  const people = new Set<number>();
  for (let index = 0; index < tokens.length; index++) {
    const [open, core, close] = parts(tokens[index] ?? '');
    const next = parts(tokens[index + 1] ?? '')[1];
    const context: NameContext = {
      afterGiven:
        previousWasName &&
        !previousWasCased &&
        isKnownGivenName(previousCore) &&
        !capitalised.test(core) === !capitalised.test(previousCore),
      afterName: previousWasName,
      afterLoneGiven: previousWasName && !previousWasCased && nameStart === out.length - 1,
      afterVerb:
        objectVerb.test(parts(tokens[index - 1] ?? '')[1]) ||
        whomRun ||
        (objectVerb.test(parts(tokens[index - 2] ?? '')[1]) && isNameWord(previousCore)),
      // "Devin ja Laura Niemisen kanssa": a list of names before "kanssa".
      beforeWith:
        (close === '' &&
          (withWord.test(next) ||
            (andWord.test(next) &&
              [2, 3, 4].some((ahead) => withWord.test(parts(tokens[index + ahead] ?? '')[1])) &&
              !tokens.slice(index + 1, index + 4).some((token) => /,$/u.test(token))))) ||
        (close === ',' && listBeforeWith(tokens, index)),
      beforeNoun:
        close === '' &&
        /^(?:\p{Ll}|\p{Lu}+-\p{Ll}|\p{Lu}{2,4}$)/u.test(next) &&
        !finnishWord.test(next),
      beforeAbout: close === '' && /^\p{Ll}[\p{L}-]*st[aä]$/u.test(next),
      beforeGiven:
        close === '' && capitalised.test(next) && (isKnownGivenName(next) || givenWithEnding(next)),
      beforeName:
        close === '' && capitalised.test(core) && capitalised.test(next) && isNameWord(next),
      afterCased: previousWasPerson,
      afterWhom: previousWasPerson && previousPlace !== 'to' && previousPlace !== 'from',
      afterPerson:
        previousWasName && (isKnownGivenName(previousCore) || isKnownSurname(previousCore)),
      afterPartitive: partitiveVerb.test(parts(tokens[index - 1] ?? '')[1]),
      lowerAfterCapital:
        previousWasName && capitalised.test(previousCore) && !capitalised.test(core),
      afterGivenAndWord:
        !previousWasName &&
        !previousWasCased &&
        !capitalised.test(core) &&
        /^\p{Ll}+$/u.test(previousCore) &&
        !finnishWord.test(previousCore) &&
        /^\p{Ll}+$/u.test(tokens[index - 2] ?? '') &&
        isKnownGivenName(tokens[index - 2] ?? '') &&
        tokens[index - 1] === previousCore,
      afterWith: previousWasWith,
      afterIntoVerb: intoRun,
    };
    const found = open === '(' ? undefined : casedName(core, context);
    intoRun =
      close === '' &&
      (intoVerb.test(core) || (intoRun && (andWord.test(core) || found?.person === true)));
    previousCore = core;
    previousWasWith = false;
    previousWasPerson = found?.person === true;
    previousPlace = found?.place;
    const inList =
      andWord.test(core) || isNameWord(core) || (found?.person === true && found.place === 'of');
    if (found?.person === true && found.place === 'of' && context.afterVerb) whomRun = true;
    else if (!inList) whomRun = false;
    if (!found) {
      out.push(tokens[index] ?? '');
      const isName = isNameWord(core);
      if (isName && !previousWasName) nameStart = out.length - 1;
      previousWasName = isName && open === '' && close === '';
      previousWasCased = false;
      continue;
    }
    const { stem, place, person } = found;
    if (place === 'owner') {
      out.push(`${open}${ownerMark}${stem}${close}`);
      previousWasName = false;
      previousWasCased = true;
      continue;
    }
    let english = placeEnglish[place];
    let end = close;
    if (place === 'of' && withWord.test(next) && close === '') {
      english = 'with';
      end = parts(tokens[index + 1] ?? '')[2];
      index++;
      previousWasWith = person && end === '';
    }
    const at = person
      ? previousWasName && !previousWasCased
        ? nameStart
        : out.length
      : firmStart(out, people);
    out.push(`${open}${person ? personMark : english ? '' : firmMark}${stem}${end}`);
    if (person) people.add(out.length - 1);
    if (english) out.splice(at, 0, english);
    if (person && !previousWasName) nameStart = english ? out.length - 2 : out.length - 1;
    // "Zoen Lee Jordanille": a name with its ending is whole; the next name starts afresh.
    previousWasName = false;
    previousWasCased = true;
  }
  // "Katen ja Devin kanssa": both names are with whom.
  return (
    out
      .join(' ')
      // "Kate Morrisonin ja sen kollegan Ifeoma Obin kanssa": and their colleague.
      .replace(/ (?:ja|&) (?:sen|hänen) kollegan with /gu, ' ja with their colleague ')
      // "dan fletcherin ja his mate Tom Ashworthin kaa": and his mate.
      .replace(/ (?:ja|&) (his|her|their) (\p{Ll}+) with /gu, ' ja with $1 $2 ')
      // "Unileverin Aisha Khan": Aisha Khan from Unilever.
      .replace(
        new RegExp(`${ownerMark}(\\S+) (\\p{Lu}[\\p{L}'’-]*)(?: (\\p{Lu}[\\p{L}'’-]*))?`, 'gu'),
        (_m: string, firm: string, given: string, surname?: string) =>
          surname && isNameWord(surname)
            ? `${given} ${surname} from ${firm}`
            : `${given} from ${firm}${surname ? ` ${surname}` : ''}`,
      )
      // "ONS:n Emilyltä": from Emily from ONS.
      .replace(
        new RegExp(`${ownerMark}(\\S+) (to|from) (${personMark}\\p{Lu}[\\p{L}'’-]*)`, 'gu'),
        '$2 $3 from $1',
      )
      .replaceAll(ownerMark, '')
      .replace(
        /(?<![\p{L}'’\u2063-])((?:\u2063?\p{L}[\p{L}'’-]* )?\u2063?\p{L}[\p{L}'’-]*) (?:ja|&|\+) with /gu,
        (_m: string, who: string) => {
          const words = who.split(' ');
          const first = words[0] ?? '';
          const named = words.length === 1 || isNameWord(first.replace(personMark, ''));
          return named ? `with ${who} and ` : `${first} with ${words.slice(1).join(' ')} and `;
        },
      )
      // "zoen, chidin ja mikko laineen kanssa": the names before the commas are with whom too.
      .replace(
        /(?<![\p{L}'’\u2063-])((?:\u2063\p{L}[\p{L}'’-]*, )+)with (?=\u2063)/gu,
        (_m: string, before: string) => `with ${before}`,
      )
      // "yusufille ja lee jordanille": to both, "to" said once.
      .replace(
        /\b(to|from) ((?:\p{L}[\p{L}'’-]* )?\u2063[\p{L}'’-]+) (?:ja|&) \1 (?=(?:\p{L}[\p{L}'’-]* )?\u2063)/gu,
        '$1 $2 ja ',
      )
  );
}

/** Words and phrases no English note uses, put into English where they stand. */
const finnishWords: readonly Swap[] = [
  // Silence and news.
  [word('ei (?:vielä|viel) (?:mitään|mitn|mtn)|ei vielä vastausta'), 'nothing yet'],
  [
    word('ei vastausta (\\d{1,2})\\. päivän jälkeen'),
    (_m: string, day: string) => `no reply since the ${englishOrdinal(day)}`,
  ],
  [
    word('ei (?:oo |ole )?kuulu(?:nut|nu)? mitään (\\d{1,2})\\. päivän jälkeen'),
    (_m: string, day: string) => `no reply since the ${englishOrdinal(day)}`,
  ],
  [
    word('ei (?:oo |ole )?kuulu(?:nut|nu)? mitään (\\d{1,2})\\.(\\d{1,2})\\.? jälkeen'),
    'no reply since $1/$2',
  ],
  // "ei mitään kuulunu 16.11. jälkeen": the same, "mitään" first.
  [
    word('ei (?:oo |ole )?mitään kuulu(?:nut|nu)? (\\d{1,2})\\.(\\d{1,2})\\.? jälkeen'),
    'no reply since $1/$2',
  ],
  // "ei vastausta 16.11. jälkeen", "ei oo vastannu 3.11 jälkeen": no reply since then.
  [
    word('ei (?:oo |ole )?(?:vastausta|vastannu(?:t)?) (\\d{1,2})\\.(\\d{1,2})\\.? jälkeen'),
    'no reply since $1/$2',
  ],
  [word('ei (?:oo |ole )?mitään kuulu(?:nut|nu)?'), 'no reply'],
  [word('ei (?:oo |ole )?kuulu(?:nut|nu)? mitään'), 'no reply'],
  [word('ei (?:oo |ole )?vastannu(?:t)?'), 'no answer'],
  [word('ei (?:oo |ole )?vastausta|ei kuulu mitään|ei mitään vastausta'), 'no reply'],
  [word('ei mitään konkreettista'), 'nothing concrete'],
  [word('ei mitään'), 'nothing'],
  [word('sano ettei oo ehtiny|sanoi ettei ole ehtinyt'), "said they hadn't had time"],
  [word('on jo täytetty|on täytetty'), 'is already filled'],
  [word('on peruttu'), 'is cancelled'],
  [word('on uudistumassa'), 'is being reorganised'],
  [word('heillä on|niillä on'), 'they have'],
  // "leeds data colla ois": a firm in small letters has, or would have.
  [
    /(?<![\p{L}'’-])(\p{Ll}[\p{Ll}.&+]+?)(?:lla|llä) (?:on|ois|olis|olisi)(?![\p{L}'’-])/gu,
    (m: string, owner: string) =>
      finnishOwners.test(owner) || finnishWord.test(owner)
        ? m
        : `${owner.replace(/(?<=[bcdfghjklmnpqrstvwxz])i$/u, '')} has`,
  ],
  [word('onko niillä|onko heillä'), 'whether they have'],
  [word('voisinko'), 'if I could'],
  [word('voisko se|voisiko hän|voiko se|voisiko se'), 'if they could'],
  // "ne screenshotit joita se pyys": the ones they asked for.
  [word('ne ((?:[^\\s,]+ ){1,4}?)(?:joita|jotka) se (?:pyysi|pyys)'), 'the $1they asked for'],
  [word('(?:jota|jonka|jotka|joita) se (?:pyysi|pyys)'), 'they asked for'],
  // "kysyin onks sopimuksesta kuulunu mitään": asked whether there is news, a nudge.
  [
    word(
      '(?:kysyin|kyselin)((?: [^\\s,]+){0,3}?) (?:onks|onko|oliko) (.{1,40}?) (?:kuulunu(?:t)? mitään|mitään uutta)',
    ),
    'chased$1 for news on $2',
  ],
  [word('(?:kysyi|kysy) kuulumisia'), 'asked how I was doing'],
  [word('kysyin kuulumisia'), 'asked how they were doing'],
  // "kysy mun cv:tä": asked for the user's CV.
  [word('(?:kysyi|kysy) (?:mun|minun|my)'), 'asked for my'],
  [word('sovittiin (?:et|että)'), 'we agreed that'],
  [word('(?:referaa|referoi) (?:mut|mua|minut)(?= \\p{L})'), 'will refer me to'],
  [word('(?:referata|referoida) (?:mut|mua|minut)(?= \\p{L})'), 'refer me to'],
  [word('(?:referaa|referoi) (?:mut|mua|minut)'), 'will refer me'],
  [word('(?:referata|referoida) (?:mut|mua|minut)'), 'refer me'],
  [word('johon (?:tarttis|tarvittais|tarvitaan|tarvii|tarvitsee) apua'), 'that needs help'],
  [word('haetaan|rekrytään|rekrytoidaan|palkataan'), 'are hiring'],
  [word('pari päivää'), 'a couple of days'],
  [word('sen jälkeen'), 'afterwards'],
  [word('molemmat'), 'both'],
  [word('kun se (?:pyysi|pyys)'), 'after they asked for it'],
  [word('saisinko'), 'if I could have'],
  [word('oonko|olenko'), 'if I am'],
  [word('vapaana'), 'free'],
  [word('että se'), 'that they'],
  // Days: "eilen", "toissapäivänä", "viime viikolla", "torstaina", "12. päivä", "3.11.".
  [word('toissapäivänä|toissa päivänä|toissapäivänä'), 'the day before yesterday'],
  [word('eilen illalla|eilen'), 'yesterday'],
  [word('tänään aamulla|aamulla|tänä aamuna'), 'this morning'],
  [word('tänään'), 'today'],
  [word('illalla'), 'this evening'],
  [word('viime viikolla|viime viikon|viime viikko'), 'last week'],
  [word('viime kuussa'), 'last month'],
  [word('viikko sitten'), 'a week ago'],
  [word('ensi viikolla'), 'next week'],
  [word('(\\d+) (?:viikkoa|vkoa) sitten'), '$1 weeks ago'],
  [word('(\\d+) päivää sitten'), '$1 days ago'],
  // "kolme päivää sitten", "pari viikkoa sitten": a count in words, ago.
  [
    new RegExp(
      String.raw`(?<![\p{L}'’-])(${keysOf(counts)}) (${loose('päivää|viikkoa')}) ${loose('sitten')}(?![\p{L}'’-])`,
      'giu',
    ),
    (m: string, count: string, unit: string) => {
      const key = keyIn(counts, count);
      return key ? `${counts[key] ?? ''} ${/^p/iu.test(unit) ? 'days' : 'weeks'} ago` : m;
    },
  ],
  // "viime torstaina": last Thursday.
  [
    new RegExp(String.raw`(?<![\p{L}'’-])viime (${keysOf(days)})(?![\p{L}'’-])`, 'giu'),
    (m: string, day: string) => {
      const key = keyIn(days, day);
      return key ? `last ${days[key] ?? ''}` : m;
    },
  ],
  [
    new RegExp(String.raw`(?<![\p{L}'’-])(${keysOf(days)})(?![\p{L}'’-])`, 'giu'),
    (m: string, day: string) => {
      const key = keyIn(days, day);
      return key ? `on ${days[key] ?? ''}` : m;
    },
  ],
  [
    new RegExp(String.raw`(?<![\p{L}'’-])(${keysOf(shortDays)})(?=$|[ ,;.:])`, 'gu'),
    (m: string, day: string) => `on ${shortDays[day] ?? m}`,
  ],
  [/(?<![\p{L}'’-])to(?=$|[,;])/gu, 'on Thursday'],
  // "to Fintech meetupissa": "to" first, before a gathering named in Finnish, is Thursday.
  [
    /^to (?=(?:\p{Lu}[\p{L}'’&.-]* ){0,3}[\p{L}-]*(?:meetupissa|tapahtumassa|illassa|konferenssissa|webinaarissa|messuilla|talkissa)(?![\p{L}'’-]))/u,
    'on Thursday ',
  ],
  // "Danielille to barclaysin": "to" after a name with its ending read is Thursday too.
  [/(?<=\u2063[\p{L}'’-]+ )to(?= \p{Ll})/gu, 'on Thursday'],
  // "to meilillä", "kahvilla to esitellä": "to" before a Finnish word of how, or a Finnish verb.
  [
    new RegExp(String.raw`(?<![\p{L}'’-])to(?= (?:${loose(finnishAfterDay)})(?![\p{L}'’-]))`, 'gu'),
    'on Thursday',
  ],
  // "pe mennessä", "perjantaihin mennessä", "3.12. mennessä": by then, a deadline.
  [
    new RegExp(
      String.raw`(?<![\p{L}'’-])on (\p{Lu}\p{Ll}+day) ${loose('mennessä')}(?![\p{L}'’-])`,
      'gu',
    ),
    'by $1',
  ],
  [
    new RegExp(
      String.raw`(?<![\p{L}'’-])(${keysOf(untilDays)}) ${loose('mennessä')}(?![\p{L}'’-])`,
      'giu',
    ),
    (m: string, day: string) => {
      const key = keyIn(untilDays, day);
      return key ? `by ${untilDays[key] ?? ''}` : m;
    },
  ],
  [
    new RegExp(
      String.raw`(?<![\p{L}'’-])(${keysOf(months)})(ssa|sta|hun|ksi)(?![\p{L}'’-])`,
      'giu',
    ),
    (m: string, month: string, ending: string) => {
      const key = keyIn(months, month);
      const before = (
        { ssa: 'in', sta: 'from', hun: 'until', ksi: 'for' } as Record<string, string>
      )[ending.toLowerCase()];
      return key ? `${before ?? 'in'} ${months[key] ?? ''}` : m;
    },
  ],
  // "lokakuun 22.", "2. marraskuuta": a day of a month.
  [
    new RegExp(String.raw`(?<![\p{L}'’-])(${keysOf(months)})n (\d{1,2})\.?(?![\p{L}\d'’-])`, 'giu'),
    (m: string, month: string, day: string) => {
      const key = keyIn(months, month);
      return key ? `${day} ${months[key] ?? ''}` : m;
    },
  ],
  [
    new RegExp(
      String.raw`(?<![\p{L}\d'’.-])(\d{1,2})\. ?(${keysOf(months)})ta(?![\p{L}'’-])`,
      'giu',
    ),
    (m: string, day: string, month: string) => {
      const key = keyIn(months, month);
      return key ? `${day} ${months[key] ?? ''}` : m;
    },
  ],
  [word('alkuvuodesta'), 'early next year'],
  [
    /(?<![\p{L}\d'’-])deadline (\d{1,2})\. ?päivä(?:nä)?(?![\p{L}'’-])/giu,
    (_m: string, day: string) => `deadline the ${englishOrdinal(day)}`,
  ],
  [
    /(?<![\p{L}\d'’-])(\d{1,2})\. ?(?:päivä|paiva)(?:nä|na)?(?![\p{L}'’-])/giu,
    (_m: string, day: string) => `on the ${englishOrdinal(day)}`,
  ],
  [
    /(?<![\d./])(\d{1,2})\.(\d{1,2})\.(?:(\d{2,4})(?![\d.]))?(?!\d)/gu,
    (_m: string, d: string, m: string, y?: string) => `${d}/${m}${y ? `/${y}` : ''}`,
  ],
  [/(?<![\d/])(\d{1,2}\/\d{1,2}(?:\/\d{2,4})?) (?:mennessä|mennessa)(?![\p{L}'’-])/gu, 'by $1'],
  // "ei kuulunut mitään sitten 16.11.": no word since then.
  [/\b(no reply|no answer|nothing) sitten (?=\d)/gu, '$1 since '],
  [word('(\\d+) ?kk'), '$1-month'],
  [word('(\\d+) viikon'), '$1-week'],
  [
    /(?<![\p{L}'’\u2063-])(^\p{Ll}+ )?(data|tech|design|product|ux|ai|dev|health) (meetupissa|meetupiin|tapahtumassa|konferenssissa|konffassa|konfassa|konffalla)(?![\p{L}'’-])/gu,
    (_m: string, first = '', kind: string, where: string) =>
      `${where === 'meetupiin' ? 'to' : 'at'} the ${first}${kind} ${eventWords[fold(where)] ?? 'event'}`,
  ],
  // "UX Bristol meetupissa", "Stripe talkissa", "ProductTank-illassa": at the gathering, named.
  [
    /(?<![\p{L}'’\u2063-])((?:(?!\p{Lu}\p{Ll}+day )\p{Lu}[\p{L}'’&.]*[ -]){0,3})(?:(\p{Ll}+)-)?(meetupissa|meetupiin|talkissa|guildissa|tapahtumassa|illassa|konferenssissa|webinaarissa)(?![\p{L}'’-])/gu,
    (_m: string, name: string, kind = '', where: string) =>
      `${where === 'meetupiin' ? 'to' : 'at'} the ${name.replace(/-$/u, ' ')}${kind ? `${kind} ` : ''}${eventWords[fold(where)] ?? 'event'}`,
  ],
  // "Supply Chain Expossa", "HETT Showssa", "Newcastle tech weekillä": at the gathering, named.
  [
    /(?<![\p{L}'’\u2063-])((?:\p{Lu}[\p{L}'’&.+]*[ -]){0,3})((?:(?:data|tech|design|product|ux|ai|dev|health) )?)(expo|show|summit|open day|day|week|fair|festival|conference|\p{Ll}*fest)(?:ssa|ssä|lla|llä|illa|illä|issa|issä)(?![\p{L}'’-])/giu,
    (_m: string, name: string, kind: string, what: string) =>
      `at the ${name}${kind}${what.replace(/^\p{Lu}/u, (c) => (name ? c : c.toLowerCase()))}`,
  ],
  // "aamiaistilaisuudessa", "rekrytilaisuudessa": at the event, of its kind.
  [
    /(?<![\p{L}'’-])(\p{Ll}*?)tilaisuu(?:dessa|teen)(?![\p{L}'’-])/gu,
    (_m: string, kind: string) => `at the ${eventKinds[fold(kind)] ?? ''} event`.replace('  ', ' '),
  ],
  [word('pikkujouluissa|pikkujouluilla'), 'at the Christmas party'],
  [word('oli siellä|oli paikalla'), 'was there'],
  [word('haastattelun tuloksista'), 'about the interview results'],
  [word('suositusta'), 'a referral'],
  [word('suosituksesta'), 'for the reference'],
  [word('referraalia|referraalin'), 'a referral'],
  [word('tavata'), 'meet'],
  [word('kollegan'), 'colleague'],
  // What was done, the longer phrases first.
  [
    word('lupasi esitellä (?:mut|minut|mua)|lupas esitellä (?:mut|minut|mua)'),
    'offered to introduce me',
  ],
  [word('(?:lupasi|lupas) (?:puffata|suositella) (?:mua|minua)'), 'offered to recommend me'],
  [word('lupas|lupasi'), 'offered to'],
  [word('kävi (.{1,30}?) läpi'), 'reviewed $1'],
  [word('laittaa mut ehdolle'), 'put me forward for'],
  [word('liitteenä'), 'attached'],
  [word('sen pyytämät (\\S+)'), 'the $1 they asked for'],
  [word('kiitos avusta'), 'thanks for the help'],
  [word('(?:josta|mistä) (?:puhuttiin|juteltiin)'), "we'd talked about"],
  [word('haastattelun jälkeen'), 'after the interview'],
  [word('pitkä juttu|pitkät jutut'), 'a long chat'],
  [word('mentoroida'), 'mentor'],
  [word('(?:voi|voisi|vois) introta (?:mut|minut|mua)'), 'can introduce me'],
  [word('introta (?:mut|minut|mua)'), 'introduce me'],
  [word('tarjolla'), 'on offer'],
  [word('freelancekeikka|freelance-keikka'), 'a freelance gig'],
  [word('tarvitaan'), 'they need'],
  [word('ja mä (?:nähtiin|tavattiin)|ja minä (?:nähtiin|tavattiin)'), 'and I met'],
  // "se laittaa mut eteenpäin": they will pass the user on.
  [word('(?:se|hän) laittaa (?:mut|minut) eteenpäin'), "they'll pass me on"],
  [word('laittaa (?:mut|minut) eteenpäin'), 'pass me on'],
  [word('(?:sen|hänen) pyynnöstä(?:än)?'), 'at their request'],
  [word('lounaan jälkeen'), 'after lunch'],
  [word('kahvin jälkeen|kahvien jälkeen'), 'after coffee'],
  [word('toisilleen'), 'to each other'],
  [word('onko (.{1,30}?) mennyt läpi'), 'whether $1 has gone through'],
  [word('saanko'), 'if I can'],
  [word('käyttää'), 'use'],
  [word('referenssinä'), 'as a reference'],
  [word('aikataulusta'), 'about the timeline'],
  [word('yleistä juttua|yleistä jutustelua'), 'a general chat'],
  [word('harkitsee'), 'is considering'],
  [word('uutta'), 'new'],
  // "sen data leadin kaa": with their data lead.
  [
    word('(?:sen|hänen|niiden) ((?:[\\p{Ll}-]+ ){0,2}?)(\\p{Ll}{2,}?)i?n (?:kanssa|kaa)'),
    'with their $1$2',
  ],
  // "kyseli haluisinko puhua": asked if the user would like to.
  [word('(?:kyseli|kysyi|kysy) (?:haluisinko|haluaisinko|haluisinks)'), "asked me if I'd like to"],
  [word('haluisinko|haluaisinko|haluisinks'), "if I'd like to"],
  [word('palkkatoiveita|palkkatoiveet|palkkatoiveista|palkkatoivetta'), 'salary expectations'],
  // "kuten pyys": as they asked; what was sent because they asked is given.
  [word('kuten (?:se |hän )?(?:pyysi|pyys)'), 'as they asked'],
  [word('kuten sovittiin'), 'as agreed'],
  [word('takaisin'), 'back'],
  // "BI-rooli peruttu": the role is called off.
  [word('(?:on )?peruttu'), 'is cancelled'],
  [word('budjettisyistä|budjettisyyistä'), 'for budget reasons'],
  [word('suosituskirjeet|suosituskirjeen|suosituskirje'), 'reference letters'],
  [word('(?:uus|uusi) tuttava'), 'new contact'],
  [word('myös paikalla'), 'also there'],
  // "Haysin kautta": through them.
  [word('kautta'), 'via'],
  // "tiedon avoimesta finance manager -paikasta": word of an open role.
  [word('tiedon'), 'word'],
  [word('avoimesta|avoimen|avoin'), 'open'],
  // "finance manager -paikasta": English words joined by a spaced hyphen to a Finnish one.
  [
    /(?<![\p{L}'’-])((?:(?!yesterday |today |this |eilen |tänään )\p{Ll}+ ){1,3})-(paikasta|roolista|tiimistä|tiimista)(?![\p{L}'’-])/gu,
    (_m: string, english: string, tail: string) =>
      `about the ${english}${/^p|^r/u.test(tail) ? 'role' : 'team'}`,
  ],
  // "paneeli", "sääntelypaneeliin": a panel, as at an event.
  [/(?<![\p{L}'’-])[\p{Ll}-]*paneeli(?:in|ssa|ssä)(?![\p{L}'’-])/gu, 'panel'],
  [/(?<![\p{L}'’-])[\p{Ll}-]*paneeli(?![\p{L}'’-])/gu, 'panel'],
  [word('(?:kiitos|kiitti)-?(?:tekstarin|tekstari|tekstiviestin)'), 'a thank-you text'],
  // "kutsui mut Ofcomin paneeliin puhumaan": asked the user to speak there.
  [
    word('kutsui (?:mut|minut|mua) ((?:\\S+ ){0,3}?)(?:puhumaan|esiintymään)'),
    (_m: string, where: string) => `asked me to speak at ${where}`.trim(),
  ],
  // "intros me", spoken "introsi": introduced the user. English writes "intros" too, so it says
  // no line is Finnish.
  [word('(?:introsi|intros) (?:mut|minut|mua|me)'), 'introduced me'],
  ...[...userVerbs, ...theirVerbs].map(([finnish, english]): Swap => [word(finnish), english]),
  // How: a call, a video call, by email, on LinkedIn, over coffee.
  [word('teams[- ]puhelu|teams[- ]puhelussa'), 'teams call'],
  [word('zoom[- ]puhelu|zoom[- ]puhelussa'), 'zoom call'],
  [word('vastaajaviestin|vastaajaviesti'), 'a voicemail'],
  [word('(?:kiitos|kiitti)-?(?:viestin|viesti|viestiä)'), 'a thank-you message'],
  [word('(?:kiitos|kiitti)[- ]?(?:meilin|mailin|meili|maili|mail)'), 'a thank-you email'],
  [word('kiitoskortti|kiitoskortin|kiitos-kortti'), 'a thank-you card'],
  [word('kiitokset'), 'thanks'],
  [word('muistutus-?(?:meilin|mailin|meili|maili)'), 'a reminder email'],
  [word('muistutus-?(?:viestin|viesti|viestiä)'), 'a reminder message'],
  [word('(?:connect|connection|yhteys)[- ]?(?:pyyntö|pyynnön|request)'), 'connection request'],
  [word('soitto|soiton'), 'call'],
  [word('inmailia|inmailin|inmail'), 'a LinkedIn message'],
  [word('linkedin[- ]viesti|linkkari[- ]viesti'), 'LinkedIn message'],
  [word('linkkari'), 'LinkedIn'],
  [word('githubissa'), 'on GitHub'],
  [word('videopuhelu|videopuhelussa|videolla|videopuhelulla'), 'video call'],
  [word('puhelimessa|puhelimitse|puhelu|puhelussa'), 'on the phone'],
  [word('(?:kiitos|kiitti)-?sähköposti'), 'a thank-you email'],
  [
    word('followup-(?:meili|maili|sähköposti)|follow up -(?:meili|maili)|muistutusmeili'),
    'follow-up email',
  ],
  [
    word(
      'meilillä|mailillä|mailillä|sähköpostilla|meilitse|mailitse|sähköpostitse|meilissä|mailissa',
    ),
    'by email',
  ],
  [
    word('meilin|mailin|meiliä|mailia|meilii|sähköpostin|sähköpostia|meili|maili|sähköposti'),
    'email',
  ],
  [word('linkkarissa|linkedinissä|linkkarin kautta|linkedinin kautta'), 'on LinkedIn'],
  [word('whatsappissa|whatsapissa|wappissa|whatsappilla'), 'on WhatsApp'],
  [word('whatsappia|whatsapp-viesti'), 'a WhatsApp'],
  [/(?<![\p{L}'’-])DM:(?:ssä|ssa|llä|lla)(?![\p{L}'’-])/giu, "DM'd me"],
  [word('slackissä|slackissa'), 'on Slack'],
  [word('teamsissa|teamsissä'), 'on Teams'],
  [word('zoomissa'), 'on Zoom'],
  [word('tekstarilla'), 'by text'],
  [word('viestillä|viestilla'), 'by message'],
  [
    word('linkkaripostaukseen|linkkaripostausta|linkkaripostauksen|linkkaripostaus'),
    'LinkedIn post',
  ],
  [word('kommentti|kommentin'), 'a comment on'],
  [word('tekstari|tekstarin|tekstiviesti'), 'text'],
  [word('viestin|viestiä|viesti'), 'message'],
  [word('kahvilla|kahville|kahveilla|kahvit|kahvi|kahvia|kahvittelu'), 'coffee'],
  [word('lounaalla|lounaalle'), 'over lunch'],
  [word('lounas|lounasta|lunssi|lunssilla'), 'lunch'],
  [word('brunssilla|brunssi'), 'brunch'],
  [word('aamiaisella'), 'breakfast'],
  [
    word('drinkit|drinkeillä|drinkeille|drinksut|drinksuilla|drinkuilla|oluella|oluelle|kaljalla'),
    'drinks',
  ],
  [word('illallisella|illallinen'), 'dinner'],
  [word('rekrymessuilla|rekrytointimessuilla'), 'at the recruitment fair'],
  [word('messuilla'), 'at the fair'],
  // "logistiikkamessuilla": a fair of some kind.
  [/(?<![\p{L}'’-])\p{Ll}{3,}messuilla(?![\p{L}'’-])/gu, 'at the fair'],
  [word('tapahtumassa|eventissä'), 'at the event'],
  [word('esitellä (?:mut|minut|mua)'), 'introduce me'],
  [word('esitellä'), 'introduce'],
  [word('suosittelemaan (?:mua|minua)'), 'to recommend me'],
  [word('suositella (?:mua|minua)'), 'recommend me'],
  [word('puhumaan'), 'to speak'],
  [word('puhua'), 'speak'],
  [word('nähdä'), 'see'],
  [word('alihankkia'), 'subcontract'],
  [word('fasilitoida'), 'facilitate'],
  [word('hyviä neuvoja'), 'good advice'],
  [word('hyviä kommentteja'), 'good comments'],
  [word('palautetta'), 'feedback'],
  [word('sain'), 'got'],
  [word('kiitos'), 'thanks'],
  [/(?<=^|[,;] )kiitti(?![\p{L}'’-])/giu, 'thanks'],
  [word('kiitti'), 'thanked me'],
  // Small words.
  [word('ja mä|ja minä'), 'and I'],
  [word('kanssa'), 'with'],
  [exact('kaa'), 'with'],
  [word('mulle|minulle'), 'me'],
  [word('multa|minulta'), 'from me'],
  [exact('mua|mut|minut|minua'), 'me'],
  [exact('mun|minun'), 'my'],
  [exact('mä|minä'), 'I'],
  // "lähetin sen": what was sent is "it"; "sen pyytämät", what they asked for, is theirs.
  [/(?<=\b(?:sent|got|emailed|forwarded|shared) )sen(?![\p{L}'’-])/gu, 'it'],
  [exact('sen|niiden|heidän'), 'their'],
  [exact('sitä'), 'it'],
  [/(?<![\p{L}'’-])ne (?=needs|are hiring|wants|is opening)/gu, 'they '],
  [/(?<![\p{L}'’-])(?:siitä|siita) (?=about the |[\p{L}-]+st[aä](?![\p{L}'’-]))/gu, ''],
  [exact('siitä|siita'), 'about that'],
  // "video perjantaina": a video call.
  [/(?<![\p{L}'’-])video(?= on \p{Lu}| yesterday| today| this morning|,|$)/gu, 'video call'],
  [exact('se|hän'), 'they'],
  [exact('ja'), 'and'],
  [word('että'), 'that'],
  // "et", spoken "että": only in small letters ("ET" is a time zone).
  [exact('et'), 'that'],
  [word('taas|uudestaan'), 'again'],
  [exact('jo'), 'already'],
  [word('myös|kans'), 'also'],
  [word('auki'), 'open'],
  // "meili 26.11. perään": sent after what went before, chasing it.
  [word('perään'), 'chasing'],
  [word('varten'), 'for'],
  [word('jälkeen'), 'after'],
  [word('pitkään'), 'for a long time'],
  [word('lähellä'), 'near'],
  // Things.
  // "stripen ops tiimistä": about a firm's team, whose first.
  [
    /(?<![\p{L}'’-])(\p{Ll}[\p{Ll}.]+?)(?:(?<=[bcdfghjklmnpqrstvwxz])in|(?<=[aeiouy])n) ((?:[\p{Ll}-]+ ){0,2})(?:tiimistä|tiimista|tiimeistä|tiimeista)(?![\p{L}'’-])/gu,
    // "Kwame Mensah wisen support tiimistä": after a name, whom the team is from.
    (m: string, firm: string, words: string, ...where: string[]) =>
      finnishWord.test(`${firm}n`) || notCased.test(m.split(' ')[0] ?? '')
        ? m
        : `${afterFullName(where) ? 'from' : 'about'} the ${firm} ${words}team`,
  ],
  [word('tiimistä'), 'about the team'],
  [word('vinkistä'), 'for the tip'],
  [word('kahvista'), 'for the coffee'],
  [word('kommentista'), 'for the comment'],
  [word('analyytikon|analyytikkoa'), 'an analyst'],
  [word('projektiin'), 'project'],
  // "checkout.comista", "monzo.comilta": a firm by its web name, from.
  [
    /(?<![\p{L}'’-])(\p{Ll}[\p{L}\d-]*\.(?:com|io|co|ai|fi))i?(?:st[aä]|lt[aä])(?![\p{L}'’-])/gu,
    'from $1',
  ],
  // "intro:sta": an English word with a colon before its ending, about it.
  [/(?<![\p{L}'’-])(\p{Ll}{2,}):st[aä](?![\p{L}'’-])/gu, 'about the $1'],
  [word('miten haku menee'), 'how the job hunt is going'],
  [word('tiimin|tiimille|tiimiin|tiimi'), 'team'],
  [word('roolista'), 'about the role'],
  [word('rooli|roolin|roolia'), 'role'],
  [word('paikasta'), 'about the role'],
  [word('paikkaan|paikkaa|paikan|paikka'), 'role'],
  [word('keikoista'), 'about the gigs'],
  [word('keikasta'), 'about the gig'],
  [word('keikkaan|keikkaa|keikka'), 'gig'],
  [word('sopimuksesta'), 'about the contract'],
  [word('sopimus'), 'contract'],
  [word('postauksesta'), 'about the post'],
  [word('postaukseen|postausta|postaus'), 'post'],
  [word('artikkelista'), 'about the article'],
  [word('artikkeli'), 'the article'],
  [word('linkin|linkki'), 'a link'],
  [word('saman artikkelin'), 'the same article'],
  [word('artikkelin'), 'an article'],
  [word('speksin|speksit|speksi|speksiä'), 'spec'],
  [word('(mock[- ])?haastiksesta'), 'about the $1interview'],
  [word('haastikseen|haastiksen|haastis'), 'interview'],
  // "konsultointikeikkaa": a gig of some kind.
  [/(?<![\p{L}'’-])\p{Ll}{3,}?keikka(?:a)?(?![\p{L}'’-])/gu, 'gig'],
  // "booking.comin": a firm by its web name, whose.
  [/(?<![\p{L}'’-])(\p{Ll}[\p{L}\d-]*\.(?:com|io|co|ai|fi))in(?= \p{Ll})/gu, 'the $1'],
  // "20min callia": asked for a call of that length.
  [/(?<![\p{L}'’-])(\d+ ?min) callia(?![\p{L}'’-])/gu, 'for a $1 call'],
  [word('raportin|raportti'), 'the report'],
  [word('tutoriaalin|tutoriaali'), 'tutorial'],
  [word('pohjia|pohjat'), 'templates'],
  [word('referenssit'), 'references'],
  [word('palautteen|palautteet'), 'feedback on'],
  [word('kommentit'), 'comments'],
  [word('brieffin|briiffin'), 'a brief'],
  [word('suosituksen'), 'a reference'],
  [word('kirjoittaa'), 'write'],
  [word('päivitetyn'), 'updated'],
  [word('entinen'), 'my former'],
  [word('tyyppi'), 'guy'],
  [word('onnittelut'), 'congratulations'],
  [word('uudesta duunista|uudesta työstä'), 'on the new job'],
  [word('laskusta'), 'about the invoice'],
  [word('laskua|laskun|lasku'), 'invoice'],
  [word('hakemuksesta'), 'about the application'],
  [word('hakemus'), 'application'],
  [word('projektista'), 'about the project'],
  [word('projekti'), 'project'],
  [word('portfoliosta'), 'about the portfolio'],
  [word('(?:my )?portfolion'), 'my portfolio'],
  [word('(?:my )?portfolioon'), 'for my portfolio'],
  [word('portfolio'), 'portfolio'],
  [word('haastatteluvinkeistä'), 'for the interview tips'],
  [word('haastattelu-prep|haastattelu'), 'interview prep'],
  [word('haastatteluprosessista'), 'about the interview process'],
  [word('käyttäjähaastattelua'), 'user interviews'],
  [word('päivähintaa|päivähinnan'), 'day rate'],
  [word('yliopistolta|yliopistosta'), 'from the university'],
  [word('rekryfirmasta'), 'from a recruitment firm'],
  [word('rekrytoija|rekryääjä'), 'a recruiter'],
  [word('vetäjälle'), 'lead'],
  [word('tutkimusmetodeista'), 'about research methods'],
  [word('pricing-tutkimuksesta'), 'about the pricing research'],
  [word('data-ihmisiä'), 'data people'],
  [word('tiedostot'), 'files'],
  [word('puheesta'), 'for the talk'],
  // "-tiimistä", "-paikasta": an English word joined to a Finnish one is the English.
  [
    /(?<![\p{L}'’-])([\p{L}]+)-(?:tiimistä|tiimin|tiimi|paikasta|paikkaan|paikkaa|paikan|paikka|rooli|roolista|raporttiin|puolelle|tiedostot|keikoista|listasta|postauksesta|kulttuurista|puheesta|tutkimuksesta|hakemuksesta|tarpeita|artikkelin|artikkeli)(?![\p{L}'’-])/giu,
    (m: string, english: string) =>
      /st[aä]$/u.test(m)
        ? `about the ${english} ${finnishTail[fold(m.slice(english.length + 1))] ?? ''}`.trim()
        : `${english} ${finnishTail[fold(m.slice(english.length + 1))] ?? ''}`.trim(),
  ],
  // An English word with a Finnish ending: "interviewsta" about the interview, "numberin" the
  // number, "researcheria" a researcher.
  [
    /(?<![\p{L}'’-])(\p{Ll}[\p{Ll}-]{2,}?)i?st[aä](?![\p{L}'’-])/gu,
    (m: string, stem: string) =>
      englishSta.has(m.toLowerCase()) || isKnownGivenName(m) ? m : `about the ${stem}`,
  ],
  // "leadille", "managerille": an English word, to whom.
  [
    /(?<![\p{L}'’-])(\p{Ll}[\p{Ll}-]{2,}[bcdfghjklmnpqrstvwxz])ille(?![\p{L}'’-])/gu,
    (m: string, stem: string) => (isKnownGivenName(m) || isKnownSurname(stem) ? m : stem),
  ],
  [
    /(?<![\p{L}'’-])(\p{Ll}[\p{Ll}-]{2,}[bcdfghjklmnpqrstvwxz])i(?:n|a|ä)(?![\p{L}'’-])/gu,
    (m: string, stem: string) =>
      englishIn.has(m.toLowerCase()) || isKnownGivenName(m) || isKnownSurname(m) ? m : stem,
  ],
];

/** Whether a swap's match (its offset and line last in `where`) follows a name: "Kwame Mensah". */
function afterFullName(where: readonly string[]): boolean {
  const before = (where.at(-1) ?? '').slice(0, Number(where.at(-2)));
  return /\p{Lu}[\p{L}'’-]+ \p{Lu}[\p{L}'’-]+ $/u.test(before);
}

/** The English for a Finnish word joined to an English one: "research-tiimistä", the team. */
const finnishTail: Record<string, string> = {
  tiimista: 'team',
  tiimin: 'team',
  tiimi: 'team',
  paikasta: 'role',
  paikkaan: 'role',
  paikkaa: 'role',
  paikan: 'role',
  paikka: 'role',
  rooli: 'role',
  roolista: 'role',
  raporttiin: 'report',
  puolelle: 'roles',
  tiedostot: 'files',
  keikoista: 'gigs',
  listasta: 'list',
  postauksesta: 'post',
  kulttuurista: 'culture',
  puheesta: 'talk',
  tutkimuksesta: 'research',
  hakemuksesta: 'application',
  tarpeita: 'needs',
  artikkelin: 'article',
  artikkeli: 'article',
};

/** The gathering a Finnish word for where says: "meetupissa", at the meetup. */
const eventWords: Record<string, string> = {
  meetupissa: 'meetup',
  meetupiin: 'meetup',
  talkissa: 'talk',
  guildissa: 'guild',
  tapahtumassa: 'event',
  illassa: 'evening',
  konferenssissa: 'conference',
  konffassa: 'conference',
  konfassa: 'conference',
  konffalla: 'conference',
  webinaarissa: 'webinar',
};

/** What a "-tilaisuus" is: "aamiaistilaisuudessa", at the breakfast event. */
const eventKinds: Record<string, string> = {
  aamiais: 'breakfast',
  aamupala: 'breakfast',
  lounas: 'lunch',
  ilta: 'evening',
  rekry: 'recruitment',
  rekrytointi: 'recruitment',
  verkostoitumis: 'networking',
  info: 'info',
};

/** English words that end as a Finnish "about" does: "pasta", "barista". */
const englishSta = new Set(['pasta', 'vista', 'siesta', 'fiesta', 'barista', 'fashionista']);

/** English words that end as a Finnish "whose" does: "admin", "begin", "linkedin". */
const englishIn = new Set([
  'admin',
  'begin',
  'within',
  'plugin',
  'login',
  'checkin',
  'linkedin',
  'cabin',
  'margin',
  'origin',
  'robin',
  'cousin',
  'muffin',
  'napkin',
  'vitamin',
  'bulletin',
  'media',
  'criteria',
  'julia',
  'sepia',
  'skin',
]);

/** "Ben Ng:n kanssa kahvit", "to Niamh email": what was done, before with whom. */
const doneFirst: readonly Swap[] = [
  [/^from ((?:\p{L}[\p{L}'’-]*)(?: \p{Lu}[\p{L}'’-]*)?) thanks\b/u, '$1 thanked me'],
  [/^to ((?:\p{L}[\p{L}'’-]*)(?: \p{L}[\p{L}'’-]*)??) thanks\b/u, 'thanked $1'],
  [
    /^to ((?:\p{L}[\p{L}'’-]*)(?: \p{L}[\p{L}'’-]*)??) (teams call|zoom call|video call)\b/u,
    '$2 with $1',
  ],
  // "videopuhelu, Ellen Marsh Ovolta", "lounas maanantaina, Georgia Hill": what, then with whom.
  [
    /^(video call|teams call|zoom call|coffee|lunch|drinks|dinner)((?: on \p{Lu}\p{Ll}+| yesterday| today| this morning)?), (?=\p{Lu})/u,
    '$1$2 with ',
  ],
  // "daniel barclaysilta: kysyin": the user's verb, before whom and where they work.
  [
    /^((?:\p{L}[\p{L}'’-]*)(?: \p{L}[\p{L}'’-]*)? from \S+): (emailed|sent|rang|messaged|met|asked|thanked|texted)(?![\p{L}'’-])/u,
    '$2 $1,',
  ],
  // "Ravi Kumar (Wise): lähetin meilin": the user's verb, before whom.
  [
    /^((?:\p{Lu}[\p{L}'’-]*)(?: \p{Lu}[\p{L}'’-]*)?(?: \([^)]*\))?): (emailed|sent|rang|messaged|met|asked|thanked|texted)(?![\p{L}'’-])/u,
    '$2 $1,',
  ],
  [
    /^with ((?:\S+ ){1,4}?)(video call|teams call|zoom call|call|coffee|lunch|drinks|dinner|zoom)(?=$|[ ,;])/u,
    (_m: string, who: string, what: string) => `${what} with ${who.trim()}`,
  ],
  [
    /^(to (?:\p{L}[\p{L}'’-]*)(?: \p{L}[\p{L}'’-]*)??) (?:an )?(email|text|message|call|follow-up email|a thank-you email|a thank-you card|a thank-you message|a thank-you text)(?=$|[ ,;:])/u,
    (_m: string, to: string, what: string) =>
      ({
        email: `emailed ${to.slice(3)}`,
        text: `texted ${to.slice(3)}`,
        message: `messaged ${to.slice(3)}`,
        call: `rang ${to.slice(3)}`,
        'follow-up email': `followed up by email with ${to.slice(3)}`,
        'a thank-you email': `sent a thank-you email ${to}`,
        'a thank-you card': `sent a thank-you card ${to}`,
        'a thank-you message': `sent a thank-you message ${to}`,
        'a thank-you text': `sent a thank-you text ${to}`,
      })[what] ?? _m,
  ],
  [
    /^((?:a thank-you email|a thank-you card|follow-up email|email|text|message)) (to (?:\p{L}[\p{L}'’-]*)(?: \p{Lu}[\p{L}'’-]*)?)/u,
    (_m: string, what: string, to: string) =>
      what === 'follow-up email'
        ? `followed up by email with ${to.slice(3)}`
        : `sent ${/^a /u.test(what) ? what : `${/^[aeiou]/u.test(what) ? 'an' : 'a'} ${what}`} ${to}`,
  ],
  [
    /^(from (?:\p{L}[\p{L}'’-]*)(?: \p{Lu}[\p{L}'’-]*)?) (?:came )?(?:an? )?(email|message|text|call)(?=$|[ ,;:])/u,
    '$2 $1',
  ],
  // "Lucy Patelilta kyselin perään", "Katelta kysyin": whom the user asked or chased, first.
  [
    /^from ((?:\p{L}[\p{L}'’-]*)(?: \p{Lu}[\p{L}'’-]*)?) (chased|asked about|asked)(?= \p{L})/u,
    (_m: string, who: string, verb: string) =>
      verb === 'chased'
        ? `chased ${who} for`
        : verb === 'asked'
          ? `asked ${who}`
          : `asked ${who} about`,
  ],
  // "joanne kahvilla ke", "Priya Desai ja mä lounaalla": a name, then where they met.
  [
    /^((\p{L}[\p{L}'’-]*)(?: \p{L}[\p{L}'’-]*)?) (?:and I )?(coffee|over lunch|lunch|drinks|breakfast|dinner)(?=$|[ ,;:])/u,
    (m: string, who: string, given: string, what: string) =>
      isKnownGivenName(given) ? `${what.replace('over ', '')} with ${who}` : m,
  ],
  // "Siobhanilta tuli linkki", "Weiltä kiitos": what came from them, they sent.
  [
    /^from ((?:\p{L}[\p{L}'’-]*)(?: \p{Lu}[\p{L}'’-]*)?) came (?:an? )?(whatsapp|DM)(?=$|[ ,;:])/iu,
    (_m: string, who: string, what: string) =>
      `${who} ${what.toLowerCase() === 'dm' ? "DM'd" : 'whatsapped'} me`,
  ],
  [/^from ((?:\p{L}[\p{L}'’-]*)(?: \p{Lu}[\p{L}'’-]*)?) came /u, '$1 sent me '],
  // "sain margaretilta mailin": got an email from them, they emailed.
  [
    /^got from ((?:\p{L}[\p{L}'’-]*)(?: \p{L}[\p{L}'’-]*)??) (?:an? )?(email|message|text)(?=$|[ ,;:])/u,
    (_m: string, who: string, what: string) =>
      `${who} ${({ email: 'emailed', message: 'messaged', text: 'texted' } as Record<string, string>)[what] ?? 'sent'} me`,
  ],
  // "marcukselle follow up", "chloélle cv", "rachelille meni": to whom, what went.
  [
    /^to ((?:\p{L}[\p{L}'’-]*)(?: \p{L}[\p{L}'’-]*)??) follow[- ]?up\b(?! (?:email|message))/u,
    'followed up with $1',
  ],
  [/^to ((?:\p{L}[\p{L}'’-]*)(?: \p{L}[\p{L}'’-]*)??) meni\b/u, 'sent $1'],
  // "marcukselle cv ja suosituskirjeet": the cv and what goes with it, then to whom.
  [
    /^to ((?:\p{L}[\p{L}'’-]*)(?: \p{L}[\p{L}'’-]*)??) (?:my )?cv( and (?:reference letters|references|portfolio|cover letter))?\b/iu,
    'sent my cv$2 to $1',
  ],
  // "Ella Morganilta kommentti": a comment from them, they commented.
  [/^from ((?:\p{L}[\p{L}'’-]*)(?: \p{Lu}[\p{L}'’-]*)?) a comment on /u, '$1 commented on '],
  // "from Chris Doyle from Peel Ports email": the email, from whom.
  [
    /^(from (?:\p{L}[\p{L}'’-]*)(?: \p{Lu}[\p{L}'’-]*)? from (?:\p{Lu}[\p{L}'’&.-]*)(?: \p{Lu}[\p{L}'’&.-]*){0,2}) (email|message|text)(?=$|[ ,;:])/u,
    '$2 $1',
  ],
  [/^to ((?:\p{L}[\p{L}'’-]*)(?: \p{L}[\p{L}'’-]*)??) (?:a )?whatsapp\b/iu, 'whatsapped $1'],
  // "whatsapp josélle": a WhatsApp to them.
  [/^whatsapp to ((?:\p{L}[\p{L}'’-]*)(?: \p{Lu}[\p{L}'’-]*)?)(?=$|[ ,;:])/iu, 'whatsapped $1'],
  // "annalle laitoin", "marialle meilasin": to whom first, then what the user did.
  [
    /^to ((?:\p{L}[\p{L}'’-]*)(?: \p{Lu}[\p{L}'’-]*)?) (sent|emailed|rang|messaged|texted|whatsapped)(?![\p{L}'’-])/u,
    '$2 $1',
  ],
  // "dm marcusille": a DM to them.
  [/^dm to ((?:\p{L}[\p{L}'’-]*)(?: \p{Lu}[\p{L}'’-]*)?)(?=$|[ ,;:])/iu, "DM'd $1"],
  // "ryhmä teams": a group call, with whom it names.
  [/^ryhmä (teams|zoom)(?= \p{L})/iu, '$1'],
  // "at the data meetup Lee Jordan and Zoe Martin": whom the user met there.
  [/^(at the (?:[^,]+ )?(?:meetup|event|expo|conference|show|fair)) (?=\p{Lu}\p{Ll})/u, '$1 met '],
  // "met Anna over lunch": lunch with Anna.
  [/^met ((?:\p{Lu}[\p{L}'’-]*)(?: \p{Lu}[\p{L}'’-]*)?) over lunch\b/u, 'had lunch with $1'],
];

/** Words only Finnish uses: one is enough. */
const markerWords = String.raw`${verbWords}|${loose(
  'eilen|toissapäivänä|tänään|aamulla|lounaalla|paikalla|tuttava|kuulunu|kuulunut|perään|viime viikolla|kanssa|sitten|videolla|kahvi|linkkari|linkkarissa|linkedinissä|whatsappissa|meetupissa|meetupiin|kiitti|puhelimessa|videopuhelu|sähköposti|sähköpostin|ei vielä|ei vastausta|ettei|tekstari|meilillä|lounas|kahvit|kahvilla|drinkit|voisinko|päivä|päivän|josta|whatsapissa|whatsappii|whatsappiin|teamsissa|oli siellä|ei oo vastannu|ei vastannu',
)}|${keysOf(days)}|\p{L}+:(?:n|lle|ltä|lta|ssä|ssa|tä|iä)`;
const finnishMarker = new RegExp(String.raw`(?<![\p{L}'’-])(?:${markerWords})(?![\p{L}'’-])`, 'iu');
/** Whether a word is Finnish, not a name: "Soitin", "Eilen". */
const finnishWord = new RegExp(`^(?:${markerWords})$`, 'iu');
/** A name Kith knows with "to" or "from" on its end: "Markille", "Olivialta". */
const endedName =
  /(?<=(?:(\p{Lu}\p{Ll}+) |^|[^\p{L}'’-]))(\p{Lu}[\p{L}'’-]+?)(i?)(lle|lta|ltä)(?![\p{L}'’-])/gu;

/** A word in small letters with "to" or "from" on it: "hannahille", "sam ocadolta". */
const endedLower =
  /(?<=(?:(\p{Ll}+) |^|[^\p{L}'’-]))(\p{Ll}[\p{L}'’-]+?)(i?)(lle|lta|ltä)(?![\p{L}'’-])/gu;

/** A word with a Finnish case ending in "ä" no other language has: "northwindistä", "techfestillä". */
const caseWithA = /(?<![\p{L}'’-])\p{L}{3,}(?:ltä|stä|llä|ssä)(?![\p{L}'’-])/u;

/** "kaa", spoken "kanssa", and "maili", in small letters: "Kaa" and "Maili" may be names. */
const spokenWith = /(?<![\p{L}'’-])(?:kaa|maili)(?![\p{L}'’-])/u;

function isFinnishLine(line: string): boolean {
  if (finnishMarker.test(line) || caseWithA.test(line) || spokenWith.test(line)) return true;
  // "markille", "emily clarkelle", "sam ocadolta": a name Kith knows, or a firm after one.
  const lower = [...line.matchAll(endedLower)].some(
    ([whole, before = '', stem = '', i = '', ending = '']) =>
      !isKnownGivenName(whole) &&
      !isKnownSurname(whole) &&
      !notCased.test(whole) &&
      ([stem, `${stem}${i}`].some((name) => name.length >= 3 && isKnownGivenName(name)) ||
        (isKnownGivenName(before) &&
          (isKnownSurname(`${stem}${i}`) || isKnownSurname(stem) || ending !== 'lle') &&
          stem.length >= 3)),
  );
  if (lower) return true;
  // "Weiltä": Wei, from, the "i" the name's own; "Liv Haysiltä": a firm, after whom.
  return [...line.matchAll(endedName)].some(
    ([whole, before = '', stem = '', i = '', ending = '']) =>
      !isKnownGivenName(whole) &&
      !notCased.test(whole) &&
      ([stem, `${stem}${i}`].some(
        (name) => name.length >= 3 && (isKnownGivenName(name) || isKnownSurname(name)),
      ) ||
        (isKnownGivenName(before) &&
          i === 'i' &&
          ending !== 'lle' &&
          /[bcdfghjklmnpqrstvwxz]$/iu.test(stem))),
  );
}

/** Finnish words that have with "-lla" ("mulla on", I have): no firm. */
const finnishOwners =
  /^(?:mu|mi|minu|su|si|sinu|mei|tei|hei|nii|si|häne|häne|kaiki|jo|joi|kene|ke|tä|to|nii|ne|kaikki|mo|mone|jollaki|jonki|firma|yritykse|toimisto|tiimi|meidä|teidä|heidä|nii|häne|ihmisi|muuta|usei|kaveri|sie|siu|mie|miu|yhde|tuo)$/u;

/** "CV:n", "päivitetyn CV:n": the user's own CV, sent. */
const ownCv: Swap = [
  /(?<![\p{L}'’-])(?:(?:mun|minun|my) )?(?:(päivitetyn|updated) )?(?:cv|CV):(?:n|tä|ta)(?![\p{L}'’-])/gu,
  (_m: string, updated?: string) => (updated ? 'my updated cv' : 'my cv'),
];

/** "Trainlinen CFO:lle", "heidän CFO:lle": to a firm's or their officer, a role and no name. */
const firmOfficer: Swap = [
  /(?<![\p{L}'’-])(?:(\p{Lu}[\p{L}'’.&-]*?)(?:(?<=[bcdfghjklmnpqrstvwxz])in|(?<=[aeiouyäö])n)|(heidän|niiden|sen|hänen)) (C[EFTOI]O|HR|VP):(lle|lta|ltä)(?![\p{L}'’-])/gu,
  (m: string, firm: string | undefined, their: string | undefined, role: string, ending: string) =>
    firm && isKnownGivenName(firm)
      ? m
      : `${ending === 'lle' ? 'to' : 'from'} ${firm ? `the ${firm}` : 'their'} ${role}`,
];

/** The line with its Finnish put into English; a line with none comes back as it was. */
export function mendFinnish(line: string): string {
  if (!isFinnishLine(line)) return line;
  const english = applySwaps(
    placeNames(applySwaps(line.replace(/\s+/g, ' ').trim(), [ownCv, firmOfficer])),
    finnishWords,
  )
    // "Dysonin keikasta", the Dyson gig; "Barclaysin lähellä", near Barclays.
    .replace(
      new RegExp(
        `${firmMark}(\\S+(?: \\p{Lu}\\S*)*) ((?:[\\p{Ll}-]+ ){0,2})(about the|at the|for the|from the|to the|near) `,
        'gu',
      ),
      '$3 $1 $2',
    )
    // "Haysin kautta": via the firm, "via" first.
    .replace(new RegExp(`${firmMark}(\\S+(?: \\p{Lu}\\S*)*) (near|via)\\b`, 'gu'), '$2 $1')
    // "Tescon BI-rooli": the firm's, before an acronym and a word.
    .replace(new RegExp(`${firmMark}(\\p{Lu}\\S*) (?=(?:\\p{Lu}{2,4} )?\\p{Ll})`, 'gu'), 'the $1 ')
    .replace(/\bmy the\b/gu, 'my')
    // "booking.comin staff-roolista": about the firm's role, "about" first.
    .replace(/\bthe (\S+\.(?:com|io|co|ai|fi)) about the\b/gu, 'about the $1')
    // "kyselin barclaysin tiimeistä": asked about the team, "about" once.
    .replace(/\babout about the\b/gu, 'about the')
    // "tykkäs mun postauksesta": liked my post; "niiden meetupissa": at their meetup.
    .replace(/\bliked (my|their) about the\b/gu, 'liked $1')
    .replace(/\b(my|their) (about|at|for|to) the\b/gu, '$2 $1')
    .replace(/\bthey (needs|wants)\b/gu, (_m: string, verb: string) => `they ${verb.slice(0, -1)}`)
    .replace(/\bwent to at the\b/gu, 'went to the')
    .replaceAll(firmMark, '')
    // "rang to Kate", "asked from Fatima": the verb takes whom as English does.
    .replace(
      /\b(rang|emailed|mailed|thanked|asked|messaged|texted|pinged|liked|met|reminded|chased|introduced|whatsapped|sent|left|posted) (?:to|from) (?=\u2063|\p{Lu}|\p{Ll}+ \u2063)(?!(?:\p{L}[\p{L}'’-]* )?\u2063[\p{L}'’-]+ and )/gu,
      '$1 ',
    )
    // "mailed to emily and margaret": whom, a list, when nothing else is sent.
    .replace(
      /\b(emailed|mailed|thanked|messaged|texted|whatsapped) to (?=\u2063[\p{L}'’-]+ and \u2063)/gu,
      '$1 ',
    )
    // "gemma hughesin postausta": the post is theirs.
    .replace(/(\u2063[\p{L}'’-]+) post\b/gu, "$1's post")
    .replaceAll(personMark, '')
    .replace(
      /\bsent ((?:\p{Lu}[\p{L}'’-]* ?){1,2}) (?:an? )?(message|email|text)\b/gu,
      (_m: string, who: string, what: string) =>
        `${({ message: 'messaged', email: 'emailed', text: 'texted' } as Record<string, string>)[what] ?? 'sent'} ${who.trim()}`,
    )
    .replace(/\bthanked( me)?((?: [^\s,]+){0,4}?) about /gu, 'thanked$1$2 for ')
    // "introduced me the Deliveroo lead": whom to, as English says it.
    .replace(
      /\b(introduced|introduce) me (?!to\b|on\b|by\b|yesterday\b|today\b)(?![^,]* to\b)/gu,
      '$1 me to ',
    )
    // "we talked their data science about the team": what about, before its words.
    .replace(
      /\b(talked|chatted|told me about) ((?:their |my )?(?:[\p{Ll}-]+ ){0,3}?)about the (\S+)/gu,
      (m: string, verb: string, words: string, what: string) =>
        words && !/\b(?:me|to|with|from|and|my|their) $/u.test(words)
          ? `${verb.replace(/ about$/u, '')} about ${/^(?:their|my) /u.test(words) ? '' : 'the '}${words}${what}`
          : m,
    )
    .replace(/\s+/g, ' ')
    .trim();
  return applySwaps(english, doneFirst);
}
