import { describe, expect, it } from 'vitest';
import { findVagueAsks } from './check-ask.js';
import { checkTone } from './check-tone.js';
import { extractFeatures } from './model-features.js';
import { analyseText } from './nlp.js';
import { anyMatch } from './phrase-rule.js';
import { timeOfferPatterns } from './phrases-clear-ask.js';
import { judgeRules } from './rule-findings.js';
import { featureSet } from './tone-model.js';
import type { ToneContext } from './tone-report.js';

function vague(text: string, context: ToneContext): boolean {
  return findVagueAsks(text, analyseText(text), context, false).some((f) => f.severity !== 'low');
}

const advice: ToneContext = { stage: 'acquaintance', intent: 'ask-advice' };

describe('a wish for advice or help in general is a vague ask', () => {
  it.each<[string, ToneContext]>([
    [
      'Hi Lu, I am new to research ops, so whatever pointers you are able to offer would be gratefully received.',
      advice,
    ],
    ['Hi Bo, I would really value your perspective on things at some stage.', advice],
    [
      'Hi Ana, I am finishing my MSc. I would appreciate any direction you can point me in.',
      advice,
    ],
    [
      'Dear Dr Obi, I would be honoured to benefit from your expertise in any way you see fit.',
      { stage: 'stranger', intent: 'first-contact' },
    ],
    // A reconnect that names nothing only nudges; one that wishes for advice is an open ask.
    [
      'Dara, it has been a while! I am weighing up what comes next and would treasure your input.',
      { stage: 'contact', intent: 'reconnect' },
    ],
    [
      'Yusra, I am thinking through my options after the restructure and your advice would mean a lot.',
      { stage: 'contact', intent: 'reconnect' },
    ],
  ])('is vague: %s', (text, context) => {
    expect(vague(text, context)).toBe(true);
  });

  it.each<[string, ToneContext]>([
    // The wish names its question.
    [
      'Hi Bo, I would value your view on whether a part-time MBA is worth it for policy work.',
      advice,
    ],
    ['Hi Bo, I would love your take on one thing: did you keep Fridays off?', advice],
    // Another sentence asks the question; the wish is a courtesy beside it.
    [
      'Hi Bo, did you quote per square metre or per hour? I am putting a bid together and would value your view.',
      advice,
    ],
    // It says how much of their time, and what for.
    ['Hi Bo, I would be honoured to have 20 minutes of your time to hear your insights.', advice],
    // Thanks for help given is not a wish for more.
    [
      'Hi Bo, I really appreciate your help with the grant form; it went in on Friday.',
      { stage: 'contact', intent: 'thank-you' },
    ],
  ])('names what it wants: %s', (text, context) => {
    expect(vague(text, context)).toBe(false);
  });
});

describe('a chance that may come, a way left to the reader, a vague way of working together', () => {
  it.each<[string, ToneContext]>([
    ['Hi Eli, should anything suitable turn up on your side, I would be glad to hear.', advice],
    [
      'Hi Eli, thanks for the intro to Mina. If anything else springs to mind, I am all ears.',
      { stage: 'contact', intent: 'thank-you' },
    ],
    [
      'Jun, congratulations on the studio! If there is ever room for a collaborator, count me in.',
      { stage: 'contact', intent: 'congratulate' },
    ],
    ['Hi Eli, could you help me with my job search in any way you can?', advice],
    [
      'Hi Eli, great to meet you at the expo. I would love to explore how we might support your team.',
      { stage: 'acquaintance', intent: 'first-contact' },
    ],
  ])('is vague: %s', (text, context) => {
    expect(vague(text, context)).toBe(true);
  });
});

describe('what is not an open ask', () => {
  it('reads "I am about to" as a plan, not a time offered', () => {
    expect(anyMatch("I'm about to finish my MSc.", timeOfferPatterns)).toBe(false);
    expect(anyMatch("I'm about on Thursday if you're free.", timeOfferPatterns)).toBe(true);
  });

  it.each([
    'Hi Laszlo, just checking the October invoice reached the right inbox. Thanks!',
    'Hi Hannah, just checking you got my invoice for the October sessions.',
  ])('reads a check that something named arrived as a yes-or-no question: %s', (text) => {
    expect(vague(text, { stage: 'contact', intent: 'follow-up' })).toBe(false);
  });
});

describe('the model reads an open wish as one feature', () => {
  const featuresOf = (text: string): string[] =>
    featureSet(extractFeatures(text, analyseText(text), advice));

  it('marks the wish, whatever its words, and not a wish that names its question', () => {
    expect(featuresOf('Hi Bo, your input would mean a lot.')).toContain('open-wish');
    expect(featuresOf('Hi Bo, I would treasure your guidance.')).toContain('open-wish');
    expect(
      featuresOf('Hi Bo, I would value your view on whether to take the offer.'),
    ).not.toContain('open-wish');
    // The subject is named, so the wish is not open, whatever else the note lacks.
    expect(featuresOf('Hi Bo, I would value your view on the Birkbeck bootcamp.')).not.toContain(
      'open-wish',
    );
  });

  it('flags a wish for advice in general in the whole check', () => {
    const report = checkTone(
      'Hi Lorcan, I am exploring a move into climate tech and you have been in it for years. Your guidance would mean a great deal.',
      { stage: 'acquaintance', intent: 'ask-advice', recipientName: 'Lorcan' },
    );
    expect(report.findings.some((f) => f.category === 'vague-ask' && f.severity !== 'low')).toBe(
      true,
    );
  });
});

describe('a question about how the reader works sells nothing', () => {
  it('clears a pitch when the note names no offer of its own', () => {
    const text =
      "Hi Aisha, your thread on pricing bookkeeping packages was the clearest I've read. I'm setting up as a bookkeeper in Bristol. How did you decide what to leave out of the cheapest package?";
    const context: ToneContext = { stage: 'stranger', intent: 'first-contact' };
    expect([...judgeRules(text, analyseText(text), context).cleared]).toContain('sales-pitch');
  });

  it('does not clear one when the note offers the sender’s own service', () => {
    const text =
      'Hi Aisha, my agency builds bookkeeping dashboards that save 10 hours a week. How do you track client hours today?';
    const context: ToneContext = { stage: 'stranger', intent: 'first-contact' };
    expect([...judgeRules(text, analyseText(text), context).cleared]).not.toContain('sales-pitch');
  });
});
