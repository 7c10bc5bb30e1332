// Finds an ask that names nothing: the note wants something ("Any thoughts?", "Could you help?",
// "Open to a chat?") but never says what, about what, or when.
import type { SentenceSpan, TextAnalysis, WordToken } from './nlp.js';
import { bodyEnd } from './meaning.js';
import { senderWords } from './person-words.js';
import { anyMatch } from './phrase-rule.js';
import { clearAskPatterns } from './phrases-clear-ask.js';

/**
 * Nouns that stand for any request at all: asking for "thoughts", "tips" or "any openings" leaves
 * the reader to decide what is wanted. A noun outside this list (a role, a course, a firm, a call,
 * a coffee) or a number or a day names the thing.
 */
export const openNouns: ReadonlySet<string> = new Set([
  'thought',
  'tip',
  'advice',
  'help',
  'opening',
  'lead',
  'news',
  'update',
  'idea',
  'pointer',
  'suggestion',
  'stuff',
  'thing',
  'chance',
  'time',
  'minute',
  'bit',
  'point',
  'journey',
  'background',
  'career',
  'experience',
  'opportunity',
  'work',
  'way',
  'question',
  'view',
  'insight',
  'input',
  'feedback',
  'word',
  'progress',
  'week',
  'anything',
  'anyone',
  'something',
  'someone',
  'hand',
  'favour',
  'favor',
  'moment',
  'while',
  'mind',
  'movement',
  'perspective',
  'move',
  'inbox',
  'top',
  // "Would love your support!", "on your radar": backing of any kind, for anything.
  'support',
  'radar',
  // "anything on your side?", "on your end", "on that front": where, not what is wanted.
  'side',
  'end',
  'front',
  // "following up on my last message": a pointer back at the sender's note, which the reader
  // must dig out to learn what it wanted. ("Compare notes" and "pass on my email" name things.)
  'message',
  // People in general, not a person: "introduce me to people you know", "anyone in your network".
  'people',
  'person',
  'network',
  'contact',
  'connection',
  // Courtesies, not things: "Congrats, Wei!", "thanks!".
  'congrats',
  'congratulations',
  'thanks',
]);
const contentTags = new Set(['NOUN', 'PROPN', 'NUM']);
/** "Hi Rob," — the greeting names the reader, not the thing asked for. */
const greeting = /^\s*(?:hi|hey|hello|hiya|dear|morning|good \w+)\b[^,!—–.?]*[,!—–]/i;

/** Words that name nothing in a sentence, beyond the open nouns: the reader's name, a day. */
export type Unnamed = (word: WordToken) => boolean;

/** A meeting is a small, concrete thing to ask for: a coffee, a call, a chat, a drink. */
export const meetingNouns: ReadonlySet<string> = new Set([
  'coffee',
  'call',
  'chat',
  'drink',
  'drinks',
  'lunch',
  'dinner',
  'beer',
  'pint',
  'walk',
  'catch-up',
  'meeting',
  'zoom',
  'brain',
]);

/** Whether a sentence asks for something and names what: a thing, a topic, a number or a day. */
export function namesSomething(
  text: string,
  analysis: TextAnalysis,
  sentence: SentenceSpan,
  unnamed: Unnamed = () => false,
): boolean {
  const skip =
    sentence.start + (greeting.exec(text.slice(sentence.start, sentence.end))?.[0].length ?? 0);
  const words = analysis.words.filter((w) => w.start >= skip && w.start < sentence.end);
  // A capitalised first word ("Open to a chat?") is tagged a proper noun; it names nothing,
  // unless it is a meeting ("Coffee soon?"), which is as concrete first as anywhere else.
  return words.some(
    (w, i) =>
      contentTags.has(w.pos) &&
      !(i === 0 && w.pos === 'PROPN' && !meetingNouns.has(w.normal)) &&
      !openNouns.has(w.lemma.toLowerCase()) &&
      // wink-nlp tags "i'm" a proper noun; the sender is not a thing the note names.
      !senderWords.has(w.normal) &&
      !unnamed(w),
  );
}

/** "How have you been?" is a greeting, not an ask; "I'm not asking you to…" asks nothing. */
const notAnAsk = /^\s*(?:and\s+)?how(?:'s|\s+(?:is|are|have|has|was|were))\b|\bnot asking\b/i;
/**
 * "Would you be interested?", "Could I send it?", "Did they say when?": the ask points back at
 * what the note said.
 */
const pointsBack =
  /\b(?:it|that|this|these|those|they|them|their|he|him|she|her|one)\b|\b(?:interested|open to|up for|happy to|comfortable|keen)\b/i;
/** A question such as "What would you ask each of them before deciding?" is specific by itself. */
const specificQuestion = /^\s*(?:what|which|how|why|where|who)\b(?:\W+\w+){5,}/i;

function isOpen(
  text: string,
  analysis: TextAnalysis,
  sentence: SentenceSpan,
  others: readonly SentenceSpan[],
): boolean {
  if (namesSomething(text, analysis, sentence)) return false;
  const written = text.slice(sentence.start, sentence.end);
  if (specificQuestion.test(written.replace(greeting, ''))) return false;
  return !(pointsBack.test(written) && others.some((s) => namesSomething(text, analysis, s)));
}

/**
 * The first sentence that asks, when every sentence that asks is open (names nothing, and points
 * back at nothing the note named); undefined when the note asks nothing or says what it wants.
 */
export function findOpenAsk(
  text: string,
  analysis: TextAnalysis,
  end: number,
): SentenceSpan | undefined {
  const body = analysis.sentences.filter((s) => s.start < end);
  const asking = body.filter((s) => {
    const written = text.slice(s.start, Math.min(s.end, end));
    return anyMatch(written, clearAskPatterns) && !notAnAsk.test(written.replace(greeting, ''));
  });
  const others = body.filter((s) => !asking.includes(s));
  if (!asking.every((s) => isOpen(text, analysis, s, others))) return undefined;
  return asking[0];
}

/**
 * Whether a sentence other than `except` asks for something it names: "Did you quote per square
 * metre or per hour?" makes "I'd value your view" beside it a courtesy, not the whole ask.
 */
export function asksNamedElsewhere(
  text: string,
  analysis: TextAnalysis,
  end: number,
  except: number,
): boolean {
  const body = analysis.sentences.filter((s) => s.start < end);
  return body.some((s) => {
    if (except >= s.start && except < s.end) return false;
    const written = text.slice(s.start, Math.min(s.end, end));
    if (!anyMatch(written, clearAskPatterns) || notAnAsk.test(written.replace(greeting, '')))
      return false;
    return !isOpen(text, analysis, s, body);
  });
}

/**
 * A day counted from the moment of writing ("thanks for your time today") fits any meeting with
 * anyone; it says when, not what passed between the two.
 */
const relativeDays = new Set(['today', 'tonight', 'yesterday', 'tomorrow', 'weekend']);

/**
 * Things every reader or sender has, unnamed: "your new role", "your network", "my CV", "this
 * article". Saying which role, which firm or what the article argues is what makes it theirs.
 */
const everyonesThings = new Set([
  'role',
  'job',
  'position',
  'chapter',
  'family',
  'network',
  'cv',
  'resume',
  'article',
  'link',
  'post',
  'email',
  'note',
  'chat',
  'call',
  // Hedges, not things: "in case it's of interest", "in case it's of use".
  'case',
  'interest',
  'use',
]);

/**
 * What any thank-you or congratulation is for, said of anyone: "thanks for your help", "for the
 * chat", "the intro the other day", "congrats on the milestone", "best of luck". A note of thanks
 * or congratulation that names only these says nothing of what this reader did or won.
 */
export const courtesyNouns: ReadonlySet<string> = new Set([
  ...meetingNouns,
  'conversation',
  'intro',
  'introduction',
  'recommendation',
  'reference',
  'referral',
  'guidance',
  'encouragement',
  'kindness',
  'generosity',
  'patience',
  'interview',
  'team',
  'promotion',
  'milestone',
  // "Thanks for accepting my request… staying in touch", "wishing you a great year ahead".
  'request',
  'touch',
  'year',
  'anniversary',
  'birthday',
  'achievement',
  'congratulation',
  'success',
  'news',
  'effort',
  'luck',
  'lot',
  'day',
  'time',
  'everything',
]);

/**
 * Whether a note names nothing of its own past its greeting: no thing, topic, place, person or
 * number, only words that stand for any request ("any news?", "would love to catch up"), the
 * reader's own name ("Let's catch up sometime, Joanne!") and a day counted from today. A
 * thank-you or congratulation passes `courtesies`, the words any such note says.
 */
export function namesNothing(
  text: string,
  analysis: TextAnalysis,
  readerNames: readonly string[] = [],
  courtesies: ReadonlySet<string> = new Set(),
): boolean {
  const end = bodyEnd(text);
  const reader = new Set(readerNames.map((n) => n.toLowerCase()));
  const unnamed: Unnamed = (w) =>
    reader.has(w.normal) ||
    relativeDays.has(w.normal) ||
    everyonesThings.has(w.lemma.toLowerCase()) ||
    courtesies.has(w.lemma.toLowerCase()) ||
    courtesies.has(w.normal);
  return analysis.sentences
    .filter((s) => s.start < end)
    .every((s) => !namesSomething(text, analysis, s, unnamed));
}
