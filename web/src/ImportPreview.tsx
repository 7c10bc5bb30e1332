// What an import would do, before anything is written: per file, the counts, and the problems.
import { useEffect, useRef } from 'react';
import type { ImportReport } from './api.js';
import { ImportProblems } from './ImportProblems.js';
import { describeFile, summariseImport } from './import-words.js';

interface ImportPreviewProps {
  report: ImportReport;
  onImport: () => void;
  onCancel: () => void;
}

export function ImportPreview({ report, onImport, onCancel }: ImportPreviewProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Keyboard and screen reader users land on the answer to what they just asked for.
  useEffect(() => heading.current?.focus(), []);
  const empty = nothingToImport(report);

  return (
    <section className="card stack" aria-labelledby="preview-heading" data-testid="import-preview">
      <h2 id="preview-heading" ref={heading} tabIndex={-1}>
        Preview
      </h2>
      <p className="import-summary" data-testid="import-summary">
        {summariseImport(report)}
      </p>
      <ImportCounts report={report} />
      <section className="stack-sm" aria-labelledby="import-files-heading">
        <h3 id="import-files-heading">Files</h3>
        <ul className="import-files" data-testid="import-files">
          {report.files.map((file) => (
            <li key={file.file}>
              <span className="file-name">{file.file}</span>
              <span className="muted">{describeFile(file)}</span>
            </li>
          ))}
        </ul>
      </section>
      <ImportProblems problems={report.problems} />
      <p className="hint">
        Nothing has changed yet. The import runs all at once, or not at all, and importing the same
        file again later adds nothing twice.
      </p>
      <div className="actions">
        <button type="button" className="primary" onClick={onImport} disabled={empty}>
          {empty ? 'Nothing new to import' : 'Import now'}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Choose other files
        </button>
      </div>
    </section>
  );
}

/** The numbers behind the summary, zeros included where they answer a worry ("any duplicates?"). */
export function ImportCounts({ report }: { report: ImportReport }) {
  const { people } = report;
  const rows: Array<[string, number, string]> = [
    ['new', people.new, 'New people'],
    ['updated', people.updated, 'Already in Kith, updated'],
    ['merged', people.merged, 'Duplicates in the files, joined'],
    ['review', people.review, 'Pairs to check'],
  ];
  // Only message and invitation files bring conversations; a zero here would be noise.
  if (report.interactions > 0) {
    rows.push(['interactions', report.interactions, 'Conversations for timelines']);
  }
  if (people.unchanged > 0) rows.push(['unchanged', people.unchanged, 'Already up to date']);
  if (report.alreadyImported > 0) {
    rows.push(['already', report.alreadyImported, 'Imported before, skipped']);
  }
  return (
    <dl className="import-counts" data-testid="import-counts">
      {rows.map(([key, value, label]) => (
        <div key={key} data-testid={`count-${key}`}>
          <dt>{label}</dt>
          <dd>{value.toLocaleString()}</dd>
        </div>
      ))}
    </dl>
  );
}

function nothingToImport(report: ImportReport): boolean {
  const { people } = report;
  return people.new + people.updated + people.merged + people.review + report.interactions === 0;
}
