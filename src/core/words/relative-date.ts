// Says when something happened the way a person would ("last week", "in March"), from fixed dates.
import { daysBetween } from '../dates.js';

const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

function monthOf(day: string): string {
  return months[Number(day.slice(5, 7)) - 1] ?? day;
}

/**
 * A relative phrase for `day` seen from `today` (both YYYY-MM-DD). Months, not seasons: "last
 * spring" means different months in each hemisphere. Without `today` the date is spelled out.
 */
export function describeWhen(day: string, today?: string): string {
  const spelled = `on ${Number(day.slice(8, 10))} ${monthOf(day)} ${day.slice(0, 4)}`;
  if (today === undefined) return spelled;
  const days = daysBetween(day, today);
  if (days < 0) return spelled;
  if (days === 0) return 'today';
  if (days === 1) return 'yesterday';
  if (days < 7) return 'a few days ago';
  if (days < 14) return 'last week';
  if (days < 46) return 'a few weeks ago';
  if (day.slice(0, 4) === today.slice(0, 4)) return `in ${monthOf(day)}`;
  if (days < 365) return `last ${monthOf(day)}`;
  return `back in ${day.slice(0, 4)}`;
}
