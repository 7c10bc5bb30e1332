// Server mode's routes: sign in and out, sign up, change or reset the password, invite, tokens.
import { resetLimit, signInLimit, signUpLimit } from './rate-limits.js';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { invitationMail, resetMail } from '../core/account-mail.js';
import { changePassword, getAccount } from '../services/accounts.js';
import {
  createApiToken,
  listApiTokens,
  renewCalendarKey,
  revokeApiToken,
  revokeCalendarKey,
} from '../services/api-tokens.js';
import { requestPasswordReset, resetPassword } from '../services/password-reset.js';
import { signIn, signOut, signOutEverywhere } from '../services/sign-in.js';
import { inviteMember, signUp } from '../services/sign-up.js';
import {
  accountSchema,
  calendarKeySchema,
  changePasswordBody,
  invitationBody,
  invitationSchema,
  newTokenSchema,
  resetBody,
  resetRequestBody,
  sessionStateSchema,
  signInBody,
  signUpBody,
  tokenBody,
  tokenParams,
  tokenSchema,
} from './account.schemas.js';
import { deliverLink } from './link-delivery.js';
import { problemResponse, problemResponses } from './schemas.js';
import { sessionCookie, type ServerMode } from './sign-in.js';

const tags = ['account'];
const open = { public: true };
const refused = problemResponse('Refused: an expired or used link, or not allowed for your role');
const wrongSignIn = problemResponse('The email and password do not match an account');

/** The answer to "must I sign in?" in the one-person default, where nobody does. */
export function registerLocalSessionRoute(server: FastifyInstance): void {
  server.withTypeProvider<ZodTypeProvider>().get('/api/session', { schema: sessionSchema }, () => ({
    signInRequired: false,
    signUp: null,
    account: null,
  }));
}

const sessionSchema = {
  tags,
  summary: 'Whether this Kith needs sign-in, who may sign up, and who is signed in',
  response: { 200: sessionStateSchema },
};

export function registerAccountRoutes(server: FastifyInstance, mode: ServerMode): void {
  const app = server.withTypeProvider<ZodTypeProvider>();
  const { deps } = mode;
  const mine = (request: FastifyRequest) => mode.accountOf(request);

  app.get('/api/session', { config: open, schema: sessionSchema }, async (request) => ({
    signInRequired: true,
    signUp: mode.signUp,
    account: request.signedIn ? await getAccount(deps, request.signedIn.accountId) : null,
  }));

  app.post(
    '/api/session',
    {
      config: { ...open, rateLimit: signInLimit },
      schema: {
        tags,
        summary: 'Sign in with email and password; the session comes back as an HttpOnly cookie',
        body: signInBody,
        response: { 200: accountSchema, 401: wrongSignIn, ...problemResponses },
      },
    },
    async (request, reply) => {
      const session = await signIn(deps, request.body);
      mode.setSessionCookie(reply, session.secret, session.expiresAt);
      return getAccount(deps, session.accountId);
    },
  );

  app.delete(
    '/api/session',
    {
      config: open,
      schema: { tags, summary: 'Sign out of this browser', response: { 204: z.null() } },
    },
    async (request, reply) => {
      const cookie = request.cookies[sessionCookie];
      if (cookie) await signOut(deps, cookie);
      mode.clearSessionCookie(reply);
      return reply.status(204).send(null);
    },
  );

  app.delete(
    '/api/sessions',
    {
      schema: {
        tags,
        summary: 'Sign out everywhere: every browser session of your account ends now',
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await signOutEverywhere(deps, mine(request));
      mode.clearSessionCookie(reply);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/account',
    { schema: { tags, summary: 'Your account', response: { 200: accountSchema } } },
    (request) => getAccount(deps, mine(request)),
  );

  app.put(
    '/api/account/password',
    {
      schema: {
        tags,
        summary: 'Change your password; your other sessions end, this one stays',
        body: changePasswordBody,
        response: { 204: z.null(), ...problemResponses },
      },
    },
    async (request, reply) => {
      await changePassword(deps, {
        accountId: mine(request),
        currentSessionId: request.signedIn?.via === 'session' ? request.signedIn.secretId : null,
        current: request.body.currentPassword,
        next: request.body.newPassword,
      });
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/accounts',
    {
      config: { ...open, rateLimit: signUpLimit },
      schema: {
        tags,
        summary: 'Sign up, with an invitation or on an open Kith; you are signed in at once',
        body: signUpBody,
        response: { 201: accountSchema, 403: refused, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { account, session } = await signUp(deps, { ...request.body, mode: mode.signUp });
      mode.setSessionCookie(reply, session.secret, session.expiresAt);
      return reply.status(201).send(account);
    },
  );

  app.post(
    '/api/invitations',
    {
      schema: {
        tags,
        summary: 'Invite someone (owner only): a link that works once, for seven days',
        body: invitationBody,
        response: { 201: invitationSchema, 403: refused, ...problemResponses },
      },
    },
    async (request, reply) => {
      const made = await inviteMember(deps, {
        invitedBy: mine(request),
        email: request.body.email ?? null,
      });
      const url = `${baseUrlOf(request)}/sign-up?invitation=${encodeURIComponent(made.secret)}`;
      deliverLink(mode, {
        to: request.body.email ?? null,
        what: 'an invitation link',
        mail: invitationMail({ url, expiresAt: made.expiresAt }),
        logLine: `Invitation link (works once, until ${made.expiresAt}): ${url}`,
      });
      return reply.status(201).send({ url, expiresAt: made.expiresAt });
    },
  );

  app.post(
    '/api/password-resets',
    {
      config: { ...open, rateLimit: resetLimit },
      schema: {
        tags,
        summary:
          'Ask for a password reset link, emailed when the server has SMTP set up and otherwise passed on by its operator. The answer is the same for any email',
        body: resetRequestBody,
        response: { 202: z.object({ detail: z.string() }), ...problemResponses },
      },
    },
    async (request, reply) => {
      const reset = await requestPasswordReset(deps, request.body.email);
      if (reset) {
        const url = `${baseUrlOf(request)}/reset-password?token=${encodeURIComponent(reset.secret)}`;
        deliverLink(mode, {
          to: reset.email,
          what: 'a password reset link',
          mail: resetMail({ url, expiresAt: reset.expiresAt }),
          logLine: `Password reset link for ${reset.email} (works once, until ${reset.expiresAt}): ${url}`,
        });
      }
      return reply.status(202).send({
        detail:
          'If that address has an account, a reset link is on its way. It works once, within the hour.',
      });
    },
  );

  app.put(
    '/api/password',
    {
      config: { ...open, rateLimit: resetLimit },
      schema: {
        tags,
        operationId: 'resetPassword',
        summary: 'Set a new password with a reset link; every session of the account ends',
        body: resetBody,
        response: { 204: z.null(), 403: refused, ...problemResponses },
      },
    },
    async (request, reply) => {
      await resetPassword(deps, request.body);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/tokens',
    {
      schema: {
        tags,
        summary: 'Your personal API tokens',
        response: { 200: z.array(tokenSchema) },
      },
    },
    (request) => listApiTokens(deps, mine(request)),
  );

  app.post(
    '/api/tokens',
    {
      schema: {
        tags,
        summary: 'Make a personal API token for scripts; the token is shown only in this answer',
        body: tokenBody,
        response: { 201: newTokenSchema, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await createApiToken(deps, { accountId: mine(request), name: request.body.name })),
  );

  app.delete(
    '/api/tokens/:id',
    {
      schema: {
        tags,
        summary: 'Revoke a personal API token; scripts using it stop working at once',
        params: tokenParams,
        response: { 204: z.null(), ...problemResponses },
      },
    },
    async (request, reply) => {
      await revokeApiToken(deps, { accountId: mine(request), id: request.params.id });
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/calendar-key',
    {
      schema: {
        tags,
        summary: 'A new address for your calendar feed; the old address stops working',
        response: { 201: calendarKeySchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const key = await renewCalendarKey(deps, mine(request));
      const url = `${baseUrlOf(request)}/calendar.ics?key=${encodeURIComponent(key)}`;
      return reply.status(201).send({ url });
    },
  );

  app.delete(
    '/api/calendar-key',
    {
      schema: {
        tags,
        summary: 'Turn the calendar feed address off',
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await revokeCalendarKey(deps, mine(request));
      return reply.status(204).send(null);
    },
  );
}

/** The address the browser used; the local guard has already checked the Host header. */
export function baseUrlOf(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}`;
}
