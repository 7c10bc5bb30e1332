// Groups in server mode: the roles a member can hold, what each role may do, and what a member lets
// their groups see of each person. Pure: the web app, the CLI and the API take these from here.
import { z } from 'zod';

export const groupRoles = ['owner', 'coach', 'member'] as const;
export type GroupRole = (typeof groupRoles)[number];

export const groupRoleLabels: Record<GroupRole, { label: string; description: string }> = {
  owner: {
    label: 'Owner',
    description: 'Runs the group: invites people, sets roles, and sees the progress figures.',
  },
  coach: {
    label: 'Coach',
    description: "Sees members' progress figures, never their contacts.",
  },
  member: {
    label: 'Member',
    description: 'Shares what they choose with the group and learns from the others.',
  },
};

/** Who may do what in a group. One table, read by every route and screen. */
export const groupPermissions = {
  invite: ['owner'],
  setRoles: ['owner'],
  seeProgress: ['owner', 'coach'],
  seeSharedNetwork: ['owner', 'member'],
  post: ['owner', 'coach', 'member'],
} as const satisfies Record<string, readonly GroupRole[]>;
export type GroupAction = keyof typeof groupPermissions;

export function groupCan(role: GroupRole, action: GroupAction): boolean {
  return (groupPermissions[action] as readonly GroupRole[]).includes(role);
}

export function isGroupRole(value: string): value is GroupRole {
  return (groupRoles as readonly string[]).includes(value);
}

/**
 * What a member's groups may see of one person. Nothing beyond "company" unless the member opts in
 * for that person; notes and interactions are never shared at any level.
 */
export const shareLevels = ['hidden', 'company', 'name'] as const;
export type ShareLevel = (typeof shareLevels)[number];
export const defaultShareLevel: ShareLevel = 'company';

export const shareLevelLabels: Record<ShareLevel, { label: string; description: string }> = {
  hidden: { label: 'Hidden', description: 'Your groups do not see this person at all.' },
  company: {
    label: 'Company only',
    description: 'Your groups see "I know someone at Stripe (Product)", never a name.',
  },
  name: {
    label: 'Name and company',
    description: 'Your groups see their name, company and role. Notes and history stay private.',
  },
};

export function isShareLevel(value: string): value is ShareLevel {
  return (shareLevels as readonly string[]).includes(value);
}

/** What a group sees of one person at a level; undefined when it sees nothing. */
export interface SharedPerson {
  /** "I know someone at Stripe (Product)" or "Ana Ruiz, Stripe (Product)". */
  line: string;
  company: string | null;
  title: string | null;
  name: string | null;
}

export function sharedPerson(
  level: ShareLevel,
  person: { name: string; company: string | null; title: string | null },
): SharedPerson | undefined {
  if (level === 'hidden') return undefined;
  const company = person.company?.trim() || null;
  const title = person.title?.trim() || null;
  if (level === 'company') {
    // Without a company there is nothing a group can use that does not point at the person.
    if (!company) return undefined;
    const line = `I know someone at ${company}${title ? ` (${title})` : ''}`;
    return { line, company, title, name: null };
  }
  const where = company ? `, ${company}${title ? ` (${title})` : ''}` : title ? `, ${title}` : '';
  return { line: `${person.name}${where}`, company, title, name: person.name };
}

export const groupNameSchema = z
  .string()
  .trim()
  .min(1, 'give the group a name, such as "Leeds job club"')
  .max(80, 'keep the name under 80 characters')
  .describe('the group name members see, such as "Leeds job club"');
