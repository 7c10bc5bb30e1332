// The rule-based findings: phrases judged in their sentence, pressure across the message, length.
import { asksForWork, findBigAsks, findVagueAsks } from './check-ask.js';
import { findSelfFocus } from './check-focus.js';
import { findTooLong } from './check-length.js';
import { findOfferPitch } from './check-offer.js';
import { findOwnPromotion } from './check-own-promotion.js';
import { findNoPersonalisation } from './check-personal.js';
import { findInsistence } from './check-insistence.js';
import { findApologies, findDesperation, findSalesPitch } from './check-pressure.js';
import { findSelfPitch } from './check-self-pitch.js';
import type { TextAnalysis } from './nlp.js';
import { findClearedCategories } from './rule-clearances.js';
import type { ToneCategory, ToneContext, ToneFinding } from './tone-report.js';

/** What the rules make of a message: their findings, and what they judged absent. */
export interface RuleJudgement {
  findings: ToneFinding[];
  /** Categories the rules judged absent (a specific ask, someone else's offer): the model defers. */
  cleared: ReadonlySet<ToneCategory>;
}

export function judgeRules(
  text: string,
  analysis: TextAnalysis,
  context: ToneContext,
): RuleJudgement {
  const findings = findRuleFindings(text, analysis, context);
  return { findings, cleared: findClearedCategories(text, analysis, findings, context) };
}

/** What the rules find in a normalised text (straight apostrophes), sorted by position. */
export function findRuleFindings(
  text: string,
  analysis: TextAnalysis,
  context: ToneContext,
): ToneFinding[] {
  const bigAsks = findBigAsks(text, analysis, context);
  const selfPitch = findSelfPitch(text);
  const phrased = findSalesPitch(text, analysis);
  // The judged pitch adds what the phrase lists miss; one finding per pitch is enough.
  const judged = phrased.some((f) => f.severity !== 'low') ? [] : findOfferPitch(text, analysis);
  const pitch = [...phrased, ...judged, ...selfPitch];
  // A list of the sender's merits offers nothing and asks nothing: it does not excuse a missing ask.
  const asksElsewhere =
    [...bigAsks, ...phrased, ...judged].some((f) => f.severity !== 'low') ||
    asksForWork(text, context);
  const desperation = findDesperation(text, analysis, context);
  const distressed = desperation.some((f) => f.severity !== 'low');
  const focus = findSelfFocus(text, analysis, context, { distressed, selfPitch });
  // A note that promotes the sender's own article or talk is about them, whoever it says "you" to.
  if (!focus.some((f) => f.severity !== 'low')) focus.push(...findOwnPromotion(text));
  const findings = [
    ...desperation,
    ...findInsistence(text),
    ...pitch,
    ...findApologies(text),
    ...findTooLong(text, analysis, context),
    ...bigAsks,
    ...findVagueAsks(text, analysis, context, asksElsewhere),
    ...focus,
    ...findNoPersonalisation(text, analysis, context),
  ];
  return findings.sort((a, b) => a.start - b.start || a.end - b.end);
}
