// On a person's page in server mode: what your groups see of them, changed with one choice.
import { useCallback, useState } from 'react';
import { shareLevelLabels, shareLevels, type ShareLevel } from '../../src/core/group-words.js';
import { describeError } from './api.js';
import { getSharing, setSharing } from './groups-api.js';
import { hrefFor } from './route.js';
import { useLoad } from './useLoad.js';

export function PersonSharing({ personId }: { personId: number }) {
  const fetcher = useCallback(() => getSharing(personId), [personId]);
  const [loaded] = useLoad(fetcher);
  const [level, setLevel] = useState<ShareLevel | null>(null);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const current = level ?? (loaded.state === 'ready' ? loaded.value.level : null);
  // The choice shows at once; if the server refuses it, the earlier one comes back with the reason.
  const choose = (next: ShareLevel) => {
    const previous = current;
    setLevel(next);
    setStatus(null);
    setSharing(personId, next).then(
      (saved) => {
        setLevel(saved.level);
        setStatus({ ok: true, text: `Saved: ${shareLevelLabels[saved.level].label}.` });
      },
      (error: unknown) => {
        setLevel(previous);
        setStatus({ ok: false, text: describeError(error) });
      },
    );
  };
  return (
    <section className="card stack" aria-labelledby="sharing-heading" data-testid="person-sharing">
      <h2 id="sharing-heading">What your groups see</h2>
      {loaded.state === 'failed' ? (
        <p className="form-error" role="alert">
          {loaded.message}
        </p>
      ) : null}
      {current ? (
        <fieldset className="choices">
          <legend className="visually-hidden">What your groups see of this person</legend>
          {shareLevels.map((option) => (
            <div key={option} className="field field-checkbox">
              <input
                type="radio"
                id={`share-${option}`}
                name="share-level"
                checked={current === option}
                onChange={() => choose(option)}
              />
              <label htmlFor={`share-${option}`}>
                {shareLevelLabels[option].label}{' '}
                <span className="hint">{shareLevelLabels[option].description}</span>
              </label>
            </div>
          ))}
        </fieldset>
      ) : null}
      {status ? (
        <p className={status.ok ? 'success' : 'form-error'} role={status.ok ? 'status' : 'alert'}>
          {status.text}
        </p>
      ) : null}
      <p className="hint">
        Notes and your history together are never shared. Set many people at once on{' '}
        <a href={hrefFor({ name: 'groups' })}>Groups</a>.
      </p>
    </section>
  );
}
