// Finds one person by searching the network: for the connector of an intro, or who to introduce.
import { useEffect, useState } from 'react';
import { describeError, listPeople, type PersonListItem } from './api.js';
import { useDebounced } from './useDebounced.js';

interface PersonPickerProps {
  id: string;
  label: string;
  hint: string;
  /** People who cannot be picked, such as the person the message is about. */
  excludeIds: readonly number[];
  picked: PersonListItem | null;
  onPick: (person: PersonListItem | null) => void;
}

type Found =
  | { state: 'idle' }
  | { state: 'failed'; message: string }
  | { state: 'ready'; query: string; people: PersonListItem[] };

export function PersonPicker({ id, label, hint, excludeIds, picked, onPick }: PersonPickerProps) {
  const [text, setText] = useState('');
  const query = useDebounced(text.trim(), 150);
  const [found, setFound] = useState<Found>({ state: 'idle' });
  const excluded = excludeIds.join(',');

  useEffect(() => {
    if (query === '') {
      setFound({ state: 'idle' });
      return;
    }
    let current = true;
    listPeople({ query, limit: 8 }).then(
      (page) =>
        current &&
        setFound({
          state: 'ready',
          query,
          people: page.people.filter((p) => !excluded.split(',').includes(String(p.id))),
        }),
      (error: unknown) => current && setFound({ state: 'failed', message: describeError(error) }),
    );
    return () => {
      current = false;
    };
  }, [query, excluded]);

  if (picked) {
    return (
      <div className="picked" data-testid={`${id}-picked`}>
        <p>
          <span className="muted">{label}</span> <strong>{picked.name}</strong>
          {roleOf(picked) ? <span className="muted"> · {roleOf(picked)}</span> : null}
        </p>
        <button
          type="button"
          className="link small"
          onClick={() => {
            onPick(null);
            setText('');
          }}
        >
          Choose someone else
        </button>
      </div>
    );
  }

  return (
    <div className="field picker">
      <label htmlFor={id}>{label}</label>
      <p className="hint" id={`${id}-hint`}>
        {hint}
      </p>
      <input
        id={id}
        type="search"
        value={text}
        autoComplete="off"
        placeholder="Start typing a name or company"
        aria-describedby={`${id}-hint`}
        onChange={(event) => setText(event.target.value)}
      />
      <div role="status">
        {found.state === 'failed' ? <p className="field-error">{found.message}</p> : null}
        {found.state === 'ready' && found.people.length === 0 ? (
          <p className="hint">No one else matches “{found.query}”.</p>
        ) : null}
      </div>
      {found.state === 'ready' && found.people.length > 0 ? (
        <ul className="picker-results" aria-label="Matching people">
          {found.people.map((person) => (
            <li key={person.id}>
              <button type="button" className="picker-option" onClick={() => onPick(person)}>
                <span className="picker-name">{person.name}</span>
                {roleOf(person) ? <span className="muted">{roleOf(person)}</span> : null}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function roleOf(person: PersonListItem): string {
  return [person.title, person.company].filter(Boolean).join(' at ');
}
