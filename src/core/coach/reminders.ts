// Reminders for the calendar feed: today's open plan actions, then the coming follow-up and keep-in-touch dates.
import { addDays, daysBetween, shortDate } from '../dates.js';
import { maxUnanswered } from '../follow-up.js';
import type { ActionKind, ActionStatus, CoachPerson } from './plan.js';
import { tierInfo } from './tiers.js';
import { firstNameOf } from '../words/prose.js';

/**
 * How far ahead the feed looks. Two months covers every inner-tier cadence once (the tightest is
 * every 1–2 weeks, the loosest kept one 2–3 times a year) without listing a season of dates that
 * the next contact will move anyway.
 */
export const reminderWindowDays = 60;

export type ReminderKind = 'plan' | 'follow-up' | 'keep-in-touch';

export interface Reminder {
  /** Stable across regenerations, so a calendar app updates the event instead of adding a copy. */
  uid: string;
  kind: ReminderKind;
  /** The user's local date it falls on: an all-day event. */
  date: string;
  personId: number;
  summary: string;
  /** One line on why. */
  description: string;
}

/** What the feed needs of one action in today's kept plan. */
export interface PlanItem {
  personId: number;
  personName: string;
  kind: ActionKind;
  why: string;
  status: ActionStatus;
}

export interface ReminderInput {
  /** Part of every UID: two accounts on one server never share an event. */
  accountId: string;
  /** The user's local date, the plan's date. */
  today: string;
  plan: readonly PlanItem[];
  /** People the store found with a follow-up or keep-in-touch date after today. */
  upcoming: readonly CoachPerson[];
}

const planSummaries: Record<ActionKind, string> = {
  give: 'offer something to',
  'follow-up': 'follow up with',
  'keep-in-touch': 'keep in touch with',
  goal: 'reach out to',
  reconnect: 'reconnect with',
};

/**
 * Today's open actions on today, then one dated reminder a person within the window: a due
 * follow-up wins over the keep-in-touch date, as in the plan, and a hold (skip or snooze) moves the
 * day to when it ends. Done, skipped and snoozed actions, do-not-contact people and anyone with
 * three messages unanswered get nothing.
 */
export function buildReminders(input: ReminderInput): Reminder[] {
  const { today } = input;
  const until = addDays(today, reminderWindowDays);
  const planned = input.plan
    .filter((item) => item.status === 'open')
    .map((item) =>
      reminder(input, {
        kind: 'plan',
        date: today,
        personId: item.personId,
        summary: `Kith: ${planSummaries[item.kind]} ${item.personName}`,
        description: item.why,
      }),
    );
  const dated = input.upcoming
    .filter((c) => !c.person.doNotContact && c.summary.unanswered < maxUnanswered)
    .map((c) => followUpReminder(input, c) ?? keepInTouchReminder(input, c))
    .filter((r): r is Reminder => r !== null && r.date > today && r.date <= until);
  return [...planned, ...dated].sort(
    (a, b) => a.date.localeCompare(b.date) || a.personId - b.personId,
  );
}

function reminder(input: ReminderInput, fields: Omit<Reminder, 'uid'>): Reminder {
  const uid = `kith-${fields.kind}-${input.accountId}-${fields.personId}-${fields.date}@kith`;
  return { uid, ...fields };
}

/** The later of the due day and the end of a hold. */
function dayFor(dueOn: string, holdUntil: string | null): string {
  return holdUntil !== null && daysBetween(dueOn, holdUntil) > 0 ? holdUntil : dueOn;
}

function followUpReminder(input: ReminderInput, c: CoachPerson): Reminder | null {
  const status = c.summary.followUp;
  if (status.state !== 'waiting') return null;
  const date = dayFor(status.dueOn, c.holdUntil);
  const sent = shortDate(status.sentOn, date);
  return reminder(input, {
    kind: 'follow-up',
    date,
    personId: c.person.id,
    summary: `Kith: follow up with ${c.person.name}`,
    description:
      status.step === 1
        ? `No reply since you wrote on ${sent}. Silence is normal; a short, friendly nudge often brings the answer.`
        : `Still no reply to your note from ${sent}. This is the last nudge; after it Kith lets ${firstNameOf(c.person.name)} rest for a quarter.`,
  });
}

/** Only while no follow-up sequence is running, as the plan does. */
function keepInTouchReminder(input: ReminderInput, c: CoachPerson): Reminder | null {
  if (!c.cadence || !c.due || c.summary.followUp.state !== 'none') return null;
  const date = dayFor(c.due.dueOn, c.holdUntil);
  const lastOn = c.summary.lastOn;
  const liking = c.cadence.custom ? 'You chose' : `${tierInfo[c.tier].label}: you like`;
  // Worded against the reminder's own day, not today, so the text stays the same from one
  // download to the next and a calendar app has nothing to update.
  const description = lastOn
    ? `${liking} to be in touch ${c.cadence.label}. Last in touch on ${shortDate(lastOn, date)}.`
    : `You added ${firstNameOf(c.person.name)} and haven't been in touch yet. A short hello keeps it warm.`;
  return reminder(input, {
    kind: 'keep-in-touch',
    date,
    personId: c.person.id,
    summary: `Kith: keep in touch with ${c.person.name}`,
    description,
  });
}
