import { describe, expect, it } from 'vitest';
import { findOfferPitch } from './check-offer.js';
import { analyseText } from './nlp.js';

function pitches(text: string): boolean {
  return findOfferPitch(text, analyseText(text)).length > 0;
}

describe('the sender’s offer with a claim or a call to buy, in other words', () => {
  it.each([
    'Hi Ada, teams like yours would genuinely benefit from our onboarding kit. Could I walk you through it on Thursday?',
    'Hi Ada, I have built a rota app for clinics. You should try it this week.',
    'Hi Ada, I run a small bookkeeping service. It is used by 40 firms in Leeds and I can start next week.',
    'Hi Ada, if you ever need a copy editor, that is precisely what I do, and I can start on Tuesday.',
  ])('is a pitch: %s', (text) => {
    expect(pitches(text)).toBe(true);
  });

  it.each([
    'Hi Ada, I run a small bookkeeping service in Leeds. Could I ask how you found your first clients?',
    'Hi Ada, your onboarding talk was great. I tried it out with my team and it worked.',
    'Hi Ada, I think the charity would benefit from your advice. Would you talk to their chair?',
  ])('is not, with one move or none: %s', (text) => {
    expect(pitches(text)).toBe(false);
  });
});
