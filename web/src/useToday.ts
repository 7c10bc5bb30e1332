// Today's plan as the page holds it: loaded once, made fresh on request, and each action marked.
import { useCallback, useEffect, useState } from 'react';
import {
  describeError,
  getToday,
  markAction,
  refreshToday,
  type MarkOptions,
  type PlanMark,
  type TodayView,
} from './api.js';

export type LoadedToday =
  { state: 'loading' } | { state: 'failed'; message: string } | { state: 'ready'; view: TodayView };

export interface TodayState {
  loaded: LoadedToday;
  /** True while a fresh plan is being made. */
  refreshing: boolean;
  /** The day each snoozed or skipped action's person comes back, for those marked on this visit. */
  backOn: Record<number, string>;
  /** What went wrong marking an action, by its number. */
  errors: Record<number, string>;
  load: () => void;
  refresh: () => Promise<void>;
  /** Marks action `n`; resolves true once the plan on screen shows it. */
  mark: (n: number, mark: PlanMark, options?: MarkOptions) => Promise<boolean>;
}

export function useToday(): TodayState {
  const [loaded, setLoaded] = useState<LoadedToday>({ state: 'loading' });
  const [refreshing, setRefreshing] = useState(false);
  const [backOn, setBackOn] = useState<Record<number, string>>({});
  const [errors, setErrors] = useState<Record<number, string>>({});

  const load = useCallback(() => {
    getToday().then(
      (view) => setLoaded({ state: 'ready', view }),
      (error: unknown) => setLoaded({ state: 'failed', message: describeError(error) }),
    );
  }, []);
  useEffect(load, [load]);

  async function refresh() {
    setRefreshing(true);
    try {
      setLoaded({ state: 'ready', view: await refreshToday() });
      setErrors({});
    } catch (error) {
      setLoaded({ state: 'failed', message: describeError(error) });
    } finally {
      setRefreshing(false);
    }
  }

  async function mark(n: number, how: PlanMark, options: MarkOptions = {}): Promise<boolean> {
    setErrors(({ [n]: _, ...rest }) => rest);
    try {
      const result = await markAction(n, how, options);
      const back = result.backOn;
      if (back !== null) setBackOn((all) => ({ ...all, [n]: back }));
      // Read the kept plan again: the weekly count and streak move with a done action.
      setLoaded({ state: 'ready', view: await getToday() });
      return true;
    } catch (error) {
      setErrors((all) => ({ ...all, [n]: describeError(error) }));
      // Another tab may have marked it already; show the plan as the server holds it.
      getToday().then(
        (view) => setLoaded({ state: 'ready', view }),
        () => undefined,
      );
      return false;
    }
  }

  return { loaded, refreshing, backOn, errors, load, refresh, mark };
}
