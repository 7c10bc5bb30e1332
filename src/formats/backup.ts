// The Kith backup file: its shape, the conversion of rows to and from it, and a writer that can
// stream it a page at a time. Pure: the time it was made comes in, rows come in, text goes out.
import { backupTables, type BackupTableSpec, type ColumnSpec } from './backup-tables.js';

export const backupKind = 'kith-backup';

/**
 * Bumped whenever a table or column is added to backupTables; restore refuses newer files.
 * 1: profiles, people, interactions, person_ties (settings), plan_actions.
 * 2: person_sources, merges and duplicate_reviews; the profile's region.
 * 3: the profile's date order.
 * 4: person_sharing, what the account lets its groups see of each person.
 * 5: playbook_templates, the account's own saved templates.
 */
export const backupSchemaVersion = 5;

/** One row as the file holds it: column name to value, in the table's column order. */
export type BackupRow = Record<string, unknown>;

export interface BackupDocument {
  kind: typeof backupKind;
  schemaVersion: number;
  /** When the backup was made (ISO 8601); the only part that differs between two backups of the same data. */
  createdAt: string;
  /** Every table in backupTables, by name, each row in key order. */
  tables: Record<string, BackupRow[]>;
}

/** A row as the database returns it (lists as JSON text, flags as 0/1) to the row the file holds. */
export function storedToBackup(table: BackupTableSpec, stored: Record<string, unknown>): BackupRow {
  const row: BackupRow = {};
  for (const [name, column] of Object.entries(table.columns)) {
    row[name] = fromStored(column, stored[name]);
  }
  return row;
}

function fromStored(column: ColumnSpec, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  switch (column.kind) {
    case 'id':
    case 'ref':
    case 'integer':
    case 'number':
      return Number(value);
    case 'flag':
      return Boolean(Number(value));
    case 'list':
    case 'ref-list':
      return readJson(value, []);
    case 'json':
      return readJson(value, null);
    case 'text':
    case 'date':
    case 'time':
      return typeof value === 'string' ? value : `${value as number}`;
  }
}

/** Lenient, like the store's own readers: a damaged cell becomes the empty value, not a failed backup. */
function readJson(value: unknown, empty: unknown): unknown {
  try {
    return JSON.parse(String(value)) as unknown;
  } catch {
    return empty;
  }
}

/**
 * A checked file row back to the values the database stores (without account_id). Columns newer
 * than the file's version are left out, so the database fills in their defaults.
 */
export function backupToStored(
  table: BackupTableSpec,
  row: BackupRow,
  schemaVersion = backupSchemaVersion,
): Record<string, unknown> {
  const stored: Record<string, unknown> = {};
  for (const [name, column] of Object.entries(table.columns)) {
    if ((column.since ?? 1) > schemaVersion) continue;
    const value = row[name] ?? null;
    stored[name] = value === null ? null : toStored(column, value);
  }
  return stored;
}

function toStored(column: ColumnSpec, value: unknown): unknown {
  switch (column.kind) {
    case 'flag':
      return value === true ? 1 : 0;
    case 'list':
    case 'ref-list':
    case 'json':
      return JSON.stringify(value);
    case 'id':
    case 'ref':
    case 'integer':
    case 'number':
    case 'text':
    case 'date':
    case 'time':
      return value;
  }
}

/** One table's rows as they arrive from the store, a page at a time. */
export interface BackupTablePages {
  name: string;
  pages: AsyncIterable<readonly BackupRow[]> | Iterable<readonly BackupRow[]>;
}

/**
 * Writes the document one row per line, so a backup of any size streams out in pieces and a
 * line diff of two backups shows what changed. The text is plain JSON; the layout is only for people.
 */
export async function* encodeBackup(
  createdAt: string,
  tables: AsyncIterable<BackupTablePages> | Iterable<BackupTablePages>,
): AsyncGenerator<string> {
  yield documentStart(backupSchemaVersion, createdAt);
  let tableIndex = 0;
  for await (const table of tables) {
    yield `${tableIndex > 0 ? ',' : ''}\n${JSON.stringify(table.name)}:[`;
    let rowIndex = 0;
    for await (const page of table.pages) {
      if (page.length === 0) continue;
      yield encodeRows(page, rowIndex === 0);
      rowIndex += page.length;
    }
    yield '\n]';
    tableIndex += 1;
  }
  yield '\n}}\n';
}

/** The whole document as one string, laid out exactly as encodeBackup streams it. */
export function writeBackupJson(document: BackupDocument): string {
  const parts = [documentStart(document.schemaVersion, document.createdAt)];
  Object.entries(document.tables).forEach(([name, rows], index) => {
    parts.push(`${index > 0 ? ',' : ''}\n${JSON.stringify(name)}:[`);
    if (rows.length > 0) parts.push(encodeRows(rows, true));
    parts.push('\n]');
  });
  parts.push('\n}}\n');
  return parts.join('');
}

function documentStart(schemaVersion: number, createdAt: string): string {
  const head = { kind: backupKind, schemaVersion, createdAt };
  // The head's own JSON without its closing brace, then the tables object opens.
  return `${JSON.stringify(head).slice(0, -1)},"tables":{`;
}

function encodeRows(rows: readonly BackupRow[], first: boolean): string {
  let text = '';
  rows.forEach((row, i) => {
    text += `${first && i === 0 ? '' : ','}\n${JSON.stringify(row)}`;
  });
  return text;
}

/** An empty document of the current version: every table present, with no rows. */
export function emptyBackup(createdAt: string): BackupDocument {
  return {
    kind: backupKind,
    schemaVersion: backupSchemaVersion,
    createdAt,
    tables: Object.fromEntries(backupTables.map((table) => [table.name, []])),
  };
}
