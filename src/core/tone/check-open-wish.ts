// Finds an ask put as a wish for help of any kind: "your input would mean a lot", "I'd value your
// perspective", "whatever pointers you can offer would be gratefully received". What is wished for
// is advice in general, about nothing the reader could answer in a line.
import { asksNamedElsewhere, openNouns } from './check-open-ask.js';
import { sentenceAt } from './meaning.js';
import type { TextAnalysis } from './nlp.js';
import { senderWords } from './person-words.js';
import { anyMatch } from './phrase-rule.js';
import type { PhraseGroup, PhraseHit } from './phrase-rule.js';
import { timeOfferPatterns } from './phrases-clear-ask.js';

/** What a reader can give without being told what about: advice, views and help of any kind. */
const gift =
  '(?:advice|input|thoughts|perspectives?|guidance|direction|pointers|wisdom|insights?|take|views?|ideas|tips|help|support|expertise|knowledge|counsel|suggestions|steer|opinion|feedback)';
const owner = "(?:any|some|whatever|your)\\s+(?:[\\w'-]+\\s+)?";

/**
 * The wish as a verb: "I'd value your input", "keen to get your take", "do you have any thoughts".
 * A modal or "to" goes before it, so thanks for what was given ("I appreciate your help") is not
 * read as a wish.
 */
const wishedFor = new RegExp(
  `\\b(?:(?:would|'d|to)\\s+(?:(?:really|so|very|greatly|much|truly|most|also|still|love to|like to|be)\\s+){0,3}(?:appreciate|value|welcome|treasure|cherish|(?:grateful|thankful|glad|happy|honou?red) (?:for|of|to (?:get|hear|have|benefit from))|benefit from|tap into|draw on|love|like|get|have|hear)|(?:do|would|could) you have)\\s+${owner}${gift}\\b`,
  'gi',
);

/** The wish as a subject: "any advice would be welcome", "your input would mean a lot". */
const wishedAsSubject = new RegExp(
  `\\b${owner}${gift}\\b(?=([^.?!]{0,40}?)\\b(?:would|will|could)\\s+(?:be|mean|help|make|go)\\b)`,
  'gi',
);

/** Where a wish's clause stops: its sentence ends, or the sender goes on about their own plans. */
const clauseStop =
  /[.?!;,(—–]|\b(?:as|while|since|because|if|when|whenever|so|and|but|once|before|after)\b/i;
/** "Your view on whether…", "your take: did you…": what follows names the question. */
const namedQuestion =
  /^\s*(?::|(?:on|about|regarding)\s+(?:whether|which|how|what|if|one|two|each|either)\b)/i;

/**
 * Subjects as open as the advice itself: "your thoughts on my career", "your take on things",
 * "the industry", "in any way you see fit". A role, a firm, a course or a CV names something.
 */
const openSubjects = new Set([
  'career',
  'situation',
  'option',
  'step',
  'plan',
  'industry',
  'field',
  'sector',
  'market',
  'space',
  'world',
  'area',
  'search',
  'path',
  'future',
  'lot',
  'fit',
  // When, not what: "at some stage", "one of these days".
  'stage',
  'day',
  'everything',
  'nothing',
]);

const particles = /^(?:in|on|at|to|for|of|up|out|with|by)$/;

export const openWishes: PhraseGroup = {
  severity: 'medium',
  why: 'Wishing for their advice or help in general leaves them to work out what you want to know, which is the hard part.',
  rewrite:
    'Ask the one question you most want answered: “Would you take the contract role or hold out for a permanent one?”',
  patterns: [],
};

/** Whether the words in a span name a thing of their own, past the open nouns and subjects. */
function namesSubject(analysis: TextAnalysis, start: number, end: number): boolean {
  return analysis.words.some((w) => {
    // wink-nlp tags a last "in." as a noun ("any direction you can point me in."), full stop and all.
    const lemma = w.lemma.toLowerCase().replace(/\.+$/, '');
    return (
      w.start >= start &&
      w.start < end &&
      (w.pos === 'NOUN' || w.pos === 'PROPN' || w.pos === 'NUM') &&
      !particles.test(lemma) &&
      !openNouns.has(lemma) &&
      !openSubjects.has(lemma) &&
      !senderWords.has(w.normal)
    );
  });
}

/** The clause after a wished-for noun: up to the next stop, such as "as I try to…". */
function tailEnd(text: string, from: number): number {
  const stop = clauseStop.exec(text.slice(from));
  return stop ? from + stop.index : text.length;
}

/** "20 minutes of your time to hear your insights", "on Tuesday": the wish says how much or when. */
function saysWhen(text: string, analysis: TextAnalysis, offset: number): boolean {
  const sentence = sentenceAt(analysis.sentences, offset);
  if (!sentence) return false;
  return analysis.words.some(
    (w) =>
      w.start >= sentence.start &&
      w.start < sentence.end &&
      (w.pos === 'NUM' || /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/.test(w.normal)),
  );
}

/**
 * Wishes for advice or help in general, in a note that offers no time and asks nothing named
 * elsewhere: "Did you quote per hour? I'd value your view" has already said what it wants to know.
 */
export function findOpenWishes(text: string, analysis: TextAnalysis, end: number): PhraseHit[] {
  if (anyMatch(text.slice(0, end), timeOfferPatterns)) return [];
  return findWishes(text, analysis, end).filter(
    (hit) =>
      !saysWhen(text, analysis, hit.start) && !asksNamedElsewhere(text, analysis, end, hit.start),
  );
}

/** Wishes for advice or help in `body` that name no subject the reader could answer. */
function findWishes(text: string, analysis: TextAnalysis, end: number): PhraseHit[] {
  const body = text.slice(0, end);
  const hits: PhraseHit[] = [];
  for (const m of body.matchAll(wishedFor)) {
    const after = m.index + m[0].length;
    if (namedQuestion.test(body.slice(after))) continue;
    if (namesSubject(analysis, after, tailEnd(body, after))) continue;
    hits.push({ group: openWishes, start: m.index, end: after });
  }
  for (const m of body.matchAll(wishedAsSubject)) {
    const after = m.index + m[0].length;
    if (hits.some((h) => h.start <= m.index && h.end >= m.index)) continue;
    if (namedQuestion.test(body.slice(after))) continue;
    if (namesSubject(analysis, after, after + (m[1]?.length ?? 0))) continue;
    hits.push({ group: openWishes, start: m.index, end: after });
  }
  return hits.sort((a, b) => a.start - b.start);
}
