// "What would you like to do?": the intents as plain-language choices, folded to one line once picked.
import { useEffect, useRef, useState } from 'react';
import type { FollowUpStatus } from './api.js';
import {
  intentGroups,
  intentHint,
  intentInfo,
  type IntentChoice,
} from '../../src/core/words/intents.js';
import { formatDayShort } from './labels.js';
import { useUserToday } from './useUserToday.js';

interface IntentPickerProps {
  choice: IntentChoice | null;
  firstName: string;
  followUp: FollowUpStatus;
  onPick: (choice: IntentChoice) => void;
}

export function IntentPicker({ choice, firstName, followUp, onPick }: IntentPickerProps) {
  const [open, setOpen] = useState(choice === null);
  const summary = useRef<HTMLDivElement>(null);
  const picked = useRef<HTMLButtonElement>(null);
  const focusAfter = useRef<'summary' | 'picked' | null>(null);

  // Folding or unfolding replaces what had focus, so focus moves to what took its place.
  useEffect(() => {
    if (focusAfter.current === 'summary') summary.current?.focus();
    if (focusAfter.current === 'picked') picked.current?.focus();
    focusAfter.current = null;
  }, [open]);

  const advice =
    choice === 'follow-up' ? <FollowUpAdvice followUp={followUp} firstName={firstName} /> : null;

  if (!open && choice !== null) {
    const info = intentInfo[choice];
    return (
      <section className="card intent-summary" aria-label="What you’re writing">
        <div className="intent-summary-row">
          <div ref={summary} tabIndex={-1} className="intent-summary-text">
            <p>
              <span className="muted">You’re writing: </span>
              <strong data-testid="intent-picked">{info.label}</strong>
            </p>
            <p className="hint">{intentHint(choice, firstName)}</p>
          </div>
          <button
            type="button"
            className="secondary small"
            aria-expanded="false"
            onClick={() => {
              focusAfter.current = 'picked';
              setOpen(true);
            }}
          >
            Change<span className="visually-hidden"> what you’re writing</span>
          </button>
        </div>
        {advice}
      </section>
    );
  }

  return (
    <section className="card intent-picker" aria-labelledby="intent-heading">
      <h2 id="intent-heading">What would you like to do?</h2>
      {intentGroups.map((group, index) => (
        <div
          key={group.title}
          className="intent-group"
          role="group"
          aria-labelledby={`intent-group-${index}`}
        >
          <h3 id={`intent-group-${index}`} className="intent-group-title">
            {group.title}
          </h3>
          <ul className="intent-grid">
            {group.choices.map((option) => {
              const info = intentInfo[option];
              const id = `intent-${option}`;
              return (
                <li key={option}>
                  <button
                    type="button"
                    className="intent-option"
                    ref={choice === option ? picked : undefined}
                    aria-pressed={choice === option}
                    aria-labelledby={`${id}-label`}
                    aria-describedby={`${id}-hint`}
                    onClick={() => {
                      focusAfter.current = 'summary';
                      onPick(option);
                      setOpen(false);
                    }}
                  >
                    <span className="intent-label">
                      {choice === option ? (
                        <span className="intent-check" aria-hidden="true">
                          ✓{' '}
                        </span>
                      ) : null}
                      <span id={`${id}-label`}>{info.label}</span>
                    </span>
                    <span className="hint" id={`${id}-hint`}>
                      {intentHint(option, firstName)}
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
      {advice}
    </section>
  );
}

/** Before a follow-up: is it time yet, and is it the last one Kith would suggest? */
function FollowUpAdvice({ followUp, firstName }: { followUp: FollowUpStatus; firstName: string }) {
  const today = useUserToday();
  let advice: string;
  if (followUp.state === 'resting') {
    advice = `You’ve already followed up twice. Kith suggests giving ${firstName} space until ${formatDayShort(followUp.until, today)} — a quiet inbox is usually timing, not you.`;
  } else if (followUp.state === 'waiting' && followUp.dueOn > today) {
    advice = `It’s a little early: the ${followUp.step === 1 ? 'first' : 'second'} follow-up is due on ${formatDayShort(followUp.dueOn, today)}. A week of silence is normal.`;
  } else if (followUp.state === 'waiting' && followUp.step === 2) {
    advice =
      'This is the second and last follow-up Kith suggests. Keep it short and easy to ignore.';
  } else {
    advice = 'Keep it short and bring something new. Silence is normal, not a no.';
  }
  return <p className="notice">{advice}</p>;
}
