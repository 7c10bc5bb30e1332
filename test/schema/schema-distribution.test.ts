// Every table can be distributed or partitioned by account: its primary key, unique keys and
// foreign keys lead with account_id, unless it is a listed reference table. Tables are read from
// the migrated database's catalog, so a table added by any future migration is checked too.
//
// On SQLite the same rule holds with one allowance: people, interactions, duplicate_reviews and
// merges keep `id integer primary key`, SQLite's rowid, which the full-text index is keyed by
// (content_rowid). A SQLite file lives on one machine and is never distributed; every other key
// and every foreign key there still leads with account_id, so both dialects share one shape.
import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeEachDialect } from '../dialects.js';
import {
  findViolations,
  readPostgresKeys,
  readSqliteKeys,
  type TableKeys,
} from './distribution-keys.js';
import { referenceTables } from './reference-tables.js';

const scalingDoc = readFileSync(new URL('../../docs/scaling.md', import.meta.url), 'utf8');

/** The table names a Citus call in docs/scaling.md distributes or copies, e.g. create_reference_table('accounts'). */
function namedInDoc(call: 'create_distributed_table' | 'create_reference_table'): string[] {
  return [...scalingDoc.matchAll(new RegExp(`${call}\\('([a-z_]+)'`, 'g'))].map((m) => m[1] ?? '');
}

describeEachDialect('schema distribution by account', ({ dialect, store }) => {
  const readKeys = () =>
    dialect === 'postgres' ? readPostgresKeys(store().db) : readSqliteKeys(store().db);
  const rule = { rowidAllowed: dialect === 'sqlite' };

  it('has every key of every table leading with account_id, or the table is a listed reference table', async () => {
    const tables = await readKeys();
    expect(tables.length).toBeGreaterThan(10);
    expect(findViolations(tables, referenceTables, rule)).toEqual([]);
  });

  it('reads the keys the migrations made, so a pass means the catalog was really read', async () => {
    const tables = await readKeys();
    const interactions = tables.find((t) => t.table === 'interactions');
    expect(interactions?.keys).toContainEqual(
      expect.objectContaining({
        kind: 'foreign key',
        columns: ['account_id', 'person_id'],
        references: { table: 'people', columns: ['account_id', 'id'] },
      }),
    );
    const logins = tables.find((t) => t.table === 'account_logins');
    expect(logins?.keys).toContainEqual(
      expect.objectContaining({ kind: 'unique', columns: ['email'] }),
    );
  });

  it('names every table in docs/scaling.md, distributed or reference as the schema has it', async () => {
    const tables = (await readKeys()).map((t) => t.table);
    const reference = tables.filter((t) => referenceTables.has(t)).sort();
    const distributed = tables.filter((t) => !referenceTables.has(t)).sort();
    expect([...new Set(namedInDoc('create_reference_table'))].sort()).toEqual(reference);
    expect([...new Set(namedInDoc('create_distributed_table'))].sort()).toEqual(distributed);
  });

  it('reports a new table whose keys do not lead with account_id', async () => {
    const db = store().db;
    await sql`create table scratch_notes (id bigint primary key, account_id text not null
      references accounts(id), body text not null, unique (body))`.execute(db);
    await sql`create unique index scratch_notes_lower on scratch_notes (lower(body))`.execute(db);
    try {
      const found = findViolations(await readKeys(), referenceTables, rule);
      expect(found).toHaveLength(3);
      expect(found.join('\n')).toMatch(/scratch_notes: primary key .*\(id\) does not lead/);
      expect(found.join('\n')).toMatch(/scratch_notes: unique .*\(body\) does not lead/);
      expect(found.join('\n')).toMatch(/scratch_notes: unique .*\(\(expression\)\) does not lead/);
    } finally {
      await sql`drop table scratch_notes`.execute(db);
    }
  });

  it('reports a reference table that points into a distributed table, and a listed table that is gone', async () => {
    const db = store().db;
    await sql`create table scratch_global (name text primary key, account_id text not null,
      person_id bigint not null, foreign key (account_id, person_id) references people (account_id, id))`.execute(
      db,
    );
    try {
      const listed = new Map([
        ...referenceTables,
        ['scratch_global', 'a test table'],
        ['scratch_gone', 'a table no migration makes'],
      ]);
      const found = findViolations(await readKeys(), listed, rule);
      expect(found).toEqual([
        'scratch_gone is listed as a reference table but does not exist',
        expect.stringMatching(
          /^scratch_global is a reference table but its foreign key .* points at people/,
        ),
      ]);
    } finally {
      await sql`drop table scratch_global`.execute(db);
    }
  });
});

it('asks a foreign key into a distributed table to lead with account_id on both sides, and one into a reference table for nothing', () => {
  const table = (name: string, keys: TableKeys['keys']): TableKeys => ({
    table: name,
    rowidKey: false,
    keys: [{ kind: 'primary key', name: `${name}_pk`, columns: ['account_id', 'id'] }, ...keys],
  });
  const fk = (columns: string[], target: string, targetColumns: string[]) => ({
    kind: 'foreign key' as const,
    name: `to_${target}`,
    columns,
    references: { table: target, columns: targetColumns },
  });
  const reference = new Map([['groups', 'shared by its members']]);
  const tables = [
    table('people', []),
    table('groups', []),
    table('notes', [
      fk(['person_id'], 'people', ['id']),
      fk(['account_id', 'person_id'], 'people', ['id', 'account_id']),
      fk(['group_id'], 'groups', ['id']),
    ]),
  ];
  expect(findViolations(tables, reference, { rowidAllowed: false })).toEqual([
    'notes: foreign key to_people (person_id) does not lead with account_id',
    'notes: foreign key to_people points at people (id, account_id), which does not lead with account_id',
  ]);
});
