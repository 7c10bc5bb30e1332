// Flags shared by the words commands (draft, check, brand, sent): intents, choices and repeatable values.
import { AppError, invalidInput, isAppError } from '../core/errors.js';
import { draftIntents, type DraftIntent } from '../core/words/drafts.js';
import { shortCallMinutes } from '../core/words/phrases.js';

/** What each intent is for, in one line, for `kith draft --help` and `kith sent --help`. */
export const intentMeanings: Record<DraftIntent, string> = {
  'first-contact-warm': 'a first message to someone you have met, even briefly',
  'first-contact-cold': "a first message to someone you haven't met, with a small ask",
  reconnect: 'get back in touch after months or years',
  'ask-advice': `ask for ${shortCallMinutes} minutes of advice about their work`,
  'request-intro': 'ask --connector to introduce you to this person',
  introduce: 'offer to introduce this person to --with, asking each first',
  'follow-up-1': 'a gentle first nudge, about a week after an unanswered ask',
  'follow-up-2': 'a second and last nudge, two weeks after the first',
  'thank-you': 'thank them for their time or help',
  congratulate: 'congratulate them on news (--topic says what)',
  share: 'pass on an article or idea (--topic says which)',
  recap: 'sum up a conversation and what you each said you would do',
};

/** The intents and their meanings as an indented block for help text. */
export function intentHelp(): string {
  const width = Math.max(...draftIntents.map((intent) => intent.length));
  return draftIntents
    .map((intent) => `  ${intent.padEnd(width)}  ${intentMeanings[intent]}`)
    .join('\n');
}

/** The intent given with --intent, or INVALID_INPUT (exit 4) naming every valid intent. */
export function parseIntentFlag(value: string | undefined, command: string): DraftIntent {
  const valid = `one of ${draftIntents.join(', ')}`;
  if (value === undefined || value.trim() === '') {
    throw invalidInput([
      {
        field: '--intent',
        message: `say what the message is for: ${valid}. See kith ${command} --help for what each means`,
      },
    ]);
  }
  const intent = draftIntents.find((known) => known === value.trim());
  if (intent) return intent;
  throw invalidInput([{ field: '--intent', message: `must be ${valid} (got "${value}")` }]);
}

/** `value` when it is one of `choices`, else INVALID_INPUT naming the flag and the choices. */
export function parseChoice<T extends string>(
  value: string,
  flag: string,
  choices: readonly T[],
): T {
  const found = choices.find((choice) => choice === value.trim());
  if (found) return found;
  throw invalidInput([
    { field: flag, message: `must be one of ${choices.join(', ')} (got "${value}")` },
  ]);
}

/** Collects a repeatable flag's values in order. */
export function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** Renames the fields of a service's INVALID_INPUT to the flags the user typed; other errors pass. */
export function withFlagNames(error: unknown, flags: Record<string, string>): unknown {
  if (!isAppError(error) || error.code !== 'INVALID_INPUT' || error.problems.length === 0) {
    return error;
  }
  const problems = error.problems.map((problem) => {
    const [head = problem.field] = problem.field.split('.');
    return { ...problem, field: flags[head] ?? problem.field };
  });
  return new AppError('INVALID_INPUT', error.message, { problems, cause: error.cause });
}
