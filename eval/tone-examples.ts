// Reads a labelled tone set (JSON lines of text, context and labels), mapping draft intents to
// the tone intent the app checks them under, so training and scoring read examples the same way.
import { readFileSync } from 'node:fs';
import { toneCategories } from '../src/core/tone/check-tone.js';
import type { ToneCategory, ToneContext } from '../src/core/tone/check-tone.js';
import { isDraftIntent } from '../src/core/words/drafts.js';
import { toneIntentFor } from '../src/core/words/sent.js';

export interface Example {
  text: string;
  context?: ToneContext;
  labels: ToneCategory[];
}

export function readExamples(path: string | URL): Example[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      const example = JSON.parse(line) as Example;
      // A set may name a draft intent ("follow-up-2"); the app checks it under its tone intent.
      const intent = example.context?.intent;
      if (example.context && intent !== undefined && isDraftIntent(intent))
        example.context = { ...example.context, intent: toneIntentFor(intent) };
      for (const label of example.labels) {
        if (!toneCategories.includes(label))
          throw new Error(`${String(path)} line ${i + 1}: unknown label ${label}`);
      }
      return example;
    });
}

/** Every labelled message the check may be tuned on; a held-out set joins only once scored. */
export const tuningSets = [
  './tone-set.jsonl',
  './tone-holdout-4.jsonl',
  './tone-holdout-5.jsonl',
  './tone-holdout-6.jsonl',
  './tone-holdout-7.jsonl',
  './tone-holdout-8.jsonl',
  './tone-holdout-9.jsonl',
  './tone-holdout-10.jsonl',
  './tone-holdout-11.jsonl',
  './tone-holdout-12.jsonl',
  './tone-holdout-13.jsonl',
  './tone-holdout-14.jsonl',
  './tone-holdout-15.jsonl',
  './tone-holdout-16.jsonl',
  './tone-holdout-18.jsonl',
  './tone-practice-6.jsonl',
  './tone-holdout-19.jsonl',
  './tone-holdout-20.jsonl',
].map((name) => new URL(name, import.meta.url));
