// Tie strength, 0–100: how close a relationship is today, from the kept aggregate and the date.
// The model is research §A6 (after Gilbert & Karahalios 2009): recency-decayed intensity,
// reciprocity, duration and days since the last two-way contact, through a logistic curve.
import { daysBetween, describeSpan } from '../dates.js';
import { halfLifeDays, type TieSummary } from './tie-summary.js';

export interface TieStrength {
  /** 0 (no contact logged) to 100. */
  score: number;
  parts: {
    /** Recency-decayed intensity today: one meeting this week is about 3. */
    intensity: number;
    /** 0 (only one side ever reaches out) to 1 (both sides equally). */
    reciprocity: number;
    /** Days since the first logged contact. */
    durationDays: number;
    /** Days since they last reached out or it went both ways; null when it never has. */
    daysSinceTwoWay: number | null;
  };
}

/**
 * Coefficients of the logistic model. They are a hand-set starting point, not fitted: a weekly
 * meeting scores in the 90s, a monthly call in the 80s, one unanswered email a year ago under 10,
 * a once-close tie silent for three years about 20. Days since two-way contact carries the most
 * weight after intensity: it was the single best predictor in Gilbert & Karahalios (2009).
 */
const weights = { intensity: 1.2, reciprocity: 1.0, duration: 0.25, silence: 0.5, bias: -1.5 };

/** When nothing ever came back, silence is counted from the first contact, capped at ten years. */
const neverTwoWayDays = 3650;

/** The decayed intensity today, from the intensity kept as of the last contact. */
export function intensityOn(summary: TieSummary, today: string): number {
  if (!summary.lastOn) return 0;
  const days = Math.max(0, daysBetween(summary.lastOn, today));
  return summary.intensity * 2 ** (-days / halfLifeDays);
}

export function scoreTie(summary: TieSummary, today: string): TieStrength {
  const intensity = intensityOn(summary, today);
  const theirs = summary.inbound + summary.mutual;
  const reciprocity =
    Math.max(theirs, summary.outbound) === 0
      ? 0
      : Math.min(theirs, summary.outbound + summary.mutual) / Math.max(theirs, summary.outbound);
  const durationDays = summary.firstOn ? Math.max(0, daysBetween(summary.firstOn, today)) : 0;
  const daysSinceTwoWay = summary.lastTwoWayOn
    ? Math.max(0, daysBetween(summary.lastTwoWayOn, today))
    : null;
  const parts = {
    intensity: round(intensity, 3),
    reciprocity: round(Math.min(1, reciprocity), 2),
    durationDays,
    daysSinceTwoWay,
  };
  if (!summary.lastOn) return { score: 0, parts };
  const silence = daysSinceTwoWay ?? Math.min(neverTwoWayDays, durationDays);
  const z =
    weights.intensity * Math.log1p(intensity) +
    weights.reciprocity * parts.reciprocity +
    weights.duration * Math.log1p(durationDays) -
    weights.silence * Math.log1p(silence) +
    weights.bias;
  return { score: Math.max(1, Math.round(100 / (1 + Math.exp(-z)))), parts };
}

/**
 * The score in plain words, as a friend would put it: "You last heard from Ana 8 months ago.
 * You reached out 5 times; Ana reached out once."
 */
export function explainTie(summary: TieSummary, name: string, today: string): string {
  const first = name.trim().split(/\s+/)[0] || name;
  if (!summary.lastOn) return `You haven't logged any contact with ${first} yet.`;
  const sentences: string[] = [];
  const heard = summary.lastTwoWayOn;
  if (heard) {
    const days = daysBetween(heard, today);
    sentences.push(
      days <= 0
        ? `You last heard from ${first} today.`
        : `You last heard from ${first} ${describeSpan(days)} ago.`,
    );
  } else {
    sentences.push(`${first} hasn't written back yet; that is common, and not a no.`);
  }
  const mine = summary.outbound > 0 ? `You reached out ${times(summary.outbound)}` : '';
  const theirs =
    summary.inbound > 0
      ? `${first} reached out ${times(summary.inbound)}`
      : mine
        ? `${first} hasn't reached out first yet`
        : '';
  const counts = [mine, theirs].filter(Boolean).join('; ');
  const together = summary.mutual > 0 ? `you met or talked ${times(summary.mutual)}` : '';
  const line = [counts, together].filter(Boolean).join(', and ');
  if (line) sentences.push(`${line.charAt(0).toUpperCase()}${line.slice(1)}.`);
  return sentences.join(' ');
}

function times(n: number): string {
  if (n === 1) return 'once';
  if (n === 2) return 'twice';
  return `${n} times`;
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/**
 * A rank key for intensity that does not change with the date: log2 of the intensity kept as of
 * the last contact, plus that day's distance from 2000 in half-lives. Everyone decays at the same
 * rate, so ordering by it today equals ordering by today's intensity, and an index can serve it.
 */
export function heatOf(summary: Pick<TieSummary, 'lastOn' | 'intensity'>): number {
  if (!summary.lastOn || summary.intensity <= 0) return -1e9;
  return Math.log2(summary.intensity) + daysBetween('2000-01-01', summary.lastOn) / halfLifeDays;
}
