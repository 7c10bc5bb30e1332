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

describe('an open-ended favour the note thanks them for, or they offered, is not an ask', () => {
  const thanks: ToneContext = { stage: 'contact', intent: 'thank-you' };
  it.each([
    'Karim, thank you for the heads-up about the Ocado role. I applied this morning. Really kind of you to think of me.',
    'Hi Ella, thanks so much for putting in a good word for me with the Peak District Trust.',
  ])('thanks for a favour done: %s', (text) => {
    expect(vague(text, thanks)).toBe(false);
  });

  it.each([
    'Thanks for the coffee, Ella. If anything comes up, please think of me.',
    'Hi Karim, thanks for the chat! Please keep me in mind if you hear of anything.',
  ])('still asks the reader to spot the chance: %s', (text) => {
    expect(vague(text, thanks)).toBe(true);
  });
});

describe('an ask that hands the reader the whole problem is vague', () => {
  const contact: ToneContext = { stage: 'contact', intent: 'reconnect' };
  it.each([
    "Hi Gareth, I'm exploring my options at the moment and thought you might have some ideas.",
    "Hi Cath, I've been out of work for a while. Anything at all would help.",
  ])('is vague: %s', (text) => {
    expect(vague(text, contact)).toBe(true);
  });

  it.each([
    'Hi Gareth, I thought you might have some ideas on pricing a repair service for hotels.',
  ])('names what the ideas are about: %s', (text) => {
    expect(vague(text, contact)).toBe(false);
  });
});
