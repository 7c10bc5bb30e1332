// Trains the tone model on every tuning message, picks each category's thresholds by 5-fold
// cross-validation, prints the cross-validated figures and writes src/core/tone/tone-model-weights.ts.
// `npx tsx eval/train-tone-model.ts` (add --dry-run to print the figures without writing, and
// --by-set to also score each tuning set, rules and model together, by a model trained without it).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { combineFindings } from '../src/core/tone/model-findings.js';
import { scoreMessage } from '../src/core/tone/tone-model.js';
import type { ToneModel } from '../src/core/tone/tone-model.js';
import { toneCategories } from '../src/core/tone/tone-report.js';
import type { ToneCategory } from '../src/core/tone/tone-report.js';
import { readExamples, tuningSets } from './tone-examples.js';
import { fitModel, folds, prepare, ratio, tally } from './tone-training.js';
import type { Prepared, Tally } from './tone-training.js';

const sets = tuningSets.map((path) => ({ path, examples: readExamples(path) }));
const data = sets.flatMap((set) => set.examples.map(prepare));
const setOf = sets.flatMap((set, s) => set.examples.map(() => s));
const all = data.map((_, i) => i);
const { model, outOfFold } = fitModel(data, all);

const p = (i: number, c: ToneCategory): number => outOfFold.get(i)?.get(c) ?? 0;
const cut = (c: ToneCategory): { threshold: number; veto: number } => model.categories[c];
function combined(i: number, c: ToneCategory): boolean {
  const prob = p(i, c);
  return prob >= cut(c).threshold || (data[i]?.ruleFlags.has(c) === true && prob >= cut(c).veto);
}

const row = (t: Tally): string =>
  `p${ratio(t.tp, t.tp + t.fp).toFixed(2)} r${ratio(t.tp, t.tp + t.fn).toFixed(2)}`;
console.log(`${data.length} tuning messages, ${folds}-fold cross-validation`);
console.log('category            threshold veto  model alone    rules (in-sample)  rules+model');
for (const category of toneCategories) {
  const { threshold, veto } = cut(category);
  console.log(
    [
      category.padEnd(20),
      threshold.toFixed(2).padEnd(10),
      veto.toFixed(2).padEnd(6),
      row(tally(data, all, category, (i) => p(i, category) >= threshold)).padEnd(15),
      row(tally(data, all, category, (i) => data[i]?.ruleFlags.has(category) === true)).padEnd(19),
      row(tally(data, all, category, (i) => combined(i, category))),
    ].join(''),
  );
}
const goodIdx = all.filter((i) => data[i]?.example.labels.length === 0);
const flaggedBy = (guess: (i: number, c: ToneCategory) => boolean): string => {
  const n = goodIdx.filter((i) => toneCategories.some((c) => guess(i, c))).length;
  return `${n}/${goodIdx.length} = ${((100 * n) / goodIdx.length).toFixed(1)}%`;
};
console.log(
  `good messages flagged: model alone ${flaggedBy((i, c) => p(i, c) >= cut(c).threshold)}`,
);
console.log(
  `                       rules ${flaggedBy((i, c) => data[i]?.ruleFlags.has(c) === true)}`,
);
console.log(`                       rules+model ${flaggedBy(combined)}`);

/** What the check, rules and this model together, flags above low severity in one message. */
function flagged(item: Prepared, fitted: ToneModel): Set<ToneCategory> {
  const context = item.example.context ?? {};
  const scores = scoreMessage(fitted, item.message);
  const findings = combineFindings(item.text, item.rules, scores, fitted, context);
  return new Set(findings.filter((f) => f.severity !== 'low').map((f) => f.category));
}

/**
 * Each set scored as if it were held out: the model is fitted on the other sets only. The rules
 * were written while reading the older sets, so this still flatters them; the newest set is the
 * fairest row.
 */
function scoreBySet(): void {
  console.log('\neach set scored by a model trained on the others (rules + model, recall):');
  console.log(
    `${'set'.padEnd(24)}${toneCategories.map((c) => c.slice(0, 9).padEnd(10)).join('')}good flagged`,
  );
  const pooled = new Map<number, Set<ToneCategory>>();
  sets.forEach((set, s) => {
    const held = all.filter((i) => setOf[i] === s);
    const { model: fitted } = fitModel(
      data,
      all.filter((i) => setOf[i] !== s),
    );
    for (const i of held) pooled.set(i, flagged(data[i] as Prepared, fitted));
    const name = fileURLToPath(set.path).split('/').pop() ?? '';
    console.log(`${name.padEnd(24)}${recallRow(held, pooled)}`);
  });
  console.log(`${'all, pooled'.padEnd(24)}${recallRow(all, pooled)}`);
}

/** Recall per category, then good messages flagged, over the given messages. */
function recallRow(indices: readonly number[], guesses: Map<number, Set<ToneCategory>>): string {
  const recalls = toneCategories.map((c) => {
    const t = tally(data, indices, c, (i) => guesses.get(i)?.has(c) === true);
    return ratio(t.tp, t.tp + t.fn)
      .toFixed(2)
      .padEnd(10);
  });
  const good = indices.filter((i) => data[i]?.example.labels.length === 0);
  const goodFlagged = good.filter((i) => (guesses.get(i)?.size ?? 0) > 0).length;
  return `${recalls.join('')}${goodFlagged}/${good.length}`;
}

if (process.argv.includes('--by-set')) scoreBySet();

if (!process.argv.includes('--dry-run')) {
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
