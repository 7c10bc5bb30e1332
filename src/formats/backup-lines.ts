// Reads a backup a line at a time, as encodeBackup lays it out (one row a line), so a file larger
// than the biggest string JavaScript can hold (about 512 MB) still restores. Pure: lines in.
import type { BackupCheck } from './backup-check.js';
import { parseBackupJson } from './backup-parse.js';

type Refusal = Extract<BackupCheck, { ok: false }>;

/** The first line kith backup writes: the document's head, with the tables object left open. */
const headLine = /^\{"kind":.*,"tables":\{$/;
const tableLine = /^("(?:[^"\\]|\\.)*"):\[$/;

/**
 * The parsed document, or why it is not one. A file whose first line is not the one kith backup
 * writes (pretty-printed by another tool, say) is read whole, as any JSON is.
 */
export async function readBackupLines(
  lines: AsyncIterable<string>,
  source: string,
): Promise<{ ok: true; value: unknown } | Refusal> {
  const iterator = lines[Symbol.asyncIterator]();
  const first = await iterator.next();
  const head = first.done ? '' : first.value.replace(/^\uFEFF/, '');
  if (!headLine.test(head)) return readWhole(head, iterator, source);
  const parsed = parseRow(`${head}}}`, 1, source);
  if (!parsed.ok) return parsed;
  const document = parsed.value as { tables: Record<string, unknown[]> };
  let rows: unknown[] | null = null;
  let ended = false;
  for (let number = 2; ; number += 1) {
    const next = await iterator.next();
    if (next.done) break;
    const line = next.value.trim();
    if (line === '') continue;
    const table = ended ? null : tableLine.exec(line);
    if (rows === null && table?.[1]) {
      rows = [];
      document.tables[JSON.parse(table[1]) as string] = rows;
    } else if (rows !== null && line.startsWith('{')) {
      const row = parseRow(line, number, source);
      if (!row.ok) return row;
      rows.push(row.value);
    } else if (rows !== null && (line === ']' || line === '],')) {
      rows = null;
    } else if (rows === null && line === '}}' && !ended) {
      ended = true;
    } else {
      return broken(source, number, 'it is not a row, nor the start or end of a table');
    }
  }
  if (!ended)
    return broken(source, 'the end', 'the file stops before its end; it may be cut short');
  return { ok: true, value: document };
}

function parseRow(
  line: string,
  number: number,
  source: string,
): { ok: true; value: unknown } | Refusal {
  try {
    return { ok: true, value: JSON.parse(line.endsWith(',') ? line.slice(0, -1) : line) };
  } catch (error) {
    return broken(source, number, error instanceof Error ? error.message : String(error));
  }
}

function broken(source: string, line: number | 'the end', why: string): Refusal {
  const where = line === 'the end' ? 'at the end' : `on line ${line}`;
  return {
    ok: false,
    refusal: 'not-json',
    message: `${source} is not a whole Kith backup: ${where}, ${why}. Make a new one with kith backup.`,
    problems: [],
  };
}

/** Not the layout kith backup writes: gather the text and parse it as one JSON value. */
async function readWhole(
  first: string,
  rest: AsyncIterator<string>,
  source: string,
): Promise<{ ok: true; value: unknown } | Refusal> {
  const parts = [first];
  for (let next = await rest.next(); !next.done; next = await rest.next()) parts.push(next.value);
  return parseBackupJson(parts.join('\n'), source);
}
