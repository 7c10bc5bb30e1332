// Sentences and words with character offsets, read by wink-nlp's bundled English model.
import winkNLP from 'wink-nlp';
import type { ItemSentence, ItsFunction, WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export interface WordToken {
  start: number;
  end: number;
  /** Lower-cased, with contractions expanded by the model ("'re" → "are"). */
  normal: string;
  /** True for the start of a written word; false for the tail of "you're" or "15-minute". */
  startsWord: boolean;
  /** True inside the scope of a negation ("not asking you to refer me"), as wink-nlp marks it. */
  negated: boolean;
  /** The dictionary form ("asking" → "ask", "'ve" → "have"), as the learned model reads it. */
  lemma: string;
  /** wink-nlp's universal part-of-speech tag: PRON, VERB, PROPN, NUM… */
  pos: string;
}

export interface SentenceSpan {
  start: number;
  end: number;
}

export interface TextAnalysis {
  words: WordToken[];
  sentences: SentenceSpan[];
  wordCount: number;
}

let engine: WinkMethods | undefined;

/** The model takes about 200 ms to load, so it loads on first use and is shared after that. */
function getEngine(): WinkMethods {
  engine ??= winkNLP(model, ['sbd', 'negation', 'pos']);
  return engine;
}

const wordTypes = new Set(['word', 'number', 'email', 'url', 'hashtag', 'mention']);
/**
 * Tokens a reader reads as words but the rules and the model do not read: wink-nlp gives times
 * ("3pm", "10:30am"), ordinals ("1st") and decades ("1990s") types of their own. Left out of the
 * count, a note full of meeting times read as shorter than it is.
 */
const countedOnlyTypes = new Set(['time', 'ordinal', 'decade']);

export function analyseText(text: string): TextAnalysis {
  const nlp = getEngine();
  const doc = nlp.readDoc(text);
  /* eslint-disable @typescript-eslint/unbound-method -- wink's its.* helpers are free functions meant to be passed by reference */
  const values = doc.tokens().out<string>(nlp.its.value);
  const normals = doc.tokens().out<string>(nlp.its.normal);
  const types = doc.tokens().out<string>(nlp.its.type);
  const negations = doc.tokens().out<boolean>(nlp.its.negationFlag);
  // wink's types give lemma a narrower signature than out() takes; it is called the same way.
  const lemmas = doc.tokens().out<string>(nlp.its.lemma as ItsFunction<string>);
  const tags = doc.tokens().out<string>(nlp.its.pos);
  const spanOf = nlp.its.span;
  /* eslint-enable @typescript-eslint/unbound-method */

  const starts: number[] = [];
  const ends: number[] = [];
  const words: WordToken[] = [];
  let cursor = 0;
  let previousJoins = false;
  let countedOnly = 0;
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i] ?? '';
    // Token values are exact substrings, so a forward search keeps this linear.
    const found = text.indexOf(value, cursor);
    const start = found === -1 ? cursor : found;
    const end = found === -1 ? cursor : start + value.length;
    const adjacent = start === cursor && i > 0;
    starts.push(start);
    ends.push(end);
    cursor = end;
    const type = types[i] ?? '';
    if (countedOnlyTypes.has(type) && !(adjacent && previousJoins)) countedOnly += 1;
    if (wordTypes.has(type)) {
      const startsWord = !(adjacent && previousJoins);
      const negated = negations[i] === true;
      const normal = normals[i] ?? value.toLowerCase();
      const lemma = lemmas[i] ?? normal;
      words.push({ start, end, normal, startsWord, negated, lemma, pos: tags[i] ?? 'X' });
    }
    previousJoins = wordTypes.has(type) || value === '-' || value === "'";
  }

  const sentences: SentenceSpan[] = [];
  doc.sentences().each((sentence: ItemSentence) => {
    const span = sentence.out(spanOf);
    if (!Array.isArray(span)) return;
    const [first, last] = span;
    if (first === undefined || last === undefined) return;
    const start = starts[first];
    const end = ends[last];
    if (start === undefined || end === undefined) return;
    const trimmed = trimSpan(text, start, end);
    if (trimmed.end > trimmed.start) sentences.push(trimmed);
  });

  return { words, sentences, wordCount: words.filter((w) => w.startsWord).length + countedOnly };
}

function trimSpan(text: string, start: number, end: number): SentenceSpan {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s += 1;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e -= 1;
  return { start: s, end: e };
}
