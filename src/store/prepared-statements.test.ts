// Marked statements run with each run's own values, and PostgreSQL keeps them parsed per connection.
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeEachDialect } from '../../test/dialects.js';
import { preparedMark } from './prepared-statements.js';

describeEachDialect('prepared statements', ({ dialect, store }) => {
  it('runs a marked statement with the values of each run, parsed once on a connection', async () => {
    await store()
      .db.connection()
      .execute(async (db) => {
        const run = async (n: number, word: string) =>
          (
            await sql<{
              n: number;
              word: string;
            }>`${sql.raw(preparedMark)} select ${n} + 1 as n, ${word} || '!' as word`.execute(db)
          ).rows;
        expect(await run(1, 'a')).toEqual([{ n: 2, word: 'a!' }]);
        expect(await run(41, 'b')).toEqual([{ n: 42, word: 'b!' }]);
        expect(await run(41, 'b')).toEqual([{ n: 42, word: 'b!' }]);
        if (dialect !== 'postgres') return;
        const kept = await sql<{
          statement: string;
        }>`select statement from pg_prepared_statements`.execute(db);
        expect(kept.rows.filter((row) => row.statement.startsWith(preparedMark))).toHaveLength(1);
      });
  });
});
