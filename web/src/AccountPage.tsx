// Server mode's account page: change the password, sign out here or everywhere, personal API
// tokens for scripts, and (for the owner) invitation links.
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { describeError, fieldErrors } from './api.js';
import {
  changePassword,
  createToken,
  inviteSomeone,
  listTokens,
  revokeToken,
  signOut,
  signOutEverywhere,
  type AccountSummary,
  type ApiToken,
} from './account-api.js';
import { TextField } from './Field.js';
import { usePageTitle } from './usePageTitle.js';

export function AccountPage({ account }: { account: AccountSummary }) {
  usePageTitle('Your account');
  return (
    <div className="stack">
      <h1>Your account</h1>
      <p>
        Signed in as <strong>{account.email}</strong>
        {account.role === 'owner' ? ', the owner of this Kith' : ''}.
      </p>
      <SignOutPanel />
      <PasswordPanel />
      <TokensPanel />
      {account.role === 'owner' ? <InvitePanel /> : null}
    </div>
  );
}

function SignOutPanel() {
  const [error, setError] = useState<unknown>(null);
  const leave = (work: () => Promise<void>) => () => {
    work().then(
      () => window.location.replace('/'),
      (failure: unknown) => setError(failure),
    );
  };
  return (
    <section className="stack" aria-labelledby="sign-out-heading">
      <h2 id="sign-out-heading">Sign out</h2>
      <p>
        Signing out everywhere ends every session, on every device, including any you have lost.
      </p>
      <div className="actions">
        <button type="button" onClick={leave(signOut)}>
          Sign out
        </button>
        <button type="button" onClick={leave(signOutEverywhere)}>
          Sign out everywhere
        </button>
      </div>
      {error ? <p role="alert">{describeError(error)}</p> : null}
    </section>
  );
}

function PasswordPanel() {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    changePassword(current, next).then(
      () => {
        setDone(true);
        setCurrent('');
        setNext('');
      },
      (failure: unknown) => setError(failure),
    );
  };
  const fields = fieldErrors(error);
  return (
    <section className="stack" aria-labelledby="password-heading">
      <h2 id="password-heading">Change your password</h2>
      <form className="stack" onSubmit={submit}>
        <TextField
          id="current-password"
          label="Current password"
          type="password"
          autoComplete="current-password"
          value={current}
          onChange={setCurrent}
          error={fields.currentPassword}
          required
        />
        <TextField
          id="new-password"
          label="New password"
          type="password"
          autoComplete="new-password"
          value={next}
          onChange={setNext}
          error={fields.newPassword}
          required
        />
        {error && Object.keys(fields).length === 0 ? (
          <p role="alert">{describeError(error)}</p>
        ) : null}
        {done ? <p role="status">Password changed. Your other sessions have ended.</p> : null}
        <button type="submit" className="primary">
          Change password
        </button>
      </form>
    </section>
  );
}

function TokensPanel() {
  const [tokens, setTokens] = useState<ApiToken[]>([]);
  const [name, setName] = useState('');
  const [shown, setShown] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const load = useCallback(() => {
    listTokens().then(setTokens, setError);
  }, []);
  useEffect(load, [load]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    createToken(name).then(
      (made) => {
        setShown(made.token);
        setName('');
        load();
      },
      (failure: unknown) => setError(failure),
    );
  };
  return (
    <section className="stack" aria-labelledby="tokens-heading">
      <h2 id="tokens-heading">Personal API tokens</h2>
      <p>
        For scripts: send a token as <code>Authorization: Bearer &lt;token&gt;</code>.
      </p>
      {shown ? (
        <p role="status">
          Copy it now; Kith keeps only a fingerprint and cannot show it again: <code>{shown}</code>
        </p>
      ) : null}
      {tokens.length > 0 ? (
        <ul className="stack">
          {tokens.map((token) => (
            <li key={token.id}>
              {token.name}{' '}
              <span className="muted">
                made {token.createdAt.slice(0, 10)}
                {token.lastUsedAt ? `, last used ${token.lastUsedAt.slice(0, 10)}` : ', never used'}
              </span>{' '}
              <button type="button" onClick={() => void revokeToken(token.id).then(load, setError)}>
                Revoke {token.name}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">No tokens yet.</p>
      )}
      <form className="stack" onSubmit={submit}>
        <TextField
          id="token-name"
          label="What the token is for"
          placeholder="backup script"
          value={name}
          onChange={setName}
          required
        />
        <button type="submit">Make a token</button>
      </form>
      {error ? <p role="alert">{describeError(error)}</p> : null}
    </section>
  );
}

function InvitePanel() {
  const [email, setEmail] = useState('');
  const [link, setLink] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    inviteSomeone(email.trim() || undefined).then(
      (made) => setLink(made.url),
      (failure: unknown) => setError(failure),
    );
  };
  return (
    <section className="stack" aria-labelledby="invite-heading">
      <h2 id="invite-heading">Invite someone</h2>
      <form className="stack" onSubmit={submit}>
        <TextField
          id="invite-email"
          label="Their email (optional)"
          hint="Given, only this address can use the link."
          type="email"
          value={email}
          onChange={setEmail}
        />
        <button type="submit">Make an invitation link</button>
      </form>
      {link ? (
        <p role="status">
          Send them this link; it works once, for seven days: <code>{link}</code>
        </p>
      ) : null}
      {error ? <p role="alert">{describeError(error)}</p> : null}
    </section>
  );
}
