// The one-line log and moving an interaction, against a real store: nothing half-written, aggregates kept true.
import { expect, it } from 'vitest';
import { addPerson } from '../../src/services/add-person.js';
import { logLine } from '../../src/services/log-line.js';
import { moveInteraction } from '../../src/services/move-interaction.js';
import { showPerson } from '../../src/services/show-person.js';
import { findTieRow } from '../../src/store/ties.repo.js';
import { describeEachDialect } from '../dialects.js';
import { freshAccount, person } from './coach-builders.js';

const now = '2026-11-25T12:00:00Z';

describeEachDialect('one-line log and people', ({ store }) => {
  it('logs on the person a nickname means, without adding anyone', async () => {
    const deps = await freshAccount(store(), now);
    const joanne = await person(deps, 'Joanne Bennett');
    const logged = await logLine(deps, { line: 'met Jo at the Leeds data meetup on 3 Nov' });
    expect(logged).toMatchObject({
      status: 'logged',
      created: [],
      people: [{ id: joanne.id }],
      mentions: [{ written: 'Jo', outcome: 'matched', note: 'Joanne Bennett — you wrote "Jo"' }],
    });
  });

  it('writes nothing when a name is several people, then logs on the one picked', async () => {
    const deps = await freshAccount(store(), now);
    const lopez = await person(deps, 'Ana Lopez');
    const silva = await person(deps, 'Ana Silva');
    const line = 'lunch with Ana yesterday';
    const asked = await logLine(deps, { line });
    expect(asked).toMatchObject({
      status: 'ambiguous',
      mentions: [{ outcome: 'several', asked: true }],
    });
    expect((await showPerson(deps, { id: lopez.id })).interactionCount).toBe(0);
    expect((await showPerson(deps, { id: silva.id })).interactionCount).toBe(0);
    const logged = await logLine(deps, { line, pick: [silva.id] });
    expect(logged).toMatchObject({ status: 'logged', people: [{ id: silva.id }] });
  });

  it('asks first, when asked to, before using a guess or adding someone new', async () => {
    const deps = await freshAccount(store(), now);
    await person(deps, 'Devendra Mistry');
    const asked = await logLine(deps, { line: 'lunch with Dev and Xavier', askFirst: true });
    expect(asked).toMatchObject({
      status: 'confirm',
      mentions: [
        { written: 'Dev', outcome: 'matched', asked: true },
        { written: 'Xavier', outcome: 'new', asked: true },
      ],
    });
    const exact = await logLine(deps, { line: 'lunch with Devendra Mistry', askFirst: true });
    expect(exact.status).toBe('logged');
  });

  it('reads a shorter name when the whole one fits nobody, but never swaps in another first-name match', async () => {
    const deps = await freshAccount(store(), now);
    const sam = await person(deps, "Sam O'Neil");
    const logged = await logLine(deps, { line: 'met sam oneil leeds yesterday' });
    expect(logged).toMatchObject({ status: 'logged', created: [], people: [{ id: sam.id }] });
    // Rachel Adams shares only a first name with the Rachel Lowe written: she is someone else.
    const adams = await person(deps, 'Rachel Adams');
    const added = await logLine(deps, { line: 'email from rachel lowe' });
    expect(added).toMatchObject({ status: 'logged', created: [{ name: 'Rachel Lowe' }] });
    if (added.status === 'logged') expect(added.people[0]?.id).not.toBe(adams.id);
    // Both words spelled near a known name are close: Kith asks rather than adding a second Rachel.
    const asked = await logLine(deps, { line: 'email from rachael adamms' });
    expect(asked).toMatchObject({ status: 'ambiguous', mentions: [{ written: 'Rachael Adamms' }] });
  });

  it('logs a note opening with a known lower-case name on that person, never adding one', async () => {
    const deps = await freshAccount(store(), now);
    const margaret = await person(deps, 'Margaret Okafor');
    const singh = await person(deps, 'Robert Singh');
    const note = await logLine(deps, { line: 'maggie okafor - video call - 3 weeks ago' });
    expect(note).toMatchObject({ status: 'logged', created: [], people: [{ id: margaret.id }] });
    const lunch = await logLine(deps, { line: 'robert singh kpmg lunch on 6 Nov' });
    expect(lunch).toMatchObject({ status: 'logged', created: [], people: [{ id: singh.id }] });
    // A name one slip away is theirs when the line names where they work.
    const yusuf = await person(deps, 'Yusuf Demir', { company: 'Trainline' });
    const called = await logLine(deps, { line: 'called Yusef at trainline re analytics lead' });
    expect(called).toMatchObject({ status: 'logged', created: [], people: [{ id: yusuf.id }] });
    // "the Booking.com Priya": where she works picks one of two Priyas.
    const shah = await person(deps, 'Priya Shah', { company: 'Booking.com' });
    await person(deps, 'Priya Desai', { company: 'Monzo' });
    const described = await logLine(deps, { line: 'lunch with the Booking.com Priya on 19 Nov' });
    expect(described).toMatchObject({ status: 'logged', created: [], people: [{ id: shah.id }] });
    await expect(logLine(deps, { line: 'lunch with the Leeds Data Co' })).rejects.toThrow(
      /^Who was this with\?/,
    );
    // Lower-case words that fit nobody are no name: a note never adds someone unasked.
    await expect(logLine(deps, { line: 'tom whittaker - coffee' })).rejects.toThrow(
      /^Who was this with\?/,
    );
  });

  it('adds nobody from a verb phrase, and takes a nickname with a surname slip', async () => {
    const deps = await freshAccount(store(), now);
    const katie = await person(deps, 'Katie Morris', { company: 'BBC' });
    const joanne = await person(deps, 'Joanne Bennett', { company: 'Leeds Data Co' });
    const asked = await logLine(deps, {
      line: 'katie - bbc - emailed asking how to get onto the production trainee list',
    });
    expect(asked).toMatchObject({ status: 'logged', created: [], people: [{ id: katie.id }] });
    const slip = await logLine(deps, { line: 'jo bennet - coffee in leeds - 3 days ago' });
    expect(slip).toMatchObject({ status: 'logged', created: [], people: [{ id: joanne.id }] });
  });

  it('creates a new person for a name forced new, even when it matches someone', async () => {
    const deps = await freshAccount(store(), now);
    const priya = await person(deps, 'Priya Shah');
    const logged = await logLine(deps, { line: 'coffee with Priya Shah', createNew: true });
    expect(logged).toMatchObject({ status: 'logged', created: [{ name: 'Priya Shah' }] });
    if (logged.status === 'logged') expect(logged.people[0]?.id).not.toBe(priya.id);
  });

  it('moves an interaction and recomputes both people’s aggregates in one go', async () => {
    const deps = await freshAccount(store(), now);
    const joanne = await person(deps, 'Joanne Bennett');
    const logged = await logLine(deps, { line: 'coffee with Jo yesterday', createNew: true });
    if (logged.status !== 'logged') throw new Error('expected the line to be logged');
    const [stray] = logged.created;
    const [coffee] = logged.interactions;
    if (!stray || !coffee) throw new Error('expected one new person and one interaction');
    expect((await findTieRow(deps.store, deps.accountId, stray.id))?.last_on).toBe('2026-11-24');

    const moved = await moveInteraction(deps, { id: coffee.id, toPersonId: joanne.id });
    expect(moved).toMatchObject({ from: { id: stray.id }, to: { id: joanne.id }, fromLeft: 0 });
    expect(moved.interaction).toEqual({ ...coffee, personId: joanne.id });
    const [strayTie, joanneTie] = await Promise.all([
      findTieRow(deps.store, deps.accountId, stray.id),
      findTieRow(deps.store, deps.accountId, joanne.id),
    ]);
    expect(strayTie).toMatchObject({ last_on: null, mutual_count: 0 });
    expect(joanneTie).toMatchObject({ last_on: '2026-11-24', mutual_count: 1 });
  });

  it('refuses to move onto the same person or a missing one, changing nothing', async () => {
    const deps = await freshAccount(store(), now);
    const ana = await person(deps, 'Ana Lopez');
    const logged = await logLine(deps, { line: 'coffee with Ana Lopez' });
    if (logged.status !== 'logged') throw new Error('expected the line to be logged');
    const id = logged.interactions[0]?.id ?? 0;
    await expect(moveInteraction(deps, { id, toPersonId: ana.id })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
    await expect(moveInteraction(deps, { id, toPersonId: 999_999 })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect((await showPerson(deps, { id: ana.id })).interactionCount).toBe(1);
  });

  it('stores the company a line gives on a person it adds ("Georgia Banks from Harnham")', async () => {
    const deps = await freshAccount(store(), now);
    const logged = await logLine(deps, {
      line: 'call with a recruiter, Georgia Banks from Harnham',
    });
    expect(logged).toMatchObject({
      status: 'logged',
      created: [{ name: 'Georgia Banks', company: 'Harnham' }],
    });
    const plain = await logLine(deps, { line: 'coffee with Imogen Hart' });
    expect(plain).toMatchObject({ created: [{ name: 'Imogen Hart', company: null }] });
  });

  it('refuses a second Priya Shah at the same company unless told to add her anyway', async () => {
    const deps = await freshAccount(store(), now);
    await addPerson(deps, { name: 'Priya Shah', company: 'Acme' });
    await expect(
      addPerson(deps, { name: 'priya shah', company: 'ACME Ltd' }),
    ).rejects.toMatchObject({ code: 'CONFLICT', problems: [{ field: 'name' }] });
    await expect(addPerson(deps, { name: 'Priya Shah', company: 'Globex' })).resolves.toMatchObject(
      { company: 'Globex' },
    );
    await expect(
      addPerson(deps, { name: 'Priya Shah', company: 'Acme' }, { allowDuplicate: true }),
    ).resolves.toMatchObject({ name: 'Priya Shah' });
  });

  it('asks who a described person is, offering who works there, and adds no one', async () => {
    const deps = await freshAccount(store(), now);
    const gareth = await person(deps, 'Gareth Price', { company: 'Admiral' });
    await person(deps, 'Owen Davies', { company: 'Admiral' });
    await expect(logLine(deps, { line: 'the Admiral guy rang me back' })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('Gareth Price, Owen Davies') as unknown,
    });
    await expect(
      logLine(deps, { line: 'rang the recruiter back', createNew: true }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      // The example is the user's own line with a name in it.
      message: expect.stringContaining('"rang Ana Lopez back"') as unknown,
    });
    await expect(logLine(deps, { line: 'zoom w the Admiral guy fri' })).rejects.toMatchObject({
      message: expect.stringContaining('"zoom w Gareth Price fri"') as unknown,
    });
    expect((await showPerson(deps, { id: gareth.id })).interactionCount).toBe(0);
  });

  it('logs on the one person at the firm whose title is the role described, and says so', async () => {
    const deps = await freshAccount(store(), now);
    const rachel = await person(deps, 'Rachel Lowe', {
      company: 'Booking.com',
      title: 'Recruiter',
    });
    await person(deps, 'Priya Shah', { company: 'Booking.com', title: 'Product Analyst' });
    const logged = await logLine(deps, { line: 'sent my CV off tae the recruiter at Booking' });
    expect(logged).toMatchObject({
      status: 'logged',
      created: [],
      people: [{ id: rachel.id }],
      mentions: [{ note: 'Rachel Lowe — you wrote "the recruiter"' }],
    });
    // Two people there with that title, or a description that holds no title, still ask who.
    await person(deps, 'Sara Holt', { company: 'Booking.com', title: 'Senior Recruiter' });
    await expect(
      logLine(deps, { line: 'the recruiter at booking.com emailed me the spec' }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(logLine(deps, { line: 'the Booking lad rang me back' })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
  });

  it('resolves a first name several people share by the company the line names', async () => {
    const deps = await freshAccount(store(), now);
    await person(deps, "Sam O'Neil", { company: 'Deliveroo' });
    const patel = await person(deps, 'Sam Patel', { company: 'Ocado' });
    const logged = await logLine(deps, { line: 'coffee w sam at ocado last week' });
    expect(logged).toMatchObject({ status: 'logged', created: [], people: [{ id: patel.id }] });
  });

  it('adds no one for shorthand, courtesy words or an acronym after a name', async () => {
    const deps = await freshAccount(store(), now);
    const patel = await person(deps, 'Sam Patel', { company: 'Ocado' });
    const ng = await person(deps, 'Ben Ng', { company: 'Google' });
    await person(deps, 'Alex Morgan');
    await person(deps, 'Alexandra Reid');
    const abt = await logLine(deps, {
      line: 'S Patel (Ocado) - call - asked abt data eng referral',
    });
    expect(abt).toMatchObject({ status: 'logged', created: [], people: [{ id: patel.id }] });
    const apm = await logLine(deps, {
      line: "Ng replied to my email, he'll put my name forward for APM",
    });
    expect(apm).toMatchObject({ status: 'logged', created: [], people: [{ id: ng.id }] });
    const thanks = await logLine(deps, { line: 'emailed alex thanks for the advice' });
    expect(thanks).toMatchObject({
      status: 'ambiguous',
      mentions: [{ written: 'Alex', outcome: 'several' }],
    });
  });
});
