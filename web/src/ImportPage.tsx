// Bring your network in: choose or drop files, see a preview of what would happen, then import it.
import { useState, type FormEvent } from 'react';
import { FileDrop } from './FileDrop.js';
import { TextField } from './Field.js';
import { ImportDone, ImportFailed, ImportWorking, describeProgress } from './ImportOutcome.js';
import { ImportPreview } from './ImportPreview.js';
import { summariseImport } from './import-words.js';
import { hrefFor } from './route.js';
import { useImport, type ImportStep } from './useImport.js';
import { usePageTitle } from './usePageTitle.js';

export function ImportPage({ profileName }: { profileName: string }) {
  usePageTitle('Import contacts');
  const [files, setFiles] = useState<File[]>([]);
  const [me, setMe] = useState(profileName);
  const [missing, setMissing] = useState(false);
  const { step, run, reset } = useImport();
  const working = step.name === 'working';

  const preview = (event: FormEvent) => {
    event.preventDefault();
    setMissing(files.length === 0);
    if (files.length > 0) void run(files, { dryRun: true, me });
  };
  const startAgain = () => {
    setFiles([]);
    reset();
  };

  return (
    <div className="stack-lg">
      <header className="page-header">
        <h1>Import contacts</h1>
        <p className="lead">
          Bring in the people you already know from LinkedIn, Google, Outlook or your phone. You’ll
          see a preview first; nothing changes until you say so.
        </p>
      </header>
      {step.name === 'done' ? null : (
        <form className="card stack" onSubmit={preview}>
          <FileDrop
            id="import-files"
            files={files}
            disabled={working}
            error={missing && files.length === 0 ? 'Choose at least one file first.' : null}
            onChange={(next) => {
              setFiles(next);
              reset();
            }}
          />
          <TextField
            id="import-me"
            label="Your name or LinkedIn profile URL"
            hint="Only for LinkedIn messages: it tells Kith which ones you sent."
            value={me}
            autoComplete="name"
            onChange={(next) => {
              setMe(next);
              if (step.name === 'previewed') reset();
            }}
          />
          <div className="actions">
            <button type="submit" className="primary" disabled={working}>
              Preview
            </button>
            <a href={hrefFor({ name: 'duplicates' })}>Possible duplicates to check</a>
          </div>
        </form>
      )}
      <p className="visually-hidden" role="status" data-testid="import-status">
        {announce(step)}
      </p>
      <Step
        step={step}
        onImport={() => void run(files, { dryRun: false, me })}
        onCancel={startAgain}
      />
    </div>
  );
}

function Step(props: { step: ImportStep; onImport: () => void; onCancel: () => void }) {
  const { step } = props;
  switch (step.name) {
    case 'choosing':
      return null;
    case 'working':
      return <ImportWorking dryRun={step.dryRun} progress={step.progress} />;
    case 'previewed':
      return (
        <ImportPreview report={step.report} onImport={props.onImport} onCancel={props.onCancel} />
      );
    case 'done':
      return <ImportDone report={step.report} onAgain={props.onCancel} />;
    case 'failed':
      return <ImportFailed message={step.message} problems={step.problems} />;
  }
}

/** Said once per change, politely: where the import is, then what it found. */
function announce(step: ImportStep): string {
  switch (step.name) {
    case 'choosing':
    case 'failed':
      return '';
    case 'working':
      return describeProgress(step.dryRun, step.progress);
    case 'previewed':
      return `Preview ready. ${summariseImport(step.report)}`;
    case 'done':
      return `Import done. ${summariseImport(step.report)}`;
  }
}
