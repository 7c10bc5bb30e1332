// Scores checkTone against the labelled set in eval/tone-set.jsonl and fails when targets are missed.
import { checkTone, toneCategories } from '../src/core/tone/check-tone.js';
import type { ToneCategory } from '../src/core/tone/check-tone.js';
import { readExamples, tuningSets } from './tone-examples.js';
import type { Example } from './tone-examples.js';

// Recall and false alarms are the targets the tone check is held to on a held-out set.
const targets = { precision: 0.85, recall: 0.85, falseAlarmRate: 0.1 };
const showMisses = process.argv.includes('--misses');
/** Another labelled file can be scored by passing its path, e.g. a fresh held-out batch. */
const setPath = process.argv.slice(2).find((arg) => !arg.startsWith('--'));

/** `--tuning` scores every tuning set together, the whole data the check may be tuned on. */
function readSet(): Example[] {
  if (process.argv.includes('--tuning')) return tuningSets.flatMap((path) => readExamples(path));
  return readExamples(setPath ?? new URL('./tone-set.jsonl', import.meta.url));
}

/** A category counts as flagged when it has a finding above low severity; lows are nudges. */
function flagged(example: Example): Set<ToneCategory> {
  const report = checkTone(example.text, example.context);
  return new Set(report.findings.filter((f) => f.severity !== 'low').map((f) => f.category));
}

const examples = readSet();
const counts = new Map(toneCategories.map((c) => [c, { tp: 0, fp: 0, fn: 0 }]));
let goodMessages = 0;
let goodFlagged = 0;

// The first check loads wink-nlp's model (about 200 ms); time the messages after it.
flagged(examples[0] ?? { text: 'Hello', labels: [] });
const started = performance.now();
for (const example of examples) {
  const predicted = flagged(example);
  if (example.labels.length === 0) {
    goodMessages += 1;
    if (predicted.size > 0) goodFlagged += 1;
  }
  for (const category of toneCategories) {
    const count = counts.get(category);
    if (!count) continue;
    const truth = example.labels.includes(category);
    const guess = predicted.has(category);
    if (truth && guess) count.tp += 1;
    if (!truth && guess) count.fp += 1;
    if (truth && !guess) count.fn += 1;
    if (showMisses && truth !== guess) {
      console.log(`${truth ? 'MISSED' : 'FALSE '} ${category}: ${example.text.slice(0, 110)}`);
    }
  }
}

const perMessage = (performance.now() - started) / Math.max(examples.length, 1);

const ratio = (n: number, d: number): number => (d === 0 ? 1 : n / d);
const pad = (value: string, width: number): string => value.padEnd(width);
let failed = false;

console.log(`${examples.length} messages, ${goodMessages} with no issue\n`);
console.log(`${pad('category', 20)}${pad('positives', 11)}${pad('precision', 11)}recall`);
for (const category of toneCategories) {
  const { tp, fp, fn } = counts.get(category) ?? { tp: 0, fp: 0, fn: 0 };
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  const miss = precision < targets.precision || recall < targets.recall;
  failed ||= miss;
  console.log(
    `${pad(category, 20)}${pad(String(tp + fn), 11)}${pad(precision.toFixed(2), 11)}${recall.toFixed(2)}${miss ? '  ✗' : ''}`,
  );
}
const falseAlarmRate = ratio(goodFlagged, goodMessages);
failed ||= falseAlarmRate > targets.falseAlarmRate;
console.log(
  `\nfalse alarms on good messages: ${goodFlagged}/${goodMessages} = ${(falseAlarmRate * 100).toFixed(1)}%`,
);
console.log(
  `targets: precision ≥ ${targets.precision}, recall ≥ ${targets.recall}, false alarms ≤ ${targets.falseAlarmRate * 100}%`,
);
console.log(
  `time per message: ${perMessage.toFixed(1)} ms (mean over the set, misses printing included)`,
);
console.log(failed ? 'FAIL: targets missed' : 'PASS');
process.exitCode = failed ? 1 : 0;
