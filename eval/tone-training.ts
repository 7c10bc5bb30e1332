// Fits the tone model on a subset of the labelled messages: thresholds and vetoes chosen by 5-fold
// cross-validation inside that subset, weights trained on all of it. Used by train-tone-model.ts.
import { extractFeatures } from '../src/core/tone/model-features.js';
import type { MessageFeatures } from '../src/core/tone/model-features.js';
import { analyseText } from '../src/core/tone/nlp.js';
import { judgeRules } from '../src/core/tone/rule-findings.js';
import type { RuleJudgement } from '../src/core/tone/rule-findings.js';
import { featureSet, featureVersion } from '../src/core/tone/tone-model.js';
import type { CategoryModel, ToneModel } from '../src/core/tone/tone-model.js';
import { toneCategories } from '../src/core/tone/tone-report.js';
import type { ToneCategory } from '../src/core/tone/tone-report.js';
import type { Example } from './tone-examples.js';

export const folds = 5;
/** Each category may flag at most this share of the good messages, so all eight stay near 1 in 10. */
const maxGoodFlaggedShare = 0.008;
/** Features seen in at least three training messages; rarer ones only memorise a message. */
const minCount = 3;
/** Weights smaller than this are dropped and the rest rounded, in every fold as in the shipped file. */
const pruneBelow = 0.1;
/** The model alone must at least find a problem more likely than not. */
const modelFloor = 0.5;
/** Alone, the model must be right as often as the check's precision target asks. */
const minPrecision = 0.85;
/** Length is counted, not judged: the word-count rule alone decides it. */
const countedOnly = new Set<ToneCategory>(['too-long']);
/**
 * Whether a note says anything about its reader is read from the note, not guessed: the first
 * set labels only a message's main problem, so a veto learnt there sets aside true findings on
 * desperate or pitching notes that name nothing about the reader.
 */
const neverVetoed = new Set<ToneCategory>(['too-long', 'no-personalisation']);

/** One labelled message as the trainer reads it: its text, features and what the rules found. */
export interface Prepared {
  example: Example;
  text: string;
  message: MessageFeatures;
  features: string[];
  rules: RuleJudgement;
  ruleFlags: Set<ToneCategory>;
}

export function prepare(example: Example): Prepared {
  const text = example.text.replace(/[\u2018\u2019\u02BC]/g, "'");
  const analysis = analyseText(text);
  const context = example.context ?? {};
  const message = extractFeatures(text, analysis, context);
  const rules = judgeRules(text, analysis, context);
  const ruleFlags = new Set(
    rules.findings.filter((f) => f.severity !== 'low').map((f) => f.category),
  );
  return { example, text, message, features: featureSet(message), rules, ruleFlags };
}

/** A fixed shuffle, so every run splits the folds the same way. */
export function foldOf(i: number): number {
  return ((i * 7919) % 104729) % folds;
}

type Weights = Map<string, number>;
const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));
export const score = (w: Weights, x: readonly string[]): number =>
  sigmoid(x.reduce((s, f) => s + (w.get(f) ?? 0), 0));

function prune(w: Weights): Weights {
  return new Map(
    [...w]
      .filter(([, v]) => Math.abs(v) >= pruneBelow)
      .map(([f, v]) => [f, Math.round(v * 100) / 100]),
  );
}

function vocabulary(data: readonly Prepared[], indices: readonly number[]): Set<string> {
  const counts = new Map<string, number>();
  for (const i of indices)
    for (const f of data[i]?.features ?? []) counts.set(f, (counts.get(f) ?? 0) + 1);
  return new Set([...counts].filter(([, n]) => n >= minCount).map(([f]) => f));
}

/** Logistic regression by stochastic gradient descent with L2 and a decaying step. */
function train(
  data: readonly Prepared[],
  indices: readonly number[],
  category: ToneCategory,
  vocab: Set<string>,
): Weights {
  const rows = indices.map((i) => ({
    x: (data[i]?.features ?? []).filter((f) => vocab.has(f)),
    y: data[i]?.example.labels.includes(category) ? 1 : 0,
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

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

export const ratio = (n: number, d: number): number => (d === 0 ? 1 : n / d);

export function tally(
  data: readonly Prepared[],
  indices: readonly number[],
  category: ToneCategory,
  guess: (i: number) => boolean,
): Tally {
  const t = { tp: 0, fp: 0, fn: 0 };
  for (const i of indices) {
    const truth = data[i]?.example.labels.includes(category) === true;
    const g = guess(i);
    if (truth && g) t.tp += 1;
    if (!truth && g) t.fp += 1;
    if (truth && !g) t.fn += 1;
  }
  return t;
}

export interface Fitted {
  model: ToneModel;
  /** Out-of-fold probability of each category for each index fitted on. */
  outOfFold: Map<number, Map<ToneCategory, number>>;
}

/** Probabilities for each message in `indices`, each from a model that never saw it. */
function crossValidate(
  data: readonly Prepared[],
  indices: readonly number[],
): Map<number, Map<ToneCategory, number>> {
  const outOfFold = new Map(indices.map((i) => [i, new Map<ToneCategory, number>()]));
  for (let k = 0; k < folds; k += 1) {
    const trainIdx = indices.filter((i) => foldOf(i) !== k);
    const vocab = vocabulary(data, trainIdx);
    for (const category of toneCategories) {
      const w = prune(train(data, trainIdx, category, vocab));
      for (const i of indices)
        if (foldOf(i) === k) outOfFold.get(i)?.set(category, score(w, data[i]?.features ?? []));
    }
  }
  return outOfFold;
}

const fine = Array.from({ length: 199 }, (_, i) => 0.005 * (i + 1));

/**
 * The model alone makes a finding at the lowest threshold, from one half up, that flags at most
 * maxGoodFlaggedShare of the good messages out of fold and is right at least minPrecision of the
 * time it fires. A rule's finding stands unless the model, out of fold, gives it less than the
 * veto, which is used only where it sets aside more false rule findings than true ones. The rules
 * were written on these messages, so their own figures here flatter them; the veto is what
 * guards against their bare phrase matches on new messages.
 */
function chooseCutoffs(
  data: readonly Prepared[],
  indices: readonly number[],
  category: ToneCategory,
  p: (i: number) => number,
): { threshold: number; veto: number } {
  if (countedOnly.has(category)) return { threshold: 1, veto: 0 };
  const good = indices.filter((i) => data[i]?.example.labels.length === 0);
  const threshold =
    fine.find((t) => {
      if (t < modelFloor) return false;
      const goodFlagged = good.filter((i) => p(i) >= t).length;
      const { tp, fp } = tally(data, indices, category, (i) => p(i) >= t);
      return goodFlagged <= maxGoodFlaggedShare * good.length && tp >= minPrecision * (tp + fp);
    }) ?? 1;
  const vetoed = (v: number, truth: boolean): number =>
    indices.filter(
      (i) =>
        data[i]?.example.labels.includes(category) === truth &&
        data[i]?.ruleFlags.has(category) &&
        p(i) < v,
    ).length;
  let veto = 0;
  let gain = neverVetoed.has(category) ? Infinity : 0;
  // A rule's finding is set aside only when the model is all but sure it is wrong: a higher veto,
  // chosen on messages the rules were written on, overrules them on new ones too often.
  for (const v of [0.02, 0.05, 0.1]) {
    const net = vetoed(v, false) - vetoed(v, true);
    if (net > gain) {
      gain = net;
      veto = v;
    }
  }
  return { threshold: Math.round(threshold * 1000) / 1000, veto: Math.min(veto, threshold) };
}

/** Cutoffs by cross-validation inside `indices`, then weights trained on all of them. */
export function fitModel(data: readonly Prepared[], indices: readonly number[]): Fitted {
  const outOfFold = crossValidate(data, indices);
  const vocab = vocabulary(data, indices);
  const categories = {} as Record<ToneCategory, CategoryModel>;
  for (const category of toneCategories) {
    const { threshold, veto } = chooseCutoffs(
      data,
      indices,
      category,
      (i) => outOfFold.get(i)?.get(category) ?? 0,
    );
    // A category the model never decides ships no weights.
    const w =
      threshold >= 1 && veto <= 0
        ? new Map<string, number>()
        : prune(train(data, indices, category, vocab));
    const weights = Object.fromEntries([...w].sort(([a], [b]) => (a < b ? -1 : 1)));
    categories[category] = { threshold, veto, weights };
  }
  return {
    model: { features: featureVersion, trainedOn: indices.length, categories },
    outOfFold,
  };
}
