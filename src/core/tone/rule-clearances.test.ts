import { describe, expect, it } from 'vitest';
import { analyseText } from './nlp.js';
import { judgeRules } from './rule-findings.js';
import type { ToneCategory, ToneContext } from './tone-report.js';

function cleared(text: string, context: ToneContext = { stage: 'stranger' }): ToneCategory[] {
  return [...judgeRules(text, analyseText(text), context).cleared];
}

describe('what the rules judge absent, so the model defers to them', () => {
  it.each([
    'Hi Jo, I read your post on delivery management. I would appreciate any thoughts you have on whether a PRINCE2 background carries over.',
    'Hi Sam, are you open to a 15-minute call on Tuesday about your move into product?',
    'Hi Lee, do you know who runs hiring for the Leeds office?',
  ])('reads the ask as specific: %s', (text) => {
    expect(cleared(text)).toContain('vague-ask');
  });

  it.each([
    'Hi Jo, any news?',
    'Hi Jo, I am not asking whether you are open to a call. Just keep me in mind.',
    'Hi Jo, hope you are well.',
    'Hi Jo, I am thinking about a career change and wondered if you had any advice.',
  ])('does not vouch for an ask that names nothing: %s', (text) => {
    expect(cleared(text)).not.toContain('vague-ask');
  });

  it.each([
    'Hi Jo, how did your team decide to offer a free trial of your app? I am writing my thesis on pricing.',
    'Hi Ravi, I have used it for a month: why did your team end the free trial of your scheduling tool?',
  ])('reads the offer as someone else’s: %s', (text) => {
    expect(cleared(text)).toContain('sales-pitch');
  });

  it.each([
    'Hi Jo, our toolkit halves onboarding time. Would you like a free trial?',
    'Hi Jo, I saw your app launch. I run a consultancy that could help with pricing.',
    'Hi Jo, loved your talk on hiring. Could we talk for 15 minutes?',
    'Hi Anna, I noticed Revolut’s app reviews mention onboarding. I run UX audits and could fix that for a flat fee.',
  ])(
    'does not clear a pitch when the sender names their own offer, or none is named: %s',
    (text) => {
      expect(cleared(text)).not.toContain('sales-pitch');
    },
  );

  it.each([
    'Hi Jo, I am a designer and I love my work, and I run my own studio. How do you price retainers?',
    'Hi Jo, I moved from teaching to data last year and I use my notes daily. What did your team use to learn dbt?',
  ])('reads a question about how the reader works as a note about them: %s', (text) => {
    expect(cleared(text)).toContain('self-focus');
  });

  it.each([
    'Hi Jo, I am a designer and I love my work, and I run my own studio. Do you think I could work for you?',
    'Hi Jo, I run my own studio. Would you mind looking at my portfolio?',
    'Hi Jo, how do you know Sam? I met him at my course.',
  ])('does not read a request or a question about others as about the reader: %s', (text) => {
    expect(cleared(text)).not.toContain('self-focus');
  });

  it('leaves a big favour of a contact or a friend to the rules’ nudge', () => {
    const text = 'Hi Jo, would you consider investing in my app?';
    expect(cleared(text, { stage: 'contact' })).toContain('big-ask-weak-tie');
    expect(cleared(text, { stage: 'ally' })).toContain('big-ask-weak-tie');
    expect(cleared(text, { stage: 'stranger' })).not.toContain('big-ask-weak-tie');
  });

  it('reads a contact met only once as a weak tie, so the model may still find a big ask', () => {
    const text = 'Hi Jo, I know we only met once, but would you consider investing in my app?';
    expect(cleared(text, { stage: 'contact' })).not.toContain('big-ask-weak-tie');
  });
});
