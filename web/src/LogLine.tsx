// One-line logging: "coffee with Ana Lopez about data roles yesterday" becomes an interaction.
import { Fragment, useState, type FormEvent } from 'react';
import { describeError, fieldErrors, logLine, type LoggedLine } from './api.js';
import { channelNouns } from '../../src/core/interaction-words.js';
import { hrefFor, personHref } from './route.js';

export function LogLine({ onLogged }: { onLogged: () => void }) {
  const [line, setLine] = useState('');
  const [logged, setLogged] = useState<LoggedLine | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    setLogged(null);
    try {
      const result = await logLine(line);
      setLogged(result);
      setError(null);
      setLine('');
      onLogged();
    } catch (caught) {
      setError(fieldErrors(caught).line ?? describeError(caught));
    } finally {
      setSaving(false);
    }
  }

  return (
    <form className="card log-line" onSubmit={(event) => void submit(event)} noValidate>
      <label htmlFor="log-line">Log a conversation in one line</label>
      <p className="hint" id="log-line-hint">
        Who, how, what about and when. Kith works out the rest, and adds anyone new.
      </p>
      <div className="inline-form">
        <input
          id="log-line"
          name="log-line"
          type="text"
          value={line}
          placeholder="coffee with Ana Lopez about data roles yesterday"
          autoComplete="off"
          aria-describedby={error ? 'log-line-hint log-line-error' : 'log-line-hint'}
          aria-invalid={error ? true : undefined}
          onChange={(event) => setLine(event.target.value)}
        />
        <button type="submit" className="primary" disabled={saving}>
          {saving ? 'Logging…' : 'Log it'}
        </button>
      </div>
      {error ? (
        <p className="field-error" id="log-line-error" role="alert">
          {error}
        </p>
      ) : null}
      <div aria-live="polite">{logged ? <LoggedMessage logged={logged} /> : null}</div>
    </form>
  );
}

function LoggedMessage({ logged }: { logged: LoggedLine }) {
  const [first] = logged.interactions;
  if (!first) return null;
  return (
    <div className="success" data-testid="log-line-result">
      <p>
        Logged {channelNouns[first.channel]} with{' '}
        {logged.people.map((person, index) => (
          <Fragment key={person.id}>
            {index === 0 ? '' : index === logged.people.length - 1 ? ' and ' : ', '}
            <a href={personHref(person.id)}>{person.name}</a>
          </Fragment>
        ))}
        .
      </p>
      {logged.notes.map((note) => (
        <p key={note} className="hint" data-testid="log-line-note">
          {note}
        </p>
      ))}
      {logged.created.map((person) => (
        <p key={person.id} className="hint">
          {person.name} is new to Kith.{' '}
          <a href={hrefFor({ name: 'edit-person', id: person.id })}>
            Add how you met and what they care about
          </a>
          .
        </p>
      ))}
    </div>
  );
}
