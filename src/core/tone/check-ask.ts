// Judges the ask: too big for the relationship, vague, or missing where the intent needs one.
import { findCostlyAsks } from './check-costly-ask.js';
import { bodyEnd, isNegated, sentenceAt } from './meaning.js';
import { findOpenAsk } from './check-open-ask.js';
import { findOpenWishes } from './check-open-wish.js';
import { findUnsetMeeting } from './check-unset-meeting.js';
import type { SentenceSpan, TextAnalysis } from './nlp.js';
import { anyMatch, findPhraseHits, hitToFinding } from './phrase-rule.js';
import type { PhraseHit } from './phrase-rule.js';
import { bigAskPhrases, jobPleaPhrases } from './phrases-big-ask.js';
import {
  clearAskPatterns,
  connectionRequestPatterns,
  deliveryPatterns,
  nextStepPatterns,
  offerPatterns,
  timeOfferPatterns,
} from './phrases-clear-ask.js';
import { anyWorkPhrases } from './phrases-pressure.js';
import {
  bareNudgePatterns,
  openEndedAsks,
  pleasForAnything,
  softCloserPatterns,
  vagueAskPhrases,
} from './phrases-vague-ask.js';
import { briefTiePatterns, strangerCuePatterns } from './phrases-stage.js';
import { needsAsk, readTie } from './tone-context.js';
import type { TieReading } from './tone-context.js';
import type { Severity, ToneContext, ToneFinding } from './tone-report.js';

/** What the big-ask groups say when the reader already knows the sender: no "barely knows you". */
const knownTieWhy =
  'This is a big favour; it works best when they know your work well enough to say yes with confidence.';

export function findBigAsks(
  text: string,
  analysis: TextAnalysis,
  context: ToneContext,
): ToneFinding[] {
  const tie = readBriefTie(context, text);
  if (tie === 'close' || context.intent === 'introduce') return [];
  // A follow-up has already made its ask, so "I need a job" there is not a new request.
  const groups =
    context.intent === 'follow-up' ? bigAskPhrases : [...bigAskPhrases, ...jobPleaPhrases];
  // A big favour is big in any message, even one that opens with thanks; in a note that needs
  // no ask, a sentence that thanks ("thanks for offering to refer me") is not asking again.
  const phrased = meant(text, analysis, findPhraseHits(text, groups))
    .filter((hit) => needsAsk(context) || !thanksAt(text, analysis, hit.start))
    .filter((hit) => !offeredAt(text, analysis, hit.start))
    .map((hit) => hitToFinding('big-ask-weak-tie', text, hit));
  // A stranger by stage, or by what the note says when no stage is given, has never met the sender.
  const cold = context.stage === 'stranger' || (context.stage === undefined && tie === 'weak');
  const costly = findCostlyAsks(text, analysis, cold).filter(
    (f) =>
      !phrased.some((p) => p.start < f.end && p.end > f.start) &&
      !offeredAt(text, analysis, f.start),
  );
  const findings = [...phrased, ...costly];
  if (tie === 'weak') return findings;
  // A contact can reasonably be asked, and with no stage we cannot tell: a nudge, not a warning.
  return findings.map((f) => ({ ...f, severity: 'low', why: knownTieWhy }));
}

/** A contact who says they met once or briefly is, for the size of a favour, a weak tie. */
export function readBriefTie(context: ToneContext, text: string): TieReading {
  const tie = readTie(context, text);
  return tie === 'known' && anyMatch(text, [...briefTiePatterns, ...strangerCuePatterns])
    ? 'weak'
    : tie;
}

/** "Would you still pass my CV on, as you suggested?" takes up the reader's own offer. */
const readerOffered =
  /\b(?:as|like) you (?:suggested|offered|kindly offered|mentioned|said)\b|\byou (?:kindly )?offered\b/i;

function offeredAt(text: string, analysis: TextAnalysis, offset: number): boolean {
  const sentence = sentenceAt(analysis.sentences, offset);
  return readerOffered.test(text.slice(sentence?.start ?? 0, sentence?.end));
}

function thanksAt(text: string, analysis: TextAnalysis, offset: number): boolean {
  const sentence = sentenceAt(analysis.sentences, offset);
  return /\b(?:thanks?|thank you|grateful)\b/i.test(
    text.slice(sentence?.start ?? 0, sentence?.end),
  );
}

/**
 * "Really kind of you to think of me", "thanks for putting in a word for me": the favour is what
 * they are thanked for, already done, not an ask.
 */
const thanksLead =
  /\b(?:thanks?|thank you|grateful|kind|good|generous|lovely|sweet) (?:(?:so much|again|to you|of you) )?(?:for|to)\s+(?:[\w'-]+\s+){0,3}$/i;

/** "I would be grateful for any…" asks for it; the thanks is for a favour not yet done. */
const thanksInAdvance =
  /\b(?:would|'d|will|'ll) (?:be )?(?:so |really |very |most |truly )?grateful\b/i;

function thankedFor(text: string, analysis: TextAnalysis, offset: number): boolean {
  const sentence = sentenceAt(analysis.sentences, offset);
  const before = text.slice(sentence?.start ?? 0, offset);
  return thanksLead.test(before) && !thanksInAdvance.test(before);
}

/** Vague phrases the note means as an ask: not negated, not thanked for, not the reader's offer. */
function askedVaguely(text: string, analysis: TextAnalysis, hits: PhraseHit[]): PhraseHit[] {
  return meant(text, analysis, hits).filter(
    (hit) => !thankedFor(text, analysis, hit.start) && !offeredAt(text, analysis, hit.start),
  );
}

/** Hits the sentence actually says: "I'm not asking you to refer me" asks for no referral. */
function meant(text: string, analysis: TextAnalysis, hits: PhraseHit[]): PhraseHit[] {
  return hits.filter((hit) => !isNegated(text, analysis, hit.start));
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

function noAskRewrite(context: ToneContext): string {
  if (context.intent === 'follow-up')
    return 'End with one easy next step: “Would 15 minutes on Thursday or Friday suit you?”';
  if (context.intent === 'reconnect')
    return 'Suggest one concrete thing: “Could we catch up over a call one evening next week?”';
  return 'End with one small, specific ask: “Would you be open to a 15-minute call next week about this?”';
}

const nudgeWhy =
  'A bare nudge makes them dig out what you asked before and work out what you need now.';
const nudgeRewrite =
  'Say what you are following up on and the one thing you need: “Any news on the analyst role? I’d like to know whether to apply by Friday.”';

export function findVagueAsks(
  text: string,
  analysis: TextAnalysis,
  context: ToneContext,
  /**
   * A big ask, a sales pitch or a plea for any work already asks for something; its problem is
   * reported elsewhere. Vague phrases such as "keep me in mind" are still reported: a separate fix.
   */
  asksElsewhere: boolean,
): ToneFinding[] {
  const end = bodyEnd(text);
  if (!needsAsk(context)) {
    // A thank-you or a congratulation needs no ask, but one it makes must still say what it wants.
    // "If you hear of anything, please tell me" in a thank-you is still an open-ended ask, and
    // "congrats! Is there any way you could get me in too?" a plea for anything.
    const phrased = askedVaguely(text, analysis, [
      ...findPhraseHits(text.slice(0, end), [openEndedAsks, pleasForAnything]),
      ...findOpenWishes(text, analysis, end),
    ]);
    if (phrased.length > 0) return phrased.map((hit) => hitToFinding('vague-ask', text, hit));
    const open = findOpenAsk(text, analysis, end) ?? findUnsetMeeting(text, analysis, end);
    return open ? [openAskFinding(text, open, context)] : [];
  }
  const body = text.slice(0, end);
  const phrased = findPhraseHits(body, vagueAskPhrases);
  const wishes = findOpenWishes(text, analysis, end).filter(
    (w) => !phrased.some((p) => p.start < w.end && p.end > w.start),
  );
  const findings = askedVaguely(text, analysis, [...phrased, ...wishes]).map((hit) =>
    hitToFinding('vague-ask', text, hit),
  );
  const nudge = findBareNudge(body);
  if (nudge) findings.push(nudge);
  // "We should grab a coffee one of these days" can be agreed to without anything being arranged.
  const unset = findUnsetMeeting(text, analysis, end);
  if (unset && !findings.some((f) => f.start < unset.end && f.end > unset.start))
    findings.push(openAskFinding(text, unset, context));
  if (findings.length > 0 || asksElsewhere || hasOtherPurpose(body, context)) return findings;
  // A bare request to connect asks for the connection; its fault, if any, is naming nothing.
  if (anyMatch(body, connectionRequestPatterns)) return findings;
  const open = findOpenAsk(text, analysis, end);
  if (open) return [openAskFinding(text, open, context)];
  if (anyMatch(body, clearAskPatterns)) return findings;
  const severity: Severity =
    context.stage === 'ally' || context.intent === 'reconnect' ? 'low' : 'medium';
  const closer = findPhraseHits(body, [
    { severity, why: noAskWhy, rewrite: '', patterns: [...softCloserPatterns] },
  ])[0];
  // The span is the soft closer, or the last sentence of the body: never the sign-off.
  const last = analysis.sentences.filter((s) => s.start < end).at(-1);
  const span = closer ?? (last ? { start: last.start, end: Math.min(last.end, end) } : undefined);
  const at = span ?? { start: 0, end };
  return [
    {
      category: 'vague-ask',
      severity,
      start: at.start,
      end: at.end,
      excerpt: text.slice(at.start, at.end),
      why: noAskWhy,
      rewrite: noAskRewrite(context),
    },
  ];
}

/** "Hi Tom, any news?": a nudge in a note that says nothing else the reader could act on. */
function findBareNudge(body: string): ToneFinding | null {
  const hit = findPhraseHits(body, [
    { severity: 'medium', why: nudgeWhy, rewrite: nudgeRewrite, patterns: [...bareNudgePatterns] },
  ])[0];
  if (!hit) return null;
  const rest = body.slice(0, hit.start) + body.slice(hit.end);
  // Past the greeting, a note of a few words has room for nothing but the nudge.
  const restWords =
    rest.replace(/^\s*(?:hi|hey|hello|dear)?\s*[\p{L}'-]*[,!]?/iu, '').match(/[\p{L}\d]+/gu) ?? [];
  if (restWords.length > 12 && (anyMatch(rest, clearAskPatterns) || hasNamedStep(rest)))
    return null;
  return hitToFinding('vague-ask', body, hit);
}

function hasNamedStep(text: string): boolean {
  return anyMatch(text, [...timeOfferPatterns, ...nextStepPatterns, ...deliveryPatterns]);
}

/** Why an ask that names nothing is a problem, quoting it; a follow-up has already asked once. */
function openAskWhy(excerpt: string, context: ToneContext): string {
  return context.intent === 'follow-up'
    ? `“${excerpt}” asks again without naming what you are waiting for, so the reader has to dig out your first note to answer.`
    : `“${excerpt}” asks for something but never says what, about what or when, so the reader has to work out what you want before they can say yes.`;
}

function openAskFinding(text: string, span: SentenceSpan, context: ToneContext): ToneFinding {
  const excerpt = text.slice(span.start, span.end);
  return {
    category: 'vague-ask',
    severity: 'medium',
    start: span.start,
    end: span.end,
    excerpt,
    why: openAskWhy(excerpt.trim(), context),
    rewrite: noAskRewrite(context),
  };
}

/** Thanks and congratulations are a purpose of their own, even when no intent was given. */
const givingThanks = /\b(?:thank you|thanks|congrat\w*|well done)\b/i;

/** A purpose other than a request: an offer, a time, a next step, thanks, or what was promised. */
function hasOtherPurpose(body: string, context: ToneContext): boolean {
  if (anyMatch(body, offerPatterns)) return true;
  if (anyMatch(body, timeOfferPatterns) || anyMatch(body, nextStepPatterns)) return true;
  if (context.intent === undefined && givingThanks.test(body)) return true;
  return context.intent === 'follow-up' && anyMatch(body, deliveryPatterns);
}
