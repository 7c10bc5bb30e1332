// One-line logging: "coffee with Ana Lopez about data roles yesterday" becomes an interaction.
import { Fragment, useState, type FormEvent } from 'react';
import { channelNouns } from '../../src/core/interaction-words.js';
import {
  describeError,
  fieldErrors,
  logLine,
  type LineAnswers,
  type LineQuestion as Question,
  type LoggedLine,
} from './api.js';
import { LineQuestion, type Answers } from './LineQuestion.js';
import { hrefFor, personHref } from './route.js';

export function LogLine({ onLogged }: { onLogged: () => void }) {
  const [line, setLine] = useState('');
  const [logged, setLogged] = useState<LoggedLine | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [question, setQuestion] = useState<Question | null>(null);

  // Asks first: a nickname, a typo or someone new is shown for a yes before anything is saved.
  async function send(answers: LineAnswers) {
    setSaving(true);
    setLogged(null);
    try {
      const result = await logLine(line, answers);
      setError(null);
      if (result.status !== 'logged') {
        setQuestion(result);
        return;
      }
      setQuestion(null);
      setLogged(result);
      setLine('');
      onLogged();
    } catch (caught) {
      setError(fieldErrors(caught).line ?? describeError(caught));
    } finally {
      setSaving(false);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    setQuestion(null);
    void send({ askFirst: true });
  }

  function answer(answers: Answers) {
    void send({ ...answers, askFirst: false });
  }

  return (
    <form className="card log-line" onSubmit={submit} noValidate>
      <label htmlFor="log-line">Log a conversation in one line</label>
      <p className="hint" id="log-line-hint">
        Who, how, what about and when. Kith works out the rest, and asks when a name is unclear.
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
          onChange={(event) => {
            setLine(event.target.value);
            setQuestion(null);
          }}
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
      <div aria-live="polite">
        {question ? (
          <LineQuestion
            question={question}
            saving={saving}
            onAnswer={answer}
            onCancel={() => setQuestion(null)}
          />
        ) : null}
        {logged ? <LoggedMessage logged={logged} /> : null}
      </div>
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
      {logged.mentions.map((mention) =>
        mention.note ? (
          <p key={mention.written} className="hint">
            {mention.note}
          </p>
        ) : null,
      )}
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
