// The shapes a tone check takes and returns: context, findings, the report and the category list.
import type { Goal } from '../goals.js';
import type { RelationshipStage } from '../words/stages.js';

export const toneCategories = [
  'desperation',
  'sales-pitch',
  'over-apologising',
  'too-long',
  'big-ask-weak-tie',
  'vague-ask',
  'self-focus',
  'no-personalisation',
] as const;

export type ToneCategory = (typeof toneCategories)[number];

export const severities = ['low', 'medium', 'high'] as const;

export type Severity = (typeof severities)[number];

/** What the sender knows about the message; each field changes what counts as a problem. */
export interface ToneContext {
  stage?: RelationshipStage;
  /** e.g. 'first-contact', 'reconnect', 'ask-advice', 'request-intro', 'follow-up', 'thank-you'. */
  intent?: string;
  recipientName?: string;
  goal?: Goal;
}

/** One thing worth changing, with the exact span of the original text it is about. */
export interface ToneFinding {
  category: ToneCategory;
  severity: Severity;
  /** Offset of the first character of the span in the original text. */
  start: number;
  /** Offset just past the last character of the span. */
  end: number;
  excerpt: string;
  why: string;
  rewrite: string;
}

export interface ToneReport {
  /** 0–100, higher is better; null when the text could not be judged (not English). */
  score: number | null;
  verdict: string;
  findings: ToneFinding[];
  /** Things the reader should know about the check itself, such as the text being capped. */
  notes: string[];
  wordCount: number;
}
