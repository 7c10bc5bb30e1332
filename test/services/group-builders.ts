// Builders for group scenarios: accounts that sign in with an email, and a group with its members.
import { expect } from 'vitest';
import type { Deps } from '../../src/services/deps.js';
import { addLogin } from '../../src/services/accounts.js';
import { createGroup, type GroupSummary } from '../../src/services/groups.js';
import { inviteToGroup, joinGroup } from '../../src/services/group-invitations.js';
import type { Store } from '../../src/store/store.js';

let made = 0;

/** An account with a sign-in email (no real password: these tests never sign in). */
export async function emailAccount(store: Store, now: string, name = 'someone'): Promise<Deps> {
  made += 1;
  const email = `${name}-${process.pid}-${made}@example.org`;
  const deps = { store, now: () => new Date(now) };
  const account = await addLogin(deps, { email, passwordHash: 'not-a-hash', role: 'member' });
  return { ...deps, accountId: account.id };
}

/** A group owned by `owner`, with each other account joined by link with its role. */
export async function groupWith(
  owner: Deps,
  others: Array<{ deps: Deps; role: 'coach' | 'member' }>,
  name = 'Leeds job club',
): Promise<GroupSummary> {
  const group = await createGroup(owner, { name });
  for (const other of others) {
    const link = await inviteToGroup(owner, { groupId: group.id, role: other.role });
    await joinGroup(other.deps, { invitation: link.secret });
  }
  return group;
}

/** What a refusal looks like: its code, and words its message must hold. */
export function refusal(code: string, words: string): { code: string; message: string } {
  return { code, message: expect.stringContaining(words) as string };
}
