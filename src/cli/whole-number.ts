// Whole numbers at the CLI edge: read from flags (naming the flag when one is off) and written for people.
import { invalidInput } from '../core/errors.js';

export function parseWholeNumber(text: string, field: string, example: string): number {
  const trimmed = text.trim();
  if (!/^\d{1,15}$/.test(trimmed)) {
    throw invalidInput([
      { field, message: `must be a whole number such as ${example} (got "${text}")` },
    ]);
  }
  return Number(trimmed);
}

/** 106222 → "106,222": counts a person reads at a glance. */
export function formatCount(count: number): string {
  return count.toLocaleString('en-US');
}
