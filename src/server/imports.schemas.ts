// Response shapes of imports, the duplicate review list and merges, for the OpenAPI document.
import { z } from 'zod';
import { personSchema } from './schemas.js';

const problemOfImport = z.object({
  file: z.string(),
  line: z.number().int(),
  field: z.string().nullable(),
  message: z.string(),
  severity: z
    .enum(['error', 'warning'])
    .describe(
      'error: the row was left out; warning: it was kept and the message says what was done',
    ),
});

export const importReportSchema = z
  .object({
    dryRun: z.boolean().describe('true when this is only the preview and nothing was written'),
    files: z.array(
      z.object({
        file: z.string(),
        format: z
          .string()
          .nullable()
          .describe('what the file was read as; null when it was not read'),
        rows: z.number().int(),
      }),
    ),
    people: z.object({
      new: z.number().int().describe('people added'),
      updated: z.number().int().describe('people already in the network who gained details'),
      merged: z
        .number()
        .int()
        .describe('records merged into someone an earlier record of this import matched or added'),
      unchanged: z.number().int().describe('people already in the network who gained nothing'),
      review: z.number().int().describe('pairs put on the duplicate review list'),
    }),
    interactions: z.number().int().describe('interactions added from messages and invitations'),
    alreadyImported: z.number().int().describe('records an earlier import already brought'),
    me: z
      .enum(['given', 'profile', 'messages', 'unknown'])
      .describe('how the user was told apart in their messages'),
    problems: z.array(problemOfImport),
  })
  .describe('What an import found and did (or, for a preview, would do)');

export const importQuery = z.object({
  dryRun: z
    .enum(['true', 'false'])
    .default('false')
    .describe('true only previews: the same counts and problems, nothing written'),
  me: z
    .string()
    .max(300)
    .optional()
    .describe("the user's name or LinkedIn profile address; else the profile's name"),
});

/** The upload, for the document only: the route reads the parts as they stream in. */
export const importUploadSchema = z
  .object({
    files: z
      .array(z.string().meta({ format: 'binary' }))
      .describe('one or more files: a LinkedIn export .zip, CSVs, vCards'),
  })
  .describe('multipart/form-data with one part per file');

export const duplicateReviewSchema = z.object({
  id: z.number().int(),
  a: personSchema,
  b: personSchema,
  reason: z.string().describe('why they might be one person, such as "nickname at Acme"'),
  status: z.enum(['open', 'rejected']),
  createdAt: z.string(),
});

export const mergeBodySchema = z.object({
  a: z
    .number({ error: 'is required' })
    .int()
    .positive('must be a person id')
    .describe('the person who stays'),
  b: z
    .number({ error: 'is required' })
    .int()
    .positive('must be a person id')
    .describe('the person merged into a and removed'),
});

export const mergeOutcomeSchema = z.object({
  mergeId: z.number().int().describe('give it to DELETE /api/merges/{id} to undo the merge'),
  kept: personSchema,
  removed: z.object({ id: z.number().int(), name: z.string() }),
  interactionsMoved: z.number().int(),
});

export const unmergeOutcomeSchema = z.object({
  mergeId: z.number().int(),
  kept: personSchema,
  restored: personSchema,
});
