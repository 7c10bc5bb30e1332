// Turns the progress figures into the lines `kith stats` prints: small text charts and plain words.
import { shortDate } from '../core/dates.js';
import { stageLabels } from '../core/words/stages.js';
import type { Stats } from '../services/stats.js';
import { describeWeek } from './render-today.js';
import { renderTable } from './render-table.js';
import { formatCount } from './whole-number.js';

/** The widest bar in the weekly chart, in characters. */
const barWidth = 24;

export function renderStats(stats: Stats): string[] {
  return [
    `Your progress, as of ${shortDate(stats.date, stats.date)}`,
    '',
    ...renderWeeks(stats),
    '',
    `Replies: ${describeReplyRate(stats)}`,
    '',
    `Give and get: ${stats.giveGet.summary}`,
    `  (given ${formatCount(stats.giveGet.given)} · asked ${formatCount(stats.giveGet.asked)} · received ${formatCount(stats.giveGet.received)})`,
    '',
    'People per tier:',
    ...renderTable(
      stats.tiers.map((t) => [
        `${t.tier}. ${t.label}`,
        formatCount(t.people),
        t.usual === null ? 'no usual size' : `usually about ${t.usual}`,
        t.cadence,
      ]),
    ).map((line) => `  ${line}`),
    '',
    'People per stage:',
    ...renderTable(stats.stages.map((s) => [stageLabels[s.stage], formatCount(s.people)])).map(
      (line) => `  ${line}`,
    ),
  ];
}

/** Actions done in each of the last twelve weeks as a bar chart, newest last. */
function renderWeeks(stats: Stats): string[] {
  const { weeks, weeklyGoal } = stats.progress;
  const most = Math.max(weeklyGoal, ...weeks.map((w) => w.done));
  const rows = weeks.map((week) => {
    const length = week.done === 0 ? 0 : Math.max(1, Math.round((week.done / most) * barWidth));
    return [
      shortDate(week.weekOf, stats.date),
      week.done === 0 ? '·' : '█'.repeat(length),
      String(week.done),
    ];
  });
  return [
    `Actions done per week (goal ${weeklyGoal}), week starting:`,
    ...renderTable(rows, [12, barWidth, 6]).map((line) => `  ${line}`),
    describeWeek(stats.progress),
  ];
}

/**
 * The reply rate as a friend would put it. Silence is normal: people underestimate how often
 * others say yes (Flynn & Lake 2008), and even warm outreach goes unanswered often (research §A5).
 */
export function describeReplyRate(stats: Pick<Stats, 'replies' | 'replyRate'>): string {
  const asked = stats.replies.reduce((sum, m) => sum + m.asked, 0);
  const answered = stats.replies.reduce((sum, m) => sum + m.answered, 0);
  const counts = `${formatCount(answered)} of ${formatCount(asked)} in the last 12 months`;
  const rate = stats.replyRate;
  if (rate === null || asked === 0) {
    return 'no asks logged in the last 12 months yet, so there is no reply rate to show.';
  }
  if (answered === 0) {
    return `no answers yet (${counts}). Silence is normal: busy people often answer the second, gentle note.`;
  }
  if (rate >= 0.95) return `nearly all of your asks got an answer (${counts}).`;
  if (rate >= 0.5) {
    return `about ${Math.round(rate * 10)} in 10 of your asks got an answer (${counts}). Silence from the rest is normal.`;
  }
  return `about 1 in ${Math.round(1 / rate)} of your asks got an answer (${counts}) — typical for busy people. Silence is not a no.`;
}
