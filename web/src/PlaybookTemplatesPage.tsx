// My templates: what I saved from a group's playbook, to edit or delete. Compose offers each one.
import { useEffect, useState } from 'react';
import { describeError, fieldErrors } from './api.js';
import { playbookKindLabels } from '../../src/core/playbook-words.js';
import { FormError, TextField } from './Field.js';
import {
  deleteTemplate,
  editTemplate,
  listTemplates,
  type PlaybookTemplate,
} from './playbook-api.js';
import { hrefFor } from './route.js';
import { usePageTitle } from './usePageTitle.js';

export function PlaybookTemplatesPage() {
  usePageTitle('Your templates');
  const [templates, setTemplates] = useState<PlaybookTemplate[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const load = () => {
    listTemplates().then(setTemplates, setError);
  };
  useEffect(load, []);
  return (
    <div className="stack-lg">
      <header className="page-header">
        <h1>Your templates</h1>
        <p className="lead">
          Saved from your groups’{' '}
          <a href={hrefFor({ name: 'playbook', groupId: null, sort: 'newest' })}>playbook</a>. They
          are yours to change, and Compose offers them next to Kith’s drafts, with [name] filled in.
        </p>
      </header>
      {error !== null ? <p role="alert">{describeError(error)}</p> : null}
      {templates === null && error === null ? <p className="muted">Loading…</p> : null}
      {templates?.length === 0 ? (
        <p className="muted">None yet. Save an entry from a playbook and it shows here.</p>
      ) : null}
      <ul className="stack">
        {templates?.map((template) => (
          <li key={template.id}>
            <TemplateCard template={template} onChanged={load} />
          </li>
        ))}
      </ul>
    </div>
  );
}

function TemplateCard({
  template,
  onChanged,
}: {
  template: PlaybookTemplate;
  onChanged: () => void;
}) {
  const [editing, setEditing] = useState(false);
  const [title, setTitle] = useState(template.title);
  const [body, setBody] = useState(template.body);
  const [error, setError] = useState<unknown>(null);
  const errors = fieldErrors(error);
  const save = () => {
    setError(null);
    editTemplate(template.id, { title, body }).then(() => {
      setEditing(false);
      onChanged();
    }, setError);
  };
  return (
    <article className="card stack" data-testid="playbook-template">
      <p className="badge">{playbookKindLabels[template.kind].label}</p>
      {editing ? (
        <>
          <TextField
            id={`template-title-${template.id}`}
            label="Title"
            value={title}
            onChange={setTitle}
            error={errors.title}
          />
          <TextField
            id={`template-body-${template.id}`}
            label="Text"
            value={body}
            onChange={setBody}
            error={errors.body}
            multiline
          />
        </>
      ) : (
        <>
          <h2>{template.title}</h2>
          <p className="playbook-body">{template.body}</p>
        </>
      )}
      <p className="hint">
        {template.source
          ? `Saved from ${template.source.groupName ?? 'a group'} on ${template.createdAt.slice(0, 10)}`
          : `Written on ${template.createdAt.slice(0, 10)}`}
      </p>
      <FormError
        message={error !== null && Object.keys(errors).length === 0 ? describeError(error) : null}
      />
      <div className="actions">
        {editing ? (
          <>
            <button type="button" className="primary" onClick={save}>
              Save changes
            </button>
            <button type="button" className="secondary" onClick={() => setEditing(false)}>
              Cancel
            </button>
          </>
        ) : (
          <>
            <button type="button" className="secondary" onClick={() => setEditing(true)}>
              Edit
            </button>
            <button
              type="button"
              className="danger"
              onClick={() => {
                deleteTemplate(template.id).then(onChanged, setError);
              }}
            >
              Delete
            </button>
          </>
        )}
      </div>
    </article>
  );
}
