// For tests: a one-line log read to its people, date, channel and direction, on a fixed day.
import { parseLogLine } from '../src/core/log-line.js';

/** 2026-11-30, a Monday: the day the tests' lines are written on. */
export const today = '2026-11-30';

/** The line's people, date, channel and direction; `known` are the names the user's people answer to. */
export const read = (line: string, known: readonly string[] = []) => {
  const parsed = parseLogLine(line, {
    today,
    dateOrder: 'DMY',
    mayBePerson: (name) => known.includes(name.toLowerCase()),
  });
  return [parsed.personNames, parsed.occurredOn, parsed.channel, parsed.direction];
};
