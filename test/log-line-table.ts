// The tables the one-line log's round tests share: a line put plainly, a line kept as written, and
// a line read as its people, date, channel, kind and direction, on 2026-11-30 (a Monday), UK dates.
import { expect, it } from 'vitest';
import type { Channel, Direction, InteractionKind } from '../src/core/interaction.js';
import { mendDialects } from '../src/core/log-line-dialects.js';
import { mendSwahili } from '../src/core/log-line-swahili.js';
import { parseLogLine } from '../src/core/log-line.js';

export const today = '2026-11-30';

export function read(line: string) {
  return parseLogLine(line, { today, dateOrder: 'DMY' });
}

/** A line with its regional words put plainly: Swahili's, then the dialects'. */
function mendRegional(line: string): string {
  return mendDialects(mendSwahili(line));
}

/** Each line, with its dialect's words put plainly, reads as the text beside it. */
export function mendsTo(cases: ReadonlyArray<readonly [string, string]>): void {
  it.each(cases)('"%s"', (line, plain) => {
    expect(mendRegional(line)).toBe(plain);
  });
}

/** Each line is a name or plain English already, and stays as written. */
export function keepsAsWritten(lines: readonly string[]): void {
  it.each(lines)('keeps "%s"', (line) => {
    expect(mendRegional(line)).toBe(line);
  });
}

/** Each line is read as these people, on this date, by this channel, of this kind and direction. */
export function readsAs(
  cases: ReadonlyArray<readonly [string, string[], string, Channel, InteractionKind, Direction]>,
): void {
  it.each(cases)('"%s"', (line, people, date, channel, kind, direction) => {
    const result = read(line);
    expect(result.personNames).toEqual(people);
    expect(result.occurredOn).toBe(date);
    expect(result.channel).toBe(channel);
    expect(result.kind).toBe(kind);
    expect(result.direction).toBe(direction);
  });
}
