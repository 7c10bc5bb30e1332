// What every service needs: the store, whose data it is acting on, and the clock.
import type { Store } from '../store/store.js';

export interface Deps {
  store: Store;
  /** The account every read and write is confined to. */
  accountId: string;
  now: () => Date;
}

/** Today's date (YYYY-MM-DD) by the deps' clock. */
export function today(deps: Deps): string {
  return deps.now().toISOString().slice(0, 10);
}

export function timestamp(deps: Deps): string {
  return deps.now().toISOString();
}
