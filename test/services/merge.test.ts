// Merging and unmerging people, and the review list, on SQLite and PostgreSQL.
import { expect, it } from 'vitest';
import { findDuplicates } from '../../src/services/find-duplicates.js';
import { importRecords } from '../../src/services/import-records.js';
import { mergeTwo } from '../../src/services/merge-two.js';
import { rejectDuplicate } from '../../src/services/reject-duplicate.js';
import { setKeepInTouch } from '../../src/services/keep-in-touch.js';
import { unmerge } from '../../src/services/unmerge.js';
import { findMerge } from '../../src/store/merges.repo.js';
import { describeEachDialect } from '../dialects.js';
import { contact as logContact, freshAccount, onboard, person } from './coach-builders.js';
import { contact, parsed, snapshotAccount } from './import-builders.js';

const now = '2026-11-30T12:00:00Z';

describeEachDialect('merge and unmerge', ({ store }) => {
  const setUp = async () => {
    const deps = await freshAccount(store(), now);
    await onboard(deps);
    return deps;
  };

  /** Ana typed in by hand, and Ana again from a LinkedIn file, each with a timeline. */
  const twoAnas = async () => {
    const deps = await setUp();
    const typed = await person(deps, 'Ana Lopez', {
      emails: ['ana@acme.com'],
      company: 'Acme',
      tags: ['data'],
      notes: 'Met at PyData.',
    });
    await logContact(deps, typed, { on: '2026-10-01' }, { on: '2026-10-08', direction: 'inbound' });
    // Someone the imported Ana might also be: a review row that leaves and returns with her.
    await person(deps, 'Ana Lopes', { company: 'Globex' });
    await importRecords(deps, {
      parsed: parsed({
        contacts: [
          contact('Ana López', {
            emails: ['ana.lopez@gmail.com'],
            company: 'Globex',
            title: 'Data Lead',
            tags: ['madrid'],
          }),
        ],
      }),
    });
    const { reviews } = await findDuplicates(deps);
    const imported = (
      await store()
        .db.selectFrom('people')
        .select('id')
        .where('account_id', '=', deps.accountId)
        .where('name', '=', 'Ana López')
        .executeTakeFirstOrThrow()
    ).id;
    const other = Number(imported);
    await logContact(deps, { ...typed, id: other }, { on: '2026-11-02', channel: 'meeting' });
    await setKeepInTouch(deps, { id: other, change: { tier: 2 } });
    return { deps, typed, other, reviews };
  };

  it('keeps every distinct value, and where each came from, when two people are merged', async () => {
    const { deps, typed, other } = await twoAnas();
    const merged = await mergeTwo(deps, { a: typed.id, b: other });
    expect(merged.kept).toMatchObject({
      id: typed.id,
      name: 'Ana Lopez',
      emails: ['ana@acme.com', 'ana.lopez@gmail.com'],
      company: 'Acme',
      title: 'Data Lead',
      tags: ['data', 'madrid'],
    });
    expect(merged.kept.notes).toContain('company "Globex"');
    expect(merged.kept.notes).toMatch(/Also recorded \(Connections\.csv, line \d+\)/);
    expect(merged.interactionsMoved).toBe(1);
    const record = await findMerge(deps.store, deps.accountId, merged.mergeId);
    const gmail = record?.provenance.find((p) => p.value === 'ana.lopez@gmail.com');
    expect(gmail).toMatchObject({
      field: 'emails',
      from: 'other',
      source: { file: 'Connections.csv', format: 'linkedin-connections' },
    });
    expect(record?.provenance).toContainEqual({
      field: 'emails',
      value: 'ana@acme.com',
      from: 'kept',
      source: null,
    });
  });

  it('restores both people and their interactions exactly on unmerge', async () => {
    const { deps, typed, other } = await twoAnas();
    const before = await snapshotAccount(deps);
    const merged = await mergeTwo(deps, { a: typed.id, b: other });
    expect((await snapshotAccount(deps)).people).toHaveLength(2);
    await unmerge(deps, { mergeId: merged.mergeId });
    const after = await snapshotAccount(deps);
    const { merges, ...rest } = after;
    const { merges: none, ...expected } = before;
    expect(rest).toEqual(expected);
    expect(none).toEqual([]);
    expect(before.duplicate_reviews).toHaveLength(1);
    expect(merges).toHaveLength(1);
    expect(merges?.[0]).toContain('"undone_at":"2026-11-30T12:00:00.000Z"');
  });

  it('refuses to undo a merge twice, and undoes later merges into the same person first', async () => {
    const { deps, typed, other } = await twoAnas();
    const third = await person(deps, 'Ana L.', { emails: ['ana@acme.com'] });
    const first = await mergeTwo(deps, { a: typed.id, b: other });
    const second = await mergeTwo(deps, { a: typed.id, b: third.id });
    const blocked = unmerge(deps, { mergeId: first.mergeId });
    await expect(blocked).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(blocked).rejects.toThrow(`undo merge ${second.mergeId} first`);
    await unmerge(deps, { mergeId: second.mergeId });
    await unmerge(deps, { mergeId: first.mergeId });
    await expect(unmerge(deps, { mergeId: first.mergeId })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
  });

  it('refuses to merge a person with themselves or with nobody', async () => {
    const deps = await setUp();
    const ana = await person(deps, 'Ana Lopez');
    await expect(mergeTwo(deps, { a: ana.id, b: ana.id })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
    await expect(mergeTwo(deps, { a: ana.id, b: 999_999 })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('takes a rejected pair off the list for good: the next import does not ask again', async () => {
    const deps = await setUp();
    await person(deps, 'William Jones', { company: 'Acme' });
    const bill = { company: 'Acme', emails: ['bill@acme.com'] };
    await importRecords(deps, { parsed: parsed({ contacts: [contact('Bill Jones', bill)] }) });
    const [review] = (await findDuplicates(deps)).reviews;
    if (!review) throw new Error('expected a review');
    expect(await rejectDuplicate(deps, { id: review.id })).toEqual({
      id: review.id,
      status: 'rejected',
    });
    expect((await findDuplicates(deps)).reviews).toEqual([]);
    // Bill again, now a CEO: he is the imported Bill by email, and still not William.
    const again = await importRecords(deps, {
      parsed: parsed({ contacts: [contact('Bill Jones', { ...bill, title: 'CEO' })] }),
    });
    expect(again.people).toMatchObject({ updated: 1, review: 0 });
    expect((await findDuplicates(deps)).reviews).toEqual([]);
    await expect(rejectDuplicate(deps, { id: 999_999 })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
