// Asks whether a small learned model would help the tone rules: logistic regression over word
// stems, negated stems and word pairs, scored by 5-fold cross-validation on eval/tone-set.jsonl,
// alone and added to the rules at several thresholds. `npx tsx eval/tone-model-cv.ts`
import { readFileSync } from 'node:fs';
import { checkTone, toneCategories } from '../src/core/tone/check-tone.js';
import type { ToneCategory, ToneContext } from '../src/core/tone/check-tone.js';
import { analyseText } from '../src/core/tone/nlp.js';
import type { TextAnalysis } from '../src/core/tone/nlp.js';

/** A crude English stemmer: enough to let "apologising", "apologise" and "apologised" share a weight. */
function stem(word: string): string {
  return word.replace(/(?:ing|ed|es|s|ly|ise|ize)$/, '') || word;
}

interface SentenceFeatures {
  start: number;
  end: number;
  features: string[];
}

/** Features of each sentence; the model reads their union and quotes the sentence that weighs most. */
function sentenceFeatures(analysis: TextAnalysis): SentenceFeatures[] {
  const out: SentenceFeatures[] = [];
  let w = 0;
  for (const sentence of analysis.sentences) {
    const features: string[] = [];
    let previous = '<s>';
    while (w < analysis.words.length && (analysis.words[w]?.start ?? Infinity) < sentence.end) {
      const word = analysis.words[w];
      w += 1;
      if (!word || word.start < sentence.start) continue;
      const token = (word.negated ? 'not_' : '') + stem(word.normal);
      features.push(`w:${token}`, `b:${previous}_${token}`);
      previous = token;
    }
    out.push({ start: sentence.start, end: sentence.end, features });
  }
  return out;
}

function contextFeatures(context: ToneContext): string[] {
  return [`stage:${context.stage ?? 'none'}`, `intent:${context.intent ?? 'none'}`, 'bias'];
}

interface Example {
  text: string;
  context?: ToneContext;
  labels: ToneCategory[];
}

const examples: Example[] = readFileSync(new URL('./tone-set.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as Example);

function featuresOf(example: Example): string[] {
  const analysis = analyseText(example.text.replace(/[\u2018\u2019\u02BC]/g, "'"));
  const all = sentenceFeatures(analysis).flatMap((s) => s.features);
  return [...new Set([...all, ...contextFeatures(example.context ?? {})])];
}

type Weights = Map<string, number>;

/** Logistic regression by plain gradient descent with L2; small data, so a few hundred passes. */
function train(rows: { x: string[]; y: number }[], epochs = 200, rate = 0.1, l2 = 0.01): Weights {
  const w: Weights = new Map();
  for (let e = 0; e < epochs; e += 1) {
    for (const { x, y } of rows) {
      const p = sigmoid(x.reduce((s, f) => s + (w.get(f) ?? 0), 0));
      const g = p - y;
      for (const f of x) {
        const old = w.get(f) ?? 0;
        w.set(f, old - rate * (g + l2 * old));
      }
    }
  }
  return w;
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));
const score = (w: Weights, x: string[]): number =>
  sigmoid(x.reduce((s, f) => s + (w.get(f) ?? 0), 0));

const feats = examples.map(featuresOf);

{
  const folds = 5;
  const thresholds = [0.5, 0.6, 0.7, 0.8, 0.9];
  const probs = examples.map(() => new Map<ToneCategory, number>());
  for (let k = 0; k < folds; k += 1) {
    const trainIdx = examples.map((_, i) => i).filter((i) => i % folds !== k);
    for (const category of toneCategories) {
      const w = train(
        trainIdx.map((i) => ({
          x: feats[i] ?? [],
          y: examples[i]?.labels.includes(category) ? 1 : 0,
        })),
      );
      examples.forEach((_, i) => {
        if (i % folds === k) probs[i]?.set(category, score(w, feats[i] ?? []));
      });
    }
  }
  const rules = examples.map(
    (e) =>
      new Set(
        checkTone(e.text, e.context)
          .findings.filter((f) => f.severity !== 'low')
          .map((f) => f.category),
      ),
  );
  for (const category of toneCategories) {
    const line = [category.padEnd(20)];
    for (const t of [0, ...thresholds]) {
      let tp = 0;
      let fp = 0;
      let fn = 0;
      examples.forEach((e, i) => {
        const truth = e.labels.includes(category);
        const guess =
          rules[i]?.has(category) === true || (t > 0 && (probs[i]?.get(category) ?? 0) >= t);
        if (truth && guess) tp += 1;
        if (!truth && guess) fp += 1;
        if (truth && !guess) fn += 1;
      });
      line.push(
        `${t === 0 ? 'rules' : `+m≥${t}`} p${(tp / (tp + fp || 1)).toFixed(2)} r${(tp / (tp + fn || 1)).toFixed(2)}`,
      );
    }
    let tp = 0;
    let fp = 0;
    let fn = 0;
    examples.forEach((e, i) => {
      const truth = e.labels.includes(category);
      const guess = (probs[i]?.get(category) ?? 0) >= 0.5;
      if (truth && guess) tp += 1;
      if (!truth && guess) fp += 1;
      if (truth && !guess) fn += 1;
    });
    line.push(
      `model alone p${(tp / (tp + fp || 1)).toFixed(2)} r${(tp / (tp + fn || 1)).toFixed(2)}`,
    );
    console.log(line.join('  '));
  }
}
