// The weekly streak: weeks in a row (Monday to Sunday) that reached the weekly goal.
import { addDays, weekStart } from '../dates.js';

/** How many of `days` (YYYY-MM-DD, repeats counted) fall in each week, keyed by the week's Monday. */
export function countByWeek(days: Iterable<string>): Map<string, number> {
  const byWeek = new Map<string, number>();
  for (const day of days) {
    const week = weekStart(day);
    byWeek.set(week, (byWeek.get(week) ?? 0) + 1);
  }
  return byWeek;
}

/**
 * Weeks in a row that reached the goal, counting back from the week before `thisWeek`, with this
 * week included once it reaches the goal: an unfinished week never breaks a streak.
 */
export function countStreakWeeks(
  byWeek: ReadonlyMap<string, number>,
  thisWeek: string,
  goal: number,
): number {
  let streak = (byWeek.get(thisWeek) ?? 0) >= goal ? 1 : 0;
  for (
    let week = addDays(thisWeek, -7);
    (byWeek.get(week) ?? 0) >= goal;
    week = addDays(week, -7)
  ) {
    streak += 1;
  }
  return streak;
}
