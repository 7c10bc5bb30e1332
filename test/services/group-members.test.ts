// Joining and leaving groups: one-time links with a role, owners who set roles and remove members,
// and a group that never loses its last owner.
import { expect, it } from 'vitest';
import { inviteToGroup, joinGroup } from '../../src/services/group-invitations.js';
import { removeMember, setMemberRole } from '../../src/services/group-members.js';
import { myGroups, showGroup } from '../../src/services/groups.js';
import { signUp } from '../../src/services/sign-up.js';
import { describeEachDialect } from '../dialects.js';
import { on } from './coach-builders.js';
import { emailAccount, groupWith, refusal } from './group-builders.js';

const now = '2026-11-30T12:00:00Z';

describeEachDialect('group members', ({ store }) => {
  it('joins by a link with its role, once; a second use and an expired link are refused', async () => {
    const owner = await emailAccount(store(), now, 'owner');
    const coach = await emailAccount(store(), now, 'coach');
    const late = await emailAccount(store(), now, 'late');
    const group = await groupWith(owner, []);
    const link = await inviteToGroup(owner, { groupId: group.id, role: 'coach' });
    expect(link.expiresAt).toBe('2026-12-07T12:00:00.000Z');
    expect(await joinGroup(coach, { invitation: link.secret })).toMatchObject({
      id: group.id,
      role: 'coach',
      members: 2,
    });
    await expect(joinGroup(late, { invitation: link.secret })).rejects.toMatchObject(
      refusal('FORBIDDEN', 'already used'),
    );
    const old = await inviteToGroup(owner, { groupId: group.id, role: 'member' });
    await expect(
      joinGroup(on(late, '2026-12-08T12:00:00Z'), { invitation: old.secret }),
    ).rejects.toMatchObject(refusal('FORBIDDEN', 'expired'));
    expect(await myGroups(late)).toEqual([]);
  });

  it('keeps a link tied to an email for that account, and unused when someone else tries', async () => {
    const owner = await emailAccount(store(), now, 'owner');
    const other = await emailAccount(store(), now, 'other');
    const group = await groupWith(owner, []);
    const link = await inviteToGroup(owner, {
      groupId: group.id,
      role: 'member',
      email: 'Right.Person@Example.org',
    });
    expect(link.email).toBe('right.person@example.org');
    await expect(joinGroup(other, { invitation: link.secret })).rejects.toMatchObject(
      refusal('FORBIDDEN', 'right.person@example.org'),
    );
    const { account } = await signUp(
      { store: store(), now: () => new Date(now) },
      {
        email: 'right.person@example.org',
        password: 'correct horse battery',
        groupInvitation: link.secret,
        mode: 'open',
      },
    );
    const joined = await myGroups({
      store: store(),
      accountId: account.id,
      now: () => new Date(now),
    });
    expect(joined).toMatchObject([{ id: group.id, role: 'member' }]);
  });

  it('lets only the owner invite, and refuses owner as a role a link can carry', async () => {
    const owner = await emailAccount(store(), now, 'owner');
    const member = await emailAccount(store(), now, 'member');
    const group = await groupWith(owner, [{ deps: member, role: 'member' }]);
    await expect(
      inviteToGroup(member, { groupId: group.id, role: 'member' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(inviteToGroup(owner, { groupId: group.id, role: 'owner' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      problems: [{ field: 'role' }],
    });
  });

  it('signs a newcomer up through a group link on an invitation-only Kith only when its owner made it', async () => {
    const accounts = { store: store(), now: () => new Date(now) };
    const groupOwner = await emailAccount(store(), now, 'group-owner');
    const group = await groupWith(groupOwner, []);
    const link = await inviteToGroup(groupOwner, { groupId: group.id, role: 'member' });
    await expect(
      signUp(accounts, {
        email: 'newcomer@example.org',
        password: 'correct horse battery',
        groupInvitation: link.secret,
        mode: 'invitation',
      }),
    ).rejects.toMatchObject(refusal('FORBIDDEN', 'by invitation only'));
    // The refused sign-up made no account and left the link unused.
    const later = await emailAccount(store(), now, 'later');
    await expect(joinGroup(later, { invitation: link.secret })).resolves.toMatchObject({
      id: group.id,
    });
  });

  it('lets the owner change roles and remove members, and members leave', async () => {
    const owner = await emailAccount(store(), now, 'owner');
    const coach = await emailAccount(store(), now, 'coach');
    const member = await emailAccount(store(), now, 'member');
    const group = await groupWith(owner, [
      { deps: coach, role: 'coach' },
      { deps: member, role: 'member' },
    ]);
    const shown = await showGroup(owner, group.id);
    expect(shown.members.map((m) => m.role)).toEqual(['owner', 'coach', 'member']);
    expect(shown.can).toMatchObject({ invite: true, seeProgress: true, seeSharedNetwork: true });
    await expect(
      setMemberRole(coach, { groupId: group.id, accountId: member.accountId, role: 'coach' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const after = await setMemberRole(owner, {
      groupId: group.id,
      accountId: member.accountId,
      role: 'coach',
    });
    expect(after.members.find((m) => m.accountId === member.accountId)?.role).toBe('coach');
    await removeMember(owner, { groupId: group.id, accountId: member.accountId });
    expect(await myGroups(member)).toEqual([]);
    await removeMember(coach, { groupId: group.id, accountId: coach.accountId });
    expect(await myGroups(coach)).toEqual([]);
    await expect(
      removeMember(owner, { groupId: group.id, accountId: coach.accountId }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('never lets the last owner leave or step down, and does once there is another owner', async () => {
    const owner = await emailAccount(store(), now, 'owner');
    const member = await emailAccount(store(), now, 'member');
    const group = await groupWith(owner, [{ deps: member, role: 'member' }]);
    await expect(
      removeMember(owner, { groupId: group.id, accountId: owner.accountId }),
    ).rejects.toMatchObject(refusal('CONFLICT', 'needs an owner'));
    await expect(
      setMemberRole(owner, { groupId: group.id, accountId: owner.accountId, role: 'member' }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    await setMemberRole(owner, { groupId: group.id, accountId: member.accountId, role: 'owner' });
    await setMemberRole(owner, { groupId: group.id, accountId: owner.accountId, role: 'member' });
    expect((await showGroup(member, group.id)).members).toMatchObject([
      { accountId: member.accountId, role: 'owner' },
      { accountId: owner.accountId, role: 'member' },
    ]);
    await expect(
      removeMember(member, { groupId: group.id, accountId: member.accountId }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it("answers NOT_FOUND for another group's members and for a group you are not in", async () => {
    const owner = await emailAccount(store(), now, 'owner');
    const stranger = await emailAccount(store(), now, 'stranger');
    const group = await groupWith(owner, []);
    const theirs = await groupWith(stranger, []);
    await expect(showGroup(stranger, group.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      setMemberRole(owner, { groupId: group.id, accountId: stranger.accountId, role: 'coach' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      removeMember(owner, { groupId: theirs.id, accountId: stranger.accountId }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
