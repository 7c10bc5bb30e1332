// One part of a draft: editable text with its blanks and tone findings marked, the live check, and Copy.
import { useRef, useState, type RefObject } from 'react';
import type { ToneContextInput, ToneFinding, ToneReport } from './api.js';
import { severityLabels, toneCategoryLabels } from '../../src/core/tone/tone-words.js';
import { MarkedTextarea } from './MarkedTextarea.js';
import { blankMarks, blanksLeft, findingMarks } from './marks.js';
import { useToneCheck } from './useToneCheck.js';

export interface Wording {
  /** 0-based index of the wording on screen. */
  index: number;
  count: number;
  onNext: () => void;
}

interface MessageEditorProps {
  id: string;
  label: string;
  to: string;
  value: string;
  onChange: (value: string) => void;
  /** Labels of facts Kith did not know, written in the text as "[label]". */
  blanks: readonly string[];
  context: ToneContextInput;
  seed?: { text: string; report: ToneReport };
  wording?: Wording;
}

export function MessageEditor(props: MessageEditorProps) {
  const { id, label, to, value, onChange, blanks, context, seed, wording } = props;
  const area = useRef<HTMLTextAreaElement>(null);
  const tone = useToneCheck(value, context, seed);
  const findings = tone.report?.findings ?? [];
  const left = blanksLeft(value, blanks);
  const marks = [...blankMarks(value, blanks), ...findingMarks(value, findings)];

  function show(finding: ToneFinding) {
    const textarea = area.current;
    if (!textarea || value.slice(finding.start, finding.end) !== finding.excerpt) return;
    textarea.focus();
    textarea.setSelectionRange(finding.start, finding.end);
  }

  return (
    <section className="message-part stack" aria-labelledby={`${id}-label`}>
      <div className="field">
        <label htmlFor={id} id={`${id}-label`}>
          {label}
        </label>
        <p className="hint" id={`${id}-to`}>
          To {to}
        </p>
        <MarkedTextarea
          id={id}
          value={value}
          onChange={onChange}
          marks={marks}
          textareaRef={area}
          describedBy={[`${id}-to`, left.length > 0 ? `${id}-blanks` : '', `${id}-verdict`]
            .filter(Boolean)
            .join(' ')}
        />
      </div>
      {left.length > 0 ? (
        <div className="fill-in" id={`${id}-blanks`} data-testid={`${id}-blanks`}>
          <p>
            <strong>Fill in</strong> — Kith didn’t know {left.length === 1 ? 'this' : 'these'}, so
            it left a gap rather than guess:
          </p>
          <ul>
            {left.map((blank) => (
              <li key={blank}>
                <span className="blank-token">[{blank}]</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <PartActions id={id} value={value} area={area} wording={wording} />
      <ToneSummary id={id} tone={tone} onShow={show} />
    </section>
  );
}

function PartActions({
  id,
  value,
  area,
  wording,
}: {
  id: string;
  value: string;
  area: RefObject<HTMLTextAreaElement | null>;
  wording: Wording | undefined;
}) {
  const [copied, setCopied] = useState<string | null>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopied('Copied. Paste it into your email or message.');
    } catch {
      // No clipboard permission (an older browser, a locked-down page): select the text instead.
      area.current?.focus();
      area.current?.select();
      setCopied('The text is selected. Press Ctrl+C (⌘C on a Mac) to copy it.');
    }
  }

  return (
    <>
      <div className="actions">
        <button type="button" className="secondary small" onClick={() => void copy()}>
          Copy
        </button>
        {wording && wording.count > 1 ? (
          <button
            type="button"
            className="secondary small"
            onClick={() => {
              setCopied(null);
              wording.onNext();
            }}
            aria-describedby={`${id}-wording`}
          >
            Try another wording
          </button>
        ) : null}
        {wording && wording.count > 1 ? (
          <span className="hint" id={`${id}-wording`}>
            Wording {wording.index + 1} of {wording.count} (replaces your edits)
          </span>
        ) : null}
      </div>
      <p role="status" className="hint">
        {copied}
      </p>
    </>
  );
}

function ToneSummary({
  id,
  tone,
  onShow,
}: {
  id: string;
  tone: ReturnType<typeof useToneCheck>;
  onShow: (finding: ToneFinding) => void;
}) {
  const { report } = tone;
  return (
    <div className="tone" data-testid={`${id}-tone`}>
      <div className="tone-head">
        <h3 className="tone-title">Tone check</h3>
        {tone.checking ? (
          <span className="hint" aria-hidden="true">
            Checking…
          </span>
        ) : null}
      </div>
      <div role="status" id={`${id}-verdict`}>
        {tone.error ? (
          <p className="field-error">{tone.error}</p>
        ) : report === null ? (
          <p className="hint">Write something and Kith will read it over for tone.</p>
        ) : (
          <p className="verdict">
            {report.score === null ? null : (
              <span className={`score score-${band(report.score)}`}>
                {report.score}
                <span className="visually-hidden"> out of 100</span>
                <span aria-hidden="true">/100</span>
              </span>
            )}{' '}
            {report.verdict}
          </p>
        )}
      </div>
      {report && report.findings.length > 0 ? (
        <ol className="findings" aria-label="What to look at">
          {report.findings.map((finding) => (
            <li
              key={`${finding.category}-${finding.start}-${finding.end}`}
              className={`finding finding-${finding.severity}`}
            >
              <p className="finding-head">
                <span className={`severity severity-${finding.severity}`}>
                  {severityLabels[finding.severity]}
                </span>{' '}
                <strong>{toneCategoryLabels[finding.category]}</strong>
                <span className="excerpt"> “{clip(finding.excerpt)}”</span>
              </p>
              <p>{finding.why}</p>
              <p>
                <span className="try">Try:</span> {finding.rewrite}
              </p>
              <button type="button" className="link small" onClick={() => onShow(finding)}>
                Show in the text
              </button>
            </li>
          ))}
        </ol>
      ) : null}
      {report?.notes.map((note) => (
        <p key={note} className="hint">
          {note}
        </p>
      ))}
    </div>
  );
}

function band(score: number): 'good' | 'fair' | 'poor' {
  if (score >= 80) return 'good';
  return score >= 50 ? 'fair' : 'poor';
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57).trimEnd()}…` : text;
}
