// What the rules judged absent, not merely did not find: an ask they read as specific, and an
// offer they read as someone else's. The model alone does not overrule these judgements.
import { namesOwnOffer } from './check-offer.js';
import { bodyEnd, isNegated, isOthersOffer } from './meaning.js';
import type { TextAnalysis } from './nlp.js';
import { findPhraseHits } from './phrase-rule.js';
import { specificAskPatterns } from './phrases-clear-ask.js';
import { pitchPhrases } from './phrases-pitch.js';
import type { ToneCategory, ToneFinding } from './tone-report.js';

/** A product or service named as the reader's or a third party's: "your app", "Stripe's API". */
const theirProduct =
  /\b(?:your|their|his|her|\p{Lu}[\p{L}\d-]*'s) (?:[\w-]+ ){0,2}?(?:app|tool|toolkit|product|platform|service|software|plug-?in|system|course|programme|program|solution|package|trial|demo|pricing|offer)s?\b/u;

/** An ask in the body that names what is wanted, said and not negated. */
function asksSpecifically(text: string, analysis: TextAnalysis): boolean {
  const body = text.slice(0, bodyEnd(text));
  return specificAskPatterns.some((pattern) =>
    [...body.matchAll(new RegExp(pattern.source, 'gi'))].some(
      (m) => !isNegated(text, analysis, m.index),
    ),
  );
}

/**
 * Selling words are in the note, and every one is someone else's offer or the subject of the
 * sender's question ("how did your team decide to offer a free trial?"); the sender names none.
 */
function offersAreOthers(text: string, analysis: TextAnalysis): boolean {
  if (namesOwnOffer(text, analysis)) return false;
  const phrased = findPhraseHits(text, pitchPhrases);
  // A possessive names the owner outright; a selling phrase is read in its clause.
  if (!phrased.every((hit) => isOthersOffer(text, analysis, hit.start))) return false;
  return phrased.length > 0 || theirProduct.test(text);
}

export function findClearedCategories(
  text: string,
  analysis: TextAnalysis,
  findings: readonly ToneFinding[],
): Set<ToneCategory> {
  const found = (category: ToneCategory): boolean =>
    findings.some((f) => f.category === category && f.severity !== 'low');
  const cleared = new Set<ToneCategory>();
  if (!found('vague-ask') && asksSpecifically(text, analysis)) cleared.add('vague-ask');
  if (!found('sales-pitch') && offersAreOthers(text, analysis)) cleared.add('sales-pitch');
  return cleared;
}
