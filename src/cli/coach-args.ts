// The coach commands' positional arguments, read at the edge so a bad one is named before anything runs.
import { invalidInput } from '../core/errors.js';
import type { Tier } from '../core/coach/tiers.js';

/** A snooze lasts 1 to 365 days, as the service allows; a week when none is given. */
export const snoozeDays = { min: 1, max: 365, usual: 7 } as const;

/** A custom cadence runs 1 to 730 days (two years), as the service allows. */
const cadenceDays = { min: 1, max: 730 } as const;

/** A whole number, possibly negative, so "-3" reads as minus three and can be refused by range. */
function readInteger(text: string): number | null {
  const trimmed = text.trim();
  return /^-?\d{1,9}$/.test(trimmed) ? Number(trimmed) : null;
}

/** The number of an action in today's plan, as `kith today` shows it. */
export function parseActionNumber(text: string): number {
  const n = readInteger(text);
  if (n === null || n < 1) {
    throw invalidInput([
      {
        field: 'action number',
        message: `must be the number of an action in today's plan, such as 1 (got "${text}"). See them with kith today`,
      },
    ]);
  }
  return n;
}

export function parseSnoozeDays(text: string | undefined): number {
  if (text === undefined) return snoozeDays.usual;
  const days = readInteger(text);
  if (days === null || days < snoozeDays.min || days > snoozeDays.max) {
    throw invalidInput([
      {
        field: 'days',
        message: `must be ${snoozeDays.min} to ${snoozeDays.max}, such as 3 (got "${text}")`,
      },
    ]);
  }
  return days;
}

/** A tier from 1 to 5, or `auto` (null) to let Kith rank the person again. */
export function parseTier(text: string): Tier | null {
  if (text.trim().toLowerCase() === 'auto') return null;
  const tier = readInteger(text);
  if (tier === 1 || tier === 2 || tier === 3 || tier === 4 || tier === 5) return tier;
  throw invalidInput([
    {
      field: 'tier',
      message: `must be 1 (inner circle) to 5 (wider network), or auto (got "${text}")`,
    },
  ]);
}

/** Days between contacts, or `auto` (null) to go back to the tier's own cadence. */
export function parseCadence(text: string): number | null {
  if (text.trim().toLowerCase() === 'auto') return null;
  const days = readInteger(text);
  if (days === null || days < cadenceDays.min || days > cadenceDays.max) {
    throw invalidInput([
      {
        field: 'days',
        message: `must be ${cadenceDays.min} to ${cadenceDays.max} days, such as 30, or auto for the tier's own (got "${text}")`,
      },
    ]);
  }
  return days;
}

/** `--minutes` for today: whole minutes; the service checks the range and names the flag. */
export function parseMinutes(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const minutes = readInteger(text);
  if (minutes === null) {
    throw invalidInput([
      { field: '--minutes', message: `must be whole minutes such as 15 (got "${text}")` },
    ]);
  }
  return minutes;
}
