// A small learned model beside the rules: one logistic regression per tone category over the
// features of model-features.ts, with weights trained by eval/train-tone-model.ts and shipped.
import type { MessageFeatures } from './model-features.js';
import { toneCategories } from './tone-report.js';
import type { ToneCategory } from './tone-report.js';

export interface CategoryModel {
  /** Probability at or above which the model alone makes a finding. */
  threshold: number;
  /** Probability below which a rule's finding is set aside as a phrase match without the meaning. */
  veto: number;
  weights: Record<string, number>;
}

export interface ToneModel {
  /** Which feature set the weights were trained on; a mismatch means the file is stale. */
  features: number;
  trainedOn: number;
  categories: Record<ToneCategory, CategoryModel>;
}

/** Bumped whenever model-features.ts changes what it emits, so old weights are refused. */
export const featureVersion = 5;

export interface CategoryScore {
  category: ToneCategory;
  probability: number;
  /** The sentence that pushed the score up most, to quote in the finding; null if none did. */
  sentence: { start: number; end: number } | null;
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** Checks the shape of a weights file, so a hand-edited or stale one fails loudly, not quietly. */
export function parseToneModel(value: unknown): ToneModel {
  const model = value as Partial<ToneModel> | null;
  if (!model || typeof model !== 'object' || model.features !== featureVersion)
    throw new Error(
      `tone model weights are for feature set ${String(model?.features)}, not ${featureVersion}; run npx tsx eval/train-tone-model.ts`,
    );
  for (const category of toneCategories) {
    const entry = model.categories?.[category];
    if (
      !entry ||
      typeof entry.threshold !== 'number' ||
      typeof entry.veto !== 'number' ||
      typeof entry.weights !== 'object'
    )
      throw new Error(`tone model weights have no usable entry for ${category}`);
  }
  return model as ToneModel;
}

function sum(weights: Record<string, number>, features: readonly string[]): number {
  let total = 0;
  for (const feature of features) total += weights[feature] ?? 0;
  return total;
}

export function scoreCategory(
  model: ToneModel,
  category: ToneCategory,
  message: MessageFeatures,
): CategoryScore {
  const { weights } = model.categories[category];
  // A feature seen in two sentences counts once, as it did in training.
  const seen = new Set(message.whole);
  let best: { start: number; end: number } | null = null;
  let bestWeight = 0;
  for (const sentence of message.sentences) {
    const fresh = sentence.features.filter((f) => !seen.has(f));
    for (const f of fresh) seen.add(f);
    const weight = sum(weights, sentence.features);
    if (weight > bestWeight) {
      bestWeight = weight;
      best = { start: sentence.start, end: sentence.end };
    }
  }
  return { category, probability: sigmoid(sum(weights, [...seen])), sentence: best };
}

/** Every category's probability for one message. */
export function scoreMessage(model: ToneModel, message: MessageFeatures): CategoryScore[] {
  return toneCategories.map((category) => scoreCategory(model, category, message));
}

/** The set of distinct features of a message, as training sees it. */
export function featureSet(message: MessageFeatures): string[] {
  return [...new Set([...message.whole, ...message.sentences.flatMap((s) => s.features)])];
}
