// Server mode's door: asks the server whether sign-in is needed, and until someone is signed in
// shows the sign-in, sign-up or reset page instead of the app. The one-person default walks through.
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { describeError } from './api.js';
import { getSessionState, type SessionState } from './account-api.js';
import { JoinGroupDoor } from './JoinGroup.js';
import { ResetPasswordPage, SignInPage, SignUpPage } from './SignInPages.js';

const SessionContext = createContext<SessionState | null>(null);

/** Who is signed in, in server mode; null in the one-person default. */
export function useSignedIn(): SessionState | null {
  return useContext(SessionContext);
}

type Loaded =
  | { state: 'loading' }
  | { state: 'failed'; message: string }
  | { state: 'ready'; session: SessionState };

export function SignInGate({ children }: { children: ReactNode }) {
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  useEffect(() => {
    getSessionState().then(
      (session) => setLoaded({ state: 'ready', session }),
      (error: unknown) => setLoaded({ state: 'failed', message: describeError(error) }),
    );
  }, []);

  if (loaded.state === 'loading') return null;
  if (loaded.state === 'failed') {
    return (
      <main id="main" className="page" role="alert">
        <h1>Kith couldn’t load</h1>
        <p>{loaded.message}</p>
      </main>
    );
  }
  const { session } = loaded;
  if (!session.signInRequired) return children;
  if (session.account) {
    return <SessionContext value={session}>{children}</SessionContext>;
  }
  return <Door session={session} />;
}

/** The page for the address: an invitation link, a reset link, or else sign-in. */
function Door({ session }: { session: SessionState }) {
  const params = new URLSearchParams(window.location.search);
  const path = window.location.pathname;
  let page: ReactNode;
  if (path === '/sign-up') {
    page = (
      <SignUpPage invitation={params.get('invitation') ?? ''} open={session.signUp === 'open'} />
    );
  } else if (path === '/join-group') {
    page = <JoinGroupDoor />;
  } else if (path === '/reset-password') {
    page = <ResetPasswordPage token={params.get('token') ?? ''} />;
  } else {
    page = <SignInPage canSignUp={session.signUp === 'open'} />;
  }
  return (
    <>
      <header className="site-header">
        <div className="site-header-inner">
          <span className="brand">Kith</span>
        </div>
      </header>
      <main id="main" className="page door" tabIndex={-1}>
        {page}
      </main>
    </>
  );
}

/** Into the app at today's plan, loading it afresh now that a session cookie is set. */
export function enterApp(): void {
  // From "/" to "/#/today" is only a hash change, which would not load anything: reload outright.
  window.history.replaceState(null, '', '/#/today');
  window.location.reload();
}
