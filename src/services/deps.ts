// What every service needs: the store, whose data it is acting on, and the clock.
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
}

/** Today's date (YYYY-MM-DD) by the deps' clock. */
export function today(deps: Deps): string {
  return deps.now().toISOString().slice(0, 10);
}

export function timestamp(deps: Deps): string {
  return deps.now().toISOString();
}
