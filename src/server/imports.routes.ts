// Imports over HTTP: files uploaded as multipart/form-data, previewed or imported, with progress on request.
import { PassThrough } from 'node:stream';
import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance, FastifyPluginAsync, FastifyRequest } from 'fastify';
import { validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { AppError, isAppError } from '../core/errors.js';
import { defaultMaxBytes, importFiles, type ImportReport } from '../services/import-files.js';
import type { RouteContext } from './context.js';
import { registerDuplicateRoutes } from './duplicates.routes.js';
import { problem, statusByCode } from './errors.js';
import { importQuery, importReportSchema, importUploadSchema } from './imports.schemas.js';
import { importLimit } from './rate-limits.js';
import { problemResponse, problemResponses } from './schemas.js';

export interface ImportRouteOptions {
  ctx: RouteContext;
  /** The largest file accepted, in bytes (50 MB by default). */
  maxBytes?: number;
}

/** At most this many files in one upload: a LinkedIn export is one zip, a phone's vCards one file. */
const maxFiles = 20;

/**
 * The import, duplicate and merge routes, with multipart parsing registered in their own scope
 * so no other route accepts uploads.
 */
export const importRoutes: FastifyPluginAsync<ImportRouteOptions> = async (server, options) => {
  const maxBytes = options.maxBytes ?? defaultMaxBytes;
  await server.register(fastifyMultipart, {
    limits: { fileSize: maxBytes, files: maxFiles, fields: 10, parts: maxFiles + 10 },
  });
  registerImportRoute(server, options.ctx, maxBytes);
  registerDuplicateRoutes(server, options.ctx);
};

function registerImportRoute(server: FastifyInstance, ctx: RouteContext, maxBytes: number): void {
  const app = server.withTypeProvider<ZodTypeProvider>();
  app.post(
    '/api/imports',
    {
      config: { rateLimit: importLimit },
      // The upload is documented by its outline and read part by part below, not validated whole.
      validatorCompiler: (route) =>
        route.httpPart === 'body'
          ? (value: unknown) => ({ value })
          : validatorCompiler(route as unknown as Parameters<typeof validatorCompiler>[0]),
      schema: {
        operationId: 'importFiles',
        tags: ['imports'],
        summary: 'Import LinkedIn, Google, Outlook and vCard files, or preview what that would do',
        description:
          'Files are recognised by content. The import runs in one transaction: all or nothing, and the ' +
          'same file twice adds nothing. With Accept: application/x-ndjson the answer streams one JSON ' +
          'line per progress step ({"type":"progress","phase","done","total"}) and ends with ' +
          '{"type":"report","report":…} or {"type":"problem","problem":…}.',
        consumes: ['multipart/form-data'],
        querystring: importQuery,
        body: importUploadSchema,
        response: {
          200: importReportSchema,
          ...problemResponses,
          415: problemResponse('None of the files is in a format Kith reads'),
        },
      },
    },
    async (request, reply) => {
      const files = await readUpload(request, maxBytes);
      const deps = ctx.deps(request);
      const input = {
        files,
        dryRun: request.query.dryRun === 'true',
        me: request.query.me,
        maxBytes,
      };
      if (!(request.headers.accept ?? '').includes('application/x-ndjson')) {
        return importFiles(deps, input);
      }
      const stream = new PassThrough();
      const line = (value: unknown) => stream.write(`${JSON.stringify(value)}\n`);
      importFiles(deps, {
        ...input,
        onProgress: (progress) => line({ type: 'progress', ...progress }),
      })
        .then((report: ImportReport) => line({ type: 'report', report }))
        .catch((error: unknown) => line({ type: 'problem', problem: toProblem(error, request) }))
        .finally(() => stream.end());
      // The 200 schema describes the JSON answer; this one is a stream of lines ending in it.
      return reply.type('application/x-ndjson').send(stream as unknown as ImportReport);
    },
  );
}

/** Reads every uploaded file into memory, refusing one over the limit by name. */
async function readUpload(
  request: FastifyRequest,
  maxBytes: number,
): Promise<Array<{ name: string; bytes: Uint8Array }>> {
  if (!request.isMultipart()) {
    throw new AppError(
      'INVALID_INPUT',
      'files: send the files as multipart/form-data, one part per file.',
      { problems: [{ field: 'files', message: 'send the files as multipart/form-data' }] },
    );
  }
  const files: Array<{ name: string; bytes: Uint8Array }> = [];
  let reading: string | null = null;
  try {
    for await (const part of request.parts()) {
      if (part.type !== 'file') continue;
      reading = part.filename || part.fieldname;
      files.push({ name: reading, bytes: await part.toBuffer() });
    }
  } catch (error) {
    throw uploadProblem(error, reading, maxBytes);
  }
  return files;
}

/** Why an upload could not be read, as the user's problem: a file too large, or a form cut short. */
function uploadProblem(error: unknown, name: string | null, maxBytes: number): Error {
  const { code, statusCode } = error as { code?: string; statusCode?: number };
  if (code === 'FST_REQ_FILE_TOO_LARGE' && name !== null) {
    const limit = `${Math.round(maxBytes / 1_048_576)} MB`;
    return new AppError(
      'INVALID_INPUT',
      `${name}: this file is over the ${limit} limit for one import file.`,
      { problems: [{ field: name, message: `is over the ${limit} limit for one import file` }] },
    );
  }
  // The multipart plugin's own refusals (too many files or parts) already carry a 4xx status.
  if (statusCode !== undefined && statusCode < 500) return error as Error;
  // Anything else thrown while parsing is the form itself: it ended early or its parts are broken.
  const where = name === null ? '' : ` (while reading ${name})`;
  const message = `The upload ended early or is not well-formed multipart/form-data${where}: ${(error as Error).message}. Please send the files again.`;
  return new AppError('INVALID_INPUT', message, {
    problems: [{ field: 'files', message: 'the upload is not well-formed multipart/form-data' }],
    cause: error,
  });
}

function toProblem(error: unknown, request: FastifyRequest) {
  if (isAppError(error))
    return problem(statusByCode[error.code], error.code, error.message, error.problems);
  request.log.error({ err: error }, 'unexpected error during an import');
  return problem(
    500,
    'INTERNAL',
    'Something went wrong on our side and nothing was imported. Please try again.',
  );
}
