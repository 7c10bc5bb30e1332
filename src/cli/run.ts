// Builds the `kith` program for one run, parses argv, and turns every outcome into an exit code.
import { createRequire } from 'node:module';
import { Command } from 'commander';
import { registerAccounts } from './commands/accounts.js';
import { registerAdd } from './commands/add.js';
import { registerBackup, registerRestore } from './commands/backup.js';
import { registerBrand } from './commands/brand.js';
import { registerCalendar } from './commands/calendar.js';
import { registerCheck } from './commands/check.js';
import { registerDemo } from './commands/demo.js';
import { registerDraft } from './commands/draft.js';
import { registerDuplicates, registerMerge, registerUnmerge } from './commands/duplicates.js';
import { registerEdit } from './commands/edit.js';
import { registerExport } from './commands/export.js';
import { registerImport } from './commands/import.js';
import { registerInit } from './commands/init.js';
import { registerCadence, registerTier } from './commands/keep-in-touch.js';
import { registerLog } from './commands/log.js';
import { registerDone, registerSkip, registerSnooze } from './commands/mark.js';
import { registerPeople } from './commands/people.js';
import { registerProfile } from './commands/profile.js';
import { registerQuestions } from './commands/questions.js';
import { registerTemplates } from './commands/templates.js';
import { registerRm } from './commands/rm.js';
import { registerSent } from './commands/sent.js';
import { registerServe } from './commands/serve.js';
import { registerShow } from './commands/show.js';
import { registerStats } from './commands/stats.js';
import { registerToday } from './commands/today.js';
import { exitCodeHelp, exitCodes } from './exit-codes.js';
import { reportFailure } from './failure.js';
import type { Io } from './io.js';
import { createSession, type Session } from './session.js';

export type { Io } from './io.js';

/** Runs `kith` with `argv` (without node and the script); returns the exit code and never exits. */
export async function run(argv: string[], io: Io): Promise<number> {
  const session = createSession(io);
  let code: number = exitCodes.ok;
  try {
    const program = buildProgram(session);
    if (argv.length === 0) program.outputHelp();
    else await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    code = reportFailure(error, io);
  }
  try {
    await session.close();
  } catch (error) {
    // The command's own outcome matters more; a close failure only speaks when all else went well.
    if (code === exitCodes.ok) code = reportFailure(error, io);
  }
  return code;
}

function buildProgram(session: Session): Command {
  const io = session.io;
  // exitOverride and configureOutput come first: subcommands copy them when they are created.
  const program = new Command('kith')
    .description(
      'Kith, your networking coach: who to reach out to, what to say, and what to offer first.',
    )
    .version(readVersion(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help for a command')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout(text),
      writeErr: (text) => io.stderr(text),
      outputError: (text, write) => write(text),
    })
    .showHelpAfterError('See the commands and examples: kith --help')
    .showSuggestionAfterError(true)
    .hook('preAction', (_program, action) => {
      const names: string[] = [];
      for (let c: Command | null = action; c?.parent; c = c.parent) names.unshift(c.name());
      session.command = names.join(' ');
    });
  for (const register of [
    registerInit,
    registerToday,
    registerDone,
    registerSkip,
    registerSnooze,
    registerAdd,
    registerLog,
    registerPeople,
    registerShow,
    registerEdit,
    registerRm,
    registerProfile,
    registerTier,
    registerCadence,
    registerStats,
    registerDraft,
    registerCheck,
    registerSent,
    registerQuestions,
    registerTemplates,
    registerBrand,
    registerDemo,
    registerServe,
    registerAccounts,
    registerCalendar,
    registerExport,
    registerBackup,
    registerRestore,
    registerImport,
    registerDuplicates,
    registerMerge,
    registerUnmerge,
  ]) {
    register(program, session);
  }
  for (const command of program.commands) {
    command.showHelpAfterError(`See its options and examples: kith ${command.name()} --help`);
  }
  return program.addHelpText(
    'after',
    `
Examples:
  kith init
  kith today
  kith done 1
  kith snooze 2 3
  kith add "Ana Lopez" --company Acme --title "Product Manager"
  kith log "coffee with Ana Lopez about data roles yesterday"
  kith people data
  kith show "Ana Lopez"
  kith draft "Ana Lopez" --intent ask-advice
  kith check message.txt
  kith sent "Ana Lopez" --intent ask-advice
  kith tier "Ana Lopez" 2
  kith cadence "Ana Lopez" 28
  kith stats
  kith import ~/Downloads/Basic_LinkedInDataExport.zip --dry-run
  kith duplicates
  kith export --out people.csv
  kith backup kith-backup.json

Your data lives in $KITH_HOME, or ~/.local/share/kith; DATABASE_URL=postgres://… uses PostgreSQL.
With KITH_URL and KITH_TOKEN (from the server's Account page), people, show, add, log, today, done,
skip, snooze, draft, import, export and backup work on your account on a Kith server.
Add --json to any command that prints a result to get JSON instead. KITH_DEBUG=1 shows error details.

${exitCodeHelp}`,
  );
}

function readVersion(): string {
  // package.json sits two folders up from both src/cli and dist/cli, outside tsc's rootDir.
  const manifest = createRequire(import.meta.url)('../../package.json') as { version?: string };
  return manifest.version ?? '0.0.0';
}
