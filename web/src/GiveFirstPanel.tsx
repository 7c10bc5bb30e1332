// "Give first": what the user could offer this person, from their own offers inventory.
import { useEffect, useState } from 'react';
import { getGiveFirst, type GiveFirst } from './api.js';
import { hrefFor } from './route.js';

export function GiveFirstPanel({ personId, firstName }: { personId: number; firstName: string }) {
  const [giveFirst, setGiveFirst] = useState<GiveFirst | null>(null);

  useEffect(() => {
    let current = true;
    getGiveFirst(personId).then(
      (result) => current && setGiveFirst(result),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [personId]);

  if (giveFirst === null) return null;
  return (
    <section
      className="card stack-sm"
      aria-labelledby="give-first-heading"
      data-testid="give-first"
    >
      <h2 id="give-first-heading">Something to offer {firstName}</h2>
      {giveFirst.offerCount === 0 ? (
        <p className="hint">
          Leading with something useful makes any ask easier. You have more to give than you think:{' '}
          <a href={hrefFor({ name: 'profile' })}>note what you can offer</a>, and Kith will match it
          to what {firstName} needs.
        </p>
      ) : (
        <ul className="stack-sm">
          {giveFirst.matches.map((match) => (
            <li key={`${match.offer.category}:${match.offer.detail}`}>
              <strong>{match.offer.detail}</strong>
              <span className="hint"> — {match.reason}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
