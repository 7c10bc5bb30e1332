// One playbook entry: its kind, title and text, who shared it, and voting, saving and deleting.
import { useState } from 'react';
import { describeError } from './api.js';
import { playbookKindLabels } from '../../src/core/playbook-words.js';
import {
  deleteEntry,
  saveAsTemplate,
  vote,
  type PlaybookEntry,
  type VoteState,
} from './playbook-api.js';
import { hrefFor } from './route.js';

export function PlaybookEntryCard(props: {
  entry: PlaybookEntry;
  onChanged: () => void;
  /** On a list, the title links to the entry and its comments; else it is the page's heading. */
  linkToEntry?: boolean;
  savedTemplateId?: string | null;
}) {
  const { entry, onChanged, linkToEntry = false } = props;
  const [votes, setVotes] = useState<VoteState>({ votes: entry.votes, voted: entry.voted });
  const [saved, setSaved] = useState(props.savedTemplateId != null);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const entryHref = hrefFor({ name: 'playbook-entry', entryId: entry.id });

  const act = (work: () => Promise<void>) => () => {
    setError(null);
    work().catch(setError);
  };
  return (
    <article
      className="card stack"
      aria-labelledby={`entry-${entry.id}`}
      data-testid="playbook-entry"
    >
      <p className="badge">{playbookKindLabels[entry.kind].label}</p>
      {linkToEntry ? (
        <h3 id={`entry-${entry.id}`}>
          <a href={entryHref}>{entry.title}</a>
        </h3>
      ) : (
        <h1 id={`entry-${entry.id}`}>{entry.title}</h1>
      )}
      <p className="playbook-body">{entry.body}</p>
      <p className="hint">
        Shared by {entry.mine ? 'you' : entry.author} on {entry.createdAt.slice(0, 10)}
        {linkToEntry ? (
          <>
            {' · '}
            <a href={entryHref}>
              {entry.comments === 1 ? '1 comment' : `${entry.comments} comments`}
            </a>
          </>
        ) : null}
      </p>
      <div className="actions">
        <button
          type="button"
          className="secondary"
          aria-pressed={votes.voted}
          onClick={act(async () => setVotes(await vote(entry.id, !votes.voted)))}
        >
          {votes.voted ? 'Voted' : 'Vote'} · {votes.votes}
        </button>
        <button
          type="button"
          className="secondary"
          disabled={saved}
          onClick={act(async () => {
            await saveAsTemplate(entry.id);
            setSaved(true);
          })}
        >
          {saved ? 'Saved to your templates' : 'Save to my templates'}
        </button>
        {entry.mine && !confirming ? (
          <button type="button" className="danger" onClick={() => setConfirming(true)}>
            Delete
          </button>
        ) : null}
        {entry.mine && confirming ? (
          <>
            <button
              type="button"
              className="danger"
              onClick={act(async () => {
                await deleteEntry(entry.id);
                onChanged();
              })}
            >
              Yes, delete it with its comments and votes
            </button>
            <button type="button" className="secondary" onClick={() => setConfirming(false)}>
              Keep it
            </button>
          </>
        ) : null}
      </div>
      {saved ? (
        <p className="hint" role="status">
          It shows in Compose when you write to someone.{' '}
          <a href={hrefFor({ name: 'playbook-templates' })}>Your templates</a>
        </p>
      ) : null}
      {error !== null ? <p role="alert">{describeError(error)}</p> : null}
    </article>
  );
}
