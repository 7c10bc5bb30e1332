// What was said: people found only through the summaries of their interactions.
import type { DialectSearch, SummaryMatch } from './search-dialects.js';
import { withLocalSettings, type Store } from './store.js';

/**
 * How many matching interaction summaries a search reads. A common word ("coffee") is in a
 * large share of a big network's summaries, and each match read is a lookup of its interaction:
 * 1,000 cost up to 10 ms of CPU at 2,000,000 interactions, 200 keep search within its budget.
 */
export const summaryMatchLimit = 200;

/**
 * How many summaries a search reads when people matched on their own fields already fill the
 * page: enough to say whether more people follow below them, without paying for 200 lookups.
 */
export const summaryProbeLimit = 20;

/**
 * People not already matched on their own fields whose interaction summaries match, each once,
 * in the order their matching summaries were found (newest first on SQLite).
 */
export async function findSaidOnly(
  store: Store,
  accountId: string,
  search: DialectSearch,
  options: { matched: ReadonlySet<number>; limit: number; oneWord: boolean },
): Promise<{ ids: number[]; capped: boolean }> {
  const found = await readSummaryMatches(store, accountId, search, options);
  const ids = new Set<number>();
  for (const row of found.rows) {
    const id = Number(row.person_id);
    if (!options.matched.has(id)) ids.add(id);
  }
  return { ids: [...ids], capped: found.rows.length >= options.limit };
}

/**
 * How many matches PostgreSQL's GIN index returns for one word before it starts to return a
 * sample (gin_fuzzy_search_limit). A bitmap scan collects every match before the first row is
 * read: "they", in a quarter of 2,000,000 summaries, took 50 to 80 ms for the 200 a search reads.
 */
export const summarySampleFrom = 2000;

/**
 * The summary matches; on PostgreSQL, a single word's from a sample of its index entries once
 * they pass summarySampleFrom. The 200 read were already any 200, unordered; but the index
 * samples each word apart, so words that must all match would lose matches, and are not sampled.
 * The sample is only taken through the index, so the read is kept to it: for a word in one summary
 * in sixteen ("wanted", at 20,000,000 interactions) the planner expected a scan in stored order
 * to find 200 sooner, and it worked out the search words of 3,000 summaries to do so (83 to
 * 112 ms; 22 to 37 ms through the index), or walked the account's interactions by day (212 to
 * 295 ms).
 */
async function readSummaryMatches(
  store: Store,
  accountId: string,
  search: DialectSearch,
  options: { limit: number; oneWord: boolean },
): Promise<{ rows: SummaryMatch[] }> {
  if (store.dialect !== 'postgres' || !options.oneWord) {
    return search.summaryMatches(accountId, options.limit).execute(store.db);
  }
  return withLocalSettings(
    store,
    { gin_fuzzy_search_limit: summarySampleFrom, enable_seqscan: 'off', enable_indexscan: 'off' },
    (tx) => search.summaryMatches(accountId, options.limit).execute(tx.db),
  );
}
