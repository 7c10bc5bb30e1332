// "Questions to ask": conversation questions that fit this person, loaded when the panel opens.
import { useState } from 'react';
import { describeError, getQuestions, type SuggestedQuestions } from './api.js';

type Loaded =
  | { state: 'closed' }
  | { state: 'loading' }
  | { state: 'failed'; message: string }
  | { state: 'ready'; questions: SuggestedQuestions };

const groups: { key: keyof SuggestedQuestions; title: string; hint: string }[] = [
  {
    key: 'informational',
    title: 'To learn about their work',
    hint: 'For a coffee or a 20-minute call. Pick two or three; listening matters more than asking.',
  },
  {
    key: 'starters',
    title: 'To start a conversation',
    hint: 'Easy openers for an event or the first minutes of a call.',
  },
  {
    key: 'followUps',
    title: 'To keep it going',
    hint: 'When they’ve said something interesting: ask for more.',
  },
];

export function QuestionsPanel({ personId, firstName }: { personId: number; firstName: string }) {
  const [open, setOpen] = useState(false);
  const [loaded, setLoaded] = useState<Loaded>({ state: 'closed' });

  function load() {
    setLoaded({ state: 'loading' });
    getQuestions(personId).then(
      (questions) => setLoaded({ state: 'ready', questions }),
      (error: unknown) => setLoaded({ state: 'failed', message: describeError(error) }),
    );
  }

  return (
    <section className="card disclosure" aria-labelledby="questions-heading">
      <h2 id="questions-heading">
        <button
          type="button"
          className="disclosure-toggle"
          aria-expanded={open}
          aria-controls="questions-body"
          onClick={() => {
            setOpen(!open);
            if (!open && loaded.state === 'closed') load();
          }}
        >
          <span className="disclosure-icon" aria-hidden="true">
            {open ? '−' : '+'}
          </span>
          Questions to ask {firstName}
        </button>
      </h2>
      <p className="hint">
        Ideas for your next conversation, picked from what you know about them.
      </p>
      <div id="questions-body" className="stack" data-testid="questions" hidden={!open}>
        {loaded.state === 'loading' ? <p className="muted">Loading…</p> : null}
        {loaded.state === 'failed' ? (
          <div className="stack" role="alert">
            <p className="form-error">{loaded.message}</p>
            <button type="button" className="secondary small" onClick={load}>
              Try again
            </button>
          </div>
        ) : null}
        {loaded.state === 'ready'
          ? groups.map((group) =>
              loaded.questions[group.key].length > 0 ? (
                <section key={group.key} className="stack-sm" aria-labelledby={`q-${group.key}`}>
                  <h3 id={`q-${group.key}`}>{group.title}</h3>
                  <p className="hint">{group.hint}</p>
                  <ul className="questions">
                    {loaded.questions[group.key].map((question) => (
                      <li key={question}>{question}</li>
                    ))}
                  </ul>
                </section>
              ) : null,
            )
          : null}
      </div>
    </section>
  );
}
