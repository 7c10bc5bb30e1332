// The rows an import left out or changed, each naming the file, the line and the field.
import { useState } from 'react';
import type { ImportProblem } from './api.js';
import { count } from './import-words.js';

/** Enough to see what kind of trouble a file has; the rest on request. */
const shownAtFirst = 50;

export function ImportProblems({ problems }: { problems: ImportProblem[] }) {
  const [all, setAll] = useState(false);
  if (problems.length === 0) {
    return <p className="muted">No problems found: every row reads cleanly.</p>;
  }
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const warnings = problems.length - errors;
  const shown = all ? problems : problems.slice(0, shownAtFirst);
  return (
    <section className="stack" aria-labelledby="import-problems-heading">
      <h3 id="import-problems-heading">
        {count(problems.length, 'thing', 'things')} to know about
      </h3>
      <p className="hint">{outline(errors, warnings)}</p>
      <ul className="import-problems" aria-label="Problems found" data-testid="import-problems">
        {shown.map((problem, i) => (
          <li key={i} className={`import-problem ${problem.severity}`}>
            <span className={`badge ${problem.severity === 'error' ? 'error' : 'warn'}`}>
              {problem.severity === 'error' ? 'Left out' : 'Kept'}
            </span>{' '}
            <span className="problem-where">
              {problem.file}, line {problem.line}
              {problem.field ? `, ${problem.field}` : ''}
            </span>
            <p>{problem.message}</p>
          </li>
        ))}
      </ul>
      {shown.length < problems.length ? (
        <button type="button" className="secondary small" onClick={() => setAll(true)}>
          Show all {problems.length.toLocaleString()}
        </button>
      ) : null}
    </section>
  );
}

/** "1 row will be left out; 2 rows kept, worth a look. The rest imports as it is." */
function outline(errors: number, warnings: number): string {
  const parts = [
    errors > 0 ? `${count(errors, 'row', 'rows')} will be left out` : '',
    warnings > 0 ? `${count(warnings, 'row', 'rows')} kept, worth a look` : '',
  ].filter(Boolean);
  return `${parts.join('; ')}. The rest imports as it is.`;
}
