// The user's profile: the onboarding answers, their value statement, what they can offer others,
// and their network to take with them.
import { useCallback, useEffect, useState } from 'react';
import { describeError, getBrand, getProfile, type Brand, type ProfileView } from './api.js';
import { BackupPanel } from './BackupPanel.js';
import { BrandPanel } from './BrandPanel.js';
import { OffersPanel } from './OffersPanel.js';
import { ProfileForm } from './ProfileForm.js';
import { usePageTitle } from './usePageTitle.js';

type LoadedBrand =
  { state: 'loading' } | { state: 'failed'; message: string } | { state: 'ready'; brand: Brand };

export function ProfilePage({
  profile,
  onSaved,
}: {
  profile: ProfileView;
  onSaved: (profile: ProfileView) => void;
}) {
  usePageTitle('Your profile');
  const [saved, setSaved] = useState(false);
  const [brand, setBrand] = useState<LoadedBrand>({ state: 'loading' });
  // Bumped by a restore, so the form starts again from the restored profile.
  const [restores, setRestores] = useState(0);

  const loadBrand = useCallback(() => {
    getBrand().then(
      (loaded) => setBrand({ state: 'ready', brand: loaded }),
      (error: unknown) => setBrand({ state: 'failed', message: describeError(error) }),
    );
  }, []);
  useEffect(loadBrand, [loadBrand]);

  const brandSaved = (next: Brand) => {
    setBrand({ state: 'ready', brand: next });
    // The brand routes answer with the profile alone; the user's date stays as it was.
    onSaved({ ...profile, ...next.profile });
  };

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
          key={restores}
          profile={profile}
          submitLabel="Save profile"
          withCoachSettings
          onSaved={(next) => {
            setSaved(true);
            onSaved(next);
            // The suggested statement reads the name, headline and goal too.
            loadBrand();
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
      {brand.state === 'loading' ? (
        <p className="muted">Loading your statement and offers…</p>
      ) : null}
      {brand.state === 'failed' ? (
        <div className="stack" role="alert">
          <p className="form-error">{brand.message}</p>
          <div className="actions">
            <button type="button" className="secondary" onClick={loadBrand}>
              Try again
            </button>
          </div>
        </div>
      ) : null}
      {brand.state === 'ready' ? (
        <>
          <BrandPanel brand={brand.brand} onSaved={brandSaved} />
          <OffersPanel brand={brand.brand} onSaved={brandSaved} />
        </>
      ) : null}
      <BackupPanel
        onRestored={() => {
          // A restore brings its own profile, statement and offers.
          getProfile().then(
            (restored) => {
              onSaved(restored);
              setRestores((n) => n + 1);
            },
            () => undefined,
          );
          loadBrand();
        }}
      />
    </div>
  );
}
