// kith brand: the value statement, the introduction and offers; flags that merge, and bad offers.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCli, type Cli } from './harness.js';

interface BrandJson {
  profile: {
    strengths: string[];
    whoIHelp: string;
    howIHelp: string;
    interests: string[];
    valueStatement: string;
    intro: string;
    offers: Array<{ category: string; detail: string }>;
  };
  suggestion: { statement: string; intro30s: string; alternatives: string[]; blanks: string[] };
  suggestedOffers: unknown[];
  catalogue: Array<{ category: string; title: string }>;
}

describe('kith brand', () => {
  let cli: Cli;
  beforeEach(() => (cli = createCli()));
  afterEach(() => cli.cleanup());

  const brand = async (...argv: string[]) => {
    const result = await cli.kith('brand', ...argv, '--json');
    expect(result.code, result.stderr).toBe(0);
    return JSON.parse(result.stdout) as BrandJson;
  };

  it('shows a suggestion with its blanks, and starter offers for someone with none yet', async () => {
    const result = await cli.kith('brand');
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const { stdout } = result;
    expect(stdout).toMatch(
      /^Your value statement \(a suggestion\):\n {2}I help \[who you help\] \[how you help them\], drawing on \[your top strengths\]\.\n/,
    );
    expect(stdout).toContain("Your 30-second introduction (a suggestion):\n  Hi, I'm [your name],");
    expect(stdout).toContain('Other ways to say it:\n  - ');
    expect(stdout).toMatch(/\n {2}\[who you help\] +kith brand --who "small nonprofits"\n/);
    expect(stdout).toMatch(/\n {2}\[your name\] +kith profile --name /);
    expect(stdout).toContain('What you can offer: nothing saved yet. You have more to give');
    expect(stdout).toMatch(/\n {2}attention +a 20-minute call/);
    expect(stdout).toContain(
      '  feedback: Feedback on their work. Honest, specific, kind feedback is rare.\n',
    );
    expect(stdout).toContain('kith brand --offer "feedback:a read of a CV or portfolio"');
  });

  it('saves only the fields given, keeping the rest', async () => {
    await brand(
      '--who',
      'small nonprofits',
      '--how',
      'turn messy data into clear decisions',
      '--strength',
      'SQL',
      '--strength',
      'explaining numbers simply',
      '--interest',
      'climate tech',
    );
    const result = await cli.kith('brand', '--how', 'make sense of their data');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Saved\.\n\nYour value statement \(a suggestion\):\n/);
    expect(result.stdout).toContain(
      'I help small nonprofits make sense of their data, drawing on SQL and explaining numbers simply.',
    );
    const saved = await brand();
    expect(saved.profile).toMatchObject({
      whoIHelp: 'small nonprofits',
      howIHelp: 'make sense of their data',
      strengths: ['SQL', 'explaining numbers simply'],
      interests: ['climate tech'],
      valueStatement: '',
      offers: [],
    });
  });

  it('shows the statement and introduction you saved instead of the suggestion', async () => {
    await brand(
      '--statement',
      'I help small nonprofits use their data.',
      '--intro',
      "Hi, I'm Sam.",
    );
    const result = await cli.kith('brand');
    expect(result.stdout).toMatch(
      /^Your value statement:\n {2}I help small nonprofits use their data\.\n\nYour 30-second introduction:\n {2}Hi, I'm Sam\.\n/,
    );
    // Offers saved later leave the statement alone.
    const withOffers = await brand('--offer', 'feedback:CV reads', '--offer', 'skills: SQL help');
    expect(withOffers.profile.valueStatement).toBe('I help small nonprofits use their data.');
    expect(withOffers.profile.offers).toEqual([
      { category: 'feedback', detail: 'CV reads' },
      { category: 'skills', detail: 'SQL help' },
    ]);
    expect(withOffers.suggestedOffers).toEqual([]);
    const shown = await cli.kith('brand');
    expect(shown.stdout).toMatch(
      /\nWhat you can offer:\n {2}feedback +CV reads\n {2}skills +SQL help\n$/,
    );
  });

  it('clears a list with "" and leaves the offers untouched by brand flags', async () => {
    await brand('--strength', 'SQL', '--offer', 'attention:a listening ear');
    const saved = await brand('--strength', '');
    expect(saved.profile.strengths).toEqual([]);
    expect(saved.profile.offers).toEqual([{ category: 'attention', detail: 'a listening ear' }]);
  });

  it('exits 4 listing the categories for a bad --offer, saving nothing', async () => {
    for (const offer of ['money:lots', 'no colon here', 'feedback:  ']) {
      const result = await cli.kith('brand', '--who', 'founders', '--offer', offer);
      expect(result.code, offer).toBe(4);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/^--offer: /);
    }
    const bad = await cli.kith('brand', '--offer', 'money:lots');
    expect(bad.stderr).toBe(
      '--offer: must be one of attention, articles, feedback, introductions, skills, local-knowledge, product-testing, congratulations, recommendations, five-minute-favours (got "money")\n',
    );
    expect((await brand()).profile.whoIHelp).toBe('');
  });

  it('names the flag when a value is too long', async () => {
    const result = await cli.kith('brand', '--statement', 'x'.repeat(401));
    expect(result).toEqual({
      code: 4,
      stdout: '',
      stderr: '--statement: must be at most 400 characters\n',
    });
  });
});
