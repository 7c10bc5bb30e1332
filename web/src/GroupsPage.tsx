// Your groups (server mode): the ones you are in, starting a new one, and what your groups see of
// your people, set for everyone or for everyone with a tag.
import { useState, type FormEvent } from 'react';
import { groupRoleLabels, shareLevelLabels, type ShareLevel } from '../../src/core/group-words.js';
import { describeError, fieldErrors } from './api.js';
import { SelectField, TextField } from './Field.js';
import { createGroup, listGroups, setSharingInBulk } from './groups-api.js';
import { hrefFor, navigate } from './route.js';
import { useLoad } from './useLoad.js';
import { usePageTitle } from './usePageTitle.js';

export function GroupsPage() {
  usePageTitle('Groups');
  const [groups] = useLoad(listGroups);
  return (
    <div className="stack-lg">
      <header className="page-header">
        <h1>Groups</h1>
        <p className="lead">
          Network together: see who your group knows, and learn from each other. You choose what a
          group sees of each person; your notes and history always stay yours.
        </p>
      </header>
      {groups.state === 'loading' ? <p className="muted">Loading your groups…</p> : null}
      {groups.state === 'failed' ? (
        <p className="form-error" role="alert">
          {groups.message}
        </p>
      ) : null}
      {groups.state === 'ready' ? (
        groups.value.length === 0 ? (
          <p className="empty">
            You are in no group yet. Start one below, or open a group link someone sent you.
          </p>
        ) : (
          <ul className="stack-sm group-list" data-testid="group-list">
            {groups.value.map((group) => (
              <li key={group.id} className="card">
                <a href={hrefFor({ name: 'group', id: group.id })}>{group.name}</a>{' '}
                <span className="muted">
                  {groupRoleLabels[group.role].label} · {group.members}{' '}
                  {group.members === 1 ? 'member' : 'members'}
                </span>
              </li>
            ))}
          </ul>
        )
      ) : null}
      <NewGroup />
      <BulkSharing />
    </div>
  );
}

function NewGroup() {
  const [name, setName] = useState('');
  const [error, setError] = useState<unknown>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    createGroup(name).then(
      (group) => navigate({ name: 'group', id: group.id }),
      (failure: unknown) => setError(failure),
    );
  };
  return (
    <section className="card stack" aria-labelledby="new-group-heading">
      <h2 id="new-group-heading">Start a group</h2>
      <form className="stack" onSubmit={submit}>
        <TextField
          id="group-name"
          label="Group name"
          hint='Such as "Leeds job club". You will be its owner.'
          value={name}
          onChange={setName}
          error={fieldErrors(error).name}
          required
        />
        {error && !fieldErrors(error).name ? (
          <p className="form-error" role="alert">
            {describeError(error)}
          </p>
        ) : null}
        <div className="actions">
          <button type="submit" className="primary">
            Start the group
          </button>
        </div>
      </form>
    </section>
  );
}

const levelOptions = Object.fromEntries(
  Object.entries(shareLevelLabels).map(([level, { label }]) => [level, label]),
) as Record<ShareLevel, string>;

function BulkSharing() {
  const [level, setLevel] = useState<ShareLevel>('company');
  const [tag, setTag] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    setError(null);
    setSharingInBulk({ level, ...(tag.trim() ? { tag: tag.trim() } : {}) }).then(
      (result) =>
        setDone(
          `${levelOptions[result.level]} for ${result.people} ${result.people === 1 ? 'person' : 'people'}.`,
        ),
      (failure: unknown) => setError(failure),
    );
  };
  return (
    <section className="card stack" aria-labelledby="sharing-heading">
      <h2 id="sharing-heading">What your groups see</h2>
      <p>
        {shareLevelLabels.company.description} You can change this for one person on their page, or
        for many here.
      </p>
      <form className="stack" onSubmit={submit}>
        <SelectField
          id="bulk-level"
          label="Groups see"
          hint={shareLevelLabels[level].description}
          value={level}
          onChange={setLevel}
          options={levelOptions}
        />
        <TextField
          id="bulk-tag"
          label="Only people with this tag (optional)"
          hint="Leave it empty to set it for everyone."
          value={tag}
          onChange={setTag}
          error={fieldErrors(error).tag}
        />
        {error && !fieldErrors(error).tag ? (
          <p className="form-error" role="alert">
            {describeError(error)}
          </p>
        ) : null}
        {done ? (
          <p className="success" role="status">
            {done}
          </p>
        ) : null}
        <div className="actions">
          <button type="submit" className="secondary">
            Apply
          </button>
        </div>
      </form>
    </section>
  );
}
