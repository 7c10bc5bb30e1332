import { describe, expect, it } from 'vitest';
import { weighCompanyNamed } from './person-company.js';
import { matchPerson, type NamedPerson } from './person-match.js';
import {
  describeMatch,
  isGuess,
  markAsked,
  needsChoice,
  setAsideCloseRelated,
  settleMention,
} from './person-mention.js';

const people: NamedPerson[] = [
  { id: 1, name: 'Ana Lopez', company: 'Acme' },
  { id: 2, name: 'Ana Silva', company: null },
  { id: 3, name: 'Devendra Mistry', company: null },
  { id: 4, name: 'Chidi Eze', company: null },
];

const settle = (written: string, answers = {}) =>
  settleMention(written, matchPerson(written, people), answers);

describe('settleMention', () => {
  it.each([
    ['Dev', {}, 'matched', 3],
    ['Ana', {}, 'several', undefined],
    ['Ana', { pick: [2] }, 'picked', 2],
    ['Ana', { pick: [3] }, 'several', undefined],
    ['Cidi', {}, 'nobody', undefined],
    ['Cidi', { pick: [4] }, 'picked', 4],
    ['Xavier', {}, 'new', undefined],
    ['Devendra Mistry', { createNew: true }, 'new', undefined],
    ['Ana', { createNew: ['Ana'] }, 'new', undefined],
    ['Dev', { createNew: ['Ana'] }, 'matched', 3],
  ])('%s with %j → %s', (written, answers, outcome, id) => {
    const mention = settle(written, answers);
    expect(mention.outcome).toBe(outcome);
    expect(mention.person?.id).toBe(id);
  });

  it('offers every equally likely person, with the reason in words', () => {
    expect(settle('Ana').candidates).toEqual([
      { id: 1, name: 'Ana Lopez', company: 'Acme', reason: 'first name', why: 'first name' },
      { id: 2, name: 'Ana Silva', company: null, reason: 'first name', why: 'first name' },
    ]);
  });
});

describe('what the user is told and asked', () => {
  it('says how a name was read unless it was the full name', () => {
    expect(describeMatch(settle('Dev'))).toBe('Devendra Mistry — you wrote "Dev"');
    expect(describeMatch(settle('devendra mistry'))).toBe(undefined);
    expect(describeMatch(settle('Xavier'))).toBe(undefined);
  });

  it('needs a choice for several or a close nobody, and asks about guesses only when asking first', () => {
    const mentions = [settle('Dev'), settle('Ana'), settle('Xavier')];
    expect(needsChoice(mentions)).toBe(true);
    expect(needsChoice([settle('Dev'), settle('Xavier')])).toBe(false);
    expect(markAsked(mentions, false).map((m) => m.asked)).toEqual([false, true, false]);
    expect(markAsked(mentions, true).map((m) => m.asked)).toEqual([true, true, true]);
  });
});

describe('a first name given with who they are', () => {
  const related = (text: string) =>
    settleMention(
      text,
      setAsideCloseRelated(matchPerson(text, people), { text, related: true }),
      {},
    );

  it('is someone new when it is only near someone known', () => {
    expect(settle('Cidi').outcome).toBe('nobody');
    expect(related('Cidi').outcome).toBe('new');
  });

  it('is still the person it names exactly, and a full name near someone still asks', () => {
    expect(related('Chidi').person?.id).toBe(4);
    const close = matchPerson('Cidi', people);
    expect(setAsideCloseRelated(close, { text: 'Cidi Ezz', related: true })).toBe(close);
  });

  it('is someone new when it reaches people only as a short form of their names', () => {
    const alexandra: NamedPerson[] = [{ id: 5, name: 'Alexandra Reid', company: 'Bupa' }];
    const sandra = matchPerson('Sandra', alexandra);
    expect(settleMention('Sandra', sandra, {}).outcome).toBe('matched');
    const aside = setAsideCloseRelated(sandra, { text: 'Sandra', related: true });
    expect(settleMention('Sandra', aside, {}).outcome).toBe('new');
  });
});

describe('a near name that a company settles', () => {
  const near: NamedPerson[] = [
    { id: 1, name: 'Kate Morrison', company: 'Sky' },
    { id: 2, name: 'Katie Morris', company: 'BBC' },
    { id: 3, name: 'Priya Shah', company: 'Booking.com' },
    { id: 4, name: 'Priya Desai', company: 'Monzo' },
    { id: 5, name: 'Kat Morris', company: 'BBC' },
  ];
  const weighed = (written: string, line: string, people = near) =>
    settleMention(written, weighCompanyNamed(matchPerson(written, people), line), {});

  it('is the person at the company, a guess to confirm when asking first', () => {
    const priya = weighed('priya shaw', 'priya shaw at monzo - coffee');
    expect(priya).toMatchObject({ outcome: 'matched', person: { id: 4, why: 'similar name' } });
    expect(isGuess(priya)).toBe(true);
    expect(describeMatch(priya)).toBe('Priya Desai — you wrote "priya shaw"');
  });

  it('asks, listing the people, when the company names more than one of them', () => {
    const kate = weighed('kate morris', 'kate morris - bbc - phone');
    expect(kate.outcome).toBe('several');
    expect(kate.candidates.map((c) => c.name)).toEqual([
      'Kate Morrison',
      'Kat Morris',
      'Katie Morris',
    ]);
    expect(needsChoice([kate])).toBe(true);
  });
});
