// "Take your network with you": download everyone as vCard or CSV, a full backup, or restore one.
import { useState, type FormEvent } from 'react';
import {
  ApiError,
  backupUrl,
  describeError,
  exportUrl,
  restoreBackup,
  type RestoreResult,
} from './api.js';

type Step =
  | { name: 'choose' }
  | { name: 'confirm'; file: File }
  | { name: 'replace'; file: File; detail: string }
  | { name: 'restoring'; file: File }
  | { name: 'done'; result: RestoreResult }
  | { name: 'failed'; message: string; problems: string[] };

export function BackupPanel({ onRestored }: { onRestored: () => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [step, setStep] = useState<Step>({ name: 'choose' });

  async function restore(chosen: File, force: boolean) {
    setStep({ name: 'restoring', file: chosen });
    try {
      const result = await restoreBackup(chosen, { force });
      setStep({ name: 'done', result });
      onRestored();
    } catch (error) {
      if (error instanceof ApiError && error.code === 'CONFLICT') {
        setStep({ name: 'replace', file: chosen, detail: error.detail });
        return;
      }
      const problems = error instanceof ApiError ? error.problems : [];
      setStep({
        name: 'failed',
        message: describeError(error),
        problems: problems.map((p) => `${p.field}: ${p.message}`),
      });
    }
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (file) setStep({ name: 'confirm', file });
  };
  const cancel = () => setStep({ name: 'choose' });

  return (
    <section className="card stack" aria-labelledby="backup-heading" data-testid="backup">
      <h2 id="backup-heading">Take your network with you</h2>
      <p>Your people and your history with them are yours. Download them whenever you like.</p>
      <div className="actions">
        <a className="button secondary" href={exportUrl('vcard')} download>
          Contacts (vCard)
        </a>
        <a className="button secondary" href={exportUrl('csv')} download>
          Spreadsheet (CSV)
        </a>
        <a className="button secondary" href={backupUrl} download>
          Full backup
        </a>
      </div>
      <p className="hint">
        The full backup keeps everything — people, history, profile, plans — and can be restored
        here.
      </p>

      <form className="stack" onSubmit={submit} aria-label="Restore a backup">
        <div className="field">
          <label htmlFor="backup-file">Restore from a backup file</label>
          <input
            id="backup-file"
            type="file"
            accept=".json,application/json"
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setStep({ name: 'choose' });
            }}
          />
        </div>
        {step.name === 'choose' || step.name === 'done' || step.name === 'failed' ? (
          <div className="actions">
            <button type="submit" className="secondary" disabled={!file}>
              Restore…
            </button>
          </div>
        ) : null}
      </form>

      {step.name === 'confirm' ? (
        <div className="stack" role="alertdialog" aria-labelledby="restore-confirm">
          <p id="restore-confirm">
            Restore from <strong>{step.file.name}</strong>? Kith will hold the people, history,
            profile and plans in this backup.
          </p>
          <div className="actions">
            <button
              type="button"
              className="primary"
              onClick={() => void restore(step.file, false)}
            >
              Yes, restore
            </button>
            <button type="button" className="secondary" onClick={cancel}>
              Cancel
            </button>
          </div>
        </div>
      ) : null}

      {step.name === 'replace' ? (
        <div className="stack" role="alertdialog" aria-labelledby="restore-replace">
          <p id="restore-replace">
            {alreadyHere(step.detail)} Restoring replaces everything here with the backup — people,
            history, profile and plans — and can’t be undone. You may want to download a full backup
            first.
          </p>
          <div className="actions">
            <button type="button" className="danger" onClick={() => void restore(step.file, true)}>
              Replace everything
            </button>
            <button type="button" className="secondary" onClick={cancel}>
              Keep what I have
            </button>
          </div>
        </div>
      ) : null}

      <div role="status">
        {step.name === 'restoring' ? <p className="muted">Restoring {step.file.name}…</p> : null}
        {step.name === 'done' ? (
          <p className="success" data-testid="restored">
            Restored {count(step.result.people, 'person', 'people')} and{' '}
            {count(step.result.interactions, 'interaction', 'interactions')}. Welcome back.
          </p>
        ) : null}
      </div>
      {step.name === 'failed' ? (
        <div role="alert" className="stack">
          <p className="form-error">{step.message}</p>
          {step.problems.length > 1 ? (
            <ul className="hint">
              {step.problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}

/** "You already have 12 people here." from the server's refusal, which counts them. */
function alreadyHere(detail: string): string {
  const people = /already has ([\d,]+ (?:people|person))/.exec(detail)?.[1];
  return people ? `You already have ${people} here.` : 'Your network isn’t empty.';
}

function count(n: number, one: string, many: string): string {
  return `${n.toLocaleString()} ${n === 1 ? one : many}`;
}
