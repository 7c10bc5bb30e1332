// The weekly goal and streak: what was done, counted by the user's own weeks (Monday to Sunday).
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
const weeksCounted = 104;

export async function readProgress(
  store: Store,
  accountId: string,
  options: { profile: Pick<Profile, 'weeklyGoal' | 'weeklyMinutes'>; today: string },
): Promise<Progress> {
  const thisWeek = weekStart(options.today);
  const days = await doneActionDays(store, accountId, addDays(thisWeek, -7 * weeksCounted));
  const byWeek = new Map<string, number>();
  for (const day of days) byWeek.set(weekStart(day), (byWeek.get(weekStart(day)) ?? 0) + 1);
  const goal = weeklyGoalOf(options.profile);
  const doneThisWeek = byWeek.get(thisWeek) ?? 0;
  let streakWeeks = doneThisWeek >= goal ? 1 : 0;
  for (
    let week = addDays(thisWeek, -7);
    (byWeek.get(week) ?? 0) >= goal;
    week = addDays(week, -7)
  ) {
    streakWeeks += 1;
  }
  const weeks = Array.from({ length: weeksShown }, (_, i) => {
    const weekOf = addDays(thisWeek, -7 * (weeksShown - 1 - i));
    return { weekOf, done: byWeek.get(weekOf) ?? 0 };
  });
  return { weeklyGoal: goal, doneThisWeek, streakWeeks, weeks };
}
