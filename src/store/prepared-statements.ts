// PostgreSQL statements parsed once on each connection and then only bound and run: for the reads asked for most.
import type pg from 'pg';

/**
 * Written first in a statement's text, it asks each PostgreSQL connection to parse that text
 * once and keep it, so later runs send only the values. Only for statements whose text is
 * fixed (the values are parameters): each distinct text is kept on every connection for as long
 * as the connection lives.
 */
export const preparedMark = '/* prepared */';

const names = new Map<string, string>();

function nameOf(text: string): string {
  let name = names.get(text);
  if (name === undefined) {
    name = `kith_prepared_${names.size + 1}`;
    names.set(text, name);
  }
  return name;
}

type Query = (text: unknown, values?: unknown, callback?: unknown) => unknown;

/** Makes `client` run the statements marked with `preparedMark` as named, kept statements. */
export function keepPreparedStatements(client: pg.ClientBase): void {
  const query = client.query.bind(client) as Query;
  const named: Query = (text, values, callback) =>
    typeof text === 'string' && text.startsWith(preparedMark)
      ? query({ name: nameOf(text), text, values }, callback)
      : query(text, values, callback);
  client.query = named as typeof client.query;
}
