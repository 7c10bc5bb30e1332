// Reads a one-line log with the user's people at hand: the parser stays pure and asks, the
// directory answers.
import type { DateOrder } from '../core/date-order.js';
import { parseLogLine, type ParsedLogLine } from '../core/log-line.js';
import { nameKey } from '../core/name-match.js';
import type { NameDirectory } from './name-directory.js';

/**
 * Reads the line, answering the parser's doubts from the user's people: a word after a comma
 * ("…, awkward", "…, ben"), one word owning something ("KPMG's"), a lower-case name opening a
 * note ("maggie okafor - video call"), a word that may be a workplace ("liked google's post").
 * The parser asks synchronously, so a question it has no answer for yet is taken as "no",
 * answered from the directory, and the line read again.
 */
export async function parseWithPeople(
  line: string,
  options: { today: string; dateOrder: DateOrder },
  directory: NameDirectory,
): Promise<ParsedLogLine> {
  const known = new Map<string, boolean>();
  // "liked google's post": asked only of a lone lower-case owner, so everyone is rarely read.
  const workplaces = new Set<string>();
  let workplacesRead = false;
  for (;;) {
    const unanswered = new Set<string>();
    const mayBePerson = (name: string) => {
      const key = nameKey(name);
      const answer = known.get(key);
      if (answer === undefined && key !== '') unanswered.add(key);
      return answer ?? false;
    };
    let asked = false;
    const askWorkplace = (name: string) => {
      asked = !workplacesRead;
      return workplaces.has(nameKey(name));
    };
    try {
      const parsed = parseLogLine(line, { ...options, mayBePerson, isWorkplace: askWorkplace });
      if (unanswered.size === 0 && !asked) return parsed;
    } catch (error) {
      if (unanswered.size === 0 && !asked) throw error;
    }
    if (asked) {
      for (const { person } of (await directory.everyone()).named)
        if (person.company) workplaces.add(nameKey(person.company));
      workplacesRead = true;
    }
    // Each round answers at least one new name, and a line holds finitely many: this ends.
    for (const key of unanswered) known.set(key, await directory.couldBe(key));
  }
}
