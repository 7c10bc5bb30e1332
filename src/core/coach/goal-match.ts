// Goal outreach: does this person work where, or as what, the user is aiming? Says why in plain words.
import type { Person } from '../person.js';
import type { Goal } from '../profile.js';
import { escapeRegExp } from '../regexp.js';

export interface Targets {
  goal: Goal;
  roles: readonly string[];
  companies: readonly string[];
  industries: readonly string[];
}

export interface GoalMatch {
  /** Company 3, role 2, industry 1: a person inside a target company is the most direct path. */
  weight: number;
  reason: string;
}

const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/** True when `needle` appears in `haystack` as whole words ("Acme" in "Acme Health", not "Acmeo"). */
export function containsWords(haystack: string, needle: string): boolean {
  return wordsPattern(needle)?.test(fold(haystack)) ?? false;
}

/**
 * The plan matches a few targets against hundreds of candidates, so each target's pattern is
 * built once and kept (a handful per user; the bound only guards against a caller with many).
 */
const patterns = new Map<string, RegExp | null>();

function wordsPattern(needle: string): RegExp | null {
  let pattern = patterns.get(needle);
  if (pattern === undefined) {
    const words = fold(needle).trim();
    const escaped = escapeRegExp(words);
    pattern =
      words === '' ? null : new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'u');
    if (patterns.size >= 200) patterns.clear();
    patterns.set(needle, pattern);
  }
  return pattern;
}

export function matchGoal(person: Person, targets: Targets): GoalMatch | null {
  if (targets.goal === 'grow-network') return null;
  const where = person.company ?? '';
  // Each field is folded once, however many targets are tried against it.
  const folded = { where: fold(where), title: fold(person.title ?? '') };
  const company = targets.companies.find((c) => wordsPattern(c)?.test(folded.where));
  const role = targets.roles.find((r) => wordsPattern(r)?.test(folded.title));
  const about = targets.industries.length > 0 ? fold(aboutText(person)) : '';
  const industry = targets.industries.find((i) => wordsPattern(i)?.test(about));
  const weight = (company ? 3 : 0) + (role ? 2 : 0) + (industry ? 1 : 0);
  if (weight === 0) return null;
  const parts: string[] = [];
  if (role) parts.push(`${person.title}, a role you're aiming for`);
  if (company) parts.push(`at ${person.company}, one of your target companies`);
  else if (industry) parts.push(`works in ${industry}, one of your target industries`);
  return { weight, reason: capitalise(parts.join(', ')) };
}

/** Everything that can say which industry a person is in. */
function aboutText(person: Person): string {
  return [
    person.company ?? '',
    person.title ?? '',
    person.tags.join(' '),
    person.interests.join(' '),
    person.notes ?? '',
  ].join(' ');
}

/** The search words that find candidates for the targets in the people index. */
export function goalSearchTerms(targets: Targets): string[] {
  if (targets.goal === 'grow-network') return [];
  return [...targets.companies, ...targets.roles, ...targets.industries]
    .map((term) => term.trim())
    .filter((term) => term.length > 1);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
