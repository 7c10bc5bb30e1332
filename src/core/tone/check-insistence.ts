// Finds pressure that no single phrase carries: "again" + "haven't heard" + "ASAP" across sentences.
import { insistenceCues, type InsistenceKind } from './phrases-insistence.js';
import type { Severity, ToneFinding } from './tone-report.js';

interface Cue {
  kind: InsistenceKind;
  start: number;
  end: number;
}

/** The cue quoted as the span: leaning on guilt or a deadline weighs most. */
const weight: Record<InsistenceKind, number> = {
  guilt: 4,
  urgency: 3,
  silence: 2,
  repeating: 1,
  marks: 1,
};

export function findInsistence(text: string): ToneFinding[] {
  const cues = findCues(text);
  const kinds = new Set(cues.map((c) => c.kind));
  // One cue is ordinary ("following up again"); two different kinds read as a demand.
  if (kinds.size < 2) return [];
  const severity: Severity = kinds.size >= 3 || kinds.has('guilt') ? 'high' : 'medium';
  const worst = cues.reduce((a, b) => (weight[b.kind] > weight[a.kind] ? b : a));
  const quoted = cues.map((c) => `“${text.slice(c.start, c.end)}”`).join(', ');
  return [
    {
      category: 'desperation',
      severity,
      start: worst.start,
      end: worst.end,
      excerpt: text.slice(worst.start, worst.end),
      why: `Together, ${quoted} put the reader on the spot; a note that is easy to answer gets answered sooner.`,
      rewrite:
        'Drop the count and the deadline, and make replying easy: “Just bringing this back up in case it got buried — would a quick yes or no by email work?”',
    },
  ];
}

function findCues(text: string): Cue[] {
  const cues: Cue[] = [];
  for (const kind of Object.keys(insistenceCues) as InsistenceKind[]) {
    for (const pattern of insistenceCues[kind]) {
      for (const m of text.matchAll(pattern)) {
        cues.push({ kind, start: m.index, end: m.index + m[0].length });
      }
    }
  }
  return cues.sort((a, b) => a.start - b.start);
}
