// Today's plan: kept per day, built on first ask (or when the user wants a fresh one) from the indexes.
import { goalSearchTerms, type Targets } from '../core/coach/goal-match.js';
import { dailyBudget, defaultDormantYears, planToday } from '../core/coach/plan.js';
import { addDays, localDate, machineTimeZone } from '../core/dates.js';
import { invalidInput } from '../core/errors.js';
import type { Profile } from '../core/profile.js';
import { searchPeople } from '../store/people-search.repo.js';
import {
  deleteOpenActions,
  findPlan,
  hasPlan,
  insertActions,
  maxActionNumber,
  type StoredAction,
} from '../store/plans.repo.js';
import { findProfile } from '../store/profile.repo.js';
import { inTransaction, type Store } from '../store/store.js';
import { findCandidateIds, loadCoachPeople } from '../store/ties.repo.js';
import { timestamp, type Deps } from './deps.js';
import { readProgress, type Progress } from './progress.js';
import { retier } from './retier.js';

export interface TodayView {
  /** The user's local date the plan is for. */
  date: string;
  timeZone: string;
  /** The day's share of the weekly time, in minutes. */
  budgetMinutes: number;
  actions: StoredAction[];
  progress: Progress;
  /** Plain-words notes about how the plan was made (defaults used, caps passed). */
  notices: string[];
}

export interface TodayInput {
  /** Minutes for today; given, the open part of the plan is made again for it. */
  minutes?: number;
  /** Make a fresh plan; done, skipped and snoozed actions stay as they are. */
  refresh?: boolean;
}

/** How many people each index offers the plan: enough for any day's budget, never the whole network. */
const candidateLimits = { due: 200, followUp: 100, dormant: 200, strongest: 200 };
const goalMatchesPerTerm = 25;

export async function getToday(deps: Deps, input: TodayInput = {}): Promise<TodayView> {
  if (
    input.minutes !== undefined &&
    (!Number.isInteger(input.minutes) || input.minutes < 5 || input.minutes > 480)
  ) {
    throw invalidInput([
      { field: 'minutes', message: 'must be whole minutes from 5 to 480, such as 15' },
    ]);
  }
  const profile = await findProfile(deps.store, deps.accountId);
  const timeZone = profile.timeZone || machineTimeZone();
  const date = localDate(deps.now(), timeZone);
  const budgetMinutes = input.minutes ?? dailyBudget(profile.weeklyMinutes);
  const rebuild = input.refresh === true || input.minutes !== undefined;
  const notices = profile.onboarded
    ? []
    : [
        'No profile yet, so this plan uses the defaults: an hour a week and no goal. Set yours with kith init or on the Profile page.',
      ];
  // Making a plan never changes what was done, so progress is read alongside.
  const [actions, progress] = await Promise.all([
    keptOrNewPlan(deps, { profile, date, budgetMinutes, rebuild, notices }),
    readProgress(deps.store, deps.accountId, { profile, today: date }),
  ]);
  return { date, timeZone, budgetMinutes, actions, progress, notices };
}

/**
 * The day's kept plan, read in one query when it has actions; otherwise (or when asked) a plan is
 * made in a transaction, which first looks again for one made meanwhile or whose people are gone.
 */
async function keptOrNewPlan(
  deps: Deps,
  options: {
    profile: Profile;
    date: string;
    budgetMinutes: number;
    rebuild: boolean;
    notices: string[];
  },
): Promise<StoredAction[]> {
  const { date, rebuild } = options;
  if (!rebuild) {
    const kept = await findPlan(deps.store, deps.accountId, date);
    if (kept.length > 0) return kept;
  }
  await inTransaction(deps.store, async (tx) => {
    if (!rebuild && (await hasPlan(tx, deps.accountId, date))) return;
    options.notices.push(...(await buildPlan(tx, deps, options)));
  });
  return findPlan(deps.store, deps.accountId, date);
}

/** Replaces the day's open actions with a fresh plan for what is left of the budget. */
async function buildPlan(
  store: Store,
  deps: Deps,
  options: { profile: Profile; date: string; budgetMinutes: number },
): Promise<string[]> {
  const { profile, date } = options;
  const warnings = await retier(store, deps.accountId, date);
  await deleteOpenActions(store, deps.accountId, date);
  const kept = await findPlan(store, deps.accountId, date);
  const spent = kept.filter((a) => a.status === 'done').reduce((sum, a) => sum + a.minutes, 0);
  const targets: Targets = {
    goal: profile.goal,
    roles: profile.targetRoles,
    companies: profile.targetCompanies,
    industries: profile.targetIndustries,
  };
  const dormantYears = profile.dormantYears || defaultDormantYears;
  const ids = await findCandidateIds(store, deps.accountId, {
    today: date,
    dormantBefore: addDays(date, -Math.round(dormantYears * 365.25)),
    limits: candidateLimits,
  });
  for (const term of goalSearchTerms(targets)) {
    const found = await searchPeople(store, deps.accountId, {
      query: term,
      limit: goalMatchesPerTerm,
      offset: 0,
    });
    ids.push(...found.people.map((p) => p.id));
  }
  const actions = planToday({
    today: date,
    budgetMinutes: Math.max(0, options.budgetMinutes - spent),
    targets,
    offers: profile.offers,
    dormantYears,
    candidates: await loadCoachPeople(store, deps.accountId, [...new Set(ids)]),
    exclude: new Set(kept.map((a) => a.personId)),
  });
  const firstN = (await maxActionNumber(store, deps.accountId, date)) + 1;
  await insertActions(store, deps.accountId, date, actions, { firstN, now: timestamp(deps) });
  return warnings;
}
