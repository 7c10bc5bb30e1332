// Sentence-level helpers for generated text: first names, lists, clipped facts, word counts.

/** The first word of a name, or the whole name when it has one word. */
export function firstNameOf(name: string): string {
  if (name.trim().startsWith('[')) return name.trim(); // a blank stands whole: "[their name]"
  return name.trim().split(/\s+/)[0] ?? name.trim();
}

/** Removes trailing sentence punctuation and spaces: "data roles." becomes "data roles". */
export function stripEnd(text: string): string {
  return text.trim().replace(/[\s.,;:!?]+$/u, '');
}

/**
 * The first clause of a stored fact, at most `maxWords` words, so a long note cannot blow the
 * word budget of a short message. Words are cut, never added.
 */
export function clipFact(text: string, maxWords = 10): string {
  const firstClause = text.trim().split(/[\n;]|\.\s/u)[0] ?? '';
  const words = firstClause.split(/\s+/u).filter((word) => word !== '');
  return stripEnd(words.slice(0, maxWords).join(' '));
}

/** Lower-cases the first letter unless the word looks like an acronym ("UX", "SQL"). */
export function lowerFirst(text: string): string {
  const second = text.charAt(1);
  if (second !== '' && second === second.toUpperCase() && second !== second.toLowerCase()) {
    return text;
  }
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** "a", "a and b", "a, b and c". */
export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

/** Letters and digits of the scripts people write names and notes in, minus punctuation blocks. */
const wordCharacter = /[0-9A-Za-z\u00C0-\u1FFF\u2C00-\uD7FF\uF900-\uFFEF]/;

/** Words a reader sees: space-separated pieces holding a letter or digit; "—" and "-" do not count. */
export function countWords(text: string): number {
  let count = 0;
  for (const piece of text.split(/\s+/)) if (wordCharacter.test(piece)) count += 1;
  return count;
}

/** The phrasing for variant `variant`, cycling through the options. */
export function pick<T>(options: readonly [T, ...T[]], variant: number): T {
  return options[variant % options.length] ?? options[0];
}

/** A sentence the body can lose when it runs over its word budget; lower `rank` goes first. */
export interface OptionalSentence {
  text: string;
  rank: number;
}

export type Sentence = string | null | OptionalSentence;

export function optional(text: string | null, rank: number): OptionalSentence | null {
  return text === null || text === '' ? null : { text, rank };
}

/** Messages stay short: drafts drop optional sentences until the body fits this many words. */
export const bodyWordBudget = 110;

/**
 * Joins sentences into paragraphs and paragraphs into a body, skipping empty pieces so optional
 * facts leave no double spaces or empty lines behind, and dropping optional sentences (lowest
 * rank first) while the body is over `budget` words.
 */
export function composeBody(
  paragraphs: ReadonlyArray<ReadonlyArray<Sentence>>,
  budget = bodyWordBudget,
): string {
  const dropped = new Set<OptionalSentence>();
  const render = (): string =>
    paragraphs
      .map((sentences) =>
        sentences
          .map((s) => (s === null || typeof s === 'string' ? s : dropped.has(s) ? null : s.text))
          .filter((s): s is string => s !== null && s !== '')
          .join(' '),
      )
      .filter((paragraph) => paragraph !== '')
      .join('\n\n');
  const droppable = paragraphs
    .flat()
    .filter((s): s is OptionalSentence => s !== null && typeof s !== 'string')
    .sort((a, b) => a.rank - b.rank);
  let body = render();
  if (droppable.length === 0) return body;
  for (const sentence of droppable) {
    if (countWords(body) <= budget) break;
    dropped.add(sentence);
    body = render();
  }
  return body;
}

/** A note written about them ("their app") turned to speak to them ("your app"). */
export function addressYou(text: string | null): string | null {
  if (text === null) return null;
  return text
    .replace(/\bthey're\b/gi, "you're")
    .replace(/\bthey are\b/gi, 'you are')
    .replace(/\bthemselves\b/gi, 'yourself')
    .replace(/\b(their|his)\b/gi, 'your')
    .replace(/\b(they|them)\b/gi, 'you');
}
