// What Kith knows for one draft, clipped and phrased; every missing fact becomes a marked blank.
import type { Interaction } from '../interaction.js';
import type { Person } from '../person.js';
import type { Goal, Profile } from '../profile.js';
import { markBlank } from './blanks.js';
import type { DraftInput, DraftIntent, DraftPart } from './drafts.js';
import { findLink, type ConnectorLink } from './links.js';
import { displayName } from './names.js';
import { addressYou, clipFact, firstNameOf, lowerFirst } from './prose.js';
import type { RelationshipStage } from './stages.js';
import {
  isRecent,
  momentOf,
  readTimeline,
  type Moment,
  type TimelineFacts,
} from './timeline-facts.js';
import { tidyTitle } from './titles.js';
import { phrasesOverlap, sharedTokens, tokenize } from './tokens.js';

export interface DraftContext {
  goal: Goal;
  stage: RelationshipStage;
  /** The person with their name as it is normally written ("Rachel Lowe", not "rachel lowe"). */
  person: Person;
  first: string;
  /** The user's full name and first name, or a blank when the profile has none. */
  userName: string;
  userFirst: string;
  headline: string | null;
  valueStatement: string | null;
  /** How the user met the person, ready after "We met": "at PyCon", "through Maria". */
  met: string | null;
  facts: TimelineFacts;
  /** The newest two-way contact (a conversation, or something they wrote): never the user's own note. */
  lastTalk: Moment | null;
  /** The newest meeting, call, video call or event. */
  lastConversation: Moment | null;
  /** The newest note the user wrote to them. */
  myNote: Moment | null;
  /** The newest contact of any kind. */
  lastContact: Moment | null;
  /** In touch too recently for "it's been a while". */
  recent: boolean;
  /** One of the person's interests that overlaps one of the user's targets or interests... */
  shared: string | null;
  /** ...and that target or interest, in the user's words. */
  sharedMine: string | null;
  needs: string | null;
  /** The user's offer that best fits this person, in the user's words. */
  offer: string | null;
  title: string | null;
  company: string | null;
  topic: string | null;
  role: string | null;
  industry: string | null;
  connector: Person | null;
  otherPerson: Person | null;
  /** For request-intro: the stored fact linking the connector and the person, if any. */
  link: ConnectorLink | null;
  blank(label: string): string;
  blanksUsed(): string[];
}

export interface DraftSketch {
  subject: string;
  parts: DraftPart[];
}

export type DraftTemplate = (context: DraftContext, variant: number) => DraftSketch;

const metPrepositions = /^(at|through|via|in|on|during|when|while|from|after|over|by)\b/i;

export function buildDraftContext(input: DraftInput): DraftContext {
  const labels: string[] = [];
  const blank = (label: string): string => {
    if (!labels.includes(label)) labels.push(label);
    return markBlank(label);
  };
  const { profile } = input;
  const person = named(input.person);
  const connector = input.connector ? named(input.connector) : null;
  const facts = readTimeline(timelineOf(input), input.today);
  const userName = displayName(profile.name);
  return {
    goal: profile.goal,
    stage: input.stage ?? defaultStage(input.intent, facts),
    person,
    first: firstNameOf(person.name),
    userName: userName === '' ? blank('your name') : userName,
    userFirst: userName === '' ? blank('your name') : firstNameOf(userName),
    headline: textOrNull(profile.headline, 12),
    valueStatement: textOrNull(input.valueStatement ?? profile.valueStatement, 25),
    met: phraseMet(person.howWeMet),
    facts,
    lastTalk: momentOf(facts.twoWay, input.today),
    lastConversation: momentOf(facts.conversation, input.today),
    myNote: momentOf(facts.myNote, input.today),
    lastContact: momentOf(facts.last, input.today),
    recent: isRecent(facts),
    ...findSharedInterest(person, profile, input.interests ?? profile.interests),
    // Needs sit mid-sentence ("help with a product analyst"), so a capital from the notes is dropped.
    needs: addressYou(mapText(textOrNull(person.needs, 8), lowerFirst)),
    offer: chooseOffer(input.offers ?? profile.offers.map((item) => item.detail), person),
    title: mapText(textOrNull(person.title, 5), tidyTitle),
    company: textOrNull(person.company, 4),
    topic: textOrNull(input.topic ?? null, 12),
    role: textOrNull(profile.targetRoles[0] ?? null, 5),
    industry: textOrNull(profile.targetIndustries[0] ?? null, 4),
    connector,
    otherPerson: input.otherPerson ? named(input.otherPerson) : null,
    link: connector
      ? findLink(connector, person, [...timelineOf(input), ...(input.connectorTimeline ?? [])])
      : null,
    blank,
    blanksUsed: () => [...labels],
  };
}

/** The timeline given, or the one interaction given, newest first. */
export function timelineOf(input: DraftInput): readonly Interaction[] {
  if (input.timeline) return input.timeline;
  return input.lastInteraction ? [input.lastInteraction] : [];
}

function named(person: Person): Person {
  return { ...person, name: displayName(person.name) };
}

function defaultStage(intent: DraftIntent, facts: TimelineFacts): RelationshipStage {
  if (intent === 'first-contact-cold') return 'stranger';
  if (intent === 'first-contact-warm') return 'acquaintance';
  return facts.last ? 'contact' : 'acquaintance';
}

function mapText(text: string | null, change: (text: string) => string): string | null {
  return text === null ? null : change(text);
}

function textOrNull(text: string | null, maxWords: number): string | null {
  const clipped = text === null ? '' : clipFact(text, maxWords);
  return clipped === '' ? null : clipped;
}

function phraseMet(howWeMet: string | null): string | null {
  const met = textOrNull(howWeMet, 10);
  if (met === null) return null;
  return metPrepositions.test(met) ? lowerFirst(met) : `through ${met}`;
}

function findSharedInterest(
  person: Person,
  profile: Profile,
  interests: readonly string[],
): { shared: string | null; sharedMine: string | null } {
  // Roles are not interests: "an interest in product analyst" would not read.
  const mine = [...interests, ...profile.targetIndustries, ...profile.targetCompanies];
  for (const theirs of person.interests) {
    const match = mine.find((phrase) => phrasesOverlap(theirs, phrase));
    if (match !== undefined) return { shared: clipFact(theirs, 5), sharedMine: clipFact(match, 5) };
  }
  return { shared: null, sharedMine: null };
}

/** The offer sharing most words with the person's needs, interests and title; else the first. */
function chooseOffer(offers: readonly string[], person: Person): string | null {
  const theirs = tokenize([person.needs ?? '', ...person.interests, person.title ?? ''].join(' '));
  let best: string | null = null;
  let bestScore = -1;
  for (const offer of offers) {
    const score = sharedTokens(tokenize(offer), theirs).length;
    if (offer.trim() !== '' && score > bestScore) {
      best = offer;
      bestScore = score;
    }
  }
  return best === null ? null : clipFact(best, 10);
}
