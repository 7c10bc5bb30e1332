// What the rules judged absent, not merely did not find: an ask they read as specific, an offer
// they read as someone else's, and a weak tie where the reader knows the sender. The model alone
// does not overrule these judgements.
import { readBriefTie } from './check-ask.js';
import { namesOwnOffer } from './check-offer.js';
import { namesSomething } from './check-open-ask.js';
import { bodyEnd, isNegated, isOthersOffer, sentenceAt } from './meaning.js';
import type { TextAnalysis } from './nlp.js';
import { findPhraseHits } from './phrase-rule.js';
import { specificAskPatterns } from './phrases-clear-ask.js';
import { pitchPhrases } from './phrases-pitch.js';
import type { ToneCategory, ToneContext, ToneFinding } from './tone-report.js';

/** A product or service named as the reader's or a third party's: "your app", "Stripe's API". */
const theirProduct =
  /\b(?:your|their|his|her|\p{Lu}[\p{L}\d-]*'s) (?:[\w-]+ ){0,2}?(?:app|tool|toolkit|product|platform|service|software|plug-?in|system|course|programme|program|solution|package|trial|demo|pricing|offer)s?\b/u;

/** "Any advice?", "do you know anyone…": the reader is left to choose what to give. */
const leavesChoice = /\bany(?:one|body|thing)?\b/i;
/** "Any thoughts on whether a PRINCE2 background carries over?" names the question itself. */
const namesQuestion = /\b(?:on|about) (?:whether|how|what|which|if|where|when|who)\b/i;

/**
 * An ask in the body put as a specific one ("are you open to…", "thoughts on whether…"), said and
 * not negated, in a sentence that names what it is about: "any advice?" asked that way is still open.
 */
function asksSpecifically(text: string, analysis: TextAnalysis): boolean {
  const body = text.slice(0, bodyEnd(text));
  return specificAskPatterns.some((pattern) =>
    [...body.matchAll(new RegExp(pattern.source, 'gi'))].some((m) => {
      const sentence = sentenceAt(analysis.sentences, m.index);
      const said = sentence ? text.slice(sentence.start, sentence.end) : '';
      return (
        sentence !== undefined &&
        !(leavesChoice.test(said) && !namesQuestion.test(said)) &&
        !isNegated(text, analysis, m.index) &&
        namesSomething(text, analysis, sentence)
      );
    }),
  );
}

/**
 * Selling phrases are in the note, and every one is someone else's offer or the subject of the
 * sender's question ("how did your team decide to offer a free trial?"); the sender names none.
 */
function offersAreOthers(text: string, analysis: TextAnalysis): boolean {
  if (namesOwnOffer(text, analysis)) return false;
  // Only a possessive names the owner outright ("your app"); a selling phrase counts as theirs
  // when its own sentence names such an owner and the phrase is read as not the sender's.
  const owned = analysis.sentences.filter((s) => theirProduct.test(text.slice(s.start, s.end)));
  const phrased = findPhraseHits(text, pitchPhrases);
  // With no selling phrase the rules judged nothing, so the model's reading stands.
  if (owned.length === 0 || phrased.length === 0) return false;
  return phrased.every(
    (hit) =>
      owned.some((s) => hit.start >= s.start && hit.start < s.end) &&
      isOthersOffer(text, analysis, hit.start),
  );
}

/**
 * "How do you price retainers?", "what did your team use?": a question about how the reader works
 * puts them at the centre of the note, however much it says I before it. No note the tuning sets
 * label self-focused asks one (0 of 305; 63 notes not self-focused do).
 */
const asksHowTheyWork =
  /\b(?:how|what|why|which)\s+(?:do|did|does|have|has)\s+you(?:r team)?\s+(?!think|mind|know)\w+[^.?!]*\?/i;

/**
 * "How did you decide what to leave out of the cheapest package?" in a note that names no offer of
 * the sender's own and no selling phrase asks how the reader works; it sells nothing. No note the
 * tuning sets label a pitch is such a note (0 of 287); 67 notes not labelled a pitch are.
 */
function asksHowOnly(text: string, analysis: TextAnalysis, asksHow: boolean): boolean {
  return (
    asksHow && !namesOwnOffer(text, analysis) && findPhraseHits(text, pitchPhrases).length === 0
  );
}

export function findClearedCategories(
  text: string,
  analysis: TextAnalysis,
  findings: readonly ToneFinding[],
  context: ToneContext,
): Set<ToneCategory> {
  const found = (category: ToneCategory): boolean =>
    findings.some((f) => f.category === category && f.severity !== 'low');
  const cleared = new Set<ToneCategory>();
  if (!found('vague-ask') && asksSpecifically(text, analysis)) cleared.add('vague-ask');
  const asksHow = asksHowTheyWork.test(text.slice(0, bodyEnd(text)));
  if (
    !found('sales-pitch') &&
    (offersAreOthers(text, analysis) || asksHowOnly(text, analysis, asksHow))
  )
    cleared.add('sales-pitch');
  if (!found('self-focus') && asksHow) cleared.add('self-focus');
  // A big favour asked of a contact or a friend is a nudge by the rules ("only nudges when the
  // reader already knows the sender"); the category is about weak ties, so the model defers.
  const tie = readBriefTie(context, text);
  if (tie === 'known' || tie === 'close') cleared.add('big-ask-weak-tie');
  return cleared;
}
