// What route modules receive: a way to build service deps for the request's account.
import type { FastifyRequest } from 'fastify';
import type { Deps } from '../services/deps.js';

export interface RouteContext {
  deps(request: FastifyRequest): Deps;
}
