import { describe, expect, it } from 'vitest';
import { findVagueAsks } from './check-ask.js';
import { findNoPersonalisation } from './check-personal.js';
import { analyseText } from './nlp.js';
import type { ToneContext } from './tone-report.js';

function vague(text: string, context: ToneContext): boolean {
  return findVagueAsks(text, analyseText(text), context, false).some((f) => f.severity !== 'low');
}

function generic(text: string, context: ToneContext): boolean {
  return findNoPersonalisation(text, analyseText(text), context).some((f) => f.severity !== 'low');
}

describe('an ask that leaves the reader to spot the chance is vague', () => {
  const contact: ToneContext = { stage: 'contact', intent: 'ask-advice' };
  it.each([
    'Hi Dev, could you keep an eye out for openings for me? Anything in design.',
    'Hi Ros, if your team ever needs a hand, please think of me.',
    'Hi Sam, I admire what you have built. Would you be open to helping me out?',
    'Hi Lou, if your agency ever needs help with copy, let me know.',
  ])('is vague: %s', (text) => {
    expect(vague(text, contact)).toBe(true);
  });

  it.each([
    'Hi Dev, could you think of me for the designer role on your team? My portfolio is attached.',
    'Hi Ros, would you put in a word for me with Priya about the analyst role?',
  ])('names what it wants: %s', (text) => {
    expect(vague(text, contact)).toBe(false);
  });
});

describe('a thank-you or congratulation needs no ask, but an open-ended one is still vague', () => {
  it.each<[string, ToneContext]>([
    [
      'Thanks for the coffee, Nia. If you hear of anything, please tell me.',
      { stage: 'contact', intent: 'thank-you' },
    ],
    [
      'Congratulations on the new role, Abe! If they need anyone else, keep me in mind.',
      { stage: 'contact', intent: 'congratulate' },
    ],
  ])('is vague: %s', (text, context) => {
    expect(vague(text, context)).toBe(true);
  });

  it('a plain thank-you asks nothing and is fine', () => {
    const text = 'Thanks for the coffee, Nia. Your tip on the portfolio review made my week.';
    expect(vague(text, { stage: 'contact', intent: 'thank-you' })).toBe(false);
  });
});

describe('the reader as one of a kind ("firms like yours") is not personal', () => {
  const warm: ToneContext = { stage: 'acquaintance', intent: 'share', recipientName: 'Jo' };
  it.each([
    'Hi Jo, thought this might interest you: our guide to cutting hosting costs. We help firms like yours save 20%.',
    'Hi Jo, would a company like yours benefit from our scheduling tool? Happy to set up a trial.',
  ])('could go to anyone: %s', (text) => {
    expect(generic(text, warm)).toBe(true);
  });

  it('a note that says something of theirs is still personal', () => {
    const text =
      'Hi Jo, loved your talk on scaling the bakery at Leeds Food Week. We help bakeries like yours plan stock; happy to share what we learned.';
    expect(generic(text, warm)).toBe(false);
  });
});
