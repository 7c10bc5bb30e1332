// Names a one-line log reads that are no contact of the line: whom an intro joined the user to
// when nobody known has that name, and whose thing was passed on to someone else.
import type { FoundNames } from './log-line-names.js';
import type { Token } from './log-line-tokens.js';

/** Leaves out every name read from `before` on, with the spans read with them. */
export function setAsideFrom(found: FoundNames, before: number, spansBefore: number): void {
  found.names.splice(before);
  found.spans.splice(spansBefore);
}

/**
 * "joanne bennett introduced me to Ravi Menon", "…connected me with Leo Grant": whom a named
 * contact introduced the user to is no contact of the line when the user's people hold nobody
 * by that name. The line is with the introducer; the new name stays in the summary, and nobody
 * is added for it. Someone the user already knows ("put me in touch with niamh kelly") stays.
 */
export function setAsideNewIntroduced(
  found: FoundNames,
  before: number,
  spansBefore: number,
): void {
  const known = found.mayBePerson;
  if (!known) return;
  for (let k = found.names.length - 1; k >= before; k -= 1) {
    const name = found.names[k];
    if (!name || [name.text, ...name.alternatives].some(known)) continue;
    found.names.splice(k, 1);
    found.spans.splice(spansBefore + k - before, 1);
  }
}

/** Whether the name ending before `next` owns what was sent, and "to" later says whom it went to. */
export function ownerSentOn(tokens: Token[], next: number): boolean {
  if (!/['’]s$/.test(tokens[next - 1]?.text ?? '')) return false;
  return tokens.slice(next).some((token) => token.lower === 'to');
}

/** "…to a partner at kpmg called Fiona": "called" or "named" in the clause that began at `from`. */
export function namedAfter(tokens: Token[], from: number, at: number): boolean {
  if (from < 0 || !['called', 'named'].includes(tokens[at]?.lower ?? '')) return false;
  return !tokens.slice(from, at).some((token) => /^[,;:()–—-]$/.test(token.text));
}
