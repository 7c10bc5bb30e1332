// Someone described and then named after a comma: "with a new client, Imogen Hart", "A bootcamp
// mate, Tariq Hussain, messaged me", "and his manager, a Mr Declan Roche".
import { notNames, subjectVerbs, words } from './log-line-name-words.js';
import { isAcronym, isNameWord, type Token } from './log-line-tokens.js';
import { formalTitle } from './person-name-shape.js';

/** Words that open a description of someone before their name: "with a new client, Imogen Hart". */
const describers = words('a an the my our one his her their two three both');

export interface AppositiveRead {
  /** Where the name starts. */
  at: number;
  /** "A bootcamp mate, Tariq Hussain", "his manager, a Mr Declan Roche": someone new to the user. */
  fresh: boolean;
}

/**
 * "call with a new client, Imogen Hart", "zoom with a founder, Lena Hoffmann, about…", "my old
 * PGCE mentor, Mrs Janet Hollis": a few lower-case words (or an acronym) describing someone, a
 * comma, then their name. Returns where the name starts, or undefined when the words do not read
 * that way.
 */
export function readAppositive(tokens: Token[], at: number): number | undefined {
  return readAppositiveName(tokens, at)?.at;
}

/** The same, saying too whether the description makes them someone new. */
export function readAppositiveName(tokens: Token[], at: number): AppositiveRead | undefined {
  const opener = tokens[at]?.lower ?? '';
  if (!describers.has(opener)) return undefined;
  for (let j = at + 1; j < Math.min(tokens.length, at + 8); j += 1) {
    const token = tokens[j];
    if (!token) return undefined;
    if (token.text === ',') {
      if (j === at + 1) return undefined;
      // "his manager, a Mr Declan Roche": "a" and a title before the name say someone new.
      const titled =
        /^an?$/.test(tokens[j + 1]?.lower ?? '') &&
        formalTitle.test(tokens[j + 2]?.text ?? '') &&
        isNameWord(tokens[j + 3]);
      if (titled) return { at: j + 2, fresh: true };
      return endsWithName(tokens, j + 1) ? { at: j + 1, fresh: /^an?$/.test(opener) } : undefined;
    }
    const plain = /^\p{Ll}/u.test(token.text) || isAcronym(token.text);
    if (!plain || subjectVerbs.has(token.lower)) return undefined;
  }
  return undefined;
}

/**
 * After who someone is and a comma, a capitalised name, or a lower-case one of one or two words
 * that ends the line: "coffee w my old manager from aviva, steve".
 */
function endsWithName(tokens: Token[], at: number): boolean {
  if (isNameWord(tokens[at])) return true;
  // "my former line manager, Mr Gareth Price": a title before the name.
  if (formalTitle.test(tokens[at]?.text ?? '') && isNameWord(tokens[at + 1])) return true;
  const rest = tokens.slice(at);
  return (
    rest.length > 0 &&
    rest.length <= 2 &&
    rest.every((token) => /^\p{Ll}[\p{L}'’-]*$/u.test(token.text) && !notNames.has(token.lower))
  );
}
