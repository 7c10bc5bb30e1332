// The duplicate review list: pairs that might be one person, for the user to merge or keep apart.
import { useCallback, useEffect, useState } from 'react';
import { describeError, listDuplicates, type DuplicateReview } from './api.js';
import { DuplicatePair } from './DuplicatePair.js';
import { count } from './import-words.js';
import { hrefFor } from './route.js';
import { usePageTitle } from './usePageTitle.js';

type Loaded =
  | { state: 'loading' }
  | { state: 'failed'; message: string }
  | { state: 'ready'; reviews: DuplicateReview[] };

export function DuplicatesPage() {
  usePageTitle('Possible duplicates');
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });

  const load = useCallback(() => {
    setLoaded({ state: 'loading' });
    listDuplicates().then(
      ({ reviews }) => setLoaded({ state: 'ready', reviews }),
      (error: unknown) => setLoaded({ state: 'failed', message: describeError(error) }),
    );
  }, []);
  useEffect(load, [load]);

  return (
    <div className="stack-lg">
      <header className="page-header">
        <h1>Possible duplicates</h1>
        <p className="lead">
          Kith joins two entries by itself only when they share an email, a phone number or a
          LinkedIn profile. These look alike without that proof, so you decide. A merge keeps every
          detail from both, and you can undo it.
        </p>
      </header>
      {loaded.state === 'loading' ? <p className="muted">Loading…</p> : null}
      {loaded.state === 'failed' ? (
        <div className="stack" role="alert">
          <p className="form-error">{loaded.message}</p>
          <div className="actions">
            <button type="button" className="secondary" onClick={load}>
              Try again
            </button>
          </div>
        </div>
      ) : null}
      {loaded.state === 'ready' ? <Reviews reviews={loaded.reviews} /> : null}
    </div>
  );
}

function Reviews({ reviews }: { reviews: DuplicateReview[] }) {
  if (reviews.length === 0) {
    return (
      <div className="empty card quiet stack" data-testid="duplicates-empty">
        <p>
          Nothing to check. When an import finds two entries that might be one person — say “Bill”
          and “William” at the same company — they’ll wait here for you.
        </p>
        <div className="actions">
          <a className="button secondary" href={hrefFor({ name: 'import' })}>
            Import contacts
          </a>
          <a href={hrefFor({ name: 'people', query: '', offset: 0 })}>Back to your people</a>
        </div>
      </div>
    );
  }
  return (
    <section className="stack" aria-labelledby="pairs-heading">
      <h2 id="pairs-heading">{count(reviews.length, 'pair', 'pairs')} to check</h2>
      <ul className="pairs" aria-label="Pairs to check">
        {reviews.map((review) => (
          <DuplicatePair key={review.id} review={review} />
        ))}
      </ul>
    </section>
  );
}
