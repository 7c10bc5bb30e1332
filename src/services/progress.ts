// The weekly goal and streak: what was done, counted by the user's own weeks (Monday to Sunday).
import { countByWeek, countStreakWeeks } from '../core/coach/streak.js';
import { addDays, weekStart } from '../core/dates.js';
import { weeklyGoalOf, type Profile } from '../core/profile.js';
import { doneActionDays } from '../store/plans.repo.js';
import type { Store } from '../store/store.js';

export interface Progress {
  weeklyGoal: number;
  doneThisWeek: number;
  /** Weeks in a row that reached the goal, this week included once it does. */
  streakWeeks: number;
  /** Actions done in each of the last twelve weeks, oldest first. */
  weeks: Array<{ weekOf: string; done: number }>;
}

const weeksShown = 12;
/** How far back a streak is looked for: two years of weeks. */
export const weeksCounted = 104;

export async function readProgress(
  store: Store,
  accountId: string,
  options: { profile: Pick<Profile, 'weeklyGoal' | 'weeklyMinutes'>; today: string },
): Promise<Progress> {
  const thisWeek = weekStart(options.today);
  const days = await doneActionDays(store, accountId, addDays(thisWeek, -7 * weeksCounted));
  const byWeek = countByWeek(days);
  const goal = weeklyGoalOf(options.profile);
  const doneThisWeek = byWeek.get(thisWeek) ?? 0;
  const streakWeeks = countStreakWeeks(byWeek, thisWeek, goal);
  const weeks = Array.from({ length: weeksShown }, (_, i) => {
    const weekOf = addDays(thisWeek, -7 * (weeksShown - 1 - i));
    return { weekOf, done: byWeek.get(weekOf) ?? 0 };
  });
  return { weeklyGoal: goal, doneThisWeek, streakWeeks, weeks };
}
