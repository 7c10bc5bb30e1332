// Groups in server mode: the roles a member can hold, what each role may do, and what a member lets
// their groups see of each person. Pure: the web app, the CLI and the API take these from here.
import { z } from 'zod';
import { groupRoles, shareLevels, type GroupRole, type ShareLevel } from './group-words.js';

export * from './group-words.js';

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

/** A group invitation link works once, for this long. */
export const groupInvitationLifetime = 7 * 24 * 60 * 60 * 1000;

/** The coach's dashboard shows this many ISO weeks of actions, this week last. */
export const dashboardWeeks = 8;

/**
 * Why a change to a group's owners is refused: a group always keeps at least one owner, so the
 * last one can neither leave nor step down. Undefined when the change is allowed.
 */
export function lastOwnerProblem(input: {
  currentRole: GroupRole;
  nextRole: GroupRole | null;
  owners: number;
}): string | undefined {
  const losesOwner = input.currentRole === 'owner' && input.nextRole !== 'owner';
  if (!losesOwner || input.owners > 1) return undefined;
  return input.nextRole === null
    ? 'A group needs an owner: make someone else an owner before the last one leaves.'
    : 'A group needs an owner: make someone else an owner first.';
}

/** What the group calls a member: the name on their profile, else the email they sign in with. */
export function memberLabel(member: { name: string | null; email: string | null }): string {
  return member.name?.trim() || member.email || 'A member';
}

/** Of two levels, the one that shows less: a merge keeps a person as private as either side was. */
export function morePrivateLevel(a: ShareLevel, b: ShareLevel): ShareLevel {
  return shareLevels.indexOf(a) <= shareLevels.indexOf(b) ? a : b;
}
