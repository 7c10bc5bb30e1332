// Writing to one person: pick what to do, edit Kith's draft under a live tone check, copy it, log it as sent.
import { useEffect, useState, type FormEvent } from 'react';
import {
  ApiError,
  describeError,
  draftMessage,
  getPerson,
  logSent,
  type Channel,
  type DraftIntent,
  type DraftRequest,
  type DraftResult,
  type Person,
  type PersonWithTimeline,
  type Profile,
  type ToneReport,
} from './api.js';
import { FormError, SelectField, TextField } from './Field.js';
import { setFlash } from './flash.js';
import { IntentPicker } from './IntentPicker.js';
import {
  choiceFor,
  firstName,
  intentFor,
  intentInfo,
  toneIntent,
  type IntentChoice,
} from './intents.js';
import { channelLabels } from './labels.js';
import { MessageEditor } from './MessageEditor.js';
import { PersonPicker } from './PersonPicker.js';
import { hrefFor, navigate, personHref, replaceRoute } from './route.js';
import { usePageTitle } from './usePageTitle.js';

interface ComposeProps {
  id: number;
  intent: DraftIntent | null;
  goal: Profile['goal'];
}

/** The page at #/people/:id/compose?intent=…: loads the person, then the composer. */
export function ComposePage({ id, intent, goal }: ComposeProps) {
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
  return <Composer data={data} initialIntent={intent} goal={goal} />;
}

/** A draft as the user is shaping it: Kith's result plus their edits and chosen wordings. */
interface Composed {
  result: DraftResult;
  subject: string;
  bodies: string[];
  wording: number[];
  /** Reports the server already made, per part, so the first check costs no request. */
  seeds: ({ text: string; report: ToneReport } | undefined)[];
  notice: string | null;
}

function composedFrom(result: DraftResult): Composed {
  const bodies = result.draft.parts.map((part) => part.body);
  const first = result.polished ?? bodies[0] ?? '';
  if (result.polished !== null) bodies[0] = result.polished;
  return {
    result,
    subject: result.draft.subject,
    bodies,
    wording: bodies.map(() => 0),
    seeds: bodies.map((_, index) =>
      index === 0 ? { text: first, report: result.tone } : undefined,
    ),
    notice: result.notice,
  };
}

type Topics = Partial<Record<IntentChoice, { input: string; applied: string }>>;

function Composer({
  data,
  initialIntent,
  goal,
}: {
  data: PersonWithTimeline;
  initialIntent: DraftIntent | null;
  goal: Profile['goal'];
}) {
  const { person, stage, followUp } = data;
  const first = firstName(person.name);
  const [choice, setChoice] = useState<IntentChoice | null>(
    initialIntent ? choiceFor(initialIntent) : null,
  );
  const [connector, setConnector] = useState<Person | null>(null);
  const [other, setOther] = useState<Person | null>(null);
  const [topics, setTopics] = useState<Topics>({});
  const [drafts, setDrafts] = useState<Record<string, Composed>>({});
  const [failed, setFailed] = useState<{ key: string; message: string } | null>(null);
  const [polishing, setPolishing] = useState(false);

  const intent = choice ? intentFor(choice, followUp) : null;
  const extra = choice ? intentInfo[choice].extra : null;
  const topic = (choice && topics[choice]) || { input: '', applied: '' };
  const request: DraftRequest | null =
    intent === null ||
    (extra === 'connector' && connector === null) ||
    (extra === 'other-person' && other === null)
      ? null
      : {
          personId: person.id,
          intent,
          ...(extra === 'connector' && connector ? { connectorId: connector.id } : {}),
          ...(extra === 'other-person' && other ? { otherPersonId: other.id } : {}),
          ...(topic.applied !== '' ? { topic: topic.applied } : {}),
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
    replaceRoute({ name: 'compose', id: person.id, intent: intentFor(next, followUp) });
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
        <a href={personHref(person.id)}>← {person.name}</a>
      </p>
      <header className="page-header">
        <h1>Write to {first}</h1>
        <p className="lead">
          Pick what you’d like to do. Kith writes a short first draft from what you know about{' '}
          {first}; make it yours, and the tone check reads it over as you type.
        </p>
        {person.doNotContact ? (
          <p className="notice">
            You marked {first} as “do not contact”. Kith will still help you write, but won’t
            suggest reaching out.
          </p>
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
          <DraftEditor
            composed={composed}
            contextFor={(to) => ({
              stage,
              intent: toneIntent(intent),
              recipientName: firstName(to),
              goal,
            })}
            onChange={update}
            polishing={polishing}
            onPolish={() => void polish()}
          />
          <LogSent
            intent={intent}
            person={person}
            connector={extra === 'connector' ? connector : null}
            other={extra === 'other-person' ? other : null}
            subject={composed.subject}
            body={composed.bodies[0] ?? ''}
          />
        </>
      ) : null}
    </div>
  );
}

const topicWords: Record<'share' | 'congratulate' | 'other', { label: string; hint: string }> = {
  share: {
    label: 'What are you sharing?',
    hint: 'A link, an article or an idea, e.g. “the State of Product Ops report”.',
  },
  congratulate: {
    label: 'What’s their news?',
    hint: 'In a few words, e.g. “your new role at Acme” or “the launch last week”.',
  },
  other: {
    label: 'Something new to add (optional)',
    hint: 'A link or an idea gives a nudge a reason. Leave it empty and Kith mentions what you could offer.',
  },
};

function TopicForm({
  choice,
  topic,
  onChange,
}: {
  choice: IntentChoice;
  topic: { input: string; applied: string };
  onChange: (topic: { input: string; applied: string }) => void;
}) {
  const words =
    choice === 'share' || choice === 'congratulate' ? topicWords[choice] : topicWords.other;
  const changed = topic.input.trim() !== topic.applied;
  function submit(event: FormEvent) {
    event.preventDefault();
    onChange({ input: topic.input, applied: topic.input.trim() });
  }
  return (
    <form className="stack" onSubmit={submit} noValidate>
      <TextField
        id="compose-topic"
        label={words.label}
        hint={words.hint}
        value={topic.input}
        onChange={(input) => onChange({ ...topic, input })}
      />
      <div className="actions">
        <button type="submit" className="secondary" disabled={!changed}>
          Redo the draft with this
        </button>
      </div>
    </form>
  );
}

function DraftEditor({
  composed,
  contextFor,
  onChange,
  polishing,
  onPolish,
}: {
  composed: Composed;
  contextFor: (to: string) => Parameters<typeof MessageEditor>[0]['context'];
  onChange: (change: (draft: Composed) => Composed) => void;
  polishing: boolean;
  onPolish: () => void;
}) {
  const { draft } = composed.result;
  const several = draft.parts.length > 1;
  return (
    <section className="card stack" aria-labelledby="draft-heading" data-testid="draft">
      <h2 id="draft-heading">Your draft</h2>
      <p className="hint">
        {several
          ? `This one comes in ${draft.parts.length} parts, in the order you send them. `
          : ''}
        Change anything — it’s your message. Anything in [brackets] is a gap for you to fill.
      </p>
      <TextField
        id="compose-subject"
        label="Subject"
        hint="For an email. Leave it out of a LinkedIn message or a text."
        value={composed.subject}
        onChange={(subject) => onChange((d) => ({ ...d, subject }))}
      />
      {draft.parts.map((part, index) => {
        const variants = draft.variants[index] ?? [part.body];
        const wording = composed.wording[index] ?? 0;
        return (
          <MessageEditor
            key={index}
            id={`compose-part-${index}`}
            label={several ? part.label : 'Message'}
            to={part.to}
            value={composed.bodies[index] ?? ''}
            onChange={(body) =>
              onChange((d) => ({ ...d, bodies: d.bodies.map((b, i) => (i === index ? body : b)) }))
            }
            blanks={draft.blanks}
            context={contextFor(part.to)}
            seed={composed.seeds[index]}
            wording={{
              index: wording,
              count: variants.length,
              onNext: () =>
                onChange((d) => {
                  const next = (wording + 1) % variants.length;
                  return {
                    ...d,
                    bodies: d.bodies.map((b, i) => (i === index ? (variants[next] ?? b) : b)),
                    wording: d.wording.map((w, i) => (i === index ? next : w)),
                  };
                }),
            }}
          />
        );
      })}
      <div className="polish stack">
        <div className="actions">
          <button type="button" className="secondary" disabled={polishing} onClick={onPolish}>
            {polishing ? 'Polishing…' : 'Polish with my model'}
          </button>
        </div>
        <p className="hint">
          If you’ve set up a language model, it rewrites Kith’s first draft in a more natural voice.
          This replaces the first part above.
        </p>
        {composed.notice ? (
          <p className="notice" role="status">
            {composed.notice}
          </p>
        ) : null}
      </div>
    </section>
  );
}

function LogSent({
  intent,
  person,
  connector,
  other,
  subject,
  body,
}: {
  intent: DraftIntent;
  person: Person;
  connector: Person | null;
  other: Person | null;
  subject: string;
  body: string;
}) {
  const [channel, setChannel] = useState<Channel>('email');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const done = intentInfo[choiceFor(intent)].done;

  // An intro request goes to the connector; an introduction is logged with both people.
  const logs: { to: Person; summary: string }[] =
    intent === 'request-intro' && connector
      ? [{ to: connector, summary: `${done} to ${person.name}` }]
      : intent === 'introduce' && other
        ? [
            { to: person, summary: `Offered to introduce them to ${other.name}` },
            { to: other, summary: `Offered to introduce them to ${person.name}` },
          ]
        : [{ to: person, summary: `${done}: ${subject.trim() || firstLine(body)}` }];
  const where =
    logs.length > 1
      ? `${firstName(logs[0]?.to.name ?? '')}’s and ${firstName(logs[1]?.to.name ?? '')}’s timelines`
      : `${firstName(logs[0]?.to.name ?? '')}’s timeline`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    try {
      for (const log of logs) {
        await logSent({ personId: log.to.id, intent, channel, summary: log.summary });
      }
      setFlash(`Logged as sent on ${where}.`);
      navigate({ name: 'person', id: logs[0]?.to.id ?? person.id });
    } catch (caught) {
      setError(describeError(caught));
      setSaving(false);
    }
  }

  return (
    <section className="card" aria-labelledby="sent-heading">
      <form className="stack" onSubmit={(event) => void submit(event)} noValidate>
        <h2 id="sent-heading">Sent it?</h2>
        <p className="hint">
          Log it on {where}, and Kith will tell you when a follow-up is due — and stop after two.
        </p>
        <FormError message={error} />
        <SelectField
          id="compose-channel"
          label="How you sent it"
          options={channelLabels}
          value={channel}
          onChange={setChannel}
        />
        <div className="actions">
          <button type="submit" className="primary" disabled={saving}>
            {saving ? 'Logging…' : 'Log as sent'}
          </button>
        </div>
      </form>
    </section>
  );
}

/** The first line that says something: skips "Hi Ana," and blank lines. */
function firstLine(body: string): string {
  const lines = body
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !/^(hi|hello|hey|dear)\b.{0,40},?$/i.test(line));
  const line = lines[0] ?? '';
  return line.length > 120 ? `${line.slice(0, 117).trimEnd()}…` : line;
}
