// The tone check of a text as the user types: asked for 250 ms after the last keystroke, newest wins.
import { useEffect, useRef, useState } from 'react';
import { checkTone, describeError, type ToneContextInput, type ToneReport } from './api.js';
import { useDebounced } from './useDebounced.js';

export interface ToneCheck {
  /** The latest report, for `checkedText`; null before the first check or for an empty text. */
  report: ToneReport | null;
  checkedText: string;
  /** True while the text on screen is newer than the report. */
  checking: boolean;
  error: string | null;
}

interface Checked {
  text: string;
  key: string;
  report: ToneReport | null;
  error: string | null;
}

/** `seed` is a report the server already made for a text (a fresh draft), so it is not asked twice. */
export function useToneCheck(
  text: string,
  context: ToneContextInput,
  seed?: { text: string; report: ToneReport },
): ToneCheck {
  const key = JSON.stringify(context);
  const settled = useDebounced(text, 250);
  const [checked, setChecked] = useState<Checked>(() =>
    seed
      ? { text: seed.text, key, report: seed.report, error: null }
      : { text: '', key, report: null, error: null },
  );
  const latest = useRef(checked);
  latest.current = checked;

  // A new seed (another wording, a polished draft) replaces the report without a request.
  useEffect(() => {
    // Only a new seed object counts; the context key is read as it is now.
    if (seed)
      setChecked({ text: seed.text, key: latest.current.key, report: seed.report, error: null });
  }, [seed]);

  useEffect(() => {
    const done = latest.current;
    if (done.text === settled && done.key === key) return;
    if (settled.trim() === '') {
      setChecked({ text: settled, key, report: null, error: null });
      return;
    }
    const controller = new AbortController();
    const context = JSON.parse(key) as ToneContextInput;
    checkTone(settled, context, controller.signal).then(
      (report) => setChecked({ text: settled, key, report, error: null }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setChecked({ text: settled, key, report: null, error: describeError(error) });
      },
    );
    return () => controller.abort();
  }, [settled, key]);

  return {
    report: checked.report,
    checkedText: checked.text,
    checking: checked.text !== text && text.trim() !== '',
    error: checked.error,
  };
}
