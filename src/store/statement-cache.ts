// Keeps SQLite's compiled statements: Kysely asks better-sqlite3 to compile each query afresh.
import type SQLite from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';

/**
 * Compiling a statement cost about as much as running a small indexed read (a third of a GET
 * /api/today, measured with --cpu-prof), so the most recently used statements are kept by their
 * SQL text. Parameters are bound on each run; SQLite recompiles a kept statement by itself when
 * the schema changes. The bound keeps `in (?, ?, …)` lists of many lengths from growing it forever.
 */
export function keepStatements(database: SQLite.Database, size = 200): SqliteDatabase {
  const statements = new Map<string, SQLite.Statement>();
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
      const statement = database.prepare(text);
      statements.set(text, statement);
      if (statements.size > size) {
        const oldest = statements.keys().next().value;
        if (oldest !== undefined) statements.delete(oldest);
      }
      return statement;
    },
  };
}
