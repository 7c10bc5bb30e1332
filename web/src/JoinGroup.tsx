// A group's link: signed in, one button joins; signed out, create an account through it (and join
// at once) or sign in first and come back to the same link.
import { useState, type FormEvent } from 'react';
import { describeError, fieldErrors } from './api.js';
import { signIn, signUp } from './account-api.js';
import { TextField } from './Field.js';
import { joinGroup } from './groups-api.js';
import { usePageTitle } from './usePageTitle.js';

/** The secret of the group link this page was opened with. */
export function groupLinkSecret(): string {
  return new URLSearchParams(window.location.search).get('invitation') ?? '';
}

/** Into the app at the group's page, loading it afresh (the address leaves /join-group). */
function enterGroup(groupId: string): void {
  window.history.replaceState(null, '', `/#/groups/${encodeURIComponent(groupId)}`);
  window.location.reload();
}

export function JoinGroupPage() {
  usePageTitle('Join a group');
  const [error, setError] = useState<unknown>(null);
  const join = () => {
    setError(null);
    joinGroup(groupLinkSecret()).then(
      (group) => enterGroup(group.id),
      (failure: unknown) => setError(failure),
    );
  };
  return (
    <div className="stack">
      <h1>Join a group</h1>
      <p>
        Someone invited you to a group on this Kith. Your people and notes stay yours: you choose
        what the group sees of each person, and it sees only a company and role unless you say so.
      </p>
      {error ? (
        <p className="form-error" role="alert">
          {describeError(error)}
        </p>
      ) : null}
      <div className="actions">
        <button type="button" className="primary" onClick={join}>
          Join the group
        </button>
      </div>
    </div>
  );
}

/** Signed out: a new account through the link, or sign in and come back to the same link. */
export function JoinGroupDoor() {
  usePageTitle('Join a group');
  const [hasAccount, setHasAccount] = useState(false);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const work = hasAccount
      ? signIn(email, password).then(() => window.location.reload())
      : signUp({ email, password, groupInvitation: groupLinkSecret() }).then(() => {
          window.history.replaceState(null, '', '/#/groups');
          window.location.reload();
        });
    work.catch((failure: unknown) => setError(failure));
  };
  return (
    <div className="stack">
      <h1>Join a group on Kith</h1>
      <p>
        {hasAccount
          ? 'Sign in, then join the group with one more click.'
          : 'Create your account to join. Your people and notes stay yours.'}
      </p>
      <form className="stack" onSubmit={submit}>
        <TextField
          id="email"
          label="Email"
          type="email"
          autoComplete="username"
          value={email}
          onChange={setEmail}
          error={fieldErrors(error).email}
          required
        />
        <TextField
          id="password"
          label="Password"
          type="password"
          autoComplete={hasAccount ? 'current-password' : 'new-password'}
          value={password}
          onChange={setPassword}
          error={fieldErrors(error).password}
          required
        />
        {error ? (
          <p className="form-error" role="alert">
            {describeError(error)}
          </p>
        ) : null}
        <button type="submit" className="primary">
          {hasAccount ? 'Sign in' : 'Create account and join'}
        </button>
      </form>
      <p>
        <button type="button" className="link" onClick={() => setHasAccount(!hasAccount)}>
          {hasAccount ? 'New here? Create an account' : 'Have an account? Sign in'}
        </button>
      </p>
    </div>
  );
}
