// One person: stage and follow-up, the coach's view, what Kith knows, questions to ask, the timeline, removal.
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { ApiError, describeError, getPerson, type Person, type PersonWithTimeline } from './api.js';
import { CoachCard } from './CoachCard.js';
import { clearFlash, peekFlash } from './flash.js';
import { FollowUpCard } from './FollowUpCard.js';
import { InteractionForm } from './InteractionForm.js';
import { firstNameOf } from '../../src/core/words/prose.js';
import { stageHints, stageLabels } from '../../src/core/words/stages.js';
import { GiveFirstPanel } from './GiveFirstPanel.js';
import { QuestionsPanel } from './QuestionsPanel.js';
import { PersonSharing } from './PersonSharing.js';
import { RemovePerson } from './RemovePerson.js';
import { useSignedIn } from './SignInGate.js';
import { hrefFor } from './route.js';
import { Timeline } from './Timeline.js';
import { usePageTitle } from './usePageTitle.js';

const peopleHref = hrefFor({ name: 'people', query: '', offset: 0 });

export function PersonPage({ id }: { id: number }) {
  const [data, setData] = useState<PersonWithTimeline | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [flash] = useState(peekFlash);
  useEffect(clearFlash, []);
  usePageTitle(data?.person.name ?? 'Person');
  const signedIn = useSignedIn();

  const load = useCallback(() => {
    getPerson(id).then(setData, setError);
  }, [id]);
  useEffect(load, [load]);

  if (error !== null) {
    const gone = error instanceof ApiError && error.status === 404;
    return (
      <div className="stack">
        <h1>{gone ? 'No one here' : 'This page did not load'}</h1>
        <p role="alert">
          {gone ? 'This person is not in your network, or was removed.' : describeError(error)}
        </p>
        <p>
          <a href={peopleHref}>Back to people</a>
        </p>
      </div>
    );
  }
  if (data === null) return <p className="muted">Loading…</p>;
  const { person, timeline, interactionCount, stage, followUp } = data;
  const role = [person.title, person.company].filter(Boolean).join(' at ');
  const first = firstNameOf(person.name);

  return (
    <div className="stack-lg">
      <p className="back">
        <a href={peopleHref}>← People</a>
      </p>
      <header className="page-header with-action">
        <div>
          <h1>{person.name}</h1>
          {role || person.location ? (
            <p className="lead">{[role, person.location].filter(Boolean).join(' · ')}</p>
          ) : null}
          <p className="stage" data-testid="stage">
            <span className="badge stage-badge">Stage: {stageLabels[stage]}</span>{' '}
            <span className="hint">{stageHints[stage]}</span>
          </p>
          {person.doNotContact ? (
            <p className="badge warn">Do not contact — Kith won’t suggest reaching out.</p>
          ) : null}
        </div>
        <div className="actions">
          <a
            className="button primary"
            href={hrefFor({ name: 'compose', id: person.id, intent: null })}
          >
            Write to {first}
          </a>
          <a className="button secondary" href={hrefFor({ name: 'edit-person', id: person.id })}>
            Edit details
          </a>
        </div>
      </header>
      {flash ? (
        <p className="success" role="status" data-testid="flash">
          {flash}
        </p>
      ) : null}
      <FollowUpCard personId={person.id} firstName={first} followUp={followUp} />
      <CoachCard
        personId={person.id}
        firstName={first}
        coach={data}
        onChanged={(coach) => setData({ ...data, ...coach })}
      />
      <section className="card" aria-labelledby="details-heading">
        <h2 id="details-heading">What you know</h2>
        <Details person={person} />
      </section>
      {signedIn?.account ? <PersonSharing personId={person.id} /> : null}
      <GiveFirstPanel personId={person.id} firstName={first} />
      <QuestionsPanel personId={person.id} firstName={first} />
      <section className="card" aria-labelledby="log-heading">
        <h2 id="log-heading">Log an interaction</h2>
        <InteractionForm personId={person.id} onLogged={load} />
      </section>
      <section aria-labelledby="timeline-heading" className="stack">
        <h2 id="timeline-heading">Timeline</h2>
        <Timeline interactions={timeline} total={interactionCount} onRemoved={load} />
      </section>
      <RemovePerson person={person} interactionCount={interactionCount} />
    </div>
  );
}

function Details({ person }: { person: Person }) {
  const rows: [string, ReactNode][] = [];
  const add = (label: string, value: ReactNode, present: boolean) => {
    if (present) rows.push([label, value]);
  };
  add(
    'Email',
    joinNodes(person.emails.map((e) => <a href={`mailto:${e}`}>{e}</a>)),
    person.emails.length > 0,
  );
  add(
    'Phone',
    joinNodes(person.phones.map((p) => <a href={`tel:${p.replace(/[^\d+]/g, '')}`}>{p}</a>)),
    person.phones.length > 0,
  );
  add(
    'LinkedIn',
    <a href={linkedinHref(person.linkedinUrl ?? '')} rel="noopener noreferrer" target="_blank">
      {person.linkedinUrl}
    </a>,
    person.linkedinUrl !== null,
  );
  add('How you met', person.howWeMet, person.howWeMet !== null);
  add('Interests', person.interests.join(', '), person.interests.length > 0);
  add('What they need right now', person.needs, person.needs !== null);
  add('What they could offer', person.offers, person.offers !== null);
  add('Tags', person.tags.join(', '), person.tags.length > 0);
  add('Notes', person.notes, person.notes !== null);
  if (rows.length === 0) {
    return (
      <p className="empty">
        Only a name so far. Add how you met, what they care about and what they need right now — it
        helps Kith suggest what to offer first.
      </p>
    );
  }
  return (
    <dl className="details">
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function joinNodes(nodes: ReactNode[]): ReactNode {
  return nodes.map((node, index) => (
    <span key={index}>
      {index > 0 ? ', ' : ''}
      {node}
    </span>
  ));
}

function linkedinHref(url: string): string {
  return /^https?:\/\//i.test(url) ? url : `https://${url}`;
}
