import { describe, expect, it } from 'vitest';
import { holdForBlanks, scoreFindings, verdictFor } from './score.js';
import type { Severity, ToneCategory, ToneFinding } from './tone-report.js';

function finding(category: ToneCategory, severity: Severity): ToneFinding {
  return { category, severity, start: 0, end: 1, excerpt: 'x', why: 'why', rewrite: 'rewrite' };
}

describe('scoreFindings', () => {
  it.each<[string, ToneFinding[], number]>([
    ['no findings', [], 100],
    ['one low', [finding('too-long', 'low')], 95],
    ['one medium', [finding('vague-ask', 'medium')], 85],
    ['one high', [finding('desperation', 'high')], 70],
    [
      'a repeat in one category',
      [finding('desperation', 'high'), finding('desperation', 'medium')],
      65,
    ],
    [
      'many repeats capped per category',
      Array.from({ length: 9 }, () => finding('sales-pitch', 'high')),
      60,
    ],
    [
      'every category at high, floored at zero',
      (['desperation', 'sales-pitch', 'over-apologising', 'too-long'] as const).map((c) =>
        finding(c, 'high'),
      ),
      0,
    ],
  ])('scores %s as %i', (_case, findings, score) => {
    expect(scoreFindings(findings)).toBe(score);
  });
});

describe('verdictFor', () => {
  it.each<[string, ToneFinding[], RegExp]>([
    ['nothing found', [], /^Warm and clear — send it\.$/],
    ['only a nudge', [finding('too-long', 'low')], /^Good to send/],
    [
      'one medium problem',
      [finding('vague-ask', 'medium')],
      /^Nearly there: make the ask specific\.$/,
    ],
    [
      'a worse problem first',
      [
        finding('vague-ask', 'medium'),
        finding('sales-pitch', 'high'),
        finding('too-long', 'medium'),
      ],
      /^Worth a rewrite: lead with them/,
    ],
  ])('gives one line for %s', (_case, findings, verdict) => {
    expect(verdictFor(scoreFindings(findings), findings)).toMatch(verdict);
  });
});

describe('the verdict while blanks remain', () => {
  it('says to fill in the blanks first, never "send it", even with nothing else to change', () => {
    expect(verdictFor(100, [], ['their news'])).toBe('Fill in the blanks first: [their news].');
  });

  it('names the most pressing fix after the blanks', () => {
    expect(verdictFor(85, [finding('vague-ask', 'medium')], ['a', 'b'])).toBe(
      'Fill in the blanks first: [a], [b], then make the ask specific.',
    );
  });

  it('holds a report whose text still has a [blank], and leaves a finished one alone', () => {
    const report = {
      score: 100,
      verdict: 'Warm and clear — send it.',
      findings: [],
      notes: [],
      wordCount: 5,
    };
    expect(holdForBlanks(report, 'Thanks for [what they did].').verdict).toBe(
      'Fill in the blanks first: [what they did].',
    );
    expect(holdForBlanks(report, 'Thanks for the call.')).toBe(report);
  });
});
