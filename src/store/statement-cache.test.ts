import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { keepStatements } from './statement-cache.js';

describe('kept SQLite statements', () => {
  let database: SQLite.Database;
  afterEach(() => database.close());

  function open(size?: number) {
    database = new SQLite(':memory:');
    return keepStatements(database, size);
  }

  it('hands back the same compiled statement for the same SQL', () => {
    const kept = open();
    expect(kept.prepare('select 1 as n')).toBe(kept.prepare('select 1 as n'));
    expect(kept.prepare('select 1 as n')).not.toBe(kept.prepare('select 2 as n'));
  });

  it('keeps only the most recently used statements', () => {
    const kept = open(2);
    const first = kept.prepare('select 1');
    kept.prepare('select 2');
    kept.prepare('select 1');
    kept.prepare('select 3');
    expect(kept.prepare('select 1')).toBe(first);
    const second = kept.prepare('select 2');
    expect(kept.prepare('select 2')).toBe(second);
  });

  it('binds new values on each run and sees a column added after the statement was kept', async () => {
    const db = new Kysely<{ t: { a: number; b?: number } }>({
      dialect: new SqliteDialect({ database: keepStatements((database = new SQLite(':memory:'))) }),
    });
    await sql`create table t (a integer)`.execute(db);
    await db.insertInto('t').values({ a: 1 }).execute();
    await db.insertInto('t').values({ a: 2 }).execute();
    const select = () => sql<Record<string, number>>`select * from t where a = ${2}`.execute(db);
    expect((await select()).rows).toEqual([{ a: 2 }]);
    await sql`alter table t add column b integer default 7`.execute(db);
    expect((await select()).rows).toEqual([{ a: 2, b: 7 }]);
    await sql`alter table t rename column b to c`.execute(db);
    expect((await select()).rows).toEqual([{ a: 2, c: 7 }]);
  });

  it('reads the same rows as better-sqlite3 does, streamed or not', async () => {
    database = new SQLite(':memory:');
    const db = new Kysely<Record<string, never>>({
      dialect: new SqliteDialect({ database: keepStatements(database) }),
    });
    const text = `select 1 as n, 'x' as n, null as "odd name", x'00ff' as bytes, 2.5 as half
      union all select 3, 'y', 'z', null, -1`;
    const expected = database.prepare(text).all();
    expect((await sql.raw(text).execute(db)).rows).toEqual(expected);
    expect((await sql.raw(text).execute(db)).rows).toEqual(expected);
    const streamed: unknown[] = [];
    for await (const row of db.selectNoFrom(sql<number>`1`.as('one')).stream()) streamed.push(row);
    expect(streamed).toEqual([{ one: 1 }]);
    expect((await sql.raw('select 1 as n where 0').execute(db)).rows).toEqual([]);
  });
  it('builds each row with its columns as keys, however they are spelt', () => {
    const kept = open();
    const [row] = kept
      .prepare(`select 1 as "a b", 'x' as "it's ""quoted""", 5 as "__proto__", 2 as n, 3 as n`)
      .all([]) as Array<Record<string, unknown>>;
    expect(Object.keys(row ?? {})).toEqual(['a b', `it's "quoted"`, '__proto__', 'n']);
    expect(row?.['a b']).toBe(1);
    expect(row?.[`it's "quoted"`]).toBe('x');
    expect(Object.getOwnPropertyDescriptor(row, '__proto__')?.value).toBe(5);
    expect(Object.getPrototypeOf(row)).toBe(Object.prototype);
    // The later of two columns of one name wins, as SQLite's own objects have it.
    expect(row?.n).toBe(3);
  });

  it('gives a plain object per row, each with its own values', () => {
    const kept = open();
    const rows = kept
      .prepare('select value as v, value * 2 as w from json_each(?)')
      .all(['[1,2,3]']);
    expect(rows).toEqual([
      { v: 1, w: 2 },
      { v: 2, w: 4 },
      { v: 3, w: 6 },
    ]);
  });
});
