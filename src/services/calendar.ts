// The reminders feed: today's plan and the coming follow-up and keep-in-touch dates, as iCalendar.
import { z } from 'zod';
import { buildReminders, reminderWindowDays } from '../core/coach/reminders.js';
import { addDays } from '../core/dates.js';
import { parseInput } from '../core/validate.js';
import { writeCalendar } from '../formats/ical.js';
import { findUpcomingIds } from '../store/calendar.repo.js';
import { loadCoachPeople } from '../store/ties.repo.js';
import type { Deps } from './deps.js';
import { getToday } from './today.js';

export const calendarFeedSchema = z.object({
  /** Where Kith is reached, for the link back to each person: http://localhost:7070. */
  baseUrl: z.url({
    protocol: /^https?$/,
    error: 'must be an http or https address, such as http://localhost:7070',
  }),
  /** The alarm's local time on the day, or false for no alarm. */
  alarm: z
    .union([
      z.literal(false),
      z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time such as 09:00'),
    ])
    .default('09:00'),
});
export type CalendarFeedInput = z.input<typeof calendarFeedSchema>;

/**
 * Nearest dates per kind kept in the feed. The inner tiers hold about 150 people, so two months
 * rarely reach it; the cap bounds the work, since ical-generator folds about 1,000 events a second.
 */
const upcomingLimit = 250;

/** The .ics text. Today's part comes from getToday, so the feed and the plan always agree. */
export async function calendarFeed(deps: Deps, input: CalendarFeedInput): Promise<string> {
  const { baseUrl, alarm } = parseInput(calendarFeedSchema, input);
  const today = await getToday(deps);
  const ids = await findUpcomingIds(deps.store, deps.accountId, {
    from: addDays(today.date, 1),
    to: addDays(today.date, reminderWindowDays),
    limit: upcomingLimit,
  });
  const reminders = buildReminders({
    accountId: deps.accountId,
    today: today.date,
    plan: today.actions,
    upcoming: await loadCoachPeople(deps.store, deps.accountId, ids),
  });
  const base = baseUrl.replace(/\/+$/, '');
  return writeCalendar({
    events: reminders.map((r) => ({ ...r, url: `${base}/#/people/${r.personId}` })),
    now: deps.now(),
    calendarName: 'Kith reminders',
    alarm: alarm === false ? false : { minutesAfterMidnight: minutesOf(alarm) },
  });
}

function minutesOf(time: string): number {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return hours * 60 + minutes;
}
