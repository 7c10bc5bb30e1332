// Loads a Kith backup into one account in one transaction: an empty network, or, with force, in
// place of everything there. Ids are kept when free; the coach's aggregates are computed afresh.
import { summarizeTie } from '../core/coach/tie-summary.js';
import { AppError } from '../core/errors.js';
import { backupToStored, type BackupDocument, type BackupRow } from '../formats/backup.js';
import { checkBackup, type BackupCheck } from '../formats/backup-check.js';
import { parseBackupJson } from '../formats/backup-parse.js';
import { readBackupLines } from '../formats/backup-lines.js';
import { backupTables, idColumnOf, type BackupTableSpec } from '../formats/backup-tables.js';
import {
  clearTables,
  countPeopleRows,
  countTemplateRows,
  freeIdOffset,
  insertRows,
  readTimelines,
  syncIdGenerator,
  type StoredRow,
} from '../store/backup.repo.js';
import { insertPersonTags, tagRows } from '../store/person-tags.repo.js';
import type { PersonTieTable } from '../store/schema.js';
import { refreshStatistics } from '../store/statistics.js';
import { inTransaction, type Store } from '../store/store.js';
import { defaultTieSettings, insertTies, rowToSettings, tieToRow } from '../store/ties.repo.js';
import type { Deps } from './deps.js';

export interface RestoreInput {
  /** The parsed backup file; it is checked here, whatever the edge already did. */
  document: unknown;
  /** Replace a network that is not empty: everything in it goes, in the same transaction. */
  force?: boolean;
  /** Names the file in messages, such as "backup.json"; "The backup" when left out. */
  source?: string;
}

export interface RestoreResult {
  people: number;
  interactions: number;
  plans: number;
  /** People who were there before and were replaced (only with force). */
  replaced: number;
  /** False when the backup's ids were taken (another account on the same SQLite file) and all shifted. */
  idsKept: boolean;
}

/** Rows converted and written together. */
const copySlice = 5000;

/** Tables whose rows restore derives rather than copies, cleared with the rest. */
const derivedTables = ['person_tags'];

/** Each copied table's ids move by this much (0 when kept). */
type Shifts = Map<string, number>;

export async function restoreBackup(deps: Deps, input: RestoreInput): Promise<RestoreResult> {
  const document = checked(checkBackup(input.document, input.source ?? 'The backup'));
  const result = await inTransaction(deps.store, async (tx) => {
    const replaced = await countPeopleRows(tx, deps.accountId);
    const templates = await countTemplateRows(tx, deps.accountId);
    if ((replaced > 0 || templates > 0) && !input.force) throw notEmpty(replaced, templates);
    const clearOrder = [...backupTables].reverse().map((table) => table.name);
    clearOrder.splice(clearOrder.indexOf('people'), 0, ...derivedTables);
    await clearTables(tx, deps.accountId, clearOrder);
    const shifts = await idShifts(tx, deps.accountId, document);
    const restoring: Restoring = { store: tx, accountId: deps.accountId, document, shifts };
    for (const table of backupTables) {
      if (table.name !== 'person_ties') await copyTable(restoring, table);
    }
    await recomputeTies(restoring);
    return {
      people: rowsOf(document, 'people').length,
      interactions: rowsOf(document, 'interactions').length,
      plans: rowsOf(document, 'plan_actions').length,
      replaced,
      idsKept: [...shifts.values()].every((shift) => shift === 0),
    };
  });
  await refreshStatistics(deps.store);
  return result;
}

/**
 * The same, from a backup file read a line at a time: a file larger than the biggest string
 * JavaScript can hold (about 512 MB, some 90,000 people with 20 interactions each) still restores.
 */
export async function restoreBackupLines(
  deps: Deps,
  input: { lines: AsyncIterable<string>; source: string; force?: boolean },
): Promise<RestoreResult> {
  const parsed = await readBackupLines(input.lines, input.source);
  if (!parsed.ok) throw refusedAs(parsed);
  return restoreBackup(deps, { document: parsed.value, source: input.source, force: input.force });
}

/** The same, from the text of a backup file, as an upload brings it. */
export async function restoreBackupText(
  deps: Deps,
  input: { text: string; source: string; force?: boolean },
): Promise<RestoreResult> {
  const parsed = parseBackupJson(input.text, input.source);
  if (!parsed.ok) throw refusedAs(parsed);
  return restoreBackup(deps, { document: parsed.value, source: input.source, force: input.force });
}

function checked(check: BackupCheck): BackupDocument {
  if (check.ok) return check.document;
  throw refusedAs(check);
}

/** A file that is not a backup at all is an unsupported format; a damaged one is invalid input. */
function refusedAs(check: Extract<BackupCheck, { ok: false }>): AppError {
  const code = check.refusal === 'invalid' ? 'INVALID_INPUT' : 'UNSUPPORTED_FORMAT';
  return new AppError(code, check.message, { problems: check.problems });
}

function notEmpty(people: number, templates: number): AppError {
  const parts = [
    people > 0 ? `${people.toLocaleString('en-US')} ${people === 1 ? 'person' : 'people'}` : '',
    templates > 0
      ? `${templates.toLocaleString('en-US')} saved ${templates === 1 ? 'template' : 'templates'}`
      : '',
  ].filter(Boolean);
  const count = parts.join(' and ');
  return new AppError(
    'CONFLICT',
    `Your network already has ${count}, so nothing was restored. Restoring with force replaces all of them, and everything else in Kith, with the backup.`,
  );
}

function rowsOf(document: BackupDocument, table: BackupTableSpec | string): BackupRow[] {
  return document.tables[typeof table === 'string' ? table : table.name] ?? [];
}

/** Keeps each table's ids when they are free, else shifts them all past the highest one taken. */
async function idShifts(
  store: Store,
  accountId: string,
  document: BackupDocument,
): Promise<Shifts> {
  const shifts: Shifts = new Map();
  for (const table of backupTables) {
    const idColumn = idColumnOf(table);
    const rows = rowsOf(document, table);
    if (!idColumn || rows.length === 0) continue;
    let min = Infinity;
    let max = 0;
    for (const row of rows) {
      const id = row[idColumn] as number;
      if (id < min) min = id;
      if (id > max) max = id;
    }
    const shift = await freeIdOffset(
      store,
      accountId,
      { name: table.name, idColumn },
      { min, max },
    );
    shifts.set(table.name, shift);
  }
  return shifts;
}

/** What every step of one restore shares. */
interface Restoring {
  store: Store;
  accountId: string;
  document: BackupDocument;
  shifts: Shifts;
}

/** Writes one table's rows with the account, shifted ids and refs, and what the store derives. */
async function copyTable(restoring: Restoring, table: BackupTableSpec): Promise<void> {
  const { store, accountId } = restoring;
  const rows = rowsOf(restoring.document, table);
  const idColumn = idColumnOf(table);
  // A slice at a time, so two million interactions are never held twice, as read and as stored.
  for (let start = 0; start < rows.length; start += copySlice) {
    const stored = rows
      .slice(start, start + copySlice)
      .map((row) => storedRowOf(restoring, table, row));
    const columns = [
      'account_id',
      ...Object.keys(stored[0] ?? {}).filter((c) => c !== 'account_id'),
    ];
    await insertRows(
      store,
      { name: table.name, columns, hasIdentity: idColumn !== undefined },
      stored,
    );
    if (table.name === 'people') {
      const tags = stored.flatMap((row) =>
        tagRows(accountId, row.id as number, JSON.parse(row.tags as string) as string[]),
      );
      await insertPersonTags(store, tags);
    }
  }
  if (idColumn && rows.length > 0) await syncIdGenerator(store, { name: table.name, idColumn });
}

function storedRowOf(restoring: Restoring, table: BackupTableSpec, row: BackupRow): StoredRow {
  const stored: StoredRow = {
    account_id: restoring.accountId,
    ...backupToStored(table, row, restoring.document.schemaVersion),
  };
  for (const [name, column] of Object.entries(table.columns)) {
    const shift = restoring.shifts.get(column.kind === 'id' ? table.name : (column.ref ?? '')) ?? 0;
    const value = row[name];
    if (shift === 0 || value === null || value === undefined) continue;
    if (column.kind === 'id' || column.kind === 'ref') stored[name] = (value as number) + shift;
    if (column.kind === 'ref-list') {
      stored[name] = JSON.stringify((value as number[]).map((id) => id + shift));
    }
  }
  // The sort and match key, lower-cased as people.repo's personToRow writes it.
  if (table.name === 'people') stored.name_key = String(row.name).toLowerCase();
  return stored;
}

/**
 * Every person's aggregate from their restored timeline, with the settings the user made by hand
 * (tier, pin, cadence, hold) taken from the backup: the same sums a fresh log would keep.
 */
async function recomputeTies({ store, accountId, document, shifts }: Restoring): Promise<void> {
  const personShift = shifts.get('people') ?? 0;
  const settings = new Map(
    rowsOf(document, 'person_ties').map((row) => [
      (row.person_id as number) + personShift,
      rowToSettings(row as Parameters<typeof rowToSettings>[0]),
    ]),
  );
  const people = rowsOf(document, 'people');
  for (let start = 0; start < people.length; start += 1000) {
    const batch = people.slice(start, start + 1000).map((row) => ({
      id: (row.id as number) + personShift,
      createdAt: row.created_at as string,
      doNotContact: row.do_not_contact === true,
    }));
    const timelines = await readTimelines(
      store,
      accountId,
      batch.map((person) => person.id),
    );
    const ties: PersonTieTable[] = batch.map((person) =>
      tieToRow({
        accountId,
        person,
        summary: summarizeTie(timelines.get(person.id) ?? []),
        settings: settings.get(person.id) ?? defaultTieSettings,
      }),
    );
    await insertTies(store, ties);
  }
}
