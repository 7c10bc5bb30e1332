// The documented exit codes of `kith`, and the one exhaustive table from AppError codes to them.
import type { ErrorCode } from '../core/errors.js';

export const exitCodes = {
  /** Done. */
  ok: 0,
  /** Something unexpected went wrong; the message says what. */
  failure: 1,
  /** The command line itself is wrong: an unknown flag, a missing argument, a missing --yes. */
  usage: 2,
  /** The person (or other thing) asked for does not exist. */
  notFound: 3,
  /** A value is not acceptable: a bad email, an impossible date, an empty name. */
  invalidInput: 4,
  /** The request clashes with what is stored: an ambiguous name, a demo over real data. */
  conflict: 5,
  /** The database cannot be reached or opened, or `serve` cannot listen on its port. */
  unavailable: 6,
  /** A file is not in a format Kith reads. */
  unsupportedFormat: 7,
  /** Not signed in, or not allowed. */
  notAllowed: 8,
} as const;

/** A new error code that nobody mapped fails to compile here. */
export const exitCodeByErrorCode: Record<ErrorCode, number> = {
  NOT_FOUND: exitCodes.notFound,
  INVALID_INPUT: exitCodes.invalidInput,
  CONFLICT: exitCodes.conflict,
  UNAVAILABLE: exitCodes.unavailable,
  UNSUPPORTED_FORMAT: exitCodes.unsupportedFormat,
  UNAUTHORIZED: exitCodes.notAllowed,
  FORBIDDEN: exitCodes.notAllowed,
};

/** The table as it appears at the end of `kith --help`. */
export const exitCodeHelp = `Exit codes:
  0  done
  1  something unexpected went wrong
  2  usage: an unknown flag, a missing argument, or --yes needed
  3  not found
  4  invalid input (the message names the field)
  5  conflict (for example, a name that matches several people)
  6  unavailable: the database cannot be reached, or the port is taken
  7  unsupported file format
  8  not signed in or not allowed`;
