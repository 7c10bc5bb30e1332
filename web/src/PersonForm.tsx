// Adding a person or editing every field of one, with each problem shown beside its field.
import { useEffect, useState, type FormEvent } from 'react';
import {
  addPerson,
  ApiError,
  describeError,
  editPerson,
  fieldErrors,
  getPerson,
  samePeople,
  type NewPerson,
  type Person,
} from './api.js';
import { joinList, splitList } from './comma-list.js';
import { CheckboxField, FormError, TextField, fieldErrorSummary } from './Field.js';
import { hrefFor, navigate, personHref } from './route.js';
import { SamePersonWarning } from './SamePersonWarning.js';
import { usePageTitle } from './usePageTitle.js';

type TextKey =
  | 'name'
  | 'emails'
  | 'phones'
  | 'company'
  | 'title'
  | 'location'
  | 'linkedinUrl'
  | 'tags'
  | 'howWeMet'
  | 'interests'
  | 'needs'
  | 'offers'
  | 'notes';

type Draft = Record<TextKey, string> & { doNotContact: boolean };

const emptyDraft: Draft = {
  name: '',
  emails: '',
  phones: '',
  company: '',
  title: '',
  location: '',
  linkedinUrl: '',
  tags: '',
  howWeMet: '',
  interests: '',
  needs: '',
  offers: '',
  notes: '',
  doNotContact: false,
};

function toDraft(person: Person): Draft {
  return {
    name: person.name,
    emails: joinList(person.emails),
    phones: joinList(person.phones),
    company: person.company ?? '',
    title: person.title ?? '',
    location: person.location ?? '',
    linkedinUrl: person.linkedinUrl ?? '',
    tags: joinList(person.tags),
    howWeMet: person.howWeMet ?? '',
    interests: joinList(person.interests),
    needs: person.needs ?? '',
    offers: person.offers ?? '',
    notes: person.notes ?? '',
    doNotContact: person.doNotContact,
  };
}

/** Every field is sent, so clearing an input clears the stored value too. */
function toInput(draft: Draft): NewPerson {
  const text = (value: string) => (value.trim() === '' ? null : value.trim());
  return {
    name: draft.name,
    emails: splitList(draft.emails),
    phones: splitList(draft.phones),
    company: text(draft.company),
    title: text(draft.title),
    location: text(draft.location),
    linkedinUrl: text(draft.linkedinUrl),
    tags: splitList(draft.tags),
    howWeMet: text(draft.howWeMet),
    interests: splitList(draft.interests),
    needs: text(draft.needs),
    offers: text(draft.offers),
    notes: text(draft.notes),
    doNotContact: draft.doNotContact,
  };
}

/** The page at #/people/new (no id) or #/people/:id/edit. */
export function PersonFormPage({ id }: { id?: number }) {
  const [person, setPerson] = useState<Person | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  useEffect(() => {
    if (id === undefined) return;
    getPerson(id).then(
      (found) => setPerson(found.person),
      (error: unknown) => setLoadError(describeError(error)),
    );
  }, [id]);
  if (id === undefined) return <PersonForm />;
  if (loadError !== null) {
    return (
      <p className="form-error" role="alert">
        {loadError} <a href={hrefFor({ name: 'people', query: '', offset: 0 })}>Back to people</a>
      </p>
    );
  }
  if (person === null) return <p className="muted">Loading…</p>;
  return <PersonForm person={person} />;
}

function PersonForm({ person }: { person?: Person }) {
  const editing = person !== undefined;
  usePageTitle(editing ? `Edit ${person.name}` : 'Add a person');
  const [draft, setDraft] = useState(() => (person ? toDraft(person) : emptyDraft));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [banner, setBanner] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [same, setSame] = useState<Person[]>([]);
  const field = (key: TextKey) => ({
    id: `person-${key}`,
    value: draft[key],
    onChange: (value: string) => setDraft({ ...draft, [key]: value }),
    error: errors[key],
  });

  async function save(allowDuplicate = false) {
    setSaving(true);
    try {
      const input = toInput(draft);
      const saved = person
        ? await editPerson(person.id, input)
        : await addPerson(input, { allowDuplicate });
      navigate({ name: 'person', id: saved.id });
    } catch (error) {
      // Someone with this name at this company is already there: show them rather than an error.
      if (!person && error instanceof ApiError && error.code === 'CONFLICT') {
        const found = await samePeople(draft.name, draft.company.trim() || null).catch(() => null);
        if (found && found.people.length > 0) {
          setSame(found.people);
          setBanner(null);
          setSaving(false);
          window.scrollTo({ top: 0 });
          return;
        }
      }
      const byField = fieldErrors(error);
      setErrors(byField);
      setBanner(fieldErrorSummary(byField) ?? describeError(error));
      setSaving(false);
      window.scrollTo({ top: 0 });
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    setSame([]);
    void save();
  }

  const cancelHref = person
    ? personHref(person.id)
    : hrefFor({ name: 'people', query: '', offset: 0 });
  return (
    <div className="stack-lg">
      <header className="page-header">
        <h1>{editing ? `Edit ${person.name}` : 'Add a person'}</h1>
        {editing ? null : (
          <p className="lead">
            A name is enough to start. Whatever else you know — how you met, what they care about,
            what they need — helps Kith suggest what to offer first.
          </p>
        )}
      </header>
      <form className="stack-lg" onSubmit={submit} noValidate>
        <FormError message={banner} />
        <SamePersonWarning people={same} saving={saving} onAddAnyway={() => void save(true)} />
        <fieldset className="card">
          <legend>Who they are</legend>
          <div className="grid">
            <TextField label="Name" required autoComplete="off" {...field('name')} />
            <TextField label="Job title" {...field('title')} />
            <TextField label="Company" {...field('company')} />
            <TextField label="Location" {...field('location')} />
          </div>
        </fieldset>
        <fieldset className="card">
          <legend>How to reach them</legend>
          <div className="grid">
            <TextField
              label="Email addresses"
              hint="Separate several with commas."
              inputMode="email"
              {...field('emails')}
            />
            <TextField
              label="Phone numbers"
              hint="Separate several with commas."
              inputMode="tel"
              {...field('phones')}
            />
          </div>
          <TextField
            label="LinkedIn profile address"
            hint="For example https://www.linkedin.com/in/ana-lopez"
            inputMode="url"
            {...field('linkedinUrl')}
          />
          <CheckboxField
            id="person-doNotContact"
            label="Do not contact"
            hint="Kith will never suggest reaching out to them."
            checked={draft.doNotContact}
            onChange={(checked) => setDraft({ ...draft, doNotContact: checked })}
            error={errors.doNotContact}
          />
        </fieldset>
        <fieldset className="card">
          <legend>What you know about them</legend>
          <TextField label="How you met" multiline {...field('howWeMet')} />
          <TextField
            label="Their interests"
            hint="Separate with commas, e.g. climbing, open data, jazz."
            {...field('interests')}
          />
          <TextField
            label="What they need right now"
            hint="A hire, a client, advice, a good book? This is where you can help first."
            multiline
            {...field('needs')}
          />
          <TextField
            label="What they could offer"
            hint="Advice, an introduction, a view inside their company."
            multiline
            {...field('offers')}
          />
          <TextField
            label="Tags"
            hint="Separate with commas, e.g. mentor, data, former-colleague."
            {...field('tags')}
          />
          <TextField label="Notes" multiline {...field('notes')} />
        </fieldset>
        <div className="actions">
          <button type="submit" className="primary" disabled={saving}>
            {saving ? 'Saving…' : editing ? 'Save changes' : 'Add person'}
          </button>
          <a className="button secondary" href={cancelHref}>
            Cancel
          </a>
        </div>
      </form>
    </div>
  );
}
