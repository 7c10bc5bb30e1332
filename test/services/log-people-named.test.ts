// Who a one-line log names by what was done or who they are, against a real store: a middle
// initial, a participle or a workplace never becomes a person; someone "called" is someone new.
import { expect, it } from 'vitest';
import { logLine } from '../../src/services/log-line.js';
import { describeEachDialect } from '../dialects.js';
import { freshAccount, person } from './coach-builders.js';

const now = '2026-11-30T12:00:00Z';

describeEachDialect('one-line log: people named by what was done', ({ store }) => {
  it('adds no one for a middle initial or a participle after a known name', async () => {
    const deps = await freshAccount(store(), now);
    const thomas = await person(deps, 'Thomas Wright', { company: 'Arup' });
    const dev = await person(deps, 'Devendra Mistry');
    const initial = await logLine(deps, { line: 'thomas w arup - sent him the article' });
    expect(initial).toMatchObject({ status: 'logged', created: [], people: [{ id: thomas.id }] });
    const asking = await logLine(deps, { line: "emailed devendra asking if he'd look over my cv" });
    expect(asking).toMatchObject({ status: 'logged', created: [], people: [{ id: dev.id }] });
  });

  it('adds someone "called" a name as new, though the name fits someone known', async () => {
    const deps = await freshAccount(store(), now);
    const kate = await person(deps, 'Kate Morrison', { company: 'Sky' });
    await person(deps, 'Robert Singh', { company: 'KPMG' });
    const logged = await logLine(deps, {
      line: 'met kate morrison & a guy called rob from her team at the sky open day',
    });
    expect(logged).toMatchObject({
      status: 'logged',
      people: [{ id: kate.id }, { name: 'Rob' }],
      created: [{ name: 'Rob' }],
    });
  });

  it('adds the person after "new contact:" and the one whose post was liked', async () => {
    const deps = await freshAccount(store(), now);
    const fresh = await logLine(deps, {
      line: 'new contact: ines ferreira, head of data - zoom fri',
    });
    expect(fresh).toMatchObject({ status: 'logged', created: [{ name: 'Ines Ferreira' }] });
    const liked = await logLine(deps, { line: "liked tariq's post about starting at ovo" });
    expect(liked).toMatchObject({ status: 'logged', created: [{ name: 'Tariq' }] });
  });

  it('logs on the person a dash names after someone described by their firm', async () => {
    const deps = await freshAccount(store(), now);
    const olivia = await person(deps, 'Olivia Brown', { company: 'Hays' });
    const logged = await logLine(deps, { line: 'emailed the hays recruiter back - olivia' });
    expect(logged).toMatchObject({ status: 'logged', created: [], people: [{ id: olivia.id }] });
  });

  it("reads no person in a workplace's post", async () => {
    const deps = await freshAccount(store(), now);
    await person(deps, 'Ben Ng', { company: 'Google' });
    const asked = logLine(deps, { line: "liked google's post" });
    await expect(asked).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(asked).rejects.toThrow(/^Who was this with\?/);
  });

  it('asks who "my contact at" a company is, offering who works there', async () => {
    const deps = await freshAccount(store(), now);
    await person(deps, 'Priya Shah', { company: 'Booking.com' });
    await person(deps, 'Rachel Lowe', { company: 'Booking.com' });
    await expect(
      logLine(deps, { line: 'spoke to my contact at booking.com on the phone' }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('Priya Shah, Rachel Lowe') as unknown,
    });
  });

  it('asks when only the first word of a lower-case name is someone known', async () => {
    const deps = await freshAccount(store(), now);
    const thomas = await person(deps, 'Thomas Wright', { company: 'Arup' });
    const dev = await person(deps, 'Devendra Mistry', { company: 'Northwind' });
    await person(deps, 'Mark Evans', { company: 'Tesco' });
    const unsure = await logLine(deps, { line: 'tom reeve - coffee' });
    expect(unsure).toMatchObject({
      status: 'ambiguous',
      mentions: [{ written: 'Tom Reeve', outcome: 'nobody', candidates: [{ id: thomas.id }] }],
    });
    const fresh = await logLine(deps, { line: 'tom reeve - coffee', createNew: true });
    expect(fresh).toMatchObject({ status: 'logged', created: [{ name: 'Tom Reeve' }] });
    // "tesco" is where someone known works, so "dev" is the whole name.
    const lunch = await logLine(deps, { line: 'dev tesco - lunch' });
    expect(lunch).toMatchObject({ status: 'logged', created: [], people: [{ id: dev.id }] });
  });

  it('reads who someone is between commas, and a gathering that is no workplace', async () => {
    const deps = await freshAccount(store(), now);
    await person(deps, 'Thomas Wright', { company: 'Arup' });
    const elizabeth = await person(deps, 'Elizabeth Taylor', { company: 'Deloitte' });
    const reeve = await logLine(deps, {
      line: 'tom reeve, hiring manager at monzo, emailed me back',
    });
    expect(reeve).toMatchObject({
      status: 'logged',
      created: [{ name: 'Tom Reeve' }],
      interactions: [{ channel: 'email', direction: 'inbound' }],
    });
    const office = await logLine(deps, { line: 'met elizabeth taylor at deloitte' });
    expect(office).toMatchObject({
      status: 'logged',
      people: [{ id: elizabeth.id }],
      interactions: [{ channel: 'meeting' }],
    });
    const pydata = await logLine(deps, { line: 'met elizabeth taylor at pydata' });
    expect(pydata).toMatchObject({ status: 'logged', interactions: [{ channel: 'event' }] });
  });
});

describeEachDialect(
  'one-line log: who a lone first name is, from what the line says',
  ({ store }) => {
    it('adds someone described by who they are, whom a known name fits only as a short form', async () => {
      const deps = await freshAccount(store(), now);
      await person(deps, 'Alexandra Reid', { company: 'Bupa' });
      const logged = await logLine(deps, {
        line: 'my old deputy head sandra rang - her academy trust wants a consultant',
      });
      expect(logged).toMatchObject({ status: 'logged', created: [{ name: 'Sandra' }] });
    });

    it('adds someone from where a known person works, though the name is near someone elsewhere', async () => {
      const deps = await freshAccount(store(), now);
      await person(deps, 'Ana Lopez', { company: 'Spotify' });
      await person(deps, 'Ben Ng', { company: 'Google' });
      const logged = await logLine(deps, { line: 'hana from google cloud - coffee - thurs' });
      expect(logged).toMatchObject({ status: 'logged', created: [{ name: 'Hana' }] });
    });

    it('asks which Dan a freelance lead came from: "freelance" is how one works, not where', async () => {
      const deps = await freshAccount(store(), now);
      await person(deps, 'Dan Fletcher', { company: 'Freelance' });
      await person(deps, 'Daniel Okoro', { company: 'Barclays' });
      const logged = await logLine(deps, { line: 'dan sent me a freelance lead' });
      expect(logged.status).toBe('ambiguous');
    });
  },
);
