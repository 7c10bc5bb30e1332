// Whom a one-line log means when a name is joined to another, or comes after where they work,
// against a real store: someone new beside someone known, and never a surname for a first name.
import { expect, it } from 'vitest';
import { logLine } from '../../src/services/log-line.js';
import { describeEachDialect } from '../dialects.js';
import { freshAccount, person } from './coach-builders.js';

const now = '2026-11-30T12:00:00Z';

describeEachDialect('one-line log: joined and placed names', ({ store }) => {
  it('adds someone new named in small letters after "and" beside someone known', async () => {
    const deps = await freshAccount(store(), now);
    const thomas = await person(deps, 'Thomas Wright', { company: 'Arup' });
    const logged = await logLine(deps, { line: 'coffee with thomas wright and nadia saleh wed' });
    expect(logged).toMatchObject({
      status: 'logged',
      people: [{ id: thomas.id }, { name: 'Nadia Saleh' }],
      created: [{ name: 'Nadia Saleh' }],
    });
  });

  it('reads a first word that is only someone’s surname as someone else’s given name', async () => {
    const deps = await freshAccount(store(), now);
    await person(deps, 'Aisha Karim', { company: 'Cazoo' });
    const logged = await logLine(deps, { line: 'met karim mansour at the ICE night last week' });
    expect(logged).toMatchObject({ status: 'logged', created: [{ name: 'Karim Mansour' }] });
  });

  it('reads "Reid Alexandra", surname first, as Alexandra Reid, adding nobody', async () => {
    const deps = await freshAccount(store(), now);
    const alexandra = await person(deps, 'Alexandra Reid', { company: 'Bupa' });
    const thomas = await person(deps, 'Thomas Wright', { company: 'Arup' });
    for (const [line, id] of [
      ['Reid Alexandra, bupa, offered to review my cv', alexandra.id],
      ['Wright Thomas rang yesterday, just to know how is going the job search', thomas.id],
    ] as const) {
      const logged = await logLine(deps, { line });
      expect(logged).toMatchObject({ status: 'logged', created: [], people: [{ id }] });
    }
  });

  it('reads "dev will intro me to neil roberts" as Dev’s line, adding nobody', async () => {
    const deps = await freshAccount(store(), now);
    const dev = await person(deps, 'Devendra Mistry', { company: 'Northwind' });
    for (const line of [
      'dev will intro me to neil roberts',
      'dev said he’d intro me to neil roberts, delivery manager at northwind',
    ]) {
      const logged = await logLine(deps, { line });
      expect(logged).toMatchObject({ status: 'logged', created: [], people: [{ id: dev.id }] });
    }
  });

  it('reads "deliveroo sam" as the Sam at Deliveroo, and a second name after a firm', async () => {
    const deps = await freshAccount(store(), now);
    const sam = await person(deps, "Sam O'Neil", { company: 'Deliveroo' });
    await person(deps, 'Sam Patel', { company: 'Ocado' });
    const priya = await person(deps, 'Priya Shah', { company: 'Booking.com' });
    const rachel = await person(deps, 'Rachel Lowe', { company: 'Booking.com' });
    const liked = await logLine(deps, { line: 'deliveroo sam liked me linkedin post' });
    expect(liked).toMatchObject({ status: 'logged', created: [], people: [{ id: sam.id }] });
    const video = await logLine(deps, { line: 'video w priya shah from booking and rachel' });
    expect(video).toMatchObject({
      status: 'logged',
      created: [],
      people: [{ id: priya.id }, { id: rachel.id }],
    });
  });
});
