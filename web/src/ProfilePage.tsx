// The user's profile: the onboarding answers, editable whenever their goal or time changes.
import { useState } from 'react';
import type { Profile } from './api.js';
import { ProfileForm } from './ProfileForm.js';
import { usePageTitle } from './usePageTitle.js';

export function ProfilePage({
  profile,
  onSaved,
}: {
  profile: Profile;
  onSaved: (profile: Profile) => void;
}) {
  usePageTitle('Your profile');
  const [saved, setSaved] = useState(false);
  return (
    <div className="stack-lg">
      <header className="page-header">
        <h1>Your profile</h1>
        <p className="lead">
          Kith uses this to choose who to suggest and what you could offer them. Change it whenever
          your goal or your week changes.
        </p>
      </header>
      <section className="card" aria-label="Profile">
        <ProfileForm
          profile={profile}
          submitLabel="Save profile"
          onSaved={(next) => {
            setSaved(true);
            onSaved(next);
          }}
        />
        <div role="status">
          {saved ? (
            <p className="success" data-testid="profile-saved">
              Saved. Kith will plan with these answers from now on.
            </p>
          ) : null}
        </div>
      </section>
    </div>
  );
}
