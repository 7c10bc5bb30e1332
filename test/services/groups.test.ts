// Groups: the creator owns the group, others see nothing of a group they are not in, and each
// role can do only what the one permission table allows.
import { describe, expect, it } from 'vitest';
import { groupCan, sharedPerson } from '../../src/core/groups.js';
import { createGroup, myGroups, requireGroupRole } from '../../src/services/groups.js';
import { insertMember } from '../../src/store/groups.repo.js';
import { describeEachDialect } from '../dialects.js';
import { freshAccount } from './coach-builders.js';

describeEachDialect('groups', ({ store }) => {
  it('makes the creator the owner, and hides the group from everyone else', async () => {
    const owner = await freshAccount(store(), '2026-11-30T12:00:00Z');
    const stranger = await freshAccount(store(), '2026-11-30T12:00:00Z');
    const group = await createGroup(owner, { name: '  Leeds job club ' });
    expect(group).toMatchObject({ name: 'Leeds job club', role: 'owner', members: 1 });
    expect(await myGroups(owner)).toEqual([group]);
    expect(await myGroups(stranger)).toEqual([]);
    await expect(requireGroupRole(stranger, group.id)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await requireGroupRole(owner, group.id, 'invite')).toEqual({
      groupId: group.id,
      name: 'Leeds job club',
      role: 'owner',
    });
  });

  it('lets a coach see progress but never the shared network', async () => {
    const owner = await freshAccount(store(), '2026-11-30T12:00:00Z');
    const coach = await freshAccount(store(), '2026-11-30T12:00:00Z');
    const group = await createGroup(owner, { name: 'Bootcamp' });
    await insertMember(store(), {
      account_id: coach.accountId,
      group_id: group.id,
      role: 'coach',
      joined_at: '2026-11-30T12:00:00Z',
    });
    expect((await myGroups(coach))[0]).toMatchObject({ role: 'coach', members: 2 });
    await expect(requireGroupRole(coach, group.id, 'seeProgress')).resolves.toMatchObject({
      role: 'coach',
    });
    await expect(requireGroupRole(coach, group.id, 'seeSharedNetwork')).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(requireGroupRole(coach, group.id, 'invite')).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('refuses a group without a name, naming the field', async () => {
    const owner = await freshAccount(store(), '2026-11-30T12:00:00Z');
    await expect(createGroup(owner, { name: '   ' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      problems: [{ field: 'name' }],
    });
  });
});

describe('what a group sees of a person', () => {
  const ana = { name: 'Ana Ruiz', company: 'Stripe', title: 'Product' };

  it('shows only the company by default, a name only when opted in, nothing when hidden', () => {
    expect(sharedPerson('company', ana)).toEqual({
      line: 'I know someone at Stripe (Product)',
      company: 'Stripe',
      title: 'Product',
      name: null,
    });
    expect(sharedPerson('name', ana)?.line).toBe('Ana Ruiz, Stripe (Product)');
    expect(sharedPerson('hidden', ana)).toBeUndefined();
    expect(sharedPerson('company', { ...ana, company: null })).toBeUndefined();
  });

  it('gives coaches progress and never contacts', () => {
    expect(groupCan('coach', 'seeProgress')).toBe(true);
    expect(groupCan('coach', 'seeSharedNetwork')).toBe(false);
    expect(groupCan('member', 'invite')).toBe(false);
  });
});
