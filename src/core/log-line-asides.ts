// Asides and courtesies set apart before a one-line log is read: "Kindly note Sam called me",
// "Wei sir replied", "Benjamin Carter (I still feel I ought to call him Mr Carter) replied",
// "I think I'd call it a success: Sam and I spoke", "Received mail from Alexandra".
import { calendarWords } from './date-phrase.js';
import { courtesyVerbs } from './log-line-dialects.js';
import { notNames } from './log-line-name-words.js';
import { activityWords } from './log-line-note.js';
import { relationNouns } from './log-line-relations.js';

/** "Please note", "Kindly note that", "FYI:": a note to the reader opening the line says nothing. */
const readerNote =
  /^(?:(?:please|pls|plz|kindly) (?:note|be informed)(?: that)?|fyi|nb)\b[:,]?\s+/iu;

/**
 * Courtesies after a name that no English word shares: "ji", "bhai", "baji" (Punjabi and Urdu),
 * "didi" and "dai" (Nepali elder sister and brother), "akka", "ayya", "thambi" and "amma" (Tamil),
 * "chechi", "chettan" and "chetta" (Malayalam), "aiya", "malli", "nangi" and "machang" (Sinhala),
 * "lala" and "bibi" (Pashto: elder brother, lady), "garu" (Telugu), "avare" and "avaru"
 * (Kannada), "sahib", "sahab" and "sahiba" (Urdu: sir, madam).
 */
const ownCourtesies =
  'ji|bhai|bhaiya|didi|dai|baji|baaji|sahib|sahab|sahiba|saab|akka|ayya|thambi|amma|chechi|chett[ae]n|chetta|aiya|malli|nangi|machang|lala|bibi|garu|avare|avaru|tai|bhau';

/**
 * "Wei sir", "Kate ma'am", "Elizabeth madam", "Emma miss", "Chidi bhai", "Aisha baji", "Olivia ma
 * rang me", "Dev dai", Tamil "Kate akka" and "Dev anna" (elder sister, elder brother; not "anna
 * kowalski"), Marathi "Priya tai" and "Devendra bhau" (elder sister, brother): a courtesy after a
 * capitalised name is no part of it, and so are "Robert Sir" and "Margaret Ma'am"; "Sir Alex"
 * stays a title before a name.
 */
const courtesyAfterName = new RegExp(
  String.raw`(?<=\p{Lu}[\p{L}'’-]*) (?:sir|Sir(?! \p{Lu})|[Mm]a['’]?am|[Mm]adam|mam|miss(?! (?:call|calls|the|a|an|my|out|it|him|her|them)\b)|${ownCourtesies}|apa|anna(?!\s+(?:\p{Lu}|k\b|kowalski\b|lopez\b))|ma(?= ${courtesyVerbs}\b|[,.]|$))\b`,
  'gu',
);

/**
 * "kate didi", "chidi dai", "margaret madam": the same after a name in small letters, for the
 * courtesies no English word shares, and "madam". "Dai" after a word that leads to a person ("msg
 * from dai jones", "txt from dai", "my old boss dai") is the person: a Welsh David.
 */
const courtesyAfterSmallName = new RegExp(
  String.raw`(?<=(?:^|[\s(])\p{Ll}[\p{L}'’-]*) (?:${ownCourtesies}|madam)(?<!(?:^|\s)(?:from|with|w|to|and|by|met|saw|rang|called|txt|text|texted|msg|messaged|emailed|asked|told|boss|manager|supervisor|gaffer|mate|pal|friend|colleague|neighbour|cousin|brother|uncle) dai)(?![\p{L}'’-])`,
  'gu',
);

/**
 * "(I still feel I ought to call him Mr Carter)", "(who I still think of as my old boss)": a
 * bracket of four words or more opening with "I", "who", a pronoun or the like is the writer's aside, not a
 * workplace; it goes unless it says how they were in touch.
 */
const bracketAside =
  /\s*\((?:I|who|whom|which|as|though|although|still|not|she|he|they|we|you|it|it's|it’s|long|yes)\b[^()]*\)/gu;
const saysHow =
  /\b(?:phone|phoned|called|rang|e-?mail|emailed|zoom|teams|video|coffee|lunch|drinks|text|texted|message|messaged|linkedin|whatsapp|dm|met|meetup|event)\b/iu;

/**
 * "I think I'd call it a success: …", "It feels strange to write this down, but …", "Looking
 * back - …": the writer's feelings before what happened, when they name nobody.
 */
const feelingsFirst =
  /^(?:(?:it|i|i'm|i’m|i've|i’ve|i'd|i’d|i think|with|honestly|probably|perhaps|maybe)\b[^:]{8,}?:|(?:it|i|i'm|i’m|i've|i’ve)\b[^,:]{8,}?(?:,[^,:]*?)?, but|looking back(?: now)?\s*[-–—:,])\s+/iu;

/** "I'd like to log the coffee I had with …": a wish to write it down is no part of it. */
const wishToLog =
  /^(?:i['’]?d|i would|i want to|i wanted to|just) (?:like to )?(?:log|note|record|write down|jot down) /iu;

/** "the coffee I had with Devendra": a meeting the user had is a meeting with them. */
const hadWith =
  /\b(coffee|lunch|breakfast|dinner|drinks|call|chat|pint|meeting) (?:that )?i had with\b/giu;

/** "Sam from Ocado and I spoke": the two of them talking is the one named talking. */
const andITalked =
  / and (?:I|me) (?=(?:spoke|talked|chatted|met|caught up|had (?:a |an )?(?:call|chat|coffee|lunch|video|zoom))\b)/gu;

/**
 * "Kate Morrison (Sky, Head of Analytics)": where they work, then their title after a comma; the
 * workplace is what the rules read, so the title goes.
 */
const titleInBracket = /\((\p{Lu}[^,()]*), [^()]+\)/gu;

/**
 * "Harriet Lowe (art director, Wired UK)": a title in lower case, then where they work; the
 * workplace is what the rules read, so the title goes.
 */
const titleFirstInBracket = /\((?:\p{Ll}[\p{L}'’&-]*)(?: [\p{L}'’&-]+){0,3}, (\p{Lu}[^,()]*)\)/gu;

/** Who someone is to the user, in brackets after their name or workplace: "(old client)". */
const relationInBracket = new RegExp(
  String.raw`\s*\((?:(?:my|an?|our) )?(?:(?:old|former|ex|new|repeat|regular|existing|past|current|previous|long-?time|longstanding|lovely|fave|favourite) ?-?)*(?:${[...relationNouns, 'customer', 'agent', 'employer', 'supplier'].join('|')})\)`,
  'gu',
);

/** What someone opening a note did to get in touch, after who they are. */
const contactVerbs = String.raw`(?:texted|messaged|emailed|e-mailed|whatsapped|rang|phoned|called|dm['’]?d|sent|replied|wrote|pinged|introduced|invited|offered|asked|told|reached out|got in touch|got back)\b`;

/**
 * "Yasmin Ali (parent in Rosie's class; partner at Grant Thornton) - long chat at the gate",
 * "Ifeoma Obi (Ellie's mum, HR director at Aviva) and I chatted": a bracket of three words or more
 * after a name, before a dash or "and I", says who they are; what happened follows it. So does
 * one opening "my" or "a" before what they did: "Rumana Begum (my cousin's friend who works in
 * the civil service) whatsapped me". A workplace in brackets before the verb stays.
 */
const describedInBracket = new RegExp(
  String.raw`(?<=\p{Lu}[\p{L}'’-]*) (?:\((?=[^()]*\s[^()]*\s)[^()]*\)(?= (?:[-–—]|and I\b))|\((?:my|our|a|an) (?=[^()]*\s[^()]*\s)[^()]*\)(?= ${contactVerbs}))`,
  'gu',
);

/**
 * "Farzana Khatun who I met at the careers fair texted me", "Kevin Osei who organise Bristol Data
 * Meetup asked me": how the user came to know the person opening the note, or what they run,
 * before what they did, is no part of it.
 */
const howWeMet = new RegExp(
  String.raw`(?<=^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?) (?:(?:who|whom|that) (?:I|we) (?:met|know|knew|worked with|studied with|used to work with)|who (?:organises|organise|organised|runs|run|ran|leads|lead|led|hosts|host|hosted|founded|chairs|chair))\b[^,;()]*?(?= ${contactVerbs})`,
  'u',
);

/**
 * "Gareth and Owen from Admiral were both at the careers fair", "last wk - Kate Morrison and Katie
 * Morris at the media mixer", "… were both at the NHS supplier day": two people at a gathering,
 * opening the note, were met there; "Met Siobhan and Niamh at the meetup" opens with the verb.
 */
const twoAtGathering = new RegExp(
  String.raw`^((?:[^,;:()]{1,25} [-–—:] )?)(?!(?:Met|Saw|Spoke|Chatted|Talked|Caught|Bumped|Ran|Visited|Joined|Attended) )(?=\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)? (?:and|&) \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?(?: from [\p{L}\d&.'’ -]+?)? (?:were |are )?(?:both )?at (?:(?:the|a|an|their|our) )?(?:[\p{L}\d&.'’-]+ ){0,5}?(?:mixer|fair|meetup|meet-up|conference|event|webinar|talk|summit|expo|festival|(?:open|careers?|insight|suppliers?|employers?|industry|networking|recruitment|graduate|grad|data|demo) day|evening|night|breakfast|drinks|stand|party|panel|workshop|social)\b)`,
  'u',
);

/**
 * "Dan Fletcher the freelance data guy replied", "Rachel the recruiter from Booking.com told me",
 * "Rachel the Booking recruiter emailed":
 * who someone is, after their name and before what they did, is no part of it.
 */
const theOneWho = new RegExp(
  String.raw`(?<=^\p{Lu}\p{Ll}+ \p{Lu}[\p{L}'’-]+) the (?:[\p{Ll}-]+ ){0,3}(?:guy|girl|lady|bloke|chap|fella|woman|man|one)(?= ${contactVerbs})|(?<=^\p{Lu}\p{Ll}+(?: \p{Lu}[\p{L}'’-]+)?),? (?:the|an?|my(?: old)?) (?:[\p{Ll}-]+ |\p{Lu}[\p{L}&.'’-]* )?(?:recruiter|headhunter|landlord|owner|founder|tutor|mentor|boss|manager|teacher|lecturer)(?= (?:(?:from|at) [^,;]{1,30}? )?${contactVerbs})`,
  'u',
);

/** "Liz Taylor and Kate Morrison both at the … breakfast": "both" joins no one. */
const bothAt = /(?<=\p{L}) both (?=at\b)/gu;

/**
 * "roundtable …; Robert Singh chairing", "webinar - Kate Morrison on the panel": a name after a
 * break, with the part they had at a gathering, was there with the user.
 */
const partAtGathering =
  /(?<=(?:[;:,]|\s[-–—]) )(?=\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)? (?:(?:was |were )?(?:chairing|chaired|presenting|presented|hosting|hosted|speaking|moderating|on the panel|on stage|on (?:the|their|our) (?:[\p{L}-]+ )?stand))\b)/gu;

/** "Met a new contact Vikram Nair": how the user came to know someone is no part of their name. */
const newContact = /\b(?:a|my) new (?:contact|connection)[:,]? (?=\p{Lu})/giu;

/** Courtesies and asides set apart, and Indian English's "mail" and "revert" as most write them. */
/**
 * "Stripe: Priya Shah, coffee Th", "SaaStr London Tu: Ana Lopez, Ben Ng": a firm or a gathering
 * opening the line before a colon, then a name, is where that person was met or works.
 */
const firmOpening =
  /^(\p{Lu}[\p{L}\d.&'’-]*(?: \p{Lu}[\p{L}\d.&'’-]*){0,3}): (\p{Lu}[\p{L}'’-]*(?: \p{Lu}(?:\p{Ll}[\p{L}'’-]*|\.)?)?)(?![\p{L}'’])/u;

function firmFirst(line: string): string {
  const opened = firmOpening.exec(line);
  const [whole = '', firm = '', name = ''] = opened ?? [];
  const [first = ''] = firm.split(' ');
  // "Fri: Priya D (Monzo) sent…": a day opening the line is when, not where;
  // "Coffee: Ana Lopez, useful": what happened opening the line is no firm either.
  const word = first.toLowerCase().replace(/\.$/u, '');
  if (!opened || calendarWords.has(word) || notNames.has(word)) return line;
  // "Datadog: Kemi Adebayo (TA) rang": the firm goes after what the bracket says of them.
  const rest = line.slice(whole.length);
  const bracket = /^ \([^()]*\)/u.exec(rest)?.[0] ?? '';
  return `${name}${bracket} from ${firm}${rest.slice(bracket.length)}`;
}

/**
 * "Glovo: José Álvarez, vid call 18/11 -> Spain GTM", "Rachel Lowe emailed 2d ago -> Booking role
 * filled", "meetup last Th -> met Claire Dunmore": an arrow before what the user did opens it; an
 * arrow after a name (a capitalised word past
 * the line's first, once a firm or event before a colon is left out, that is no shorthand in
 * capitals like "LI") opens what came of it when a capitalised word or a verb of meeting follows;
 * after only a channel ("ty LI msg -> Jonny Tait", "Email -> Alexandra Reid") or an intro
 * ("intro'd Dan Fletcher -> Mark Evans") it points at whom the user wrote to.
 */
function arrowReading(before: string, after: string): ' to ' | ' re: ' | '; ' | ' - ' {
  // "zoe just eat -> sent her the sketches", "marcus bell -> pinged again": what the user did, a
  // note's next part, after whoever it was, named in small letters or not; "Rob Singh -> intro'd
  // me to Liz" is what they did.
  if (doneAfterArrow.test(after) && !/^\S+ (?:me|us)\b/iu.test(after)) return ' - ';
  const rest = before.replace(/^[^:]*:\s*/u, '').replace(/^\S+\s*/u, '');
  const named =
    (rest.match(/(?<![\p{L}'’])\p{Lu}\p{Ll}[\p{L}'’-]*/gu) ?? []).some(
      (word) => !notNames.has(word.toLowerCase()),
    ) && !/\bintro/iu.test(before);
  if (!named) return ' to ';
  // "Imran Qureshi at Spinningfields -> coffee 21/11": what happened, after someone named.
  if (
    meetingVerb.test(after) ||
    activityWords.has(after.split(/[\s,.;:]/u)[0]?.toLowerCase() ?? '')
  )
    return '; ';
  // "-> she'll intro me to Des Kearney": what someone will do is what came of it too.
  return /^(?:\p{Lu}|(?:she|he|they)(?:['’]|\b))/u.test(after) ? ' re: ' : ' to ';
}

/** A verb in the past that opens what the user did: "sent", "chased", "wetransfer'd", "dm'd". */
const doneAfterArrow =
  /^(?:sent|emailed|messaged|texted|whatsapped|rang|called|phoned|chased|nudged|forwarded|shared|replied|thanked|posted|pinged|invoiced|quoted|(?!(?:he|she|they|i|we|you|who)['’])\p{L}{2,}['’]d)\b/iu;

/** "-> met Claire Dunmore", "-> sat next to Hannah": what came of it is meeting someone. */
const meetingVerb = /^(?:met|chatted|spoke|talked|sat|caught up|bumped)\b/iu;

export function setAsidesApart(line: string): string {
  const opening = line
    .trim()
    .replace(readerNote, '')
    // "um so", "anyway", "oh new one": what a dictated note opens with says nothing.
    .replace(
      /^(?:(?:um+|uh+|erm+|so|anyway|oh|ok|okay)\b[,.]?\s+)+(?:new one[,.:]?\s+)?(?=\p{L})/iu,
      '',
    )
    .replace(feelingsFirst, (clause) =>
      /\p{Lu}/u.test(clause.replace(/^\p{Lu}/u, '').replace(/\bI\b/gu, 'i')) ? clause : '',
    );
  return (
    firmFirst(opening)
      .replace(wishToLog, '')
      .replace(hadWith, '$1 with')
      .replace(describedInBracket, '')
      .replace(howWeMet, '')
      .replace(theOneWho, '')
      .replace(twoAtGathering, '$1met ')
      .replace(bothAt, ' ')
      .replace(partAtGathering, 'with ')
      // "Yusuf and me did a call": had one.
      .replace(/\bdid (a|an) (?=(?:quick )?(?:call|chat|zoom|video call|catch-?up)\b)/gu, 'had $1 ')
      .replace(andITalked, ' ')
      .replace(courtesyAfterName, '')
      .replace(courtesyAfterSmallName, '')
      .replace(titleInBracket, '($1)')
      .replace(titleFirstInBracket, '($1)')
      .replace(relationInBracket, '')
      .replace(newContact, '')
      // "Mark Evans (Tesco) + Owen Davies (Admiral)": a workplace before the next name joins no one.
      .replace(/ \([^()]*\)(?= (?:&|\+) \p{Lu})/gu, ' +')
      .replace(/( \+ \p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?) \([^()]*\)/gu, '$1')
      .replace(/ \+ \+ /gu, ' + ')
      // "LinkedIn msg -> Siobhan", "Email → Ben": an arrow to someone is "to"; after someone
      // named, it opens what came of it ("Rachel Lowe emailed -> Booking role filled").
      .replace(/ (?:->|→) (?=\p{L})/gu, (arrow, at: number, whole: string) =>
        arrowReading(whole.slice(0, at), whole.slice(at + arrow.length)),
      )
      .replace(bracketAside, (bracket) =>
        bracket.trim().split(/\s+/).length >= 4 && !saysHow.test(bracket) ? '' : bracket,
      )
      // "Received mail from", "over mail", "Mailed": "mail" on its own is email as most use it.
      .replace(/(?<![\p{L}-])mail(?![\p{L}-])/gu, 'email')
      .replace(/(?<![\p{L}-])Mail(?![\p{L}-])/gu, 'Email')
      // "Rachel reverted on mail", "Reverted to Niamh": to revert is to reply.
      .replace(/\b([Rr])everted(?: back)?\b/gu, '$1eplied')
      .replace(/\b([Rr])evert(?: back)?\b/gu, '$1eply')
  );
}
