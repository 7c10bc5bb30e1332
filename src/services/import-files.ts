// Imports files as the user has them (a LinkedIn zip, CSVs, vCards): read by content, then brought in whole or not at all.
import { createHash } from 'node:crypto';
import { AppError } from '../core/errors.js';
import { defaultMaxBytes, readImport } from '../formats/read-import.js';
import type { Deps } from './deps.js';
import { importRecords, type ImportProgress, type ImportReport } from './import-records.js';

export { defaultMaxBytes };
export type { ImportProgress, ImportReport };

export interface ImportFilesInput {
  files: ReadonlyArray<{ name: string; bytes: Uint8Array }>;
  /** Only work out what would happen: the same counts and problems, nothing written. */
  dryRun?: boolean;
  /** The user's name or LinkedIn profile address, for telling who sent each message. */
  me?: string;
  /** The largest file accepted (and the largest file unpacked from a zip); 50 MB by default. */
  maxBytes?: number;
  onProgress?: (progress: ImportProgress) => void;
}

/**
 * Reads every file and imports what they hold. A file Kith does not read is a problem in the
 * report and the others still import; when no file at all could be read, nothing is imported and
 * the answer says what each file looks like and which formats Kith reads.
 */
export async function importFiles(deps: Deps, input: ImportFilesInput): Promise<ImportReport> {
  if (input.files.length === 0) {
    throw new AppError('INVALID_INPUT', 'files: give at least one file to import.', {
      problems: [{ field: 'files', message: 'give at least one file to import' }],
    });
  }
  const parsed = readImport(distinct(input.files), { maxBytes: input.maxBytes ?? defaultMaxBytes });
  const records = parsed.contacts.length + parsed.messages.length + parsed.invitations.length;
  if (records === 0 && parsed.files.every((file) => file.format === null)) {
    const problems = parsed.problems.map((p) => ({ field: p.file, message: p.message }));
    throw new AppError(
      'UNSUPPORTED_FORMAT',
      problems.map((p) => `${p.field}: ${p.message}`).join('\n') || 'There was nothing to import.',
      { problems },
    );
  }
  return importRecords(deps, {
    parsed,
    dryRun: input.dryRun,
    me: input.me,
    onProgress: input.onProgress,
  });
}

/** The same file given twice (the same bytes under the same name) is read once. */
function distinct(
  files: ReadonlyArray<{ name: string; bytes: Uint8Array }>,
): Array<{ name: string; bytes: Uint8Array }> {
  const seen = new Set<string>();
  return files.filter((file) => {
    const key = `${file.name}\u0000${createHash('sha256').update(file.bytes).digest('hex')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
