// The user's own keep-in-touch choices for one person: pin a tier, or set a rhythm in days.
import { useEffect, useState, type FormEvent } from 'react';
import {
  describeError,
  fieldErrors,
  getTiers,
  setKeepInTouch,
  type PersonCoach,
  type TierChoice,
} from './api.js';
import { FormError, SelectField, TextField, fieldErrorSummary } from './Field.js';

type TierValue = 'auto' | `tier-${number}`;

interface KeepInTouchFormProps {
  personId: number;
  coach: PersonCoach;
  onSaved: (coach: PersonCoach) => void;
}

export function KeepInTouchForm({ personId, coach, onSaved }: KeepInTouchFormProps) {
  const [open, setOpen] = useState(false);
  const [tiers, setTiers] = useState<TierChoice[] | null>(null);
  const [tier, setTier] = useState<TierValue>(coach.tierPinned ? `tier-${coach.tier}` : 'auto');
  const [days, setDays] = useState(coach.cadence?.custom ? String(coach.cadence.idealDays) : '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [banner, setBanner] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    if (!open || tiers !== null) return;
    getTiers().then(
      (answer) => setTiers(answer.tiers),
      (error: unknown) => setBanner(describeError(error)),
    );
  }, [open, tiers]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    setSaved(false);
    try {
      const next = await setKeepInTouch(personId, {
        tier: tier === 'auto' ? null : Number(tier.slice('tier-'.length)),
        cadenceDays: days.trim() === '' ? null : Number(days),
      });
      setErrors({});
      setBanner(null);
      setSaved(true);
      onSaved(next);
    } catch (error) {
      const byField = fieldErrors(error);
      setErrors(byField);
      setBanner(fieldErrorSummary(byField) ?? describeError(error));
    } finally {
      setSaving(false);
    }
  }

  const options: Record<TierValue, string> = {
    auto: `Automatic, from how often you’re in touch (now ${coach.tierLabel})`,
  };
  for (const choice of tiers ?? []) {
    options[`tier-${choice.tier}`] = `${choice.tier} · ${choice.label} (${choice.cadence})`;
  }
  return (
    <div className="keep-in-touch stack">
      <button
        type="button"
        className="secondary"
        aria-expanded={open}
        aria-controls="keep-in-touch-form"
        onClick={() => setOpen(!open)}
      >
        Change tier or rhythm
      </button>
      {open ? (
        <form
          id="keep-in-touch-form"
          className="stack"
          onSubmit={(event) => void submit(event)}
          noValidate
        >
          <FormError message={banner} />
          <SelectField
            id="keep-tier"
            label="Tier"
            hint="Kith ranks people by how well you know each other. Pin a tier to keep them there."
            options={options}
            value={tier}
            onChange={setTier}
            error={errors.tier}
          />
          <TextField
            id="keep-days"
            label="Days between hellos"
            hint="Leave it blank to follow the tier’s rhythm."
            type="number"
            inputMode="numeric"
            min={1}
            max={730}
            value={days}
            onChange={setDays}
            error={errors.cadenceDays}
          />
          <div className="actions">
            <button type="submit" className="primary" disabled={saving || tiers === null}>
              {saving ? 'Saving…' : 'Save'}
            </button>
            <span role="status" className="saved-note">
              {saved ? 'Saved.' : ''}
            </span>
          </div>
        </form>
      ) : null}
    </div>
  );
}
