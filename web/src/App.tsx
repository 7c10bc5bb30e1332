// The app shell: loads the profile, sends first-time users to onboarding, and renders the route.
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { describeError, getProfile, type ProfileView } from './api.js';
import { ComposePage } from './Compose.js';
import { AccountPage } from './AccountPage.js';
import { DuplicatesPage } from './DuplicatesPage.js';
import { ImportPage } from './ImportPage.js';
import { Onboarding } from './Onboarding.js';
import { PeopleList } from './PeopleList.js';
import { PersonFormPage } from './PersonForm.js';
import { PersonPage } from './PersonPage.js';
import { PlaybookEntryPage } from './PlaybookEntryPage.js';
import { PlaybookPage } from './PlaybookPage.js';
import { PlaybookTemplatesPage } from './PlaybookTemplatesPage.js';
import { ProfilePage } from './ProfilePage.js';
import { ProgressPage } from './ProgressPage.js';
import { hrefFor, navigate, replaceRoute, type Route } from './route.js';
import { TodayPage } from './TodayPage.js';
import { useRoute } from './useRoute.js';
import { UserTodayContext } from './useUserToday.js';
import { useSignedIn } from './SignInGate.js';
import { GroupPage } from './GroupPage.js';
import { GroupsPage } from './GroupsPage.js';
import { JoinGroupPage } from './JoinGroup.js';

type Loaded =
  | { state: 'loading' }
  | { state: 'failed'; message: string }
  | { state: 'ready'; profile: ProfileView };

const peopleRoute: Route = { name: 'people', query: '', offset: 0 };
const todayRoute: Route = { name: 'today' };

export function App() {
  const { route, visit } = useRoute();
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });

  const loadProfile = useCallback(async () => {
    try {
      setLoaded({ state: 'ready', profile: await getProfile() });
    } catch (error) {
      setLoaded({ state: 'failed', message: describeError(error) });
    }
  }, []);
  useEffect(() => {
    void loadProfile();
  }, [loadProfile]);

  // Newer Chromium returns a promise from scrollTo, and an effect may only return a cleanup.
  useEffect(() => {
    window.scrollTo({ top: 0 });
  }, [visit]);

  const onboarding =
    loaded.state === 'ready' && (!loaded.profile.onboarded || route.name === 'onboarding');
  useEffect(() => {
    if (onboarding && route.name !== 'onboarding') replaceRoute({ name: 'onboarding' });
  }, [onboarding, route.name]);

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="site-header-inner">
          <a className="brand" href={hrefFor(todayRoute)}>
            Kith
          </a>
          {loaded.state === 'ready' && !onboarding ? <Nav route={route} /> : null}
        </div>
      </header>
      <main id="main" className="page" tabIndex={-1}>
        <UserTodayContext value={loaded.state === 'ready' ? loaded.profile.today : null}>
          {loaded.state === 'loading' ? <p className="muted">Loading…</p> : null}
          {loaded.state === 'failed' ? (
            <LoadFailed message={loaded.message} onRetry={() => void loadProfile()} />
          ) : null}
          {loaded.state === 'ready' ? (
            onboarding ? (
              <Onboarding
                profile={loaded.profile}
                onSaved={(profile) => {
                  setLoaded({ state: 'ready', profile });
                  navigate(peopleRoute);
                }}
                onDemoLoaded={() => {
                  void loadProfile().then(() => navigate(peopleRoute));
                }}
              />
            ) : (
              <Page
                key={visit}
                route={route}
                profile={loaded.profile}
                onProfile={(profile) => setLoaded({ state: 'ready', profile })}
                onDemoLoaded={() => void loadProfile()}
              />
            )
          ) : null}
        </UserTodayContext>
      </main>
    </>
  );
}

interface PageProps {
  route: Route;
  profile: ProfileView;
  onProfile: (profile: ProfileView) => void;
  onDemoLoaded: () => void;
}

function Page({ route, profile, onProfile, onDemoLoaded }: PageProps) {
  // A group's link opened while signed in: the address is /join-group, not a hash route.
  if (window.location.pathname === '/join-group') return <JoinGroupPage />;
  switch (route.name) {
    case 'today':
      return <TodayPage onDemoLoaded={onDemoLoaded} />;
    case 'progress':
      return <ProgressPage />;
    case 'people':
      return (
        <PeopleList
          initialQuery={route.query}
          initialOffset={route.offset}
          onDemoLoaded={onDemoLoaded}
        />
      );
    case 'new-person':
      return <PersonFormPage />;
    case 'person':
      return <PersonPage id={route.id} />;
    case 'edit-person':
      return <PersonFormPage id={route.id} />;
    case 'compose':
      return (
        <ComposePage
          id={route.id}
          intent={route.intent}
          action={route.action ?? null}
          topic={route.topic ?? null}
          goal={profile.goal}
        />
      );
    case 'profile':
      return <ProfilePage profile={profile} onSaved={onProfile} />;
    case 'import':
      return <ImportPage profileName={profile.name} />;
    case 'duplicates':
      return <DuplicatesPage />;
    case 'account':
      return <AccountRoute />;
    case 'groups':
      return <ServerModeOnly page={<GroupsPage />} />;
    case 'group':
      return <ServerModeOnly page={<GroupPage id={route.id} />} />;
    case 'playbook':
      return <ServerModeOnly page={<PlaybookPage groupId={route.groupId} sort={route.sort} />} />;
    case 'playbook-entry':
      return <ServerModeOnly page={<PlaybookEntryPage entryId={route.entryId} />} />;
    case 'playbook-templates':
      return <ServerModeOnly page={<PlaybookTemplatesPage />} />;
    case 'onboarding':
    case 'not-found':
      return (
        <div className="stack">
          <h1>Nothing at this address</h1>
          <p>
            The link may be old. <a href={hrefFor(todayRoute)}>Go to today’s plan</a> or{' '}
            <a href={hrefFor(peopleRoute)}>your people</a>.
          </p>
        </div>
      );
  }
}

const navItems: { label: string; route: Route; covers: Route['name'][] }[] = [
  { label: 'Today', route: todayRoute, covers: ['today'] },
  {
    label: 'People',
    route: peopleRoute,
    covers: ['people', 'person', 'new-person', 'edit-person', 'compose', 'import', 'duplicates'],
  },
  { label: 'Progress', route: { name: 'progress' }, covers: ['progress'] },
  { label: 'Profile', route: { name: 'profile' }, covers: ['profile'] },
];

/** Server mode's account page; the one-person default has no account to show. */
function AccountRoute() {
  const account = useSignedIn()?.account;
  return account ? (
    <AccountPage account={account} />
  ) : (
    <p>Kith runs for one person here: there is no account to manage.</p>
  );
}

/** Groups and their playbooks join many accounts, so only server mode has them. */
function ServerModeOnly({ page }: { page: ReactNode }) {
  return useSignedIn()?.account ? (
    page
  ) : (
    <p>
      Groups and playbooks need a Kith with accounts (kith serve --accounts); here Kith runs for one
      person.
    </p>
  );
}

function Nav({ route }: { route: Route }) {
  const signedIn = useSignedIn();
  const items = signedIn?.account
    ? [
        ...navItems,
        {
          label: 'Groups',
          route: { name: 'groups' } as Route,
          covers: ['groups', 'group'] as Route['name'][],
        },
        {
          label: 'Playbook',
          route: { name: 'playbook', groupId: null, sort: 'newest' } as Route,
          covers: ['playbook', 'playbook-entry', 'playbook-templates'] as Route['name'][],
        },
        {
          label: 'Account',
          route: { name: 'account' } as Route,
          covers: ['account'] as Route['name'][],
        },
      ]
    : navItems;
  return (
    <nav aria-label="Main">
      <ul className="nav">
        {items.map((item) => (
          <li key={item.label}>
            <a
              href={hrefFor(item.route)}
              aria-current={item.covers.includes(route.name) ? 'page' : undefined}
            >
              {item.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function LoadFailed({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <div className="stack" role="alert">
      <h1>Kith couldn’t load</h1>
      <p>{message}</p>
      <button type="button" className="primary" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}
