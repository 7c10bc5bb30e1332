// An import under way (a bar fed by the server's progress lines), and what it brought once done.
import { useEffect, useRef } from 'react';
import type { FieldProblem, ImportProgress, ImportReport } from './api.js';
import { ImportCounts } from './ImportPreview.js';
import { count, phaseWords, summariseImport } from './import-words.js';
import { hrefFor } from './route.js';

/** How far along, 0–1, or null while the files are still on their way and no count has come. */
export function shareDone(progress: ImportProgress | null): number | null {
  if (!progress || progress.total === 0) return null;
  return Math.min(1, progress.done / progress.total);
}

/** What the progress bar says: the phase, then a rough share, so a screen reader isn't flooded. */
export function describeProgress(dryRun: boolean, progress: ImportProgress | null): string {
  const doing = dryRun ? 'Preparing your preview' : 'Importing';
  if (!progress) return `${doing}: reading your files…`;
  const share = shareDone(progress);
  const percent = share === null ? '' : ` (${Math.floor(share * 10) * 10}%)`;
  return `${doing}: ${phaseWords[progress.phase]}…${percent}`;
}

export function ImportWorking(props: { dryRun: boolean; progress: ImportProgress | null }) {
  const share = shareDone(props.progress);
  const { progress } = props;
  return (
    <section className="card stack" aria-label="Progress" data-testid="import-working">
      <p id="import-progress-label">{describeProgress(props.dryRun, progress)}</p>
      <progress
        className="import-bar"
        aria-labelledby="import-progress-label"
        max={1}
        value={share ?? undefined}
      />
      {progress && progress.total > 0 ? (
        <p className="hint">
          {progress.done.toLocaleString()} of {progress.total.toLocaleString()}
        </p>
      ) : null}
    </section>
  );
}

export function ImportDone({ report, onAgain }: { report: ImportReport; onAgain: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const { review } = report.people;
  const leftOut = report.problems.filter((problem) => problem.severity === 'error').length;
  return (
    <section className="card stack" aria-labelledby="done-heading" data-testid="import-done">
      <h2 id="done-heading" ref={heading} tabIndex={-1}>
        Done
      </h2>
      <p className="success" data-testid="import-result">
        {summariseImport(report)}
      </p>
      <ImportCounts report={report} />
      {leftOut > 0 ? (
        <p className="hint">
          {count(leftOut, 'row was', 'rows were')} left out, as the preview said.
        </p>
      ) : null}
      <div className="actions">
        <a className="button primary" href={hrefFor({ name: 'people', query: '', offset: 0 })}>
          See your people
        </a>
        {review > 0 ? (
          <a className="button secondary" href={hrefFor({ name: 'duplicates' })}>
            Check {count(review, 'possible duplicate', 'possible duplicates')}
          </a>
        ) : null}
        <button type="button" className="secondary" onClick={onAgain}>
          Import more files
        </button>
      </div>
    </section>
  );
}

export function ImportFailed(props: { message: string; problems: FieldProblem[] }) {
  return (
    <div className="form-error stack-sm" role="alert" data-testid="import-failed">
      <p>{props.message}</p>
      {props.problems.length > 0 ? (
        <ul>
          {props.problems.map((problem) => (
            <li key={problem.field}>
              <strong>{problem.field}</strong>: {problem.message}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
