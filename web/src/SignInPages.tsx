// Sign in, sign up by invitation (or openly), and set a new password from a reset link.
import { useState, type FormEvent } from 'react';
import { describeError, fieldErrors } from './api.js';
import { askForReset, resetPassword, signIn, signUp } from './account-api.js';
import { TextField } from './Field.js';
import { enterApp } from './SignInGate.js';
import { usePageTitle } from './usePageTitle.js';

/** A form's one submit: the error to show, and whether it is waiting on the server. */
function useSubmit(work: () => Promise<void>) {
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    work().then(
      () => setBusy(false),
      (failure: unknown) => {
        setError(failure);
        setBusy(false);
      },
    );
  };
  return { submit, busy, error, fields: fieldErrors(error) };
}

function FormError({ error }: { error: unknown }) {
  return error ? (
    <p className="form-error" role="alert">
      {describeError(error)}
    </p>
  ) : null;
}

export function SignInPage({ canSignUp }: { canSignUp: boolean }) {
  usePageTitle('Sign in');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [forgot, setForgot] = useState(false);
  const form = useSubmit(async () => {
    await signIn(email, password);
    enterApp();
  });
  if (forgot) return <ForgotPassword email={email} onBack={() => setForgot(false)} />;
  return (
    <div className="stack">
      <h1>Sign in to Kith</h1>
      <form className="stack" onSubmit={form.submit}>
        <TextField
          id="email"
          label="Email"
          type="email"
          autoComplete="username"
          value={email}
          onChange={setEmail}
          required
        />
        <TextField
          id="password"
          label="Password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
          required
        />
        <FormError error={form.error} />
        <button type="submit" className="primary" disabled={form.busy}>
          Sign in
        </button>
      </form>
      <p>
        <button type="button" className="link" onClick={() => setForgot(true)}>
          Forgot your password?
        </button>
      </p>
      {canSignUp ? (
        <p>
          New here? <a href="/sign-up">Create an account</a>.
        </p>
      ) : (
        <p className="muted">New here? Ask the person who runs this Kith for an invitation link.</p>
      )}
    </div>
  );
}

function ForgotPassword({ email: initial, onBack }: { email: string; onBack: () => void }) {
  usePageTitle('Reset your password');
  const [email, setEmail] = useState(initial);
  const [sent, setSent] = useState<string | null>(null);
  const form = useSubmit(async () => setSent((await askForReset(email)).detail));
  return (
    <div className="stack">
      <h1>Reset your password</h1>
      {sent ? (
        <p role="status">{sent} The person who runs this Kith passes it on to you.</p>
      ) : (
        <form className="stack" onSubmit={form.submit}>
          <TextField
            id="reset-email"
            label="Email"
            type="email"
            autoComplete="username"
            value={email}
            onChange={setEmail}
            required
          />
          <FormError error={form.error} />
          <button type="submit" className="primary" disabled={form.busy}>
            Ask for a reset link
          </button>
        </form>
      )}
      <p>
        <button type="button" className="link" onClick={onBack}>
          Back to sign in
        </button>
      </p>
    </div>
  );
}

export function SignUpPage({ invitation, open }: { invitation: string; open: boolean }) {
  usePageTitle('Create your account');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const form = useSubmit(async () => {
    await signUp({ email, password, ...(invitation ? { invitation } : {}) });
    enterApp();
  });
  if (!invitation && !open) {
    return (
      <div className="stack">
        <h1>Kith is by invitation here</h1>
        <p>Ask the person who runs this Kith for an invitation link, then open it.</p>
        <p>
          Have an account? <a href="/">Sign in</a>.
        </p>
      </div>
    );
  }
  return (
    <div className="stack">
      <h1>Create your account</h1>
      <p>Your people and notes stay yours: nobody else on this Kith can see them.</p>
      <form className="stack" onSubmit={form.submit}>
        <TextField
          id="email"
          label="Email"
          type="email"
          autoComplete="username"
          value={email}
          onChange={setEmail}
          error={form.fields.email}
          required
        />
        <TextField
          id="password"
          label="Password"
          type="password"
          autoComplete="new-password"
          hint="A few unrelated words make a strong one."
          value={password}
          onChange={setPassword}
          error={form.fields.password}
          required
        />
        <FormError error={form.error} />
        <button type="submit" className="primary" disabled={form.busy}>
          Create account
        </button>
      </form>
    </div>
  );
}

export function ResetPasswordPage({ token }: { token: string }) {
  usePageTitle('Choose a new password');
  const [password, setPassword] = useState('');
  const [done, setDone] = useState(false);
  const form = useSubmit(async () => {
    await resetPassword(token, password);
    setDone(true);
  });
  return (
    <div className="stack">
      <h1>Choose a new password</h1>
      {done ? (
        <p role="status">
          Your password is changed, and every session has ended. <a href="/">Sign in</a> with the
          new one.
        </p>
      ) : (
        <form className="stack" onSubmit={form.submit}>
          <TextField
            id="password"
            label="New password"
            type="password"
            autoComplete="new-password"
            value={password}
            onChange={setPassword}
            error={form.fields.password}
            required
          />
          <FormError error={form.error} />
          <button type="submit" className="primary" disabled={form.busy}>
            Set the new password
          </button>
        </form>
      )}
    </div>
  );
}
