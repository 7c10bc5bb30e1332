// The user's own answers — who they are, their goal, their targets, their weekly time — as one form.
import { useState, type FormEvent } from 'react';
import { describeError, fieldErrors, saveProfile, type Profile, type ProfileView } from './api.js';
import { CoachSettingsFields, coachSettingsOf, type CoachSettings } from './CoachSettingsFields.js';
import { joinList, splitList } from './comma-list.js';
import { FormError, TextField, fieldErrorSummary } from './Field.js';
import { goalHints, goalLabels, goals } from '../../src/core/goals.js';

interface Draft {
  name: string;
  headline: string;
  goal: Profile['goal'];
  targetRoles: string;
  targetCompanies: string;
  targetIndustries: string;
  weeklyMinutes: string;
  coach: CoachSettings;
}

function toDraft(profile: Profile): Draft {
  return {
    name: profile.name,
    headline: profile.headline,
    goal: profile.goal,
    targetRoles: joinList(profile.targetRoles),
    targetCompanies: joinList(profile.targetCompanies),
    targetIndustries: joinList(profile.targetIndustries),
    weeklyMinutes: String(profile.weeklyMinutes || 60),
    coach: {
      timeZone: profile.timeZone,
      dormantYears: String(profile.dormantYears),
      weeklyGoal: profile.weeklyGoal > 0 ? String(profile.weeklyGoal) : '',
      dateOrder: profile.dateOrder,
    },
  };
}

interface ProfileFormProps {
  profile: Profile;
  submitLabel: string;
  onSaved: (profile: ProfileView) => void;
  /** Show the coach's settings too (time zone, dormant years, weekly goal); left out, they keep. */
  withCoachSettings?: boolean;
}

export function ProfileForm(props: ProfileFormProps) {
  const { profile, submitLabel, onSaved, withCoachSettings = false } = props;
  const [draft, setDraft] = useState(() => toDraft(profile));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [banner, setBanner] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const set = (field: Exclude<keyof Draft, 'coach'>) => (value: string) =>
    setDraft({ ...draft, [field]: value });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    try {
      const saved = await saveProfile({
        name: draft.name,
        headline: draft.headline,
        goal: draft.goal,
        targetRoles: splitList(draft.targetRoles),
        targetCompanies: splitList(draft.targetCompanies),
        targetIndustries: splitList(draft.targetIndustries),
        weeklyMinutes: draft.weeklyMinutes.trim() === '' ? 0 : Number(draft.weeklyMinutes),
        ...(withCoachSettings ? coachSettingsOf(draft.coach) : {}),
      });
      setErrors({});
      setBanner(null);
      onSaved(saved);
    } catch (error) {
      const byField = fieldErrors(error);
      setErrors(byField);
      setBanner(fieldErrorSummary(byField) ?? describeError(error));
    } finally {
      setSaving(false);
    }
  }

  return (
    <form className="stack" onSubmit={(event) => void submit(event)} noValidate>
      <FormError message={banner} />
      <TextField
        id="profile-name"
        label="Your name"
        required
        autoComplete="name"
        value={draft.name}
        onChange={set('name')}
        error={errors.name}
      />
      <TextField
        id="profile-headline"
        label="What you do, in one line"
        hint="For example: “Data analyst moving into product analytics”."
        value={draft.headline}
        onChange={set('headline')}
        error={errors.headline}
      />
      <fieldset className={errors.goal ? 'choices has-error' : 'choices'}>
        <legend>What are you working toward?</legend>
        {goals.map((goal) => (
          <div className="choice" key={goal}>
            <input
              type="radio"
              id={`goal-${goal}`}
              name="goal"
              value={goal}
              checked={draft.goal === goal}
              onChange={() => setDraft({ ...draft, goal })}
              aria-describedby={`goal-${goal}-hint`}
            />
            <label htmlFor={`goal-${goal}`}>
              {goalLabels[goal]}
              <span className="hint" id={`goal-${goal}-hint`}>
                {goalHints[goal]}
              </span>
            </label>
          </div>
        ))}
        {errors.goal ? <p className="field-error">{errors.goal}</p> : null}
      </fieldset>
      <TextField
        id="profile-roles"
        label="Roles you're aiming for"
        hint="Separate with commas, e.g. Product Analyst, Analytics Engineer."
        value={draft.targetRoles}
        onChange={set('targetRoles')}
        error={errors.targetRoles}
      />
      <TextField
        id="profile-companies"
        label="Companies you'd like to work with"
        hint="Separate with commas. Leave empty if you're open."
        value={draft.targetCompanies}
        onChange={set('targetCompanies')}
        error={errors.targetCompanies}
      />
      <TextField
        id="profile-industries"
        label="Industries you're interested in"
        hint="Separate with commas, e.g. Health tech, Climate."
        value={draft.targetIndustries}
        onChange={set('targetIndustries')}
        error={errors.targetIndustries}
      />
      <TextField
        id="profile-minutes"
        label="Minutes a week for networking"
        hint="15 minutes a day is plenty. Even an hour a week adds up over a few months."
        type="number"
        inputMode="numeric"
        min={5}
        max={2400}
        step={5}
        value={draft.weeklyMinutes}
        onChange={set('weeklyMinutes')}
        error={errors.weeklyMinutes}
      />
      {withCoachSettings ? (
        <CoachSettingsFields
          value={draft.coach}
          onChange={(coach) => setDraft({ ...draft, coach })}
          errors={errors}
        />
      ) : null}
      <div className="actions">
        <button type="submit" className="primary" disabled={saving}>
          {saving ? 'Saving…' : submitLabel}
        </button>
      </div>
    </form>
  );
}
