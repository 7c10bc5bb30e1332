// Finds a request whose object is costly to give: a big ask judged by what the sentence asks for,
// not by a stock phrase. A request (question, "could you…", "I'd love you to…") plus something
// that costs the reader a lot (hours, a recurring commitment, long reading, money, a job, their
// senior contacts) is a big ask of someone who barely knows the sender.
import { isNegated, sentenceAt } from './meaning.js';
import type { SentenceSpan, TextAnalysis } from './nlp.js';
import type { ToneFinding } from './tone-report.js';

/** A sentence that asks the reader for something, however politely it is put. */
const requestPattern =
  /\?|\b(?:could|would|can|will) you\b|\b(?:i'?d|i would) (?:love|like|be grateful|appreciate|value) (?:for )?(?:you|it if you)\b|\bwould you (?:consider|be (?:open|willing|up for))\b|\b(?:are|were) you (?:open|willing|able|up for)\b|^\s*please\b|\b(?:i'?d|i would) (?:like|love|appreciate|value) an? (?:intro|introduction)\b|\b(?:can|could|may) i (?:send|book|ask|get)\b/i;

/** What the reader would give up, each with the words that say why it is costly. */
interface CostlyObject {
  pattern: RegExp;
  why: string;
}

/** A time span above half an hour, or a commitment that repeats. */
const timeCost: CostlyObject = {
  pattern:
    /\bfor (?:the next |the |a |an )?(?:few |couple of |\d+ |one |two |three |four |six |several |many )?(?:hours?|days?|weeks?|months?|years?)\b|\b(?:an|one|two|three|\d+|a few|a couple of) hours?\b|\b(?:whole|full) (?:day|afternoon|morning)\b|\b(?:[4-9]\d|\d{3,})[- ]?min(?:ute)?s?\b|\b(?:weekly|fortnightly|monthly|regular|ongoing|every (?:week|month|fortnight))\b|\bmentor(?:ing|ship)?\b|\bshadow(?:ing)? you\b/i,
  why: 'Hours of their time or a commitment that repeats is a lot to ask of someone who barely knows you.',
};

/** Reading or reviewing a long piece of the sender's work. */
const readingCost: CostlyObject = {
  pattern:
    /\b(?:read(?:ing)?|review(?:ing)?|look(?:ing)? (?:over|through|at)|go(?:ing)? through|proofread(?:ing)?|edit(?:ing)?|critiqu(?:e|ing)|giv(?:e|ing) (?:me )?(?:feedback|notes|comments) on)\b[^.?!]{0,40}?\b(?:manuscript|novel|book|thesis|dissertation|chapters|business plan|screenplay|code ?base|\d+[- ]pages?|whole|entire)\b/i,
  why: 'Reading and judging a long piece of work takes hours; a stranger is rarely able to say yes.',
};

/** Money: investing, funding, lending, buying in. */
const moneyCost: CostlyObject = {
  pattern:
    /\binvest(?:ing|ment|or)?\b|\b(?:fund|back|sponsor|bankroll)(?:ing)? (?:me|my|us|our)\b|\b(?:lend|loan) (?:me|us)\b|\bpre-?seed\b|\b(?:seed|funding) round\b/i,
  why: 'Asking for money before there is any trust puts the reader in an awkward spot and usually ends the conversation.',
};

/** A job or a place, asked for outright. */
const jobCost: CostlyObject = {
  pattern:
    /\b(?:are|is) (?:you|your (?:team|company|firm|lab)) (?:hiring|recruiting|taking (?:anyone|people|on))\b|\btaking (?:anyone|people) on\b|\b(?:a|any) (?:place|position|role|job|contract|opening|vacancy) (?:in|at|on|with) your\b|\bjoin your (?:team|company|lab|group|firm)\b|\b(?:volunteer|intern|work) (?:in|at|with|for) your (?:team|company|lab|group|firm|practice|studio)\b|\bfoot in the door\b|\bget me (?:something|anything|a (?:job|role|contract))\b|\b(?:a|any) (?:place|position|role|job|spot|opening) for me\b|\boffer me (?:a|an|any)\b|\bcould start (?:next|on|tomorrow|immediately|right away|monday|this)\b/i,
  why: 'Asking someone who hardly knows you for a job or a place is a big request to make of a first message.',
};

/**
 * An introduction to someone senior (a manager or above) spends the reader’s reputation, however it
 * is put: "introduce me", "I'd like an introduction to your CFO", "set up a call between us".
 */
const introRequest =
  /\b(?:introduc(?:e|ing)|intro|connect(?:ing)?) (?:me|us)\b|\bput (?:me|us) in touch\b|\bmake an? intro(?:duction)?\b|\ban? intro(?:duction)? to (?:your|the|their|him|her|them)\b|\bset up an? (?:call|meeting|chat) between\b/i;
const seniorPerson =
  /\b(?:ceo|cto|cfo|coo|md|founder|co-founder|chair(?:man|woman)?|managing director|director|head of|vp|vice president|partner|board|editor-in-chief|publisher|(?<!hiring )manager)\b/i;
const introCost: CostlyObject = {
  pattern: introRequest,
  why: 'An introduction to someone senior spends the reader’s reputation; they need to know you well first.',
};
/** Asked by a stranger, any introduction is costly: it vouches for someone they never met. */
const coldIntroCost: CostlyObject = {
  pattern: introRequest,
  why: 'An introduction vouches for you; someone who has never met you cannot do that yet.',
};

const costs: readonly CostlyObject[] = [timeCost, readingCost, moneyCost, jobCost];

const rewrite =
  'Ask for something small they can give in a few minutes: “Could I ask you two questions about how you got started?” The bigger favour can come once they know you.';

/** A sentence that thanks for something is not asking for it. */
const thanking = /\b(?:thanks?|thank you|grateful for (?:the|your))\b/i;

/**
 * `cold`: the reader has never met the sender (a stranger, not an acquaintance), so an
 * introduction to anyone, senior or not, asks them to vouch for someone they do not know.
 */
export function findCostlyAsks(text: string, analysis: TextAnalysis, cold = false): ToneFinding[] {
  const intro = cold ? coldIntroCost : seniorPerson.test(text) ? introCost : undefined;
  const findings: ToneFinding[] = [];
  for (const sentence of analysis.sentences) {
    const said = text.slice(sentence.start, sentence.end);
    if (!requestPattern.test(said) || thanking.test(said)) continue;
    const found = costlyIn(text, analysis, sentence, intro);
    if (found) findings.push(found);
  }
  // Money is costly wherever it is raised: "you'd be a perfect early investor… can I send the deck?"
  if (findings.length === 0 && analysis.sentences.some((s) => isRequest(text, s))) {
    const money = moneyCost.pattern.exec(text);
    if (money && !isNegated(text, analysis, money.index)) {
      const sentence = sentenceAt(analysis.sentences, money.index);
      if (sentence) findings.push(toFinding(text, sentence, moneyCost));
    }
  }
  return findings;
}

function isRequest(text: string, sentence: SentenceSpan): boolean {
  return requestPattern.test(text.slice(sentence.start, sentence.end));
}

function costlyIn(
  text: string,
  analysis: TextAnalysis,
  sentence: SentenceSpan,
  intro: CostlyObject | undefined,
): ToneFinding | null {
  const said = text.slice(sentence.start, sentence.end);
  const candidates = intro ? [...costs, intro] : costs;
  for (const cost of candidates) {
    const m = cost.pattern.exec(said);
    if (!m) continue;
    if (isNegated(text, analysis, sentence.start + m.index)) continue;
    return toFinding(text, sentence, cost);
  }
  return null;
}

function toFinding(text: string, sentence: SentenceSpan, cost: CostlyObject): ToneFinding {
  return {
    category: 'big-ask-weak-tie',
    severity: 'high',
    start: sentence.start,
    end: sentence.end,
    excerpt: text.slice(sentence.start, sentence.end),
    why: cost.why,
    rewrite,
  };
}
