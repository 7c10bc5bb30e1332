// The shared playbook of one group: what members found worked, newest or most voted, and a form
// to share your own after Kith's stripping check.
import { useCallback, useEffect, useState } from 'react';
import { ApiError, describeError } from './api.js';
import {
  playbookSortLabels,
  playbookSorts,
  type PlaybookSort,
} from '../../src/core/playbook-words.js';
import {
  getPlaybookGroups,
  listEntries,
  type GroupSummary,
  type PlaybookEntry,
} from './playbook-api.js';
import { PlaybookEntryCard } from './PlaybookEntryCard.js';
import { PlaybookPost } from './PlaybookPost.js';
import { hrefFor } from './route.js';
import { usePageTitle } from './usePageTitle.js';

export function PlaybookPage({ groupId, sort }: { groupId: string | null; sort: PlaybookSort }) {
  const [groups, setGroups] = useState<GroupSummary[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    getPlaybookGroups().then((found) => setGroups(found.groups), setError);
  }, []);
  const group = groups?.find((one) => one.id === groupId) ?? (groupId ? undefined : groups?.[0]);
  usePageTitle(group ? `Playbook: ${group.name}` : 'Playbook');

  if (error !== null) return <p role="alert">{describeError(error)}</p>;
  if (groups === null) return <p className="muted">Loading…</p>;
  return (
    <div className="stack-lg">
      <header className="page-header">
        <h1>{group ? `${group.name}: the playbook` : 'The playbook'}</h1>
        <p className="lead">
          What worked for the people in your group: messages that got a reply, questions that opened
          a conversation, events worth going to, and tips. Save any of them into{' '}
          <a href={hrefFor({ name: 'playbook-templates' })}>your templates</a> to use in Compose.
        </p>
      </header>
      {groups.length > 1 ? (
        <GroupLinks groups={groups} current={group?.id ?? null} sort={sort} />
      ) : null}
      {group ? (
        <GroupPlaybook key={group.id} group={group} sort={sort} />
      ) : (
        <p>
          {groupId
            ? 'That group was not found, or you are not in it.'
            : 'You are not in a group yet. When someone adds you to one, its playbook shows here.'}
        </p>
      )}
    </div>
  );
}

function GroupLinks(props: { groups: GroupSummary[]; current: string | null; sort: PlaybookSort }) {
  return (
    <nav aria-label="Your groups">
      <ul className="tags">
        {props.groups.map((one) => (
          <li key={one.id}>
            <a
              href={hrefFor({ name: 'playbook', groupId: one.id, sort: props.sort })}
              aria-current={one.id === props.current ? 'page' : undefined}
            >
              {one.name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function GroupPlaybook({ group, sort }: { group: GroupSummary; sort: PlaybookSort }) {
  const [entries, setEntries] = useState<PlaybookEntry[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const load = useCallback(() => {
    listEntries(group.id, sort).then(setEntries, setError);
  }, [group.id, sort]);
  useEffect(load, [load]);

  return (
    <>
      <PlaybookPost group={group} onPosted={load} />
      <section className="stack" aria-labelledby="entries-heading">
        <h2 id="entries-heading">What worked</h2>
        <p className="actions">
          {playbookSorts.map((one) =>
            one === sort ? (
              <strong key={one} aria-current="true">
                {playbookSortLabels[one]}
              </strong>
            ) : (
              <a key={one} href={hrefFor({ name: 'playbook', groupId: group.id, sort: one })}>
                {playbookSortLabels[one]}
              </a>
            ),
          )}
        </p>
        {error !== null ? (
          <p role="alert">
            {error instanceof ApiError && error.status === 404
              ? 'That group was not found, or you are not in it.'
              : describeError(error)}
          </p>
        ) : null}
        {entries === null && error === null ? <p className="muted">Loading…</p> : null}
        {entries?.length === 0 ? (
          <p className="muted">Nothing here yet. Share the first thing that worked for you.</p>
        ) : null}
        <ul className="stack playbook-list">
          {entries?.map((entry) => (
            <li key={entry.id}>
              <PlaybookEntryCard entry={entry} onChanged={load} linkToEntry />
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
