// Turns anything a command throws into a few readable lines on stderr and an exit code; never a stack trace.
import { inspect } from 'node:util';
import { CommanderError } from 'commander';
import { isAppError, type AppError, type FieldProblem } from '../core/errors.js';
import { exitCodeByErrorCode, exitCodes } from './exit-codes.js';
import { ExitWith, reportExit } from './exit-with.js';
import type { Io } from './io.js';

/** The command line is wrong in a way commander cannot see, such as `rm` without `--yes`. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Service field names as the flags a CLI user typed them. */
const flagByField: Record<string, string> = {
  emails: '--email',
  phones: '--phone',
  company: '--company',
  title: '--title',
  location: '--location',
  linkedinUrl: '--linkedin',
  tags: '--tag',
  howWeMet: '--met',
  interests: '--interest',
  needs: '--needs',
  offers: '--offers',
  notes: '--notes',
  doNotContact: '--do-not-contact',
  personId: '--person',
  occurredOn: '--date',
  channel: '--channel',
  direction: '--direction',
  kind: '--kind',
  summary: '--summary',
  headline: '--headline',
  goal: '--goal',
  targetRoles: '--roles',
  targetCompanies: '--companies',
  targetIndustries: '--industries',
  weeklyMinutes: '--minutes',
  timeZone: '--time-zone',
  dormantYears: '--dormant-years',
  weeklyGoal: '--weekly-goal',
  limit: '--limit',
  offset: '--offset',
  query: 'query',
  port: '--port',
  people: '--people',
  seed: '--seed',
  region: '--region',
  dateOrder: '--date-order',
  maxMb: '--max-mb',
  reject: '--reject',
  merge: 'merge',
};

/** Prints what went wrong and returns the exit code for it. */
export function reportFailure(error: unknown, io: Io): number {
  if (error instanceof ExitWith) return reportExit(error, io);
  if (error instanceof CommanderError) return exitCodeForCommander(error);
  if (error instanceof UsageError) {
    io.stderr(`${error.message}\n`);
    return exitCodes.usage;
  }
  if (isAppError(error)) {
    io.stderr(`${describeAppError(error)}\n`);
    if (error.code === 'NOT_FOUND') {
      io.stderr('Look them up by any part of their name: kith people <words>\n');
    }
    if (io.env.KITH_DEBUG === '1' && error.cause !== undefined) {
      io.stderr(`${describeCause(error.cause)}\n`);
    }
    return exitCodeByErrorCode[error.code];
  }
  const message = error instanceof Error ? error.message : inspect(error);
  io.stderr(`Something went wrong: ${oneLine(message)}. Nothing was changed.\n`);
  if (io.env.KITH_DEBUG === '1') io.stderr(`${describeCause(error)}\n`);
  else io.stderr('Run again with KITH_DEBUG=1 to see the details.\n');
  return exitCodes.failure;
}

/** Commander has already printed its message through Io; only the exit code is left to decide. */
function exitCodeForCommander(error: CommanderError): number {
  if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') {
    return exitCodes.ok;
  }
  if (error.code === 'commander.help' && error.exitCode === 0) return exitCodes.ok;
  return exitCodes.usage;
}

export function describeAppError(error: AppError): string {
  if (error.code !== 'INVALID_INPUT' || error.problems.length === 0) return error.message;
  const lines = error.problems.map(describeProblem);
  if (lines.length === 1) return lines[0] ?? error.message;
  return [`${lines.length} things need attention:`, ...lines.map((line) => `  ${line}`)].join('\n');
}

function describeProblem(problem: FieldProblem): string {
  const [head = problem.field] = problem.field.split('.');
  return `${flagByField[head] ?? problem.field}: ${problem.message}`;
}

function describeCause(error: unknown): string {
  const parts: string[] = [];
  for (let current: unknown = error; current !== undefined;) {
    parts.push(current instanceof Error ? (current.stack ?? current.message) : inspect(current));
    current = current instanceof Error ? current.cause : undefined;
  }
  return parts.join('\nCaused by: ');
}

function oneLine(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.!]+$/, '');
}
