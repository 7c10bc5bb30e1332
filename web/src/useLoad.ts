// Loads one thing from the API for a page: loading, failed with a message, or ready; and a reload.
import { useCallback, useEffect, useState } from 'react';
import { describeError } from './api.js';

export type Load<T> =
  { state: 'loading' } | { state: 'failed'; message: string } | { state: 'ready'; value: T };

export function useLoad<T>(fetcher: () => Promise<T>): [Load<T>, () => void] {
  const [loaded, setLoaded] = useState<Load<T>>({ state: 'loading' });
  const load = useCallback(() => {
    fetcher().then(
      (value) => setLoaded({ state: 'ready', value }),
      (error: unknown) => setLoaded({ state: 'failed', message: describeError(error) }),
    );
  }, [fetcher]);
  useEffect(load, [load]);
  return [loaded, load];
}
