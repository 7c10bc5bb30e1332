import { describe, expect, it } from 'vitest';
import { goals } from '../profile.js';
import { countWords } from './prose.js';
import { buildValueStatement, type ValueStatementInput } from './value-statement.js';

const sam: ValueStatementInput = {
  name: 'Sam Lee',
  headline: 'Data analyst moving into product',
  strengths: ['SQL', 'clear writing', 'user interviews'],
  whoIHelp: 'small nonprofits',
  how: 'turn messy data into decisions',
  interests: ['climate tech', 'civic data'],
  goal: 'job-search',
};

describe('buildValueStatement', () => {
  it('writes one sentence from the user’s own words', () => {
    const result = buildValueStatement(sam);
    expect(result.statement).toBe(
      'I help small nonprofits turn messy data into decisions, drawing on SQL, clear writing and user interviews.',
    );
    expect(result.blanks).toEqual([]);
  });

  it.each(goals)('writes a 30-second introduction of about 60 to 80 words for %s', (goal) => {
    const { intro30s } = buildValueStatement({ ...sam, goal });
    expect(countWords(intro30s)).toBeGreaterThanOrEqual(55);
    expect(countWords(intro30s)).toBeLessThanOrEqual(85);
    expect(intro30s).toContain("I'm Sam Lee");
  });

  it('offers at least two different alternative statements', () => {
    const { statement, alternatives } = buildValueStatement(sam);
    expect(alternatives.length).toBeGreaterThanOrEqual(2);
    expect(new Set([statement, ...alternatives]).size).toBe(alternatives.length + 1);
  });

  it('marks missing strengths as a blank instead of inventing any', () => {
    const result = buildValueStatement({ ...sam, strengths: [] });
    expect(result.statement).toContain('[your top strengths]');
    expect(result.blanks).toEqual(['your top strengths']);
  });

  it.each([
    ['name', 'your name'],
    ['headline', 'one line on what you do'],
    ['whoIHelp', 'who you help'],
    ['how', 'how you help them'],
    ['interests', 'what you are curious about lately'],
  ] as const)('marks a missing %s as the blank "%s"', (field, label) => {
    const result = buildValueStatement({ ...sam, [field]: field === 'interests' ? [] : '  ' });
    expect(result.blanks).toEqual([label]);
    expect([result.statement, result.intro30s, ...result.alternatives].join(' ')).toContain(
      `[${label}]`,
    );
  });

  it('marks every fact as a blank when given only a goal', () => {
    expect(buildValueStatement({ goal: 'grow-network' }).blanks).toHaveLength(6);
  });
});
