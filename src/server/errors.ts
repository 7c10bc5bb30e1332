// Maps every failure to an RFC 9457 problem body; unknown errors get a safe message and a log line.
import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { isAppError, type ErrorCode, type FieldProblem } from '../core/errors.js';

/** One status per error code; a new code nobody mapped fails to compile. */
export const statusByCode: Record<ErrorCode, number> = {
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID_INPUT: 422,
  UNSUPPORTED_FORMAT: 415,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  UNAVAILABLE: 503,
};

const titles: Record<number, string> = {
  400: 'The request is not in the expected shape',
  401: 'Please sign in',
  403: 'Not allowed',
  404: 'Not found',
  409: 'Conflict',
  415: 'Unsupported format',
  422: 'Some fields need attention',
  429: 'Too many requests',
  500: 'Something went wrong',
  503: 'Temporarily unavailable',
};

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  problems?: FieldProblem[];
}

export function problem(
  status: number,
  code: string,
  detail: string,
  problems?: FieldProblem[],
): Problem {
  return {
    type: 'about:blank',
    title: titles[status] ?? 'Error',
    status,
    detail,
    code,
    ...(problems?.length ? { problems } : {}),
  };
}

export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    let body: Problem;
    if (isAppError(error)) {
      body = problem(statusByCode[error.code], error.code, error.message, error.problems);
    } else if (hasZodFastifySchemaValidationErrors(error)) {
      const problems = error.validation.map((issue) => ({
        field:
          [error.validationContext, ...issue.instancePath.split('/').filter(Boolean)]
            .filter((part) => part && part !== 'body')
            .join('.') || 'body',
        message: issue.message ?? 'is not valid',
      }));
      const detail = problems.map((p) => `${p.field}: ${p.message}`).join('; ');
      body = problem(400, 'INVALID_INPUT', detail, problems);
    } else if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      // Fastify's own client errors (malformed JSON, body too large) and the rate limiter's 429
      // (rate-limits.ts, with Retry-After already set): their messages are safe to show.
      const code = error.statusCode === 429 ? 'RATE_LIMITED' : 'INVALID_INPUT';
      body = problem(error.statusCode, code, error.message);
    } else {
      request.log.error({ err: error }, 'unexpected error');
      body = problem(
        500,
        'INTERNAL',
        'Something went wrong on our side and nothing was changed. Please try again.',
      );
    }
    // Busy (no database connection in time): worth trying again shortly.
    if (body.status === 503) void reply.header('retry-after', '5');
    return reply.status(body.status).type('application/problem+json').send(body);
  });
  app.setNotFoundHandler((request, reply) =>
    reply
      .status(404)
      .type('application/problem+json')
      .send(
        problem(
          404,
          'NOT_FOUND',
          `There is no ${request.method} ${request.url.split('?')[0]} here.`,
        ),
      ),
  );
}

/**
 * Fastify's own answer to an address it cannot route (a `%` that starts no escape, a path
 * segment over its length limit) is plain JSON; this one is a problem like every other refusal.
 * Both are the request's shape, so both are 400s.
 */
export function answerFrameworkError(
  error: FastifyError,
  _request: unknown,
  reply: FastifyReply,
): void {
  const detail =
    error.code === 'FST_ERR_MAX_PARAM_LENGTH'
      ? 'A part of the address is too long: ids are whole numbers.'
      : 'The address does not decode: write a % as %25, and other special characters as %XX escapes.';
  void reply
    .status(400)
    .type('application/problem+json')
    .send(problem(400, 'INVALID_INPUT', detail, [{ field: 'path', message: detail }]));
}
