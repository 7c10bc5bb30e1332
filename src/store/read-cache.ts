// Recent read results kept against the version of the data they were read from.

/**
 * A version of everything in the database that changes whenever any of it may have: a result
 * read at one version is right for as long as the version stays the same.
 */
export type DataVersion = () => string;

export interface ReadCache {
  /**
   * The kept result for `key` if the data has not changed since it was read, else `read()`'s.
   * Callers share what it returns, so they must not change it.
   */
  read<T>(key: string, read: () => Promise<T>): Promise<T>;
}

/**
 * The version is taken before reading, so a write that lands while the read runs leaves the
 * result under the older version, where the next call misses it: a kept result is never older
 * than the version it is kept under. At most `size` results are kept, the most recently used.
 */
export function createReadCache(version: DataVersion, size = 64): ReadCache {
  const kept = new Map<string, { version: string; value: unknown }>();
  return {
    async read<T>(key: string, read: () => Promise<T>): Promise<T> {
      const now = version();
      const hit = kept.get(key);
      kept.delete(key);
      if (hit && hit.version === now) {
        kept.set(key, hit);
        return hit.value as T;
      }
      const value = await read();
      kept.set(key, { version: now, value });
      if (kept.size > size) {
        const oldest = kept.keys().next().value;
        if (oldest !== undefined) kept.delete(oldest);
      }
      return value;
    },
  };
}
