// What every service needs: the store, whose data it is acting on, and the clock.
import { effectiveDateOrder, type DateOrder } from '../core/date-order.js';
import { localDate } from '../core/dates.js';
import { findDateOrder, findTimeZone } from '../store/profile.repo.js';
import type { Store } from '../store/store.js';

/** An OpenAI-compatible chat-completions endpoint (Ollama, llama.cpp…) for optional polishing. */
export interface LlmConfig {
  url: string;
  model: string;
  key?: string;
  timeoutMs: number;
}

export interface Deps {
  store: Store;
  /** The account every read and write is confined to. */
  accountId: string;
  now: () => Date;
  /** Set only when the user configured a model; drafts work fully without one. */
  llm?: LlmConfig;
  /**
   * The machine's locale (from LC_ALL, LC_TIME or LANG), which sets the date order of a profile
   * that has none; left out, dates are read day first.
   */
  machineLocale?: string | null;
}

/**
 * Today's date (YYYY-MM-DD) where the user is: by the deps' clock, in the profile's time zone
 * (the machine's when none is set). Every date the user sees or types is read against it.
 */
export async function userToday(deps: Deps): Promise<string> {
  return localDate(deps.now(), await findTimeZone(deps.store, deps.accountId));
}

/** How the user writes numeric dates: their profile's order, else their machine's locale's. */
export async function userDateOrder(deps: Deps): Promise<DateOrder> {
  return effectiveDateOrder(
    await findDateOrder(deps.store, deps.accountId),
    deps.machineLocale ?? null,
  );
}

export function timestamp(deps: Deps): string {
  return deps.now().toISOString();
}
