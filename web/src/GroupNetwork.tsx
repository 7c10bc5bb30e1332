// "Who we know": what the group's members share, by company, with whom to ask for an introduction.
import { useCallback } from 'react';
import { getGroupNetwork } from './groups-api.js';
import { useLoad } from './useLoad.js';

export function GroupNetworkSection({ groupId }: { groupId: string }) {
  const fetcher = useCallback(() => getGroupNetwork(groupId), [groupId]);
  const [loaded] = useLoad(fetcher);
  return (
    <section className="card stack" aria-labelledby="network-heading" data-testid="group-network">
      <h2 id="network-heading">Who we know</h2>
      <p className="hint">
        What members share: a company and role by default, a name only when they choose. Ask the
        member for an introduction.
      </p>
      {loaded.state === 'loading' ? <p className="muted">Loading…</p> : null}
      {loaded.state === 'failed' ? (
        <p className="form-error" role="alert">
          {loaded.message}
        </p>
      ) : null}
      {loaded.state === 'ready' && loaded.value.companies.length === 0 ? (
        <p className="empty">Nobody shares anyone with this group yet.</p>
      ) : null}
      {loaded.state === 'ready'
        ? loaded.value.companies.map((company) => (
            <div key={company.company ?? ''} className="stack-sm">
              <h3>{company.company ?? 'Without a company'}</h3>
              <ul className="known-lines">
                {company.lines.map((line) => (
                  <li key={`${line.member}\n${line.line}`}>
                    {line.line}
                    {line.people > 1 ? ` (${line.people} people)` : ''}{' '}
                    <span className="muted">— {line.yours ? 'you' : `ask ${line.member}`}</span>
                  </li>
                ))}
              </ul>
            </div>
          ))
        : null}
      {loaded.state === 'ready' && loaded.value.truncated ? (
        <p className="hint">The group shares more than this; the first 2,000 people are shown.</p>
      ) : null}
    </section>
  );
}
