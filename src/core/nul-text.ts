// Text Kith can keep: PostgreSQL's text and jsonb refuse the NUL character (U+0000), so no input
// may hold one, on either database, and both give the same answer.
import type { FieldProblem } from './errors.js';

export const nulMessage = 'cannot hold a NUL character (\\u0000); remove it and try again';

/** Stop looking after this many, so a hostile value cannot make the answer huge. */
const maxProblems = 10;

/** True when the value's text holds a NUL anywhere; quick for plain strings, which most values are. */
export function holdsNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  return typeof value === 'object' && value !== null && nulProblems(value, '').length > 0;
}

/**
 * One problem per place in a parsed value whose text holds a NUL, as `prefix.key.0`:
 * strings, and the keys of objects, at any depth.
 */
export function nulProblems(value: unknown, prefix: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const visit = (item: unknown, path: string): void => {
    if (problems.length >= maxProblems) return;
    if (typeof item === 'string') {
      if (item.includes('\u0000')) problems.push({ field: path, message: nulMessage });
      return;
    }
    if (typeof item !== 'object' || item === null) return;
    for (const [key, inner] of Object.entries(item)) {
      if (key.includes('\u0000')) problems.push({ field: join(path, key), message: nulMessage });
      visit(inner, join(path, key));
    }
  };
  visit(value, prefix);
  return problems;
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}
