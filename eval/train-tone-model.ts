// Trains the tone model on every tuning message, picks each category's thresholds by 5-fold
// cross-validation, prints the cross-validated figures and writes src/core/tone/tone-model-weights.ts.
// `npx tsx eval/train-tone-model.ts` (add --dry-run to print the figures without writing).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findRuleFindings } from '../src/core/tone/rule-findings.js';
import { toneCategories } from '../src/core/tone/tone-report.js';
import type { ToneCategory } from '../src/core/tone/tone-report.js';
import { extractFeatures } from '../src/core/tone/model-features.js';
import { analyseText } from '../src/core/tone/nlp.js';
import { featureSet, featureVersion } from '../src/core/tone/tone-model.js';
import type { CategoryModel, ToneModel } from '../src/core/tone/tone-model.js';
import { readExamples, tuningSets } from './tone-examples.js';

const folds = 5;
/** Each category may flag at most this share of the good messages, so all eight stay near 1 in 10. */
const maxGoodFlaggedShare = 0.008;

const examples = tuningSets.flatMap((path) => readExamples(path));
const features = examples.map((e) => {
  const text = e.text.replace(/[\u2018\u2019\u02BC]/g, "'");
  return featureSet(extractFeatures(text, analyseText(text), e.context ?? {}));
});
const ruleFlags = examples.map((e) => {
  const text = e.text.replace(/[\u2018\u2019\u02BC]/g, "'");
  const findings = findRuleFindings(text, analyseText(text), e.context ?? {});
  return new Set(findings.filter((f) => f.severity !== 'low').map((f) => f.category));
});

/** A fixed shuffle, so every run splits the folds the same way. */
function foldOf(i: number): number {
  return ((i * 7919) % 104729) % folds;
}

type Weights = Map<string, number>;
const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));
const score = (w: Weights, x: readonly string[]): number =>
  sigmoid(x.reduce((s, f) => s + (w.get(f) ?? 0), 0));

/** Features seen in at least three training messages; rarer ones only memorise a message. */
const minCount = 3;
/** Weights smaller than this are dropped and the rest rounded, in every fold as in the shipped file. */
const pruneBelow = 0.1;

function prune(w: Weights): Weights {
  return new Map(
    [...w]
      .filter(([, v]) => Math.abs(v) >= pruneBelow)
      .map(([f, v]) => [f, Math.round(v * 100) / 100]),
  );
}

function vocabulary(indices: readonly number[]): Set<string> {
  const counts = new Map<string, number>();
  for (const i of indices)
    for (const f of features[i] ?? []) counts.set(f, (counts.get(f) ?? 0) + 1);
  return new Set([...counts].filter(([, n]) => n >= minCount).map(([f]) => f));
}

/** Logistic regression by stochastic gradient descent with L2 and a decaying step. */
function train(indices: readonly number[], category: ToneCategory, vocab: Set<string>): Weights {
  const rows = indices.map((i) => ({
    x: (features[i] ?? []).filter((f) => vocab.has(f)),
    y: examples[i]?.labels.includes(category) ? 1 : 0,
  }));
  const positives = rows.filter((r) => r.y === 1).length;
  // Positives are rare, so each counts more, up to twice a negative.
  const positiveWeight = Math.min(2, (rows.length - positives) / Math.max(positives, 1));
  const w: Weights = new Map();
  const epochs = 40;
  const l2 = 0.01;
  for (let e = 0; e < epochs; e += 1) {
    const rate = 0.2 / (1 + e * 0.15);
    for (let k = 0; k < rows.length; k += 1) {
      const row = rows[(k * 104729 + e * 31) % rows.length];
      if (!row) continue;
      const g = (score(w, row.x) - row.y) * (row.y === 1 ? positiveWeight : 1);
      for (const f of row.x) {
        const old = w.get(f) ?? 0;
        w.set(f, old - rate * (g + l2 * old));
      }
    }
  }
  return w;
}

// Out-of-fold probabilities: each message scored by a model that never saw it.
const outOfFold = examples.map(() => new Map<ToneCategory, number>());
for (let k = 0; k < folds; k += 1) {
  const trainIdx = examples.map((_, i) => i).filter((i) => foldOf(i) !== k);
  const vocab = vocabulary(trainIdx);
  for (const category of toneCategories) {
    const w = prune(train(trainIdx, category, vocab));
    examples.forEach((_, i) => {
      if (foldOf(i) === k) outOfFold[i]?.set(category, score(w, features[i] ?? []));
    });
  }
}

interface Tally {
  tp: number;
  fp: number;
  fn: number;
}
const ratio = (n: number, d: number): number => (d === 0 ? 1 : n / d);

function tally(category: ToneCategory, guess: (i: number) => boolean): Tally {
  const t = { tp: 0, fp: 0, fn: 0 };
  examples.forEach((e, i) => {
    const truth = e.labels.includes(category);
    const g = guess(i);
    if (truth && g) t.tp += 1;
    if (!truth && g) t.fp += 1;
    if (truth && !g) t.fn += 1;
  });
  return t;
}

const p = (i: number, c: ToneCategory): number => outOfFold[i]?.get(c) ?? 0;
const chosen = new Map<ToneCategory, { threshold: number; veto: number }>();
const goodIdx = examples.map((_, i) => i).filter((i) => examples[i]?.labels.length === 0);

function decide(i: number, c: ToneCategory, threshold: number, veto: number): boolean {
  const prob = p(i, c);
  return prob >= threshold || (ruleFlags[i]?.has(c) === true && prob >= veto);
}

/**
 * The model alone makes a finding at the lowest threshold, from one half up, that flags at most
 * maxGoodFlaggedShare of the good messages out of fold and is right at least minPrecision of the
 * time it fires. A rule's finding stands unless the model,
 * out of fold, gives it less than the veto, which is used only where it sets aside more false rule
 * findings than true ones. The rules were written on these messages, so their own figures here
 * flatter them; the veto is what guards against their bare phrase matches on new messages.
 */
/** The model alone must at least find a problem more likely than not. */
const modelFloor = 0.5;
/** Alone, the model must be right as often as the check's precision target asks. */
const minPrecision = 0.85;
const fine = Array.from({ length: 199 }, (_, i) => 0.005 * (i + 1));
/** Length is counted, not judged: the word-count rule alone decides it. */
const countedOnly = new Set<ToneCategory>(['too-long']);
for (const category of toneCategories) {
  if (countedOnly.has(category)) {
    chosen.set(category, { threshold: 1, veto: 0 });
    continue;
  }
  const threshold =
    fine.find((t) => {
      if (t < modelFloor) return false;
      const goodFlagged = goodIdx.filter((i) => p(i, category) >= t).length;
      const { tp, fp } = tally(category, (i) => p(i, category) >= t);
      return goodFlagged <= maxGoodFlaggedShare * goodIdx.length && tp >= minPrecision * (tp + fp);
    }) ?? 1;
  // The veto is used only where, out of fold, it sets aside more false rule findings than true.
  const vetoed = (v: number, truth: boolean): number =>
    examples.filter(
      (e, i) =>
        e.labels.includes(category) === truth && ruleFlags[i]?.has(category) && p(i, category) < v,
    ).length;
  let veto = 0;
  let gain = 0;
  for (const v of [0.02, 0.05, 0.1, 0.2, 0.3]) {
    const net = vetoed(v, false) - vetoed(v, true);
    if (net > gain) {
      gain = net;
      veto = v;
    }
  }
  chosen.set(category, {
    threshold: Math.round(threshold * 1000) / 1000,
    veto: Math.min(veto, threshold),
  });
}

function combined(i: number, c: ToneCategory): boolean {
  const { threshold, veto } = chosen.get(c) ?? { threshold: 1, veto: 0 };
  return decide(i, c, threshold, veto);
}

const row = (t: Tally): string =>
  `p${ratio(t.tp, t.tp + t.fp).toFixed(2)} r${ratio(t.tp, t.tp + t.fn).toFixed(2)}`;
console.log(`${examples.length} tuning messages, ${folds}-fold cross-validation`);
console.log('category            threshold veto  model alone    rules (in-sample)  rules+model');
for (const category of toneCategories) {
  const { threshold, veto } = chosen.get(category) ?? { threshold: 1, veto: 0 };
  console.log(
    [
      category.padEnd(20),
      threshold.toFixed(2).padEnd(10),
      veto.toFixed(2).padEnd(6),
      row(tally(category, (i) => p(i, category) >= threshold)).padEnd(15),
      row(tally(category, (i) => ruleFlags[i]?.has(category) === true)).padEnd(19),
      row(tally(category, (i) => combined(i, category))),
    ].join(''),
  );
}
const flaggedBy = (guess: (i: number, c: ToneCategory) => boolean): string => {
  const n = goodIdx.filter((i) => toneCategories.some((c) => guess(i, c))).length;
  return `${n}/${goodIdx.length} = ${((100 * n) / goodIdx.length).toFixed(1)}%`;
};
console.log(
  `good messages flagged: model alone ${flaggedBy((i, c) => p(i, c) >= (chosen.get(c)?.threshold ?? 1))}`,
);
console.log(`                       rules ${flaggedBy((i, c) => ruleFlags[i]?.has(c) === true)}`);
console.log(`                       rules+model ${flaggedBy(combined)}`);

if (!process.argv.includes('--dry-run')) {
  const all = examples.map((_, i) => i);
  const vocab = vocabulary(all);
  const categories = {} as Record<ToneCategory, CategoryModel>;
  for (const category of toneCategories) {
    const { threshold, veto } = chosen.get(category) ?? { threshold: 1, veto: 0 };
    // A category the model never decides ships no weights.
    const w =
      threshold >= 1 && veto <= 0 ? new Map<string, number>() : prune(train(all, category, vocab));
    const weights = Object.fromEntries([...w].sort(([a], [b]) => (a < b ? -1 : 1)));
    categories[category] = { threshold, veto, weights };
  }
  const model: ToneModel = { features: featureVersion, trainedOn: examples.length, categories };
  const target = fileURLToPath(new URL('../src/core/tone/tone-model-weights.ts', import.meta.url));
  // One category to a line keeps the file small; it is generated, so Prettier leaves it alone.
  const lines = toneCategories.map(
    (c) => `    ${JSON.stringify(c)}: ${JSON.stringify(model.categories[c])},`,
  );
  writeFileSync(
    target,
    [
      '// Generated by eval/train-tone-model.ts from the labelled tuning sets; do not edit by hand.',
      'export const toneModelWeights: unknown = {',
      `  features: ${model.features},`,
      `  trainedOn: ${model.trainedOn},`,
      '  categories: {',
      ...lines,
      '  },',
      '};',
      '',
    ].join('\n'),
  );
  console.log(`wrote ${target}`);
}
