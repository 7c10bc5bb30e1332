// The owner's invitation form: a one-time link for a coach or a member, perhaps for one email.
import { useState, type FormEvent } from 'react';
import { groupRoleLabels, invitableRoles, type InvitableRole } from '../../src/core/group-words.js';
import { describeError, fieldErrors } from './api.js';
import { SelectField, TextField } from './Field.js';
import { inviteToGroup } from './groups-api.js';
import { formatDay } from './labels.js';

const roleOptions = Object.fromEntries(
  invitableRoles.map((role) => [role, groupRoleLabels[role].label]),
) as Record<InvitableRole, string>;

export function GroupInvite({ groupId }: { groupId: string }) {
  const [role, setRole] = useState<InvitableRole>('member');
  const [email, setEmail] = useState('');
  const [link, setLink] = useState<{ url: string; expiresAt: string } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    inviteToGroup(groupId, { role, ...(email.trim() ? { email: email.trim() } : {}) }).then(
      setLink,
      (failure: unknown) => setError(failure),
    );
  };
  return (
    <section className="card stack" aria-labelledby="invite-heading">
      <h2 id="invite-heading">Invite someone</h2>
      <form className="stack" onSubmit={submit}>
        <SelectField
          id="invite-role"
          label="Role"
          hint={groupRoleLabels[role].description}
          value={role}
          onChange={setRole}
          options={roleOptions}
        />
        <TextField
          id="invite-email"
          label="Their email (optional)"
          hint="If you give one, only that account can use the link."
          type="email"
          value={email}
          onChange={setEmail}
          error={fieldErrors(error).email}
        />
        {error && !fieldErrors(error).email ? (
          <p className="form-error" role="alert">
            {describeError(error)}
          </p>
        ) : null}
        <div className="actions">
          <button type="submit" className="primary">
            Make an invitation link
          </button>
        </div>
      </form>
      {link ? (
        <div className="stack-sm" role="status">
          <p>
            Send this link to them. It works once, until {formatDay(link.expiresAt.slice(0, 10))}.
          </p>
          <p className="invite-link" data-testid="group-invite-link">
            {link.url}
          </p>
        </div>
      ) : null}
    </section>
  );
}
