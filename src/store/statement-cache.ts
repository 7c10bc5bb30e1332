// Keeps SQLite's compiled statements, and reads their rows as arrays: Kysely asks better-sqlite3 to compile each query afresh.
import type SQLite from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

/**
 * Compiling a statement cost about as much as running a small indexed read (a third of a GET
 * /api/today, measured with --cpu-prof), so the most recently used statements are kept by their
 * SQL text. Parameters are bound on each run; SQLite recompiles a kept statement by itself when
 * the schema changes. The bound keeps `in (?, ?, …)` lists of many lengths from growing it forever.
 */
export function keepStatements(database: SQLite.Database, size = 200): SqliteDatabase {
  const statements = new Map<string, KeptStatement>();
  const schema = { version: 0 };
  return {
    close: () => database.close(),
    prepare(text) {
      const kept = statements.get(text);
      if (kept) {
        // Move to the back: a Map iterates in insertion order, so the front is the least recent.
        statements.delete(text);
        statements.set(text, kept);
        return kept;
      }
      const statement = new KeptStatement(database.prepare(text), schema);
      statements.set(text, statement);
      if (statements.size > size) {
        const oldest = statements.keys().next().value;
        if (oldest !== undefined) statements.delete(oldest);
      }
      return statement;
    },
  };
}

/** Statements that change what a `select *` returns: after one runs, column names are read again. */
const schemaChange = /^\s*(alter|create|drop)\b/i;

/**
 * better-sqlite3 builds each row object property by property in C++, which cost more than
 * finding the rows: for a page of 50 people, 0.1 ms of 0.13. Reading rows as arrays and building
 * the objects here, from column names read once per statement, halves that.
 */
class KeptStatement implements SqliteStatement {
  readonly reader: boolean;
  readonly #statement: SQLite.Statement;
  readonly #changesSchema: boolean;
  readonly #schema: { version: number };
  #names: string[] = [];
  #namesVersion = -1;

  constructor(statement: SQLite.Statement, schema: { version: number }) {
    this.#statement = statement;
    this.reader = statement.reader;
    this.#changesSchema = !statement.reader && schemaChange.test(statement.source);
    this.#schema = schema;
    if (statement.reader) statement.raw(true);
  }

  all(parameters: readonly unknown[]): unknown[] {
    const values = this.#statement.all(parameters) as unknown[][];
    if (values.length === 0) return values;
    const names = this.#columnNames(values[0]?.length ?? 0);
    return values.map((row) => toObject(names, row));
  }

  *iterate(parameters: readonly unknown[]): IterableIterator<unknown> {
    for (const row of this.#statement.iterate(parameters) as IterableIterator<unknown[]>) {
      yield toObject(this.#columnNames(row.length), row);
    }
  }

  run(parameters: readonly unknown[]): SQLite.RunResult {
    const result = this.#statement.run(parameters);
    if (this.#changesSchema) this.#schema.version += 1;
    return result;
  }

  /** The names, read again when the schema may have changed since (a column added or renamed). */
  #columnNames(width: number): string[] {
    if (this.#namesVersion !== this.#schema.version || this.#names.length !== width) {
      this.#names = this.#statement.columns().map((column) => column.name);
      this.#namesVersion = this.#schema.version;
    }
    return this.#names;
  }
}

function toObject(names: readonly string[], values: readonly unknown[]): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (let i = 0; i < names.length; i += 1) row[names[i] ?? ''] = values[i];
  return row;
}
