// Spans to highlight in a text — tone findings and [blanks] — cut into plain and marked pieces.
import type { Severity, ToneFinding } from './api.js';

export type MarkTone = Severity | 'blank';

export interface Mark {
  start: number;
  end: number;
  tone: MarkTone;
}

export interface Piece {
  text: string;
  /** The strongest mark covering this piece, or null for plain text. */
  tone: MarkTone | null;
}

const strength: Record<MarkTone, number> = { blank: 0, low: 1, medium: 2, high: 3 };

/** Cuts `text` at every mark boundary; overlapping marks show as the strongest of them. */
export function piecesOf(text: string, marks: readonly Mark[]): Piece[] {
  const valid = marks.filter((m) => m.start >= 0 && m.end <= text.length && m.start < m.end);
  const cuts = new Set([0, text.length]);
  for (const mark of valid) {
    cuts.add(mark.start);
    cuts.add(mark.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let i = 0; i + 1 < points.length; i += 1) {
    const start = points[i] ?? 0;
    const end = points[i + 1] ?? text.length;
    let tone: MarkTone | null = null;
    for (const mark of valid) {
      if (
        mark.start <= start &&
        mark.end >= end &&
        (tone === null || strength[mark.tone] > strength[tone])
      ) {
        tone = mark.tone;
      }
    }
    const last = pieces.at(-1);
    if (last && last.tone === tone) last.text += text.slice(start, end);
    else pieces.push({ text: text.slice(start, end), tone });
  }
  return pieces;
}

/** Where each "[label]" still sits in the text, for the labels Kith left as blanks. */
export function blankMarks(text: string, labels: readonly string[]): Mark[] {
  const marks: Mark[] = [];
  for (const label of labels) {
    const token = `[${label}]`;
    for (let at = text.indexOf(token); at !== -1; at = text.indexOf(token, at + token.length)) {
      marks.push({ start: at, end: at + token.length, tone: 'blank' });
    }
  }
  return marks;
}

/** The blanks still left in the text, in the order Kith listed them. */
export function blanksLeft(text: string, labels: readonly string[]): string[] {
  return labels.filter((label) => text.includes(`[${label}]`));
}

/** Findings whose span still holds the words they were about; older ones are hidden while typing. */
export function findingMarks(text: string, findings: readonly ToneFinding[]): Mark[] {
  return findings
    .filter((f) => text.slice(f.start, f.end) === f.excerpt)
    .map((f) => ({ start: f.start, end: f.end, tone: f.severity }));
}
