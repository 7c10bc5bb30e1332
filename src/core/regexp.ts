// Text written into a regular expression as itself.

/** `text` with every character a regular expression gives a meaning escaped: "O'Neil (Sky)" → "O'Neil \(Sky\)". */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
