// A person's interactions, newest first, each removable after a second click, or movable to someone else.
import { useState } from 'react';
import { describeError, removeInteraction, type Interaction } from './api.js';
import { channelLabels, directionLabels, kindLabels } from '../../src/core/interaction-words.js';
import { formatDay } from './labels.js';
import { MoveInteraction } from './MoveInteraction.js';

interface TimelineProps {
  interactions: Interaction[];
  total: number;
  onRemoved: () => void;
}

export function Timeline({ interactions, total, onRemoved }: TimelineProps) {
  if (interactions.length === 0) {
    return (
      <p className="empty">
        Nothing logged yet. Next time you’re in touch, log it here — even a two-line email counts.
      </p>
    );
  }
  const newestFirst = [...interactions].sort(
    (a, b) => b.occurredOn.localeCompare(a.occurredOn) || b.id - a.id,
  );
  return (
    <>
      {total > interactions.length ? (
        <p className="muted">
          The latest {interactions.length} of {total}.
        </p>
      ) : null}
      <ol className="timeline" data-testid="timeline">
        {newestFirst.map((interaction) => (
          <TimelineEntry key={interaction.id} interaction={interaction} onRemoved={onRemoved} />
        ))}
      </ol>
    </>
  );
}

function TimelineEntry({
  interaction,
  onRemoved,
}: {
  interaction: Interaction;
  onRemoved: () => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const [moving, setMoving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const day = formatDay(interaction.occurredOn);

  async function remove() {
    try {
      await removeInteraction(interaction.id);
      onRemoved();
    } catch (caught) {
      setError(describeError(caught));
    }
  }

  return (
    <li className="timeline-entry">
      <div className="timeline-head">
        <time dateTime={interaction.occurredOn}>{day}</time>
        <span>{channelLabels[interaction.channel]}</span>
        <span className="muted">
          {kindLabels[interaction.kind]} · {directionLabels[interaction.direction]}
        </span>
      </div>
      {interaction.summary ? <p>{interaction.summary}</p> : null}
      {interaction.tags.length > 0 ? (
        <ul className="tags" aria-label="Tags">
          {interaction.tags.map((tag) => (
            <li key={tag}>{tag}</li>
          ))}
        </ul>
      ) : null}
      {moving ? (
        <MoveInteraction
          interaction={interaction}
          onMoved={onRemoved}
          onCancel={() => setMoving(false)}
        />
      ) : null}
      <div className="entry-actions">
        {moving ? null : confirming ? (
          <>
            <span>Remove this entry?</span>
            <button type="button" className="danger small" onClick={() => void remove()}>
              Yes, remove
            </button>
            <button type="button" className="secondary small" onClick={() => setConfirming(false)}>
              Keep it
            </button>
          </>
        ) : (
          <button
            type="button"
            className="link small"
            aria-label={`Remove the ${channelLabels[interaction.channel].toLowerCase()} on ${day}`}
            onClick={() => setConfirming(true)}
          >
            Remove
          </button>
        )}
        {moving || confirming ? null : (
          <button
            type="button"
            className="link small"
            aria-label={`Move to… someone else: the ${channelLabels[interaction.channel].toLowerCase()} on ${day}`}
            onClick={() => setMoving(true)}
          >
            Move to…
          </button>
        )}
      </div>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </li>
  );
}
