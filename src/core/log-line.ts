// One-line logging: "coffee with Ana Lopez about data roles #jobsearch yesterday" → an interaction draft.
import { DatePhraseError, findDate, findPlannedDates, normaliseDateWords } from './date-phrase.js';
import type { DateOrder } from './date-order.js';
import { isIsoDate } from './dates.js';
import { invalidInput, isAppError, type AppError, type FieldProblem } from './errors.js';
import type { Channel, Direction, InteractionKind } from './interaction.js';
import {
  detectChannel,
  detectDirection,
  detectKind,
  metAtGathering,
  wentToGathering,
  offerDirection,
  wasTogether,
} from './log-line-channel.js';
import {
  answersRequest,
  asksFavour,
  asksForTheirWork,
  offersFavour,
  namesRole,
  offersPaidWork,
  sendsThing,
  tellsOfRole,
  theyAsked,
  theyBegan,
  theyWant,
  theyAskOfMe,
  theyGave,
  weGave,
} from './log-line-favours.js';
import { findNames, type FoundNames } from './log-line-names.js';
import { relationNouns } from './log-line-relations.js';
import { removeSpans, type NameSpan } from './log-line-tokens.js';
import { readDescribedPerson } from './log-line-described.js';
import {
  activityWords,
  opensWithWorkplace,
  readNoteIntroducer,
  readNoteName,
} from './log-line-note.js';
import { notNames, objectVerbs, reachVerbs, subjectVerbs } from './log-line-name-words.js';
import { laterPlanClauses, withoutPlans } from './log-line-plans.js';
import { mendVerbSlips } from './log-line-verb-slips.js';
import { mendPlainWords } from './log-line-plain-words.js';
import { mendSpellings } from './log-line-spellings.js';
import { setAsidesApart } from './log-line-asides.js';
import { setAsideNoNewNames } from './log-line-new-names.js';
import {
  completeRestatedNames,
  dropRepeatedFirstNames,
  setAsideNoPeople,
} from './log-line-not-people.js';
import { mendCrmShorthand } from './log-line-crm-words.js';
import { mendRegisters } from './log-line-registers.js';
import { mendSignedOrder } from './log-line-signed.js';
import { mendVoices } from './log-line-voices.js';
import { mendVerbLast } from './log-line-verb-last.js';
import { mendTradesAndBoards } from './log-line-trades-and-boards.js';
import { tagSchema } from './person.js';
import { asksForMine, passesBrief, tellsOfWork } from './log-line-work.js';
import { asksAfterWhatIsDue, chasesByVoicemail, chasesWhatIsDue } from './log-line-chases.js';
import { passesOnLiked } from './log-line-liked.js';
import { readTemplate, type TemplateReading } from './log-line-templates.js';
import { mendDialects } from './log-line-dialects.js';
import { mendHongKong } from './log-line-hong-kong.js';
import { mendPatois } from './log-line-patois.js';
import { mendSingapore } from './log-line-singapore.js';
import { mendPidgin } from './log-line-pidgin.js';
import { mendFrench } from './log-line-french.js';
import { mendDutch } from './log-line-dutch.js';
import { mendBengali } from './log-line-bengali.js';
import { mendCatalan } from './log-line-catalan.js';
import { mendSerbian } from './log-line-serbian.js';
import { mendAfrikaans } from './log-line-afrikaans.js';
import { mendAlbanian } from './log-line-albanian.js';
import { mendSomali } from './log-line-somali.js';
import { mendTurkish } from './log-line-turkish.js';
import { mendTagalog } from './log-line-tagalog.js';
import { mendGerman } from './log-line-german.js';
import { mendDanish } from './log-line-danish.js';
import { mendZulu } from './log-line-zulu.js';
import { mendEstonian } from './log-line-estonian.js';
import { mendFinnish } from './log-line-finnish.js';
import { mendIcelandic } from './log-line-icelandic.js';
import { mendNorwegian } from './log-line-norwegian.js';
import { mendSwedish } from './log-line-swedish.js';
import { mendItalian } from './log-line-italian.js';
import { mendHindustani } from './log-line-hindustani.js';
import { mendLebanese } from './log-line-lebanese.js';
import { mendShona } from './log-line-shona.js';
import { mendCebuano } from './log-line-cebuano.js';
import { mendFijian } from './log-line-fijian.js';
import { mendIraqi } from './log-line-iraqi.js';
import { mendLuganda } from './log-line-luganda.js';
import { mendChichewa } from './log-line-chichewa.js';
import { mendSesotho } from './log-line-sesotho.js';
import { mendSetswana } from './log-line-setswana.js';
import { mendTunisian } from './log-line-tunisian.js';
import { mendSwahili } from './log-line-swahili.js';
import { mendMarathi } from './log-line-marathi.js';
import { mendSpanish } from './log-line-spanish.js';
import { mendWelsh } from './log-line-welsh.js';
import { readKnownOpening } from './log-line-known-opening.js';
import { placeKnownNames } from './log-line-full-names.js';

export type { NameSpan } from './log-line-tokens.js';

export interface ParsedLogLine {
  /** The names as written, one per person: what matching to people starts from. */
  personNames: string[];
  /** The same names with shorter readings when where a name ends is a guess. */
  people: NameSpan[];
  channel: Channel;
  kind: InteractionKind;
  direction: Direction;
  occurredOn: string;
  tags: string[];
  summary: string;
  /** Which reading of the date was taken, when the words could have meant another day. */
  notes: string[];
  /** What the parser noticed but did not reject, such as a malformed tag it dropped. */
  problems?: FieldProblem[];
}

export interface ParseLogLineOptions {
  /** The user's local date, YYYY-MM-DD: relative dates ("yesterday", "Tuesday") count back from it. */
  today: string;
  /** How the user writes numeric dates; day first when not given. */
  dateOrder?: DateOrder;
  /**
   * Whether a doubtful name could be someone the user knows: a lower-case word after a comma
   * ("lunch with ana, ben") is a name only when this says so. Without it, the reader's own rule holds.
   */
  mayBePerson?: (name: string) => boolean;
  /**
   * Whether a word is where someone the user knows works: "liked google's post" names no person,
   * "liked tariq's post" does. Without it, such a word is read as a name.
   */
  isWorkplace?: (name: string) => boolean;
}

/** "Mark E. Chased re BI intro.", "Benjamin Carter. Email. Nudged re …": a chase opening a sentence. */
const userChased = /(?:^|[.;!]\s+)(?:chased|nudged|followed up|bumped|reminded)\b/;

/** "I thanked Fatima…", "thanked Dev for…": the user thanked, whatever they were thanked for. */
const userThanked = /\b(?:i|we) thanked\b|^thanked\b/;

const goodExample = 'coffee with Ana Lopez about data roles #jobsearch yesterday';
const maxLineLength = 2000;

/** Reads one free-text log line; throws INVALID_INPUT naming the field 'line' when it cannot. */
export function parseLogLine(text: string, options: ParseLogLineOptions): ParsedLogLine {
  // "[call][out] Ana Lopez - data roles", "WHO: … / WHAT: …": a template read as its sentence,
  // and when that sentence names no one, as the plainer note it could also stand for.
  const template = readTemplate(text);
  const readings = [template.line, ...(template.alternatives ?? [])];
  let first: unknown;
  let nameless: ParsedLogLine | undefined;
  for (const reading of readings) {
    try {
      const parsed = readLine(reading, template, options);
      if (parsed.people.length > 0) return parsed;
      nameless ??= parsed;
    } catch (error) {
      if (!isAppError(error)) throw error;
      first ??= error;
    }
  }
  if (nameless) return nameless;
  throw first;
}

function readLine(
  text: string,
  template: TemplateReading,
  options: ParseLogLineOptions,
): ParsedLogLine {
  if (!isIsoDate(options.today)) {
    throw invalidInput([
      { field: 'today', message: 'must be a real date written as YYYY-MM-DD, such as 2026-11-25' },
    ]);
  }
  const line = normaliseLine(text);
  if (line === '')
    throw lineProblem('cannot be empty; write who you were in touch with, how and about what');
  if (line.length > maxLineLength)
    throw lineProblem(`must be one line of at most ${maxLineLength} characters`);

  const problems: FieldProblem[] = [];
  const notes: string[] = [];
  const tagged = extractTags(line, problems);
  const dateOrder = options.dateOrder ?? 'DMY';
  const dated = extractDate(tagged.rest, { today: options.today, dateOrder });
  if (dated.note) notes.push(dated.note);
  if (dated.laterText) {
    problems.push({
      field: 'line',
      message: `used the first date, "${dated.usedText}", and kept "${dated.laterText}" as text`,
    });
  }
  const { head, topic } = splitTopic(dated.rest);
  // "Liz T emailed back, interview with Deloitte on 8 Dec": nobody in a plan was in touch.
  const planned = plannedDates(head, { today: options.today, dateOrder });
  const skip = laterPlanClauses(head, planned);
  const found = findNames(head, options.mayBePerson, skip, options.isWorkplace);
  // "maggie okafor - video call": a note with no verb, read only when nothing else named anyone.
  if (found.names.length === 0) readNoteName(head, found, skip);
  else readNoteIntroducer(head, found, skip);
  // "the Admiral guy rang me back": someone described, not named, for the service to ask about.
  if (found.names.length === 0) readDescribedPerson(head, found, skip);
  // "Robert Singh, KPMG", "for Jan clinic": a workplace, a month or a common noun is no one.
  setAsideNoPeople(found, head);
  // "sent JD on whatsapp", "met 2 founders": never someone new; a line left with nobody asks.
  setAsideNoNewNames(found, head);
  // "Ocado - Sam P - coffee": the workplace opening the note was set aside; whom comes after it.
  if (found.names.length === 0 && opensWithWorkplace(head, found, skip))
    readNoteName(head, found, skip);
  completeRestatedNames(found, head);
  dropRepeatedFirstNames(found);
  placeKnownNames(found, head);
  // "Dan Fletcher fwd a contracting gig": the name of someone known opening the line is theirs.
  readKnownOpening(head, found, skip);
  // A line that names nobody is still read, with no people: the caller asks who (whoWasIt).

  // What will happen ("she'll intro me") is no part of what happened; the channel is what the
  // head says ("emailed Niamh about the Dublin meetup" is an email), else what the topic says.
  const said = namedNotCalled(withoutPlans(dated.rest).toLowerCase());
  const saidHead = namedNotCalled(withoutPlans(head).toLowerCase());
  // The whole line, its date included: "…, she offered to…" keeps the comma a date stood by.
  const whole = tagged.rest.toLowerCase();
  const offered = offersFavour(whole);
  const asked = theyAsked(whole);
  const inbound = template.direction === 'inbound' || found.inbound || theyBegan(said) || asked;
  // "Priya rang, Monzo's hiring", "lloyds want a set of 12 icons": news of a role or of paid work.
  const news = tellsOfRole(namedNotCalled(whole), inbound) || tellsOfWork(whole);
  // "sent georgia the template she asked for": the user gave what the contact asked for.
  const answered = answersRequest(whole, inbound);
  const read = readKind(said, whole, {
    inbound,
    offered,
    news,
    named: found.names.length,
    introducedNamed: found.introducedNamed === true,
  });
  const kind = answered && read !== 'thanks' ? 'give' : read;
  const headChannel = eventNotNamed(detectChannel(saidHead), head, found);
  const named = headChannel === 'other' ? detectChannel(said) : headChannel;
  // "met wei chen at pydata": a named gathering, though no word says it was an event.
  const gathering =
    (named === 'meeting' || named === 'other') &&
    (metAtGathering(withoutPlans(head), options.isWorkplace) ||
      wentToGathering(withoutPlans(head).toLowerCase()));
  // "text from zoe … asking if i could speak at their meetup": a message named first, then whom
  // it came from, is how they got in touch, whatever gathering it was about.
  const opening =
    /^(?:(?:lovely|nice|kind|quick|short|long|brief|friendly|warm|great|lengthy) )?((?:linkedin |phone )?(?:text|txt|sms|whatsapp|e-?mail|message|msg|dm|voicemail|call|inmail)|phone) from\b/i.exec(
      head,
    )?.[1];
  const openedBy = opening ? detectChannel(opening.toLowerCase()) : 'other';
  const channel = openedBy !== 'other' ? openedBy : gathering ? 'event' : named;
  // "Gareth said he'd pass my CV on" came from him; over lunch it went both ways.
  // "flagged an opening to daniel": news the user passed on is the user's give.
  const theirs =
    (kind === 'give' &&
      !weGave(whole) &&
      (offered || news || theyGave(whole) || offersPaidWork(whole))) ||
    (kind === 'intro' && offered);
  // "coffee with rachel, she's putting me forward": an offer made on a call or over coffee went
  // both ways; a referral already made ("she's put me forward") or a call they began ("rang me",
  // "Siobhan rang, she's gonnae ask aboot openings", "Phone call from Ben …") stays theirs.
  const talkedOffer =
    theirs &&
    offered &&
    offerDirection(channel, saidHead) === 'mutual' &&
    !(found.inbound && callVerbs.has(found.subjectVerb ?? '')) &&
    !/\b(?<!to )put (?:me|my name|my cv) (?:forward|fwd)\b|\b(?:rang|called|phoned) me\b|^(?:(?:a )?(?:phone )?call|phone) from\b/.test(
      whole,
    );
  // A chase that opens its own sentence is the user's, though the note opens with whom it chased
  // ("Mark E. Chased re BI intro. No reply."; 3,468 of the tuning file's 3,470 follow-ups are
  // outbound, and "the recruiter rang again" stays theirs); so are thanks the user says they gave
  // ("Ams I thanked Fatima for the report she sent me": 872 of 872).
  const direction =
    answered ||
    (kind === 'follow-up' && userChased.test(whole)) ||
    (kind === 'thanks' && userThanked.test(whole))
      ? 'outbound'
      : talkedOffer
        ? 'mutual'
        : (found.inbound && !saidInPerson(found.subjectVerb, channel)) ||
            theyBegan(saidHead) ||
            asked ||
            (theyWant(whole) && !wasTogether(channel)) ||
            // "Priya from Booking said they have a budget freeze": told, with no meeting named and
            // nothing the user did after it ("…said I should send my portfolio, sent it").
            (found.saidSo === true && !wasTogether(channel) && !userDidToo(whole)) ||
            ((openedOnMe(head, found.spans[0]) ||
              noteFromThem(head, found.spans[0], found.names[0]?.text)) &&
              !wasTogether(channel))
          ? 'inbound'
          : theirs
            ? offerDirection(channel, saidHead)
            : detectDirection(saidHead, channel, kind);
  const keepNames = kind === 'intro' && found.names.length > 1;
  const summary = writeSummary(keepNames ? head : removeSpans(head, found.spans), topic);
  const parsed: ParsedLogLine = {
    personNames: found.names.map((name) => name.text),
    people: found.names,
    // What a template's tags say outright is kept; "[li] liked his post" is still a like.
    channel:
      template.channel && !(template.onLinkedIn && channel === 'social')
        ? template.channel
        : channel,
    kind: template.kind ?? kind,
    direction: template.direction ?? direction,
    occurredOn: dated.occurredOn,
    tags: tagged.tags,
    summary,
    notes,
  };
  if (problems.length > 0) parsed.problems = problems;
  return parsed;
}

/** "…, I have sent it", "…, sent 26/11", "chased him by email today": the user did something too. */
function userDidToo(whole: string): boolean {
  return /\bi (?:have |['’]ve |had |then )?(?:sent|send|emailed|replied|chased|been able)\b|\b(?:sent|emailed) (?:it|them|her|him)\b|[,;.] (?:and )?(?:sent|emailed|did)\b|\bchased\b|\bnudged\b|\bfollowed up\b/.test(
    whole,
  );
}

/**
 * The kind, with one reading the words alone cannot give: an offer to introduce the user to
 * someone the line names ("she'll put me in touch with Niamh Kelly") is an introduction.
 */
function readKind(
  said: string,
  whole: string,
  context: {
    inbound: boolean;
    offered: boolean;
    news: boolean;
    named: number;
    /** A name was read after "intro me to", though it was set aside as no contact of the line. */
    introducedNamed: boolean;
  },
): InteractionKind {
  // "emailed asking if i'd do a contract": what they asked for is the user's work, an offer.
  if (context.inbound && asksForTheirWork(whole)) return 'give';
  const kind = detectKind(said, context);
  // "sent her a polite reminder", "to enquire after the referral he kindly offered": a chase,
  // whatever the thing chased is.
  if (kind !== 'thanks' && asksAfterWhatIsDue(whole)) return 'follow-up';
  // "pinged dev about whether he'd refer me": a favour in a question is asked for, however sent;
  // "sent her plan for me to look at", "he'd like a reference": asked of the user. Read on the
  // whole line, since "he'd" starts what the plans leave out.
  if ((asksFavour(whole) || theyAskOfMe.test(whole)) && (kind === 'give' || kind === 'catch-up'))
    return 'ask';
  // "wants to see my greetings card work", "needs my VAT number": asked of the user, unless the
  // line tells of work or a role, where "wants my CV" is how to go for it.
  // "needs my VAT number for the Tesco contract paperwork" is asked of the user all the same.
  const forRole = (context.news || namesRole(whole)) && !paperworkOfMine.test(whole);
  if (asksForMine.test(whole) && !forRole && (kind === 'give' || kind === 'catch-up')) return 'ask';
  // "rang about the rebrand, wants a proposal by 5 dec": work offered by a contact who got in touch.
  if (context.inbound && kind === 'catch-up' && wantsProposal.test(whole)) return 'give';
  // "wants me to quote for an audit": paid work offered, unless the line is an intro or thanks.
  if (offersPaidWork(whole) && kind !== 'intro' && kind !== 'thanks') return 'give';
  // "- call - she's sending the spec tmrw": what is on its way is given, though the plan it
  // arrives in is no part of what happened.
  if (kind === 'catch-up' && (sendsThing(whole) || passesBrief(whole))) return 'give';
  // "told Yusuf about the font sale, thought hed like it": passed on for the contact's sake;
  // "emily clarke sent us ons data on redundancys, thought id want it": for the user's.
  if (kind === 'catch-up' && !context.inbound && passesOnLiked(whole)) return 'give';
  if (kind === 'catch-up' && context.inbound && sentForMe.test(whole)) return 'give';
  // "left Mark a voicemail re the tesco invoice": the user chasing what is owed, or a silence.
  if (kind === 'catch-up' && !context.inbound && chasesWhatIsDue(whole)) return 'follow-up';
  if (!context.inbound && chasesByVoicemail(whole, kind)) return 'follow-up';
  const introOffered = context.offered && /\b(intro|introduce|put me in touch)\b/.test(whole);
  const target = context.named > 1 || context.introducedNamed || introducedToSomeoneAt.test(whole);
  return kind === 'give' && introOffered && target ? 'intro' : kind;
}

/** Something a contact sent because they thought the user would want it. */
const sentForMe =
  /\b(?:sent|forwarded|passed|shared|emailed|dropped)\b[^;]*\bthought (?:i['’]d|i would) (?:want|like|find|need|love|be interested)\b/;

/**
 * The user's own details a client needs to pay or engage them, never how to go for a role; and
 * their references, asked of them even for a role ("Kate needs my references by 04/12 for the Sky
 * role").
 */
const paperworkOfMine =
  /\bmy (?:vat|utr|company|bank|ni|national insurance|insurance|invoice|timesheet|day rate|rates?|references|referees|refs|notice period)(?: number| details| certificate| registration)?\b/;

/** A proposal or an estimate someone wants: work offered, when they got in touch. */
const wantsProposal =
  /(?<!\b(?:i|we) )\b(?:wants?|wanted|wanting|would like|['’]d like|asked for|asking for) (?:a |an )?(?:proposal|estimate|costing|bid|quote|quotation)\b/;

/** Words after who someone is that are no name: "his manager at meta", "her boss who…". */
const notAName = String.raw`(?:at|in|from|on|of|about|who|and|for|to|over|when|next|this|last|soon|once|if|as|but|so|there|too|again|tomorrow|today|yesterday)`;

/** "elizabeth taylor", "kemi adeyemi": two words that are no determiner, number or group of people. */
const twoNames = String.raw`(?!(?:a|an|the|his|her|their|my|our|its|some|someone|somebody|one|two|three|few|several|people|folks|friends?|colleagues?|recruiters?|hiring|team|anyone|everyone)\b)\p{L}[\p{L}'’-]* (?!(?:people|folks|friends|colleagues|recruiters|managers|leads|team|teams|contacts|others)\b)\p{L}[\p{L}'’-]*`;

/**
 * "to his model risk lead, anita", "to accenture's data practice lead, priti", "to elizabeth
 * taylor at deloitte": one person named after their role, or by two names and a place, is a
 * named target; so is a name closing the line after who they are ("to her colleague Tom Barnes",
 * "to his mate Tariq Aziz at JCB").
 * A role alone, at a firm or not ("AZ's internal comms lead", "intercom's head of product", "his
 * CTO", "his manager at meta", "a few people at ofcom"), names nobody: a favour still to find whom.
 */
/** "…, tidy", "…, lush", "…, sorted": a word closing a note that says how it went, not a name. */
const trailingRemark = String.raw`(?:tidy|lush|sorted|legend|gutted|result|brill|class|mint|ace|sweet|cheers|ta|fab|lovely|champion|sound|wicked|grim|meh|nice|great|cool|phew|yay|bless|buzzin|buzzing|made up)`;

const introducedToSomeoneAt = new RegExp(
  String.raw`\b(?:intro|introduce|put me in touch)(?: me)? (?:to|with) (?:(?:his|her|their|the|(?!(?:his|her|their|my|our|its|one)['’]?s?\b)[\w.&-]+['’]s|[\w.&-]+s['’]) (?:[\w-]+ ){0,3}?[\w-]+, (?!${trailingRemark}$)\p{L}[\p{L}'’-]*$|(?:his|her|their) (?:[\w-]+ ){0,2}?(?:${[...relationNouns].join('|')}) (?!${notAName}\b)\p{L}[\p{L}'’-]*(?: (?!${notAName}\b)\p{L}[\p{L}'’-]*)?(?: (?:at|from) [\w&.'’-]+(?: [\w&.'’-]+){0,2})?$|${twoNames} at \b)`,
  'u',
);

/**
 * "Zoe Martin set me up with her director", "Lucy Patel vouched for me": a line that opens on
 * the contact's name, then their verb with "me" as its object, tells what they did for the
 * user, whatever the verb. Within two words, so "Zoe Martin and I" or a note's dash do not count.
 */
function openedOnMe(head: string, first: readonly [number, number] | undefined): boolean {
  if (!first || first[0] !== 0) return false;
  const rest = head.slice(first[1]).toLowerCase();
  return /^ (?!and\b|&)[\p{L}'’]+(?: [\p{L}'’]+)? (?:me|for me)\b/u.test(rest);
}

/** Where someone works, between their name and what a note says of them: "(Unilever)", "@ Tesco", "- Barclays -". */
const noteWorkplace = String.raw`(?: \([^()]*\)| (?:from|at|of) \p{Lu}[\p{L}&.'’-]*(?: \p{Lu}[\p{L}&.'’-]*){0,3}| [-–—] [\p{L}&.'’-]+(?: [\p{L}&.'’-]+){0,2}(?= [-–—])| \p{Lu}[\p{L}&.'’-]*(?: \p{Lu}[\p{L}&.'’-]*){0,2}(?= [-–—:,]| (?:linkedin|li|ig|insta|whatsapp|wa|voice|email|msg|text|txt|dm)\b))`;

/** A message named by its noun: "LI msg", "email", "voice note", "WA", "IG DM". */
const messageNoun = String.raw`(?:(?:linkedin|li|ig|insta|instagram|whatsapp|wa|phone|voice|text|sms|fb|facebook|slack|teams|thank[- ]you|thanks)\s+)?(?:email|e-mail|mail|msg|message|text|txt|sms|wa|whatsapp|dm|note|voice ?note|voicemail|vm|inmail)`;

const noteOpening = new RegExp(
  String.raw`^(?:${noteWorkplace})*\s*(?:[-–—:,]\s*)?${messageNoun}(?![\p{L}'’-])`,
  'iu',
);

/** What the user did, after a note's message noun: "- email - sent CV", "WA - chased him". */
const usersDoing =
  /\b(?:sent|emailed|messaged|texted|txted|replied|responded|wrote|followed|chased|nudged|pinged|thanked|forwarded|shared|introduced|intro['’]?d|told|offered|asked (?:him|her|them)|asked (?:if|whether) (?!i\b|i['’])|said (?:thanks|thank you|ty|cheers)|to (?:him|her|them))\b/i;

/** What a message said of the user, or of what its sender is doing: "wishing me luck", "she's passed". */
const towardsMe =
  /^(?!.*\b(?:he|she|they) gave me\b).*\b(?:me|my)\b|\b(?:she|he|they)(?:['’](?:s|re|ll)| (?:is|are|has|have|wants?|will|can)\b)/i;

/**
 * "Kate Morrison LI msg, she's passed my CV on", "Aisha Khan (Unilever) email - thanks for the
 * talk", "Yusuf - voice note on WA, Trainline want to chat": a note that opens on the contact's
 * name, then a message named by its noun with nothing the user did, is a message they sent.
 */
function noteFromThem(
  head: string,
  first: readonly [number, number] | undefined,
  name: string | undefined,
): boolean {
  if (!first || first[0] !== 0) return false;
  // "Kate Morrison LinkedIn msg": where the name's span takes in the message noun after it, what
  // follows the name itself is read.
  const afterName =
    name !== undefined && head.toLowerCase().startsWith(name.toLowerCase())
      ? head.slice(name.length)
      : undefined;
  return [head.slice(first[1]), afterName].some((rest) => {
    if (rest === undefined) return false;
    const opening = noteOpening.exec(rest);
    if (opening === null) return false;
    const after = rest.slice(opening[0].length);
    return !usersDoing.test(after) && (towardsMe.test(after) || thanksInIt.test(after));
  });
}

/** "katie morris msg: thx for the title card": a message that is thanks, theirs to the user. */
const thanksInIt = /^\s*[-–—:,]?\s*(?:thx|thanks|thank you|ty|cheers)\b/iu;

/**
 * "zoe martin suggested i apply - call - wed", "dan told me about it over beers": something a
 * contact did, not a way of getting in touch, on a call or at a meeting went both ways.
 */
/** "Siobhan rang, …": a named contact placing a call. */
const callVerbs = new Set(['rang', 'called', 'phoned', 'rung']);

function saidInPerson(verb: string | undefined, channel: Channel): boolean {
  return verb !== undefined && !reachVerbs.has(verb) && wasTogether(channel);
}

/**
 * "Emma Clark lunch, good chat": a name opening the line is whom it was with, not the name of a
 * gathering ("data leaders breakfast, sat next to…"); read without it, such a line is a meeting.
 */
function eventNotNamed(channel: Channel, head: string, found: FoundNames): Channel {
  if (channel !== 'event') return channel;
  const opener = found.spans.find(([start]) => start === 0);
  // Written with capitals: "research ops breakfast" is the gathering's own name.
  if (!opener || !/^\p{Lu}/u.test(head)) return channel;
  const rest = namedNotCalled(withoutPlans(head.slice(opener[1]).trimStart()).toLowerCase());
  return detectChannel(rest) === 'meeting' ? 'meeting' : channel;
}

/**
 * "a recruiter called Hollie Price", "a friend of his called oskar": "called" that names someone
 * is no phone call; "a recruiter called me" is one.
 */
function namedNotCalled(lower: string): string {
  return (
    lower
      .replace(
        /\b((?:a|an|some|this|that)(?! (?:morning|afternoon|evening|arvo|week|weekend|month|year|time)\b)(?: [\p{L}-]+){1,3}(?: of (?:his|hers|theirs|mine|ours))?|someone|somebody) called\b(?= (?!(?:me|us|back|again|twice|earlier|yesterday|today|this morning)\b)\p{L}| ?$)/gu,
        '$1 named',
      )
      // "a hiring mgr at asda called phil": longer, "called" still names when a name follows it,
      // not "me", "back" or a time ("a recruiter at hays called yesterday").
      .replace(
        /\b((?:a|an)(?: [\p{L}-]+){4,5}) called(?= (?!(?:me|us|him|her|them|back|about|re|to|and|again|yesterday|today|tonight|earlier|this|last|on|at|in|for|from|with|but|so|twice|once)\b)\p{L})/gu,
        '$1 named',
      )
  );
}

/** Asked when a line names nobody, or every name it held was a word, not a person. */
export const whoWasIt = `Who was this with? Write their name after "with" or at the start, for example "${goodExample}".`;

function lineProblem(message: string): AppError {
  return invalidInput([{ field: 'line', message: `${message}; for example "${goodExample}"` }]);
}

/** "☕", "🙏", "😭": an emoji between words ends what came before it, as a comma does. */
function emojiAsBreaks(text: string): string {
  // "☕ w Ana Lopez": a cup opening the note says what it was.
  return text
    .replace(/^\s*☕\uFE0F?\s*/u, 'coffee ')
    .replace(
      /\s*(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u{FE0F}|\u{200D})+\s*/gu,
      (emoji: string, at: number, all: string) =>
        at === 0 || at + emoji.length >= all.length ? ' ' : ', ',
    );
}

/**
 * What a line is put through before it is read, in order: emoji as breaks, a signer's order, the
 * other languages a note switches into mid-line (each leaves a line with none of its own words as
 * it was), regional Englishes, trades and boards, registers, voices, spellings by sound, CRM
 * shorthand, asides set apart, and last a verb typed with one slip ("emaild kate morrison").
 */
const menders: ReadonlyArray<(line: string) => string> = [
  emojiAsBreaks,
  mendSignedOrder,
  mendWelsh,
  mendItalian,
  mendHindustani,
  mendLebanese,
  mendIraqi,
  mendTunisian,
  mendShona,
  mendLuganda,
  mendChichewa,
  mendSesotho,
  mendSetswana,
  mendFijian,
  mendMarathi,
  mendCatalan,
  mendCebuano,
  mendTagalog,
  mendBengali,
  mendSerbian,
  mendAlbanian,
  mendSomali,
  mendTurkish,
  mendSpanish,
  mendFrench,
  mendGerman,
  mendIcelandic,
  mendSwedish,
  mendNorwegian,
  mendDanish,
  mendZulu,
  mendFinnish,
  mendEstonian,
  mendAfrikaans,
  mendDutch,
  mendPidgin,
  mendHongKong,
  mendSingapore,
  mendPatois,
  mendSwahili,
  mendDialects,
  mendTradesAndBoards,
  mendRegisters,
  mendVerbLast,
  mendVoices,
  mendSpellings,
  mendCrmShorthand,
  setAsidesApart,
  mendVerbSlips,
];

function normaliseLine(text: string): string {
  const line = menders
    .reduce((mended, mend) => mend(mended), text)
    .replace(/\s+/g, ' ')
    .replace(/(^| )w\/ ?/gi, '$1with ')
    // "video call w Sam": a lone lower-case "w" before a word is "with" ("Tom W" is an initial),
    // except after a name opening the line ("thomas w arup -"), where it may be an initial too.
    .replace(/(^| )w (?=\p{L})/gu, (match, space: string, at: number, all: string) =>
      opensWithName(all.slice(0, at)) ? match : `${space}with `,
    )
    // "Emily Clarke + Fatima Zahra", "Emily @ the ONS conference": spaced, as in notes.
    .replace(/ \+ /g, ' & ')
    // "e. clarke - ons": an initial's full stop before a surname is no end of anything.
    .replace(/^(\p{L})\. (?=\p{L})/u, '$1 ')
    .replace(/ @ /g, ' at ')
    .trim()
    .replace(/^(i|we) (?=\p{L})/iu, '')
    .replace(/[.!]+$/, '')
    .trim();
  return normaliseDateWords(mendPlainWords(line));
}

/**
 * "thomas w arup": one word opening the line that is no verb, activity or common word is as
 * likely a first name before an initial as someone who did something "with" the next word.
 */
function opensWithName(before: string): boolean {
  const word = before.toLowerCase();
  if (!/^\p{L}[\p{L}'’-]*$/u.test(word)) return false;
  // "chatted w priya": a word done in the past is no first name ("Fred", "Ahmed" still are).
  if (/^\p{Ll}{3,}[^m]ed$/u.test(word)) return false;
  return ![notNames, activityWords, subjectVerbs, objectVerbs].some((set) => set.has(word));
}

function extractTags(line: string, problems: FieldProblem[]): { rest: string; tags: string[] } {
  const tags: string[] = [];
  const rest = line.replace(/(^| )#([^\s#]*)/gu, (_match, space: string, raw: string) => {
    const tag = tagSchema.safeParse(raw.replace(/[.,;:!?]+$/, ''));
    if (tag.success) {
      if (!tags.includes(tag.data)) tags.push(tag.data);
    } else {
      problems.push({
        field: 'tags',
        message: `dropped "#${raw.slice(0, 50)}": ${tag.error.issues[0]?.message ?? 'not a tag'}`,
      });
    }
    return space;
  });
  return { rest: rest.replace(/ +/g, ' ').trim(), tags };
}

interface DatedText {
  rest: string;
  occurredOn: string;
  note?: string;
  usedText?: string;
  laterText?: string;
}

/** The plans' days in the head; a future day that is no plan is the line's problem, as for its date. */
function plannedDates(head: string, context: { today: string; dateOrder: DateOrder }) {
  try {
    return findPlannedDates(head, context);
  } catch (error) {
    if (error instanceof DatePhraseError) throw lineProblem(error.message);
    throw error;
  }
}

function extractDate(text: string, context: { today: string; dateOrder: DateOrder }): DatedText {
  let found;
  try {
    found = findDate(text, context);
  } catch (error) {
    if (error instanceof DatePhraseError) throw lineProblem(error.message);
    throw error;
  }
  if (!found) return { rest: text, occurredOn: context.today };
  // "call with owen tue, talked health data": the comma the date took still ends the name.
  // "…on Friday 20th November. Had a word with…": the full stop after the date stays with the
  // word before it, so it still ends a sentence.
  const stop = /^[.;]/.test(text.slice(found.end)) ? '' : ' ';
  const joint = /[,;]\s*$/.test(text.slice(found.start, found.end)) ? ', ' : stop;
  // "Sunday, Liz said she'd intro me": a date that opened the line leaves no comma behind it.
  const rest = `${text.slice(0, found.start).trimEnd()}${joint}${text.slice(found.end)}`
    .replace(/ +/g, ' ')
    .trim()
    .replace(/^[,;]\s*/, '');
  const dated: DatedText = { rest, occurredOn: found.occurredOn };
  if (found.note) dated.note = found.note;
  if (found.laterText) {
    dated.usedText = text.slice(found.start, found.end).trim();
    dated.laterText = found.laterText;
  }
  return dated;
}

function splitTopic(text: string): { head: string; topic: string } {
  const marker =
    / (?:about|re:?|regarding|concerning|to discuss|discussing|on the topic of) /i.exec(
      ` ${text} `,
    );
  if (!marker) return { head: text, topic: '' };
  const at = Math.max(0, marker.index - 1);
  const head = text
    .slice(0, at)
    .replace(/[ ,;:]*\b(?:talked|chatted|spoke|talking|chatting)$/i, '');
  return { head: head.trim(), topic: text.slice(at + marker[0].length - 1).trim() };
}

/** "Coffee — data roles": what happened, then what it was about, as it reads on a timeline. */
function writeSummary(head: string, topic: string): string {
  const what = tidy(head);
  const about = tidy(topic);
  const summary = what && about ? `${what} — ${about}` : what || about;
  return summary.charAt(0).toUpperCase() + summary.slice(1);
}

function tidy(text: string): string {
  let out = text
    .replace(/ +/g, ' ')
    .replace(/ ([,;:])/g, '$1')
    .trim();
  for (let before = ''; before !== out;) {
    before = out;
    out = out
      .replace(/^[\s,;:.\-—–]+|[\s,;:\-—–]+$/g, '')
      .replace(/\s+\b(with|and|to|for|from|on|at|in|&)$/i, '')
      .trim();
  }
  return out;
}
