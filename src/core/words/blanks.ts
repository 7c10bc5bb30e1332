// The one written form of a blank, "[label]": a fact Kith does not know, left for the user to fill.

/** A fact Kith does not know, as it is written in a draft. */
export function markBlank(label: string): string {
  return `[${label}]`;
}

/** A blank as a person would leave it: square brackets around a few words, on one line. */
const blankPattern = /\[([^[\]\n]{1,80})\]/g;

/** The labels of the blanks still in `text`, each once, in the order they appear. */
export function blanksIn(text: string): string[] {
  return [...new Set([...text.matchAll(blankPattern)].map((match) => (match[1] ?? '').trim()))];
}
