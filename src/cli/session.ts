// One CLI run's handle on the store: opened on first use, so --help and usage errors never touch it.
// The store and every service load only when a command runs, which keeps `kith --help` quick.
// With KITH_URL and KITH_TOKEN set, the commands that can run against a Kith server do, and the
// local database stays closed.
import { localeFromEnvironment } from '../core/date-order.js';
import type { OpenStore } from '../store/open.js';
import type { Deps } from '../services/deps.js';
import { llmFromEnv } from '../services/llm.js';
import { UsageError } from './failure.js';
import type { Io } from './io.js';
import { localOperations, type Operations } from './operations.js';
import { createRemoteClient, remoteFromEnv } from './remote-client.js';
import { remoteOperations } from './remote-operations.js';

export interface Session {
  io: Io;
  /** The command being run, such as `restore`, for messages; set before its action runs. */
  command?: string;
  /** The open store, opening it (and running migrations) the first time it is asked for. */
  store(): Promise<OpenStore>;
  /** Service deps for the local account on the run's clock. */
  deps(): Promise<Deps>;
  /** What the commands that also work against a server ask: the server's API, or the services. */
  operations(): Operations;
  /** Closes the store if this run opened it. */
  close(): Promise<void>;
}

export function createSession(io: Io): Session {
  let opening: Promise<OpenStore> | undefined;
  const store = () => {
    refuseWhenRemote(session);
    opening ??= io.openStore
      ? io.openStore(io.env)
      : import('../store/open.js').then(({ openFromEnv }) => openFromEnv(io.env));
    return opening;
  };
  const session: Session = {
    io,
    store,
    deps: async () => ({
      store: await store(),
      accountId: (await import('../store/open.js')).localAccountId,
      now: () => io.now(),
      llm: llmFromEnv(io.env),
      machineLocale: localeFromEnvironment(io.env),
    }),
    operations: () => {
      const remote = remoteFromEnv(io.env);
      return remote ? remoteOperations(createRemoteClient(remote)) : localOperations(session);
    },
    close: async () => {
      if (!opening) return;
      const pending = opening;
      opening = undefined;
      // A store that failed to open has nothing to close; its error was already reported.
      const opened = await pending.catch(() => undefined);
      await opened?.close();
    },
  };
  return session;
}

/** A command with no API equivalent says so, rather than quietly using this computer's data. */
function refuseWhenRemote(session: Session): void {
  const remote = remoteFromEnv(session.io.env);
  if (!remote) return;
  const what = session.command ? `kith ${session.command}` : 'This command';
  throw new UsageError(
    `${what} works on this computer’s database only, not on the Kith server at ${remote.url}. Unset KITH_URL and KITH_TOKEN to run it here.`,
  );
}
