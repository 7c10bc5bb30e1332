// Helpers for the vCard golden tests: where fixtures live and how a parse result is pinned.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ContactRecord, ParseResult } from '../src/formats/contact.js';

export const repoRoot = fileURLToPath(new URL('../', import.meta.url));

export function fixturePath(...parts: string[]): string {
  return path.join(repoRoot, 'test/fixtures', ...parts);
}

/** Records and problems as stable JSON, without the file name that every one of them repeats. */
export function goldenView(result: ParseResult<ContactRecord>): string {
  const view = {
    records: result.records.map(({ source, ...record }) => ({ line: source.line, ...record })),
    problems: result.problems.map(({ file: _file, ...problem }) => problem),
  };
  return `${JSON.stringify(view, null, 2)}\n`;
}
