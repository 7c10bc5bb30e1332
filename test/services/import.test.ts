// Importing parsed records on SQLite and PostgreSQL: dedupe, idempotence, preview, problems, messages, atomicity.
import { expect, it } from 'vitest';
import { summarizeTie } from '../../src/core/coach/tie-summary.js';
import { importRecords } from '../../src/services/import-records.js';
import { findDuplicates } from '../../src/services/find-duplicates.js';
import { findPeople } from '../../src/services/find-people.js';
import { showPerson } from '../../src/services/show-person.js';
import { rowToInteraction } from '../../src/store/interactions.repo.js';
import { findTieRow, rowToSettings, tieToRow } from '../../src/store/ties.repo.js';
import { describeEachDialect } from '../dialects.js';
import { freshAccount, onboard, person } from './coach-builders.js';
import { contact, invitation, message, parsed, snapshotAccount } from './import-builders.js';

const now = '2026-11-30T12:00:00Z';

describeEachDialect('import', ({ store }) => {
  const setUp = async () => {
    const deps = await freshAccount(store(), now);
    await onboard(deps);
    return deps;
  };
  /** Everyone by name, with every field (a page of the list gives only what the list shows). */
  const everyone = async (deps: Awaited<ReturnType<typeof setUp>>) => {
    const page = await findPeople(deps, { limit: 100 });
    return Promise.all(page.people.map(async ({ id }) => (await showPerson(deps, { id })).person));
  };

  it('merges records into the people who share an email, a phone or a LinkedIn profile', async () => {
    const deps = await setUp();
    await saveRegion(deps, 'GB');
    const ana = await person(deps, 'Ana Lopez', { emails: ['ana@acme.com'] });
    const ben = await person(deps, 'Ben Okafor', { phones: ['07700 900123'] });
    const cleo = await person(deps, 'Cleo Park', {
      linkedinUrl: 'https://uk.linkedin.com/in/cleo-park/',
    });
    const result = await importRecords(deps, {
      parsed: parsed({
        contacts: [
          contact('Ana López', { emails: ['ANA@acme.com '], title: 'Data Lead' }),
          contact('Ben Okafor', { phones: ['+44 7700 900123'], company: 'Globex' }),
          contact('Cleo Park-Smith', { linkedinUrl: 'http://www.linkedin.com/in/Cleo-Park' }),
        ],
      }),
    });
    expect(result.people).toEqual({ new: 0, updated: 3, merged: 0, unchanged: 0, review: 0 });
    const people = await everyone(deps);
    expect(people.map((p) => p.id).sort()).toEqual([ana.id, ben.id, cleo.id].sort());
    expect(people.find((p) => p.id === ana.id)?.title).toBe('Data Lead');
    expect(people.find((p) => p.id === ben.id)?.company).toBe('Globex');
  });

  it('never merges two people on a name alone: two John Smiths with different companies and emails stay two', async () => {
    const deps = await setUp();
    await person(deps, 'John Smith', { company: 'Acme', emails: ['john@acme.com'] });
    const result = await importRecords(deps, {
      parsed: parsed({
        contacts: [
          contact('John Smith', { company: 'Globex', emails: ['jsmith@globex.com'] }),
          contact('John Smith', { company: 'Initech', emails: ['john.smith@initech.com'] }),
        ],
      }),
    });
    expect(result.people).toMatchObject({ new: 2, updated: 0, merged: 0, review: 0 });
    const smiths = await everyone(deps);
    expect(smiths.map((p) => p.company).sort()).toEqual(['Acme', 'Globex', 'Initech']);
  });

  it('puts weaker evidence on the review list instead of merging', async () => {
    const deps = await setUp();
    const william = await person(deps, 'William Jones', { company: 'Acme Ltd' });
    const result = await importRecords(deps, {
      parsed: parsed({ contacts: [contact('Bill Jones', { company: 'ACME' })] }),
    });
    expect(result.people).toMatchObject({ new: 1, review: 1 });
    const { reviews } = await findDuplicates(deps);
    expect(reviews).toHaveLength(1);
    expect(reviews[0]).toMatchObject({ reason: 'nickname at ACME', status: 'open' });
    expect([reviews[0]?.a.id, reviews[0]?.b.id]).toContain(william.id);
  });

  it('merges duplicates within one file by their strong keys', async () => {
    const deps = await setUp();
    const result = await importRecords(deps, {
      parsed: parsed({
        contacts: [
          contact('Dana Kim', { emails: ['dana@kim.dev'], tags: ['Friends'] }),
          contact('Dana Kim', {
            emails: ['DANA@kim.dev'],
            phones: ['+1 415 555 0132'],
            tags: ['Work'],
          }),
        ],
      }),
    });
    expect(result.people).toMatchObject({ new: 1, merged: 1 });
    const [dana] = await everyone(deps);
    expect(dana).toMatchObject({
      emails: ['dana@kim.dev'],
      phones: ['+1 415 555 0132'],
      tags: ['friends', 'work'],
    });
  });

  it('adds nothing when the same records are imported a second time', async () => {
    const deps = await setUp();
    const records = parsed({
      contacts: [
        contact('Ana Lopez', { emails: ['ana@acme.com'], connectedOn: '2026-02-08' }),
        contact('LinkedIn Member'),
        contact('LinkedIn Member'),
      ],
      messages: [message({ name: 'Ana Lopez' }, [{ name: 'Sam Rivera' }])],
    });
    const first = await importRecords(deps, { parsed: records });
    expect(first.people.new).toBe(3);
    expect(first.interactions).toBe(1);
    const before = await snapshotAccount(deps);
    const second = await importRecords(deps, { parsed: records });
    expect(second).toMatchObject({
      people: { new: 0, updated: 0, merged: 0, unchanged: 0, review: 0 },
      interactions: 0,
      alreadyImported: 4,
    });
    expect(await snapshotAccount(deps)).toEqual(before);
  });

  it('previews exactly what the real run then does, writing nothing', async () => {
    const deps = await setUp();
    await person(deps, 'Ana Lopez', { emails: ['ana@acme.com'] });
    await person(deps, 'William Jones', { company: 'Acme' });
    const records = parsed({
      contacts: [
        contact('Ana Lopez', { emails: ['ana@acme.com'], title: 'CTO' }),
        contact('Bill Jones', { company: 'Acme' }),
        contact('Cleo Park', { emails: ['cleo@park.io', 'not-an-email'] }),
        contact('Cleo Park', { emails: ['cleo@park.io'] }),
      ],
      messages: [message({ name: 'Sam Rivera' }, [{ name: 'Cleo Park' }])],
    });
    const before = await snapshotAccount(deps);
    const preview = await importRecords(deps, { parsed: records, dryRun: true });
    expect(await snapshotAccount(deps)).toEqual(before);
    const real = await importRecords(deps, { parsed: records });
    expect({ ...preview, dryRun: false }).toEqual(real);
    expect(real.people).toEqual({ new: 2, updated: 1, merged: 1, unchanged: 0, review: 1 });
  });

  it('reports a bad email with its file, line and field, and still imports the good rows', async () => {
    const deps = await setUp();
    const bad = contact('Eve Adams', { emails: ['eve(at)adams.org'], company: 'Adams & Co' });
    const result = await importRecords(deps, {
      parsed: parsed({ contacts: [contact('Ana Lopez', { emails: ['ana@acme.com'] }), bad] }),
    });
    expect(result.problems).toEqual([
      {
        file: 'Connections.csv',
        line: bad.source.line,
        field: 'email',
        message: '"eve(at)adams.org" is not an email address; it is kept in the notes instead.',
        severity: 'warning',
      },
    ]);
    const people = await everyone(deps);
    expect(people.map((p) => p.name).sort()).toEqual(['Ana Lopez', 'Eve Adams']);
    expect(people.find((p) => p.name === 'Eve Adams')).toMatchObject({
      emails: [],
      notes: 'Email as written: eve(at)adams.org',
    });
  });

  it('gives messages the right direction and never makes the user a contact', async () => {
    const deps = await setUp();
    const me = { name: 'Sam Rivera', url: 'https://www.linkedin.com/in/sam-rivera' };
    const ana = { name: 'Ana Lopez', url: 'https://www.linkedin.com/in/ana-lopez' };
    const ben = { name: 'Ben Okafor', url: 'https://www.linkedin.com/in/ben-okafor' };
    const result = await importRecords(deps, {
      me: 'https://linkedin.com/in/Sam-Rivera/',
      parsed: parsed({
        contacts: [contact('Ana Lopez', { linkedinUrl: ana.url })],
        messages: [
          message(me, [ana], { sentOn: '2026-10-01', content: 'Coffee next week?' }),
          message(ana, [me], { sentOn: '2026-10-02', content: 'Yes please' }),
          // A group message from Ben: a contact with Ben only, not with Ana.
          message(ben, [me, ana], { sentOn: '2026-10-03', content: 'Intro!' }),
        ],
        invitations: [
          invitation({
            direction: 'incoming',
            fromName: 'Ben Okafor',
            inviterUrl: ben.url,
            toName: me.name,
          }),
        ],
      }),
    });
    expect(result.me).toBe('given');
    expect(result.people.new).toBe(2);
    const people = await everyone(deps);
    expect(people.map((p) => p.name).sort()).toEqual(['Ana Lopez', 'Ben Okafor']);
    const anaPage = await showPerson(deps, {
      id: people.find((p) => p.name === 'Ana Lopez')?.id ?? 0,
    });
    expect(anaPage.timeline.map((i) => [i.occurredOn, i.direction, i.summary])).toEqual([
      ['2026-10-02', 'inbound', 'Yes please'],
      ['2026-10-01', 'outbound', 'Coffee next week?'],
    ]);
    const benPage = await showPerson(deps, {
      id: people.find((p) => p.name === 'Ben Okafor')?.id ?? 0,
    });
    expect(benPage.timeline.map((i) => [i.channel, i.direction])).toEqual([
      ['message', 'inbound'],
      ['social', 'inbound'],
    ]);
  });

  it("tells the user's side from the profile's name, or from who is in every conversation", async () => {
    const deps = await setUp();
    const result = await importRecords(deps, {
      parsed: parsed({
        messages: [
          message({ name: 'Sam Rivera' }, [{ name: 'Ana Lopez' }]),
          message({ name: 'Ben Okafor' }, [{ name: 'Sam Rivera' }]),
        ],
      }),
    });
    expect(result.me).toBe('profile');
    expect((await everyone(deps)).map((p) => p.name).sort()).toEqual(['Ana Lopez', 'Ben Okafor']);

    const stranger = await freshAccount(store(), now);
    const inferred = await importRecords(stranger, {
      parsed: parsed({
        messages: [
          message({ name: 'Sam Rivera' }, [{ name: 'Ana Lopez' }]),
          message({ name: 'Ben Okafor' }, [{ name: 'Sam Rivera' }]),
        ],
      }),
    });
    expect(inferred.me).toBe('messages');
    expect((await everyone(stranger)).map((p) => p.name).sort()).toEqual([
      'Ana Lopez',
      'Ben Okafor',
    ]);
  });

  it('leaves messages out with an error naming what to give when it cannot tell which side is the user (it used to name only the --me flag, which the web app has no use for)', async () => {
    const stranger = await freshAccount(store(), now);
    const result = await importRecords(stranger, {
      parsed: parsed({
        messages: [
          message({ name: 'Sam Rivera' }, [{ name: 'Ana Lopez' }]),
          message({ name: 'Ben Okafor' }, [{ name: 'Cleo Park' }]),
        ],
      }),
    });
    expect(result.me).toBe('unknown');
    expect(result.interactions).toBe(0);
    const [problem] = result.problems.filter((p) => p.field === 'me');
    expect(problem).toMatchObject({ severity: 'error' });
    expect(problem?.message).toContain('Give your name or your LinkedIn profile address');
  });

  it('sets how-we-met from the LinkedIn connection date for new people', async () => {
    const deps = await setUp();
    await importRecords(deps, {
      parsed: parsed({ contacts: [contact('Ana Lopez', { connectedOn: '2026-02-08' })] }),
    });
    expect((await everyone(deps))[0]?.howWeMet).toBe('Connected on LinkedIn, 8 Feb 2026');
  });

  it('gives each new person the sentence of their own connection date, and none for a date that is not one', async () => {
    const deps = await setUp();
    await importRecords(deps, {
      parsed: parsed({
        contacts: [
          contact('Ana Lopez', { connectedOn: '2026-02-08' }),
          contact('Ben Okafor', { connectedOn: '2025-12-31' }),
          contact('Cleo Park', { connectedOn: '2026-02-30' }),
          contact('Dev Shah', { connectedOn: '2026-02-08' }),
          contact('Eli Cohen', { connectedOn: '2026-02-30' }),
        ],
      }),
    });
    const byName = new Map((await everyone(deps)).map((p) => [p.name, p.howWeMet]));
    expect(Object.fromEntries(byName)).toEqual({
      'Ana Lopez': 'Connected on LinkedIn, 8 Feb 2026',
      'Ben Okafor': 'Connected on LinkedIn, 31 Dec 2025',
      'Cleo Park': null,
      'Dev Shah': 'Connected on LinkedIn, 8 Feb 2026',
      'Eli Cohen': null,
    });
  });

  it("keeps every touched person's aggregate equal to a recomputation from their timeline", async () => {
    const deps = await setUp();
    const ana = await person(deps, 'Ana Lopez', { linkedinUrl: 'https://www.linkedin.com/in/ana' });
    const me = { name: 'Sam Rivera' };
    await importRecords(deps, {
      parsed: parsed({
        contacts: [contact('Ben Okafor', { linkedinUrl: 'https://www.linkedin.com/in/ben' })],
        messages: [
          message(me, [{ name: 'Ana Lopez', url: 'https://www.linkedin.com/in/ana' }], {
            sentOn: '2026-11-01',
          }),
          message({ name: 'Ana Lopez', url: 'https://www.linkedin.com/in/ana' }, [me], {
            sentOn: '2026-11-03',
          }),
          message(me, [{ name: 'Ben Okafor', url: 'https://www.linkedin.com/in/ben' }], {
            sentOn: '2026-11-05',
          }),
        ],
      }),
    });
    const people = await everyone(deps);
    expect(people.map((p) => p.id)).toContain(ana.id);
    for (const p of people) {
      const kept = await findTieRow(store(), deps.accountId, p.id);
      if (!kept) throw new Error(`${p.name} has no aggregate`);
      const rows = await store()
        .db.selectFrom('interactions')
        .selectAll()
        .where('account_id', '=', deps.accountId)
        .where('person_id', '=', p.id)
        .execute();
      expect(rows.length).toBeGreaterThan(0);
      const expected = tieToRow({
        accountId: deps.accountId,
        person: { id: p.id, createdAt: p.createdAt, doNotContact: p.doNotContact },
        summary: summarizeTie(rows.map(rowToInteraction)),
        settings: rowToSettings(kept),
      });
      expect({ ...kept, intensity: Number(kept.intensity), heat: Number(kept.heat) }).toEqual(
        expected,
      );
    }
  });

  it('leaves the database exactly as it was when an import fails half-way', async () => {
    const deps = await setUp();
    await person(deps, 'Ana Lopez', { emails: ['ana@acme.com'] });
    const before = await snapshotAccount(deps);
    const contacts = Array.from({ length: 2500 }, (_, i) =>
      contact(`Person ${i}`, { emails: [`p${i}@example.org`] }),
    );
    contacts.push(contact('Ana Lopez', { emails: ['ana@acme.com'], title: 'CTO' }));
    let writes = 0;
    await expect(
      importRecords(deps, {
        parsed: parsed({
          contacts,
          messages: [message({ name: 'Sam Rivera' }, [{ name: 'Ana Lopez' }])],
        }),
        onProgress: ({ phase }) => {
          // The second batch of people has been written when this throws.
          if (phase === 'writing' && (writes += 1) === 2) throw new Error('the disk is full');
        },
      }),
    ).rejects.toThrow('the disk is full');
    expect(await snapshotAccount(deps)).toEqual(before);
  });
});

async function saveRegion(
  deps: Awaited<ReturnType<typeof freshAccount>>,
  region: string,
): Promise<void> {
  const { saveProfile } = await import('../../src/services/profile.js');
  await saveProfile(deps, { name: 'Sam Rivera', timeZone: 'UTC', region });
}
