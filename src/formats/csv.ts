// Reads CSV text into rows with the line each row starts on, using Papa Parse for quoting, embedded
// newlines and "" escapes. A broken quote costs its own line, not the rest of the file.
import Papa from 'papaparse';
import type { ParseProblem } from './contact.js';

export interface CsvRow {
  cells: string[];
  /** 1-based line of the decoded text where the row starts. */
  line: number;
}

export interface CsvReadResult {
  rows: CsvRow[];
  problems: ParseProblem[];
}

export interface CsvReadOptions {
  file: string;
  delimiter?: string;
}

/** After this many broken quotes the file is not CSV in any useful sense: stop and say so. */
const maxQuoteRecoveries = 20;

/**
 * Line endings become "\n" first: files mix them (an LF preamble over CRLF rows; CRLF inside LF
 * messages), and Papa Parse expects one. Every line keeps its number; cells get "\n" line breaks.
 */
export function readCsv(text: string, options: CsvReadOptions): CsvReadResult {
  const normalised = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  const delimiter = options.delimiter ?? sniffDelimiter(normalised);
  const rows: CsvRow[] = [];
  const problems: ParseProblem[] = [];
  let firstLine = 1;
  for (let attempt = 0; ; attempt += 1) {
    const start = lineStart(normalised, firstLine);
    if (start === null || start >= normalised.length) break;
    const broken = parseFrom(normalised.slice(start), firstLine, delimiter, rows);
    if (broken === null) break;
    if (attempt >= maxQuoteRecoveries) {
      problems.push(problem(options.file, broken, 'Too many broken quotes; stopped reading here.'));
      break;
    }
    problems.push(
      problem(
        options.file,
        broken,
        'A quoted field on this line is not closed properly; the line was skipped.',
      ),
    );
    firstLine = broken + 1;
  }
  return { rows, problems };
}

/**
 * Parses to the end, adding rows numbered from `firstLine`; returns the line of the first row with a
 * broken quote (whose cells cannot be trusted, nor where the next row starts), or null.
 */
function parseFrom(
  text: string,
  firstLine: number,
  delimiter: string,
  rows: CsvRow[],
): number | null {
  const result = Papa.parse<string[]>(text, {
    delimiter,
    newline: '\n',
    quoteChar: '"',
    escapeChar: '"',
  });
  const brokenRow = result.errors.find((error) => error.type === 'Quotes')?.row;
  let line = firstLine;
  for (const [index, cells] of result.data.entries()) {
    if (index === brokenRow) return line;
    rows.push({ cells, line });
    // A row spans one line plus one for each line break inside its quoted cells.
    line += 1;
    for (const cell of cells) if (cell.includes('\n')) line += cell.split('\n').length - 1;
  }
  return null;
}

/** The offset where a 1-based line starts in "\n"-separated text, or null past the end. */
function lineStart(text: string, line: number): number | null {
  let offset = 0;
  for (let current = 1; current < line; current += 1) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return null;
    offset = next + 1;
  }
  return offset;
}

/** How far down a preamble may push the header (LinkedIn's is three lines), and how much text that takes. */
const headerScanRows = 20;
const headerScanChars = 65_536;

/**
 * The delimiter under which one of the first rows is a header `recognise` accepts, and what it made
 * of it. Each candidate is tried, the likeliest first, so a data row full of semicolons cannot talk
 * a comma file into being read as semicolon-separated.
 */
export function findHeader<T>(
  text: string,
  recognise: (names: string[]) => T | null,
): { delimiter: string; found: T } | null {
  const head = text.slice(0, headerScanChars);
  const likeliest = sniffDelimiter(head);
  for (const delimiter of [likeliest, ...[',', '\t', ';'].filter((d) => d !== likeliest)]) {
    const rows = readCsv(head, { file: '', delimiter }).rows.slice(0, headerScanRows);
    for (const row of rows) {
      const found = recognise(row.cells.map((cell) => cell.trim().toLowerCase()));
      if (found !== null) return { delimiter, found };
    }
  }
  return null;
}

/**
 * Comma unless the first lines plainly use tabs (Google's UTF-16 exports) or semicolons (Excel in
 * locales with a decimal comma): the candidate found most often on any one line wins.
 */
export function sniffDelimiter(text: string): string {
  const head = text.slice(0, 16_384).split(/\r\n|\r|\n/, 20);
  let best = ',';
  let bestCount = 0;
  for (const candidate of [',', '\t', ';']) {
    const count = Math.max(0, ...head.map((line) => line.split(candidate).length - 1));
    if (count > bestCount) {
      best = candidate;
      bestCount = count;
    }
  }
  return best;
}

function problem(file: string, line: number, message: string): ParseProblem {
  return { file, line, field: null, message, severity: 'error' };
}
