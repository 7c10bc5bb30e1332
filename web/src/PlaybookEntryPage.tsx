// One playbook entry with its comments: vote, save it into your templates, and talk about it.
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { ApiError, describeError, fieldErrors } from './api.js';
import { FormError, TextField } from './Field.js';
import {
  addComment,
  deleteComment,
  getEntry,
  type PlaybookComment,
  type PlaybookEntryDetail,
} from './playbook-api.js';
import { PlaybookEntryCard } from './PlaybookEntryCard.js';
import { hrefFor, navigate } from './route.js';
import { usePageTitle } from './usePageTitle.js';

export function PlaybookEntryPage({ entryId }: { entryId: string }) {
  const [detail, setDetail] = useState<PlaybookEntryDetail | null>(null);
  const [error, setError] = useState<unknown>(null);
  const load = useCallback(() => {
    getEntry(entryId).then(setDetail, setError);
  }, [entryId]);
  useEffect(load, [load]);
  usePageTitle(detail ? detail.entry.title : 'Playbook');

  if (error !== null) {
    const gone = error instanceof ApiError && error.status === 404;
    return (
      <div className="stack">
        <h1>{gone ? 'Not here' : 'This page did not load'}</h1>
        <p role="alert">
          {gone
            ? 'This entry was deleted, or it is in a group you are not in.'
            : describeError(error)}
        </p>
        <p>
          <a href={hrefFor({ name: 'playbook', groupId: null, sort: 'newest' })}>
            Back to the playbook
          </a>
        </p>
      </div>
    );
  }
  if (detail === null) return <p className="muted">Loading…</p>;
  const back = { name: 'playbook', groupId: detail.entry.groupId, sort: 'newest' } as const;
  return (
    <div className="stack-lg">
      <p className="back">
        <a href={hrefFor(back)}>← The playbook</a>
      </p>
      <PlaybookEntryCard
        entry={detail.entry}
        savedTemplateId={detail.savedTemplateId}
        onChanged={() => navigate(back)}
      />
      <Comments comments={detail.comments} entryId={entryId} onChanged={load} />
    </div>
  );
}

function Comments(props: { comments: PlaybookComment[]; entryId: string; onChanged: () => void }) {
  const [body, setBody] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const errors = fieldErrors(error);

  async function send(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await addComment(props.entryId, body);
      setBody('');
      props.onChanged();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="stack" aria-labelledby="comments-heading">
      <h2 id="comments-heading">Comments</h2>
      {props.comments.length === 0 ? <p className="muted">No comments yet.</p> : null}
      <ul className="stack" data-testid="playbook-comments">
        {props.comments.map((comment) => (
          <li key={comment.id} className="card quiet stack">
            <p className="playbook-body">{comment.body}</p>
            <p className="hint">
              {comment.mine ? 'You' : comment.author}, {comment.createdAt.slice(0, 10)}
              {comment.mine ? (
                <>
                  {' · '}
                  <button
                    type="button"
                    className="link"
                    onClick={() => {
                      deleteComment(comment.id).then(props.onChanged, setError);
                    }}
                  >
                    Delete
                  </button>
                </>
              ) : null}
            </p>
          </li>
        ))}
      </ul>
      <form className="stack" onSubmit={(event) => void send(event)}>
        <TextField
          id="playbook-comment"
          label="Add a comment"
          value={body}
          onChange={setBody}
          error={errors.body}
          multiline
        />
        <FormError message={error !== null && !errors.body ? describeError(error) : null} />
        <div className="actions">
          <button type="submit" className="primary" disabled={busy || body.trim() === ''}>
            Comment
          </button>
        </div>
      </form>
    </section>
  );
}
