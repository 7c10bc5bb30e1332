// Finds pressure in a message: desperation, over-apologising and sales pitches.
import { isNegated, isOthersOffer } from './meaning.js';
import type { TextAnalysis } from './nlp.js';
import { findPhraseHits, hitToFinding } from './phrase-rule.js';
import { distressPhrases } from './phrases-distress.js';
import { pitchPhrases } from './phrases-pitch.js';
import { apologyPhrases, desperationPhrases } from './phrases-pressure.js';
import { isCelebration, readTie } from './tone-context.js';
import type { Severity, ToneContext, ToneFinding } from './tone-report.js';

export function findDesperation(
  text: string,
  analysis: TextAnalysis,
  context: ToneContext,
): ToneFinding[] {
  // "I'm not desperate" and "I'm not out of options" say the opposite of the phrase.
  const phrases = findPhraseHits(text, [...desperationPhrases, ...distressPhrases])
    .filter((hit) => !isNegated(text, analysis, hit.start))
    .map((hit) => hitToFinding('desperation', text, hit));
  return [...phrases, ...findExclamations(text, context)];
}

function exclamationWhy(text: string, context: ToneContext): string {
  const weak = readTie(context, text) === 'weak';
  return `A string of exclamation marks reads as anxious rather than enthusiastic${weak ? ' to someone who does not know you yet' : ''}.`;
}
const exclamationRewrite = 'Keep one exclamation mark at most, where you mean real warmth.';

function findExclamations(text: string, context: ToneContext): ToneFinding[] {
  const runs = [...text.matchAll(/!{2,}/g)];
  const marks = [...text.matchAll(/!/g)];
  let severity: Severity | null = null;
  if (runs.some((run) => run[0].length >= 3) || runs.length >= 2 || marks.length >= 4) {
    severity = 'medium';
  } else if (runs.length === 1) {
    severity = 'low';
  }
  // In a thank-you or a congratulation, enthusiasm is the point; nudge at most.
  if (severity !== null && isCelebration(context)) severity = severity === 'medium' ? 'low' : null;
  if (severity === null) return [];
  const spans = runs.length > 0 ? runs : marks.slice(3, 4);
  return spans.slice(0, 3).map((run) => ({
    category: 'desperation',
    severity: severity,
    start: run.index,
    end: run.index + run[0].length,
    excerpt: run[0],
    why: exclamationWhy(text, context),
    rewrite: exclamationRewrite,
  }));
}

export function findApologies(text: string): ToneFinding[] {
  const findings = findPhraseHits(text, apologyPhrases).map((hit) =>
    hitToFinding('over-apologising', text, hit),
  );
  // One apology is a habit worth dropping; three in a short note bury the message.
  if (findings.length >= 3) return findings.map((f) => ({ ...f, severity: 'high' }));
  return findings;
}

export function findSalesPitch(text: string, analysis: TextAnalysis): ToneFinding[] {
  // Only the sender's own offer is a pitch: "your lifetime guarantee" or a thesis on discounts is not.
  const findings = findPhraseHits(text, pitchPhrases)
    .filter((hit) => !isOthersOffer(text, analysis, hit.start))
    .filter((hit) => !isNegated(text, analysis, hit.start))
    .map((hit) => hitToFinding('sales-pitch', text, hit));
  // A passing mention of "our service" is fine; next to other pitch signals it is part of the pitch.
  if (findings.length >= 2) {
    return findings.map((f) => (f.severity === 'low' ? { ...f, severity: 'medium' } : f));
  }
  return findings;
}
