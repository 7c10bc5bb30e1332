// `kith import <file|zip>...`: brings LinkedIn, Google, Outlook and vCard files in, showing the preview first.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { AppError } from '../../core/errors.js';
import type { ImportProgress } from '../../services/import-records.js';
import { exitCodes } from '../exit-codes.js';
import { ExitWith } from '../exit-with.js';
import { printJson, printLines, type Io } from '../io.js';
import { renderImportDone, renderImportPreview, renderProgressBar } from '../render-import.js';
import type { Session } from '../session.js';
import { parseWholeNumber } from '../whole-number.js';

interface ImportFlags {
  dryRun?: boolean;
  me?: string;
  maxMb: string;
  json?: boolean;
}

export function registerImport(program: Command, session: Session): void {
  program
    .command('import')
    .description(
      'bring people in from LinkedIn, Google, Outlook or vCard files, without duplicates',
    )
    .argument(
      '<files...>',
      'the files as downloaded: a LinkedIn export .zip, .csv files, .vcf files',
    )
    .option('--dry-run', 'only show what would happen; import nothing')
    .option(
      '--me <who>',
      'your name or LinkedIn profile address, to tell your messages from theirs',
    )
    .option('--max-mb <n>', 'the largest file accepted, in megabytes', '50')
    .option('--json', 'print the report as JSON')
    .addHelpText(
      'after',
      `
Kith reads each file by its content: LinkedIn's data export (the .zip as downloaded, or its
Connections.csv, messages.csv and Invitations.csv), Google Contacts and Outlook CSV, and vCard.
It shows a preview first, then imports everything in one go: if anything fails, nothing changes.
Importing the same file again adds nothing.

Duplicates: the same email, phone or LinkedIn profile is the same person, merged on its own.
Similar names at the same company go to a review list (kith duplicates); a name alone never merges.

Examples:
  kith import ~/Downloads/Basic_LinkedInDataExport_12-01-2026.zip --dry-run
  kith import Connections.csv messages.csv --me "Sam Rivera"
  kith import contacts.vcf google.csv
  kith import export.zip --json`,
    )
    .action(async (paths: string[], flags: ImportFlags) => {
      const io = session.io;
      const maxBytes = parseWholeNumber(flags.maxMb, 'maxMb', '50') * 1_048_576;
      const files = await Promise.all(paths.map((path) => readImportFile(path)));
      const kith = session.operations();
      const options = { files, me: flags.me, maxBytes };
      const preview = await withProgress(io, (onProgress) =>
        kith.importFiles({ ...options, dryRun: true, onProgress }),
      );
      if (flags.dryRun) {
        if (flags.json) return printJson(io, preview);
        return printLines(io, [
          ...renderImportPreview(preview),
          '',
          'Nothing was imported (--dry-run). Run the same command without --dry-run to import.',
        ]);
      }
      if (!flags.json) printLines(io, [...renderImportPreview(preview), '']);
      const report = await withProgress(io, (onProgress) =>
        kith.importFiles({ ...options, onProgress }),
      );
      if (flags.json) return printJson(io, report);
      printLines(io, renderImportDone(report));
    });
}

async function readImportFile(path: string): Promise<{ name: string; bytes: Uint8Array }> {
  try {
    return { name: basename(path), bytes: await readFile(path) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new ExitWith(
        exitCodes.notFound,
        `There is no file called "${path}". Check the name and the folder.`,
      );
    }
    if (code === 'EISDIR') {
      throw new AppError(
        'INVALID_INPUT',
        `"${path}" is a folder; give the files in it, such as "${path}/Connections.csv".`,
      );
    }
    if (code === 'EACCES' || code === 'EPERM') {
      throw new AppError('FORBIDDEN', `Kith is not allowed to read "${path}".`);
    }
    throw error;
  }
}

/** Runs `work` with a progress bar redrawn on stderr when it is a terminal, and cleared at the end. */
async function withProgress<T>(
  io: Io,
  work: (onProgress?: (progress: ImportProgress) => void) => Promise<T>,
): Promise<T> {
  if (!io.stderrIsTty) return work();
  let drawn = false;
  try {
    return await work((progress) => {
      io.stderr(`\r${renderProgressBar(progress)}\u001b[K`);
      drawn = true;
    });
  } finally {
    if (drawn) io.stderr('\r\u001b[K');
  }
}
