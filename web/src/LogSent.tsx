// "Sent it?": logs a drafted message on the right timelines, or marks today's plan action done.
import { useState, type FormEvent } from 'react';
import {
  describeError,
  logSent,
  markAction,
  type Channel,
  type DraftIntent,
  type Person,
  type PersonListItem,
} from './api.js';
import { FormError, SelectField } from './Field.js';
import { setFlash } from './flash.js';
import { channelLabels } from '../../src/core/interaction-words.js';
import { firstNameOf } from '../../src/core/words/prose.js';
import { introRequestSummary, sentSummary } from '../../src/core/words/sent.js';
import { navigate } from './route.js';
import type { PlanActionCheck } from './usePlanAction.js';

export function LogSent({
  intent,
  person,
  connector,
  other,
  subject,
  body,
  plan,
}: {
  intent: DraftIntent;
  person: Person;
  connector: PersonListItem | null;
  other: PersonListItem | null;
  subject: string;
  body: string;
  /** The plan action Compose was opened for: logging the message marks it done. */
  plan: PlanActionCheck;
}) {
  const [channel, setChannel] = useState<Channel>('email');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  // An intro request goes to the connector; an introduction is one request that logs it on both
  // timelines in one transaction (the server writes each side's words).
  const logs: { to: PersonListItem; summary: string; otherPersonId?: number }[] =
    intent === 'request-intro' && connector
      ? [{ to: connector, summary: introRequestSummary(person.name) }]
      : intent === 'introduce' && other
        ? [{ to: person, summary: '', otherPersonId: other.id }]
        : [{ to: person, summary: sentSummary(intent, subject.trim() || firstLine(body)) }];
  const where =
    intent === 'introduce' && other
      ? `${firstNameOf(person.name)}’s and ${firstNameOf(other.name)}’s timelines`
      : `${firstNameOf(logs[0]?.to.name ?? '')}’s timeline`;

  // Done logs the interaction itself, so a plan action's message is logged once, not twice.
  const [only] = logs;
  const planAction =
    plan.action !== null && !only?.otherPersonId && only?.to.id === plan.action.personId
      ? plan.action
      : null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    try {
      if (planAction && only) {
        await markAction(planAction.n, 'done', { channel, summary: only.summary, intent });
        setFlash(`Logged as sent on ${where}, and marked done in today’s plan.`);
        navigate({ name: 'today' });
        return;
      }
      for (const log of logs) {
        await logSent({
          personId: log.to.id,
          intent,
          channel,
          summary: log.summary,
          ...(log.otherPersonId ? { otherPersonId: log.otherPersonId } : {}),
        });
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
          Log it on {where}
          {planAction ? ' and mark it done in today’s plan' : ''}, and Kith will tell you when a
          follow-up is due — and stop after two.
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
          <button type="submit" className="primary" disabled={saving || plan.checking}>
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
