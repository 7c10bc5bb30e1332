// The coach's settings on the profile: the user's time zone, when a tie counts as dormant, the weekly goal.
import { useId } from 'react';
import type { Profile, ProfileInput } from './api.js';
import { SelectField, TextField } from './Field.js';
import { dateOrderLabels, machineDateOrderLabel } from '../../src/core/date-order.js';

export interface CoachSettings {
  timeZone: string;
  dormantYears: string;
  weeklyGoal: string;
  dateOrder: Profile['dateOrder'];
}

/** The settings as the profile request wants them: a blank weekly goal is 0, "set it for me". */
export function coachSettingsOf(
  settings: CoachSettings,
): Pick<ProfileInput, 'timeZone' | 'dormantYears' | 'weeklyGoal' | 'dateOrder'> {
  const years = settings.dormantYears.trim();
  const goal = settings.weeklyGoal.trim();
  return {
    timeZone: settings.timeZone.trim(),
    ...(years === '' ? {} : { dormantYears: Number(years) }),
    weeklyGoal: goal === '' ? 0 : Number(goal),
    dateOrder: settings.dateOrder,
  };
}

/** Every zone this browser knows, for the time zone suggestions; empty where it can't say. */
function knownTimeZones(): string[] {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return [];
  }
}

interface CoachSettingsFieldsProps {
  value: CoachSettings;
  onChange: (value: CoachSettings) => void;
  errors: Record<string, string>;
}

export function CoachSettingsFields({ value, onChange, errors }: CoachSettingsFieldsProps) {
  const zonesId = useId();
  const set = (field: keyof CoachSettings) => (next: string) =>
    onChange({ ...value, [field]: next });
  return (
    <fieldset className="stack coach-settings">
      <legend>Your daily plan</legend>
      <TextField
        id="profile-time-zone"
        label="Your time zone"
        hint="Kith’s “today” and “yesterday” follow it. Leave it blank to use the time zone of the computer Kith runs on."
        placeholder="e.g. Europe/Lisbon"
        list={zonesId}
        value={value.timeZone}
        onChange={set('timeZone')}
        error={errors.timeZone}
      />
      <datalist id={zonesId}>
        {knownTimeZones().map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
      <SelectField
        id="profile-date-order"
        label="How you write dates"
        hint="So “03/11/2026” in a one-line log means the day you meant."
        value={value.dateOrder}
        onChange={(next) => onChange({ ...value, dateOrder: next })}
        options={{ '': machineDateOrderLabel, ...dateOrderLabels }}
        error={errors.dateOrder}
      />
      <TextField
        id="profile-weekly-goal"
        label="Actions a week you’d like to do"
        hint="Leave it blank and Kith sets a goal from your weekly minutes. Small and steady beats a burst."
        type="number"
        inputMode="numeric"
        min={1}
        max={100}
        value={value.weeklyGoal}
        onChange={set('weeklyGoal')}
        error={errors.weeklyGoal}
      />
      <TextField
        id="profile-dormant-years"
        label="Years before a quiet connection needs a reconnect"
        hint="After this long without a two-way conversation, Kith suggests getting back in touch. Old ties are often glad to hear from you."
        type="number"
        inputMode="numeric"
        min={1}
        max={20}
        value={value.dormantYears}
        onChange={set('dormantYears')}
        error={errors.dormantYears}
      />
    </fieldset>
  );
}
