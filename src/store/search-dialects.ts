// The SQL each engine runs to search: people's own fields (FTS5 or a tsvector) and what was said with them.
import { sql, type RawBuilder } from 'kysely';
import { ftsQuery, tsQuery, type WordMatch } from './search-text.js';
import type { Dialect } from './store.js';

/** A person whose own fields hold every word, with how well they match (higher is better). */
export interface FieldMatch {
  id: number;
  name_key: string;
  score: number;
}

/** An interaction whose summary holds every word, and whose timeline it is on. */
export interface SummaryMatch {
  id: number;
  person_id: number;
}

export interface DialectSearch {
  /** Up to `limit` people whose own fields match, unordered, each with a score. */
  fieldMatches(accountId: string, limit: number): RawBuilder<FieldMatch>;
  /** Up to `limit` interactions whose summary matches: the newest first where the engine can. */
  summaryMatches(accountId: string, limit: number): RawBuilder<SummaryMatch>;
  /** The tables to read matching people from (people as `p`), and the condition that they match. */
  from: RawBuilder<unknown>;
  match: RawBuilder<unknown>;
}

/**
 * People's own fields match every word as a prefix (names are typed in part), or with `fields`
 * 'whole' only where the index keeps the start ready; summaries match whole words, or a prefix of
 * 2 or 3 letters ("CV"), which their index keeps ready.
 */
export function dialectSearch(
  dialect: Dialect,
  words: readonly string[],
  fields: Extract<WordMatch, 'prefix' | 'whole'> = 'prefix',
): DialectSearch {
  return dialect === 'sqlite'
    ? sqliteSearch(ftsQuery(words, fields), ftsQuery(words, 'short-prefix'))
    : postgresSearch(tsQuery(words, fields), tsQuery(words, 'short-prefix'));
}

function sqliteSearch(query: string, saidQuery: string): DialectSearch {
  const from = sql`people_fts f join people p on p.id = f.rowid`;
  const match = sql`people_fts match ${query}`;
  return {
    from,
    match,
    // Column weights, in the table's column order: a hit in the name counts most, then role and
    // company. bm25() is lower for a better match, so it is negated into a score.
    fieldMatches: (accountId, limit) => sql<FieldMatch>`select p.id, p.name_key,
        -bm25(people_fts, 10, 2, 2, 3, 3, 2, 2, 1, 1, 1, 1, 1) as score
      from ${from} where ${match} and p.account_id = ${accountId} limit ${limit}`,
    // FTS5 walks its matches newest first without sorting; each is one lookup by interaction id.
    summaryMatches: (accountId, limit) => sql<SummaryMatch>`select i.id, i.person_id
      from interactions_fts f join interactions i on i.id = f.rowid
      where interactions_fts match ${saidQuery} and i.account_id = ${accountId}
      order by f.rowid desc limit ${limit}`,
  };
}

/**
 * The query side of the interactions_summary_search expression index (summary_search_vector,
 * created by its migration): the words of the summary and their 2- and 3-letter starts.
 */
const summaryVector = sql`summary_search_vector(summary)`;

function postgresSearch(query: string, saidQuery: string): DialectSearch {
  const from = sql`people p`;
  const match = sql`p.search @@ to_tsquery('simple', ${query})`;
  return {
    from,
    match,
    fieldMatches: (accountId, limit) => sql<FieldMatch>`select p.id, p.name_key,
        ts_rank(p.search, to_tsquery('simple', ${query})) as score
      from people p where ${match} and p.account_id = ${accountId} limit ${limit}`,
    // Unordered: a bitmap scan of the GIN index stops after `limit` rows, where sorting by id
    // would read every match of a common word first.
    summaryMatches: (accountId, limit) => sql<SummaryMatch>`select id, person_id from interactions
      where ${summaryVector} @@ to_tsquery('simple', ${saidQuery}) and account_id = ${accountId}
      limit ${limit}`,
  };
}
