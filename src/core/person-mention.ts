// What to do with each name a log line mentions: use the one person it means, ask, or add someone new.
import {
  candidatesOf,
  matchReasonLabels,
  type MatchReason,
  type NameResolution,
  type NamedPerson,
} from './person-match.js';

/** A person offered or used for a written name, and why. */
export interface PersonChoice {
  id: number;
  name: string;
  company: string | null;
  reason: MatchReason;
  /** The reason as the user reads it: "nickname", "close spelling". */
  why: string;
}

/**
 * One written name and its outcome. `matched`: the one person it means. `picked`: the user chose.
 * `new`: nobody is close, so someone new is added. `several`: equally likely people, the user must
 * choose. `nobody`: no match, but someone close, so the user must say whether they meant them.
 */
export interface Mention {
  written: string;
  outcome: 'matched' | 'picked' | 'new' | 'several' | 'nobody';
  /** The person used: set for matched and picked, and for new once they are added. */
  person?: PersonChoice;
  /** The people to choose from when several could be meant, or the closest when nobody matched. */
  candidates: PersonChoice[];
  /** How it was read, when worth saying: "Devendra Mistry — you wrote "Dev"". */
  note?: string;
  /** Set on a question: the user should answer for this name before anything is saved. */
  asked?: boolean;
}

/** The user's answers so far: people they chose by id, and names that are someone new. */
export interface MentionAnswers {
  pick?: readonly number[];
  /** True: every name not picked is someone new. A list: only these written names are. */
  createNew?: boolean | readonly string[];
}

/**
 * "her colleague tomás", "my old head of dept gwen": a lone first name the line gives with who
 * they are, and only near someone known ("Thomas", "Owen") or only a short form of their names,
 * is someone else, not a slip for them.
 */
export function setAsideCloseRelated<P extends NamedPerson>(
  resolution: NameResolution<P>,
  name: { text: string; related?: true },
): NameResolution<P> {
  if (!name.related || name.text.trim().includes(' ')) return resolution;
  if (resolution.kind === 'none')
    return resolution.close ? { ...resolution, close: false } : resolution;
  // "my old deputy head sandra": reaching people only as a short form of their names (Sandra
  // for Alexandra) is no more than near them.
  const candidates = candidatesOf(resolution);
  return candidates.every((candidate) => candidate.reason === 'nickname')
    ? { kind: 'none', closest: candidates, close: false }
    : resolution;
}

/** Turns the matcher's reading of one written name, and the user's answers, into what to do. */
export function settleMention(
  written: string,
  resolution: NameResolution,
  answers: MentionAnswers,
): Mention {
  const candidates = candidatesOf(resolution).map(({ person, reason }) => choiceOf(person, reason));
  const picked = candidates.find((candidate) => answers.pick?.includes(candidate.id));
  if (picked) return { written, outcome: 'picked', person: picked, candidates };
  const forced = answers.createNew;
  if (forced === true || (Array.isArray(forced) && forced.includes(written)))
    return { written, outcome: 'new', candidates };
  switch (resolution.kind) {
    case 'one':
      return { written, outcome: 'matched', person: candidates[0], candidates };
    case 'several':
      return { written, outcome: 'several', candidates };
    case 'none':
      // Only someone close stops a new person: "Tom Whittaker" is new next to Thomas Wright.
      return { written, outcome: resolution.close ? 'nobody' : 'new', candidates };
  }
}

export function choiceOf(person: NamedPerson, reason: MatchReason): PersonChoice {
  return {
    id: person.id,
    name: person.name,
    company: person.company,
    reason,
    why: matchReasonLabels[reason],
  };
}

/** True when nothing may be written until the user answers: a name is several people, or maybe someone. */
export function needsChoice(mentions: readonly Mention[]): boolean {
  return mentions.some((m) => m.outcome === 'several' || m.outcome === 'nobody');
}

/**
 * Matches a careful user would like to see before saving: a guess from a nickname, a prefix, a
 * typo or a similar name a company settled, or someone new.
 */
export function isGuess(mention: Mention): boolean {
  if (mention.outcome === 'new') return true;
  const reason = mention.person?.reason;
  return (
    mention.outcome === 'matched' &&
    (reason === 'nickname' ||
      reason === 'start of name' ||
      reason === 'spelling' ||
      reason === 'similar name' ||
      reason === 'title')
  );
}

/** Marks the names a question asks about: those needing a choice, and, when asking first, guesses. */
export function markAsked(mentions: Mention[], guessesToo: boolean): Mention[] {
  return mentions.map((m) => ({
    ...m,
    asked: m.outcome === 'several' || m.outcome === 'nobody' || (guessesToo && isGuess(m)),
  }));
}

/** "you wrote "Dev"" is worth saying whenever the written name was not the person's full name. */
export function describeMatch(mention: Mention): string | undefined {
  const person = mention.person;
  if (!person || mention.outcome === 'new' || person.reason === 'full name') return undefined;
  return `${person.name} — you wrote "${mention.written}"`;
}
