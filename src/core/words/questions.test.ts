import { describe, expect, it } from 'vitest';
import type { Interaction } from '../interaction.js';
import { completePerson, type NewPerson, type Person } from '../person.js';
import { emptyProfile, goals, type Profile } from '../profile.js';
import {
  eventStarters,
  followUpQuestions,
  informationalBanks,
  tiaraKinds,
} from './question-banks.js';
import { suggestQuestions } from './questions.js';

function person(fields: NewPerson): Person {
  return { id: 1, createdAt: '2026-01-01', updatedAt: '2026-01-01', ...completePerson(fields) };
}

const ana = person({
  name: 'Ana Lopez',
  company: 'Acme Health',
  title: 'Head of Product',
  interests: ['climate tech'],
  needs: 'feedback on their pitch deck',
});
const stranger = person({ name: 'Kim' });
const profile: Profile = {
  ...emptyProfile,
  name: 'Sam',
  goal: 'job-search',
  targetRoles: ['product manager'],
  targetIndustries: ['climate tech'],
};
const lastTalk: Interaction = {
  id: 1,
  personId: 1,
  occurredOn: '2026-03-02',
  channel: 'meeting',
  direction: 'mutual',
  kind: 'catch-up',
  expectsReply: false,
  summary: 'coffee with Ana about her team reorg',
  tags: [],
  createdAt: '2026-03-02',
};

describe('question banks', () => {
  it.each(goals)('holds at least 12 questions for %s, covering every TIARA kind', (goal) => {
    const bank = informationalBanks[goal];
    expect(bank.length).toBeGreaterThanOrEqual(12);
    for (const kind of tiaraKinds) expect(bank.some((q) => q.kind === kind)).toBe(true);
  });

  it('holds event starters and follow-up questions', () => {
    expect(eventStarters.length).toBeGreaterThanOrEqual(10);
    expect(followUpQuestions.length).toBeGreaterThanOrEqual(10);
  });
});

describe('suggestQuestions', () => {
  it.each(goals)('uses the person’s company, title and interests for %s', (goal) => {
    const { informational, starters } = suggestQuestions({
      person: ana,
      profile: { ...profile, goal },
    });
    const text = [...informational, ...starters].join('\n');
    expect(text).toContain('Acme Health');
    expect(text).toContain('Head of Product');
    expect(text).toContain('climate tech');
  });

  it('asks about what they need first, spoken to them', () => {
    const { informational, followUps } = suggestQuestions({ person: ana, profile });
    expect(informational[0]).toBe(
      'Where are things with feedback on your pitch deck, and what would help most?',
    );
    expect(followUps).toContain(informational[0]);
  });

  it('never leaves a slot unfilled, for a person Kith knows only by name', () => {
    for (const goal of goals) {
      const result = suggestQuestions({
        person: stranger,
        profile: { ...emptyProfile, goal },
        stage: 'stranger',
      });
      const all = [...result.informational, ...result.starters, ...result.followUps];
      expect(result.informational.length).toBeGreaterThanOrEqual(5);
      expect(result.starters).toHaveLength(5);
      for (const question of all) expect(question).not.toMatch(/[{}]|undefined|null/);
    }
  });

  it('includes one question of each TIARA kind when the bank allows it', () => {
    const { informational } = suggestQuestions({ person: ana, profile, stage: 'contact' });
    expect(informational.length).toBeGreaterThanOrEqual(6);
    expect(informational.some((q) => /who else/i.test(q))).toBe(true);
  });

  it('picks up where the last conversation ended', () => {
    const { followUps } = suggestQuestions({ person: ana, profile, lastInteraction: lastTalk });
    expect(followUps).toContain('Last time we talked about her team reorg. How did that turn out?');
  });

  it('keeps deeper questions for people the user already knows', () => {
    const deep = 'How would you describe my background to someone hiring?';
    const jobSearch: Profile = { ...emptyProfile, goal: 'job-search' };
    const asStranger = suggestQuestions({
      person: stranger,
      profile: jobSearch,
      stage: 'stranger',
    });
    const asAlly = suggestQuestions({ person: stranger, profile: jobSearch, stage: 'ally' });
    expect(asStranger.informational).not.toContain(deep);
    expect(asAlly.informational).toContain(deep);
  });

  it('gives the same questions for the same input', () => {
    expect(suggestQuestions({ person: ana, profile })).toEqual(
      suggestQuestions({ person: ana, profile }),
    );
  });
});
