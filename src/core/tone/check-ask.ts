// Judges the ask: too big for the relationship, vague, or missing where the intent needs one.
import { anyMatch, findPhraseHits, hitToFinding } from './phrase-rule.js';
import {
  bigAskPhrases,
  clearAskPatterns,
  jobPleaPhrases,
  deliveryPatterns,
  offerPatterns,
  softCloserPatterns,
  vagueAskPhrases,
} from './phrases-ask.js';
import type { SentenceSpan } from './nlp.js';
import { anyWorkPhrases } from './phrases-pressure.js';
import { needsAsk, readTie } from './tone-context.js';
import type { Severity, ToneContext, ToneFinding } from './tone-report.js';

export function findBigAsks(text: string, context: ToneContext): ToneFinding[] {
  if (!needsAsk(context)) return [];
  const tie = readTie(context, text);
  if (tie === 'close') return [];
  // A follow-up has already made its ask, so "I need a job" there is not a new request.
  const groups =
    context.intent === 'follow-up' ? bigAskPhrases : [...bigAskPhrases, ...jobPleaPhrases];
  const findings = findPhraseHits(text, groups).map((hit) =>
    hitToFinding('big-ask-weak-tie', text, hit),
  );
  if (tie === 'weak') return findings;
  // A contact can reasonably be asked, and with no stage we cannot tell: a nudge, not a warning.
  return findings.map((f) => ({ ...f, severity: 'low' }));
}

const workPleaPatterns: readonly RegExp[] = [
  ...anyWorkPhrases.patterns,
  ...jobPleaPhrases.flatMap((group) => group.patterns),
];

/**
 * "I'll take any job" and "I just need work" are desperate, but they do say what the sender
 * wants, so "you never say what you want" would be wrong: the desperation is the thing to fix.
 * A follow-up is different: it still has to name the next step (an update, a decision).
 */
export function asksForWork(text: string, context: ToneContext): boolean {
  return context.intent !== 'follow-up' && anyMatch(text, workPleaPatterns);
}

const noAskWhy =
  'The message never says what you would like from them, so the reader has to guess, and usually will not.';
const noAskRewrite =
  'End with one small, specific ask: “Would you be open to a 15-minute call next week about how you got into UX?”';

export function findVagueAsks(
  text: string,
  sentences: readonly SentenceSpan[],
  context: ToneContext,
  /**
   * A big ask, a sales pitch or a plea for any work already asks for something; its problem is
   * reported elsewhere. Vague phrases such as "keep me in mind" are still reported: a separate fix.
   */
  asksElsewhere: boolean,
): ToneFinding[] {
  if (!needsAsk(context)) return [];
  const findings = findPhraseHits(text, vagueAskPhrases).map((hit) =>
    hitToFinding('vague-ask', text, hit),
  );
  if (findings.length > 0 || asksElsewhere || hasClearPurpose(text, context)) return findings;
  const severity: Severity =
    context.stage === 'ally' || context.intent === 'reconnect' ? 'low' : 'medium';
  const closer = findPhraseHits(text, [
    { severity, why: noAskWhy, rewrite: noAskRewrite, patterns: [...softCloserPatterns] },
  ])[0];
  const last = sentences[sentences.length - 1];
  const span =
    closer ?? (last ? { start: last.start, end: last.end } : { start: 0, end: text.length });
  return [
    {
      category: 'vague-ask',
      severity,
      start: span.start,
      end: span.end,
      excerpt: text.slice(span.start, span.end),
      why: noAskWhy,
      rewrite: noAskRewrite,
    },
  ];
}

function hasClearPurpose(text: string, context: ToneContext): boolean {
  if (anyMatch(text, clearAskPatterns) || anyMatch(text, offerPatterns)) return true;
  return context.intent === 'follow-up' && anyMatch(text, deliveryPatterns);
}
