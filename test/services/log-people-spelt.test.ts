// Names a one-line log reads as spelt or said, against a real store: a slip in a short surname
// and a first name spelt as it sounds are the person known, with the reason shown; a full name
// that opens a note or joins someone met is someone new, and so is a first name only near a known
// one before a surname that is not theirs.
import { expect, it } from 'vitest';
import { logLine } from '../../src/services/log-line.js';
import { describeEachDialect } from '../dialects.js';
import { freshAccount, person } from './coach-builders.js';

const now = '2026-11-30T12:00:00Z';

describeEachDialect('one-line log: names as spelt or said', ({ store }) => {
  it('logs a slip in a short surname on the person known, saying how', async () => {
    const deps = await freshAccount(store(), now);
    const chidi = await person(deps, 'Chidi Eze');
    const logged = await logLine(deps, { line: 'video call wi chidi eza thursday neet' });
    expect(logged).toMatchObject({
      status: 'logged',
      created: [],
      people: [{ id: chidi.id }],
      mentions: [{ written: 'Chidi Eza', person: { id: chidi.id, reason: 'spelling' } }],
    });
    const note = logged.status === 'logged' ? logged.mentions[0]?.note : undefined;
    expect(note).toMatch(/you wrote "Chidi Eza"/);
  });

  it('logs a first name spelt as it sounds on the one person it can be, beside another', async () => {
    const deps = await freshAccount(store(), now);
    const siobhan = await person(deps, 'Siobhan Murphy');
    const niamh = await person(deps, 'Niamh Kelly');
    const logged = await logLine(deps, { line: 'lunch wi siobhan murphy an neeve kelly sat' });
    expect(logged).toMatchObject({
      status: 'logged',
      created: [],
      people: [{ id: siobhan.id }, { id: niamh.id }],
    });
  });

  it('adds someone new who opens a note by what they did, or joins someone met', async () => {
    const deps = await freshAccount(store(), now);
    const margaret = await person(deps, 'Margaret Okafor');
    const sent = await logLine(deps, { line: 'Isatu Conteh whatsapp me di MdM job link' });
    expect(sent).toMatchObject({ status: 'logged', created: [{ name: 'Isatu Conteh' }] });
    const met = await logLine(deps, {
      line: 'meeting wit Aunty Margaret and Adaeze Nwosu bout di NHS bid',
    });
    expect(met).toMatchObject({
      status: 'logged',
      people: [{ id: margaret.id }, { name: 'Adaeze Nwosu' }],
      created: [{ name: 'Adaeze Nwosu' }],
    });
  });

  it('adds someone new whose first name is only near a known one, before another surname', async () => {
    const deps = await freshAccount(store(), now);
    const hannah = await person(deps, 'Hannah Schmidt', { company: 'SAP' });
    const same = await logLine(deps, { line: 'teams call with hanna from SAP' });
    expect(same).toMatchObject({ status: 'logged', created: [], people: [{ id: hannah.id }] });
    const other = await logLine(deps, { line: 'teams call with hanna korhonen from DHL' });
    expect(other).toMatchObject({ status: 'logged', created: [{ name: 'Hanna Korhonen' }] });
  });
});
