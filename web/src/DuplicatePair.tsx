// One pair that might be one person, side by side: merge them (choosing who stays), keep them apart, or undo.
import { useEffect, useRef, useState } from 'react';
import {
  describeError,
  mergePeople,
  rejectDuplicate,
  undoMerge,
  type DuplicateReview,
  type MergeOutcome,
  type Person,
} from './api.js';
import { PersonSide } from './PersonSide.js';
import { personHref } from './route.js';

type PairState =
  | { name: 'open'; note: string | null }
  | { name: 'busy' }
  | { name: 'merged'; outcome: MergeOutcome }
  | { name: 'rejected' };

export function DuplicatePair({ review }: { review: DuplicateReview }) {
  const { a, b } = review;
  const [state, setState] = useState<PairState>({ name: 'open', note: null });
  const [keep, setKeep] = useState(a.id);
  const [error, setError] = useState<string | null>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  const mergeButton = useRef<HTMLButtonElement>(null);
  // The button pressed goes away; focus moves to what replaced it, so the keyboard stays in place.
  useEffect(() => {
    if (state.name === 'merged') undoButton.current?.focus();
    if (state.name === 'open' && state.note) mergeButton.current?.focus();
  }, [state]);

  async function act(action: () => Promise<PairState>, fallback: PairState) {
    setState({ name: 'busy' });
    setError(null);
    try {
      setState(await action());
    } catch (caught) {
      setError(describeError(caught));
      setState(fallback);
    }
  }
  const merge = () =>
    act(
      async () => ({
        name: 'merged',
        outcome: await mergePeople({ a: keep, b: keep === a.id ? b.id : a.id }),
      }),
      { name: 'open', note: null },
    );
  const reject = () =>
    act(
      async () => {
        await rejectDuplicate(review.id);
        return { name: 'rejected' };
      },
      { name: 'open', note: null },
    );
  const undo = (outcome: MergeOutcome) =>
    act(
      async () => {
        const undone = await undoMerge(outcome.mergeId);
        return {
          name: 'open',
          note: `Undone: ${undone.restored.name} and ${undone.kept.name} are two entries again.`,
        };
      },
      { name: 'merged', outcome },
    );

  const open = state.name === 'open' || state.name === 'busy';
  return (
    <li className="card pair stack" data-testid={`pair-${review.id}`}>
      <p className="pair-reason">
        <strong>Why they might be one person:</strong> {review.reason}
      </p>
      {open ? (
        <>
          <fieldset className="pair-sides" disabled={state.name === 'busy'}>
            <legend>Which one stays? The other’s details join it.</legend>
            <div className="pair-grid">
              {[a, b].map((person) => (
                <PersonSide
                  key={person.id}
                  person={person}
                  group={`keep-${review.id}`}
                  label={keepLabel(person, person === a ? b : a)}
                  checked={keep === person.id}
                  onPick={() => setKeep(person.id)}
                />
              ))}
            </div>
          </fieldset>
          <div className="actions">
            <button
              type="button"
              className="primary"
              ref={mergeButton}
              disabled={state.name === 'busy'}
              onClick={() => void merge()}
            >
              Same person — merge
            </button>
            <button
              type="button"
              className="secondary"
              disabled={state.name === 'busy'}
              onClick={() => void reject()}
            >
              Different people
            </button>
          </div>
        </>
      ) : null}
      <div role="status" className="stack-sm">
        {state.name === 'open' && state.note ? <p className="muted">{state.note}</p> : null}
        {state.name === 'merged' ? (
          <p className="success" data-testid="merged">
            Merged: {state.outcome.removed.name} is now part of{' '}
            <a href={personHref(state.outcome.kept.id)}>{state.outcome.kept.name}</a>, with every
            email, phone and note from both.
          </p>
        ) : null}
        {state.name === 'rejected' ? (
          <p className="muted" data-testid="kept-apart">
            Got it: {a.name} and {b.name} are different people. Kith won’t ask about them again.
          </p>
        ) : null}
      </div>
      {state.name === 'merged' ? (
        <div className="actions">
          <button
            type="button"
            className="secondary"
            ref={undoButton}
            onClick={() => void undo(state.outcome)}
          >
            Undo
          </button>
        </div>
      ) : null}
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </li>
  );
}

/** "Keep William Jones", told apart by a detail when both have the same name. */
function keepLabel(person: Person, other: Person): string {
  if (person.name !== other.name) return `Keep ${person.name}`;
  const detail = person.emails[0] ?? person.phones[0] ?? person.company ?? `entry ${person.id}`;
  return `Keep ${person.name} (${detail})`;
}
