// A CSV file as a header and rows read by column name: finds the header past any preamble, skips
// blank lines, and reports rows whose field count disagrees with the header instead of guessing.
import type { ParseProblem } from './contact.js';
import { findHeader, readCsv } from './csv.js';
import { decodeText } from './decode.js';

export interface TableRow {
  line: number;
  /** The cell under a header name (case and spaces ignored), trimmed; '' when the column is absent. */
  get(name: string): string;
  /** The cell as written, untrimmed: message bodies keep their own spacing. */
  raw(name: string): string;
}

export interface Table {
  /** Header names, lower-cased and trimmed. */
  header: string[];
  rows: TableRow[];
}

export interface TableOptions {
  file: string;
  /** Recognises the header row among the first rows, from its lower-cased, trimmed names. */
  isHeader: (names: readonly string[]) => boolean;
  /** What the file should be, for the message when no header is found. */
  expected: string;
}

export function readTable(
  bytes: Uint8Array,
  options: TableOptions,
): { table: Table | null; problems: ParseProblem[] } {
  const decoded = decodeText(bytes);
  if (decoded.encoding === 'binary') {
    return { table: null, problems: [fileProblem(options, 'This is a binary file, not a CSV.')] };
  }
  const header = findHeader(decoded.text, (names) => (options.isHeader(names) ? names : null));
  if (!header) {
    return {
      table: null,
      problems: [fileProblem(options, `No ${options.expected} header row was found.`)],
    };
  }
  const { rows, problems } = readCsv(decoded.text, {
    file: options.file,
    delimiter: header.delimiter,
  });
  const headerAt = rows.findIndex((row) => options.isHeader(normalise(row.cells)));
  const headerRow = rows[headerAt];
  if (!headerRow) {
    problems.push(fileProblem(options, `No ${options.expected} header row was found.`));
    return { table: null, problems };
  }
  const names = normalise(headerRow.cells);
  const columns = new Map<string, number>();
  names.forEach((name, index) => {
    if (name && !columns.has(name)) columns.set(name, index);
  });
  const table: Table = { header: names, rows: [] };
  for (const row of rows.slice(headerAt + 1)) {
    if (row.cells.every((cell) => cell.trim() === '')) continue;
    const mismatch = fieldCountProblem(row.cells, names.length);
    if (mismatch) {
      problems.push({
        file: options.file,
        line: row.line,
        field: null,
        message: mismatch,
        severity: 'error',
      });
      continue;
    }
    table.rows.push(new CellsRow(row.line, row.cells, columns));
  }
  return { table, problems };
}

/** A row's cells by header name: one object a row, sharing the header's columns, not two closures. */
class CellsRow implements TableRow {
  constructor(
    readonly line: number,
    private readonly cells: readonly string[],
    private readonly columns: ReadonlyMap<string, number>,
  ) {}

  raw(name: string): string {
    const index = this.columns.get(name.toLowerCase());
    return index === undefined ? '' : (this.cells[index] ?? '');
  }

  get(name: string): string {
    return this.raw(name).trim();
  }
}

/** Trailing empty cells (Excel pads rows) are harmless; anything else would shift every column. */
function fieldCountProblem(cells: string[], expected: number): string | null {
  if (cells.length === expected) return null;
  if (cells.length > expected && cells.slice(expected).every((cell) => cell.trim() === ''))
    return null;
  return `This row has ${cells.length} fields where the header has ${expected}, so its columns cannot be trusted; the row was skipped.`;
}

function normalise(cells: readonly string[]): string[] {
  return cells.map((cell) => cell.trim().toLowerCase());
}

function fileProblem(options: TableOptions, message: string): ParseProblem {
  return { file: options.file, line: 1, field: null, message, severity: 'error' };
}

/** Splits Google's multi-value cells ("a@x ::: b@y") into trimmed, non-empty values. */
export function splitMulti(value: string): string[] {
  return value
    .split(':::')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** The header names matching a pattern, in file order: "e-mail 1 - value", "e-mail 2 - value", … */
export function columnsLike(table: Table, pattern: RegExp): string[] {
  return table.header.filter((name) => pattern.test(name));
}

/** A damaged 50 MB file could report a problem per row; past this many, one more says so. */
const maxProblems = 1000;

export function capProblems(problems: ParseProblem[]): ParseProblem[] {
  const first = problems[maxProblems];
  if (!first) return problems;
  const more = problems.length - maxProblems;
  return [
    ...problems.slice(0, maxProblems),
    {
      ...first,
      field: null,
      severity: 'warning',
      message: `${more} more problem(s) like these were not listed.`,
    },
  ];
}
