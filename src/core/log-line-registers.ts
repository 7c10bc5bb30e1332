// Ways of writing a note that the reader was not written for, put plainly before a one-line log is
// read: a doctor's clinical shorthand ("d/w", "r/v'd", "2/7 ago"), a churchgoer's titles and
// blessings ("Aunty Margaret", "Engr Chidi Eze", "thank God!"), a French speaker's English ("I
// have called", "by courriel", "a visio"), a tester's bug-report labels ("Steps:", "Env: Teams."),
// and a gigging musician's slang ("hit me up on insta", "slid into my DMs").

/**
 * Titles a community gives before a name ("Aunty Margaret", "Engr Tobi Ogunbiyi", "Brother Emeka
 * Obi", "Deaconess Ronke Balogun", "Pastor Femi", a Filipino's "Ate Margaret" and "Kuya Ben", East
 * African English's "Madam Lowe", "Mama Margaret" and "Mzee Otieno", South Africa's "Oom Pieter"
 * and "Tannie Elsa", Cantonese's familiar "Ah Wei"):
 * how the user addresses them, never part of the name, and dropped even before a first name
 * alone, which is how the user knows them.
 */
/**
 * Police ranks before a name, as an officer's notes write them: "DC Kevin Boyle", "DS Morag Fyfe",
 * "Sgt Ross". The two-letter ranks only before a given name and a family name, so "PC World" stays.
 */
const policeRanks =
  /\b(?:(?:DS|DC|DI|DCI|DSI|DCS|PC|PS) (?=\p{Lu}\p{Ll}+ \p{Lu}\p{Ll})|(?:Sgt|Insp|Supt|Ch Insp|Ch Supt)\.? (?=\p{Lu}\p{Ll}))/gu;

/**
 * "Ana-san", "Okafor-sama", "dev-san": the Japanese honorific after a name is no part of it. "-senpai" and
 * "-sensei" stay: a given name alone with them says who only to the writer.
 */
const japaneseHonorifics = /(?<=\p{L}[\p{L}'’]*)-(?:san|sama)\b/gu;

/**
 * Courtesy after a name, no part of it: Korean ("Priya-ssi", "Dev sunbae", "Kate unnie", "Chidi
 * hyung", "Margaret seonsaengnim") and Turkish ("Dev bey", "Priya hanım", "Chidi abi", "Kate
 * abla", "Yusuf hocam"; after a word in lower case too, "dev bey", "recruiter hanım", but not
 * "abi", which is also a name) and Persian ("Margaret khanom", "Gareth agha").
 */
const honorificsAfter =
  /(?<=\p{Lu}[\p{L}'’]*)(?:-(?:ssi|nim)|[ -](?:sunbae(?:nim)?|seonbae(?:nim)?|unnie|eonni|noona|nuna|hyung|hyeong|oppa|seonsaengnim|sonsaengnim|ssaem)|(?: (?:bey(?:efendi)?|han[ıi]m(?:efendi)?|abi|a[ğg]abey|abla|hocam|kh[aâ]n[ou]o?m|agha)))(?![\p{L}])|(?<=\p{Ll}) (?:bey|han[ıi]m|abla|hocam|kh[aâ]n[ou]o?m)(?![\p{L}])/gu;

/** What Irish English's "after …ing" has just done: "she's after getting me a trial day". */
const justDone: Record<string, string> = {
  getting: 'got',
  sending: 'sent',
  ringing: 'rung',
  calling: 'called',
  emailing: 'emailed',
  texting: 'texted',
  starting: 'started',
  giving: 'given',
  telling: 'told',
  finding: 'found',
  putting: 'put',
  offering: 'offered',
  booking: 'booked',
  landing: 'landed',
  moving: 'moved',
  setting: 'set',
};

const afterDoing = new RegExp(
  String.raw`\b(s?he|they|i)(?:['’]s|['’]re|['’]m| is| are| am) after (${Object.keys(justDone).join('|')})\b`,
  'giu',
);

/** Irish English: "she's after getting me a trial day" (has just got), "Niamh and myself went". */
function mendIrish(line: string): string {
  return line
    .replace(afterDoing, (_m, who: string, doing: string) => {
      const has = /^(?:they|i)$/i.test(who) ? 'have' : 'has';
      return `${who} ${has} just ${justDone[doing.toLowerCase()] ?? doing}`;
    })
    .replace(/^(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?) and myself\b/u, '$1 and I');
}

/** A name as a formal note writes it: "Ms Desai", "Emily Clarke", "Mr Okoro of Barclays". */
const formalName = String.raw`(?:(?:Mr|Mrs|Ms|Miss|Dr)\.? )?\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?`;

/** "Ms Desai at Monzo was contacted by text": the user texted them. */
const contactedBy = new RegExp(
  String.raw`^(${formalName}(?: (?:at|of|from) \p{Lu}[\p{L}&.'’-]*)?) was contacted (?:by|via) (text|e-?mail|(?:tele)?phone|linkedin|whatsapp)\b`,
  'u',
);

const contactedHow: Readonly<Record<string, string>> = {
  text: 'Texted',
  email: 'Emailed',
  'e-mail': 'Emailed',
  phone: 'Phoned',
  telephone: 'Phoned',
  linkedin: 'Messaged',
  whatsapp: 'Whatsapped',
};

/** "Received Emily Clarke's comments on my covering letter": they sent them. */
const receivedTheirs = new RegExp(
  String.raw`^Received (${formalName})['’]s (comments|feedback|notes|thoughts|edits|suggestions)\b`,
  'u',
);

/**
 * What a formal note says in the passive, made active: "A telephone call was received from Tom
 * Ashworth", "Correspondence received from Mrs Okafor", "Ms Desai was contacted by text",
 * "Received Emily Clarke's comments on my covering letter".
 */
function activeVoice(line: string): string {
  return line
    .replace(/\b(?:an? )?(?:tele)?phone call was (?:received|taken) from\b/giu, 'call from')
    .replace(/\bcorrespondence (?:was )?received from\b/giu, 'note from')
    .replace(
      contactedBy,
      (_m, who: string, how: string) => `${contactedHow[how.toLowerCase()] ?? 'Contacted'} ${who}`,
    )
    .replace(receivedTheirs, '$1 sent me $2');
}

/** "yer man Declan Moriarty", "yer one Siobhan": Irish English pointing at someone, no part of the name. */
const irishPointers = /\byer (?:man|one|wan) (?=\p{Lu}\p{Ll})/giu;

const communityTitles =
  /\b(?:Aunty|Auntie|Uncle|Engr\.?|Brother|Bros?\.?|Sister|Sis\.?|Oga|Deaconess|Deacon|Pastor|Pst\.|Reverend|Revd\.?|Evangelist|Alhaji|Alhaja|Barr\.|Ate|Kuya|Tita|Tito|Manang|Manong|Madam|Mama|Mzee|Oom|Tannie|Tant|Ah) (?=\p{Lu}\p{Ll})/gu;

/**
 * "2/7 ago", "1/52 ago", "3/12 ago": days, weeks and months as a clinician writes them (over 7, 52
 * and 12). Without "ago" they are left alone: "on 2/7" is the 2nd of July.
 */
const clinicalSpans: readonly [RegExp, string][] = [
  [/\b(\d{1,2})\/7 ago\b/gu, '$1 days ago'],
  [/\b(\d{1,2})\/52 ago\b/gu, '$1 weeks ago'],
  [/\b(\d{1,2})\/12 ago\b/gu, '$1 months ago'],
];

/** A clinician's verbs: "d/w" discussed with, "r/v'd" reviewed, "f/u" followed up. */
const clinicalVerbs: readonly [RegExp, string][] = [
  [/(?<![\p{L}/])d\/w(?= (?:(?:Dr|Mr|Mrs|Ms|Prof)\.? )?\p{Lu}\p{Ll})/gu, 'spoke with'],
  [/(?<![\p{L}/])d\/w\b/giu, 'discussed'],
  [/(?<![\p{L}/])r\/v['’]?d\b/giu, 'reviewed'],
  [/(?<![\p{L}/])r\/v(?= (?:my|our|the|his|her)\b)/giu, 'review'],
];

/**
 * A blessing or thanks to God closing a clause ("…, thank God!", "by God's grace", "God bless
 * her", "and I am truly grateful to God for her time") says how the user feels, not whom they
 * met or thanked: the clause goes, from the comma, "and" or "but" before it.
 */
function dropBlessings(line: string): string {
  // "she went through my CV line by line God love her": a blessing tacked on the end goes alone.
  let out = line.replace(
    /,?\s*\bGod (?:love|bless|help) (?:her|him|them|['’]em)(?=\s*(?:[,;.!?]|$))/gu,
    '',
  );
  for (let guard = 0; guard < 4; guard += 1) {
    const match = /(?<![\p{L}])God(?:['’]s)?(?![\p{L}])/u.exec(out);
    if (!match) break;
    const before = out.slice(0, match.index);
    const opener =
      /(?:[,;.!?]|\band\b|\bbut\b|\bso\b)(?!.*(?:[,;.!?]|\band\b|\bbut\b|\bso\b))/su.exec(before);
    if (!opener) break;
    const start = /[.!?]/.test(opener[0]) ? opener.index + 1 : opener.index;
    const rest = out.slice(match.index);
    const end = match.index + (/[,;.!?]/u.exec(rest)?.index ?? rest.length);
    out = `${out.slice(0, start).trimEnd()}${out.slice(end)}`;
  }
  return out;
}

/**
 * A French speaker's English: the perfect for what was done once ("I have called", "she has sent
 * me"), "for to", and French words for the ways of talking ("courriel", "texto", "visio",
 * "dîner"), "relaunched" for chased, "present me to" for introduce, "salon" for a fair.
 */
const frenchWords: readonly [RegExp, string][] = [
  [
    /\b(I|we|he|she|they|\p{Lu}\p{Ll}+) (?:have|has) (?=(?:\p{Ll}+ed|made|met|sent|had|done|given|written|spoken|rung|seen|found|got|taken|brought|told)\b)/gu,
    '$1 ',
  ],
  [/\bfor to\b/giu, 'to'],
  [/\b(?:by |per |a |an )?courriels?\b/giu, 'by email'],
  [/\b(?:by |per )?textos?\b/giu, 'by text'],
  [/\b(?:a |an )?visio(?:conf[ée]rence)?\b/giu, 'a video call'],
  [/\bd[îi]ner\b(?= (?:with|w)\b)/giu, 'dinner'],
  [/\bDîner\b/gu, 'Dinner'],
  [/\brelaunch(?:ed)?\b/giu, 'chased'],
  [/\bpresent(ed)? (me|us) to\b/giu, 'introduce $2 to'],
  [
    /\bsalon (?:of|de) (?:the )?(?:employment|jobs?|l['’]emploi|careers?|recruitment)\b/giu,
    'job fair',
  ],
  [/\bin research of (?:a )?(?:job|work)\b/giu, 'looking for work'],
  [/\bmany advices\b/giu, 'advice'],
  [/\b(\d{1,2})h(\d{2})\b/gu, '$1:$2'],
];

/**
 * A nursery or school-run note opening with where the user stood ("drop off this morn, Lucy said
 * …", "pick up 3.15 - chatted to…", "at drop off Marcus said…"): the school gate, in person.
 */
function mendSchoolRun(line: string): string {
  const opener =
    /^(?:at )?(?:school )?(drop|pick)[ -]?(off|up)\b([^,]*?)(?:,| -)? (?=\p{Lu}\p{Ll}+ \p{Lu}\p{Ll})/iu.exec(
      line,
    );
  // The person who opens what follows opens the line, and where and when close it.
  if (opener) {
    const [whole, verb = '', particle = '', when = ''] = opener;
    return `${line.slice(whole.length)}, at school ${verb}-${particle}${when}`;
  }
  return line.replace(
    /^(?:at )?(?:school )?(drop|pick)[ -]?(off|up)\b(?! the\b| my\b| her\b| his\b)/iu,
    'at school $1-$2',
  );
}

/** A gigging musician's slang for getting in touch and for work offered. */
const gigWords: readonly [RegExp, string][] = [
  [/\bhit (me|us) up\b/giu, 'messaged $1'],
  // "hit up Lee Jordan on WhatsApp": the user messaged them.
  [/\bhit up (?=\p{Lu}|him\b|her\b|them\b)/gu, 'messaged '],
  [/\bslid into (?:my|our) dms\b/giu, 'DMd me'],
  [/\bbout(?= (?:the|a|an|my|our|his|her|their)\b)/giu, 'about'],
  [/\bdeets\b/giu, 'details'],
  [/\bcheers to (?=\p{Lu})/gu, 'thanked '],
  [/\bgonna\b/giu, 'going to'],
  [/\b(he|she|they) reckons?\b/giu, '$1 says'],
  // "sent him our EPK": a band's press kit is its portfolio, sent to be considered.
  [/\b(?:our|my) (?:epk|electronic press kit|press kit)\b/giu, 'my portfolio'],
  [/\bour (showreel|demo|portfolio|reel)\b/giu, 'my $1'],
];

/** "Emailed both Emma Clark … and Mr Daniel Okoro …": "both" before the names says nothing of who. */
const bothBefore =
  /\b(emailed|messaged|thanked|called|rang|phoned|texted|met|saw|wrote to|contacted) both (?=(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.? )?\p{Lu}\p{Ll})/giu;

/**
 * A tester's bug-report labels opening a note or a sentence ("Steps: 1) pinged…", "Env: Teams.
 * Actual: call w…", "Retest Fri: call with…") say how the note is laid out, not who; the outcome
 * fields ("Expected: referral", "Result: pass", "Severity: low") say what the user hoped for.
 */
const testerLabels: readonly [RegExp, string][] = [
  [
    /(^|[.;] )(?:Expected|Result|Status|Severity|Priority|Outcome)(?: result)?: [^.;]*(?=[.;]|$)/gu,
    '$1',
  ],
  [/(^|[.;] )Env(?:ironment)?: (\p{Lu}\p{Ll}+)[.;]/gu, '$1on $2. '],
  [
    /(^|[.;] )(?:Steps(?: to reproduce)?|Actual(?: result)?|Bug|Defect(?: found)?|Precondition|Preconditions|Regression|Smoke test|Retest|Test run \d+|Repro['’]d|Repro(?:duced)?|Summary|Notes?)(?=[: -])(?: -)?:?/gu,
    '$1',
  ],
];

/** "1) pinged Yusuf 2) asked re the role": numbered steps, once a "1)" opens them, are clauses. */
function stepsAsClauses(line: string): string {
  if (!/(?:^|\s)1\)\s/u.test(line)) return line;
  return line.replace(/(?:^|\s)\d\)\s/gu, ', ');
}

/** Puts a note written in one of these ways as the reader expects it; everything else is left. */
export function mendRegisters(line: string): string {
  let out = line
    .replace(communityTitles, '')
    .replace(irishPointers, '')
    .replace(policeRanks, '')
    .replace(japaneseHonorifics, '')
    .replace(honorificsAfter, '');
  out = mendSchoolRun(dropBlessings(mendIrish(activeVoice(out)))).replace(bothBefore, '$1 ');
  // "f/u 2/52", "r/v in 1/7": a span ahead is when a plan falls due, no date of the line.
  out = out.replace(
    /\b(f\/u|r\/v|review|in|within) (?:in )?(\d{1,2})\/(7|52)\b(?![\d/])/gu,
    (_, lead: string, count: string, over: string) =>
      `${lead === 'in' || lead === 'within' ? lead : `${lead} in`} ${count} ${over === '7' ? 'days' : 'weeks'}`,
  );
  // "tried calling Yusuf, no answer": a call that was not picked up was still made.
  out = out.replace(/^tried (?=\p{Lu}\p{Ll})/u, 'tried calling ');
  out = out.replace(/\btried (?:to )?(call|ring|phone)(?:ing)?\b/giu, (_m, verb: string) =>
    verb.toLowerCase() === 'ring' ? 'rang' : `${verb.toLowerCase()}ed`,
  );
  for (const list of [clinicalSpans, clinicalVerbs, frenchWords, gigWords, testerLabels])
    for (const [pattern, plain] of list) out = out.replace(pattern, plain);
  return stepsAsClauses(out)
    .replace(/ {2,}/g, ' ')
    .replace(/^[\s,;.:]+/, '')
    .replace(/\s+([,.;])/g, '$1')
    .replace(/,(?:\s*,)+/g, ',')
    .trim();
}
