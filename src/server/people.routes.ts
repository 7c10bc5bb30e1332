// People routes: list and search, add, find one by what a user typed, show with timeline, edit, remove.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { newPersonSchema, personPatchSchema } from '../core/person.js';
import { addPerson } from '../services/add-person.js';
import { editPerson } from '../services/edit-person.js';
import { findPeople, findPeopleSchema } from '../services/find-people.js';
import { removePerson } from '../services/remove-person.js';
import { resolvePerson } from '../services/resolve-person.js';
import { findSamePeople } from '../services/same-people.js';
import { showPerson } from '../services/show-person.js';
import type { RouteContext } from './context.js';
import {
  idParams,
  personListItemSchema,
  personPageSchema,
  personSchema,
  problemResponses,
} from './schemas.js';

const tags = ['people'];

export function registerPeopleRoutes(server: FastifyInstance, ctx: RouteContext): void {
  const app = server.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/people',
    {
      schema: {
        operationId: 'listPeople',
        tags,
        summary: 'List people by name, or search every field and the notes',
        description:
          'Each person is given with what a list shows (name, role, place, tags); GET /api/people/{id} gives every field.',
        querystring: findPeopleSchema,
        response: {
          200: z.object({
            people: z.array(personListItemSchema),
            total: z.number().int(),
            capped: z.boolean(),
          }),
          ...problemResponses,
        },
      },
    },
    (request) => findPeople(ctx.deps(request), request.query),
  );

  app.post(
    '/api/people',
    {
      schema: {
        tags,
        summary: 'Add a person',
        description:
          'Answers 409 when someone with the same name at the same company (or with no company) is already there; GET /api/people/same shows them, and `allowDuplicate` adds a second one anyway.',
        body: newPersonSchema.extend({ allowDuplicate: z.boolean().optional() }),
        response: { 201: personSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { allowDuplicate, ...person } = request.body;
      const added = await addPerson(ctx.deps(request), person, { allowDuplicate });
      return reply.status(201).send(added);
    },
  );

  app.get(
    '/api/people/same',
    {
      schema: {
        operationId: 'samePeople',
        tags,
        summary: 'People already there who look like one about to be added: same name and company',
        querystring: z.object({
          name: z.string().max(200, 'must be at most 200 characters'),
          company: z.string().max(200, 'must be at most 200 characters').optional(),
        }),
        response: { 200: z.object({ people: z.array(personSchema) }), ...problemResponses },
      },
    },
    async (request) => ({ people: await findSamePeople(ctx.deps(request), request.query) }),
  );

  app.get(
    '/api/people/resolve',
    {
      schema: {
        operationId: 'resolvePerson',
        tags,
        summary: 'The one person a name or an id means, as the command line reads it',
        description:
          'Answers 409 when the name matches several people and 404 with the closest names when it matches nobody; the message says which id to use.',
        querystring: z.object({
          ref: z
            .string()
            .max(200, 'must be at most 200 characters')
            .describe('a name, part of one, or an id, such as "Ana Lopez" or 12'),
        }),
        response: { 200: personSchema, ...problemResponses },
      },
    },
    (request) => resolvePerson(ctx.deps(request), { ref: request.query.ref }),
  );

  app.get(
    '/api/people/:id',
    {
      schema: {
        tags,
        summary: 'One person with the newest page of their timeline',
        params: idParams,
        response: { 200: personPageSchema, ...problemResponses },
      },
    },
    (request) => showPerson(ctx.deps(request), { id: request.params.id }),
  );

  app.patch(
    '/api/people/:id',
    {
      schema: {
        tags,
        summary: 'Change some fields of a person',
        params: idParams,
        body: personPatchSchema,
        response: { 200: personSchema, ...problemResponses },
      },
    },
    (request) => editPerson(ctx.deps(request), { id: request.params.id, patch: request.body }),
  );

  app.delete(
    '/api/people/:id',
    {
      schema: {
        tags,
        summary: 'Remove a person and their timeline',
        params: idParams,
        response: { 204: z.null(), ...problemResponses },
      },
    },
    async (request, reply) => {
      await removePerson(ctx.deps(request), { id: request.params.id });
      return reply.status(204).send(null);
    },
  );
}
