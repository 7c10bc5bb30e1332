// Finds a note that promotes the sender's own content: it points the reader at something the
// sender made ("my latest blog post", "my talk") and asks them to read, watch or spread it.
import type { ToneFinding } from './tone-report.js';

/** Something the sender wrote, recorded or published, named as theirs. */
const ownContent =
  /\bmy (?:own |latest |new |first |recent |last )?(?:(?:blog|linkedin|medium|substack) )?(?:article|post|blog|talk|video|podcast|episode|newsletter|book|essay|thread|channel|vlog|webinar|keynote|piece|write-?up)s?\b/i;

/** Asking the reader to consume or spread it: read, watch, share, like, or a link handed over. */
const consumeOrSpread =
  /\b(?:give (?:it|them) a (?:read|watch|listen|share|like)|(?:read|watch|listen to|share|like|repost|reshare|check out|subscribe to)\b|(?:here'?s|here is|sending|send you) (?:a |the )?link\b|link to my\b)/i;

const why =
  'The note points the reader at your own work and asks them to spend time on it; it gives them no reason to, from their side.';
const rewrite =
  'Say in a line why it matters to them, from their own work or question, or ask what they think of one point in it.';

/** A sentence that names the sender's content next to an ask to read or share it. */
export function findOwnPromotion(text: string): ToneFinding[] {
  const content = ownContent.exec(text);
  if (!content) return [];
  const ask = consumeOrSpread.exec(text);
  if (!ask) return [];
  const start = Math.min(content.index, ask.index);
  const end = Math.max(content.index + content[0].length, ask.index + ask[0].length);
  return [
    {
      category: 'self-focus',
      severity: 'medium',
      start,
      end,
      excerpt: text.slice(start, end),
      why,
      rewrite,
    },
  ];
}
