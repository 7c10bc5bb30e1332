// An empty plan, kindly explained: why there is nothing to do, and what would fill tomorrow's.
import { useEffect, useState } from 'react';
import { describeError, listPeople, loadDemo } from './api.js';
import { hrefFor } from './route.js';

interface TodayEmptyProps {
  /** Called once the demo network is in, so the page can plan with it. */
  onDemoLoaded: () => void;
}

export function TodayEmpty({ onDemoLoaded }: TodayEmptyProps) {
  const [people, setPeople] = useState<number | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    listPeople({ limit: 1 }).then(
      (page) => current && setPeople(page.total),
      () => current && setPeople(null),
    );
    return () => {
      current = false;
    };
  }, []);

  async function explore() {
    setLoading(true);
    setError(null);
    try {
      await loadDemo();
      onDemoLoaded();
    } catch (caught) {
      setError(describeError(caught));
      setLoading(false);
    }
  }

  const empty = people === 0;
  return (
    <section className="card quiet stack" aria-labelledby="empty-heading" data-testid="today-empty">
      <h2 id="empty-heading">{empty ? 'Your plan starts with people' : 'Nothing to do today'}</h2>
      {empty ? (
        <p>
          Kith suggests who to get in touch with from the people you know, and there’s no one here
          yet. Import your contacts from LinkedIn, Google, Outlook or your phone, or add a few
          you’ve talked to lately — a former colleague, a classmate, someone from an event — and
          Kith will have a short list for you.
        </p>
      ) : (
        <p>
          No one needs a nudge today: the people Kith knows are in touch, resting or snoozed. That’s
          a fine place to be. Add someone new, or log a conversation you’ve had, and the plan will
          pick it up.
        </p>
      )}
      <div className="actions">
        {empty ? (
          <a className="button primary" href={hrefFor({ name: 'import' })}>
            Import your contacts
          </a>
        ) : null}
        <a
          className={empty ? 'button secondary' : 'button primary'}
          href={hrefFor({ name: 'new-person' })}
        >
          Add someone you know
        </a>
        <a className="button secondary" href={hrefFor({ name: 'people', query: '', offset: 0 })}>
          Log a conversation
        </a>
        {empty ? (
          <button
            type="button"
            className="secondary"
            disabled={loading}
            onClick={() => void explore()}
          >
            {loading ? 'Loading the demo network…' : 'Explore a demo network'}
          </button>
        ) : null}
      </div>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
