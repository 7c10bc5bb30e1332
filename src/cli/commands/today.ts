// `kith today`: today's plan, numbered, each with why, minutes and the draft that fits; then the week so far.
import type { Command } from 'commander';
import { parseMinutes } from '../coach-args.js';
import { printJson, printLines } from '../io.js';
import { renderToday } from '../render-today.js';
import type { Operations } from '../operations.js';
import type { Session } from '../session.js';
import { withFlagNames } from '../words-flags.js';

interface TodayFlags {
  minutes?: string;
  refresh?: boolean;
  json?: boolean;
}

export function registerToday(program: Command, session: Session): void {
  program
    .command('today')
    .description('who to reach out to today, why, and what to do first')
    .option(
      '--minutes <n>',
      "minutes you have today, 5 to 480 (default: a day's share of your week)",
    )
    .option('--refresh', 'make a fresh plan; what you already did stays done')
    .option('--json', 'print the plan, the weekly goal and any notices as JSON')
    .addHelpText(
      'after',
      `
The plan is kept for the day, so running kith today again shows the same actions.

Examples:
  kith today
  kith today --minutes 30      more time today: the open part of the plan is made again
  kith today --refresh         a fresh plan; done, skipped and snoozed actions stay
  kith done 1                  then mark what you did (or kith skip 2, kith snooze 3 14)`,
    )
    .action(async (flags: TodayFlags) => {
      const minutes = parseMinutes(flags.minutes);
      const kith = session.operations();
      const view = await kith
        .getToday({ minutes, refresh: flags.refresh })
        .catch((error: unknown) => {
          throw withFlagNames(error, { minutes: '--minutes' });
        });
      if (flags.json) return printJson(session.io, view);
      const people = view.actions.length === 0 ? await countPeople(kith) : 0;
      printLines(session.io, renderToday(view, { people }));
    });
}

/** Only an empty plan needs this: to say whether the network is empty or simply quiet today. */
async function countPeople(kith: Operations): Promise<number> {
  return (await kith.findPeople({ limit: 1, offset: 0 })).total;
}
