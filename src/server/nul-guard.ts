// Refuses a request whose path, query or body holds a NUL character, naming each field, before any route reads it.
import type { FastifyInstance } from 'fastify';
import { invalidInput } from '../core/errors.js';
import { nulProblems } from '../core/nul-text.js';

export function installNulGuard(app: FastifyInstance): void {
  // preValidation runs once the body is parsed and before the route's schema or handler.
  app.addHook('preValidation', (request, _reply, done) => {
    const problems = [
      ...nulProblems(request.params, 'params'),
      ...nulProblems(request.query, 'querystring'),
      // Body fields are named as validation names them ("name", "offers.0.detail").
      ...nulProblems(request.body, '').map((p) => (p.field === '' ? { ...p, field: 'body' } : p)),
    ];
    done(problems.length > 0 ? invalidInput(problems) : undefined);
  });
}
