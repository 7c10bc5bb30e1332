// The name directory against a real store: one written word is read through a narrowing query,
// and gives what reading everyone's names gives; the one-line log uses it for doubtful words.
import { expect, it } from 'vitest';
import { matchPerson } from '../../src/core/person-match.js';
import { logLine } from '../../src/services/log-line.js';
import { nameDirectory } from '../../src/services/name-directory.js';
import { listNamedPeople, listPeopleNamedLike } from '../../src/store/person-names.repo.js';
import { describeEachDialect } from '../dialects.js';
import { freshAccount, person } from './coach-builders.js';

const now = '2026-11-30T12:00:00Z';
const names = [
  'Devendra Mistry',
  'Joanne Bennett',
  "Sam O'Neil",
  'Sam Patel',
  'José Álvarez',
  'Anna Smith-Jones',
  'Dr. Ana Lopez',
  'Thomas Wright',
  'Kate Morrison',
  'Katie Morris',
  'Dan Fletcher',
  'Daniel Okoro',
];

describeEachDialect('name directory', ({ store }) => {
  it('reads one word as reading everyone would, whatever the name holds', async () => {
    const deps = await freshAccount(store(), now);
    for (const name of names) await person(deps, name);
    const everyone = await listNamedPeople(deps.store, deps.accountId);
    const directory = nameDirectory(deps.store, deps.accountId);
    for (const written of [
      'Dev',
      'Bennett',
      'Jo',
      'oneil',
      'Sam',
      'jose',
      'Alvarez',
      'Jones',
      'Ana',
      'Tom',
      'Kate',
      'Dan',
      'Daniel',
      'Devnedra',
      'Nobody',
    ]) {
      expect({ written, got: await directory.resolve(written) }).toEqual({
        written,
        got: matchPerson(written, everyone),
      });
    }
  });

  it('narrows to the people a word could name, through the name index, accents and apostrophes too', async () => {
    const deps = await freshAccount(store(), now);
    for (const name of names) await person(deps, name);
    const named = async (word: string, firstNames: string[] = []) =>
      (await listPeopleNamedLike(deps.store, deps.accountId, { word, firstNames }))
        .map((p) => p.name)
        .sort();
    expect(await named('oneil')).toEqual(["Sam O'Neil"]);
    expect(await named('jose')).toEqual(['José Álvarez']);
    expect(await named('alvarez')).toEqual(['José Álvarez']);
    expect(await named('jones')).toEqual(['Anna Smith-Jones']);
    expect(await named('dev')).toEqual(['Devendra Mistry']);
    expect(await named('tom', ['thomas', 'tommy'])).toEqual(['Thomas Wright']);
    expect(await named('kat')).toEqual(['Kate Morrison', 'Katie Morris']);
    expect(await named('company')).toEqual([]);
  });

  it('says a remark after a comma could be nobody, and a known first name could be someone', async () => {
    const deps = await freshAccount(store(), now);
    for (const name of names) await person(deps, name);
    const directory = nameDirectory(deps.store, deps.accountId);
    expect(await directory.couldBe('Tricky')).toBe(false);
    expect(await directory.couldBe('Kate')).toBe(true);
  });

  it('logs "coffee with Dev, Tricky" on Devendra alone, and a company picks one of two Sams', async () => {
    const deps = await freshAccount(store(), now);
    const dev = await person(deps, 'Devendra Mistry');
    await person(deps, 'Sam Patel', { company: 'Ocado' });
    const oneil = await person(deps, "Sam O'Neil", { company: 'Deliveroo' });
    const remark = await logLine(deps, { line: 'coffee with Dev, Tricky' });
    expect(remark).toMatchObject({ status: 'logged', created: [], people: [{ id: dev.id }] });
    const company = await logLine(deps, { line: 'Sam from Deliveroo called' });
    expect(company).toMatchObject({ status: 'logged', created: [], people: [{ id: oneil.id }] });
  });

  it('adds nobody for a company owning something: "an intro to KPMG\'s data team"', async () => {
    const deps = await freshAccount(store(), now);
    const robert = await person(deps, 'Robert Singh', { company: 'KPMG' });
    const logged = await logLine(deps, { line: "asked Rob for an intro to KPMG's data team" });
    expect(logged).toMatchObject({ status: 'logged', created: [], people: [{ id: robert.id }] });
  });
});
