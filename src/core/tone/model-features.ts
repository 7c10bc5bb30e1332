// What the learned tone model reads: word forms with negation, names and numbers abstracted, and
// the shape of the message (who it is about, its questions, its length, the stage and intent).
import { findOpenWishes } from './check-open-wish.js';
import { bodyEnd } from './meaning.js';
import type { TextAnalysis, WordToken } from './nlp.js';
import { readerWords, senderWords } from './person-words.js';
import { needsAsk, readTie, wordLimit } from './tone-context.js';
import type { ToneContext } from './tone-report.js';

export interface SentenceFeatures {
  start: number;
  end: number;
  /** Features found in this sentence; the model quotes the sentence whose features weigh most. */
  features: string[];
}

export interface MessageFeatures {
  sentences: SentenceFeatures[];
  /** Features of the whole message and its context, which no one sentence owns. */
  whole: string[];
}

const apologyLemmas = new Set(['sorry', 'apologise', 'apologize', 'apology', 'forgive']);
const greetings = new Set(['hi', 'hello', 'hey', 'dear', 'hiya', 'morning', 'afternoon']);

const dayWords =
  /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$|^(?:january|february|march|april|june|july|august|september|october|november|december)$/;

/** "Priya" and "Monzo" become <name>, "£450" and "15" become <num>: what they are, not which. */
function tokenOf(word: WordToken, text: string, recipient: string | undefined): string {
  if (word.pos === 'NUM' || /^[\d£$€]/.test(word.normal)) return '<num>';
  // "Tuesday" is tagged as a proper noun, but a day offered is not a name of the reader's world.
  if (dayWords.test(word.normal)) return '<day>';
  const surface = text.slice(word.start, word.end);
  if (recipient && word.normal === recipient) return '<reader>';
  if (word.pos === 'PROPN' && /^\p{Lu}/u.test(surface) && surface !== 'I') return '<name>';
  return word.lemma;
}

/** "sorry to hear", "sorry for your loss": sympathy for the reader, not an apology for oneself. */
function isSympathy(words: readonly WordToken[], next: number): boolean {
  const after = `${words[next]?.normal ?? ''} ${words[next + 1]?.normal ?? ''}`;
  return /^(?:to hear|to see|for your|about your|about the)\b/.test(after);
}

function bucket(value: number, edges: readonly number[]): number {
  let i = 0;
  while (i < edges.length && value >= (edges[i] ?? Infinity)) i += 1;
  return i;
}

/** The features of one message in its context; pure, so training and checking read the same. */
export function extractFeatures(
  text: string,
  analysis: TextAnalysis,
  context: ToneContext,
): MessageFeatures {
  const recipient = context.recipientName?.trim().split(/\s+/)[0]?.toLowerCase();
  const weak = readTie(context, text) === 'weak';
  const sentences: SentenceFeatures[] = [];
  let w = 0;
  let self = 0;
  let reader = 0;
  let apologies = 0;
  let names = 0;
  let numbers = 0;
  let questions = 0;
  // A wish for advice or help about nothing named is read as one feature, whatever its words, so
  // the model weighs "your input would mean a lot" like the "any advice would be great" it has seen.
  const wishes = findOpenWishes(text, analysis, bodyEnd(text));
  for (const [index, sentence] of analysis.sentences.entries()) {
    const features: string[] = [];
    if (wishes.some((h) => h.start >= sentence.start && h.start < sentence.end))
      features.push('open-wish');
    let previous = '<s>';
    let first = true;
    while (w < analysis.words.length && (analysis.words[w]?.start ?? Infinity) < sentence.end) {
      const word = analysis.words[w];
      w += 1;
      if (!word || word.start < sentence.start) continue;
      const apology = apologyLemmas.has(word.lemma);
      const sympathy = apology && isSympathy(analysis.words, w);
      // "Sorry to hear" is read as sympathy, so two condolences never weigh as two apologies.
      const token = sympathy ? '<sympathy>' : tokenOf(word, text, recipient);
      // "Help me get into UX" asks the way into a field; "help me get an interview" asks for the
      // thing itself. Read apart, "me get" learnt from the second no longer speaks for the first.
      const into = word.lemma === 'get' && analysis.words[w]?.normal === 'into';
      if (senderWords.has(word.normal)) self += 1;
      if (readerWords.has(word.normal)) reader += 1;
      if (apology && !sympathy) apologies += 1;
      // A name in the greeting is what a mail merge adds; later ones are about the reader's world.
      if (token === '<name>' && !(index === 0 && previous !== '<s>' && greetings.has(previous)))
        names += 1;
      if (token === '<num>') numbers += 1;
      const marked = (word.negated ? 'not_' : '') + (into ? 'get-into' : token);
      features.push(`u:${marked}`, `b:${previous}_${marked}`);
      if (weak) features.push(`weak:${marked}`);
      if (first && !greetings.has(token) && token !== '<reader>' && token !== '<name>') {
        features.push(`lead:${token}`);
        first = false;
      }
      previous = marked;
    }
    const written = text.slice(sentence.start, sentence.end);
    if (written.endsWith('?')) {
      features.push('asks-question');
      questions += 1;
    }
    if (written.endsWith('!')) features.push('exclaims');
    sentences.push({ start: sentence.start, end: sentence.end, features: [...new Set(features)] });
  }
  return {
    sentences,
    whole: wholeFeatures(
      analysis,
      context,
      { self, reader, apologies, names, numbers, questions },
      weak,
    ),
  };
}

interface Counts {
  self: number;
  reader: number;
  apologies: number;
  names: number;
  numbers: number;
  questions: number;
}

function wholeFeatures(
  analysis: TextAnalysis,
  context: ToneContext,
  counts: Counts,
  weak: boolean,
): string[] {
  const share = bucket(counts.self / (counts.self + counts.reader + 1), [0.3, 0.5, 0.65, 0.8]);
  // The words the model reads, not the length rule's count, which adds times and dates: the
  // model's thresholds were fitted on this count, and moved a long way when it changed.
  const length = analysis.words.filter((w) => w.startsWord).length / wordLimit(context);
  return [
    // A note all about the sender weighs differently when it is short ("I'm in London, free
    // Tuesday") and when it goes to someone who barely knows them, so the share is read with both.
    `self-share:${share}:${counts.self >= 5 ? 'many' : 'few'}`,
    `self-share:${share}:${weak ? 'weak' : 'known'}`,
    'bias',
    `stage:${context.stage ?? 'none'}`,
    `intent:${context.intent ?? 'none'}`,
    `goal:${context.goal ?? 'none'}`,
    needsAsk(context) ? 'needs-ask' : 'no-ask-needed',
    `self-count:${bucket(counts.self, [2, 4, 7, 10])}`,
    `reader-count:${bucket(counts.reader, [1, 2, 4])}`,
    `apologies:${bucket(counts.apologies, [1, 2, 3])}`,
    `names:${bucket(counts.names, [1, 2, 4])}`,
    `numbers:${bucket(counts.numbers, [1, 3])}`,
    `sentences:${bucket(analysis.sentences.length, [2, 3, 5, 8])}`,
    `questions:${bucket(counts.questions, [1, 2])}`,
    `length:${bucket(length, [0.4, 0.7, 0.9, 1, 1.2, 1.5])}`,
  ];
}
