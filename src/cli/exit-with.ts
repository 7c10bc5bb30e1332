// An outcome that is not a failure to report: the command has said its piece and only an exit code is left.
import type { Io } from './io.js';

/** Thrown by a command to end with `code`, printing `message` (if any) on stderr as it is. */
export class ExitWith extends Error {
  readonly code: number;

  constructor(code: number, message = '') {
    super(message);
    this.name = 'ExitWith';
    this.code = code;
  }
}

/** Prints the message of an ExitWith and returns its code. */
export function reportExit(exit: ExitWith, io: Io): number {
  if (exit.message !== '') io.stderr(`${exit.message}\n`);
  return exit.code;
}
