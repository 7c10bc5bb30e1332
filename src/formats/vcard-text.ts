// vCard text escapes, read leniently: 3.0 and 4.0 escape `\\ \, \; \n`, Google and Apple add `\:`
// and `\"`, and 2.1 knows only `\;` (its backslashes are literal, so `\\` stays as written).
import type { VCardVersion } from './vcard-value.js';

/** Unescapes one text value. An unknown escape such as `\x` keeps its backslash. */
export function unescapeText(text: string, version: VCardVersion | null): string {
  if (!text.includes('\\')) return text;
  return text.replace(/\\([\s\S]?)/g, (pair, char: string) => {
    if (version === '2.1') return ';,:'.includes(char) && char !== '' ? char : pair;
    if (char === 'n' || char === 'N') return '\n';
    return char !== '' && '\\,;:"'.includes(char) ? char : pair;
  });
}

/** Splits a compound value (N, ADR, ORG) at unescaped semicolons, then unescapes each part. */
export function splitComponents(text: string, version: VCardVersion | null): string[] {
  return splitAt(text, ';').map((part) => unescapeText(part, version));
}

/** Splits a list (CATEGORIES, or one N component) at unescaped commas, then unescapes each part. */
export function splitList(text: string, version: VCardVersion | null): string[] {
  return splitAt(text, ',').map((part) => unescapeText(part, version));
}

/** Splits at a separator, keeping escape pairs whole (so `\\;` ends a part but `\;` does not). */
function splitAt(text: string, separator: string): string[] {
  if (!text.includes(separator)) return [text];
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (char === '\\') i += 1;
    else if (char === separator) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}
