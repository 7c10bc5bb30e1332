// `kith done`, `kith skip` and `kith snooze`: mark one action of today's plan by its number.
import type { Command } from 'commander';
import { isAppError } from '../../core/errors.js';
import { channels } from '../../core/interaction.js';
import type { MarkInput, MarkResult } from '../../services/plan-action.js';
import { parseActionNumber, parseSnoozeDays, snoozeDays } from '../coach-args.js';
import { exitCodes } from '../exit-codes.js';
import { ExitWith } from '../exit-with.js';
import { printJson, printLines } from '../io.js';
import { renderMarked, seeTimeline } from '../render-today.js';
import type { Session } from '../session.js';
import { parseChoice, withFlagNames } from '../words-flags.js';

interface MarkFlags {
  channel?: string;
  summary?: string;
  json?: boolean;
}

export function registerDone(program: Command, session: Session): void {
  program
    .command('done')
    .description("mark an action of today's plan done; logs the contact on their timeline")
    .argument('<n>', 'the action number, as kith today shows it')
    .option('--channel <channel>', `how you got in touch: ${channels.join(', ')} (default email)`)
    .option('--summary <text>', 'a few words for the timeline (default: what the action was for)')
    .option('--json', 'print the action and the logged interaction as JSON')
    .addHelpText(
      'after',
      `
Examples:
  kith done 1
  kith done 2 --channel call --summary "caught up about the analyst role"`,
    )
    .action(async (n: string, flags: MarkFlags) => {
      const channel =
        flags.channel === undefined ? undefined : parseChoice(flags.channel, '--channel', channels);
      await mark(session, flags, {
        n: parseActionNumber(n),
        mark: 'done',
        channel,
        summary: flags.summary,
      });
    });
}

export function registerSkip(program: Command, session: Session): void {
  program
    .command('skip')
    .description("leave an action of today's plan; that person rests for about a month")
    .argument('<n>', 'the action number, as kith today shows it')
    .option('--json', 'print the action and when they come back as JSON')
    .addHelpText(
      'after',
      `
Examples:
  kith skip 2`,
    )
    .action(async (n: string, flags: MarkFlags) => {
      await mark(session, flags, { n: parseActionNumber(n), mark: 'skip' });
    });
}

export function registerSnooze(program: Command, session: Session): void {
  program
    .command('snooze')
    .description("put an action of today's plan off for a few days")
    .argument('<n>', 'the action number, as kith today shows it')
    .argument(
      '[days]',
      `how many days, ${snoozeDays.min} to ${snoozeDays.max} (default ${snoozeDays.usual})`,
    )
    .option('--json', 'print the action and when they come back as JSON')
    .addHelpText(
      'after',
      `
Examples:
  kith snooze 3          back in a week
  kith snooze 3 2        back the day after tomorrow`,
    )
    .action(async (n: string, days: string | undefined, flags: MarkFlags) => {
      const input = { n: parseActionNumber(n), days: parseSnoozeDays(days) };
      await mark(session, flags, { ...input, mark: 'snooze' });
    });
}

async function mark(session: Session, flags: MarkFlags, input: MarkInput): Promise<void> {
  const kith = session.operations();
  const result: MarkResult = await kith.markPlanAction(input).catch((error: unknown) => {
    // The service says which numbers today's plan has; a person lookup hint would mislead here.
    if (isAppError(error) && error.code === 'NOT_FOUND') {
      throw new ExitWith(exitCodes.notFound, error.message);
    }
    throw withFlagNames(error, { n: 'action number', channel: '--channel', summary: '--summary' });
  });
  if (flags.json) return printJson(session.io, result);
  const view = await kith.getToday({});
  const next = seeTimeline(result);
  printLines(session.io, [renderMarked(result, view), ...(next ? [next] : [])]);
}
