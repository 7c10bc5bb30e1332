// Checks a parsed Kith backup: what kind of file it is, its version, and every row of every
// table, reporting each problem by its path in the file (tables.people[3].emails).
import { isIsoDate } from '../core/dates.js';
import type { FieldProblem } from '../core/errors.js';
import { holdsNul, nulMessage } from '../core/nul-text.js';
import {
  backupTables,
  idColumnOf,
  type BackupTableSpec,
  type ColumnSpec,
} from './backup-tables.js';
import { backupKind, backupSchemaVersion, type BackupDocument, type BackupRow } from './backup.js';

/** Why a file was refused: each edge maps these to its own error codes. */
export type BackupRefusal = 'not-json' | 'not-a-backup' | 'newer-version' | 'invalid';

export type BackupCheck =
  | { ok: true; document: BackupDocument }
  | { ok: false; refusal: BackupRefusal; message: string; problems: FieldProblem[] };

/** Problems listed one by one; past this many only the count is given. */
const shownProblems = 20;

/** What a backup is checked against: this Kith's tables and version (tests may give others). */
export interface BackupSchema {
  tables: readonly BackupTableSpec[];
  version: number;
}

const currentSchema: BackupSchema = { tables: backupTables, version: backupSchemaVersion };

/** Checks a parsed backup: its kind, its version, and every row against backupTables. */
export function checkBackup(
  value: unknown,
  source: string,
  schema: BackupSchema = currentSchema,
): BackupCheck {
  if (!isObject(value) || value.kind !== backupKind) {
    return refuse(
      'not-a-backup',
      `${source} is not a Kith backup: it has no "kind": "${backupKind}". Make one with kith backup, or bring contacts in with kith import.`,
    );
  }
  const version = value.schemaVersion;
  if (typeof version === 'number' && Number.isInteger(version) && version > schema.version) {
    return refuse(
      'newer-version',
      `${source} was made by a newer Kith (backup version ${version}; this Kith reads up to version ${schema.version}). Update Kith, then restore it again.`,
    );
  }
  const problems = new Problems();
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    problems.add('schemaVersion', `must be a whole number from 1 to ${schema.version}`);
  }
  if (!isTime(value.createdAt)) {
    problems.add('createdAt', 'must be a time such as 2026-11-25T12:00:00.000Z');
  }
  const tables = checkTables(value.tables, {
    tables: schema.tables,
    version: typeof version === 'number' ? version : 1,
    problems,
  });
  if (problems.count > 0 || !tables) {
    const list = problems.list();
    const more = problems.count > 1 ? ` (and ${problems.count - 1} more)` : '';
    const first = list[0];
    return refuse(
      'invalid',
      `${source} is not a valid Kith backup, so nothing was restored: ${first ? `${first.field}: ${first.message}` : 'tables: must be an object'}${more}.`,
      list,
    );
  }
  return {
    ok: true,
    document: {
      kind: backupKind,
      schemaVersion: version as number,
      createdAt: value.createdAt as string,
      tables,
    },
  };
}

/** A refusal of the given kind: what each edge turns into its own error. */
export function refuse(
  refusal: BackupRefusal,
  message: string,
  problems: FieldProblem[] = [],
): Extract<BackupCheck, { ok: false }> {
  return { ok: false, refusal, message, problems };
}

/** Collects problems, keeping the first few and counting the rest. */
class Problems {
  count = 0;
  private readonly kept: FieldProblem[] = [];

  add(field: string, message: string): void {
    this.count += 1;
    if (this.kept.length < shownProblems) this.kept.push({ field, message });
  }

  list(): FieldProblem[] {
    const hidden = this.count - this.kept.length;
    return hidden > 0
      ? [...this.kept, { field: 'tables', message: `and ${hidden} more problems like these` }]
      : [...this.kept];
  }
}

function checkTables(
  value: unknown,
  { tables: specs, version, problems }: BackupSchema & { problems: Problems },
): Record<string, BackupRow[]> | null {
  if (!isObject(value)) {
    problems.add('tables', 'must be an object with one list of rows per table');
    return null;
  }
  for (const name of Object.keys(value)) {
    if (!specs.some((table) => table.name === name)) {
      problems.add(`tables.${name}`, 'is not a table a Kith backup holds');
    }
  }
  const ids = new Map<string, Set<number>>();
  const tables: Record<string, BackupRow[]> = {};
  for (const table of specs) {
    const rows = value[table.name];
    const path = `tables.${table.name}`;
    if (rows === undefined && table.since > version) {
      tables[table.name] = [];
      continue;
    }
    if (!Array.isArray(rows)) {
      problems.add(path, rows === undefined ? 'is missing' : 'must be a list of rows');
      continue;
    }
    if (table.key.length === 0 && rows.length > 1) problems.add(path, 'can hold one row at most');
    ids.set(table.name, checkRows(table, rows, { path, version, ids, problems }));
    tables[table.name] = rows as BackupRow[];
  }
  return tables;
}

interface RowContext {
  path: string;
  /** The file's schemaVersion: columns added after it may be left out. */
  version: number;
  /** Ids of the tables checked so far; parents come first, so every ref can be looked up. */
  ids: Map<string, Set<number>>;
  problems: Problems;
}

/** Checks every row of one table; returns the ids it holds. */
function checkRows(table: BackupTableSpec, rows: unknown[], context: RowContext): Set<number> {
  const idColumn = idColumnOf(table);
  const own = new Set<number>();
  // One key column is kept as its value: a set of two million numbers, not of two million strings.
  const [only] = table.key;
  const keyOf = (row: Record<string, unknown>): unknown =>
    table.key.length === 1 && only ? row[only] : JSON.stringify(table.key.map((c) => row[c]));
  // Keyed by its own id (people, interactions), the table's ids are its keys: one set, not two.
  const keys =
    table.key.length === 1 && only === idColumn ? (own as Set<unknown>) : new Set<unknown>();
  rows.forEach((row, index) => {
    const path = `${context.path}[${index}]`;
    if (!isObject(row)) {
      context.problems.add(path, 'must be an object of column values');
      return;
    }
    checkRow(table, row, { ...context, path });
    const key = keyOf(row);
    if (table.key.length > 0 && keys.has(key)) {
      context.problems.add(
        `${path}.${table.key.join('+')}`,
        `repeats an earlier row's ${table.key.join(' and ')}`,
      );
    }
    keys.add(key);
    if (idColumn && typeof row[idColumn] === 'number') own.add(row[idColumn]);
  });
  return own;
}

function checkRow(table: BackupTableSpec, row: Record<string, unknown>, context: RowContext): void {
  for (const name of Object.keys(row)) {
    if (!(name in table.columns))
      context.problems.add(`${context.path}.${name}`, `is not a column of ${table.name}`);
  }
  for (const [name, column] of Object.entries(table.columns)) {
    const value = row[name];
    const path = `${context.path}.${name}`;
    if (value === undefined && (column.since ?? 1) > context.version) continue;
    if (value === undefined || value === null) {
      if (!column.nullable)
        context.problems.add(path, value === undefined ? 'is missing' : 'cannot be empty');
      continue;
    }
    const wrong = checkValue(column, value) ?? (holdsNul(value) ? nulMessage : null);
    if (wrong) {
      context.problems.add(path, wrong);
      continue;
    }
    const known = column.ref ? context.ids.get(column.ref) : undefined;
    if (!known || column.mayDangle) continue;
    const ids = column.kind === 'ref-list' ? (value as number[]) : [value as number];
    const missing = ids.find((id) => !known.has(id));
    if (missing !== undefined) {
      context.problems.add(
        path,
        `refers to ${column.ref} id ${missing}, which is not in the backup`,
      );
    }
  }
}

/** What is wrong with one value, or null when it fits its column. */
function checkValue(column: ColumnSpec, value: unknown): string | null {
  switch (column.kind) {
    case 'id':
    case 'ref':
      return Number.isSafeInteger(value) && (value as number) > 0
        ? null
        : 'must be a positive whole number';
    case 'integer':
      return Number.isSafeInteger(value) ? null : 'must be a whole number';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? null : 'must be a number';
    case 'flag':
      return typeof value === 'boolean' ? null : 'must be true or false';
    case 'list':
      return Array.isArray(value) && value.every((item) => typeof item === 'string')
        ? null
        : 'must be a list of text, such as ["a", "b"]';
    case 'ref-list':
      return Array.isArray(value) && value.every((id) => Number.isSafeInteger(id) && id > 0)
        ? null
        : 'must be a list of ids, such as [3, 14]';
    case 'json':
      return null;
    case 'text':
      if (typeof value !== 'string') return 'must be text';
      return column.oneOf && !column.oneOf.includes(value)
        ? `must be one of ${column.oneOf.join(', ')}`
        : null;
    case 'date':
      return typeof value === 'string' && isIsoDate(value)
        ? null
        : 'must be a date written as YYYY-MM-DD';
    case 'time':
      return isTime(value) ? null : 'must be a time such as 2026-11-25T12:00:00.000Z';
  }
}

const isoTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;

function isTime(value: unknown): boolean {
  return typeof value === 'string' && isoTime.test(value) && !Number.isNaN(Date.parse(value));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
