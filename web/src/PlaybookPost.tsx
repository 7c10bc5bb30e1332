// Sharing what worked: write it, let Kith swap names and details for placeholders, review and
// edit its proposal, then post. The server reads the text again and says what still names someone.
import { useState, type FormEvent } from 'react';
import { describeError, fieldErrors } from './api.js';
import {
  playbookKindLabels,
  playbookKinds,
  type PlaybookKind,
} from '../../src/core/playbook-words.js';
import { FormError, SelectField, TextField } from './Field.js';
import { postEntry, proposeStrip, type GroupSummary, type StripProposal } from './playbook-api.js';

const kindOptions = Object.fromEntries(
  playbookKinds.map((kind) => [kind, playbookKindLabels[kind].label]),
) as Record<PlaybookKind, string>;

interface Review {
  title: StripProposal;
  body: StripProposal;
}

export function PlaybookPost({ group, onPosted }: { group: GroupSummary; onPosted: () => void }) {
  const [kind, setKind] = useState<PlaybookKind>('message-that-got-a-reply');
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [review, setReview] = useState<Review | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [posted, setPosted] = useState(false);
  const errors = fieldErrors(error);

  async function check(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setPosted(false);
    try {
      const [strippedTitle, strippedBody] = await Promise.all([
        proposeStrip(title),
        proposeStrip(body),
      ]);
      setReview({ title: strippedTitle, body: strippedBody });
      setTitle(strippedTitle.text);
      setBody(strippedBody.text);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  async function post() {
    setBusy(true);
    setError(null);
    try {
      await postEntry(group.id, { kind, title, body });
      setTitle('');
      setBody('');
      setReview(null);
      setPosted(true);
      onPosted();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  const replaced = review ? [...review.title.replacements, ...review.body.replacements] : [];
  return (
    <section className="card stack" aria-labelledby="share-heading">
      <h2 id="share-heading">Share what worked</h2>
      <form className="stack" onSubmit={(event) => void check(event)}>
        <SelectField
          id="playbook-kind"
          label="What is it?"
          hint={playbookKindLabels[kind].hint}
          value={kind}
          onChange={setKind}
          options={kindOptions}
        />
        <TextField
          id="playbook-title"
          label="Title"
          value={title}
          onChange={setTitle}
          error={errors.title}
          placeholder="Asking for fifteen minutes, not a job"
        />
        <TextField
          id="playbook-body"
          label={review ? 'Your text, as the group will see it' : 'What you wrote or learned'}
          value={body}
          onChange={setBody}
          error={errors.body}
          multiline
        />
        {review ? (
          <div className="notice stack" role="status" data-testid="strip-review">
            <p>
              {replaced.length === 0
                ? 'Kith found no names or details to take out. Read it over once more before you post.'
                : `Kith took out ${replaced.length === 1 ? 'one detail' : `${replaced.length} details`}. Check the text above, change anything, then post.`}
            </p>
            {replaced.length > 0 ? (
              <ul>
                {replaced.map((item, index) => (
                  <li key={index}>
                    “{item.original}” became [{item.kind}]
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
        <FormError
          message={error !== null && Object.keys(errors).length === 0 ? describeError(error) : null}
        />
        {Object.keys(errors).length > 0 ? (
          <p className="form-error" role="alert">
            The text still points at someone. The note is next to the field.
          </p>
        ) : null}
        <div className="actions">
          {review ? (
            <>
              <button type="button" className="primary" disabled={busy} onClick={() => void post()}>
                Post to {group.name}
              </button>
              <button type="submit" className="secondary" disabled={busy}>
                Check again
              </button>
            </>
          ) : (
            <button type="submit" className="primary" disabled={busy}>
              Check for names and details
            </button>
          )}
        </div>
        {posted ? (
          <p className="notice" role="status">
            Posted. Thank you for sharing.
          </p>
        ) : null}
      </form>
    </section>
  );
}
