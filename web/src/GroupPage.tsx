// One group: its members (the owner sets roles and invites), who the group knows, and the coach's
// dashboard; each section shows only when your role allows it, as the server's table says.
import { useCallback, useState } from 'react';
import { groupRoleLabels, groupRoles, type GroupRole } from '../../src/core/group-words.js';
import { describeError } from './api.js';
import { GroupDashboardSection } from './GroupDashboard.js';
import { GroupInvite } from './GroupInvite.js';
import { GroupNetworkSection } from './GroupNetwork.js';
import { getGroup, removeMember, setMemberRole, type GroupDetail } from './groups-api.js';
import { hrefFor, navigate } from './route.js';
import { useLoad } from './useLoad.js';
import { usePageTitle } from './usePageTitle.js';

export function GroupPage({ id }: { id: string }) {
  const fetcher = useCallback(() => getGroup(id), [id]);
  const [loaded, reload] = useLoad(fetcher);
  usePageTitle(loaded.state === 'ready' ? loaded.value.name : 'Group');
  if (loaded.state === 'loading') return <p className="muted">Loading the group…</p>;
  if (loaded.state === 'failed') {
    return (
      <div className="stack" role="alert">
        <h1>Group not found</h1>
        <p>{loaded.message}</p>
        <p>
          <a href={hrefFor({ name: 'groups' })}>Back to your groups</a>
        </p>
      </div>
    );
  }
  const group = loaded.value;
  return (
    <div className="stack-lg">
      <header className="page-header">
        <p className="back">
          <a href={hrefFor({ name: 'groups' })}>Groups</a>
        </p>
        <h1>{group.name}</h1>
        <p className="lead">
          Your role: {groupRoleLabels[group.role].label}. {groupRoleLabels[group.role].description}
        </p>
      </header>
      <Members group={group} onChanged={reload} />
      {group.can.invite ? <GroupInvite groupId={group.id} /> : null}
      {group.can.seeSharedNetwork ? <GroupNetworkSection groupId={group.id} /> : null}
      {group.can.seeProgress ? <GroupDashboardSection groupId={group.id} /> : null}
    </div>
  );
}

function Members({ group, onChanged }: { group: GroupDetail; onChanged: () => void }) {
  const [error, setError] = useState<string | null>(null);
  const act = (work: Promise<unknown>, after: () => void = onChanged) => {
    setError(null);
    work.then(after, (failure: unknown) => setError(describeError(failure)));
  };
  return (
    <section className="card stack" aria-labelledby="members-heading">
      <h2 id="members-heading">Members</h2>
      <ul className="stack-sm group-members" data-testid="group-members">
        {group.members.map((member) => (
          <li key={member.accountId} className="group-member">
            <span>
              {member.label}
              {member.you ? ' (you)' : ''}
            </span>
            {group.can.setRoles ? (
              <label>
                <span className="visually-hidden">Role of {member.label}</span>
                <select
                  value={member.role}
                  onChange={(event) =>
                    act(setMemberRole(group.id, member.accountId, event.target.value as GroupRole))
                  }
                >
                  {groupRoles.map((role) => (
                    <option key={role} value={role}>
                      {groupRoleLabels[role].label}
                    </option>
                  ))}
                </select>
              </label>
            ) : (
              <span className="badge">{groupRoleLabels[member.role].label}</span>
            )}
            {member.you ? (
              <button
                type="button"
                className="link"
                onClick={() =>
                  act(removeMember(group.id, member.accountId), () => navigate({ name: 'groups' }))
                }
              >
                Leave the group
              </button>
            ) : group.can.setRoles ? (
              <button
                type="button"
                className="link"
                onClick={() => act(removeMember(group.id, member.accountId))}
              >
                Remove {member.label}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
