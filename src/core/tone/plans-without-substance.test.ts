import { describe, expect, it } from 'vitest';
import { findVagueAsks } from './check-ask.js';
import { findSelfFocus } from './check-focus.js';
import { findNoPersonalisation } from './check-personal.js';
import { analyseText } from './nlp.js';
import type { ToneContext } from './tone-report.js';

function vague(text: string, context: ToneContext): boolean {
  return findVagueAsks(text, analyseText(text), context, false).some((f) => f.severity !== 'low');
}

function generic(text: string, context: ToneContext): boolean {
  return findNoPersonalisation(text, analyseText(text), context).some((f) => f.severity !== 'low');
}

describe('doing something together at no particular time, about nothing, is vague', () => {
  it.each<[string, ToneContext]>([
    [
      'Hi Kofi, hope the move to Leeds went smoothly. Would be lovely to reconnect one of these days!',
      { stage: 'acquaintance', intent: 'reconnect' },
    ],
    [
      'Thanks for the walk round the studio, Ines. We covered your print work, my plans and the residency. We should collaborate on that front sometime.',
      { stage: 'contact', intent: 'recap' },
    ],
  ])('is vague: %s', (text, context) => {
    expect(vague(text, context)).toBe(true);
  });

  it.each<[string, ToneContext]>([
    [
      'Hi Kofi, would you like to reconnect over a call on Thursday at 6pm?',
      { stage: 'acquaintance', intent: 'reconnect' },
    ],
    [
      'Hi Ines, we should collaborate on the Leith residency application sometime: could we plan it next week?',
      { stage: 'contact', intent: 'recap' },
    ],
  ])('names a time or a subject: %s', (text, context) => {
    expect(vague(text, context)).toBe(false);
  });
});

describe('a chance that may never come, an intro with no reason, a bare "let me know"', () => {
  it.each<[string, ToneContext]>([
    [
      'Congrats on the promotion, Ada! If there is ever anything I could help with on the new team, do shout.',
      { stage: 'acquaintance', intent: 'congratulate' },
    ],
    [
      'Raj, Mei: meet each other! No idea what will come of it, but you both like boats.',
      { stage: 'contact', intent: 'introduce' },
    ],
    [
      'Hi Gus, following up from the fair. I have space for two more gardens in spring. Let me know!',
      { stage: 'acquaintance', intent: 'follow-up' },
    ],
    [
      'Hi Bea, you know the whole Bristol games crowd. I want to move into QA: can you think of somebody worth reaching out to?',
      { stage: 'contact', intent: 'request-intro' },
    ],
  ])('is vague: %s', (text, context) => {
    expect(vague(text, context)).toBe(true);
  });

  it.each<[string, ToneContext]>([
    [
      'Raj, Mei: meet each other! Raj is hiring a boat designer and Mei designs boats.',
      { stage: 'contact', intent: 'introduce' },
    ],
    [
      'Hi Gus, following up from the fair. Would a site visit on Tuesday suit you? Let me know.',
      { stage: 'acquaintance', intent: 'follow-up' },
    ],
    [
      'Hi Bea, is there someone on the QA team at Ndemic I should talk to about the tester role?',
      { stage: 'contact', intent: 'request-intro' },
    ],
  ])('says what it wants: %s', (text, context) => {
    expect(vague(text, context)).toBe(false);
  });
});

describe('proposing a catch-up is not a memory of one', () => {
  const reconnect: ToneContext = { stage: 'acquaintance', intent: 'reconnect' };
  it('finds nothing personal in "would be great to catch up"', () => {
    expect(generic('Hi Cal, hope all is well! Would be great to catch up soon.', reconnect)).toBe(
      true,
    );
  });
  it('still reads "it was great to catch up with you" at a named place as personal', () => {
    expect(
      generic('Hi Cal, it was great to catch up with you at the Bristol meetup.', reconnect),
    ).toBe(false);
  });
});

describe('an introduction made for the introducer is about the introducer', () => {
  const introduce: ToneContext = { stage: 'contact', intent: 'introduce' };
  const focus = (text: string): boolean =>
    findSelfFocus(text, analyseText(text), introduce).some((f) => f.severity !== 'low');
  it('finds self-focus when the reason is the sender', () => {
    expect(
      focus('Pat, Lee: meet each other. It really helps me to have my clients know one another.'),
    ).toBe(true);
  });
  it('finds none when the reason is theirs', () => {
    expect(
      focus('Pat, Lee: meet each other. Pat is hiring a tiler and Lee tiles bathrooms in Hove.'),
    ).toBe(false);
  });
});
