// Flags messages too long for their intent, pointing at the sentence where the limit is crossed.
import type { TextAnalysis } from './nlp.js';
import { wordLimit } from './tone-context.js';
import type { Severity, ToneContext, ToneFinding } from './tone-report.js';

export function findTooLong(
  text: string,
  analysis: TextAnalysis,
  context: ToneContext,
): ToneFinding[] {
  const limit = wordLimit(context);
  const count = analysis.wordCount;
  if (count <= limit) return [];
  // The limit is the finding: a note over it asks more reading time than the intent earns, so it
  // is never only a nudge. Far over it, the note is unlikely to be read to the end.
  const severity: Severity = count > limit * 1.6 ? 'high' : 'medium';
  // Times and dates count but are not in `words`, so in a note full of them this is a little late.
  const firstExtra = analysis.words.filter((w) => w.startsWord)[limit];
  const crossing = analysis.sentences.find((s) => firstExtra && s.end > firstExtra.start);
  const start = crossing?.start ?? firstExtra?.start ?? 0;
  const end = text.trimEnd().length;
  return [
    {
      category: 'too-long',
      severity,
      start,
      end,
      excerpt: text.slice(start, end),
      why: `At ${count} words this asks more reading time than a busy person gives a note like this; about ${limit} words is plenty.`,
      rewrite: `Cut to about ${limit} words: one line on who you are, one on why them, and the one ask.`,
    },
  ];
}
