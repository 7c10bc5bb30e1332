// What Kith knows for one draft, clipped and phrased; every missing fact becomes a marked blank.
import type { Channel, Interaction } from '../interaction.js';
import type { Person } from '../person.js';
import type { Goal, Profile } from '../profile.js';
import type { DraftInput, DraftIntent, DraftPart } from './drafts.js';
import { addressYou, clipFact, firstNameOf, lowerFirst } from './prose.js';
import { describeWhen } from './relative-date.js';
import type { RelationshipStage } from './stages.js';
import { phrasesOverlap, sharedTokens, tokenize } from './tokens.js';

export interface DraftContext {
  goal: Goal;
  stage: RelationshipStage;
  person: Person;
  first: string;
  /** The user's full name and first name, or a blank when the profile has none. */
  userName: string;
  userFirst: string;
  headline: string | null;
  valueStatement: string | null;
  /** How the user met the person, ready after "We met": "at PyCon", "through Maria". */
  met: string | null;
  lastWhen: string | null;
  lastTopic: string | null;
  lastChannel: string | null;
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
  blank(label: string): string;
  blanksUsed(): string[];
}

export interface DraftSketch {
  subject: string;
  parts: DraftPart[];
}

export type DraftTemplate = (context: DraftContext, variant: number) => DraftSketch;

const channelNouns: Record<Channel, string> = {
  meeting: 'meeting',
  call: 'call',
  video: 'video call',
  email: 'emails',
  message: 'messages',
  event: 'chat at the event',
  social: 'exchange online',
  other: 'conversation',
};

const metPrepositions = /^(at|through|via|in|on|during|when|while|from|after|over|by)\b/i;

export function buildDraftContext(input: DraftInput): DraftContext {
  const labels: string[] = [];
  const blank = (label: string): string => {
    if (!labels.includes(label)) labels.push(label);
    return `[${label}]`;
  };
  const { person, profile } = input;
  const last = input.lastInteraction ?? null;
  const userName = profile.name.trim();
  return {
    goal: profile.goal,
    stage: input.stage ?? defaultStage(input.intent, last),
    person,
    first: firstNameOf(person.name),
    userName: userName === '' ? blank('your name') : userName,
    userFirst: userName === '' ? blank('your name') : firstNameOf(userName),
    headline: textOrNull(profile.headline, 12),
    valueStatement: textOrNull(input.valueStatement ?? profile.valueStatement, 25),
    met: phraseMet(person.howWeMet),
    lastWhen: last ? describeWhen(last.occurredOn, input.today) : null,
    lastTopic: last ? topicOf(last.summary) : null,
    lastChannel: last ? channelNouns[last.channel] : null,
    ...findSharedInterest(person, profile, input.interests ?? profile.interests),
    // Needs sit mid-sentence ("help with a product analyst"), so a capital from the notes is dropped.
    needs: addressYou(mapText(textOrNull(person.needs, 8), lowerFirst)),
    offer: chooseOffer(input.offers ?? profile.offers.map((item) => item.detail), person),
    title: textOrNull(person.title, 5),
    company: textOrNull(person.company, 4),
    topic: textOrNull(input.topic ?? null, 12),
    role: textOrNull(profile.targetRoles[0] ?? null, 5),
    industry: textOrNull(profile.targetIndustries[0] ?? null, 4),
    connector: input.connector ?? null,
    otherPerson: input.otherPerson ?? null,
    blank,
    blanksUsed: () => [...labels],
  };
}

function defaultStage(intent: DraftIntent, last: Interaction | null): RelationshipStage {
  if (intent === 'first-contact-cold') return 'stranger';
  if (intent === 'first-contact-warm') return 'acquaintance';
  return last ? 'contact' : 'acquaintance';
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

/** "coffee with Ana about data roles" gives "data roles"; a summary without "about" gives null. */
export function topicOf(summary: string): string | null {
  const match = /\b(?:about|regarding|re:)\s+(.+)$/i.exec(summary.trim());
  return match?.[1] ? textOrNull(match[1], 8) : null;
}

function findSharedInterest(
  person: Person,
  profile: Profile,
  interests: readonly string[],
): { shared: string | null; sharedMine: string | null } {
  const mine = [
    ...interests,
    ...profile.targetIndustries,
    ...profile.targetRoles,
    ...profile.targetCompanies,
  ];
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
