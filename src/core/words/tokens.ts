// Word tokens for matching free text (needs, interests, offers): lower-case, no stop words, light stemming.

const stopWords = new Set(
  (
    'a an and are as at be but by can do for from get go have help i if in into is it its me my ' +
    'need needs new of on or our out so some that the their them they this to up us was we what ' +
    'who with you your looking want wants someone something anyone about more most very'
  ).split(' '),
);

/** Trims a plural or -ing ending so "decks" meets "deck" and "designing" meets "design". */
function stem(word: string): string {
  if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** The distinct meaningful tokens of `text`, in order of first appearance. */
export function tokenize(text: string): string[] {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const tokens = words.filter((word) => word.length > 1 && !stopWords.has(word)).map(stem);
  return [...new Set(tokens)];
}

/** Tokens of `a` that also occur in `b`, in `a`'s order. */
export function sharedTokens(a: readonly string[], b: readonly string[]): string[] {
  const inB = new Set(b);
  return a.filter((token) => inB.has(token));
}

/** True when two phrases share at least one meaningful token. */
export function phrasesOverlap(a: string, b: string): boolean {
  return sharedTokens(tokenize(a), tokenize(b)).length > 0;
}
