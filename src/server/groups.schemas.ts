// Request and response shapes of the group routes (server mode), read by the OpenAPI document.
import { z } from 'zod';
import { emailSchema } from '../core/account.js';
import {
  groupNameSchema,
  groupPermissions,
  groupRoles,
  invitableRoles,
  shareLevels,
} from '../core/groups.js';
import { tagSchema } from '../core/person.js';

const groupId = z.string().min(1).max(64).describe("the group's id");
const accountId = z.string().min(1).max(64).describe("the member's account id");

export const groupParams = z.object({ groupId });
export const memberParams = z.object({ groupId, accountId });

export const newGroupBody = z.object({ name: groupNameSchema });

const role = z.enum(groupRoles);

export const groupSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  role: role.describe('your role in the group'),
  members: z.number().int(),
  joinedAt: z.string(),
});

const actions = Object.keys(groupPermissions) as Array<keyof typeof groupPermissions>;

export const groupDetailSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: role.describe('your role in the group'),
  can: z
    .object(Object.fromEntries(actions.map((action) => [action, z.boolean()])))
    .describe('what your role lets you do here'),
  members: z.array(
    z.object({
      accountId: z.string(),
      label: z.string().describe('their profile name, else their email'),
      email: z.string().nullable(),
      role,
      joinedAt: z.string(),
      you: z.boolean(),
    }),
  ),
});

export const groupInvitationBody = z.object({
  role: z.enum(invitableRoles).describe('coach or member; owners are made by promotion'),
  email: emailSchema.optional().describe('if given, only the account with this email can use it'),
});

export const groupInvitationSchema = z.object({
  url: z.string().describe('the link to send; it works once'),
  role: z.enum(invitableRoles),
  email: z.string().nullable(),
  expiresAt: z.string(),
});

export const joinGroupBody = z.object({
  invitation: z
    .string()
    .max(200)
    .describe('the secret from the group link (its ?invitation= part)'),
});

export const roleBody = z.object({ role });

export const groupNetworkSchema = z.object({
  groupId: z.string(),
  companies: z.array(
    z.object({
      company: z.string().nullable(),
      lines: z.array(
        z.object({
          line: z.string().describe('"I know someone at Stripe (Product)", or a name when shared'),
          member: z.string().describe('who to ask'),
          yours: z.boolean(),
          people: z.number().int().describe('how many people the line stands for'),
        }),
      ),
    }),
  ),
  truncated: z.boolean(),
});

export const groupDashboardSchema = z.object({
  groupId: z.string(),
  weeks: z.array(z.string()).describe('the Monday of each week shown, oldest first'),
  members: z.array(
    z.object({
      accountId: z.string(),
      label: z.string(),
      role,
      actions: z.array(z.number().int()).describe('interactions logged in each week'),
      asked: z.number().int(),
      answered: z.number().int(),
      replyRate: z.number().nullable(),
      streakWeeks: z.number().int(),
      weeklyGoal: z.number().int(),
    }),
  ),
});

const level = z.enum(shareLevels).describe('what your groups see of the person');

export const sharingSchema = z.object({ personId: z.number().int(), level });
export const sharingBody = z.object({ level });
export const bulkSharingBody = z.object({
  level,
  tag: tagSchema.optional().describe('only people with this tag; left out, everyone'),
});
export const bulkSharingSchema = z.object({ people: z.number().int(), level });
