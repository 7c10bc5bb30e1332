// A cheap guess at whether a text is English, so the English-only rules are not run on other languages.
import type { WordToken } from './nlp.js';

/**
 * Frequent English function words that are rare in other languages written in Latin script
 * ("me", "a", "in", "on", "so", "was", "will", "do" are left out: Spanish, French, German and Dutch use them too).
 */
const englishMarkers = new Set([
  'the',
  'and',
  'you',
  'your',
  'to',
  'of',
  'for',
  'with',
  'that',
  'this',
  'is',
  'are',
  'i',
  "i'm",
  'it',
  'would',
  'could',
  'be',
  'have',
  'my',
  'we',
  'at',
  'can',
  'if',
  'not',
  'from',
  'about',
  'what',
  'how',
  'but',
  'just',
  'thanks',
  'thank',
  'hi',
  'hello',
  'hope',
  'please',
  'our',
  'they',
  'there',
  'their',
  'been',
  'any',
  'all',
  'some',
  'or',
  'should',
  'like',
  'love',
  'when',
  'which',
  'who',
  'by',
  'had',
  // A short congratulation or CV line is mostly names and nouns ("Dear Dr Park, congratulations
  // on your recent achievement. Well deserved!"); these words are English and rare elsewhere.
  'dear',
  'hey',
  'congrats',
  'congratulations',
  'well',
  'last',
  'year',
  'years',
  'built',
]);

/** Below this many words there is too little to judge, so the text is taken as English. */
const minimumWords = 8;

export function looksEnglish(text: string, words: readonly WordToken[]): boolean {
  // Plain ASCII is Latin script by definition, which spares the Unicode scan for most notes.
  if (/[\u0080-\uffff]/.test(text)) {
    const letters = text.match(/\p{L}/gu)?.length ?? 0;
    const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
    if (letters > 0 && latin / letters < 0.5) return false;
  }
  const counted = words.filter((w) => w.startsWord);
  if (counted.length < minimumWords) return true;
  const markers = counted.filter((w) => englishMarkers.has(w.normal)).length;
  return markers / counted.length >= 0.12;
}
