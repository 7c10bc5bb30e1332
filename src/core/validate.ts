// Turns zod parsing into AppError INVALID_INPUT with one readable problem per field.
import type { z } from 'zod';
import { invalidInput, type FieldProblem } from './errors.js';

export function problemsFromZod(error: z.ZodError): FieldProblem[] {
  return error.issues.map((issue) => ({
    field: issue.path.length > 0 ? issue.path.join('.') : 'input',
    message: issue.message,
  }));
}

/** Parses `input` with `schema`, throwing INVALID_INPUT that names each bad field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw invalidInput(problemsFromZod(result.error));
  return result.data;
}
