// The flags `init` and `profile` share, merged over the saved profile so only given fields change.
import type { Command } from 'commander';
import { dateOrders } from '../core/date-order.js';
import { goals, type Profile } from '../core/profile.js';

export interface ProfileFlags {
  name?: string;
  headline?: string;
  goal?: string;
  roles?: string;
  companies?: string;
  industries?: string;
  minutes?: string;
  timeZone?: string;
  dormantYears?: string;
  weeklyGoal?: string;
  region?: string;
  dateOrder?: string;
  json?: boolean;
}

export function addProfileFlags(command: Command): Command {
  return command
    .option('--name <name>', 'your name')
    .option('--headline <text>', 'one line about you, such as "Data analyst moving into product"')
    .option('--goal <goal>', `what you are working toward: ${goals.join(', ')}`)
    .option('--roles <list>', 'roles you are aiming for, comma-separated')
    .option('--companies <list>', 'companies you would like to work with, comma-separated')
    .option('--industries <list>', 'industries you are interested in, comma-separated')
    .option('--minutes <n>', 'minutes a week you can give to networking (default 60)')
    .option(
      '--time-zone <zone>',
      'your time zone, such as Europe/London, for "today" and "yesterday" ("" for this machine\'s)',
    )
    .option(
      '--dormant-years <n>',
      'years without two-way contact before a tie is dormant (default 3)',
    )
    .option(
      '--weekly-goal <n>',
      'actions a week you aim for (default: one per 10 minutes; 0 for that)',
    )
    .option(
      '--region <code>',
      'your country as two letters, such as GB, for phone numbers without a country code ("" for this machine\'s)',
    )
    .option(
      '--date-order <order>',
      `how you write dates such as 03/11/2026: ${dateOrders.join(', ')}, or a locale such as en-GB ("" for this machine's)`,
    );
}

export function hasProfileFlags(flags: ProfileFlags): boolean {
  const fields = [
    flags.name,
    flags.headline,
    flags.goal,
    flags.roles,
    flags.companies,
    flags.industries,
    flags.minutes,
    flags.timeZone,
    flags.dormantYears,
    flags.weeklyGoal,
    flags.region,
    flags.dateOrder,
  ];
  return fields.some((value) => value !== undefined);
}

/** The saved profile with the given flags laid over it, ready for `saveProfile` to validate. */
export function mergeProfileFlags(current: Profile, flags: ProfileFlags): Record<string, unknown> {
  const given: Record<string, unknown> = {
    name: flags.name,
    headline: flags.headline,
    goal: flags.goal,
    targetRoles: flags.roles === undefined ? undefined : splitList(flags.roles),
    targetCompanies: flags.companies === undefined ? undefined : splitList(flags.companies),
    targetIndustries: flags.industries === undefined ? undefined : splitList(flags.industries),
    // Number('') is 0 and Number('abc') is NaN; the service rejects both, naming --minutes.
    weeklyMinutes: flags.minutes === undefined ? undefined : Number(flags.minutes),
    timeZone: flags.timeZone?.trim(),
    dormantYears: flags.dormantYears === undefined ? undefined : Number(flags.dormantYears),
    weeklyGoal: flags.weeklyGoal === undefined ? undefined : Number(flags.weeklyGoal),
    region: flags.region?.trim(),
    dateOrder: flags.dateOrder?.trim(),
  };
  // Starting from the whole saved profile keeps any field this CLI has no flag for.
  return {
    ...current,
    ...Object.fromEntries(Object.entries(given).filter(([, value]) => value !== undefined)),
  };
}

function splitList(text: string): string[] {
  return text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}
