import { describe, expect, it } from 'vitest';
import { findDesperation } from './check-pressure.js';
import { analyseText } from './nlp.js';

function desperate(text: string): boolean {
  return findDesperation(text, analyseText(text), { stage: 'contact' }).some(
    (f) => f.severity !== 'low',
  );
}

describe('money running out, in any tense and by any name', () => {
  it.each([
    'Hi Jo, my severance ran out last week, so anything on the Leeds role?',
    'Hi Jo, our savings are nearly gone. Did the team decide?',
    'Hi Jo, the redundancy pay runs out in March. Any word from Priya?',
    'Hi Jo, the rent won’t pay itself. Is the contract still on?'.replace('’', "'"),
  ])('is hardship put on the reader: %s', (text) => {
    expect(desperate(text)).toBe(true);
  });

  it.each([
    'Hi Jo, the trial licence runs out on Friday, so I will send the export today.',
    'Hi Jo, the money from the grant is all spent on the pilot, which went well.',
  ])('is not, when it is not the sender’s living: %s', (text) => {
    expect(desperate(text)).toBe(false);
  });
});
