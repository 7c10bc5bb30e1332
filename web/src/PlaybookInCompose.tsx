// Compose's "From your templates": each saved template written to this person, [name] filled in,
// editable under the same live tone check as Kith's drafts.
import { useEffect, useState } from 'react';
import { describeError, type ToneContextInput } from './api.js';
import { MessageEditor } from './MessageEditor.js';
import { templatesFor, type TemplateForPerson } from './playbook-api.js';
import { hrefFor } from './route.js';

export function PlaybookInCompose(props: {
  personId: number;
  to: string;
  context: ToneContextInput;
}) {
  const [templates, setTemplates] = useState<TemplateForPerson[] | null>(null);
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    templatesFor(props.personId).then(setTemplates, setError);
  }, [props.personId]);

  if (error !== null) return <p role="alert">{describeError(error)}</p>;
  // Nothing to offer until the person has saved a template from a playbook.
  if (!templates || templates.length === 0) return null;
  return (
    <section
      className="card stack"
      aria-labelledby="templates-heading"
      data-testid="compose-templates"
    >
      <h2 id="templates-heading">From your templates</h2>
      <p className="hint">
        Saved from your groups’ playbook and written to {props.to}. Change anything; the tone check
        reads them as it reads Kith’s drafts.{' '}
        <a href={hrefFor({ name: 'playbook-templates' })}>Your templates</a>
      </p>
      {templates.map(({ template, text, blanks, tone }, index) => {
        const value = texts[template.id] ?? text;
        return (
          <MessageEditor
            key={template.id}
            id={`template-${index}`}
            label={template.title}
            to={props.to}
            value={value}
            onChange={(next) => setTexts((all) => ({ ...all, [template.id]: next }))}
            blanks={blanks}
            context={props.context}
            seed={{ text, report: tone }}
          />
        );
      })}
    </section>
  );
}
