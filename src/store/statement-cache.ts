// Keeps SQLite's compiled statements, and reads their rows as arrays: Kysely asks better-sqlite3 to compile each query afresh.
import type SQLite from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';
import type { DataVersion } from './read-cache.js';

/**
 * Compiling a statement cost about as much as running a small indexed read (a third of a GET
 * /api/today, measured with --cpu-prof), so the most recently used statements are kept by their
 * SQL text. Parameters are bound on each run; SQLite recompiles a kept statement by itself when
 * the schema changes. The bound keeps `in (?, ?, …)` lists of many lengths from growing it forever.
 */
export function keepStatements(
  database: SQLite.Database,
  size = 200,
): SqliteDatabase & { dataVersion: DataVersion } {
  const statements = new Map<string, KeptStatement>();
  const counts: Counts = { schemaChanges: 0, writes: 0 };
  // Commits by other connections (another process, a second store on the same file) change it.
  const othersVersion = database.prepare('pragma data_version').pluck();
  return {
    dataVersion: () => `${String(othersVersion.get())}.${counts.writes}`,
    close: () => database.close(),
    prepare(text) {
      const kept = statements.get(text);
      if (kept) {
        // Move to the back: a Map iterates in insertion order, so the front is the least recent.
        statements.delete(text);
        statements.set(text, kept);
        return kept;
      }
      const statement = new KeptStatement(database.prepare(text), counts);
      statements.set(text, statement);
      if (statements.size > size) {
        const oldest = statements.keys().next().value;
        if (oldest !== undefined) statements.delete(oldest);
      }
      return statement;
    },
  };
}

/** What ran on the connection: schema changes (column names are read again) and writes. */
interface Counts {
  schemaChanges: number;
  writes: number;
}

/** Statements that change what a `select *` returns: after one runs, column names are read again. */
const schemaChange = /^\s*(alter|create|drop)\b/i;

/**
 * better-sqlite3 builds each row object property by property in C++, which costs more than
 * finding the rows. Reading rows as arrays and building the objects here, from column names read
 * once per statement, is about a third cheaper: a page of 50 people with 7 columns took 0.10 ms
 * of CPU as objects and 0.065 ms as arrays made into objects; with all 17 columns, 0.21 and 0.13.
 */
class KeptStatement implements SqliteStatement {
  readonly reader: boolean;
  readonly #statement: SQLite.Statement;
  readonly #changesSchema: boolean;
  readonly #writes: boolean;
  readonly #counts: Counts;
  #names: string[] = [];
  #build: RowBuilder = () => ({});
  #namesVersion = -1;

  constructor(statement: SQLite.Statement, counts: Counts) {
    this.#statement = statement;
    this.reader = statement.reader;
    this.#changesSchema = !statement.reader && schemaChange.test(statement.source);
    // Every statement that may write counts, whether it returns rows (insert … returning) or not.
    this.#writes = !statement.readonly;
    this.#counts = counts;
    if (statement.reader) statement.raw(true);
  }

  all(parameters: readonly unknown[]): unknown[] {
    if (this.#writes) this.#counts.writes += 1;
    const values = this.#statement.all(parameters) as unknown[][];
    if (values.length === 0) return values;
    const build = this.#rowBuilder(values[0]?.length ?? 0);
    return values.map(build);
  }

  *iterate(parameters: readonly unknown[]): IterableIterator<unknown> {
    if (this.#writes) this.#counts.writes += 1;
    for (const row of this.#statement.iterate(parameters) as IterableIterator<unknown[]>) {
      yield this.#rowBuilder(row.length)(row);
    }
  }

  run(parameters: readonly unknown[]): SQLite.RunResult {
    if (this.#writes) this.#counts.writes += 1;
    const result = this.#statement.run(parameters);
    if (this.#changesSchema) this.#counts.schemaChanges += 1;
    return result;
  }

  /**
   * What makes a row's object from its cells, made again when the schema may have changed since
   * (a column added or renamed).
   */
  #rowBuilder(width: number): RowBuilder {
    if (this.#namesVersion !== this.#counts.schemaChanges || this.#names.length !== width) {
      this.#names = this.#statement.columns().map((column) => column.name);
      this.#build = rowBuilder(this.#names);
      this.#namesVersion = this.#counts.schemaChanges;
    }
    return this.#build;
  }
}

type RowBuilder = (values: readonly unknown[]) => Record<string, unknown>;

/**
 * One object literal per statement, made once from its column names. Rows built by a loop of
 * `row[name] = value` all went through one keyed store shared by every statement's columns, which
 * V8 cannot specialise; a literal of fixed keys gives each statement's rows one shape from the
 * start. A fresh page of GET /api/people (100,000 people) took 555 µs of the server's CPU instead
 * of 590. A column called `__proto__` is made an own property, never the row's prototype.
 */
export function rowBuilder(names: readonly string[]): RowBuilder {
  if (names.includes('__proto__')) {
    return (values) => {
      const row: Record<string, unknown> = {};
      names.forEach((name, i) =>
        Object.defineProperty(row, name, {
          value: values[i],
          enumerable: true,
          writable: true,
          configurable: true,
        }),
      );
      return row;
    };
  }
  // Later columns of the same name win, as they did when each was assigned in turn.
  const last = new Map(names.map((name, i) => [name, i]));
  const cells = [...last].map(([name, i]) => `${JSON.stringify(name)}: v[${i}]`);
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the keys are column names, quoted by JSON.stringify
  return new Function('v', `return { ${cells.join(', ')} };`) as RowBuilder;
}
