// The typed client for server mode's group routes and what members share with their groups.
import type { ShareLevel } from '../../src/core/group-words.js';
import type { GroupDashboard } from '../../src/services/group-dashboard.js';
import type { GroupNetwork } from '../../src/services/group-network.js';
import type { GroupDetail, GroupSummary } from '../../src/services/groups.js';
import type { PersonSharing } from '../../src/services/person-sharing.js';
import { request } from './api.js';

export type { GroupDashboard, GroupDetail, GroupNetwork, GroupSummary, PersonSharing, ShareLevel };

const at = (groupId: string) => `/api/groups/${encodeURIComponent(groupId)}`;

export function listGroups(): Promise<GroupSummary[]> {
  return request<GroupSummary[]>('GET', '/api/groups');
}

export function createGroup(name: string): Promise<GroupSummary> {
  return request<GroupSummary>('POST', '/api/groups', { name });
}

export function getGroup(groupId: string): Promise<GroupDetail> {
  return request<GroupDetail>('GET', at(groupId));
}

export function inviteToGroup(
  groupId: string,
  input: { role: 'coach' | 'member'; email?: string },
): Promise<{ url: string; role: string; email: string | null; expiresAt: string }> {
  return request('POST', `${at(groupId)}/invitations`, input);
}

export function joinGroup(invitation: string): Promise<GroupSummary> {
  return request<GroupSummary>('POST', '/api/groups/join', { invitation });
}

export function setMemberRole(
  groupId: string,
  accountId: string,
  role: GroupSummary['role'],
): Promise<GroupDetail> {
  return request<GroupDetail>('PUT', `${at(groupId)}/members/${encodeURIComponent(accountId)}`, {
    role,
  });
}

export function removeMember(groupId: string, accountId: string): Promise<void> {
  return request<void>('DELETE', `${at(groupId)}/members/${encodeURIComponent(accountId)}`);
}

export function getGroupNetwork(groupId: string): Promise<GroupNetwork> {
  return request<GroupNetwork>('GET', `${at(groupId)}/network`);
}

export function getGroupDashboard(groupId: string): Promise<GroupDashboard> {
  return request<GroupDashboard>('GET', `${at(groupId)}/dashboard`);
}

export function getSharing(personId: number): Promise<PersonSharing> {
  return request<PersonSharing>('GET', `/api/people/${personId}/sharing`);
}

export function setSharing(personId: number, level: ShareLevel): Promise<PersonSharing> {
  return request<PersonSharing>('PUT', `/api/people/${personId}/sharing`, { level });
}

export function setSharingInBulk(input: {
  level: ShareLevel;
  tag?: string;
}): Promise<{ people: number; level: ShareLevel }> {
  return request('PUT', '/api/sharing', input);
}
