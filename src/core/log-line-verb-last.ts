// Notes written with the verb last, as Turkish, Korean and Persian put it: "Rachel my updated CV
// sent", "Dev my CV reviewed", "Yusuf Trainline job link sent me", "Margaret with coffee drank
// wednesday", "Ji-hoon Baek I met", "Lucy whatsapp thanked". Each clause that opens with someone
// and ends with its verb is put in the order the one-line reader knows before it reads the line;
// a clause in English order comes back unchanged.
import { calendarWords } from './date-phrase.js';
import { notNames } from './log-line-name-words.js';
import { isKnownGivenName } from './person-name-shape.js';

/** A capitalised name of one to four words ("Rachel", "Aisha Khan Unilever"); "I" is none of them. */
const name = String.raw`(?!I )\p{Lu}[\p{L}'’.-]*(?: (?!I )\p{Lu}[\p{L}'’.-]*){0,3}`;
/** Someone opening a clause, perhaps with where they work ("Peter Lam from AECOM"). */
const opening = String.raw`${name}(?: (?:from|at) \p{Lu}[\p{L}'’.&-]*(?: \p{Lu}[\p{L}'’.&-]*){0,2})?`;

/** Names joined by "and": "Ana and Sam Patel", "Priya Desai and Chidi". */
const openingPeople = String.raw`${opening}(?: (?:and|&) ${opening})?`;

/** Where a clause starts: the line's start or after a break. */
const clauseStart = String.raw`(^|[,;.] )`;

/** What the user sends: the clause's someone is whom it went to. */
const sentVerbs = 'sent|emailed|e-mailed|mailed|texted|messaged|forwarded|fwded|posted|shared';

/** What a contact does to the user's work: the clause's someone did it. */
const theirVerbs =
  'reviewed|critiqued|checked|read|edited|corrected|marked|proofread|liked|praised';

/** What the user did, after "I" at the end of a clause. */
const userVerbs =
  'followed up|sent|met|asked|introduced|emailed|texted|messaged|called|rang|thanked|chased|invited|told|gave|shared|forwarded|followed';

/** What follows a verb in English order: its object ("I emailed it", "I sent them the deck"). */
const afterEnglishVerb = String.raw`(?:it|them|him|her|me|you|us|a|an|the|my|his|their|our|back|over|up|out|off|again)\b`;

/** "Rachel my updated CV sent", "Aisha my CV reviewed": whom, what of the user's, then the verb. */
const mineThenVerb = new RegExp(
  String.raw`${clauseStart}(${openingPeople}) ((?:my|our) [^,;.]*?) (${sentVerbs}|${theirVerbs})(?= |$|[,;.])`,
  'gu',
);

/** "Yusuf Trainline junior analyst job link sent me friday", "Niamh Intercom, PM role link sent me". */
const thingThenSentMe = new RegExp(
  String.raw`${clauseStart}(${openingPeople})(?: (whatsapp|email|text|linkedin|dm))?(,?) ([^,;.]+?) (sent|emailed|e-mailed|forwarded|texted|messaged|shared|made|gave) me\b(?! (?:the|a|an|my|his|her|their|some|this|that|these|those)\b| (?!I\b)\p{Lu})`,
  'gu',
);

/** "Aisha Unilever to email sent", "Thomas Arup second email sent": an email to them. */
const messageSent = new RegExp(
  String.raw`${clauseStart}(${openingPeople}) (?:to )?((?:(?:a|an|second|another|follow ?up|followup|thank you|same) )?(?:e-?mail|text|message|msg|dm|linkedin message|whatsapp)) sent\b`,
  'gu',
);

/** "Margaret NHS digital with coffee drank wednesday", "Katie BBC with zoom talked": what was shared, last. */
const withThenVerb = new RegExp(
  String.raw`${clauseStart}(${openingPeople}(?: (?!with\b)\p{Ll}+){0,2}) with (coffee|lunch|dinner|breakfast|brunch|drinks|tea|zoom|teams|video|video call|phone|call) (drank|ate|had|talked|spoke|met|chatted)\b`,
  'gu',
);

/**
 * "Chloe Criteo spark tutorial she asked, I sent", "Alex Meta, my notes he asked, email sent":
 * what they asked for, then that the user sent it.
 */
const askedThenSent = new RegExp(
  String.raw`^(${openingPeople}),? ([^,;.]+?) (she|he|they) asked(?: for)?, (?:[Ii] sent|(?:e-?mail|text|message) sent)\b`,
  'u',
);

/**
 * "Lucy AstraZeneca whatsapp thanked", "Rachel Lowe chased for interview feedback": whom, then
 * thanks or a chase with no one after it, is the user's; English writes "Lucy thanked me".
 */
const nameThenChase = new RegExp(
  String.raw`^(${name}(?: (?:and|&) ${name})?)(?: (whatsapp|email|text|linkedin))? (chased|thanked|followed up|nudged)(?=,|$| (?:for|about|re|by|via|again|on (?:whatsapp|linkedin|e-?mail|text|the phone))\b| \p{L}+day\b| (?:mon|tue|tues|wed|weds|thu|thurs|fri|sat|sun)\b)`,
  'u',
);

/**
 * Whether a clause's opening words are someone: the first word a given name Kith knows ("At",
 * "Kindly", "Email" are not), so a sentence in English order that opens otherwise is left alone.
 */
function isSomeone(whom: string): boolean {
  return isKnownGivenName(whom.split(' ')[0] ?? '');
}

/**
 * Words that show a stretch of a clause already holds a verb, a second clause or someone else
 * ("Devendra sent over the doc I asked for", "Katie Morris to her I introduced"): such a clause
 * is in English order, or too far from it to move one word.
 */
const holdsVerb = String.raw`\b(?:me|can|could|will|would|should|so|but|because|then|who|that|which|she|he|they|asked|said|told|wants?|sent|met|got|gave|had|rang|spoke|wrote|took|made|to (?:her|him|them))\b|\b\p{L}{3,}(?:ed|'d|’d)\b`;

/** Around whom in "… I sent": `holdsVerb` ("from KPMG" and "and Nadia" may stand there). */
const notAroundWhom = new RegExp(holdsVerb, 'u');

/**
 * Between whom and "sent me": `holdsVerb`, or "from" and "and" ("Ana from spotify dm'd me … and
 * then sent me"), or a place with nothing after it.
 */
const notBetween = new RegExp(
  String.raw`${holdsVerb}|\b(?:from|and)\b|\b(?:at|in|on|with|by|for)$`,
  'u',
);

/** What was sent, as a note names it: words, none of them a verb or a place ("at the talk"). */
function isThing(words: string): boolean {
  return (
    /^\p{L}/u.test(words) &&
    !/^(?:at|in|on|from|of|to|with|by|for|via|over|about|re)\b/i.test(words) &&
    !notBetween.test(words)
  );
}

/** Between "my" and the verb only what is the user's: an "updated CV" is a thing, not a verb. */
const notInMine = /\b(?:me|from|so|but|then|and|who|that|which|she|he|they|I)\b/u;

/** The clause in English order; lines in another order come back unchanged. */
export function mendVerbLast(line: string): string {
  return readObjectFirst(line)
    .replace(askedThenSent, (whole, whom: string, thing: string, who: string) =>
      isSomeone(whom) ? `sent ${whom} ${thing} ${who} asked for` : whole,
    )
    .replace(nameThenChase, (whole, whom: string, app: string | undefined, verb: string) =>
      isSomeone(whom)
        ? `${verb === 'followed up' ? 'followed up with' : verb} ${whom}${app ? ` on ${app}` : ''}`
        : whole,
    )
    .replace(mineThenVerb, (whole, start: string, whom: string, thing: string, verb: string) => {
      if (!isSomeone(whom) || notInMine.test(thing)) return whole;
      // "Rachel my CV to her manager sent": sent on to someone of hers, so she sent it.
      const onwards = / to (?:her|his|their) /.test(thing);
      return new RegExp(`^(?:${sentVerbs})$`).test(verb) && !onwards
        ? `${start}${verb} ${whom} ${thing}`
        : `${start}${whom} ${verb} ${thing}`;
    })
    .replace(
      thingThenSentMe,
      (
        whole,
        start: string,
        whom: string,
        app: string | undefined,
        comma: string,
        thing: string,
        verb: string,
      ) =>
        // "Dan Fletcher emailed me…": a capital straight after whom is the rest of their name.
        isSomeone(whom) && isThing(thing) && (comma !== '' || !/^\p{Lu}/u.test(thing))
          ? `${start}${whom} ${verb} me${app ? ` on ${app}` : ''} ${thing}`
          : whole,
    )
    .replace(messageSent, (whole, start: string, whom: string, what: string) => {
      if (!isSomeone(whom)) return whole;
      const word = what.toLowerCase();
      const one = /^(?:e-?mail|text|message|msg|dm|whatsapp)$/.test(word) ? 'an ' : '';
      return `${start}sent ${one}${word === 'msg' ? 'message' : word} to ${whom}`;
    })
    .replace(withThenVerb, (whole, start: string, whom: string, what: string, verb: string) => {
      if (!isSomeone(whom)) return whole;
      return /^(?:zoom|teams|video|video call|phone|call)$/.test(what)
        ? `${start}${verb === 'drank' || verb === 'ate' ? 'talked' : verb} with ${whom} on ${what}`
        : `${start}had ${what} with ${whom}`;
    });
}

/** A clause ending "… I sent", its verb not followed by what English puts after one. */
const endsWithMyVerb = new RegExp(
  String.raw`^(.*?) [Ii] (${userVerbs})((?:$|[,;.]| (?!\p{Lu})\S).*)$`,
  'u',
);

/** When a clause happened, opening it: "yesterday", "monday", "on 16/11". */
const clauseWhen =
  /^((?:yesterday|today|tonight|this (?:morning|afternoon|evening)|(?:on )?\p{L}+day|(?:on )?\d{1,2}\/\d{1,2}(?:\/\d{2,4})?) )/iu;

/** Capitalised words that open a clause but are nobody: "Kindly note I emailed…". */
const notWhom = new Set(['please', 'kindly', 'note', 'i']);

function isNameWord(word: string | undefined): boolean {
  if (word === undefined || !/^\p{Lu}/u.test(word)) return false;
  const lower = word.toLowerCase();
  return (
    !notNames.has(lower) && !calendarWords.has(lower) && !notWhom.has(lower) && !/ly$/.test(lower)
  );
}

/**
 * "Hannah Schmidt my CV I sent 2/11", "to Maria Gonzalez the article I sent", "from Chidi I
 * asked a referral", "monday my updated cv to Rachel I sent", "at RICS event tonight Mina
 * Farahani from Mott MacDonald I met", "for mock interview Devendra I thanked": whom (and what)
 * first, then "I" and the verb. Each such clause is put as "sent Hannah Schmidt my CV 2/11".
 */
function readObjectFirst(line: string): string {
  return line
    .split(/(?<=[,;.]) /u)
    .map((clause) => {
      const ending = endsWithMyVerb.exec(clause);
      if (!ending) return clause;
      const [, before = '', verb = '', after = ''] = ending;
      const when = clauseWhen.exec(before)?.[1] ?? '';
      const words = before.slice(when.length).split(' ').filter(Boolean);
      // Whom: the first name word, after a lead in lower case ("to", "from", "at the fair").
      const at = words.findIndex(
        (word, i) =>
          isNameWord(word) &&
          (i === 0 || /^\p{Ll}/u.test(words[i - 1] ?? '') || words[i - 1] === 'to'),
      );
      if (at < 0) return clause;
      let end = at + 1;
      while (end < words.length) {
        const word = words[end] ?? '';
        const next = words[end + 1];
        if (/^\p{Lu}/u.test(word)) end += 1;
        else if (/^(?:and|&|from|at)$/.test(word) && /^\p{Lu}/u.test(next ?? '')) end += 2;
        else break;
      }
      // "Chased Kate about the CV I sent": a verb in capitals opening the line is no one.
      if (
        words.slice(at, end).some((word) => /^\p{L}{3,}ed$/u.test(word) && !isKnownGivenName(word))
      )
        return clause;
      const lead = words.slice(0, at).join(' ');
      const whom = words.slice(at, end).join(' ');
      const rest = words.slice(end).join(' ');
      if (!isKnownGivenName(words[at] ?? '') && end - at < 2 && lead === '' && rest !== '')
        return clause;
      // What follows the verb in English order ("I emailed it") is allowed only where a lead
      // word says whom the verb was for: "from Chidi I asked a referral".
      const marked = lead === 'to' || lead === 'from';
      if (!marked && new RegExp(`^ ${afterEnglishVerb}`, 'u').test(after)) return clause;
      const thingFirst = / to$/.test(lead);
      if ((thingFirst ? notInMine : notAroundWhom).test(lead) || notAroundWhom.test(rest))
        return clause;
      const said = `${whom}${rest ? ` ${rest}` : ''}`;
      const done = verb.toLowerCase() === 'followed up' ? 'followed up with' : verb.toLowerCase();
      if (lead === '' || marked) return `${when}${done} ${said}${after}`;
      if (thingFirst) return `${when}${done} ${lead} ${said}${after}`;
      if (/^(?:at|for|in|on|after|during)\b/.test(lead))
        return `${when}${done} ${said} ${lead}${after}`;
      return clause;
    })
    .join(' ');
}
