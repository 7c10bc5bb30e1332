// One CLI run's handle on the store: opened on first use, so --help and usage errors never touch it.
// The store and every service load only when a command runs, which keeps `kith --help` quick.
import { localeFromEnvironment } from '../core/date-order.js';
import type { OpenStore } from '../store/open.js';
import type { Deps } from '../services/deps.js';
import { llmFromEnv } from '../services/llm.js';
import type { Io } from './io.js';

export interface Session {
  io: Io;
  /** The open store, opening it (and running migrations) the first time it is asked for. */
  store(): Promise<OpenStore>;
  /** Service deps for the local account on the run's clock. */
  deps(): Promise<Deps>;
  /** Closes the store if this run opened it. */
  close(): Promise<void>;
}

export function createSession(io: Io): Session {
  let opening: Promise<OpenStore> | undefined;
  const store = () => {
    opening ??= io.openStore
      ? io.openStore(io.env)
      : import('../store/open.js').then(({ openFromEnv }) => openFromEnv(io.env));
    return opening;
  };
  return {
    io,
    store,
    deps: async () => ({
      store: await store(),
      accountId: (await import('../store/open.js')).localAccountId,
      now: () => io.now(),
      llm: llmFromEnv(io.env),
      machineLocale: localeFromEnvironment(io.env),
    }),
    close: async () => {
      if (!opening) return;
      const pending = opening;
      opening = undefined;
      // A store that failed to open has nothing to close; its error was already reported.
      const opened = await pending.catch(() => undefined);
      await opened?.close();
    },
  };
}
