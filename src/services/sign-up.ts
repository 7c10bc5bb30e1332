// Joining a Kith server: by invitation link, or openly when the operator allows it; and the
// first owner's link, made when the server starts with no accounts.
import { foldEmail, lifetimes, type Role, type SignUpMode } from '../core/account.js';
import { AppError } from '../core/errors.js';
import { countLogins, findLogin } from '../store/account-logins.repo.js';
import { insertInvitation, useInvitation } from '../store/invitations.repo.js';
import { inTransaction } from '../store/store.js';
import { joinWithInvitation, openGroupInvitation } from './group-invitations.js';
import { addLogin, type AccountSummary } from './accounts.js';
import { hashPassword, hashSecret, isoPlus, makeSecret, type AccountDeps } from './secrets.js';
import { startSession, type SignedIn } from './sign-in.js';

export interface Invitation {
  /** The secret for the link; shown once. */
  secret: string;
  expiresAt: string;
}

/** An invitation from an owner; members cannot invite. */
export async function inviteMember(
  deps: AccountDeps,
  input: { invitedBy: string; email?: string | null },
): Promise<Invitation> {
  const inviter = await findLogin(deps.store, input.invitedBy);
  if (inviter?.role !== 'owner') {
    throw new AppError('FORBIDDEN', 'Only the owner of this Kith can invite people. Ask them.');
  }
  return invite(deps, {
    invitedBy: input.invitedBy,
    role: 'member',
    email: input.email ? foldEmail(input.email) : null,
    lifetime: lifetimes.invitation,
  });
}

/** The owner's one-time link, only while the server has no accounts at all; null otherwise. */
export async function inviteFirstOwner(deps: AccountDeps): Promise<Invitation | null> {
  if ((await countLogins(deps.store)) > 0) return null;
  return invite(deps, {
    invitedBy: null,
    role: 'owner',
    email: null,
    lifetime: lifetimes.ownerInvitation,
  });
}

async function invite(
  deps: AccountDeps,
  input: { invitedBy: string | null; role: Role; email: string | null; lifetime: number },
): Promise<Invitation> {
  const now = deps.now();
  // Invitations belong to no account yet, so their secret starts with a fixed word, not an id.
  const { secret, secretHash } = makeSecret('invite');
  const expiresAt = isoPlus(now, input.lifetime);
  await insertInvitation(deps.store, {
    secret_hash: secretHash,
    invited_by: input.invitedBy,
    role: input.role,
    email: input.email,
    created_at: now.toISOString(),
    expires_at: expiresAt,
    used_at: null,
  });
  return { secret, expiresAt };
}

/** A new account, signed in. Without an invitation only an open server admits it. */
export async function signUp(
  deps: AccountDeps,
  input: SignUpInput & { password: string },
): Promise<{ account: AccountSummary; session: SignedIn }> {
  const passwordHash = await hashPassword(input.password);
  const account = await inTransaction(deps.store, async (store) => {
    const inTx = { ...deps, store };
    const role = await admit(inTx, input);
    const made = await addLogin(inTx, { email: input.email, passwordHash, role });
    // A group link joins the group in the same transaction: both happen, or neither.
    if (input.groupInvitation) {
      await joinWithInvitation(store, {
        accountId: made.id,
        email: foldEmail(input.email),
        secret: input.groupInvitation,
        at: deps.now().toISOString(),
      });
    }
    return made;
  });
  return { account, session: await startSession(deps, account.id) };
}

interface SignUpInput {
  email: string;
  invitation?: string | undefined;
  /** The secret of a group's link: the new account joins that group too. */
  groupInvitation?: string | undefined;
  mode: SignUpMode;
}

async function admit(deps: AccountDeps, input: SignUpInput): Promise<Role> {
  if (input.invitation === undefined || input.invitation === '') {
    if (input.mode === 'open') return 'member';
    if (input.groupInvitation) return admitByGroupLink(deps, input.groupInvitation, input.email);
    throw new AppError(
      'FORBIDDEN',
      'This Kith is by invitation only. Ask its owner for an invitation link.',
    );
  }
  const invitation = await useInvitation(
    deps.store,
    hashSecret(input.invitation),
    deps.now().toISOString(),
  );
  if (!invitation) {
    throw new AppError(
      'FORBIDDEN',
      'This invitation link has expired or was already used. Ask for a new one.',
    );
  }
  if (invitation.email !== null && invitation.email !== foldEmail(input.email)) {
    throw new AppError(
      'FORBIDDEN',
      `This invitation is for ${invitation.email}. Sign up with that address, or ask for a new link.`,
    );
  }
  return invitation.role === 'owner' ? 'owner' : 'member';
}

/**
 * On a Kith that is by invitation only, a group's link admits a newcomer only when the Kith's owner
 * made it: anyone may own a group, and owning one must not mean deciding who gets an account.
 */
async function admitByGroupLink(deps: AccountDeps, secret: string, email: string): Promise<Role> {
  const link = await openGroupInvitation(deps.store, {
    secret,
    email: foldEmail(email),
    at: deps.now().toISOString(),
  });
  const inviter = link.invited_by ? await findLogin(deps.store, link.invited_by) : undefined;
  if (inviter?.role === 'owner') return 'member';
  throw new AppError(
    'FORBIDDEN',
    'This Kith is by invitation only. Ask its owner for an invitation to sign up, then open the group link again.',
  );
}
