// The one error type every layer throws: a closed set of codes that each edge maps exhaustively.

export const errorCodes = [
  'NOT_FOUND',
  'CONFLICT',
  'INVALID_INPUT',
  'UNSUPPORTED_FORMAT',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'UNAVAILABLE',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

/** One problem with one field of the input: which field, and what is expected there. */
export interface FieldProblem {
  field: string;
  message: string;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly problems: FieldProblem[];

  constructor(
    code: ErrorCode,
    message: string,
    options: { problems?: FieldProblem[]; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.problems = options.problems ?? [];
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

export function notFound(what: string): AppError {
  return new AppError('NOT_FOUND', `${what} was not found.`);
}

export function invalidInput(problems: FieldProblem[]): AppError {
  const message =
    problems.length === 1 && problems[0]
      ? `${problems[0].field}: ${problems[0].message}`
      : `${problems.length} fields need attention: ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`;
  return new AppError('INVALID_INPUT', message, { problems });
}
