// The draft being shaped: subject and parts, each under a live tone check, with other wordings and polish.
import type { DraftResult, ToneReport } from './api.js';
import { TextField } from './Field.js';
import { MessageEditor } from './MessageEditor.js';

/** A draft as the user is shaping it: Kith's result plus their edits and chosen wordings. */
export interface Composed {
  result: DraftResult;
  subject: string;
  bodies: string[];
  wording: number[];
  /** Reports the server already made, per part, so the first check costs no request. */
  seeds: ({ text: string; report: ToneReport } | undefined)[];
  notice: string | null;
}

export function composedFrom(result: DraftResult): Composed {
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

export function DraftEditor({
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
