// Removing a person from Kith, asked twice, with "do not contact" offered as the gentler choice.
import { useState } from 'react';
import { describeError, removePerson, type Person } from './api.js';
import { navigate } from './route.js';

export function RemovePerson({
  person,
  interactionCount,
}: {
  person: Person;
  interactionCount: number;
}) {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function remove() {
    try {
      await removePerson(person.id);
      navigate({ name: 'people', query: '', offset: 0 });
    } catch (caught) {
      setError(describeError(caught));
    }
  }

  const logged =
    interactionCount === 0
      ? ''
      : ` and the ${interactionCount === 1 ? 'one interaction' : `${interactionCount} interactions`} you logged`;
  return (
    <section className="card danger-zone" aria-labelledby="remove-heading">
      <h2 id="remove-heading">Remove {person.name}</h2>
      {confirming ? (
        <div className="stack" role="alertdialog" aria-labelledby="remove-question">
          <p id="remove-question">
            Remove {person.name}
            {logged} from Kith? This can’t be undone. If you’d rather just not be nudged about them,
            tick “Do not contact” instead.
          </p>
          <div className="actions">
            <button type="button" className="danger" onClick={() => void remove()}>
              Yes, remove {person.name}
            </button>
            <button type="button" className="secondary" onClick={() => setConfirming(false)}>
              Keep them
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="secondary" onClick={() => setConfirming(true)}>
          Remove from Kith…
        </button>
      )}
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
