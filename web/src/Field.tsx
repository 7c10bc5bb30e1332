// Labelled form controls that show a hint and the server's problem right next to the input.
import type { ReactNode } from 'react';

interface FieldBase {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  required?: boolean;
}

interface TextFieldProps extends FieldBase {
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'email' | 'tel' | 'number' | 'date' | 'search' | 'password';
  inputMode?: 'text' | 'email' | 'tel' | 'url' | 'numeric' | 'search';
  placeholder?: string;
  autoComplete?: string;
  min?: number;
  max?: number;
  step?: number;
  multiline?: boolean;
  /** The id of a <datalist> of suggestions. */
  list?: string;
}

export function TextField(props: TextFieldProps) {
  const { id, value, onChange, multiline = false } = props;
  const control = multiline ? (
    <textarea
      id={id}
      name={id}
      value={value}
      rows={3}
      placeholder={props.placeholder}
      onChange={(event) => onChange(event.target.value)}
      {...describedBy(props)}
    />
  ) : (
    <input
      id={id}
      name={id}
      type={props.type ?? 'text'}
      inputMode={props.inputMode}
      value={value}
      placeholder={props.placeholder}
      autoComplete={props.autoComplete ?? 'off'}
      min={props.min}
      max={props.max}
      step={props.step}
      list={props.list}
      onChange={(event) => onChange(event.target.value)}
      {...describedBy(props)}
    />
  );
  return <FieldFrame {...props}>{control}</FieldFrame>;
}

interface SelectFieldProps<T extends string> extends FieldBase {
  value: T;
  onChange: (value: T) => void;
  options: Record<T, string>;
}

export function SelectField<T extends string>(props: SelectFieldProps<T>) {
  const { id, value, onChange, options } = props;
  return (
    <FieldFrame {...props}>
      <select
        id={id}
        name={id}
        value={value}
        onChange={(event) => onChange(event.target.value as T)}
        {...describedBy(props)}
      >
        {(Object.entries(options) as [T, string][]).map(([key, label]) => (
          <option key={key} value={key}>
            {label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

interface CheckboxFieldProps extends FieldBase {
  checked: boolean;
  onChange: (checked: boolean) => void;
}

export function CheckboxField(props: CheckboxFieldProps) {
  const { id, label, checked, onChange } = props;
  return (
    <div className="field field-checkbox">
      <input
        id={id}
        name={id}
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        {...describedBy(props)}
      />
      <div>
        <label htmlFor={id}>{label}</label>
        <FieldNotes {...props} />
      </div>
    </div>
  );
}

/** What the banner says when the server named fields: how many need a fix, and where to look. */
export function fieldErrorSummary(errors: Record<string, string>): string | null {
  const count = Object.keys(errors).length;
  if (count === 0) return null;
  return count === 1
    ? 'Almost there — one field needs a small fix. The note is next to it.'
    : `Almost there — ${count} fields need a small fix. The notes are next to each one.`;
}

/** The banner at the top of a form; role="alert" so screen readers hear it at once. */
export function FormError({ message }: { message: string | null }) {
  if (message === null) return null;
  return (
    <p className="form-error" role="alert">
      {message}
    </p>
  );
}

function FieldFrame(props: FieldBase & { children: ReactNode }) {
  return (
    <div className={props.error ? 'field has-error' : 'field'}>
      <label htmlFor={props.id}>
        {props.label}
        {props.required ? <span className="required"> (required)</span> : null}
      </label>
      <FieldNotes id={props.id} hint={props.hint} label={props.label} />
      {props.children}
      <FieldNotes id={props.id} error={props.error} label={props.label} />
    </div>
  );
}

function FieldNotes({ id, hint, error }: FieldBase) {
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field-error" data-testid={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </>
  );
}

function describedBy({ id, hint, error, required }: FieldBase) {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return {
    'aria-describedby': ids === '' ? undefined : ids,
    'aria-invalid': error ? true : undefined,
    'aria-required': required ? true : undefined,
  };
}
