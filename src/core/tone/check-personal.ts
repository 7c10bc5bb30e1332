// Flags messages with nothing specific to the reader: no name, no reference to them or their work.
import type { SentenceSpan } from './nlp.js';
import { anyMatch, findPhraseHits, hitToFinding } from './phrase-rule.js';
import {
  genericGreetingPhrases,
  namedGreetingPattern,
  notNames,
  personalReferencePatterns,
  vocativePatterns,
} from './phrases-personal.js';
import { readTie } from './tone-context.js';
import type { Severity, ToneContext, ToneFinding } from './tone-report.js';

export function findNoPersonalisation(
  text: string,
  sentences: readonly SentenceSpan[],
  context: ToneContext,
): ToneFinding[] {
  const personal = isPersonal(text, context);
  const tie = readTie(context, text);
  const absenceSeverity: Severity = tie === 'known' || tie === 'close' ? 'low' : 'medium';
  const name = context.recipientName?.trim();
  // The rewrite greets the actual reader when their name is known.
  const greetings = findPhraseHits(text, genericGreetingPhrases).map((hit) => {
    const finding = hitToFinding('no-personalisation', text, hit);
    return name ? { ...finding, rewrite: finding.rewrite.replaceAll('Ana', name) } : finding;
  });
  if (greetings.length > 0) {
    // "Hi there" followed by a real reference to their work is a small slip, not a form letter.
    if (!personal) return greetings;
    return greetings.map((f) => (f.severity === 'medium' ? { ...f, severity: 'low' } : f));
  }
  if (personal) return [];
  const first = sentences[0] ?? { start: 0, end: text.length };
  return [
    {
      category: 'no-personalisation',
      severity: absenceSeverity,
      start: first.start,
      end: first.end,
      excerpt: text.slice(first.start, first.end),
      why: name
        ? `Nothing here is specific to ${name}, not even their name; a note that could go to anyone rarely gets an answer.`
        : 'Nothing here is specific to the reader; a note that could go to anyone rarely gets an answer.',
      rewrite: `Open with their name and one specific line: “Hi ${name ?? 'Ana'}, I enjoyed your post on…” or “We met at…”.`,
    },
  ];
}

function isPersonal(text: string, context: ToneContext): boolean {
  const greeting = namedGreetingPattern.exec(text);
  const greeted = greeting?.[1];
  if (greeted && isCapitalised(greeted) && !notNames.has(firstWord(greeted))) return true;
  if (mentionsName(text, context.recipientName)) return true;
  if (hasVocative(text)) return true;
  return anyMatch(text, personalReferencePatterns);
}

function hasVocative(text: string): boolean {
  return vocativePatterns.some((pattern) =>
    [...text.matchAll(pattern)].some((m) => !notNames.has((m[1] ?? '').toLowerCase())),
  );
}

function firstWord(name: string): string {
  return (name.split(/\s+/)[0] ?? '').toLowerCase();
}

function mentionsName(text: string, name: string | undefined): boolean {
  const first = name?.trim().split(/\s+/)[0];
  if (!first) return false;
  const escaped = first.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu').test(text);
}

function isCapitalised(name: string): boolean {
  return name.split(/\s+/).every((word) => {
    const first = word.charAt(0);
    return first !== first.toLowerCase();
  });
}
