// The words of groups that the web app shows as they are: the roles and what each means, what a
// group may see of a person, and the roles an invitation can carry. Constants and types only.

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

/** The roles an invitation can carry: a group has owners only by promotion, never by link. */
export const invitableRoles = ['coach', 'member'] as const satisfies readonly GroupRole[];
export type InvitableRole = (typeof invitableRoles)[number];
