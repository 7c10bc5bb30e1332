// Flags messages with nothing specific to the reader: no name, no reference to them or their work.
import { courtesyNouns, namesNothing } from './check-open-ask.js';
import { bodyEnd } from './meaning.js';
import type { TextAnalysis } from './nlp.js';
import { anyMatch, findPhraseHits, hitToFinding } from './phrase-rule.js';
import {
  genericGreetingPhrases,
  genericPraisePatterns,
  namedGreetingPattern,
  commonCapitals,
  notNames,
  personalReferencePatterns,
  unnamedReference,
  vocativePatterns,
} from './phrases-personal.js';
import { senderWords } from './person-words.js';
import { isCelebration, readTie } from './tone-context.js';
import type { Severity, ToneContext, ToneFinding } from './tone-report.js';
import { escapeRegExp } from '../regexp.js';

export function findNoPersonalisation(
  text: string,
  analysis: TextAnalysis,
  context: ToneContext,
): ToneFinding[] {
  const personal = isPersonal(text, analysis, context);
  const tie = readTie(context, text);
  // Between people who know each other a note without their name is a small slip; one that names
  // nothing at all past the greeting ("Hi Olivia, any news?") could go to anyone, whatever the tie.
  const blank = isBlank(text, analysis, context);
  const absenceSeverity: Severity =
    (tie === 'known' || tie === 'close') && !blank ? 'low' : 'medium';
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
  const first = analysis.sentences[0] ?? { start: 0, end: text.length };
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

/**
 * "Firms like yours", "a company like yours": the reader as one of a kind, the mark of a note
 * written once and sent to many. Unless the note says something of theirs, their name is a merge field.
 */
const readerAsAType = /\b(?:\p{L}+s|an? [\p{L}-]+) like (?:yours|you)\b/iu;

function isPersonal(text: string, analysis: TextAnalysis, context: ToneContext): boolean {
  // "Thank you for your help", "congrats on the milestone!" thank or congratulate them, but for
  // nothing a reader could tell was theirs.
  if (isCourtesyOnly(analysis, context) && isBlank(text, analysis, context)) return false;
  if (specificSentences(text).some(refersToThem)) return true;
  if (refersToTheirWorld(text, context)) return true;
  if (readerAsAType.test(text)) return false;
  // A note that names nothing past the greeting ("Hi Bev, any movement on things?") could go to
  // anyone the sender has spoken to: the name alone does not make it theirs, whatever the tie.
  if (isBlank(text, analysis, context)) return false;
  // A first note to someone who barely knows the sender, or one padded with praise that fits
  // anyone, needs more than their name: a name is what a mail merge adds.
  // A first note to a stranger needs more than their name: a name is what a mail merge adds. It
  // must say something about them, their work or what the two share.
  if (isColdOpening(context)) return false;
  const weak = readTie(context, text) === 'weak';
  if (weak && anyMatch(text, genericPraisePatterns)) return false;
  const greeting = namedGreetingPattern.exec(text);
  const greeted = greeting?.[1];
  if (greeted && isCapitalised(greeted) && !notNames.has(firstWord(greeted))) return true;
  if (mentionsName(text, context.recipientName)) return true;
  return hasVocative(text);
}

/** A sentence that refers to the reader, their work or what the two share, and says which. */
function refersToThem(sentence: string): boolean {
  return personalReferencePatterns.some((pattern) =>
    [...sentence.matchAll(pattern)].some(
      (m) => !unnamedReference.test(sentence.slice((m.index ?? 0) + m[0].length)),
    ),
  );
}

/** Sentences with no praise that fits anyone: "I noticed your company is doing great things" says nothing. */
function specificSentences(text: string): string[] {
  return text.split(/(?<=[.!?—–])\s+/).filter((s) => !anyMatch(s, genericPraisePatterns));
}

/**
 * A named place, firm or event in a sentence about the reader ("how you moved into analytics at
 * Ocado", "I noticed Harbour Dental has…") is a detail only someone who looked could write.
 */
function refersToTheirWorld(text: string, context: ToneContext): boolean {
  const greeted = namedGreetingPattern.exec(text)?.[1];
  const names = new Set(
    [context.recipientName, greeted].flatMap((n) => n?.toLowerCase().split(/\s+/) ?? []),
  );
  // The sign-off is the sender's own name ("Best, Jordan"), never a detail of the reader's world.
  const body = text.slice(
    greeted ? (namedGreetingPattern.exec(text)?.[0].length ?? 0) : 0,
    bodyEnd(text),
  );
  for (const sentence of specificSentences(body)) {
    if (
      !/\b(?:you|your|you'(?:re|ve|d))\b/i.test(sentence) &&
      !/\b(?:noticed|saw|read|heard)\b/i.test(sentence)
    )
      continue;
    const words = sentence.split(/\s+/).slice(1);
    const named = words.some((word) => {
      const bare = word.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
      return (
        /^\p{Lu}\p{Ll}/u.test(bare) &&
        !notNames.has(bare.toLowerCase()) &&
        !names.has(bare.toLowerCase()) &&
        !commonCapitals.has(bare.toLowerCase())
      );
    });
    if (named) return true;
  }
  return false;
}

/**
 * A note that names nothing past the greeting. Thanks or congratulations for what anyone could be
 * thanked or congratulated for ("thank you for your help", "congrats on the new position! Best of
 * luck") name nothing either: what did they help with, which position?
 */
function isBlank(text: string, analysis: TextAnalysis, context: ToneContext): boolean {
  const courtesies = isCourtesyOnly(analysis, context) ? courtesyNouns : undefined;
  return namesNothing(text, analysis, readerNames(text, context), courtesies);
}

/** What the sender feels or will do for any reader: "I'm grateful", "I learned a lot", "I look forward". */
const feelingVerbs = new Set([
  'appreciate',
  'enjoy',
  'learn',
  'look',
  'feel',
  'love',
  'thank',
  'hope',
  'want',
  'wish',
  'mean',
  'keep',
  'say',
  'be',
]);

/**
 * A thank-you or congratulation read for what any such note says. Between close friends a warm
 * "congrats!" needs nothing more; and a note that tells what came of their help ("I'm going to
 * apply this week", "I had the first interview today") has said what was theirs.
 */
function isCourtesyOnly(analysis: TextAnalysis, context: ToneContext): boolean {
  if (!isCelebration(context) || context.stage === 'ally') return false;
  const { words } = analysis;
  // "I had the first interview": have, do or get followed by a thing is what they did, not a tense.
  const acts = (j: number): boolean => {
    const word = words[j];
    if (!word) return false;
    if (word.pos === 'VERB') return !feelingVerbs.has(word.lemma.toLowerCase());
    const after = words[j + 1]?.pos;
    return word.pos === 'AUX' && /^(?:have|do|get)$/i.test(word.lemma) && after === 'DET';
  };
  return !words.some((w, i) => senderWords.has(w.normal) && (acts(i + 1) || acts(i + 2)));
}

/** The reader's names, as the context gives them and as the greeting writes them. */
function readerNames(text: string, context: ToneContext): string[] {
  const greeted = namedGreetingPattern.exec(text)?.[1];
  return [context.recipientName, greeted].flatMap((n) => n?.trim().split(/\s+/) ?? []);
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
  const escaped = escapeRegExp(first);
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu').test(text);
}

function isCapitalised(name: string): boolean {
  return name.split(/\s+/).every((word) => {
    const first = word.charAt(0);
    return first !== first.toLowerCase();
  });
}

/** Intents that open a conversation rather than continue one. */
const openingIntents = new Set(['first-contact', 'ask-advice', 'request-intro']);

/** A first message to someone who does not know the sender: nothing earlier ties it to them. */
function isColdOpening(context: ToneContext): boolean {
  return (
    context.stage === 'stranger' &&
    (context.intent === undefined || openingIntents.has(context.intent))
  );
}
