// Reads a date the user typed in a field (`kith log --date 03/11/2026`) the way the one-line log
// reads it: in their date order, counting back from their today, saying which reading it took.
import { DatePhraseError, readDateText } from '../core/date-phrase.js';
import { invalidInput } from '../core/errors.js';
import { userDateOrder, userToday, type Deps } from './deps.js';

export interface ReadDate {
  /** YYYY-MM-DD. */
  date: string;
  /** Set when the words could have meant another day: "Read 03/11/2026 as 3 November 2026 (…)". */
  note?: string;
}

export async function readUserDate(
  deps: Deps,
  input: { text: string; field: string },
): Promise<ReadDate> {
  const context = { today: await userToday(deps), dateOrder: await userDateOrder(deps) };
  try {
    return readDateText(input.text, context);
  } catch (error) {
    if (error instanceof DatePhraseError) {
      throw invalidInput([{ field: input.field, message: error.message }]);
    }
    throw error;
  }
}
