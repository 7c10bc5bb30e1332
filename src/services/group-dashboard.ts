// The coach's dashboard: each member's actions per week, reply rate and streak. Figures only,
// never contacts; each figure is one query across all members, so many members stay fast.
import { countStreakWeeks } from '../core/coach/streak.js';
import { addDays, localDate, machineTimeZone, weekStart } from '../core/dates.js';
import { dashboardWeeks, isGroupRole, memberLabel, type GroupRole } from '../core/groups.js';
import { emptyProfile, weeklyGoalOf } from '../core/profile.js';
import {
  countDoneActionsByDay,
  countInteractionsByDay,
  type DayCount,
} from '../store/group-figures.repo.js';
import { listMembers } from '../store/groups.repo.js';
import { replyCountsByDay } from '../store/stats.repo.js';
import { userToday, type Deps } from './deps.js';
import { requireGroupRole } from './groups.js';
import { weeksCounted } from './progress.js';
import { replyRateOf } from './stats.js';

export interface MemberFigures {
  accountId: string;
  label: string;
  role: GroupRole;
  /** Interactions logged in each of the dashboard's weeks, oldest first. */
  actions: number[];
  /** Asks that expected an answer in the weeks shown, and how many got one (counted as Progress does). */
  asked: number;
  answered: number;
  replyRate: number | null;
  /** Weeks in a row that reached their own weekly goal, as their Progress page counts it. */
  streakWeeks: number;
  weeklyGoal: number;
}

export interface GroupDashboard {
  groupId: string;
  /** The Monday of each week shown, oldest first, by the viewer's own calendar. */
  weeks: string[];
  members: MemberFigures[];
}

export async function showGroupDashboard(deps: Deps, groupId: string): Promise<GroupDashboard> {
  await requireGroupRole(deps, groupId, 'seeProgress');
  const members = await listMembers(deps.store, groupId);
  const thisWeek = weekStart(await userToday(deps));
  const weeks = Array.from({ length: dashboardWeeks }, (_, i) =>
    addDays(thisWeek, -7 * (dashboardWeeks - 1 - i)),
  );
  const todays = new Map(
    members.map((m) => [m.account_id, localDate(deps.now(), m.time_zone || machineTimeZone())]),
  );
  const ids = members.map((m) => m.account_id);
  const firstWeek = weeks[0] ?? thisWeek;
  const earliest = [...todays.values(), firstWeek].sort()[0] ?? thisWeek;
  // Replies over the weeks shown, not Progress's twelve months: the coach reads one window, and
  // a year of every member's asks was most of the dashboard's time (see bench/groups.bench.ts).
  const [actions, done, replies] = await Promise.all([
    countInteractionsByDay(deps.store, ids, firstWeek),
    countDoneActionsByDay(deps.store, ids, addDays(weekStart(earliest), -7 * weeksCounted)),
    replyCountsByDay(deps.store, ids, firstWeek),
  ]);
  const actionsOf = byAccount(actions);
  const doneOf = byAccount(done);
  const repliesOf = byAccount(replies);
  return {
    groupId,
    weeks,
    members: members.map((member) => {
      const today = todays.get(member.account_id) ?? thisWeek;
      const perWeek = countDays(actionsOf.get(member.account_id) ?? []);
      const weeklyGoal = weeklyGoalOf({
        weeklyGoal: member.weekly_goal ?? 0,
        weeklyMinutes: member.weekly_minutes ?? emptyProfile.weeklyMinutes,
      });
      const mine = repliesOf.get(member.account_id) ?? [];
      const asked = mine.reduce((sum, r) => sum + r.asked, 0);
      const answered = mine.reduce((sum, r) => sum + r.answered, 0);
      return {
        accountId: member.account_id,
        label: memberLabel(member),
        role: isGroupRole(member.role) ? member.role : 'member',
        actions: weeks.map((week) => perWeek.get(week) ?? 0),
        asked,
        answered,
        replyRate: replyRateOf(asked, answered),
        streakWeeks: countStreakWeeks(
          countDays(doneOf.get(member.account_id) ?? []),
          weekStart(today),
          weeklyGoal,
        ),
        weeklyGoal,
      };
    }),
  };
}

function byAccount<T extends { accountId: string }>(rows: T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const list = out.get(row.accountId);
    if (list) list.push(row);
    else out.set(row.accountId, [row]);
  }
  return out;
}

/** Per-week totals of per-day counts. */
function countDays(rows: DayCount[]): Map<string, number> {
  const byWeek = new Map<string, number>();
  for (const row of rows) {
    const week = weekStart(row.day);
    byWeek.set(week, (byWeek.get(week) ?? 0) + row.count);
  }
  return byWeek;
}
