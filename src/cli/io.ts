// How the CLI meets the world: every byte out, the environment, the clock and the store come through Io.
import type { OpenStore } from '../store/open.js';

export interface Io {
  stdout(text: string): void;
  /**
   * Writes one piece of a long output (a backup, an export) and resolves when the pipe or terminal
   * can take more, so a large file never piles up in memory; without it, `stdout` is used.
   */
  stdoutPiece?: (text: string) => Promise<void>;
  stderr(text: string): void;
  env: NodeJS.ProcessEnv;
  now(): Date;
  /** Reads all of standard input, for `kith log -`. */
  stdin?: () => Promise<string>;
  /** Opens the store; defaults to `openFromEnv` (KITH_HOME, XDG data folder or DATABASE_URL). */
  openStore?: (env: NodeJS.ProcessEnv) => Promise<OpenStore>;
  /** Resolves when a long-running command such as `serve` should stop; defaults to SIGINT/SIGTERM. */
  untilStopped?: () => Promise<void>;
  /** True when stderr is a terminal: progress bars are drawn only there. */
  stderrIsTty?: boolean;
}

/** Writes each line followed by a newline. */
export function printLines(io: Io, lines: string[]): void {
  io.stdout(lines.map((line) => `${line}\n`).join(''));
}

/** Writes `value` as indented JSON: the stable, machine-readable form behind every `--json`. */
export function printJson(io: Io, value: unknown): void {
  io.stdout(`${JSON.stringify(value, null, 2)}\n`);
}
