// How the relationship stage and the intent of a message change what counts as a problem.
import { anyMatch } from './phrase-rule.js';
import { strangerCuePatterns } from './phrases-stage.js';
import type { ToneContext } from './tone-report.js';

/** How well the sender knows the reader, as far as the context and the text tell. */
export type TieReading = 'weak' | 'known' | 'close' | 'unknown';

export function readTie(context: ToneContext, text: string): TieReading {
  switch (context.stage) {
    case 'stranger':
    case 'acquaintance':
      return 'weak';
    case 'contact':
      return 'known';
    case 'ally':
      return 'close';
    case undefined:
      if (context.intent === 'first-contact' || anyMatch(text, strangerCuePatterns)) return 'weak';
      return 'unknown';
  }
}

/** Messages that exist to give, thank or inform need no ask of their own. */
const noAskIntents = new Set(['thank-you', 'congratulate', 'share', 'recap', 'introduce']);

export function needsAsk(context: ToneContext): boolean {
  return context.intent === undefined || !noAskIntents.has(context.intent);
}

/** Intents where warmth and enthusiasm are the point, so exclamation marks are expected. */
export function isCelebration(context: ToneContext): boolean {
  return context.intent === 'thank-you' || context.intent === 'congratulate';
}

/**
 * Word limits by intent. A first message to a busy stranger should read in under a minute
 * (about 120 words); a recap or an introduction carries more by design.
 */
const wordLimits: Record<string, number> = {
  'first-contact': 120,
  'ask-advice': 150,
  'request-intro': 180,
  'follow-up': 90,
  'thank-you': 100,
  congratulate: 80,
  reconnect: 150,
  share: 120,
  recap: 250,
  introduce: 180,
};

export function wordLimit(context: ToneContext): number {
  const byIntent = context.intent === undefined ? undefined : wordLimits[context.intent];
  // A stranger owes the sender nothing: whatever the intent, a first note to one stays short.
  const strangerCap = context.stage === 'stranger' ? 120 : Infinity;
  return Math.min(byIntent ?? (context.stage === 'stranger' ? 120 : 150), strangerCap);
}
