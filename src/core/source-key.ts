// Fingerprints of imported records: the same record imported again is recognised and adds nothing.
import { hash } from 'node:crypto';

/**
 * A stable fingerprint of a record's identity and content: the format and every value, not the
 * file name or line, so the same export renamed or re-downloaded is still the same records, and a
 * record whose content changed (a new job title) is read again. 128 bits of SHA-256, as hex.
 */
export function fingerprint(format: string, values: unknown[]): string {
  // The one-shot hash: the same digest as createHash's, without an object per record.
  return hash('sha256', JSON.stringify([format, ...values]), 'hex').slice(0, 32);
}

/**
 * Numbers identical fingerprints within one file ("#2" for the second), so two rows that are
 * really alike (two hidden-name connections) are two records, and the same file read twice in
 * one import, or in two, gives the same keys.
 */
export class OccurrenceCounter {
  /** By file, then by fingerprint: no key string is built per record. */
  private readonly seen = new Map<string, Map<string, number>>();

  next(file: string, key: string): string {
    let inFile = this.seen.get(file);
    if (inFile === undefined) {
      inFile = new Map();
      this.seen.set(file, inFile);
    }
    const n = (inFile.get(key) ?? 0) + 1;
    inFile.set(key, n);
    return n === 1 ? key : `${key}#${n}`;
  }
}
