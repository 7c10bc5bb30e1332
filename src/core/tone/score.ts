// Turns findings into a 0–100 score and a one-line verdict a coach would say.
import { toneCategories } from './tone-report.js';
import type { Severity, ToneCategory, ToneFinding, ToneReport } from './tone-report.js';
import { blanksIn } from '../words/blanks.js';

const weights: Record<Severity, number> = { low: 5, medium: 15, high: 30 };

/** Repeats of one problem add a little each, so one habit cannot zero the score alone. */
const repeatWeight = 5;
const categoryCap = 40;

export function scoreFindings(findings: readonly ToneFinding[]): number {
  let penalty = 0;
  for (const category of toneCategories) {
    const inCategory = findings.filter((f) => f.category === category);
    if (inCategory.length === 0) continue;
    const worst = Math.max(...inCategory.map((f) => weights[f.severity]));
    penalty += Math.min(categoryCap, worst + repeatWeight * (inCategory.length - 1));
  }
  return Math.max(0, 100 - penalty);
}

const fixes: Record<ToneCategory, string> = {
  desperation: 'steady the tone and ask for one small thing',
  'sales-pitch': 'lead with them, not with your offer',
  'over-apologising': 'drop the apologies, your note is welcome',
  'too-long': 'cut it down to the essentials',
  'big-ask-weak-tie': 'start with a smaller ask, like advice',
  'vague-ask': 'make the ask specific',
  'self-focus': 'turn it towards them',
  'no-personalisation': 'add one line that could only be for them',
};

const severityRank: Record<Severity, number> = { low: 0, medium: 1, high: 2 };

/**
 * The one-line verdict. While `blanks` (facts marked "[like this]") remain, it is always "fill in
 * the blanks first", never "send it": a message with a gap in it is not ready, however warm.
 */
export function verdictFor(
  score: number,
  findings: readonly ToneFinding[],
  blanks: readonly string[] = [],
): string {
  const serious = findings.filter((f) => f.severity !== 'low');
  if (blanks.length > 0) {
    const list = blanks.map((blank) => `[${blank}]`).join(', ');
    const then = serious.length > 0 ? `, then ${fixes[mostPressing(serious).category]}` : '';
    return `Fill in the blanks first: ${list}${then}.`;
  }
  if (serious.length === 0) {
    return findings.length === 0
      ? 'Warm and clear — send it.'
      : 'Good to send — one small tweak could make it even warmer.';
  }
  const top = mostPressing(serious);
  const fix = fixes[top.category];
  if (score >= 70) return `Nearly there: ${fix}.`;
  if (score >= 40) return `Worth a rewrite: ${fix}.`;
  return `Hold off for now: ${fix}, then read it again.`;
}

/** The worst finding; on a tie, the category listed first in toneCategories. */
function mostPressing(findings: readonly ToneFinding[]): ToneFinding {
  return findings.reduce((best, f) => {
    const bySeverity = severityRank[f.severity] - severityRank[best.severity];
    if (bySeverity !== 0) return bySeverity > 0 ? f : best;
    return toneCategories.indexOf(f.category) < toneCategories.indexOf(best.category) ? f : best;
  });
}

/** The report for a message that still holds blanks: its verdict says to fill them in first. */
export function holdForBlanks(report: ToneReport, text: string): ToneReport {
  const blanks = blanksIn(text);
  if (blanks.length === 0 || report.score === null) return report;
  return { ...report, verdict: verdictFor(report.score, report.findings, blanks) };
}
