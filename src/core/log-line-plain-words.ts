// Shorthand and plain verb forms mended before a one-line log is read: "rcvd email fm Olivia",
// "lunch w chidi n wei", "Coffee, Siobhan M (Stripe).", "Zoe introduce me to her lead".
import { plainFormalWords } from './log-line-formal-words.js';
import { activityWords } from './log-line-note.js';
import { wordsLikeNames } from './log-line-name-words.js';
import { pastOfPlain, plainPast } from './log-line-tokens.js';
import { isKnownGivenName, isKnownSurname } from './person-name-shape.js';

/**
 * Plain verbs an English learner writes for what already happened ("Chidi introduce me to…", "I
 * send Joanne the article"), read in the past from `plainPast`. Only verbs of getting in touch or
 * passing something on; "call", "email" and "text" are left out, since they are nouns too.
 */
const learnerVerbs = [
  'send',
  'ask',
  'introduce',
  'thank',
  'give',
  'tell',
  'write',
  'answer',
  'offer',
  'share',
  'invite',
  'recommend',
  'review',
  'return',
  'reply',
  'forward',
  'pass',
  'refer',
  'accept',
  'confirm',
];

const pastOf = (verb: string) => plainPast[verb.toLowerCase()] ?? verb;

const plain = learnerVerbs.join('|');

/**
 * Verbs that are nouns too ("call", "email"), or a plain word for a meeting: plain verbs only where
 * nothing else can be meant, after who did them and before "me" ("Marcus ring me", "Ben text me"),
 * or after a date opening the line ("24/11 email Rachel my CV", "Wed meet Priya at library").
 */
const nounVerbs = [
  'email',
  'call',
  'ring',
  'text',
  'message',
  'comment',
  'meet',
  'ping',
  'connect',
  'nudge',
  'chase',
];

/**
 * Who does the verb: a pronoun, a name's last word or its bracketed workplace; "already" may come
 * between ("Joanne already intro me", "he already send me the spec").
 */
const doerOf = (name: string) => String.raw`(\b(?:he|she|they|i)|${name}|\)) (already )?`;
const doer = doerOf(String.raw`\p{Lu}[\p{L}'’.-]*`);
const learnerSubject = new RegExp(
  String.raw`${doer}(${plain})(?= (?:me|my|us|our|on|to|for|back|\p{Lu}))`,
  'gu',
);

/** "Marcus ring me tuesday", "Ben from Google text me": a noun's verb after its doer, before "me". */
const learnerNounSubject = new RegExp(String.raw`${doer}(${nounVerbs.join('|')})(?= me\b)`, 'gu');

/** Who does a verb told in the present: as `doer`, but not a verb opening the line ("Mailed thanks"). */
const presentDoer = doerOf(String.raw`\p{Lu}[\p{L}'’.-]*(?<!ed)`);

/**
 * "Rachel Lowe comes back to me", "Thomas Wright asks my cv", "he refers me": what someone did,
 * told in the present as Dutch and German speakers tell it, read in the past. Verbs that are
 * nouns too ("calls", "texts", "thanks", "offers") are left as they are.
 */
const presentOfDone: Readonly<Record<string, string>> = {
  'comes back': 'came back',
  sends: 'sent',
  asks: 'asked',
  says: 'said',
  refers: 'referred',
  puts: 'put',
  gives: 'gave',
  tells: 'told',
  rings: 'rang',
  mails: 'emailed',
  intros: "intro'd",
  introduces: 'introduced',
  forwards: 'forwarded',
  recommends: 'recommended',
};
const learnerPresent = new RegExp(
  String.raw`${presentDoer}(${Object.keys(presentOfDone).join('|')})(?= (?:me|my|us|our|to|for|back|if|whether|the|a|an|\p{Lu})|[,.;:!]|$)`,
  'gu',
);

/** "Wise looks for somebody", "they look for a vendor ops lead": hiring, as Dutch says it. */
const looksFor =
  /(\b(?:they|we|he|she|it)|\p{Lu}[\p{L}'’.&-]*) looks? for (?=(?:a|an|some|somebody|someone|people|staff|\p{Ll}+ (?:lead|manager|planner|analyst|engineer|designer)s?)\b)/gu;

/** "Dev say he will help", "she say the role already fill": what they said, plainly. */
const learnerSaid = new RegExp(String.raw`${doer}say(?= (?!me\b)\p{L})`, 'gu');

/** A date or a day opening the line: "24/11 ", "Wed ", "the 25th ", "Last week Tuesday ", "yesterday ". */
const openingDate = String.raw`(?:(?:the )?\d{1,2}(?:st|nd|rd|th)|(?:last week |this week )?(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?|\d{1,2}/\d{1,2}(?:/\d{2,4})?|yesterday|today|this morning|last week|last night)`;

/** "send Joanne the article": a plain verb opening the line, once "I" is gone, is what was done. */
const learnerOpening = new RegExp(
  String.raw`^(?!thank\b)(${plain})(?= (?!(?:u|you|ya)\b)(?:me|my|to|for|back|\p{L}))`,
  'iu',
);

/**
 * "24/11 email Rachel my CV", "Saturday ping Jose", "26/11 follow up Chidi": after a date too; a
 * noun's verb only before whom or "my" ("Sunday call with…" stays a call).
 */
const learnerAfterDate = new RegExp(
  String.raw`^(${openingDate},? )(?!thank\b)(${plain}|${nounVerbs.join('|')}|follow up(?: with)?)(?= (?!(?:u|you|ya)\b)((?:me|my|to|for|back|on|with|\p{L})[\p{L}'’-]*))`,
  'iu',
);

/**
 * "25th nudge Margaret", "12th: emailed Kate": a day of the month opening the line, then what was
 * done. Not the first five, which count attempts more often than days ("2nd nudge to Thomas").
 */
const ordinalOpening = new RegExp(
  String.raw`^(?!(?:1st|2nd|3rd|4th|5th)\b)(\d{1,2}(?:st|nd|rd|th))[:,]? (?=(?:\p{Ll}+ed|sent|met|rang|spoke|gave|told|wrote|${plain}|${nounVerbs.join('|')})\b)`,
  'iu',
);

/**
 * "ring Gareth, leave voicemail", "chase Manager Evans about the JD", "add Niamh Kelly on
 * LinkedIn": a noun's verb opening the line before whom is what was done (a line about a day to
 * come is refused before it is read). Not "call", which the shorthand of a call note leaves
 * there ("tel con with Jim").
 */
const nounOpening = new RegExp(
  String.raw`^(${[...nounVerbs.filter((verb) => verb !== 'call'), 'remind', 'add']
    .map((verb) => `[${verb.charAt(0)}${verb.charAt(0).toUpperCase()}]${verb.slice(1)}`)
    .join('|')})(?= \p{Lu}\p{Ll})`,
  'u',
);

/**
 * "email ana back…", "chase dev again", "ytd whatsapp zoe", "tue i call yusof": a plain verb
 * opening the line, or after its date, before a name, as English after Malay or Chinese tells
 * what was done. The word after it must be a given name or surname Kith knows, so
 * "call tomorrow" and "email recruiter" stay as they are.
 */
const nameOpening = new RegExp(
  String.raw`^((?:${openingDate},? )?(?:(?:finally|just|also|then|today|ytd|i) ){0,2})((?:linkedin |whatsapp )?(?:msg|message|dm)|email|chase|whatsapp|nudge|thank|leave|meet|see|call|text|ping|remind)(?= (\p{L}[\p{L}'’-]*))`,
  'iu',
);

/** The past of each verb `nameOpening` reads that `pastOfPlain` does not know. */
const openingPast: Readonly<Record<string, string>> = { leave: 'left', see: 'saw', dm: 'messaged' };

function mendNameOpening(match: string, before: string, verb: string, next: string): string {
  const word = next.toLowerCase();
  if (wordsLikeNames.has(word) || !(isKnownGivenName(word) || isKnownSurname(word))) return match;
  // "linkedin msg marcus": messaged, which is how the line is read whichever app it was.
  const done = verb.toLowerCase().replace(/^\S+ (?=\S)/u, '');
  return `${before}${openingPast[done] ?? pastOfPlain(done)}`;
}

/**
 * "one contract role", "one guy Tom Hughes", "send Sam one article": "a", as English after
 * Chinese counts one of something; not "one of", "one day", "one more" and the like.
 */
const oneAsA =
  /(?<![\p{L}\d'’-])([Oo])ne (?=(?!(?:of|more|day|days|time|thing|way|week|weekend|month|year|hour|hours|minute|minutes|min|mins|or|and|by|on|in|at|to|for|last|final|other|another|side|point|off|too|each|per|hand|sec|second|third|half|word|person|people)\b)\p{Ll})/gu;

/**
 * "Manager Evans", "Director Singh", "Partner Carter": a job title before a surname, as Chinese
 * names someone senior; the surname is who.
 */
const titleBeforeSurname =
  /\b(?:Manager|Director|Partner|Teacher|Boss|Professor|Engineer|Supervisor) (?=(\p{Lu}\p{Ll}+)\b)/gu;

/** "Ben want me analyse his data", "Priya ask me do one SQL talk": "to" before what they want done. */
const wantMeDo =
  /\b(wants?|wanted|needs?|needed|asks?|asked) me (?=(?:analyse|analyze|translate|build|design|do|make|write|review|help|check|clean|look|judge|speak|present|run|join|send|give|cover)\b)/gu;

/**
 * "Hays event on the 25th, Olivia was there, wee chat": someone named only as being there was
 * seen there; a full name is read already, a given name alone needs the verb.
 */
const wasThere =
  /(^|[,;] |\band )(\p{Lu}\p{Ll}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]+)?) (?:was|were) there\b/gu;

/**
 * "Margaret Okafor whatsapp: the post is live": a name, how, then a colon before what they said;
 * they sent it.
 */
const nameHowColon =
  /^(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?) (?:(whatsapp|text|dm|message|msg|linkedin)(?: message| msg)?|(e-?mail))\s*:/u;

/** Capitalised words before a plain verb that leave it plain: "Please send me…", "Can ask…". */
const keepPlain = new Set(
  "please pls plz can could will would should must may might to did didn't don't dont i'll we'll he'll she'll they'll you'll he'd she'd they'd".split(
    ' ',
  ),
);

/** "what she ask for", "the references she ask for": a request the contact made. */
const askedFor = /\b(he|she|they) ask for\b/gi;

/** "Coffee, Siobhan M (Stripe).": a meal or meeting, a comma, then who it was with. */
const activityThenName = new RegExp(
  String.raw`^(${[...activityWords].join('|')}),\s+(?=\p{Lu})`,
  'iu',
);

/** "Chidi video last week", "Kate Morrison zoom, good chat": a name, then how they talked, and no verb. */
const nameThenCall =
  /^(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?) (video|zoom|teams|phone)(?: call)?(?=[,;.]| (?:yesterday|today|last|this|on|mon|tue|wed|thu|fri|sat|sun|\d)|$)/u;

/**
 * Sounds made while thinking or sighing, with the comma or dots after them: "um", "umm", "uh",
 * "ugh", "erm", "hmm".
 */
const fillers = /(?<![\p{L}'’])(?:u+m+|u+h+|u+g+h+|e+r+m+|h+m+)(?:,|\.{2,}|…)?(?:\s+|$)/giu;

/** A name before someone's post, with no apostrophe: "liked yusefs post", "comment on zoe post". */
const postOwner =
  /(?<=\b(?:liked|like|commented on|comment on|reacted to|shared|reposted|congratulated|congrats on) )(\p{L}[\p{L}'’-]*) (?=(?:new |latest |recent )?(?:post|update|article|promotion|news)\b)/giu;

/** Words before "post" that end in "s" and are no one's name: "liked todays post". */
const notOwners = new Set(['today', 'yesterday', 'week', 'company', 'team', 'recruiter', 'client']);

/**
 * "emma clark ask for my portfolio", "thomas call me ytd", "fatima reply my linkedin msg": a
 * name in small letters opening the line, then a plain verb of getting in touch; the name must be
 * one Kith knows as a given name.
 */
const nameThenPlain =
  /^(\p{Ll}[\p{L}'’-]*)((?: \p{L}[\p{L}'’-]*)?) (ask|email|call|tell|reply|msg|whatsapp|text|send|offer|give|share|introduce|thank|invite|recommend|refer|forward)(?= (?:me|my|for|back|us)\b)/u;

function mendNameThenPlain(match: string, given: string, rest: string, verb: string): string {
  if (wordsLikeNames.has(given) || !isKnownGivenName(given)) return match;
  return `${given}${rest} ${pastOfPlain(verb)}`;
}

/** The line with shorthand spelled out and plain verbs put in the past. */
export function mendPlainWords(line: string): string {
  return (
    plainFormalWords(line)
      // "um emailed Olivia Brown…", "erm, texted sam": a sound made while thinking is no one.
      .replace(fillers, '')
      // "1700 - Emma Clark called back", "Thu 1900 - pint w/ Gareth": a time of day opening the
      // line is when, not who; the day before it stays for the date.
      .replace(
        /^((?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?:? )?)(?:[01]\d|2[0-3])[0-5]\d(?:hrs?)?(?: ?[-–—:])? /iu,
        (_match, day: string) => (day === '' ? '' : `${day.trimEnd()} - `),
      )
      // "Rcvd email fm Olivia Brown", "call fm Yusuf D": "fm" is "from" and "rcvd" is "received".
      .replace(/\bfm\b(?= \p{L})/giu, 'from')
      .replace(ordinalOpening, 'the $1 ')
      // "just now Olivia ring me": a moment ago, today.
      .replace(/^just now,? /iu, '')
      .replace(/\bjust now\b/giu, 'just')
      .replace(oneAsA, (_m, o: string) => (o === 'O' ? 'A ' : 'a '))
      .replace(titleBeforeSurname, (match, surname: string) =>
        isKnownSurname(surname.toLowerCase()) ? '' : match,
      )
      .replace(wantMeDo, '$1 me to ')
      .replace(wasThere, '$1saw $2 there')
      // "this morning Kate Morrison rang me", "the other day Sam Patel sent me a podcast": the time,
      // then who; "morning Kate" is no greeting here.
      .replace(
        /^((?:this|yesterday|sunday|saturday|friday) (?:morning|afternoon|evening)|the other day) (?=\p{Lu}\p{Ll})/iu,
        '$1, ',
      )
      // "nothing from Yusuf since the 20th", "no word from Marcus so chased him": no reply from him.
      .replace(
        /^(?:heard )?(?:nothing|no (?:word|news|answer|response|reply)) (?:back )?(?:yet )?from (?=\p{L})/iu,
        'no reply from ',
      )
      // "nothing since the 20th from Thomas": the same silence, its start said first.
      .replace(
        /^(?:heard )?nothing (since [^,;]*?) from (\p{L}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?)/iu,
        'no reply from $2 $1',
      )
      // "she told me for a role", "said me to send him CV", "to remind for the intro": Greek and
      // Dutch "for" and "say" put into English.
      .replace(/\btold (me|us) for (?=(?:a|an|the|some)\b)/giu, 'told $1 about ')
      .replace(/\bsaid (me|us) to\b/giu, 'told $1 to')
      .replace(/\bto remind (?:for|about) (?=(?:the|my|our)\b)/giu, 'to remind them about ')
      // "they hire product people", "Huma hires": hiring now.
      .replace(/\b(they|we) hire\b(?! (?:me|us|him|her|them|you)\b)/giu, '$1 are hiring')
      .replace(
        /(?<!\bhow\b.{0,40})(\p{Lu}[\p{L}'’.&-]*) hires\b(?! (?:me|us|him|her|them|you)\b)/gu,
        '$1 is hiring',
      )
      // "Thomas Wright asks my cv", "asked or I know good planners": asked for it, asked if.
      .replace(
        /\b(ask(?:s|ed|ing)?) (?=my (?:updated |latest |new )?(?:cv|c\.v\.|resume|portfolio|day rate|rates?|number|details|availability|references?|salary|notice period|opinion|advice|feedback|help)\b)/giu,
        '$1 for ',
      )
      .replace(/\b(ask(?:s|ed|ing)?) or (?=(?:i|we)\b)/giu, '$1 if ')
      .replace(
        learnerPresent,
        (_m, who: string, already: string | undefined, verb: string) =>
          `${who} ${already ?? ''}${presentOfDone[verb] ?? verb}`,
      )
      // "he sees a role for me and puts me forward": the same after "and".
      .replace(
        /(?<=\b(?:and|then) )(puts|refers|intros|introduces|sends|gives|forwards) (?=me\b)/gu,
        (_m, verb: string) => `${presentOfDone[verb] ?? verb} `,
      )
      .replace(looksFor, (_m, who: string) =>
        /^(?:they|we)$/iu.test(who) ? `${who} are looking for ` : `${who} is looking for `,
      )
      // "Sam mailed me the spec", "sent him a short mail": email, as most of Europe says it.
      .replace(/(?<![\p{L}'’-])([Mm])ailed\b/gu, (_m, m: string) =>
        m === 'M' ? 'Emailed' : 'emailed',
      )
      .replace(/\b(a|short|quick|the|my|his|her|your|their|long) mail\b/giu, '$1 email')
      .replace(/(?<![\p{L}'’-])mail (me|him|her|them|us)\b/gu, 'email $1')
      // "I spoke Mark and Marcus at the meetup": spoke to them; not "spoke Dutch".
      .replace(
        /\bspoke (?=(?!(?:English|Dutch|French|German|Spanish|Italian|Portuguese|Polish|Greek|Welsh|Urdu|Hindi|Punjabi|Bengali|Arabic|Turkish|Russian|Ukrainian|Romanian|Mandarin|Cantonese|Chinese|Japanese|Korean|Thai|Swahili|Yoruba|Igbo|Tagalog|Farsi|Persian)\b)\p{Lu}\p{Ll})/gu,
        'spoke to ',
      )
      .replace(nameHowColon, (_m, who: string, _how?: string, email?: string) =>
        email ? `${who} emailed me:` : `${who} messaged me:`,
      )
      // "he will push my CV to hiring manager": pass it on.
      .replace(
        /\bpush(ed|es|ing)? (my|his|her|their) (cv|resume|profile|application)\b/giu,
        'pass$1 $2 $3',
      )
      // "the article…, she had asked me", "the slides, both asked for it": sent because they asked.
      .replace(
        /, (?:both|they both|(she|he|they)(?: both)?) (?:had )?asked(?: me| us)?(?: for (?:it|them|this|that))?(?=[,.;!]|$)/giu,
        (_m, who?: string) => `, as ${who ?? 'they'} asked`,
      )
      // "asked for update on my application": chasing what is under way.
      .replace(
        /\basked (?:for|about) (?:an? |any )?update on (my|the|our) /giu,
        'chased an update on $1 ',
      )
      // "Tesco HRBP hiring is freeze till april": a hiring freeze.
      .replace(/\bhiring is (?:on )?freeze\b/giu, 'hiring is frozen')
      .replace(nounOpening, (verb: string) => pastOfPlain(verb))
      .replace(nameOpening, mendNameOpening)
      // "the band 4 role already fill": a role already filled, or closed.
      .replace(
        /\balready (fill|close)\b/giu,
        (_match, verb: string) => `already ${verb}${verb.endsWith('e') ? 'd' : 'ed'}`,
      )
      // "Joanne already emailed", "he already sent me": "already" says nothing of what was done.
      .replace(
        /(\b(?:he|she|they)|\p{Lu}[\p{L}'’.-]*) already (?=(?:\p{Ll}+ed|sent|gave|told|wrote|said|met|rang|passed|shared|intro['’]d|emailed|called)\b)/gu,
        '$1 ',
      )
      // "f/u email -> Kate", "f/u: pinged Siobhan": "f/u" is a follow-up.
      .replace(/(?<![\p{L}/])f\/u(?![\p{L}/])/giu, 'follow-up')
      // "sent a connection req to Liz": a request to connect, not a recruiter's open req.
      .replace(
        /\b(connection|linkedin|friend|follow) (req)s?\b/giu,
        (_match, what: string, req: string) =>
          `${what} ${req.charAt(0) === 'R' ? 'Request' : 'request'}`,
      )
      .replace(/\b(?:rcvd|recd|rec'd|rec’d)\b/giu, 'received')
      // "lunch w chidi n wei", "Met Owen n Gareth": a lone lower-case "n" joins two people.
      .replace(/(?<=\p{L}) n (?=\p{L})/gu, ' and ')
      .replace(activityThenName, '$1 with ')
      .replace(nameThenCall, '$2 call with $1')
      // "Wei Chen say me on linkedin": said to the user is told.
      .replace(/\b(?:say|says) me\b/gi, 'told me')
      // "Gareth Price make intro for me to…": an intro made for the user.
      .replace(/\b(?:make|makes|made) (?:an? )?intro(?:duction)? for me\b/gi, "intro'd me")
      .replace(askedFor, '$1 asked for')
      .replace(learnerOpening, pastOf)
      .replace(learnerAfterDate, (match, when: string, verb: string, next: string) => {
        if (/^follow up/iu.test(verb)) return `${when}followed up with`;
        // A noun's verb only before whom or "my": "Sunday call with…" stays a call.
        const noun = nounVerbs.includes(verb.toLowerCase());
        if (noun && !/^(?:me|my)$|^\p{Lu}/u.test(next)) return match;
        return `${when}${pastOf(verb)}`;
      })
      .replace(learnerSubject, (match, who: string, _already: string | undefined, verb: string) =>
        keepPlain.has(who.toLowerCase()) ? match : `${who} ${pastOf(verb)}`,
      )
      .replace(
        learnerNounSubject,
        (match, who: string, _already: string | undefined, verb: string) =>
          keepPlain.has(who.toLowerCase()) ? match : `${who} ${pastOf(verb)}`,
      )
      .replace(learnerSaid, (match, who: string) =>
        keepPlain.has(who.toLowerCase()) ? match : `${who} said`,
      )
      .replace(nameThenPlain, mendNameThenPlain)
      // "liked yusefs post", "comment on zoe post": whose post, its apostrophe left out.
      .replace(/^like and comment on\b/iu, 'liked and commented on')
      .replace(postOwner, (match, owner: string) => {
        const given = owner.replace(/s$/u, '');
        const known = isKnownGivenName(given) && !wordsLikeNames.has(given.toLowerCase());
        // "yusefs": a name Kith does not know, its "s" still whose.
        const unknown = given !== owner && /^\p{Ll}{4,}$/u.test(given) && !notOwners.has(given);
        return known || unknown ? `${given}'s ` : match;
      })
      // "…, email it to her already", "…, send him already": what was asked for, sent.
      .replace(
        /(?<=[,;] (?:then |so )?)(email|send|whatsapp|msg|text|forward)(?= (?:it|them)\b| (?:him|her|them) already\b)/giu,
        (verb: string) => pastOfPlain(verb),
      )
      // "sam oneil say can refer me", "she say will help me refer to her lead": said they would.
      .replace(/\b(she|he|they) (?:says?|said) (?=(?:can|will|could|would)\b)/giu, '$1 said $1 ')
      .replace(/(?<=\p{L} )(?:says?|said) (?=(?:can|will|could|would)\b)/gu, 'said they ')
      .replace(/\bhelp (me|us) refer\b/giu, 'refer $1')
      // "…, can refer me", "…, can fast track me": the one who said it can.
      .replace(
        /(?<=[,;] )(?=(?:can|will|could) (?:refer|intro|introduce|fast[ -]?track|recommend|put) (?:me|us)\b)/giu,
        'they ',
      )
      .replace(/\bfast[ -]?track (me|us|my (?:cv|application))\b/giu, 'put $1 forward')
      // "she had a proper look at me cv": reviewed it.
      .replace(
        /\b(she|he|they) had (?:a|another) (?:proper |quick |good |long |close )?look (?:at|over|through) (?=my (?:cv|c\.v\.|resume|portfolio|application|cover letter|deck)\b)/giu,
        '$1 reviewed ',
      )
      // "she go thru my cv line by line": went through it.
      .replace(/\b(she|he|they) go(?:es)? (?:thru|through) (?=(?:my|our)\b)/giu, '$1 went through ')
      // "she told about FBP opening": told the user about it.
      .replace(/\b(she|he|they) told about\b/giu, '$1 told me about')
      // "this Georgina Price email me out of the blue": the one meant, not "this" of anything.
      .replace(/^this (?=\p{Lu}\p{Ll}+ \p{Lu}\p{Ll})/u, '')
      // "northwind need someone do their employer branding": someone to do it.
      .replace(
        /\b(needs?|wants?) (someone|somebody|a person|people) (?=(?:do|help|run|handle|cover|build|design|write|manage|lead)\b)/giu,
        '$1 $2 to ',
      )
  );
}
