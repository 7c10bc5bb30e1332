// Response shapes of the playbook routes for the OpenAPI document; request bodies are the core's.
import { z } from 'zod';
import { groupRoles } from '../core/groups.js';
import { playbookKinds } from '../core/playbook.js';
import { stripKinds } from '../core/playbook-strip.js';
import { toneReportSchema } from './words.routes.js';

const id = z.string().min(1).max(64);
export const groupIdParams = z.object({
  groupId: id.describe('the group, from GET /api/playbook'),
});
export const entryIdParams = z.object({ entryId: id.describe('a playbook entry') });
export const commentIdParams = z.object({
  commentId: id.describe('a comment on a playbook entry'),
});
export const templateIdParams = z.object({ templateId: id.describe('one of your templates') });

export const playbookGroupsSchema = z.object({
  groups: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      role: z.enum(groupRoles),
      members: z.number().int(),
      joinedAt: z.string(),
    }),
  ),
});

export const stripProposalSchema = z.object({
  text: z.string().describe('the text with names and details replaced by placeholders'),
  replacements: z.array(
    z.object({
      kind: z.enum(stripKinds),
      original: z.string(),
      start: z.number().int(),
      end: z.number().int(),
    }),
  ),
});

export const playbookEntrySchema = z.object({
  id: z.string(),
  groupId: z.string(),
  kind: z.enum(playbookKinds),
  title: z.string(),
  body: z.string(),
  author: z.string().describe('the author\'s profile name, or "A member"'),
  mine: z.boolean(),
  votes: z.number().int(),
  voted: z.boolean(),
  comments: z.number().int(),
  createdAt: z.string(),
});

export const playbookCommentSchema = z.object({
  id: z.string(),
  body: z.string(),
  author: z.string(),
  mine: z.boolean(),
  createdAt: z.string(),
});

export const playbookEntryDetailSchema = z.object({
  entry: playbookEntrySchema,
  comments: z.array(playbookCommentSchema),
  savedTemplateId: z.string().nullable(),
});

export const voteStateSchema = z.object({ votes: z.number().int(), voted: z.boolean() });

export const playbookTemplateSchema = z.object({
  id: z.string(),
  kind: z.enum(playbookKinds),
  title: z.string(),
  body: z.string(),
  source: z
    .object({
      entryId: z.string(),
      groupId: z.string().nullable(),
      groupName: z.string().nullable(),
    })
    .nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const templateForPersonSchema = z.object({
  template: playbookTemplateSchema,
  text: z.string().describe('the template with [name] filled in with their first name'),
  blanks: z.array(z.string()).describe('the [label] gaps still in the text'),
  tone: toneReportSchema,
});
