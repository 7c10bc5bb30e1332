// Says when the network holds the demo people, and takes them out again on request.
import { useEffect, useState } from 'react';
import { describeError, getDemoStatus, removeDemo } from './api.js';

interface DemoBannerProps {
  /** Changes whenever the list reloads, so the count stays current. */
  version: number;
  onRemoved: (profileReset: boolean) => void;
}

export function DemoBanner({ version, onRemoved }: DemoBannerProps) {
  const [count, setCount] = useState(0);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    getDemoStatus().then(
      (status) => current && setCount(status.people),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [version]);

  if (count === 0) return null;
  const remove = () => {
    removeDemo().then(
      (result) => {
        setCount(0);
        setConfirming(false);
        onRemoved(result.profileReset);
      },
      (failure: unknown) => setError(describeError(failure)),
    );
  };
  return (
    <aside className="card stack" aria-label="Demo network" data-testid="demo-banner">
      <p>
        You’re exploring the demo network: {count.toLocaleString()} sample people tagged #demo. When
        you’re ready to start on your own, take them out; anyone you added stays.
      </p>
      {confirming ? (
        <div className="actions">
          <button type="button" className="danger" onClick={remove}>
            Yes, remove the demo people
          </button>
          <button type="button" className="secondary" onClick={() => setConfirming(false)}>
            Keep them for now
          </button>
        </div>
      ) : (
        <div className="actions">
          <button type="button" className="secondary" onClick={() => setConfirming(true)}>
            Remove the demo people
          </button>
        </div>
      )}
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </aside>
  );
}
