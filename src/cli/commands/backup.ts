// `kith backup` and `kith restore`: everything in Kith as one JSON file, and back again.
import { open, stat, type FileHandle } from 'node:fs/promises';
import type { Command } from 'commander';
import { AppError, isAppError } from '../../core/errors.js';
import { exitCodes } from '../exit-codes.js';
import { ExitWith } from '../exit-with.js';
import { printJson, printLines } from '../io.js';
import { formatBytes, writeOutput } from '../output-file.js';
import type { Session } from '../session.js';
import { formatCount } from '../whole-number.js';

export function registerBackup(program: Command, session: Session): void {
  program
    .command('backup')
    .description('save everything in Kith to one JSON file: people, timelines, profile, plans')
    .argument('[file]', 'the file to write (default: standard output)')
    .addHelpText(
      'after',
      `
The backup holds your people, every interaction, your profile and offers, your plans, and the
tiers, cadences and snoozes you set. Bring it back with kith restore.

Examples:
  kith backup kith-backup.json
  kith backup > kith-backup.json
  kith backup | gzip > kith-backup.json.gz`,
    )
    .action(async (file: string | undefined) => {
      const kith = session.operations();
      const prepared = await kith.prepareBackup();
      const written = await writeOutput(session.io, file, (sink) => prepared.write(sink));
      if (file === undefined) return;
      if (written.result === null) {
        return printLines(session.io, [
          `Saved a backup of your Kith on ${kith.server ?? 'this computer'} to ${file} (${formatBytes(written.bytes)}).`,
        ]);
      }
      const { people, interactions = 0 } = written.result;
      printLines(session.io, [
        `Saved a backup of ${formatCount(people)} ${people === 1 ? 'person' : 'people'} and ${formatCount(interactions)} ${interactions === 1 ? 'interaction' : 'interactions'} to ${file} (${formatBytes(written.bytes)}).`,
      ]);
    });
}

export function registerRestore(program: Command, session: Session): void {
  program
    .command('restore')
    .description('load a backup made by kith backup into an empty network')
    .argument('<file>', 'the backup file')
    .option('--force', 'replace everything already in Kith with the backup')
    .option('--json', 'print what was restored as JSON')
    .addHelpText(
      'after',
      `
Restoring fills an empty network. If yours already has people, Kith stops and says how many;
--force replaces all of it with the backup, in one step that either completes or changes nothing.

Examples:
  kith restore kith-backup.json
  kith restore kith-backup.json --force
  KITH_HOME=/tmp/kith-check kith restore kith-backup.json      try a backup out on the side`,
    )
    .action(async (file: string, flags: { force?: boolean; json?: boolean }) => {
      const { restoreBackupLines } = await import('../../services/restore.js');
      // The database first: with KITH_URL set, that is where restore says it runs here only.
      const deps = await session.deps();
      const backup = await openBackupFile(file);
      const result = await restoreBackupLines(deps, {
        lines: backup.readLines({ encoding: 'utf8' }),
        source: `"${file}"`,
        force: flags.force === true,
      })
        .catch((error: unknown) => {
          throw explainRefusal(error, file);
        })
        .finally(() => backup.close());
      if (flags.json) return printJson(session.io, result);
      const plans = result.plans > 0 ? ` and ${formatCount(result.plans)} plan actions` : '';
      printLines(session.io, [
        `Restored ${formatCount(result.people)} ${result.people === 1 ? 'person' : 'people'}, ${formatCount(result.interactions)} interactions${plans} from ${file}.`,
        ...(result.replaced > 0
          ? [`They replace the ${formatCount(result.replaced)} people who were there before.`]
          : []),
        ...(result.idsKept ? [] : ['Their ids changed, since other data here was using them.']),
        'See the day’s plan with kith today.',
      ]);
    });
}

/** The backup file, opened for reading a line at a time, or a message that names it. */
async function openBackupFile(file: string): Promise<FileHandle> {
  try {
    if ((await stat(file)).isDirectory()) {
      throw new AppError('INVALID_INPUT', `"${file}" is a folder; give the path of a backup file.`);
    }
    return await open(file, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new ExitWith(
        exitCodes.notFound,
        `There is no file called "${file}". Check the name; kith backup FILE makes one.`,
      );
    }
    if (code === 'EACCES' || code === 'EPERM') {
      throw new AppError('FORBIDDEN', `Kith is not allowed to read "${file}".`);
    }
    throw error;
  }
}

/**
 * A network that is not empty: say the one command that replaces it. A damaged file: name it,
 * then list each bad field by its path in the file.
 */
function explainRefusal(error: unknown, file: string): unknown {
  if (!isAppError(error)) return error;
  if (error.code === 'CONFLICT') {
    return new AppError(
      'CONFLICT',
      `${error.message}\nTo replace everything with the backup: kith restore ${quoteArg(file)} --force`,
      { cause: error.cause },
    );
  }
  if (error.code === 'INVALID_INPUT' && error.problems.length > 0) {
    const [summary = error.message] = error.message.split(': ');
    const lines = error.problems.map((problem) => `  ${problem.field}: ${problem.message}`);
    return new ExitWith(exitCodes.invalidInput, [`${summary}:`, ...lines].join('\n'));
  }
  return error;
}

function quoteArg(text: string): string {
  return /^[\w./@:-]+$/.test(text) ? text : `"${text.replace(/"/g, '\\"')}"`;
}
