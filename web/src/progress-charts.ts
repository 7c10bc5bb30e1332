// The Progress page's charts, built from the stats: what each one draws, says in words and lists.
import type { Stats } from './api.js';
import type { ChartSpec } from './Chart.js';
import { categoryChart } from './chart-specs.js';
import type { Figures } from './ChartSection.js';
import { stageLabels } from '../../src/core/words/stages.js';
import { formatDay } from './labels.js';

export interface ProgressChart {
  testId: string;
  title: string;
  summary: string;
  spec: ChartSpec;
  legend?: string;
  figures: Figures;
}

export function progressCharts(stats: Stats): ProgressChart[] {
  return [weekly(stats), replies(stats), giveGet(stats), tiers(stats), stages(stats)];
}

function weekly({ progress }: Stats): ProgressChart {
  const { weeks, weeklyGoal, doneThisWeek, streakWeeks } = progress;
  const total = weeks.reduce((sum, week) => sum + week.done, 0);
  const streak = streakWeeks > 0 ? ` That’s a ${streakWeeks}-week streak.` : '';
  return {
    testId: 'chart-weekly',
    title: 'Actions done each week',
    summary:
      total === 0
        ? 'Nothing marked done in the last 12 weeks yet. Every action you finish on the Today page counts here.'
        : `${total} done in the last 12 weeks, and ${doneThisWeek} of ${weeklyGoal} this week.${streak}`,
    spec: categoryChart({
      labels: weeks.map((week) => dayAndMonth(week.weekOf)),
      fit: 'thin',
      series: [
        { label: 'Done', values: weeks.map((week) => week.done), look: 'bars' },
        { label: 'Weekly goal', values: weeks.map(() => weeklyGoal), look: 'dashed' },
      ],
    }),
    legend: `Bars: actions done in the week starting that day. Dashed line: your weekly goal of ${weeklyGoal}.`,
    figures: {
      columns: ['Week starting', 'Done', 'Goal'],
      rows: weeks.map((week) => [formatDay(week.weekOf), week.done, weeklyGoal]),
    },
  };
}

function replies({ replies: months, replyRate }: Stats): ProgressChart {
  const asked = months.reduce((sum, month) => sum + month.asked, 0);
  const answered = months.reduce((sum, month) => sum + month.answered, 0);
  const rate = (m: { asked: number; answered: number }) =>
    m.asked === 0 ? null : Math.round((m.answered / m.asked) * 100);
  return {
    testId: 'chart-replies',
    title: 'How often people answer',
    summary:
      replyRate === null
        ? 'No asks logged in the last year yet. Once you ask for advice or an introduction, this shows how often people answer — usually more often than we expect.'
        : `${Math.round(replyRate * 100)}% of your asks in the last year got an answer (${answered} of ${asked}). When one goes quiet, it’s usually timing, not a no.`,
    spec: categoryChart({
      labels: months.map((month) => monthName(month.month)),
      fit: 'thin',
      series: [{ label: 'Answered', values: months.map(rate), look: 'line' }],
      percent: true,
    }),
    legend: 'The share of each month’s asks that got an answer. Gaps are months with no asks.',
    figures: {
      columns: ['Month', 'Asks', 'Answered', 'Share answered'],
      rows: months.map((month) => {
        const share = rate(month);
        return [
          monthName(month.month),
          month.asked,
          month.answered,
          share === null ? '–' : `${share}%`,
        ];
      }),
    },
  };
}

function giveGet({ giveGet: ledger }: Stats): ProgressChart {
  const rows: [string, number][] = [
    ['You gave', ledger.given],
    ['You asked', ledger.asked],
    ['They gave you', ledger.received],
  ];
  return {
    testId: 'chart-give-get',
    title: 'Give and get',
    summary: ledger.summary,
    spec: categoryChart({
      labels: rows.map(([label]) => label),
      series: [{ label: 'Times', values: rows.map(([, count]) => count), look: 'bars' }],
    }),
    figures: { columns: ['', 'Times'], rows },
  };
}

function tiers({ tiers: all }: Stats): ProgressChart {
  // The wider network has no usual size and can run to thousands: it is told, not drawn.
  const sized = all.filter((tier) => tier.usual !== null);
  const wider = all.filter((tier) => tier.usual === null && tier.people > 0);
  const rest = wider.map(
    (tier) => ` Plus ${tier.people} in your ${tier.label.toLowerCase()} (${tier.cadence}).`,
  );
  return {
    testId: 'chart-tiers',
    title: 'People in each tier',
    summary: `Each tier has a rhythm for keeping in touch; the usual sizes are a guide, not a limit.${rest.join('')}`,
    spec: categoryChart({
      labels: sized.map((tier) => tier.label),
      series: [
        { label: 'People', values: sized.map((tier) => tier.people), look: 'bars' },
        { label: 'Usual size', values: sized.map((tier) => tier.usual), look: 'markers' },
      ],
    }),
    legend: 'Bars: people in each tier. Circles: about how many each tier usually holds.',
    figures: {
      columns: ['Tier', 'People', 'Usual size', 'Keep in touch'],
      rows: all.map((tier) => [tier.label, tier.people, tier.usual ?? '–', tier.cadence]),
    },
  };
}

function stages({ stages: all }: Stats): ProgressChart {
  const top = all.reduce(
    (best, stage) => (stage.people > best.people ? stage : best),
    all[0] ?? { stage: 'stranger', people: 0 },
  );
  return {
    testId: 'chart-stages',
    title: 'People at each stage',
    summary:
      top.people === 0
        ? 'No one here yet. Stages move from stranger to ally as you keep in touch both ways.'
        : `Most are at the ${stageLabels[top.stage].toLowerCase()} stage (${top.people}). Moving along takes months, not days.`,
    spec: categoryChart({
      labels: all.map((stage) => stageLabels[stage.stage]),
      series: [{ label: 'People', values: all.map((stage) => stage.people), look: 'bars' }],
    }),
    figures: {
      columns: ['Stage', 'People'],
      rows: all.map((stage) => [stageLabels[stage.stage], stage.people]),
    },
  };
}

/** "14 Sep" for a YYYY-MM-DD day. */
function dayAndMonth(day: string): string {
  return new Date(`${day}T00:00:00Z`).toLocaleDateString(undefined, {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'short',
  });
}

/** "Dec 25" for a YYYY-MM month. */
function monthName(month: string): string {
  return new Date(`${month}-01T00:00:00Z`).toLocaleDateString(undefined, {
    timeZone: 'UTC',
    month: 'short',
    year: '2-digit',
  });
}
