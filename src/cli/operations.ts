// What the commands that also work against a Kith server ask for, and its local form: the services.
// `remote-operations.ts` is the other form, the same questions asked of the HTTP API.
import type { z } from 'zod';
import type { Person } from '../core/person.js';
import type { FileSummary, PreparedFile } from '../services/backup.js';
import type { DraftResult, draftRequestSchema } from '../services/draft-for-person.js';
import type { ExportInput } from '../services/export.js';
import type { ImportFilesInput } from '../services/import-files.js';
import type { ImportReport } from '../services/import-records.js';
import type { LogLineInput, LogLineOutcome } from '../services/log-line.js';
import type { MarkInput, MarkResult } from '../services/plan-action.js';
import type { PersonPage } from '../services/show-person.js';
import type { TodayInput, TodayView } from '../services/today.js';
import type { PeoplePage } from '../store/people-search.repo.js';
import type { Session } from './session.js';

/** A file to write; a server's download does not say how many people it held. */
export interface FileToWrite {
  write: (sink: (chunk: string) => Promise<void> | void) => Promise<FileSummary | null>;
}

export interface Operations {
  /** The server's address when the commands run against one; null on the local database. */
  server: string | null;
  findPeople(input: { query?: string; limit: number; offset: number }): Promise<PeoplePage>;
  /** The one person a name or an id means ("Ana", "12"), or a NOT_FOUND / CONFLICT that says why. */
  resolvePerson(ref: string): Promise<Person>;
  showPerson(id: number): Promise<PersonPage>;
  /** Today where the user is, for dates shown as "3 days ago". */
  userToday(): Promise<string>;
  /** Checked by the service (or the server): unknown fields and bad values come back as problems. */
  addPerson(input: Record<string, unknown>, options: { allowDuplicate?: boolean }): Promise<Person>;
  findSamePeople(input: { name: string; company?: string }): Promise<Person[]>;
  logLine(input: LogLineInput): Promise<LogLineOutcome>;
  getToday(input: TodayInput): Promise<TodayView>;
  /** Marks one action of today's plan done (logging the contact), skipped or snoozed. */
  markPlanAction(input: MarkInput): Promise<MarkResult>;
  draftForPerson(input: z.input<typeof draftRequestSchema>): Promise<DraftResult>;
  prepareExport(input: ExportInput): Promise<FileToWrite>;
  prepareBackup(): Promise<FileToWrite>;
  /** Reads the files and imports them (or, with dryRun, only says what that would do). */
  importFiles(input: ImportFilesInput): Promise<ImportReport>;
}

/** The commands' questions answered by the services on the local database. */
export function localOperations(session: Session): Operations {
  const deps = () => session.deps();
  return {
    server: null,
    findPeople: async (input) =>
      (await import('../services/find-people.js')).findPeople(await deps(), input),
    resolvePerson: async (ref) =>
      (await import('../services/resolve-person.js')).resolvePerson(await deps(), { ref }),
    showPerson: async (id) =>
      (await import('../services/show-person.js')).showPerson(await deps(), { id }),
    userToday: async () => (await import('../services/deps.js')).userToday(await deps()),
    addPerson: async (input, options) =>
      (await import('../services/add-person.js')).addPerson(await deps(), input, options),
    findSamePeople: async (input) =>
      (await import('../services/same-people.js')).findSamePeople(await deps(), input),
    logLine: async (input) =>
      (await import('../services/log-line.js')).logLine(await deps(), input),
    getToday: async (input) => (await import('../services/today.js')).getToday(await deps(), input),
    markPlanAction: async (input) =>
      (await import('../services/plan-action.js')).markPlanAction(await deps(), input),
    draftForPerson: async (input) =>
      (await import('../services/draft-for-person.js')).draftForPerson(await deps(), input),
    prepareExport: async (input) =>
      fileOf((await import('../services/export.js')).prepareExport(await deps(), input)),
    prepareBackup: async () =>
      fileOf((await import('../services/backup.js')).prepareBackup(await deps())),
    importFiles: async (input) =>
      (await import('../services/import-files.js')).importFiles(await deps(), input),
  };
}

async function fileOf(preparing: Promise<PreparedFile>): Promise<FileToWrite> {
  const prepared = await preparing;
  return { write: (sink) => prepared.write(async (chunk) => sink(chunk)) };
}
