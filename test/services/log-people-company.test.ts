// Whom a near name in a one-line log means when the line names a company, against a real store:
// the person near the name who works there, a question when that is unclear, never a guess.
import { expect, it } from 'vitest';
import { logLine } from '../../src/services/log-line.js';
import { describeEachDialect } from '../dialects.js';
import { freshAccount, person } from './coach-builders.js';

const now = '2026-11-30T12:00:00Z';

describeEachDialect('one-line log: a company settles a near name', ({ store }) => {
  it('logs on the person near the name who works at the company the line names', async () => {
    const deps = await freshAccount(store(), now);
    const kate = await person(deps, 'Kate Morrison', { company: 'Sky' });
    const katie = await person(deps, 'Katie Morris', { company: 'BBC' });
    await person(deps, 'Priya Shah', { company: 'Booking.com' });
    const priya = await person(deps, 'Priya Desai', { company: 'Monzo' });
    const bbc = await logLine(deps, { line: 'kate morris - bbc - phone' });
    expect(bbc).toMatchObject({ status: 'logged', created: [], people: [{ id: katie.id }] });
    const monzo = await logLine(deps, { line: 'priya shaw at monzo - coffee' });
    expect(monzo).toMatchObject({ status: 'logged', created: [], people: [{ id: priya.id }] });
    const sky = await logLine(deps, { line: 'kate morris - sky - phone' });
    expect(sky).toMatchObject({ status: 'logged', people: [{ id: kate.id }] });
  });

  it('leaves an exact name, a company of nobody near, and a lone first name as they were', async () => {
    const deps = await freshAccount(store(), now);
    const kate = await person(deps, 'Kate Morrison', { company: 'Sky' });
    await person(deps, 'Katie Morris', { company: 'BBC' });
    for (const line of [
      'Kate Morrison - bbc - phone',
      'kate morris - arup - phone',
      'coffee with kate',
    ]) {
      const logged = await logLine(deps, { line });
      expect(logged).toMatchObject({ status: 'logged', created: [], people: [{ id: kate.id }] });
    }
  });

  it('asks, writing nothing, when the company names two people near the name', async () => {
    const deps = await freshAccount(store(), now);
    await person(deps, 'Kate Morrison', { company: 'Sky' });
    await person(deps, 'Katie Morris', { company: 'BBC' });
    await person(deps, 'Kat Morris', { company: 'BBC' });
    const asked = await logLine(deps, { line: 'kate morris - bbc - phone' });
    expect(asked).toMatchObject({ status: 'ambiguous', mentions: [{ outcome: 'several' }] });
    if (asked.status === 'logged') return;
    const names = asked.mentions[0]?.candidates.map((c) => c.name);
    expect(names).toEqual(['Kate Morrison', 'Kat Morris', 'Katie Morris']);
  });

  it('adds nobody for a workplace, a month or a common noun after the person named', async () => {
    const deps = await freshAccount(store(), now);
    const robert = await person(deps, 'Robert Singh', { company: 'KPMG' });
    const mark = await person(deps, 'Mark Evans', { company: 'Tesco' });
    const emma = await person(deps, 'Emma Clark', { company: 'Lloyds' });
    await person(deps, 'Olivia Brown', { company: 'Hays' });
    for (const [line, id] of [
      [
        'LinkedIn msg from Robert Singh, KPMG, re grad open day - passing on to finalists',
        robert.id,
      ],
      ['Mtg w Mark Evans, Tesco BI - he will host 3 work-shadow days', mark.id],
      ['Req to Emma Clark (Lloyds) for 5 volunteer CV reviewers for Jan clinic', emma.id],
      ['Called Robert Singh to ask him to act as referee for Hays contract', robert.id],
    ] as const) {
      const logged = await logLine(deps, { line });
      expect(logged).toMatchObject({ status: 'logged', created: [], people: [{ id }] });
      if (logged.status === 'logged') expect(logged.people).toHaveLength(1);
    }
  });

  it('hears a name spelt as it sounds, and adds someone new for a slip at another company', async () => {
    const deps = await freshAccount(store(), now);
    const niamh = await person(deps, 'Niamh Kelly', { company: 'Intercom' });
    await person(deps, 'Emma Clark', { company: 'Lloyds' });
    const heard = await logLine(deps, { line: 'tidy chat w Neve Kelly from Intercom on teams' });
    expect(heard).toMatchObject({ status: 'logged', created: [], people: [{ id: niamh.id }] });
    // The only Kelly, and a first name long enough to say who; "Nev" may be a Neville.
    const alone = await logLine(deps, { line: 'coffee with Neeve Kelly' });
    expect(alone).toMatchObject({ status: 'logged', created: [], people: [{ id: niamh.id }] });
    const asked = await logLine(deps, { line: 'coffee with Nev Kelly' });
    expect(asked).toMatchObject({ status: 'ambiguous', mentions: [{ outcome: 'nobody' }] });
    const gemma = await logLine(deps, { line: 'Gemma Clark from Greene King HR phoned' });
    expect(gemma).toMatchObject({ status: 'logged', created: [{ name: 'Gemma Clark' }] });
  });
});
