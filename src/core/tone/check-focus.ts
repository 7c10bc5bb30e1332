// Flags messages where I, me and my far outweigh you and your.
import type { SentenceSpan, TextAnalysis } from './nlp.js';
import { readerWords, senderWords } from './person-words.js';
import { anyMatch } from './phrase-rule.js';
import { offerPatterns, timeOfferPatterns } from './phrases-clear-ask.js';
import { isCelebration, readTie } from './tone-context.js';
import type { Severity, ToneContext, ToneFinding } from './tone-report.js';

const praiseWhy =
  'The note spends its words describing you; the reader learns nothing about why you wrote to them.';
const praiseRewrite =
  'Keep one fact about you and add one line about them: their work, their team, or a question only they can answer.';

/** Below this many first-person words a message is too short for the balance to matter. */
const minimumFirstPerson = 8;

/**
 * A short note can be all about the sender without reaching eight I's: if it says I, me or my
 * this often and never once says you or your, the reader is simply absent from it.
 */
const minimumFirstPersonWithNoReader = 4;

/** Thanks and congratulations are addressed to the reader even when they never say "you". */
const readerDirected = /\b(?:thank(?:s|ing)?|congrat\w*|well done)\b/gi;

/** "I could help with…" is about the reader's needs even though it says I. */
const givingPatterns: readonly RegExp[] = [
  ...offerPatterns,
  /\bcould be (?:useful|helpful|of use)\b/gi,
  /\b(?:happy|glad|delighted) to\b/gi,
];

export function findSelfFocus(
  text: string,
  analysis: TextAnalysis,
  context: ToneContext,
  /** Whether the note already reads as desperate, and any run of CV adjectives it holds. */
  found: { distressed: boolean; selfPitch: readonly ToneFinding[] } = {
    distressed: false,
    selfPitch: [],
  },
): ToneFinding[] {
  const { distressed } = found;
  const praise = found.selfPitch[0];
  const forMe = context.intent === 'introduce' ? introducedForMe(text) : undefined;
  if (forMe) return [forMe];
  const counts = countPronouns(text, analysis);
  const { mine, yours } = counts;
  const ratio = mine / Math.max(yours, 1);
  // In a thank-you, telling them what their help led to is the point; only extremes count.
  const limit = context.intent === 'thank-you' ? 5 : 3;
  const outweighs =
    (mine >= minimumFirstPerson && ratio >= limit) ||
    mostlyAboutMe(counts, context) ||
    senderIsTheSubject(text, context, distressed);
  if (!outweighs && !readerAbsent(text, counts, context)) {
    // A run of adjectives about the sender is a note about the sender, however it is phrased.
    return praise
      ? [
          {
            ...praise,
            category: 'self-focus',
            severity: 'medium',
            why: praiseWhy,
            rewrite: praiseRewrite,
          },
        ]
      : [];
  }
  const severity: Severity = ratio >= limit + 2 && mine >= 12 ? 'high' : 'medium';
  const span = counts.busiest ?? { start: 0, end: text.length };
  return [
    {
      category: 'self-focus',
      severity,
      start: span.start,
      end: span.end,
      excerpt: text.slice(span.start, span.end),
      why: `The note says I, me or my ${mine} times and you or your ${yours}; readers answer messages that are about them.`,
      rewrite:
        'Trade one line about you for one about them: what you noticed in their work, or a question only they can answer.',
    },
  ];
}

/**
 * An introduction made for the introducer's sake ("it would be great for me to have you two
 * connected", "it helps me to have my contacts talking") gives the two readers no reason of their
 * own to talk: the note is about the sender, however much it says "you both".
 */
const forTheSender =
  /[^.!?]*\b(?:(?:great|good|useful|helpful|handy|ideal|perfect|easier|better) for me\b|(?:it|that|this) (?:really )?(?:helps|would help|will help|benefits) me\b|for my (?:own )?(?:benefit|sake)\b)[^.!?]*[.!?]?/i;

function introducedForMe(text: string): ToneFinding | undefined {
  const hit = forTheSender.exec(text);
  if (!hit) return undefined;
  const start = hit.index + (hit[0].length - hit[0].trimStart().length);
  return {
    category: 'self-focus',
    severity: 'medium',
    start,
    end: hit.index + hit[0].length,
    excerpt: text.slice(start, hit.index + hit[0].length),
    why: 'The introduction is made for your sake; the two readers need a reason of their own to talk.',
    rewrite:
      'Say what each of them gains: “Ash is building a flood model and Jo ran the BBC’s climate desk; I think you’d each learn from the other.”',
  };
}

/**
 * The short-note test: to someone who barely knows the sender, a note that keeps saying I and
 * never turns to the reader gives them no reason to care. Between people who know each other,
 * a short "I'm in town Tuesday" note is just logistics, so only weak or unknown ties count.
 */
function readerAbsent(text: string, counts: PronounCounts, context: ToneContext): boolean {
  if (counts.yours > 0 || counts.mine < minimumFirstPersonWithNoReader) return false;
  const tie = readTie(context, text);
  if (tie === 'known' || tie === 'close' || isCelebration(context)) return false;
  return !anyMatch(text, [readerDirected]);
}

/**
 * A note can say "you" a few times and still be a list of the sender's news: when most of its
 * sentences are about the sender alone, the reader has little to answer.
 */
function mostlyAboutMe(counts: PronounCounts, context: ToneContext): boolean {
  if (context.intent === 'thank-you' || context.intent === 'recap') return false;
  const { selfSentences, sentences, mine, selfWords, words } = counts;
  if (mine >= 6 && selfSentences >= 3 && selfSentences / Math.max(sentences, 1) >= 0.6) return true;
  // Fewer, longer sentences of the sender's news ("Funny timing: I've just been promoted too…")
  // crowd out the reader as surely as many short ones, in a note that puts no question to them:
  // most of its words are about the sender. A note that asks, or offers a time to meet, is giving
  // the reader its context.
  return !counts.asks && mine >= 4 && selfSentences >= 2 && selfWords / Math.max(words, 1) >= 0.6;
}

/** Clauses split where a new subject can start: punctuation, "and", "but", "so". */
const punctuationSplit = /[,;:!?.—–]+\s*/;
const conjunctionSplit = /\s+(?:and|but|so|then)\s+/i;

/** Each clause, and whether it opens after punctuation rather than after a conjunction. */
function clausesOf(sentence: string): { text: string; opens: boolean }[] {
  const pieces = sentence.split(punctuationSplit).map((piece) => piece.split(conjunctionSplit));
  return pieces.flatMap((parts, p) =>
    parts.map((text, i) => {
      // The last item of a list opens with its "and" after a comma ("I've passed my exams,
      // bought a van, and I've had three reviews"): a clause of its own when the item before
      // it was a single clause, as a list's items are.
      const bare = i === 0 && pieces[p - 1]?.length === 1 ? leadingAnd.exec(text) : null;
      return bare ? { text: text.slice(bare[0].length), opens: false } : { text, opens: i === 0 };
    }),
  );
}
const leadingAnd = /^\s*and\s+/i;
const senderSubject =
  /^(?:\W*)(?:(?:funnily|honestly|now|also|recently|currently|just)\s+(?:enough\s+)?)?(?:i|i'm|i've|i'd|i'll|im|my|me)\b/i;
/**
 * A CV line drops its "I" ("Retrained in UX last year", "Built three apps", "Strong in Figma",
 * "Looking for junior roles"): the subject is still the sender.
 */
const droppedSubject =
  /^\W*(?:(?:just|recently|also|now|currently)\s+)?(?:(?:built|ran|led|won|wrote|taught|spent|left|became|finished|completed|retrained|launched|shipped|delivered|managed|founded|worked|studied|graduated|moved|started)\b|(?:looking|working|building|learning|studying|retraining|seeking|hoping)\s+(?:for|to|on|at|in|towards)\b|(?:strong|fluent|skilled|experienced|great|confident|proficient|open)\s+(?:in|with|at|to)\b)/i;
/**
 * A list of the sender's news shares its first subject: "I finished my MBA, got promoted, ran a
 * marathon and bought a flat" is four things about the sender, not one.
 */
const newsItem =
  /^\W*(?:(?:just|also|then|now|recently|even)\s+)?(?:got|bought|ran|won|built|led|wrote|made|took|began|became|left|spent|sold|found|had|been|did|went|grew|\w+ed)\b/i;
/** A plea or an apology is the sender's state, reported as desperation or apology, not a CV line. */
const plea =
  /\b(?:need|needs|can'?t|cannot|don'?t|won'?t|begging|sorry|apologi\w*|feel|feeling|panick\w*|struggl\w*|lost|losing|worried|scared|willing|please|hope|hoping|wanted to|just)\b/gi;
/** "Done-for-you outreach" is a product's name, not the reader. */
const readerWord = /(?<![\w-])(?:you|your|yours|you're|you've|you'd)(?![\w-])/i;
/**
 * A note that speaks for the sender's firm ("we are a leading agency", "our clients", "my
 * agency") makes "we" the sender: a list of what the firm did is a list about the sender.
 */
const speaksForAFirm =
  /\b(?:we(?:'re| are) an?\b|our (?:clients?|customers?|agency|firm|company|studio|platform|product|engineers|consultants|experts|specialists|services)\b|my (?:agency|firm|company|studio|consultancy|startup|business)\b)/i;
const firmSubject =
  /^\W*(?:(?:and|but|so)\s+)?(?:(?:now|also|recently|currently|just)\s+)?(?:we|we're|we've|we'd|our)\b/i;

/**
 * Who does what in the note: when clause after clause has the sender as its subject ("I've
 * built…, I'm learning…, my goal is…") and few turn to the reader, the note is about the sender,
 * however often it says "you" in its one question.
 */
function senderIsTheSubject(text: string, context: ToneContext, distressed: boolean): boolean {
  // A note full of the sender's hardship is desperate first; that finding says what to fix.
  if (distressed || context.intent === 'thank-you' || context.intent === 'recap') return false;
  // With no intent given, a note that thanks is a thank-you: what their help led to is the point.
  if (context.intent === undefined && anyMatch(text, [readerDirected])) return false;
  let sender = 0;
  let reader = 0;
  const firm = speaksForAFirm.test(text);
  const sentences = text.split(/(?<=[.!?])\s+/).filter((s) => !anyMatch(s, givingPatterns));
  for (const clauses of sentences.map(clausesOf)) {
    let listing = false;
    let items = 0;
    for (const clause of clauses) {
      // A comma list of news, or its last item after "and" once the list has begun.
      const news = listing && (clause.opens || items >= 2) && newsItem.test(clause.text);
      listing = false;
      if (readerWord.test(clause.text)) reader += 1;
      else if (anyMatch(clause.text, [plea])) continue;
      // After "and" a clause with no subject shares the one before it ("I hit it and wrote…").
      else if (
        senderSubject.test(clause.text) ||
        (firm && firmSubject.test(clause.text)) ||
        (clause.opens && droppedSubject.test(clause.text)) ||
        news
      ) {
        sender += 1;
        listing = true;
        items += 1;
      }
    }
  }
  // Between people who know each other a few lines of news or logistics are normal.
  const tie = readTie(context, text);
  const least = tie === 'known' || tie === 'close' ? 4 : 3;
  return (
    (sender >= least && sender >= 3 * Math.max(reader, 1)) || (sender >= 4 && sender >= 2 * reader)
  );
}

interface PronounCounts {
  mine: number;
  yours: number;
  /** Sentences that speak of the sender and never of the reader, and all sentences. */
  selfSentences: number;
  sentences: number;
  /** Words in the sentences about the sender alone, and all words. */
  selfWords: number;
  words: number;
  /** Whether any sentence puts a question or a time ("I'm free Tuesday") to the reader. */
  asks: boolean;
  /** The sentence with the most first-person words. */
  busiest: SentenceSpan | undefined;
}

function countPronouns(text: string, analysis: TextAnalysis): PronounCounts {
  const counts: PronounCounts = {
    mine: 0,
    yours: 0,
    selfSentences: 0,
    sentences: 0,
    selfWords: 0,
    words: 0,
    asks: false,
    busiest: undefined,
  };
  let busiestCount = 0;
  let w = 0;
  for (const sentence of analysis.sentences) {
    const giving = anyMatch(text.slice(sentence.start, sentence.end), givingPatterns);
    let mine = 0;
    let yours = 0;
    let length = 0;
    // Words and sentences are both in text order, so one shared cursor keeps this linear.
    while (w < analysis.words.length && (analysis.words[w]?.start ?? Infinity) < sentence.end) {
      const word = analysis.words[w];
      w += 1;
      if (!word || word.start < sentence.start) continue;
      if (word.startsWord) length += 1;
      if (senderWords.has(word.normal)) mine += 1;
      else if (readerWords.has(word.normal)) yours += 1;
    }
    counts.yours += yours;
    counts.sentences += 1;
    counts.words += length;
    const written = text.slice(sentence.start, sentence.end);
    if (written.trimEnd().endsWith('?') || anyMatch(written, timeOfferPatterns)) counts.asks = true;
    if (mine > 0 && yours === 0 && !giving) {
      counts.selfSentences += 1;
      counts.selfWords += length;
    }
    if (!giving) counts.mine += mine;
    if (mine > busiestCount) {
      counts.busiest = sentence;
      busiestCount = mine;
    }
  }
  return counts;
}
