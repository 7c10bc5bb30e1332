// Playbook routes: a group's shared entries, the stripping check before posting, comments, votes,
// and my own templates, with those templates filled in for one person for Compose.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  playbookCommentInputSchema,
  playbookEntryInputSchema,
  playbookSorts,
  playbookStripInputSchema,
  playbookTemplateInputSchema,
} from '../core/playbook.js';
import { myGroups } from '../services/groups.js';
import {
  deletePlaybookEntry,
  listPlaybook,
  postPlaybookEntry,
  showPlaybookEntry,
} from '../services/playbook-entries.js';
import { proposePlaybookStrip } from '../services/playbook-strip.js';
import {
  commentOnEntry,
  deletePlaybookComment,
  takeBackVote,
  voteForEntry,
} from '../services/playbook-talk.js';
import {
  editTemplate,
  myTemplates,
  removeTemplate,
  saveEntryAsTemplate,
  templatesForPerson,
} from '../services/playbook-templates.js';
import type { RouteContext } from './context.js';
import {
  commentIdParams,
  entryIdParams,
  groupIdParams,
  playbookCommentSchema,
  playbookEntryDetailSchema,
  playbookEntrySchema,
  playbookGroupsSchema,
  playbookTemplateSchema,
  stripProposalSchema,
  templateForPersonSchema,
  templateIdParams,
  voteStateSchema,
} from './playbook.schemas.js';
import { idParams, problemResponses } from './schemas.js';

const tags = ['playbook'];
const gone = { 204: z.null(), ...problemResponses };

export function registerPlaybookRoutes(server: FastifyInstance, ctx: RouteContext): void {
  const app = server.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/playbook',
    {
      schema: {
        tags,
        summary: 'The groups whose playbook you can read',
        response: { 200: playbookGroupsSchema },
      },
    },
    async (request) => ({ groups: await myGroups(ctx.deps(request)) }),
  );

  app.post(
    '/api/playbook/strip',
    {
      schema: {
        tags,
        summary:
          "Kith's proposal before you share a text: names, companies, emails, phones and links become placeholders",
        body: playbookStripInputSchema,
        response: { 200: stripProposalSchema, ...problemResponses },
      },
    },
    (request) => proposePlaybookStrip(ctx.deps(request), request.body),
  );

  app.get(
    '/api/playbook/groups/:groupId/entries',
    {
      schema: {
        tags,
        summary: "A group's playbook, newest or most voted first (members and coaches only)",
        params: groupIdParams,
        querystring: z.object({ sort: z.enum(playbookSorts).optional() }),
        response: { 200: z.array(playbookEntrySchema), ...problemResponses },
      },
    },
    (request) =>
      listPlaybook(ctx.deps(request), {
        groupId: request.params.groupId,
        sort: request.query.sort,
      }),
  );

  app.post(
    '/api/playbook/groups/:groupId/entries',
    {
      schema: {
        tags,
        summary:
          'Post what worked; refused while it still names one of your people or gives their email or phone',
        params: groupIdParams,
        body: playbookEntryInputSchema,
        response: { 201: playbookEntrySchema, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(
        await postPlaybookEntry(ctx.deps(request), {
          groupId: request.params.groupId,
          entry: request.body,
        }),
      ),
  );

  app.get(
    '/api/playbook/entries/:entryId',
    {
      schema: {
        tags,
        summary: 'One playbook entry with its comments',
        params: entryIdParams,
        response: { 200: playbookEntryDetailSchema, ...problemResponses },
      },
    },
    (request) => showPlaybookEntry(ctx.deps(request), { entryId: request.params.entryId }),
  );

  app.delete(
    '/api/playbook/entries/:entryId',
    {
      schema: {
        tags,
        summary: 'Delete an entry you posted, with its comments and votes',
        params: entryIdParams,
        response: gone,
      },
    },
    async (request, reply) => {
      await deletePlaybookEntry(ctx.deps(request), { entryId: request.params.entryId });
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/playbook/entries/:entryId/comments',
    {
      schema: {
        tags,
        summary: 'Comment on a playbook entry',
        params: entryIdParams,
        body: playbookCommentInputSchema,
        response: { 201: playbookCommentSchema, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(
        await commentOnEntry(ctx.deps(request), {
          entryId: request.params.entryId,
          comment: request.body,
        }),
      ),
  );

  app.delete(
    '/api/playbook/comments/:commentId',
    {
      schema: {
        tags,
        summary: 'Delete a comment you wrote',
        params: commentIdParams,
        response: gone,
      },
    },
    async (request, reply) => {
      await deletePlaybookComment(ctx.deps(request), { commentId: request.params.commentId });
      return reply.status(204).send(null);
    },
  );

  app.put(
    '/api/playbook/entries/:entryId/vote',
    {
      schema: {
        tags,
        summary: 'Vote for an entry; voting twice counts once',
        params: entryIdParams,
        response: { 200: voteStateSchema, ...problemResponses },
      },
    },
    (request) => voteForEntry(ctx.deps(request), { entryId: request.params.entryId }),
  );

  app.delete(
    '/api/playbook/entries/:entryId/vote',
    {
      schema: {
        tags,
        summary: 'Take back your vote',
        params: entryIdParams,
        response: { 200: voteStateSchema, ...problemResponses },
      },
    },
    (request) => takeBackVote(ctx.deps(request), { entryId: request.params.entryId }),
  );

  app.post(
    '/api/playbook/entries/:entryId/template',
    {
      schema: {
        tags,
        summary: 'Save a copy of the entry into your own templates (again: the copy you have)',
        params: entryIdParams,
        response: { 200: playbookTemplateSchema, 201: playbookTemplateSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const saved = await saveEntryAsTemplate(ctx.deps(request), {
        entryId: request.params.entryId,
      });
      return reply.status(saved.created ? 201 : 200).send(saved.template);
    },
  );

  app.get(
    '/api/playbook/templates',
    {
      schema: {
        tags,
        summary: 'Your templates, newest first',
        response: { 200: z.array(playbookTemplateSchema) },
      },
    },
    (request) => myTemplates(ctx.deps(request)),
  );

  app.put(
    '/api/playbook/templates/:templateId',
    {
      schema: {
        tags,
        summary: 'Edit one of your templates',
        params: templateIdParams,
        body: playbookTemplateInputSchema,
        response: { 200: playbookTemplateSchema, ...problemResponses },
      },
    },
    (request) =>
      editTemplate(ctx.deps(request), {
        templateId: request.params.templateId,
        template: request.body,
      }),
  );

  app.delete(
    '/api/playbook/templates/:templateId',
    {
      schema: {
        tags,
        summary: 'Delete one of your templates',
        params: templateIdParams,
        response: gone,
      },
    },
    async (request, reply) => {
      await removeTemplate(ctx.deps(request), { templateId: request.params.templateId });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/playbook/people/:id/templates',
    {
      schema: {
        tags,
        summary: 'Your templates written to this person, each with the tone check drafts get',
        params: idParams,
        response: { 200: z.array(templateForPersonSchema), ...problemResponses },
      },
    },
    (request) => templatesForPerson(ctx.deps(request), { personId: request.params.id }),
  );
}
