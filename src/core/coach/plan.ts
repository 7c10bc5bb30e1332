// Today's plan: a short list of who to reach out to, why, and what to do first, within the day's time.
import { daysBetween, describeSpan, shortDate } from '../dates.js';
import type { Person } from '../person.js';
import type { OfferItem } from '../words/offer-catalogue.js';
import { matchOffers } from '../words/offers.js';
import { followUpIntentFor, type DraftIntent } from '../words/intents.js';
import { firstNameOf } from '../words/prose.js';
import { maxUnanswered } from '../follow-up.js';
import { matchGoal, type Targets } from './goal-match.js';
import { scoreTie } from './tie-strength.js';
import type { TieSummary } from './tie-summary.js';
import { dueState, tierInfo, type Cadence, type DueDates, type Tier } from './tiers.js';

/** Also the order the plan takes them in, round after round: give first, so a plan is never only asks. */
export const actionKinds = ['give', 'follow-up', 'goal', 'reconnect', 'keep-in-touch'] as const;
export type ActionKind = (typeof actionKinds)[number];

export const actionStatuses = ['open', 'done', 'skipped', 'snoozed'] as const;
export type ActionStatus = (typeof actionStatuses)[number];

/** Minutes each kind usually takes: a nudge or a favour is quick, a first goal message is not. */
export const actionMinutes: Record<ActionKind, number> = {
  give: 5,
  'follow-up': 5,
  'keep-in-touch': 5,
  reconnect: 10,
  goal: 15,
};

export const actionKindLabels: Record<ActionKind, string> = {
  give: 'Give first',
  'follow-up': 'Follow up',
  'keep-in-touch': 'Keep in touch',
  goal: 'Toward your goal',
  reconnect: 'Reconnect',
};

/** Dormant means no two-way contact for three years or more (Levin, Walter & Murnighan 2011). */
export const defaultDormantYears = 3;

/** Someone without a cadence is not suggested within two weeks of the last contact (PingCRM uses 14 days). */
const recentDays = 14;

/**
 * A follow-up more than a month overdue has lapsed: a nudge about a months-old message reads
 * oddly, so the person goes back to their ordinary cadence instead.
 */
const followUpLapseDays = 30;

/** Goal outreach skips people in touch within the last month: let the last conversation breathe. */
const goalQuietDays = 30;

/** What the coach knows of one person: the person, the kept aggregate and their keep-in-touch state. */
export interface CoachPerson {
  person: Person;
  summary: TieSummary;
  tier: Tier;
  cadence: Cadence | null;
  due: DueDates | null;
  /** Skipped or snoozed until this day. */
  holdUntil: string | null;
}

export interface PlanInput {
  today: string;
  budgetMinutes: number;
  targets: Targets;
  offers: readonly OfferItem[];
  dormantYears: number;
  /** The pool the store gathered from its indexes: due, following up, dormant, on target, close. */
  candidates: readonly CoachPerson[];
  /** People already in today's plan (kept when the plan is refreshed). */
  exclude?: ReadonlySet<number>;
}

export interface PlannedAction {
  personId: number;
  personName: string;
  kind: ActionKind;
  /** One line on why this person, today. */
  why: string;
  minutes: number;
  /** The draft that fits, so one click opens Compose on it. */
  intent: DraftIntent;
  /** What to give, for give-first actions. */
  offer: string | null;
}

interface Scored {
  action: PlannedAction;
  priority: number;
}

/** The day's share of the weekly budget: networking is planned on five working days. */
export function dailyBudget(weeklyMinutes: number): number {
  return Math.max(5, Math.round(weeklyMinutes / 5));
}

/**
 * Builds the plan: the best candidate of each kind in turn (give first, so a plan is never only
 * asks), each person once, until the next action would not fit the budget.
 */
export function planToday(input: PlanInput): PlannedAction[] {
  const open = input.candidates.filter((c) => isReachable(c, input.today));
  const queues: Record<ActionKind, Scored[]> = {
    give: collect(open, (c) => giveAction(c, input)),
    'follow-up': collect(open, (c) => followUpAction(c, input.today)),
    'keep-in-touch': collect(open, (c) => keepInTouchAction(c, input)),
    goal: collect(open, (c) => goalAction(c, input)),
    reconnect: collect(open, (c) => reconnectAction(c, input)),
  };
  const used = new Set(input.exclude ?? []);
  const plan: PlannedAction[] = [];
  let left = input.budgetMinutes;
  for (let added = true; added;) {
    added = false;
    for (const kind of actionKinds) {
      if (actionMinutes[kind] > left) continue;
      const next = takeNext(queues[kind], used);
      if (!next) continue;
      plan.push(next);
      used.add(next.personId);
      left -= next.minutes;
      added = true;
    }
  }
  return plan;
}

function collect(pool: readonly CoachPerson[], make: (c: CoachPerson) => Scored | null): Scored[] {
  return pool
    .map(make)
    .filter((s): s is Scored => s !== null)
    .sort((a, b) => b.priority - a.priority || a.action.personId - b.action.personId);
}

function takeNext(queue: Scored[], used: ReadonlySet<number>): PlannedAction | null {
  while (queue.length > 0) {
    const next = queue.shift();
    if (next && !used.has(next.action.personId)) return next.action;
  }
  return null;
}

/** Never do-not-contact, never on hold, never a fourth message without an answer. */
function isReachable(c: CoachPerson, today: string): boolean {
  if (c.person.doNotContact) return false;
  if (c.holdUntil !== null && daysBetween(today, c.holdUntil) > 0) return false;
  return c.summary.unanswered < maxUnanswered;
}

/** Outside a due follow-up, nobody is suggested before their cadence allows or within two weeks. */
function cadenceAllows(c: CoachPerson, today: string): boolean {
  if (c.summary.followUp.state !== 'none' && !followUpLapsed(c, today)) return false;
  // With a cadence, the cadence decides (the inner circle comes due after 8–10 days);
  // without one, two weeks must pass since the last contact.
  if (c.due) return daysBetween(c.due.dueOn, today) >= 0;
  return !c.summary.lastOn || daysBetween(c.summary.lastOn, today) >= recentDays;
}

function action(
  c: CoachPerson,
  kind: ActionKind,
  why: string,
  intent: DraftIntent,
  offer: string | null = null,
): PlannedAction {
  return {
    personId: c.person.id,
    personName: c.person.name,
    kind,
    why,
    minutes: actionMinutes[kind],
    intent,
    offer,
  };
}

function followUpLapsed(c: CoachPerson, today: string): boolean {
  const status = c.summary.followUp;
  return status.state === 'waiting' && daysBetween(status.dueOn, today) > followUpLapseDays;
}

function followUpAction(c: CoachPerson, today: string): Scored | null {
  const status = c.summary.followUp;
  if (status.state !== 'waiting' || daysBetween(status.dueOn, today) < 0) return null;
  if (followUpLapsed(c, today)) return null;
  const why =
    status.step === 1
      ? `No reply since you wrote on ${shortDate(status.sentOn, today)}. Silence is normal; a short, friendly nudge often brings the answer.`
      : `Still no reply to your note from ${shortDate(status.sentOn, today)}. This is the last nudge; after it Kith lets ${firstNameOf(c.person.name)} rest for a quarter.`;
  return {
    action: action(c, 'follow-up', why, followUpIntentFor(status)),
    priority: 1000 + daysBetween(status.dueOn, today),
  };
}

function keepInTouchAction(c: CoachPerson, input: PlanInput): Scored | null {
  const today = input.today;
  // A dormant tie belongs in the reconnect queue, ranked by value, not on a cadence.
  if (!c.cadence || !cadenceAllows(c, today) || isDormant(c, input)) return null;
  const state = dueState(c.due, today);
  if (state === 'not-due') return null;
  const label = c.cadence.custom ? 'You chose' : `${tierInfo[c.tier].label}: you like`;
  const lastOn = c.summary.lastOn;
  if (!lastOn) {
    return {
      action: action(
        c,
        'keep-in-touch',
        `You added ${firstNameOf(c.person.name)} and haven't been in touch yet. A short hello now keeps it warm.`,
        'first-contact-warm',
      ),
      priority: 200 - c.tier * 10,
    };
  }
  const since = describeSpan(daysBetween(lastOn, today));
  const why =
    state === 'overdue'
      ? `${label} to be in touch ${c.cadence.label}, at worst every ${describeSpan(c.cadence.maxDays)}. It has been ${since}.`
      : `${label} to be in touch ${c.cadence.label}. It has been ${since}.`;
  const overdueBy = c.due ? daysBetween(c.due.dueOn, today) : 0;
  return {
    action: action(c, 'keep-in-touch', why, 'share'),
    priority: (state === 'overdue' ? 500 : 300) - c.tier * 10 + Math.min(overdueBy, 60) / 10,
  };
}

function giveAction(c: CoachPerson, input: PlanInput): Scored | null {
  if (!cadenceAllows(c, input.today) || !c.summary.lastOn) return null;
  // A favour to someone due for a touch does both jobs at once.
  const due = dueState(c.due, input.today) === 'not-due' ? 0 : 100;
  const [best] = matchOffers(input.offers, c.person).filter((m) => m.score >= 1);
  if (best) {
    const why = `${best.reason} You could offer ${best.offer.detail}.`;
    return {
      action: action(c, 'give', why, 'share', best.offer.detail),
      priority: due + 100 + best.score * 10,
    };
  }
  const interest = c.person.interests[0];
  if (!interest) return null;
  const why = `A five-minute favour: send ${firstNameOf(c.person.name)} something useful about ${interest}. Giving first is what makes the later ask easy.`;
  return {
    action: action(c, 'give', why, 'share', interest),
    priority: due + 50 + (6 - c.tier),
  };
}

function goalAction(c: CoachPerson, input: PlanInput): Scored | null {
  const match = matchGoal(c.person, input.targets);
  if (!match || !cadenceAllows(c, input.today)) return null;
  const lastOn = c.summary.lastOn;
  if (lastOn && daysBetween(lastOn, input.today) < goalQuietDays) return null;
  const score = scoreTie(c.summary, input.today).score;
  // For a job search, moderately weak ties help most (Rajkumar et al. 2022: an inverted U),
  // so the weight peaks at a middling strength; for business, warmer ties come first.
  const fit =
    input.targets.goal === 'job-search' ? 1 - Math.abs(score - 35) / 65 : 0.3 + score / 100;
  const tieNote =
    input.targets.goal !== 'job-search'
      ? ''
      : !lastOn
        ? ' Ask for advice, not a job.'
        : score < 60
          ? ' A lighter tie like this often hears of openings your close friends don’t.'
          : '';
  const intent: DraftIntent = !lastOn
    ? 'first-contact-warm'
    : score < 20
      ? 'reconnect'
      : 'ask-advice';
  return {
    action: action(c, 'goal', `${match.reason}.${tieNote}`, intent),
    priority: match.weight * 10 * Math.max(0.1, fit),
  };
}

/** No two-way contact for the dormant threshold or more, after there once was some. */
function isDormant(c: CoachPerson, input: PlanInput): boolean {
  const heard = c.summary.lastTwoWayOn;
  return heard !== null && daysBetween(heard, input.today) >= input.dormantYears * 365;
}

function reconnectAction(c: CoachPerson, input: PlanInput): Scored | null {
  const heard = c.summary.lastTwoWayOn;
  if (!heard || !isDormant(c, input) || !cadenceAllows(c, input.today)) return null;
  const quietDays = daysBetween(heard, input.today);
  return {
    action: action(
      c,
      'reconnect',
      `You last heard from ${firstNameOf(c.person.name)} ${describeSpan(quietDays)} ago. Old ties often give the freshest advice, and reconnecting is rarely as awkward as it feels.`,
      'reconnect',
    ),
    priority: reconnectValue(c, input.targets),
  };
}

/**
 * Likely value of a dormant tie, not past closeness: novelty (less time together before, so
 * fresher information), engagement (they answered before, so trust survived) and relevance to
 * the goal (Walter, Levin & Murnighan 2015, research §A2).
 */
export function reconnectValue(c: CoachPerson, targets: Targets): number {
  const together = c.summary.outbound + c.summary.inbound + c.summary.mutual;
  const novelty = 1 / (1 + Math.log1p(together));
  const engagement = c.summary.inbound + c.summary.mutual > 0 ? 1 : 0;
  const relevance = matchGoal(c.person, targets) ? 1 : 0;
  const known = c.person.needs || c.person.interests.length > 0 ? 0.25 : 0;
  return Math.round((novelty + engagement + relevance + known) * 1000) / 1000;
}
