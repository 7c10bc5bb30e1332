import { describe, expect, it } from 'vitest';
import { needsAsk, readTie, wordLimit } from './tone-context.js';
import type { ToneContext } from './tone-report.js';

describe('readTie', () => {
  it.each<[ToneContext, string, string]>([
    [{ stage: 'stranger' }, 'Hi Ana', 'weak'],
    [{ stage: 'acquaintance' }, 'Hi Ana', 'weak'],
    [{ stage: 'contact' }, 'Hi Ana', 'known'],
    [{ stage: 'ally' }, 'Hi Ana', 'close'],
    [{ intent: 'first-contact' }, 'Hi Ana', 'weak'],
    [{}, "Hi Ana, we haven't met, but…", 'weak'],
    [{}, 'Hi Ana, thanks for connecting.', 'weak'],
    [{}, 'Hi Ana', 'unknown'],
  ])('reads %j with %j as a %s tie', (context, text, tie) => {
    expect(readTie(context, text)).toBe(tie);
  });
});

describe('needsAsk', () => {
  it.each<[string | undefined, boolean]>([
    [undefined, true],
    ['first-contact', true],
    ['follow-up', true],
    ['thank-you', false],
    ['congratulate', false],
    ['share', false],
    ['recap', false],
    ['introduce', false],
  ])('says a %s message needs an ask: %s', (intent, expected) => {
    expect(needsAsk(intent === undefined ? {} : { intent })).toBe(expected);
  });
});

describe('wordLimit', () => {
  it.each<[ToneContext, number]>([
    [{ intent: 'first-contact' }, 120],
    [{ intent: 'follow-up' }, 90],
    [{ intent: 'recap' }, 250],
    [{ stage: 'stranger' }, 120],
    [{}, 150],
    [{ intent: 'something-new' }, 150],
  ])('allows %j about %i words', (context, limit) => {
    expect(wordLimit(context)).toBe(limit);
  });
});
