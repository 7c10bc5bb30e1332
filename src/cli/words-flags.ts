// Flags shared by the words commands (draft, check, brand, sent): intents, choices and repeatable values.
import { AppError, invalidInput, isAppError } from '../core/errors.js';
import {
  choiceFor,
  draftIntents,
  followUpSteps,
  intentInfo,
  type DraftIntent,
  type IntentExtra,
} from '../core/words/intents.js';

/** The flag each extra input is given with, for help text. */
const extraFlags: Record<NonNullable<IntentExtra>, string> = {
  connector: ' (--connector: who could introduce you)',
  'other-person': ' (--with: who they should meet)',
  topic: ' (--topic: what it is about)',
  'optional-topic': ' (--topic optional)',
};

/** What an intent is for, in the words the web app uses, plus the flag it needs. */
export function intentMeaning(intent: DraftIntent): string {
  const info = intentInfo[choiceFor(intent)];
  const step =
    intent === 'follow-up-1' || intent === 'follow-up-2' ? `: ${followUpSteps[intent]}` : '';
  return `${info.label}${step}${info.extra ? extraFlags[info.extra] : ''}`;
}

/** The intents and their meanings as an indented block for help text. */
export function intentHelp(): string {
  const width = Math.max(...draftIntents.map((intent) => intent.length));
  return draftIntents
    .map((intent) => `  ${intent.padEnd(width)}  ${intentMeaning(intent)}`)
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
