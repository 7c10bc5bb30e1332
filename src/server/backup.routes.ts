// Exports, backup and restore over HTTP: files sent as attachments, streamed a page at a time,
// and a restore that takes the backup as a JSON body up to a configurable size.
import { PassThrough } from 'node:stream';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { prepareBackup, type PreparedFile } from '../services/backup.js';
import { exportFormats, prepareExport } from '../services/export.js';
import { restoreBackupText } from '../services/restore.js';
import type { RouteContext } from './context.js';
import { restoreLimit } from './rate-limits.js';
import { problemResponse, problemResponses } from './schemas.js';

export interface BackupRouteOptions {
  /** The largest backup POST /api/restore accepts, in bytes (default 256 MB). */
  restoreBodyLimit?: number;
}

/** A network of 10,000 people and 200,000 interactions makes a backup of about 57 MB. */
export const defaultRestoreBodyLimit = 256 * 1024 * 1024;

const exportQuery = z.object({
  format: z.enum(exportFormats, { error: `must be one of ${exportFormats.join(', ')}` }),
  person: z
    .string()
    .optional()
    .describe('only this person, by id or name (vcard and csv); everyone when left out'),
});

const restoreQuery = z.object({
  force: z
    .enum(['true', 'false'])
    .optional()
    .describe('true replaces everything already there; otherwise only an empty network is filled'),
});

/** The outline of a backup file, for the OpenAPI document; restore itself checks every field. */
const backupDocumentSchema = z
  .object({
    kind: z.literal('kith-backup'),
    schemaVersion: z.number().int(),
    createdAt: z.string(),
    tables: z
      .record(z.string(), z.array(z.record(z.string(), z.unknown())))
      .describe('each table by name, with its rows in key order'),
  })
  .describe('A Kith backup, as GET /api/backup or kith backup writes it');

const restoreResultSchema = z.object({
  people: z.number().int(),
  interactions: z.number().int(),
  plans: z.number().int(),
  replaced: z.number().int().describe('people who were there before, replaced (only with force)'),
  idsKept: z.boolean().describe('false when the ids were taken and all moved together'),
});

const fileResponse = (description: string, types: string[]) => ({
  description,
  content: Object.fromEntries(types.map((type) => [type, { schema: z.string() }])),
});

export function registerBackupRoutes(
  server: FastifyInstance,
  ctx: RouteContext,
  options: BackupRouteOptions = {},
): void {
  const app = server.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/export',
    {
      schema: {
        tags: ['backup'],
        summary: 'Export the network as vCard 4.0, CSV, or the full JSON backup, as a download',
        querystring: exportQuery,
        response: {
          200: fileResponse('The file, with a dated name in content-disposition', [
            'text/vcard',
            'text/csv',
            'application/json',
          ]),
          ...problemResponses,
        },
      },
    },
    async (request, reply) =>
      sendFile(reply, await prepareExport(ctx.deps(request), request.query)),
  );

  app.get(
    '/api/backup',
    {
      schema: {
        tags: ['backup'],
        summary:
          'Everything in Kith as one JSON file: people, interactions, profile, offers, plans and keep-in-touch settings',
        response: {
          200: fileResponse('The backup, as kith-backup-YYYY-MM-DD.json', ['application/json']),
          ...problemResponses,
        },
      },
    },
    async (request, reply) => sendFile(reply, await prepareBackup(ctx.deps(request))),
  );

  const limit = options.restoreBodyLimit ?? defaultRestoreBodyLimit;
  void server.register((scope, _options, done) => {
    // In this scope only, the body arrives as text: restore reads it, so a file that is not JSON
    // gets the same message as on the command line (where it broke, or what it looks like).
    scope.addContentTypeParser(
      'application/json',
      { parseAs: 'string', bodyLimit: limit },
      (_request, body, parsed) => parsed(null, body),
    );
    registerRestoreRoute(scope, ctx, limit);
    done();
  });
}

function registerRestoreRoute(server: FastifyInstance, ctx: RouteContext, limit: number): void {
  server.withTypeProvider<ZodTypeProvider>().post(
    '/api/restore',
    {
      bodyLimit: limit,
      config: { rateLimit: restoreLimit },
      // The body is documented by its outline but checked by restore itself, which names each bad
      // field by its path and refuses a file from a newer Kith with its own message.
      validatorCompiler: (route) =>
        route.httpPart === 'body'
          ? (value: unknown) => ({ value })
          : validatorCompiler(route as unknown as Parameters<typeof validatorCompiler>[0]),
      schema: {
        operationId: 'restoreBackup',
        tags: ['backup'],
        summary:
          'Load a backup into an empty network, or with force=true in place of everything there, in one step',
        querystring: restoreQuery,
        body: backupDocumentSchema,
        response: {
          200: restoreResultSchema,
          ...problemResponses,
          413: problemResponse('The file is larger than the server accepts'),
          415: problemResponse('Not JSON, not a Kith backup, or one from a newer Kith'),
        },
      },
    },
    (request) =>
      restoreBackupText(ctx.deps(request), {
        // The text as sent: this scope's parser leaves JSON to restore. With no body at all there
        // is no text, which restore calls an empty file.
        text: typeof request.body === 'string' ? request.body : '',
        force: request.query.force === 'true',
        source: 'The uploaded file',
      }),
  );
}

/**
 * Streams a prepared file as an attachment. If the client goes away, the next write fails, so the
 * read transaction behind the file ends instead of waiting for a reader who is gone.
 */
function sendFile(reply: FastifyReply, file: PreparedFile): FastifyReply {
  const body = new PassThrough();
  const writing = file.write(async (chunk) => {
    if (body.destroyed) throw new Error('The download was cancelled.');
    if (body.write(chunk)) return;
    await new Promise<void>((resolve) => {
      const done = () => {
        body.off('drain', done);
        body.off('close', done);
        resolve();
      };
      body.on('drain', done);
      body.on('close', done);
    });
  });
  writing.then(
    () => body.end(),
    (error: unknown) => body.destroy(error instanceof Error ? error : new Error(String(error))),
  );
  return reply
    .type(file.contentType)
    .header('content-disposition', `attachment; filename="${file.fileName}"`)
    .send(body);
}
