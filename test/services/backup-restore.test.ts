// Backup and restore on SQLite and PostgreSQL: the demo network round-trips, settings survive,
// a full network is refused unless forced, and bad or newer files change nothing.
import { afterAll, expect, inject, it } from 'vitest';
import { AppError } from '../../src/core/errors.js';
import { writeBackupJson, type BackupDocument, type BackupRow } from '../../src/formats/backup.js';
import { addPerson } from '../../src/services/add-person.js';
import { backupAccount, writeBackup } from '../../src/services/backup.js';
import type { Deps } from '../../src/services/deps.js';
import { setKeepInTouch } from '../../src/services/keep-in-touch.js';
import { loadDemo } from '../../src/services/load-demo.js';
import { markPlanAction } from '../../src/services/plan-action.js';
import { restoreBackup } from '../../src/services/restore.js';
import { getToday } from '../../src/services/today.js';
import { importRecords } from '../../src/services/import-records.js';
import { logInteraction } from '../../src/services/log-interaction.js';
import { mergeTwo } from '../../src/services/merge-two.js';
import { saveProfile } from '../../src/services/profile.js';
import { unmerge } from '../../src/services/unmerge.js';
import type { OpenStore } from '../../src/store/open.js';
import { insertTemplate, listTemplates } from '../../src/store/playbook-templates.repo.js';
import type { Store } from '../../src/store/store.js';
import { describeEachDialect, makePostgres, makeSqlite } from '../dialects.js';
import { freshAccount } from './coach-builders.js';
import { contact, parsed } from './import-builders.js';

const now = '2026-11-30T15:00:00Z';
const later = () => new Date('2026-12-01T09:00:00Z');

/** The same backup with its creation time set aside: the only part two backups may differ in. */
function content(document: BackupDocument) {
  return { ...document, createdAt: 'ignored' };
}

/** A demo network the user has lived in: a plan with one action done and one snoozed, a pin and a cadence. */
async function livedInDemo(deps: Deps, people = 200): Promise<{ pinned: number; paced: number }> {
  await loadDemo(deps, { people });
  const plan = await getToday(deps);
  expect(plan.actions.length).toBeGreaterThan(2);
  await markPlanAction(deps, { n: 1, mark: 'done' });
  await markPlanAction(deps, { n: 2, mark: 'snooze', days: 10 });
  const pinned = plan.actions[2]?.personId ?? 0;
  const paced = plan.actions.at(-1)?.personId ?? 0;
  await setKeepInTouch(deps, { id: pinned, change: { tier: 1 } });
  await setKeepInTouch(deps, { id: paced, change: { cadenceDays: 12 } });
  return { pinned, paced };
}

async function tieRows(store: Store, accountId: string) {
  const rows = await store.db
    .selectFrom('person_ties')
    .selectAll()
    .where('account_id', '=', accountId)
    .orderBy('person_id')
    .execute();
  return rows.map(({ account_id: _, ...row }) => ({ ...row, intensity: Number(row.intensity) }));
}

async function tagRows(store: Store, accountId: string) {
  const rows = await store.db
    .selectFrom('person_tags')
    .select(['person_id', 'tag'])
    .where('account_id', '=', accountId)
    .orderBy('person_id')
    .orderBy('tag')
    .execute();
  return rows.map((row) => `${Number(row.person_id)}:${row.tag}`);
}

async function failure(work: Promise<unknown>): Promise<AppError> {
  const error = await work.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

describeEachDialect('backup and restore', ({ store, dialect }) => {
  const opened: Array<{ store: OpenStore; cleanup: () => Promise<void> }> = [];
  afterAll(async () => {
    for (const database of opened) await database.cleanup();
  });
  /** A second, empty database of the same dialect, acting for `accountId`. */
  const freshDatabase = async (accountId = 'local'): Promise<Deps> => {
    const database =
      dialect === 'sqlite' ? await makeSqlite() : await makePostgres(inject('postgresUrl'));
    opened.push(database);
    await database.store.db
      .insertInto('accounts')
      .values({ id: accountId, name: accountId, created_at: now })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
    return { store: database.store, accountId, now: later };
  };

  it('demo network → JSON backup → fresh database → restore → backup again gives identical content', async () => {
    const source = await freshAccount(store(), now);
    await livedInDemo(source);
    const first = await backupAccount(source);
    expect(first.tables.people).toHaveLength(200);
    expect(first.tables.plan_actions?.some((a) => a.interaction_id !== null)).toBe(true);

    let streamed = '';
    await writeBackup(source, (chunk) => void (streamed += chunk));
    expect(streamed).toBe(writeBackupJson(first));

    const target = await freshDatabase();
    const restored = await restoreBackup(target, { document: JSON.parse(streamed) });
    expect(restored).toMatchObject({ people: 200, replaced: 0, idsKept: true });
    expect(restored.interactions).toBe(first.tables.interactions?.length);
    const second = await backupAccount(target);
    expect(second.createdAt).toBe(later().toISOString());
    expect(content(second)).toEqual(content(first));
    // The aggregates restore recomputed are exactly the ones the source kept as it went.
    expect(await tieRows(target.store, target.accountId)).toEqual(
      await tieRows(source.store, source.accountId),
    );
    expect(await tagRows(target.store, target.accountId)).toEqual(
      await tagRows(source.store, source.accountId),
    );
  });

  it("keeps the user's tier pins, cadences and holds", async () => {
    const source = await freshAccount(store(), now);
    const { pinned, paced } = await livedInDemo(source, 60);
    const snoozed = (await getToday(source)).actions[1]?.personId ?? 0;
    const target = await freshDatabase();
    await restoreBackup(target, { document: await backupAccount(source) });
    const ties = await tieRows(target.store, target.accountId);
    expect(ties.find((t) => Number(t.person_id) === pinned)).toMatchObject({
      tier: 1,
      tier_pin: 1,
    });
    expect(ties.find((t) => Number(t.person_id) === paced)).toMatchObject({ cadence_days: 12 });
    expect(ties.find((t) => Number(t.person_id) === snoozed)).toMatchObject({
      hold_until: '2026-12-10',
    });
  });

  it('gives the next person added after a restore a new id', async () => {
    const source = await freshAccount(store(), now);
    await loadDemo(source, { people: 20 });
    const target = await freshDatabase();
    await restoreBackup(target, { document: await backupAccount(source) });
    const highest = Math.max(
      ...((await backupAccount(target)).tables.people ?? []).map((p) => p.id as number),
    );
    const added = await addPerson(target, { name: 'Nadia Haddad' });
    expect(added.id).toBeGreaterThan(highest);
  });

  it('refuses a network that is not empty, saying how many people are there, and --force replaces everything', async () => {
    const source = await freshAccount(store(), now);
    await loadDemo(source, { people: 30 });
    const backup = await backupAccount(source);
    const target = await freshAccount(store(), now);
    await addPerson(target, { name: 'Ana Lopez' });
    await addPerson(target, { name: 'Ben Okafor' });
    const refused = await failure(restoreBackup(target, { document: backup }));
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toContain('already has 2 people, so nothing was restored');
    expect((await backupAccount(target)).tables.people?.map((p) => p.name)).toEqual([
      'Ana Lopez',
      'Ben Okafor',
    ]);

    const forced = await restoreBackup(target, { document: backup, force: true });
    expect(forced).toMatchObject({ people: 30, replaced: 2 });
    const after = await backupAccount(target);
    expect(after.tables.people?.map((p) => p.name)).toEqual(
      backup.tables.people?.map((p) => p.name),
    );
    expect(after.tables.people?.some((p) => p.name === 'Ana Lopez')).toBe(false);
  });

  it('moves every id together when the backup’s ids are taken, and every reference follows', async () => {
    const source = await freshAccount(store(), now);
    await livedInDemo(source, 40);
    const backup = await backupAccount(source);
    // Another account on the same database: on SQLite ids are shared by all accounts, so they move.
    const target = await freshAccount(store(), now);
    const result = await restoreBackup(target, { document: backup });
    expect(result.idsKept).toBe(dialect === 'postgres');
    const restored = await backupAccount(target);
    const described = (document: BackupDocument) => {
      const names = new Map(document.tables.people?.map((p) => [p.id, p.name]));
      const summaries = new Map(document.tables.interactions?.map((i) => [i.id, i.summary]));
      return {
        interactions: document.tables.interactions?.map((i: BackupRow) => [
          names.get(i.person_id),
          i.occurred_on,
          i.summary,
        ]),
        plans: document.tables.plan_actions?.map((a: BackupRow) => [
          names.get(a.person_id),
          a.interaction_id === null ? null : summaries.get(a.interaction_id),
        ]),
        ties: document.tables.person_ties?.map((t: BackupRow) => [names.get(t.person_id), t.tier]),
      };
    };
    expect(described(restored)).toEqual(described(backup));
  });

  it('keeps where imported people came from, merges and the review list, so a merge can still be undone', async () => {
    const source = await freshAccount(store(), now);
    await saveProfile(source, { name: 'Sam Rivera', region: 'ES' });
    const typed = await addPerson(source, { name: 'Ana Lopez', emails: ['ana@acme.com'] });
    await addPerson(source, { name: 'Ana Lopes', company: 'Globex' });
    await importRecords(source, {
      parsed: parsed({
        contacts: [contact('Ana López', { emails: ['ana@gmail.com'], company: 'Globex' })],
      }),
    });
    const imported = await backupAccount(source);
    expect(imported.tables.duplicate_reviews).toHaveLength(1);
    const other = imported.tables.people?.find((p) => p.name === 'Ana López');
    await logInteraction(source, {
      personId: other?.id as number,
      occurredOn: '2026-11-02',
      channel: 'call',
    });
    const { mergeId } = await mergeTwo(source, { a: typed.id, b: other?.id as number });
    const backup = await backupAccount(source);
    expect(backup.tables.profiles?.[0]).toMatchObject({ region: 'ES' });
    expect(backup.tables.person_sources).toHaveLength(1);
    expect(backup.tables.merges).toMatchObject([{ id: mergeId, kept_person_id: typed.id }]);

    const before = await freshDatabase();
    await restoreBackup(before, { document: imported });
    expect(content(await backupAccount(before))).toEqual(content(imported));
    // The same account on a new machine, as kith restore does for the local account.
    const target = await freshDatabase(source.accountId);
    await restoreBackup(target, { document: backup });
    expect(content(await backupAccount(target))).toEqual(content(backup));
    await unmerge(target, { mergeId });
    const names = (await backupAccount(target)).tables.people?.map((p) => p.name);
    expect(names).toEqual(['Ana Lopez', 'Ana Lopes', 'Ana López']);
    // Restored into another account (a group server), the undo puts everyone back in that account.
    const elsewhere = await freshDatabase();
    await restoreBackup(elsewhere, { document: backup });
    await unmerge(elsewhere, { mergeId });
    const restoredNames = (await backupAccount(elsewhere)).tables.people?.map((p) => p.name);
    expect(restoredNames).toEqual(['Ana Lopez', 'Ana Lopes', 'Ana López']);
  });

  it("round-trips the account's own saved templates, and never another account's", async () => {
    const source = await freshAccount(store(), now);
    const other = await freshAccount(store(), now);
    const template = (accountId: string, id: string, title: string) => ({
      account_id: accountId,
      id,
      kind: 'message',
      title,
      body: 'Hi {name}, lovely to meet you.',
      source_entry_id: 'entry-1',
      source_group_id: 'group-1',
      source_group_name: 'Career changers',
      created_at: now,
      updated_at: now,
    });
    await insertTemplate(source.store, template(source.accountId, 'tpl-mine', 'Mine'));
    await insertTemplate(other.store, template(other.accountId, 'tpl-theirs', 'Theirs'));
    const backup = await backupAccount(source);
    expect(backup.schemaVersion).toBe(5);
    expect(backup.tables.playbook_templates?.map((row) => row.title)).toEqual(['Mine']);
    expect(JSON.stringify(backup)).not.toContain('Theirs');

    const target = await freshDatabase(source.accountId);
    await restoreBackup(target, { document: JSON.parse(writeBackupJson(backup)) });
    const restored = await listTemplates(target.store, source.accountId);
    expect(restored).toEqual([template(source.accountId, 'tpl-mine', 'Mine')]);

    // A version 4 backup, made before templates were kept, still restores.
    const older = { ...backup, schemaVersion: 4, tables: { ...backup.tables } };
    delete older.tables.playbook_templates;
    const again = await freshDatabase(source.accountId);
    await restoreBackup(again, { document: JSON.parse(writeBackupJson(older)) });
    expect(await listTemplates(again.store, source.accountId)).toEqual([]);
  });

  it('refuses to replace saved templates without force, even with no people', async () => {
    const source = await freshAccount(store(), now);
    const backup = await backupAccount(source);
    const target = await freshAccount(store(), now);
    await insertTemplate(target.store, {
      account_id: target.accountId,
      id: 'tpl-kept',
      kind: 'message',
      title: 'Kept',
      body: 'Hi [name], thank you for the intro.',
      source_entry_id: null,
      source_group_id: null,
      source_group_name: null,
      created_at: now,
      updated_at: now,
    });
    await expect(restoreBackup(target, { document: backup })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('1 saved template, so nothing was restored') as unknown,
    });
    expect((await listTemplates(target.store, target.accountId)).map((t) => t.title)).toEqual([
      'Kept',
    ]);
  });

  it('restores a backup made before imports existed (version 1)', async () => {
    const source = await freshAccount(store(), now);
    await loadDemo(source, { people: 5 });
    const older = { ...(await backupAccount(source)).tables };
    for (const added of ['person_sources', 'merges', 'duplicate_reviews']) delete older[added];
    const profiles = older.profiles?.map(({ region: _region, ...profile }) => profile);
    const target = await freshAccount(store(), now);
    const result = await restoreBackup(target, {
      document: {
        kind: 'kith-backup',
        schemaVersion: 1,
        createdAt: now,
        tables: { ...older, profiles },
      },
    });
    expect(result.people).toBe(5);
    expect((await backupAccount(target)).tables.profiles?.[0]).toMatchObject({ region: '' });
  });

  it('refuses a backup from a newer Kith and one with a bad field, and changes nothing', async () => {
    const source = await freshAccount(store(), now);
    await loadDemo(source, { people: 5 });
    const backup = await backupAccount(source);
    const target = await freshAccount(store(), now);

    const newer = await failure(
      restoreBackup(target, {
        document: { ...backup, schemaVersion: backup.schemaVersion + 1 },
        source: '"old-laptop.json"',
      }),
    );
    expect(newer.code).toBe('UNSUPPORTED_FORMAT');
    expect(newer.message).toMatch(/^"old-laptop\.json" was made by a newer Kith/);

    const broken = structuredClone(backup);
    (broken.tables.people?.[3] as BackupRow).emails = 'ana@example.com';
    const invalid = await failure(restoreBackup(target, { document: broken }));
    expect(invalid.code).toBe('INVALID_INPUT');
    expect(invalid.problems).toEqual([
      { field: 'tables.people[3].emails', message: 'must be a list of text, such as ["a", "b"]' },
    ]);
    expect((await backupAccount(target)).tables.people).toEqual([]);
  });
});
