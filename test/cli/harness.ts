// Runs `kith` in-process against a temp SQLite home with a fixed clock, capturing output and exit code.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { run, type Io } from '../../src/cli/run.js';

export const fixedNow = new Date('2026-11-25T12:00:00Z');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface Cli {
  home: string;
  kith(...argv: string[]): Promise<CliResult>;
  /** Like `kith`, with extra Io fields such as stdin or a failing openStore. */
  kithWith(io: Partial<Io>, ...argv: string[]): Promise<CliResult>;
  cleanup(): void;
}

export function createCli(): Cli {
  const home = mkdtempSync(join(tmpdir(), 'kith-cli-'));
  const kithWith = async (extra: Partial<Io>, ...argv: string[]): Promise<CliResult> => {
    let stdout = '';
    let stderr = '';
    const io: Io = {
      stdout: (text) => void (stdout += text),
      stderr: (text) => void (stderr += text),
      env: { KITH_HOME: home },
      now: () => fixedNow,
      ...extra,
    };
    const code = await run(argv, io);
    // Every run in every test checks this: a stack trace is only ever shown on request.
    if (io.env.KITH_DEBUG !== '1')
      expect(stdout + stderr, 'a stack trace reached the user').not.toContain(stackLine);
    return { code, stdout, stderr };
  };
  return {
    home,
    kith: (...argv) => kithWith({}, ...argv),
    kithWith,
    cleanup: () => rmSync(home, { recursive: true, force: true }),
  };
}

/** A stack trace line, which must never reach a user. */
export const stackLine = '    at ';
