// The network a page at a time: search as you type, page through, log a conversation in one line.
import { useEffect, useState } from 'react';
import {
  describeError,
  listPeople,
  loadDemo,
  type PeoplePage,
  type PersonListItem,
} from './api.js';
import { DemoBanner } from './DemoBanner.js';
import { LogLine } from './LogLine.js';
import { hrefFor, personHref, replaceRoute } from './route.js';
import { useDebounced } from './useDebounced.js';
import { usePageTitle } from './usePageTitle.js';

const pageSize = 50;

interface PeopleListProps {
  initialQuery: string;
  initialOffset: number;
  onDemoLoaded: () => void;
}

type Loaded =
  | { state: 'loading' }
  | { state: 'failed'; message: string }
  | { state: 'ready'; page: PeoplePage; query: string; offset: number };

export function PeopleList({ initialQuery, initialOffset, onDemoLoaded }: PeopleListProps) {
  usePageTitle('People');
  const [text, setText] = useState(initialQuery);
  const query = useDebounced(text.trim(), 150);
  const [offset, setOffset] = useState(initialOffset);
  const [searched, setSearched] = useState(initialQuery.trim());
  const [version, setVersion] = useState(0);
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });

  // A new search starts again from the first page.
  if (query !== searched) {
    setSearched(query);
    setOffset(0);
  }

  useEffect(() => {
    let current = true;
    replaceRoute({ name: 'people', query, offset });
    listPeople({ query, limit: pageSize, offset }).then(
      (page) => current && setLoaded({ state: 'ready', page, query, offset }),
      (error: unknown) => current && setLoaded({ state: 'failed', message: describeError(error) }),
    );
    // Answers to older keystrokes can arrive late; only the newest request may paint.
    return () => {
      current = false;
    };
  }, [query, offset, version]);

  return (
    <div className="stack-lg">
      <header className="page-header with-action">
        <h1>People</h1>
        <div className="actions">
          <a className="button secondary" href={hrefFor({ name: 'import' })}>
            Import contacts
          </a>
          <a className="button primary" href={hrefFor({ name: 'new-person' })}>
            Add a person
          </a>
        </div>
      </header>
      <DemoBanner
        version={version}
        onRemoved={(profileReset) => {
          setVersion((v) => v + 1);
          if (profileReset) onDemoLoaded();
        }}
      />
      <LogLine onLogged={() => setVersion((v) => v + 1)} />
      <section id="network" className="stack" aria-labelledby="network-heading">
        <h2 id="network-heading" className="visually-hidden">
          Your network
        </h2>
        <div className="field">
          <label htmlFor="people-search">Search your network</label>
          <input
            id="people-search"
            type="search"
            value={text}
            placeholder="A name, company, tag or a word from your notes"
            autoComplete="off"
            onChange={(event) => setText(event.target.value)}
          />
        </div>
        <Results
          loaded={loaded}
          onPage={(next) => {
            setOffset(next);
            document.getElementById('network')?.scrollIntoView({ block: 'start' });
          }}
          onDemoLoaded={() => {
            setVersion((v) => v + 1);
            onDemoLoaded();
          }}
        />
      </section>
    </div>
  );
}

interface ResultsProps {
  loaded: Loaded;
  onPage: (offset: number) => void;
  onDemoLoaded: () => void;
}

function Results({ loaded, onPage, onDemoLoaded }: ResultsProps) {
  if (loaded.state === 'loading') return <p className="muted">Loading your network…</p>;
  if (loaded.state === 'failed') {
    return (
      <p className="form-error" role="alert">
        {loaded.message}
      </p>
    );
  }
  const { page, query, offset } = loaded;
  if (page.total === 0 && query === '') return <EmptyNetwork onDemoLoaded={onDemoLoaded} />;
  if (page.total === 0) {
    return (
      <p className="empty" role="status">
        No one matches “{query}”. Try part of a name, a company or a tag.
      </p>
    );
  }
  const first = offset + 1;
  const last = offset + page.people.length;
  return (
    <>
      <p className="muted" role="status" data-testid="people-summary">
        Showing {first}–{last} of {page.total.toLocaleString()}
        {page.capped ? '+' : ''}
        {query === '' ? '' : ` matching “${query}”`}
        {page.capped ? '. Add a word to narrow it down.' : ''}
      </p>
      <ul className="people" aria-label="People">
        {page.people.map((person) => (
          <PersonRow key={person.id} person={person} />
        ))}
      </ul>
      {page.total > pageSize || page.capped ? (
        <nav className="pager" aria-label="Pages of people">
          <button
            type="button"
            className="secondary"
            disabled={offset === 0}
            onClick={() => onPage(Math.max(0, offset - pageSize))}
          >
            Previous {pageSize}
          </button>
          <button
            type="button"
            className="secondary"
            disabled={page.capped ? page.people.length < pageSize : last >= page.total}
            onClick={() => onPage(offset + pageSize)}
          >
            Next {pageSize}
          </button>
        </nav>
      ) : null}
    </>
  );
}

function PersonRow({ person }: { person: PersonListItem }) {
  const role = [person.title, person.company].filter(Boolean).join(' at ');
  return (
    <li className="person-row">
      <a href={personHref(person.id)} className="person-name">
        {person.name}
      </a>
      {person.doNotContact ? <span className="badge warn">Do not contact</span> : null}
      {role || person.location ? (
        <p className="muted">{[role, person.location].filter(Boolean).join(' · ')}</p>
      ) : null}
      {person.tags.length > 0 ? (
        <ul className="tags" aria-label="Tags">
          {person.tags.map((tag) => (
            <li key={tag}>{tag}</li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}

function EmptyNetwork({ onDemoLoaded }: { onDemoLoaded: () => void }) {
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function explore() {
    setLoading(true);
    try {
      await loadDemo();
      onDemoLoaded();
    } catch (caught) {
      setError(describeError(caught));
      setLoading(false);
    }
  }

  return (
    <div className="empty card quiet" data-testid="people-empty">
      <p>
        No one here yet. Bring in the contacts you already have, add someone you talked to this
        month, or load the demo network to see how Kith works.
      </p>
      <div className="actions">
        <a className="button primary" href={hrefFor({ name: 'import' })}>
          Import your contacts
        </a>
        <a className="button secondary" href={hrefFor({ name: 'new-person' })}>
          Add someone you know
        </a>
        <button
          type="button"
          className="secondary"
          onClick={() => void explore()}
          disabled={loading}
        >
          {loading ? 'Loading the demo network…' : 'Load the demo network'}
        </button>
      </div>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
