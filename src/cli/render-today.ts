// Turns today's plan, a marked action and the weekly goal into the lines `kith today`, `done`, `skip` and `snooze` print.
import { daysBetween, shortDate } from '../core/dates.js';
import type { Channel } from '../core/interaction.js';
import type { MarkResult } from '../services/plan-action.js';
import type { Progress } from '../services/progress.js';
import type { TodayView } from '../services/today.js';
import { channelNouns } from '../core/interaction-words.js';
import { quoteArg } from './render.js';

type StoredAction = TodayView['actions'][number];

const weekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;

/** "Wed 25 Nov": the plan's date as a person says it. */
function describeDate(day: string): string {
  const weekday = weekdays[new Date(`${day}T00:00:00Z`).getUTCDay()] ?? '';
  return `${weekday} ${shortDate(day, day)}`;
}

const statusNotes: Record<StoredAction['status'], string> = {
  open: '',
  done: ' · done',
  skipped: ' · skipped',
  snoozed: ' · snoozed',
};

function renderAction(action: StoredAction): string[] {
  const head = `${action.n}. ${action.kindLabel} · ${action.personName} · ${action.minutes} min${statusNotes[action.status]}`;
  if (action.status !== 'open') return [head];
  return [
    head,
    `   ${action.why}`,
    `   Draft it: kith draft ${action.personId} --intent ${action.intent}`,
  ];
}

/** "This week: 3 of 9 so far." Kind whatever the count: a slow week is not a failure. */
export function describeWeek(progress: Progress): string {
  const { doneThisWeek: done, weeklyGoal: goal, streakWeeks: streak } = progress;
  // The streak counts this week once its goal is reached; until then it counts the weeks before.
  if (done >= goal) {
    const run = streak >= 2 ? `, ${streak} weeks in a row` : '';
    return `This week: ${done} of ${goal} done — goal reached${run}.`;
  }
  const count =
    done === 0
      ? `This week: 0 of ${goal} so far. One small action is a fine start.`
      : `This week: ${done} of ${goal} so far.`;
  if (streak === 0) return count;
  const before = streak === 1 ? 'last week' : `the last ${streak} weeks in a row`;
  return `${count} You reached your goal ${before}.`;
}

export interface TodayContext {
  /** How many people are in the network, to say why a plan is empty. */
  people: number;
}

export function renderToday(view: TodayView, context: TodayContext): string[] {
  const { actions } = view;
  const counted = actions.filter((a) => a.status === 'open' || a.status === 'done');
  const planned = counted.reduce((sum, a) => sum + a.minutes, 0);
  const done = actions.filter((a) => a.status === 'done');
  const lines = [`Today, ${describeDate(view.date)}`];
  if (actions.length === 0) {
    lines.push('', ...explainEmpty(context));
  } else {
    const doneMinutes = done.reduce((sum, a) => sum + a.minutes, 0);
    lines[0] += ` · about ${planned} of your ${view.budgetMinutes} minutes planned`;
    if (done.length > 0) lines[0] += `, ${doneMinutes} done`;
    for (const action of actions) lines.push('', ...renderAction(action));
    lines.push('', ...nextSteps(actions));
  }
  lines.push('', describeWeek(view.progress));
  if (view.notices.length > 0) lines.push('', ...view.notices.map((notice) => `Note: ${notice}`));
  return lines;
}

function nextSteps(actions: readonly StoredAction[]): string[] {
  const open = actions.find((a) => a.status === 'open');
  if (!open) {
    return [
      "That's everything for today. Want a little more? kith today --refresh plans the time that is left.",
    ];
  }
  const n = open.n;
  return [`When you've done one: kith done ${n}    Not now: kith skip ${n}, or kith snooze ${n} 3`];
}

function explainEmpty(context: TodayContext): string[] {
  if (context.people === 0) {
    return [
      'Your network is empty, so there is nobody to suggest yet.',
      'Add someone you already know:  kith add "Ana Lopez" --company Acme',
      'Or log a conversation:         kith log "coffee with Ana Lopez yesterday"',
    ];
  }
  return [
    'Nothing is due today: nobody is waiting on a follow-up and everyone you keep in touch with is on schedule.',
    'Enjoy the quiet day. Log any conversation as it happens, and Kith plans around it:',
    '  kith log "coffee with Ana Lopez yesterday"',
    'Give more people a rhythm with kith tier <person> 3, or see how you are doing with kith stats.',
  ];
}

/** "Done: logged an email to Ana Lopez. 4 of 9 this week." `view` is today's plan after the mark. */
export function renderMarked(result: MarkResult, view: TodayView): string {
  const { action, interaction, backOn } = result;
  const name = action.personName;
  if (action.status === 'done' && interaction) {
    const preposition = toChannels.has(interaction.channel) ? 'to' : 'with';
    return `Done: logged ${channelNouns[interaction.channel]} ${preposition} ${name}. ${weekCount(view.progress)}`;
  }
  const back = backOn ? ` Back in your plans from ${shortDate(backOn, view.date)}.` : '';
  if (action.status === 'skipped') return `Skipped ${name} for now.${back}`;
  const days = backOn ? daysBetween(view.date, backOn) : 0;
  return `Snoozed ${name} for ${days === 1 ? '1 day' : `${days} days`}.${back}`;
}

/** Channels a message goes "to"; the rest happen "with" someone. */
const toChannels: ReadonlySet<Channel> = new Set(['email', 'message', 'social']);

function weekCount(progress: Progress): string {
  const { doneThisWeek, weeklyGoal } = progress;
  return doneThisWeek >= weeklyGoal
    ? `${doneThisWeek} of ${weeklyGoal} this week — goal reached.`
    : `${doneThisWeek} of ${weeklyGoal} this week.`;
}

/** How to see the person afterwards, for a done action. */
export function seeTimeline(result: MarkResult): string | null {
  if (result.action.status !== 'done') return null;
  return `See their timeline: kith show ${quoteArg(result.action.personName)}`;
}
