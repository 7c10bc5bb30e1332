// Prints every finding for each message in a labelled set, to see why a rule fired or did not.
import { readFileSync } from 'node:fs';
import { checkTone } from '../src/core/tone/check-tone.js';
import type { ToneCategory, ToneContext } from '../src/core/tone/check-tone.js';

interface Example {
  text: string;
  context?: ToneContext;
  labels: ToneCategory[];
}

const path = process.argv[2] ?? new URL('./tone-set.jsonl', import.meta.url);
const filter = process.argv[3];
const lines = readFileSync(path, 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '');
for (const line of lines) {
  const example = JSON.parse(line) as Example;
  if (filter !== undefined && !example.text.includes(filter)) continue;
  const report = checkTone(example.text, example.context);
  console.log(`\n[${example.labels.join(', ')}] ${JSON.stringify(example.context ?? {})}`);
  console.log(`  ${example.text}`);
  for (const f of report.findings)
    console.log(`    ${f.severity.padEnd(6)} ${f.category}: "${f.excerpt}"`);
}
