// Readiness: whether this server can serve requests now, which means its database answers in time.
import { AppError } from '../core/errors.js';
import { pingStore } from '../store/ping.js';
import type { Dialect, Store } from '../store/store.js';

export interface Readiness {
  status: 'ready';
  database: Dialect;
}

/** Long enough for a busy database, short enough for a load balancer's probe (they wait ~5 s). */
export const defaultReadinessTimeoutMs = 2000;

/**
 * Asks the database a trivial query. A refusal or a wait past `timeoutMs` is UNAVAILABLE, with the
 * driver's error as the cause, for the log: the answer itself says only what an operator can act on.
 */
export async function checkReadiness(
  deps: { store: Store },
  options: { timeoutMs?: number } = {},
): Promise<Readiness> {
  const timeoutMs = options.timeoutMs ?? defaultReadinessTimeoutMs;
  const dialect = deps.store.dialect;
  const name = dialect === 'sqlite' ? 'SQLite' : 'PostgreSQL';
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), timeoutMs);
  });
  try {
    const outcome = await Promise.race([
      pingStore(deps.store).then(() => 'answered' as const),
      late,
    ]);
    if (outcome === 'late') {
      throw new AppError(
        'UNAVAILABLE',
        `The ${name} database did not answer within ${timeoutMs} ms. Check that it is running and not overloaded.`,
      );
    }
    return { status: 'ready', database: dialect };
  } catch (cause) {
    if (cause instanceof AppError) throw cause;
    throw new AppError(
      'UNAVAILABLE',
      `The ${name} database refused a trivial query, so Kith cannot serve requests. The server log has the cause.`,
      { cause },
    );
  } finally {
    clearTimeout(timer);
  }
}
