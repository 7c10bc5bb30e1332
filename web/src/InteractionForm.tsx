// The "log an interaction" form on a person's page: date, channel, direction, kind and a summary.
import { useState, type FormEvent } from 'react';
import {
  describeError,
  fieldErrors,
  logInteraction,
  type Channel,
  type Direction,
  type InteractionKind,
} from './api.js';
import { FormError, SelectField, TextField } from './Field.js';
import { channelLabels, directionLabels, kindLabels } from '../../src/core/interaction-words.js';
import { useUserToday } from './useUserToday.js';

interface Draft {
  occurredOn: string;
  channel: Channel;
  direction: Direction;
  kind: InteractionKind;
  summary: string;
}

const freshDraft = (today: string): Draft => ({
  occurredOn: today,
  channel: 'meeting',
  direction: 'outbound',
  kind: 'catch-up',
  summary: '',
});

export function InteractionForm({
  personId,
  onLogged,
}: {
  personId: number;
  onLogged: () => void;
}) {
  const today = useUserToday();
  const [draft, setDraft] = useState(() => freshDraft(today));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [banner, setBanner] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    try {
      await logInteraction({ personId, ...draft });
      setDraft(freshDraft(today));
      setErrors({});
      setBanner(null);
      onLogged();
    } catch (error) {
      const byField = fieldErrors(error);
      setErrors(byField);
      setBanner(Object.keys(byField).length > 0 ? null : describeError(error));
    } finally {
      setSaving(false);
    }
  }

  return (
    <form className="stack" onSubmit={(event) => void submit(event)} noValidate>
      <FormError message={banner} />
      <div className="grid">
        <TextField
          id="interaction-date"
          label="When"
          type="date"
          value={draft.occurredOn}
          onChange={(occurredOn) => setDraft({ ...draft, occurredOn })}
          error={errors.occurredOn}
        />
        <SelectField
          id="interaction-channel"
          label="How"
          options={channelLabels}
          value={draft.channel}
          onChange={(channel) => setDraft({ ...draft, channel })}
          error={errors.channel}
        />
        <SelectField
          id="interaction-direction"
          label="Who started it"
          options={directionLabels}
          value={draft.direction}
          onChange={(direction) => setDraft({ ...draft, direction })}
          error={errors.direction}
        />
        <SelectField
          id="interaction-kind"
          label="What kind"
          options={kindLabels}
          value={draft.kind}
          onChange={(kind) => setDraft({ ...draft, kind })}
          error={errors.kind}
        />
      </div>
      <TextField
        id="interaction-summary"
        label="What you talked about"
        hint="A line is enough; future you will thank you."
        multiline
        value={draft.summary}
        onChange={(summary) => setDraft({ ...draft, summary })}
        error={errors.summary}
      />
      <div className="actions">
        <button type="submit" className="primary" disabled={saving}>
          {saving ? 'Logging…' : 'Log interaction'}
        </button>
      </div>
    </form>
  );
}
