// Joins the rules and the learned model: a finding when the model is sure on its own, or when a
// rule fires and the model does not judge it unlikely; the model's own findings quote the sentence
// that weighed most and speak to the stage the sender is at.
import type { CategoryScore, ToneModel } from './tone-model.js';
import { countApologies, isExclamationRun } from './check-pressure.js';
import type { RuleJudgement } from './rule-findings.js';
import { readTie } from './tone-context.js';
import type { ToneCategory, ToneContext, ToneFinding } from './tone-report.js';

interface Wording {
  why: (quote: string, context: ToneContext) => string;
  rewrite: (context: ToneContext) => string;
}

/** Who the reader is to the sender, in words that fit the stage ("does not know you yet" only for strangers). */
function readerFor(context: ToneContext, text: string): string {
  if (context.stage === 'stranger') return 'someone who does not know you yet';
  if (context.stage === 'acquaintance') return 'someone you have met only briefly';
  if (context.stage === 'contact' || context.stage === 'ally') return 'even a good contact';
  return readTie(context, text) === 'weak' ? 'someone who barely knows you' : 'the reader';
}

const greetingName = (context: ToneContext): string =>
  context.recipientName?.trim().split(/\s+/)[0] ?? 'Ana';

function wordings(text: string): Record<Exclude<ToneCategory, 'too-long'>, Wording> {
  return {
    desperation: {
      why: (q) =>
        `${q} puts your worry or a demand on the reader; a calm note that is easy to answer gets more help than one that leans on them.`,
      rewrite: () =>
        'Say what you are looking for in one steady line, then ask one small thing with no deadline.',
    },
    'sales-pitch': {
      why: (q) =>
        `${q} reads as a pitch: it sells you or your service before the reader has asked for anything.`,
      rewrite: () =>
        'Lead with something useful to them or a question about their work; describe what you offer only when they show a need.',
    },
    'over-apologising': {
      why: (q) =>
        `${q} is one of several apologies or excuses; more than one makes the apology the message.`,
      rewrite: () => 'Keep one brief “sorry” if it is owed, then move straight to the point.',
    },
    'big-ask-weak-tie': {
      why: (q, context) =>
        `${q} asks a lot of ${readerFor(context, text)}: it costs them time or reputation they have no reason yet to spend.`,
      rewrite: () =>
        'Ask for something small first, such as one question by email or 15 minutes of advice; bigger favours come once they know you.',
    },
    'vague-ask': {
      why: (q, context) =>
        context.intent === 'follow-up'
          ? `${q} leaves the reader to work out what you are waiting for and what they should do next.`
          : `${q} leaves the reader to guess what you would like from them, so the easiest answer is none.`,
      rewrite: (context) =>
        context.intent === 'follow-up'
          ? 'Name what you are following up on and offer one next step: “Could we talk for 15 minutes on Tuesday or Thursday?”'
          : 'End with one specific, small ask: a question they can answer in a line, or 15 minutes at a time you name.',
    },
    'self-focus': {
      why: (q) =>
        `${q} is about you, and so is most of the note; readers answer messages that show why they, in particular, are being asked.`,
      rewrite: () =>
        'Turn one sentence towards them: something they made, wrote or said, and why it matters to you.',
    },
    'no-personalisation': {
      why: (q, context) =>
        `${q} could be sent to anyone; nothing in the note is specific to ${context.recipientName?.trim() ?? 'the reader'}.`,
      rewrite: (context) =>
        `Add one line only they could receive: “Hi ${greetingName(context)}, I read your piece on…” or “We met at…”.`,
    },
  };
}

/** A short quote of the span, so the explanation points at the words that caused it. */
function quoteOf(text: string, start: number, end: number): string {
  const words = text.slice(start, end).replace(/\s+/g, ' ').trim();
  return `“${words.length > 90 ? `${words.slice(0, 87).trimEnd()}…` : words}”`;
}

export function combineFindings(
  text: string,
  rules: RuleJudgement,
  scores: readonly CategoryScore[],
  model: ToneModel,
  context: ToneContext,
): ToneFinding[] {
  const kept: ToneFinding[] = [];
  const wording = wordings(text);
  for (const { category, probability, sentence } of scores) {
    const { threshold, veto } = model.categories[category];
    const ruled = rules.findings.filter((f) => f.category === category);
    // A rule's nudge stays; its finding stands only when the model does not judge it unlikely.
    const standing = ruled.filter(
      (f) => f.severity === 'low' || probability >= veto || isExclamationRun(f),
    );
    kept.push(...standing);
    if (category === 'too-long' || probability < threshold) continue;
    // Where the rules read the ask as specific or the offer as someone else's, the model defers.
    if (rules.cleared.has(category)) continue;
    if (standing.some((f) => f.severity !== 'low')) continue;
    // Over-apologising is more than one apology: one "sorry for the slow reply" is courtesy.
    if (category === 'over-apologising' && countApologies(text) < 2) continue;
    const span = sentence ?? { start: 0, end: text.length };
    const words = wording[category];
    kept.push({
      category,
      severity: 'medium',
      start: span.start,
      end: span.end,
      excerpt: text.slice(span.start, span.end),
      why: words.why(quoteOf(text, span.start, span.end), context),
      rewrite: words.rewrite(context),
    });
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}
