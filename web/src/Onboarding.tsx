// First visit: a few questions about the user's goal and time, or a demo network to look around in.
import { useState } from 'react';
import { ApiError, describeError, loadDemo, type Profile, type ProfileView } from './api.js';
import { ProfileForm } from './ProfileForm.js';
import { usePageTitle } from './usePageTitle.js';

interface OnboardingProps {
  profile: Profile;
  onSaved: (profile: ProfileView) => void;
  onDemoLoaded: () => void;
}

export function Onboarding({ profile, onSaved, onDemoLoaded }: OnboardingProps) {
  usePageTitle('Welcome');
  const [loading, setLoading] = useState(false);
  const [demoError, setDemoError] = useState<string | null>(null);

  async function explore() {
    setLoading(true);
    setDemoError(null);
    try {
      await loadDemo();
      onDemoLoaded();
    } catch (error) {
      setDemoError(
        error instanceof ApiError && error.status === 409
          ? 'Your network already has people in it, so the demo stays out of the way. Answer the questions above to carry on.'
          : describeError(error),
      );
    } finally {
      setLoading(false);
    }
  }

  return (
    <div className="stack-lg">
      <header className="page-header">
        <h1>Welcome to Kith</h1>
        <p className="lead">
          Networking is just relationships, built a little at a time. A few answers help Kith
          suggest who to get in touch with, and what you could offer first. You can change them any
          time.
        </p>
      </header>
      <section className="card" aria-labelledby="about-you">
        <h2 id="about-you">About you</h2>
        <ProfileForm profile={profile} submitLabel="Save and start" onSaved={onSaved} />
      </section>
      <section className="card quiet" aria-labelledby="demo-heading">
        <h2 id="demo-heading">Not ready to fill this in?</h2>
        <p>
          Look around a made-up network of 300 people first, and come back to these questions
          whenever you're ready from your profile.
        </p>
        <button
          type="button"
          className="secondary"
          onClick={() => void explore()}
          disabled={loading}
        >
          {loading ? 'Loading the demo network…' : 'Explore with a demo network first'}
        </button>
        {demoError ? (
          <p className="form-error" role="alert">
            {demoError}
          </p>
        ) : null}
      </section>
    </div>
  );
}
