// Request and response shapes of server mode's sign-in, sign-up, account and token routes.
import { z } from 'zod';
import { emailSchema, passwordSchema, roles, signUpModes } from '../core/account.js';

export const accountSchema = z.object({
  id: z.string(),
  email: z.string(),
  role: z.enum(roles).describe('the owner can invite people; members cannot'),
  disabled: z.boolean(),
  createdAt: z.string(),
});

export const sessionStateSchema = z.object({
  signInRequired: z
    .boolean()
    .describe('true in server mode (kith serve --accounts); false for the one-person default'),
  signUp: z
    .enum(signUpModes)
    .nullable()
    .describe(
      'who may create an account: only with an invitation, or anyone; null when no sign-in',
    ),
  account: accountSchema.nullable().describe('who is signed in, if anyone'),
});

export const signInBody = z.object({
  email: z.string().max(254).describe('the email address you signed up with'),
  password: z.string().max(200),
});

export const signUpBody = z.object({
  email: emailSchema,
  password: passwordSchema,
  invitation: z
    .string()
    .max(200)
    .optional()
    .describe('the secret from the invitation link (its ?invitation= part)'),
  groupInvitation: z
    .string()
    .max(200)
    .optional()
    .describe('the secret from a group link: the new account joins that group too'),
});

export const changePasswordBody = z.object({
  currentPassword: z.string().max(200),
  newPassword: passwordSchema,
});

export const resetRequestBody = z.object({ email: z.string().max(254) });

export const resetBody = z.object({
  token: z.string().max(200).describe('the secret from the reset link (its ?token= part)'),
  password: passwordSchema,
});

export const invitationBody = z
  .object({
    email: emailSchema.optional().describe('if given, only this address can use the invitation'),
  })
  .default({});

export const invitationSchema = z.object({
  url: z.string().describe('the link to send; it works once'),
  expiresAt: z.string(),
});

export const tokenSchema = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
});

export const newTokenSchema = tokenSchema.extend({
  token: z
    .string()
    .describe('send as Authorization: Bearer <token>; shown only now, Kith keeps only a hash'),
});

export const tokenBody = z.object({
  name: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .describe('what the token is for, such as "backup script"'),
});

export const tokenParams = z.object({ id: z.string().max(64) });

export const calendarKeySchema = z.object({
  url: z
    .string()
    .describe('the feed address for your calendar app; it carries its own key, shown only now'),
});
