// Writing to one person: pick what to do, edit Kith's draft under a live tone check, copy it, log it as sent.
import { useEffect, useState } from 'react';
import {
  ApiError,
  describeError,
  draftMessage,
  getPerson,
  type DraftIntent,
  type DraftRequest,
  type PersonListItem,
  type PersonWithTimeline,
  type Profile,
} from './api.js';
import { composedFrom, DraftEditor, type Composed } from './DraftEditor.js';
import { CheckboxField } from './Field.js';
import { IntentPicker } from './IntentPicker.js';
import {
  choiceFor,
  intentFor,
  intentInfo,
  type IntentChoice,
} from '../../src/core/words/intents.js';
import { firstNameOf as firstName } from '../../src/core/words/prose.js';
import { toneIntentFor } from '../../src/core/words/sent.js';
import { LogSent } from './LogSent.js';
import { PersonPicker } from './PersonPicker.js';
import { PlaybookInCompose } from './PlaybookInCompose.js';
import { useSignedIn } from './SignInGate.js';
import { hrefFor, personHref, replaceRoute } from './route.js';
import { TopicForm, type Topic } from './TopicForm.js';
import { usePageTitle } from './usePageTitle.js';
import { usePlanAction, type PlanActionCheck } from './usePlanAction.js';

interface ComposeProps {
  id: number;
  intent: DraftIntent | null;
  /** The number of today's plan action this message is for, from the Today page. */
  action: number | null;
  /** A topic to start from, such as the interest a give-first action names. */
  topic: string | null;
  goal: Profile['goal'];
}

/** The page at #/people/:id/compose?intent=…&action=…: loads the person, then the composer. */
export function ComposePage({ id, intent, action, topic, goal }: ComposeProps) {
  const plan = usePlanAction(id, action);
  const [data, setData] = useState<PersonWithTimeline | null>(null);
  const [error, setError] = useState<unknown>(null);
  usePageTitle(data ? `Write to ${firstName(data.person.name)}` : 'Write');
  useEffect(() => {
    getPerson(id).then(setData, setError);
  }, [id]);

  if (error !== null) {
    const gone = error instanceof ApiError && error.status === 404;
    return (
      <div className="stack">
        <h1>{gone ? 'No one here' : 'This page did not load'}</h1>
        <p role="alert">
          {gone ? 'This person is not in your network, or was removed.' : describeError(error)}
        </p>
        <p>
          <a href={hrefFor({ name: 'people', query: '', offset: 0 })}>Back to people</a>
        </p>
      </div>
    );
  }
  if (data === null) return <p className="muted">Loading…</p>;
  return (
    <Composer data={data} initialIntent={intent} initialTopic={topic} goal={goal} plan={plan} />
  );
}

type Topics = Partial<Record<IntentChoice, Topic>>;

function Composer({
  data,
  initialIntent,
  initialTopic,
  goal,
  plan,
}: {
  data: PersonWithTimeline;
  initialIntent: DraftIntent | null;
  initialTopic: string | null;
  goal: Profile['goal'];
  plan: PlanActionCheck;
}) {
  const { person, stage, followUp } = data;
  const first = firstName(person.name);
  const signedIn = useSignedIn();
  const [choice, setChoice] = useState<IntentChoice | null>(
    initialIntent ? choiceFor(initialIntent) : null,
  );
  const [connector, setConnector] = useState<PersonListItem | null>(null);
  const [other, setOther] = useState<PersonListItem | null>(null);
  const [topics, setTopics] = useState<Topics>(() => {
    const start = initialIntent ? choiceFor(initialIntent) : null;
    return start && initialTopic ? { [start]: { input: initialTopic, applied: initialTopic } } : {};
  });
  const [drafts, setDrafts] = useState<Record<string, Composed>>({});
  const [failed, setFailed] = useState<{ key: string; message: string } | null>(null);
  const [polishing, setPolishing] = useState(false);
  // Writing to someone marked do not contact waits until the user says they mean to.
  const [writeAnyway, setWriteAnyway] = useState(false);
  const held = person.doNotContact && !writeAnyway;

  const intent = choice ? intentFor(choice, followUp) : null;
  const extra = choice ? intentInfo[choice].extra : null;
  const topic = (choice && topics[choice]) || { input: '', applied: '' };
  const request: DraftRequest | null =
    intent === null ||
    held ||
    (extra === 'connector' && connector === null) ||
    (extra === 'other-person' && other === null)
      ? null
      : {
          personId: person.id,
          intent,
          ...(extra === 'connector' && connector ? { connectorId: connector.id } : {}),
          ...(extra === 'other-person' && other ? { otherPersonId: other.id } : {}),
          ...(topic.applied !== '' ? { topic: topic.applied } : {}),
          ...(person.doNotContact ? { acknowledgeDoNotContact: true } : {}),
        };
  const key = request ? JSON.stringify(request) : null;
  const composed = key === null ? undefined : drafts[key];

  // Each distinct request is drafted once; going back to an earlier intent keeps its edits.
  useEffect(() => {
    if (request === null || key === null || drafts[key]) return;
    let current = true;
    draftMessage(request).then(
      (result) => current && setDrafts((all) => ({ ...all, [key]: composedFrom(result) })),
      (error: unknown) => current && setFailed({ key, message: describeError(error) }),
    );
    return () => {
      current = false;
    };
    // The key stands for the whole request, and drafts is only read when the key changes.
  }, [key]);

  function pick(next: IntentChoice) {
    setChoice(next);
    setFailed(null);
    replaceRoute({
      name: 'compose',
      id: person.id,
      intent: intentFor(next, followUp),
      action: plan.action?.n ?? null,
    });
  }

  function update(change: (draft: Composed) => Composed) {
    if (key === null) return;
    setDrafts((all) => {
      const draft = all[key];
      return draft ? { ...all, [key]: change(draft) } : all;
    });
  }

  async function polish() {
    if (request === null || key === null) return;
    setPolishing(true);
    try {
      const result = await draftMessage({ ...request, polish: true });
      update((draft) => {
        if (result.polished === null) return { ...draft, notice: result.notice };
        const bodies = [...draft.bodies];
        bodies[0] = result.polished;
        const seeds = [...draft.seeds];
        seeds[0] = { text: result.polished, report: result.tone };
        return { ...draft, bodies, seeds, notice: result.notice };
      });
    } catch (error) {
      update((draft) => ({ ...draft, notice: describeError(error) }));
    } finally {
      setPolishing(false);
    }
  }

  return (
    <div className="stack-lg compose">
      <p className="back">
        {plan.action ? (
          <a href={hrefFor({ name: 'today' })}>← Today’s plan</a>
        ) : (
          <a href={personHref(person.id)}>← {person.name}</a>
        )}
      </p>
      <header className="page-header">
        <h1>Write to {first}</h1>
        <p className="lead">
          Pick what you’d like to do. Kith writes a short first draft from what you know about{' '}
          {first}; make it yours, and the tone check reads it over as you type.
        </p>
        {person.doNotContact ? (
          <div className="notice stack">
            <p>
              You marked {first} as “do not contact”, so Kith won’t draft to them unless you say you
              mean to.
            </p>
            <CheckboxField
              id="compose-anyway"
              label={`I know, and I want to write to ${first} anyway`}
              checked={writeAnyway}
              onChange={setWriteAnyway}
            />
          </div>
        ) : null}
      </header>
      <IntentPicker choice={choice} firstName={first} followUp={followUp} onPick={pick} />
      {choice && extra ? (
        <section className="card stack" aria-label="Details for this message">
          {extra === 'connector' ? (
            <PersonPicker
              id="compose-connector"
              label={`Who could introduce you to ${first}?`}
              hint={`Someone who knows you both. Kith writes them a short note, plus a blurb they can forward to ${first}.`}
              excludeIds={[person.id]}
              picked={connector}
              onPick={setConnector}
            />
          ) : null}
          {extra === 'other-person' ? (
            <PersonPicker
              id="compose-other"
              label={`Who should ${first} meet?`}
              hint="Kith drafts an opt-in note to each of them first; the joint introduction goes out only once both say yes."
              excludeIds={[person.id]}
              picked={other}
              onPick={setOther}
            />
          ) : null}
          {extra === 'topic' || extra === 'optional-topic' ? (
            <TopicForm
              choice={choice}
              topic={topic}
              onChange={(next) => setTopics({ ...topics, [choice]: next })}
            />
          ) : null}
        </section>
      ) : null}
      {failed && failed.key === key ? (
        <p className="form-error" role="alert">
          {failed.message}
        </p>
      ) : null}
      {request !== null && composed === undefined && failed?.key !== key ? (
        <p className="muted" role="status">
          Writing a draft…
        </p>
      ) : null}
      {composed && intent ? (
        <>
          {composed.result.draft.warning ? (
            <p className="notice" role="alert" data-testid="draft-warning">
              {composed.result.draft.warning}
            </p>
          ) : null}
          {composed.result.draft.reason ? (
            <p className="notice" role="status" data-testid="draft-reason">
              {composed.result.draft.reason}
            </p>
          ) : null}
          <DraftEditor
            composed={composed}
            contextFor={(to) => ({
              stage,
              intent: toneIntentFor(composed.result.draft.intent),
              recipientName: firstName(to),
              goal,
            })}
            onChange={update}
            polishing={polishing}
            onPolish={() => void polish()}
          />
          <LogSent
            intent={composed.result.draft.intent}
            person={person}
            connector={extra === 'connector' ? connector : null}
            other={extra === 'other-person' ? other : null}
            subject={composed.subject}
            body={composed.bodies[0] ?? ''}
            plan={plan}
          />
        </>
      ) : null}
      {/* Templates come from group playbooks, which only a Kith with accounts has. */}
      {signedIn?.account ? (
        <PlaybookInCompose
          personId={person.id}
          to={person.name}
          context={{ stage, recipientName: first, goal }}
        />
      ) : null}
    </div>
  );
}
