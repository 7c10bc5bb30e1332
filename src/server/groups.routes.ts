// Group routes, in server mode only: groups and their members, links to join, what members share
// with their groups, and the coach's dashboard. The one-person default has no groups to join.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { showGroupDashboard } from '../services/group-dashboard.js';
import { inviteToGroup, joinGroup } from '../services/group-invitations.js';
import { removeMember, setMemberRole } from '../services/group-members.js';
import { showGroupNetwork } from '../services/group-network.js';
import { createGroup, myGroups, showGroup } from '../services/groups.js';
import { setSharing, setSharingInBulk, showSharing } from '../services/person-sharing.js';
import { baseUrlOf } from './account.routes.js';
import type { RouteContext } from './context.js';
import {
  bulkSharingBody,
  bulkSharingSchema,
  groupDashboardSchema,
  groupDetailSchema,
  groupInvitationBody,
  groupInvitationSchema,
  groupNetworkSchema,
  groupParams,
  groupSummarySchema,
  joinGroupBody,
  memberParams,
  newGroupBody,
  roleBody,
  sharingBody,
  sharingSchema,
} from './groups.schemas.js';
import { idParams, problemResponse, problemResponses } from './schemas.js';

const tags = ['groups'];
const forbidden = problemResponse(
  'Your role in the group does not allow it, or the link is refused',
);

export function registerGroupRoutes(server: FastifyInstance, ctx: RouteContext): void {
  const app = server.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/groups',
    {
      schema: {
        tags,
        summary: 'The groups you are in',
        response: { 200: z.array(groupSummarySchema) },
      },
    },
    (request) => myGroups(ctx.deps(request)),
  );

  app.post(
    '/api/groups',
    {
      schema: {
        tags,
        summary: 'Start a group; you are its owner',
        body: newGroupBody,
        response: { 201: groupSummarySchema, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createGroup(ctx.deps(request), request.body)),
  );

  app.post(
    '/api/groups/join',
    {
      schema: {
        tags,
        summary: 'Join a group with its one-time link',
        body: joinGroupBody,
        response: { 201: groupSummarySchema, 403: forbidden, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await joinGroup(ctx.deps(request), request.body)),
  );

  app.get(
    '/api/groups/:groupId',
    {
      schema: {
        tags,
        summary: 'A group you are in: its members, and what your role lets you do',
        params: groupParams,
        response: { 200: groupDetailSchema, ...problemResponses },
      },
    },
    (request) => showGroup(ctx.deps(request), request.params.groupId),
  );

  app.post(
    '/api/groups/:groupId/invitations',
    {
      schema: {
        tags,
        summary: 'Invite someone to the group (owner only): a link that works once, for seven days',
        params: groupParams,
        body: groupInvitationBody,
        response: { 201: groupInvitationSchema, 403: forbidden, ...problemResponses },
      },
    },
    async (request, reply) => {
      const made = await inviteToGroup(ctx.deps(request), {
        groupId: request.params.groupId,
        role: request.body.role,
        email: request.body.email ?? null,
      });
      const url = `${baseUrlOf(request)}/join-group?invitation=${encodeURIComponent(made.secret)}`;
      return reply
        .status(201)
        .send({ url, role: made.role, email: made.email, expiresAt: made.expiresAt });
    },
  );

  app.put(
    '/api/groups/:groupId/members/:accountId',
    {
      schema: {
        tags,
        summary: "Change a member's role (owner only); a group always keeps an owner",
        params: memberParams,
        body: roleBody,
        response: { 200: groupDetailSchema, 403: forbidden, ...problemResponses },
      },
    },
    (request) => setMemberRole(ctx.deps(request), { ...request.params, role: request.body.role }),
  );

  app.delete(
    '/api/groups/:groupId/members/:accountId',
    {
      schema: {
        tags,
        summary: 'Remove a member (owner only), or leave the group with your own account id',
        params: memberParams,
        response: { 204: z.null(), 403: forbidden, ...problemResponses },
      },
    },
    async (request, reply) => {
      await removeMember(ctx.deps(request), request.params);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/groups/:groupId/network',
    {
      schema: {
        tags,
        summary: 'Who the group knows, by company, and which member to ask (owners and members)',
        description:
          'Only what each member shares: "I know someone at Stripe (Product)" by default, a name when they opt in. Never notes, emails, phones or interactions.',
        params: groupParams,
        response: { 200: groupNetworkSchema, 403: forbidden, ...problemResponses },
      },
    },
    (request) => showGroupNetwork(ctx.deps(request), request.params.groupId),
  );

  app.get(
    '/api/groups/:groupId/dashboard',
    {
      schema: {
        tags,
        summary: "Each member's actions per week, reply rate and streak (owners and coaches)",
        params: groupParams,
        response: { 200: groupDashboardSchema, 403: forbidden, ...problemResponses },
      },
    },
    (request) => showGroupDashboard(ctx.deps(request), request.params.groupId),
  );

  app.get(
    '/api/people/:id/sharing',
    {
      schema: {
        tags,
        summary: 'What your groups see of this person',
        params: idParams,
        response: { 200: sharingSchema, ...problemResponses },
      },
    },
    (request) => showSharing(ctx.deps(request), request.params.id),
  );

  app.put(
    '/api/people/:id/sharing',
    {
      schema: {
        tags,
        summary: 'Choose what your groups see of this person: hidden, company only, or name',
        params: idParams,
        body: sharingBody,
        response: { 200: sharingSchema, ...problemResponses },
      },
    },
    (request) =>
      setSharing(ctx.deps(request), { personId: request.params.id, level: request.body.level }),
  );

  app.put(
    '/api/sharing',
    {
      schema: {
        tags,
        summary: 'Choose what your groups see of everyone, or of everyone with a tag',
        body: bulkSharingBody,
        response: { 200: bulkSharingSchema, ...problemResponses },
      },
    },
    (request) => setSharingInBulk(ctx.deps(request), request.body),
  );
}
