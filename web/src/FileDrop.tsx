// Where files come in: dropped on the zone or chosen with a real file input, listed with a way to take one out.
import { useState, type DragEvent } from 'react';

interface FileDropProps {
  id: string;
  files: File[];
  onChange: (files: File[]) => void;
  disabled?: boolean;
  /** Said next to the input, such as "Choose at least one file first." */
  error?: string | null;
}

export function FileDrop({ id, files, onChange, disabled = false, error }: FileDropProps) {
  const [over, setOver] = useState(false);

  const add = (chosen: FileList | null) => {
    if (!chosen || chosen.length === 0 || disabled) return;
    onChange(withoutRepeats([...files, ...Array.from(chosen)]));
  };
  const hover = (event: DragEvent) => {
    event.preventDefault();
    if (!disabled) setOver(true);
  };

  return (
    <div
      className={over ? 'drop-zone over' : 'drop-zone'}
      data-testid="drop-zone"
      onDragEnter={hover}
      onDragOver={hover}
      onDragLeave={(event) => {
        // Moving onto a child of the zone is not leaving it.
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOver(false);
      }}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        add(event.dataTransfer.files);
      }}
    >
      <p className="drop-title">Drop your files here</p>
      <div className="field">
        <label htmlFor={id}>Choose files</label>
        <input
          id={id}
          type="file"
          multiple
          disabled={disabled}
          aria-describedby={error ? `${id}-error ${id}-hint` : `${id}-hint`}
          aria-invalid={error ? true : undefined}
          onChange={(event) => {
            add(event.target.files);
            // Cleared, so choosing the same file again after removing it still counts as a change.
            event.target.value = '';
          }}
        />
        {error ? (
          <p id={`${id}-error`} className="field-error">
            {error}
          </p>
        ) : null}
        <p id={`${id}-hint`} className="hint">
          LinkedIn’s data export (the .zip as it downloads, or the CSV files inside), a Google or
          Outlook contacts CSV, or a vCard (.vcf) from your phone. Kith reads what’s inside, so the
          file names don’t matter.
        </p>
      </div>
      {files.length > 0 ? (
        <ul className="file-list" aria-label="Chosen files">
          {files.map((file) => (
            <li key={keyOf(file)}>
              <span className="file-name">{file.name}</span>
              <span className="muted">{formatSize(file.size)}</span>
              <button
                type="button"
                className="link"
                disabled={disabled}
                aria-label={`Remove ${file.name}`}
                onClick={() => onChange(files.filter((other) => other !== file))}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function keyOf(file: File): string {
  return `${file.name}\u0000${file.size}\u0000${file.lastModified}`;
}

/** The same file chosen twice (dropped, then picked) is listed once. */
function withoutRepeats(files: File[]): File[] {
  const seen = new Set<string>();
  return files.filter((file) => {
    const key = keyOf(file);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1_048_576) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1_048_576).toFixed(1)} MB`;
}
