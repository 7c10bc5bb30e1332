import { describe, expect, it } from 'vitest';
import { findSelfFocus } from './check-focus.js';
import { analyseText } from './nlp.js';
import type { ToneContext } from './tone-report.js';

function selfFocused(text: string, context: ToneContext): boolean {
  return findSelfFocus(text, analyseText(text), context).some((f) => f.severity !== 'low');
}

const stranger: ToneContext = { stage: 'stranger', intent: 'first-contact' };

describe('a note of CV lines that drop their "I"', () => {
  it.each([
    'Hi Noor, some context: nurse for 10 years. Retrained as a data analyst in 2024. Built a staffing dashboard for my ward. Fluent in SQL and Tableau. Seeking analyst roles in health.',
    'Hey Tom, a lot has changed: left the agency, finished a coding bootcamp, shipped two client apps. Now looking for a permanent role.',
    'Dear Ms Park — background: ran a bakery for six years. Studied bookkeeping at night. Strong with spreadsheets. Open to part-time work.',
  ])('is about the sender: %s', (text) => {
    expect(selfFocused(text, stranger)).toBe(true);
  });

  it.each([
    'Hi Noor, read your piece on ward rostering — I tried the same idea and built a small rota sheet. Happy to send it if it helps.',
    'Hi Tom, loved your talk at LeedsJS. Finished the exercise you set and shipped it to my team. Would you look at one part of it?',
  ])(
    'is not, when a clause after "and" shares the sentence’s subject or the note turns to the reader: %s',
    (text) => {
      expect(selfFocused(text, stranger)).toBe(false);
    },
  );
});
