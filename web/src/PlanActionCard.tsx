// One action of today's plan: who, why and how long, with Write it, Done, Skip and Snooze.
import { useEffect, useId, useRef, useState } from 'react';
import type { MarkOptions, PlanAction, PlanMark } from './api.js';
import { firstNameOf } from '../../src/core/words/prose.js';
import { formatDayShort } from './labels.js';
import { hrefFor, personHref } from './route.js';

/** The snooze lengths offered, in days: tomorrow, in a few days, a week, two weeks, a month. */
const snoozeDays = [1, 3, 7, 14, 30];

interface PlanActionCardProps {
  action: PlanAction;
  /** The plan's date, to write the day someone comes back. */
  today: string;
  /** When the person comes back into plans, for an action skipped or snoozed on this visit. */
  backOn: string | undefined;
  error: string | undefined;
  onMark: (mark: PlanMark, options?: MarkOptions) => Promise<boolean>;
}

export function PlanActionCard({ action, today, backOn, error, onMark }: PlanActionCardProps) {
  const headingId = useId();
  const choicesId = useId();
  const [busy, setBusy] = useState(false);
  const [snoozing, setSnoozing] = useState(false);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const snoozeRef = useRef<HTMLButtonElement>(null);
  const firstChoiceRef = useRef<HTMLButtonElement>(null);
  const markedHere = useRef(false);

  useEffect(() => {
    if (snoozing) firstChoiceRef.current?.focus();
  }, [snoozing]);
  // The buttons go once an action is marked; keep keyboard focus on the card, at its new status.
  useEffect(() => {
    if (action.status !== 'open' && markedHere.current) statusRef.current?.focus();
  }, [action.status]);

  async function mark(how: PlanMark, options?: MarkOptions) {
    setBusy(true);
    markedHere.current = true;
    await onMark(how, options);
    setBusy(false);
    setSnoozing(false);
  }

  const first = firstNameOf(action.personName);
  return (
    <li className={`card plan-action plan-${action.status}`} data-testid={`action-${action.n}`}>
      <p className="plan-meta">
        <span className="badge kind-badge">{action.kindLabel}</span>
        <span className="muted">{action.minutes} minutes</span>
      </p>
      <h2 id={headingId} className="plan-person">
        <a href={personHref(action.personId)}>{action.personName}</a>
      </h2>
      <p>{action.why}</p>
      {action.status === 'open' ? (
        <>
          <div className="actions plan-buttons">
            <a
              className="button primary"
              href={hrefFor({
                name: 'compose',
                id: action.personId,
                intent: action.intent,
                action: action.n,
                topic: action.kind === 'give' ? action.offer : null,
              })}
              aria-describedby={headingId}
            >
              Write it
            </a>
            {(['done', 'skip'] as const).map((how) => (
              <button
                key={how}
                type="button"
                className="secondary"
                disabled={busy}
                aria-describedby={headingId}
                onClick={() => void mark(how)}
              >
                {how === 'done' ? 'Done' : 'Skip'}
              </button>
            ))}
            <button
              ref={snoozeRef}
              type="button"
              className="secondary"
              disabled={busy}
              aria-expanded={snoozing}
              aria-controls={choicesId}
              aria-describedby={headingId}
              onClick={() => setSnoozing(!snoozing)}
            >
              Snooze…
            </button>
          </div>
          {snoozing ? (
            <div className="snooze" id={choicesId} role="group" aria-label={`Snooze ${first} for`}>
              <p aria-hidden="true">Bring {first} back in:</p>
              <div className="actions">
                {snoozeDays.map((days, index) => (
                  <button
                    key={days}
                    ref={index === 0 ? firstChoiceRef : undefined}
                    type="button"
                    className="secondary small"
                    disabled={busy}
                    onClick={() => void mark('snooze', { days })}
                  >
                    {days === 1 ? '1 day' : `${days} days`}
                  </button>
                ))}
                <button
                  type="button"
                  className="link"
                  onClick={() => {
                    setSnoozing(false);
                    snoozeRef.current?.focus();
                  }}
                >
                  Cancel
                </button>
              </div>
            </div>
          ) : null}
        </>
      ) : (
        <p className="plan-status" ref={statusRef} tabIndex={-1} data-testid="action-status">
          {statusText(action, first, backOn === undefined ? null : formatDayShort(backOn, today))}
        </p>
      )}
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </li>
  );
}

function statusText(action: PlanAction, first: string, back: string | null): string {
  switch (action.status) {
    case 'done':
      return `Done — it’s on ${first}’s timeline.`;
    case 'skipped':
      return back
        ? `Skipped. Kith will leave ${first} out of your plans until ${back}.`
        : `Skipped. Kith will leave ${first} out of your plans for a while.`;
    case 'snoozed':
      return back ? `Snoozed until ${back}.` : `Snoozed. ${first} will come back in a later plan.`;
    case 'open':
      return '';
  }
}
