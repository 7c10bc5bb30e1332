// Notes written with the verb last, as Turkish, Korean and Persian put it: "Rachel my updated CV
// sent", "Dev my CV reviewed", "Yusuf Trainline job link sent me", "Margaret with coffee drank
// wednesday", "Ji-hoon Baek I met", "Lucy whatsapp thanked". Each clause that opens with someone
// and ends with its verb is put in the order the one-line reader knows before it reads the line;
// a clause in English order comes back unchanged.
import { isKnownGivenName } from './person-name-shape.js';

/** Someone opening a clause: a capitalised name of one to four words ("Rachel", "Aisha Khan Unilever"). */
const opening = String.raw`\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}`;

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
  'sent|met|asked|introduced|emailed|texted|messaged|called|rang|thanked|chased|invited|told|gave|shared|forwarded';

/** What follows a verb in English order: its object ("I emailed it", "I sent them the deck"). */
const afterEnglishVerb = String.raw`(?:it|them|him|her|me|you|us|a|an|the|my|his|their|our|back|over|up|out|off|again)\b`;

/** "Hannah Schmidt my CV I sent 2/11", "Ji-hoon Baek I met": whom, what, then "I" and the verb. */
const objectThenI = new RegExp(
  String.raw`${clauseStart}((?:(?:[Yy]esterday|[Tt]oday|[Tt]his (?:morning|afternoon|evening)|(?:[Oo]n )?\p{L}+day) )?)(${openingPeople})((?: [^,;.]*?)?) [Ii] (${userVerbs})(?=$|[,;.]| (?!${afterEnglishVerb})\S)`,
  'gu',
);

/** "Rachel my updated CV sent", "Aisha my CV reviewed": whom, what of the user's, then the verb. */
const mineThenVerb = new RegExp(
  String.raw`${clauseStart}(${openingPeople}) ((?:my|our) [^,;.]*?) (${sentVerbs}|${theirVerbs})(?= |$|[,;.])`,
  'gu',
);

/** "Yusuf Trainline junior analyst job link sent me friday", "Niamh Intercom, PM role link sent me". */
const thingThenSentMe = new RegExp(
  String.raw`${clauseStart}(${openingPeople})(?: (whatsapp|email|text|linkedin|dm))?(,?) ([^,;.]+?) (sent|emailed|e-mailed|forwarded|texted|messaged|shared|made|gave) me\b`,
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
  String.raw`^(${openingPeople})(?: (whatsapp|email|text|linkedin))? (chased|thanked|followed up|nudged)(?=,|$| (?:for|about|re|on|by|via|again)\b| \p{L}+day\b| (?:mon|tue|tues|wed|weds|thu|thurs|fri|sat|sun)\b)`,
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
 * Words that show what stands between whom and the verb already holds a verb, a second clause or
 * someone else ("Devendra sent over the doc I asked for", "Ana from spotify dm'd me … and then
 * sent me", "Katie Morris to her I introduced"): such a clause is in English order, or too far
 * from it to move one word.
 */
const notBetween =
  /\b(?:me|from|can|could|will|would|should|so|but|because|then|and|who|that|which|she|he|they|asked|said|told|wants?|sent|met|got|gave|had|rang|spoke|wrote|took|made|to (?:her|him|them))\b|\b\p{L}{3,}(?:ed|'d|’d)\b|\b(?:at|in|on|with|by|for)$/u;

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
  return line
    .replace(askedThenSent, (whole, whom: string, thing: string, who: string) =>
      isSomeone(whom) ? `sent ${whom} ${thing} ${who} asked for` : whole,
    )
    .replace(nameThenChase, (whole, whom: string, app: string | undefined, verb: string) =>
      isSomeone(whom)
        ? `${verb === 'followed up' ? 'followed up with' : verb} ${whom}${app ? ` on ${app}` : ''}`
        : whole,
    )
    .replace(
      objectThenI,
      (whole, start: string, when: string, whom: string, rest: string, verb: string) =>
        isSomeone(whom) && !notBetween.test(rest)
          ? `${start}${when}${verb.toLowerCase()} ${whom}${rest}`
          : whole,
    )
    .replace(mineThenVerb, (whole, start: string, whom: string, thing: string, verb: string) => {
      if (!isSomeone(whom) || notInMine.test(thing)) return whole;
      return new RegExp(`^(?:${sentVerbs})$`).test(verb)
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
