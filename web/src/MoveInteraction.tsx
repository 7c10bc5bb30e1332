// "Move to…" on a timeline entry: puts a coffee logged on the wrong person onto the right timeline.
import { useState } from 'react';
import { describeError, moveInteraction, type Interaction, type PersonListItem } from './api.js';
import { PersonPicker } from './PersonPicker.js';
import { personHref } from './route.js';

interface MoveInteractionProps {
  interaction: Interaction;
  onMoved: () => void;
  onCancel: () => void;
}

export function MoveInteraction({ interaction, onMoved, onCancel }: MoveInteractionProps) {
  const [to, setTo] = useState<PersonListItem | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [moved, setMoved] = useState<PersonListItem | null>(null);
  const [saving, setSaving] = useState(false);

  async function move(person: PersonListItem) {
    setSaving(true);
    try {
      await moveInteraction(interaction.id, person.id);
      setMoved(person);
    } catch (caught) {
      setError(describeError(caught));
    } finally {
      setSaving(false);
    }
  }

  if (moved) {
    return (
      <div className="success" role="status">
        <p>
          Moved to <a href={personHref(moved.id)}>{moved.name}</a>’s timeline.
        </p>
        <button type="button" className="secondary small" onClick={onMoved}>
          Done
        </button>
      </div>
    );
  }
  return (
    <div className="stack" data-testid={`move-${interaction.id}`}>
      <PersonPicker
        id={`move-to-${interaction.id}`}
        label="Move to"
        hint="Whose timeline this belongs on. Everything about it stays as it is."
        excludeIds={[interaction.personId]}
        picked={to}
        onPick={setTo}
      />
      <div className="entry-actions">
        <button
          type="button"
          className="primary small"
          disabled={to === null || saving}
          onClick={() => to && void move(to)}
        >
          {to ? `Move to ${to.name}` : 'Move'}
        </button>
        <button type="button" className="secondary small" onClick={onCancel}>
          Cancel
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
