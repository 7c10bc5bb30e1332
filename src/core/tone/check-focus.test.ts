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

describe('a note that speaks for the sender’s firm', () => {
  it.each([
    'Hi Ms Grant, we are a leading digital agency with offices in London and Berlin. Our clients include Unilever, Vodafone and the BBC, and our team has won 14 industry awards. We would love to show you what we can do.',
    'Hi Elena, I help B2B SaaS companies grow their pipeline 3x with done-for-you LinkedIn outreach. We have worked with 40+ founders and our clients see results in 30 days. Would you be open to a quick call?',
  ])('is about the sender when the firm is the subject, clause after clause: %s', (text) => {
    expect(selfFocused(text, stranger)).toBe(true);
  });

  it.each([
    'Hi Bart, our team just open-sourced the accessibility linter we built for the council website. Thought it might save your team some time on the NHS project. No need to reply.',
    'Hi Priyanka, the screen-reader tips you shared are now part of our team’s onboarding, and we use your checklist on every release. Would you be open to a quick catch-up in January?',
  ])('is not, when the firm is mentioned once or the note turns to the reader: %s', (text) => {
    expect(selfFocused(text, stranger)).toBe(false);
  });
});
