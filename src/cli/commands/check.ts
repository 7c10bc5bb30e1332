// `kith check [file|-]`: checks a message's tone before it is sent and coaches on what to change.
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { AppError } from '../../core/errors.js';
import { goals } from '../../core/profile.js';
import { draftIntents } from '../../core/words/drafts.js';
import { toneIntentFor } from '../../core/words/sent.js';
import { relationshipStages } from '../../core/words/stages.js';
import { exitCodes } from '../exit-codes.js';
import { ExitWith } from '../exit-with.js';
import { UsageError } from '../failure.js';
import { printJson, printLines, type Io } from '../io.js';
import { renderToneReport } from '../render-words.js';
import type { Session } from '../session.js';
import { parseChoice } from '../words-flags.js';

interface CheckFlags {
  intent?: string;
  stage?: string;
  to?: string;
  goal?: string;
  json?: boolean;
  strict?: boolean;
}

/** Draft intents, plus the tone check's own names for the first-contact and follow-up families. */
const checkIntents = [...draftIntents, 'first-contact', 'follow-up'] as const;

export function registerCheck(program: Command, session: Session): void {
  program
    .command('check')
    .description('check the tone of a message before you send it')
    .argument('[file]', 'a text file with the message; - or a pipe reads it from stdin')
    .option('--intent <intent>', 'what it is for, as in kith draft --help, such as ask-advice')
    .option('--stage <stage>', `how well you know them: ${relationshipStages.join(', ')}`)
    .option('--to <name>', 'their name, so Kith can tell whether the note is personal')
    .option('--goal <goal>', `what you are working toward: ${goals.join(', ')}`)
    .option('--strict', 'exit 1 while a high-severity finding remains (for scripts and hooks)')
    .option('--json', 'print the tone report as JSON')
    .addHelpText(
      'after',
      `
Each finding reads: line:col  severity  category  "excerpt", then why it matters and a rewrite.

Examples:
  kith check message.txt
  kith check message.txt --intent ask-advice --stage stranger --to "Ana Lopez"
  pbpaste | kith check --intent follow-up
  kith check - --strict < message.txt`,
    )
    .action(async (file: string | undefined, flags: CheckFlags) => {
      const { checkMessage } = await import('../../services/check-message.js');
      const context = {
        intent:
          flags.intent === undefined
            ? undefined
            : toneIntentOf(parseChoice(flags.intent, '--intent', checkIntents)),
        stage:
          flags.stage === undefined
            ? undefined
            : parseChoice(flags.stage, '--stage', relationshipStages),
        recipientName: flags.to?.trim() || undefined,
        goal: flags.goal === undefined ? undefined : parseChoice(flags.goal, '--goal', goals),
      };
      const { text, source } = await readMessage(session.io, file);
      if (text.trim() === '') {
        throw new AppError(
          'INVALID_INPUT',
          `There is nothing to check: ${source} is empty. Write the message first, then check it.`,
        );
      }
      const report = checkMessage({ text, context });
      if (flags.json) printJson(session.io, report);
      else printLines(session.io, renderToneReport(text, report));
      const high = report.findings.filter((finding) => finding.severity === 'high').length;
      if (flags.strict && high > 0) {
        throw new ExitWith(
          exitCodes.failure,
          `--strict: ${high} high-severity ${high === 1 ? 'finding' : 'findings'} to fix before sending.`,
        );
      }
    });
}

function toneIntentOf(intent: (typeof checkIntents)[number]): string {
  return intent === 'first-contact' || intent === 'follow-up' ? intent : toneIntentFor(intent);
}

async function readMessage(
  io: Io,
  file: string | undefined,
): Promise<{ text: string; source: string }> {
  if (file === undefined || file === '-') {
    // With no file, a terminal on stdin means nobody is piping anything: say how, rather than wait.
    // Io has no TTY flag, so only the real process (whose Io shares process.env) is asked.
    const terminal = io.env === process.env && process.stdin.isTTY === true;
    if (!io.stdin || (file === undefined && terminal))
      throw new UsageError(
        'Give the message to check: kith check message.txt, or pipe it in: pbpaste | kith check',
      );
    return { text: await io.stdin(), source: 'the text on standard input' };
  }
  try {
    return { text: await readFile(file, 'utf8'), source: `"${file}"` };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new ExitWith(
        exitCodes.notFound,
        `There is no file called "${file}". Check the name, or pipe the message in: pbpaste | kith check`,
      );
    }
    if (code === 'EISDIR') {
      throw new AppError(
        'INVALID_INPUT',
        `"${file}" is a folder; give the path of a text file with the message.`,
      );
    }
    if (code === 'EACCES' || code === 'EPERM') {
      throw new AppError('FORBIDDEN', `Kith is not allowed to read "${file}".`);
    }
    throw error;
  }
}
