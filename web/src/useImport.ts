// The steps of an import: choose files, preview, import, with the server's progress on the way.
import { useCallback, useRef, useState } from 'react';
import {
  ApiError,
  describeError,
  importFiles,
  type FieldProblem,
  type ImportProgress,
  type ImportReport,
} from './api.js';

export type ImportStep =
  | { name: 'choosing' }
  | { name: 'working'; dryRun: boolean; progress: ImportProgress | null }
  | { name: 'previewed'; report: ImportReport }
  | { name: 'done'; report: ImportReport }
  | { name: 'failed'; dryRun: boolean; message: string; problems: FieldProblem[] };

export interface ImportRun {
  step: ImportStep;
  /** dryRun true previews; false imports. */
  run: (files: readonly File[], options: { dryRun: boolean; me: string }) => Promise<void>;
  /** Back to choosing: the files or the name changed, so the preview no longer holds. */
  reset: () => void;
}

export function useImport(): ImportRun {
  const [step, setStep] = useState<ImportStep>({ name: 'choosing' });
  // Only the newest run may paint: a reset or a new run makes an older answer stale.
  const current = useRef(0);

  const run = useCallback(
    async (files: readonly File[], options: { dryRun: boolean; me: string }) => {
      const id = ++current.current;
      const { dryRun } = options;
      setStep({ name: 'working', dryRun, progress: null });
      try {
        const report = await importFiles(files, {
          dryRun,
          me: options.me,
          onProgress: (progress) => {
            if (current.current === id) setStep({ name: 'working', dryRun, progress });
          },
        });
        if (current.current !== id) return;
        setStep(dryRun ? { name: 'previewed', report } : { name: 'done', report });
      } catch (error) {
        if (current.current === id) setStep({ name: 'failed', dryRun, ...whatWentWrong(error) });
      }
    },
    [],
  );

  const reset = useCallback(() => {
    current.current += 1;
    setStep({ name: 'choosing' });
  }, []);

  return { step, run, reset };
}

/** The server's own words, file name included ("huge.csv: this file is over the 50 MB limit"). */
function whatWentWrong(error: unknown): { message: string; problems: FieldProblem[] } {
  if (!(error instanceof ApiError)) return { message: describeError(error), problems: [] };
  // One problem per file Kith could not read; a single one is already the whole message.
  if (error.problems.length > 1) {
    return { message: 'Kith couldn’t read any of these files:', problems: error.problems };
  }
  return { message: error.detail, problems: [] };
}
