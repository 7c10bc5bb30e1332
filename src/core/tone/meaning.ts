// What a matched phrase does in its sentence: negated, someone else's offer, a topic, or a sign-off.
import type { SentenceSpan, TextAnalysis } from './nlp.js';

/** "I'm not asking you to refer me": wink-nlp marks the words in a negation's scope. */
export function isNegated(text: string, analysis: TextAnalysis, start: number): boolean {
  const word = analysis.words.find((w) => w.start >= start);
  if (!word?.negated) return false;
  // "I haven't got a job so could you refer me" turns back into a request after the negation.
  const sentence = sentenceAt(analysis.sentences, start);
  const before = text.slice(sentence?.start ?? 0, start);
  const lastNegation = Math.max(
    before.search(/\b(?:not|never|no)\b(?![\s\S]*\b(?:not|never|no)\b)/i),
    before.lastIndexOf("n't"),
  );
  const between = lastNegation === -1 ? before : before.slice(lastNegation);
  return !/\b(?:could|would|can|will) you\b|\bplease\b/i.test(between);
}

export function sentenceAt(
  sentences: readonly SentenceSpan[],
  offset: number,
): SentenceSpan | undefined {
  return sentences.find((s) => offset >= s.start && offset < s.end);
}

const firstPerson = /\b(?:i|i'm|i've|i'd|i'll|me|my|we|we're|we've|we'll|our|us)\b/i;
const otherOwner = /\b(?:your|their|his|her|its|they|he|she|you're|you've)\b/i;
/** Sentences that sell without naming the seller: "Free consultation?", "Book now". */
const imperativeOffer =
  /^\s*(?:free|book|reply|get|grab|sign|buy|order|call|claim|limited|only|don'?t miss)\b/i;
/** "my thesis on discount retailers": the phrase is what they write about, not what they sell. */
const topicLead =
  /\b(?:thesis|dissertation|research|study|studying|paper|article|essay|report|piece|post|book|podcast|writing|researching|reading|talk|course|interest(?:ed)?)\s+(?:on|about|into|of|in)\s+(?:[\w'-]+\s+){0,4}$/i;

/**
 * True when a selling phrase is not the sender's own offer: someone else's ("your lifetime
 * guarantee", "Mind the Product is giving 30% off"), or the subject of their work or question.
 */
export function isOthersOffer(text: string, analysis: TextAnalysis, start: number): boolean {
  const sentence = sentenceAt(analysis.sentences, start) ?? { start: 0, end: text.length };
  const clauseStart = lastClauseBreak(text, sentence.start, start);
  const lead = text.slice(clauseStart, start);
  if (topicLead.test(lead)) return true;
  const clause = text.slice(clauseStart, clauseEnd(text, start, sentence.end));
  if (firstPerson.test(clause)) return false;
  if (otherOwner.test(lead) || namesSomeoneElse(lead)) return true;
  const whole = text.slice(sentence.start, sentence.end);
  return !firstPerson.test(whole) && !imperativeOffer.test(whole);
}

/** A capitalised name inside the clause, past its first word: "Mind the Product is giving…". */
function namesSomeoneElse(lead: string): boolean {
  const words = lead.trim().split(/\s+/).slice(1);
  return words.some((w) => /^\p{Lu}[\p{L}'-]+$/u.test(w) && w !== 'I');
}

const clauseBreak = /[—–;:]|\s-\s/g;

function lastClauseBreak(text: string, from: number, to: number): number {
  let at = from;
  for (const m of text.slice(from, to).matchAll(clauseBreak)) at = from + m.index + m[0].length;
  return at;
}

function clauseEnd(text: string, from: number, to: number): number {
  const m = /[—–;:]|\s-\s/.exec(text.slice(from, to));
  return m ? from + m.index : to;
}

/** "Best,\nMaya" or "Thanks, Ruth": a closing line is courtesy, never the message's ask. */
const signOff =
  /(?:^|[\n.!?]\s*)((?:best(?: wishes)?|thanks(?: again)?|thank you|many thanks|cheers|regards|kind regards|warm(?:est)? regards|all the best|speak soon|talk soon|take care|yours(?: sincerely)?|sincerely|love|warmly|with thanks)[,!.]?\s*(?:\n\s*)?\p{Lu}[\p{L}'-]*(?:\s\p{Lu}[\p{L}'-]*)?\.?\s*)$/iu;

/** Where the message ends once a sign-off is set aside. */
export function bodyEnd(text: string): number {
  const m = signOff.exec(text);
  if (!m?.[1]) return text.trimEnd().length;
  return text.length - m[1].length;
}
