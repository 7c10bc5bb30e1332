// Words a user sees for a tone finding: its category as a short verdict, and its severity.
// Shared with the web app, so it imports types only (see docs/decisions/0003-one-source-for-rules.md).
import type { Severity, ToneCategory } from './tone-report.js';

export const toneCategoryLabels: Record<ToneCategory, string> = {
  desperation: 'Sounds anxious',
  'sales-pitch': 'Sounds like a pitch',
  'over-apologising': 'Over-apologising',
  'too-long': 'Long for a first read',
  'big-ask-weak-tie': 'Big ask for this stage',
  'vague-ask': 'Unclear ask',
  'self-focus': 'Mostly about you',
  'no-personalisation': 'Could be to anyone',
};

/** Severity in words, so it never rests on colour alone. */
export const severityLabels: Record<Severity, string> = {
  high: 'Important',
  medium: 'Worth a look',
  low: 'Minor',
};
