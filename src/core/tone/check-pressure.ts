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

/**
 * A run of exclamation marks is counted, not read from words, so a model that reads only words
 * has no grounds to set it aside.
 */
export function isExclamationRun(finding: ToneFinding): boolean {
  return finding.category === 'desperation' && /^!+$/.test(finding.excerpt);
}

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
  if (findings.length > 0) return findings;
  return findRepeatedApologies(text);
}

/**
 * Any apology, even a courteous one for a late reply; sympathy ("sorry to hear", "sorry for
 * your loss") is not one. Guilt said aloud ("I feel awful", "that's on me") apologises too.
 */
const apologyAct =
  /\b(?:sorry(?! (?:to (?:hear|see|learn|read)|for your loss|about your))|apologi[sz]e|apologies|forgive me|my bad|that'?s on me|my fault|i feel (?:(?:so|really|very|pretty) )?(?:awful|terrible|bad|guilty)|(?:i'?m|i am) (?:so |really )?embarrassed)\b/gi;

/**
 * How many apologies and excuses a note makes: each apology phrase, and each "sorry" outside one.
 * Over-apologising is more than one.
 */
export function countApologies(text: string): number {
  const hits = findPhraseHits(text, apologyPhrases);
  const outside = [...text.matchAll(apologyAct)].filter(
    (act) => !hits.some((hit) => act.index < hit.end && act.index + act[0].length > hit.start),
  );
  return hits.length + outside.length;
}

/** A single "sorry for the delay" is courtesy; saying sorry twice makes the apology the message. */
function findRepeatedApologies(text: string): ToneFinding[] {
  const acts = [...text.matchAll(apologyAct)];
  const first = acts[0];
  const last = acts.at(-1);
  if (acts.length < 2 || !first || !last) return [];
  const end = last.index + last[0].length;
  return [
    {
      category: 'over-apologising',
      severity: acts.length >= 3 ? 'high' : 'medium',
      start: first.index,
      end,
      excerpt: text.slice(first.index, end),
      why: `The note apologises ${acts.length} times; one short “sorry” is enough, and more makes the apology the message.`,
      rewrite: 'Keep one brief apology if it is owed, then move straight to the point.',
    },
  ];
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
