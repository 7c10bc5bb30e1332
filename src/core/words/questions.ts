// Picks the questions that fit one person: their company, title, interests and needs, deterministically.
import type { Interaction } from '../interaction.js';
import type { Person } from '../person.js';
import type { Profile } from '../profile.js';
import {
  eventStarters,
  followUpQuestions,
  informationalBanks,
  tiaraKinds,
  type BankQuestion,
  type QuestionSlot,
} from './question-banks.js';
import { topicOf } from './timeline-facts.js';
import { addressYou, clipFact } from './prose.js';
import { isStageAtLeast, type RelationshipStage } from './stages.js';
import { phrasesOverlap } from './tokens.js';

export interface QuestionInput {
  person: Person;
  profile: Profile;
  stage?: RelationshipStage;
  lastInteraction?: Interaction | null;
}

export interface SuggestedQuestions {
  informational: string[];
  starters: string[];
  followUps: string[];
}

const informationalCount = 7;
const starterCount = 5;
const followUpCount = 5;

/** Known values for each slot; a slot without a value rules its questions out. */
function slotValues(input: QuestionInput): Partial<Record<QuestionSlot, string>> {
  const { person, profile } = input;
  const mine = [...profile.targetIndustries, ...profile.targetRoles];
  const interest =
    person.interests.find((i) => mine.some((m) => phrasesOverlap(i, m))) ?? person.interests[0];
  const values: Partial<Record<QuestionSlot, string | null | undefined>> = {
    company: person.company,
    title: person.title,
    interest,
    need: addressYou(person.needs),
    role: profile.targetRoles[0],
    industry: profile.targetIndustries[0],
    topic: input.lastInteraction ? topicOf(input.lastInteraction.summary) : null,
  };
  const known: Partial<Record<QuestionSlot, string>> = {};
  for (const [slot, value] of Object.entries(values) as Array<
    [QuestionSlot, string | null | undefined]
  >) {
    const clipped = value ? clipFact(value, 8) : '';
    if (clipped !== '') known[slot] = clipped;
  }
  return known;
}

/** `text` with its slots filled and how many it used, or null when a slot is unknown. */
function fill(
  text: string,
  values: Partial<Record<QuestionSlot, string>>,
): { text: string; personal: number } | null {
  let personal = 0;
  let missing = false;
  const filled = text.replace(/\{(\w+)\}/g, (_, slot: string) => {
    const value = values[slot as QuestionSlot];
    if (value === undefined) missing = true;
    else personal += 1;
    return value ?? '';
  });
  return missing ? null : { text: filled, personal };
}

/** The personal questions first (most facts used), then general ones, in bank order. */
function rankFilled(
  texts: readonly string[],
  values: Partial<Record<QuestionSlot, string>>,
  count: number,
): string[] {
  return texts
    .map((text, index) => ({ filled: fill(text, values), index }))
    .filter((entry) => entry.filled !== null)
    .sort((a, b) => (b.filled?.personal ?? 0) - (a.filled?.personal ?? 0) || a.index - b.index)
    .slice(0, count)
    .map((entry) => entry.filled?.text ?? '');
}

/** One question of each TIARA kind (the most personal), then the rest by fit, in TIARA order. */
function pickInformational(
  bank: readonly BankQuestion[],
  values: Partial<Record<QuestionSlot, string>>,
  stage: RelationshipStage,
): string[] {
  const usable = bank
    .filter((q) => q.from === undefined || isStageAtLeast(stage, q.from))
    .map((q, index) => ({ q, index, filled: fill(q.text, values) }))
    .filter((e) => e.filled !== null)
    .sort((a, b) => (b.filled?.personal ?? 0) - (a.filled?.personal ?? 0) || a.index - b.index);
  const chosen = usable.filter((e) => e.q.always === true);
  for (const kind of tiaraKinds) {
    const best = usable.find((e) => e.q.kind === kind);
    if (best && !chosen.some((e) => e.q.kind === kind)) chosen.push(best);
  }
  for (const entry of usable) {
    if (chosen.length >= informationalCount) break;
    if (!chosen.includes(entry)) chosen.push(entry);
  }
  const order = (e: (typeof usable)[number]) => tiaraKinds.indexOf(e.q.kind) * 1000 + e.index;
  return chosen.sort((a, b) => order(a) - order(b)).map((e) => e.filled?.text ?? '');
}

export function suggestQuestions(input: QuestionInput): SuggestedQuestions {
  const stage = input.stage ?? (input.lastInteraction ? 'contact' : 'acquaintance');
  const values = slotValues(input);
  const informational = pickInformational(informationalBanks[input.profile.goal], values, stage);
  const needQuestion = values.need ? fill(followUpQuestions[0] ?? '', values)?.text : undefined;
  return {
    informational: needQuestion
      ? [needQuestion, ...informational.slice(0, informationalCount - 1)]
      : informational,
    starters: rankFilled(eventStarters, values, starterCount),
    followUps: rankFilled(followUpQuestions, values, followUpCount),
  };
}
