// A full backup of one account: every table in backupTables, read from one snapshot and written
// as a stream of text, so a network of any size never has to sit in memory as one string.
import {
  backupKind,
  backupSchemaVersion,
  encodeBackup,
  storedToBackup,
  type BackupDocument,
  type BackupRow,
  type BackupTablePages,
} from '../formats/backup.js';
import { backupTables, idColumnOf, type BackupTableSpec } from '../formats/backup-tables.js';
import { inSnapshot, readTablePages } from '../store/backup.repo.js';
import type { Store } from '../store/store.js';
import { timestamp, userToday, type Deps } from './deps.js';

/** Where a stream of text goes: a file, standard output, an HTTP response. May wait (backpressure). */
export type Sink = (chunk: string) => void | Promise<void>;

/** What a written file holds, for the line that says it was saved. */
export interface FileSummary {
  people: number;
  /** Only a backup holds interactions. */
  interactions?: number;
}

/** A download ready to be written: what to call it and what it is, then the writing itself. */
export interface PreparedFile {
  fileName: string;
  contentType: string;
  write(sink: Sink): Promise<FileSummary>;
}

export const backupContentType = 'application/json; charset=utf-8';

/** The backup as a file to write: `kith-backup-2026-11-25.json`, dated by the user's own day. */
export async function prepareBackup(deps: Deps): Promise<PreparedFile> {
  const today = await userToday(deps);
  return {
    fileName: `kith-backup-${today}.json`,
    contentType: backupContentType,
    write: (sink) => writeBackup(deps, sink),
  };
}

/** Streams the whole backup to `sink`, one page of rows at a time, from one consistent snapshot. */
export async function writeBackup(deps: Deps, sink: Sink): Promise<FileSummary> {
  const createdAt = timestamp(deps);
  const counts = new Map<string, number>();
  await inSnapshot(deps.store, async (tx) => {
    for await (const chunk of encodeBackup(createdAt, tablePages(tx, deps.accountId, counts))) {
      await sink(chunk);
    }
  });
  return { people: counts.get('people') ?? 0, interactions: counts.get('interactions') ?? 0 };
}

/** The whole backup as one object: for tests and small accounts; large ones should stream. */
export async function backupAccount(deps: Deps): Promise<BackupDocument> {
  const document: BackupDocument = {
    kind: backupKind,
    schemaVersion: backupSchemaVersion,
    createdAt: timestamp(deps),
    tables: {},
  };
  await inSnapshot(deps.store, async (tx) => {
    for (const table of tablePages(tx, deps.accountId)) {
      const rows: BackupRow[] = [];
      for await (const page of table.pages) rows.push(...page);
      document.tables[table.name] = rows;
    }
  });
  return document;
}

/** Every table's pages in backupTables order; `counts` gathers how many rows each held. */
function* tablePages(
  store: Store,
  accountId: string,
  counts = new Map<string, number>(),
): Generator<BackupTablePages> {
  for (const table of backupTables) {
    yield { name: table.name, pages: filePages(store, accountId, table, counts) };
  }
}

async function* filePages(
  store: Store,
  accountId: string,
  table: BackupTableSpec,
  counts: Map<string, number>,
): AsyncGenerator<BackupRow[]> {
  const shape = {
    name: table.name,
    columns: Object.keys(table.columns),
    key: table.key,
    keyIsId: table.key.length === 1 && table.key[0] === idColumnOf(table),
  };
  for await (const page of readTablePages(store, accountId, shape)) {
    counts.set(table.name, (counts.get(table.name) ?? 0) + page.length);
    yield page.map((row) => storedToBackup(table, row));
  }
}
