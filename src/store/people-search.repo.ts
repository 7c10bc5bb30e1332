// Pages of people: by name, or by search over their own fields and then what was said with them.
import { sql, type RawBuilder } from 'kysely';
import type { PersonListItem } from '../core/person.js';
import {
  cellsToListItem,
  listItemFields,
  rowToListItem,
  type ListItemField,
} from './person-list-item.js';
import type { PersonRow } from './schema.js';
import { findSaidOnly, summaryMatchLimit, summaryProbeLimit } from './people-search-said.js';
import { dialectSearch, type DialectSearch, type FieldMatch } from './search-dialects.js';
import { hasLongWords, namePrefix, searchWords } from './search-text.js';
import { withLocalSettings, type Store } from './store.js';

export interface PeoplePage {
  people: PersonListItem[];
  total: number;
  /**
   * True when there may be more than `total` matches: a broad search stops counting at a bound,
   * and a page of own-field matches only probes what was said, so more may follow on later pages.
   */
  capped: boolean;
}

/** Up to this many matches are ranked by relevance; beyond it, counting and ranking every match would be slow. */
export const rankedMatchLimit = 1000;

export { summaryMatchLimit, summaryProbeLimit };

interface Page {
  limit: number;
  offset: number;
}

/**
 * One page of people by name, or of search matches when `query` has words: people whose own
 * fields hold every word, ranked, then people whose interaction summaries hold them all.
 */
export async function searchPeople(
  store: Store,
  accountId: string,
  options: { query?: string } & Page,
): Promise<PeoplePage> {
  const words = searchWords(options.query ?? '');
  if (words.length === 0) {
    const list = () => listPeople(store, accountId, options);
    const key = `people ${accountId} ${options.limit} ${options.offset}`;
    return store.readCache ? store.readCache.read(key, list) : list();
  }
  const search = dialectSearch(store.dialect, words);
  const prefix = namePrefix(options.query ?? '');
  const likely = await likelyBroad(store, accountId, words);
  if (likely) return broadSearch(store, accountId, { search: likely, first: [] }, prefix, options);
  const whole = await countWholeWordMatches(store, accountId, words);
  if (whole && whole.count > rankedMatchLimit) {
    return broadSearch(store, accountId, whole, prefix, options);
  }
  const read = await readFieldMatches(store, accountId, search, {
    likelyNarrow: whole !== null,
  });
  if (read.broad) {
    return broadSearch(store, accountId, { search, first: read.matches }, prefix, options);
  }
  const ranked = rankFieldMatches(read.matches, prefix);
  // People matched on their own fields always rank above what was said, so while they fill the
  // page the summaries are only probed: the count is then a lower bound, made exact further on.
  const fills = ranked.length >= options.offset + options.limit;
  const said = await findSaidOnly(store, accountId, search, {
    matched: new Set(ranked),
    limit: fills ? summaryProbeLimit : summaryMatchLimit,
    oneWord: words.length === 1,
  });
  const ids = [...ranked, ...said.ids];
  const pageIds = ids.slice(options.offset, options.offset + options.limit);
  return {
    people: await peopleInOrder(store, accountId, pageIds),
    total: ids.length,
    capped: said.capped,
  };
}

/**
 * A search too broad to rank, and the first of its matches in stored order where the read that
 * found it broad returned them (PostgreSQL): its page is then taken from them, not read again.
 */
interface BroadMatches {
  search: DialectSearch;
  first: readonly StoredMatch[];
}

/** A match as the broad page needs it: who, and their name key (names that start with the query come first). */
type StoredMatch = Pick<FieldMatch, 'id' | 'name_key'>;

/**
 * The people the words match whole (long words whole, short ones as the starts the index
 * keeps), up to one past the ranked bound; null when every word is short, and so already kept.
 * On PostgreSQL they are read, in stored order, rather than counted: a bitmap scan returns its
 * rows in the order they are stored, so when there are too many to rank these are the first of
 * the broad page's matches (see broadSearch). SQLite counts them, and leaves `first` empty.
 * A word of 4 letters or more as a prefix ("manager*") makes either engine first merge every
 * stored word it starts, which grows with the network: at 100,000 people, the first 1,001
 * matches of "manager*" took FTS5 3.4 ms of CPU and of "manager" 0.15 ms, and PostgreSQL's index
 * scan for "head of people" 30 ms as starts and 1.3 ms whole. When the whole words are already
 * too many to rank, their starts can only match more, so the search is broad either way, and
 * the whole-word matches fill its page without the merge.
 */
async function countWholeWordMatches(
  store: Store,
  accountId: string,
  words: readonly string[],
): Promise<(BroadMatches & { count: number }) | null> {
  if (!hasLongWords(words)) return null;
  const search = dialectSearch(store.dialect, words, 'whole');
  if (store.dialect === 'sqlite') {
    return { search, count: await countFieldMatches(store, accountId, search), first: [] };
  }
  const { rows } = await sql<StoredMatch>`select p.id, p.name_key from ${search.from}
    where ${search.match} and p.account_id = ${accountId} limit ${rankedMatchLimit + 1}`.execute(
    store.db,
  );
  return { search, count: rows.length, first: rows };
}

/**
 * On PostgreSQL, a search its planner expects to match at least this many people is taken as broad
 * without counting: counting, like reading any matches at all, first has the index gather every
 * match of every word, and at 1,000,000 people "former colleague" gathered 105,000 (31 ms) to
 * count 1,001, then again to read a page.
 */
export const plannedBroadFrom = 10 * rankedMatchLimit;

/**
 * The search to page through when PostgreSQL's planner expects far more matches than can be
 * ranked (its whole words when it has long ones, as countWholeWordMatches reads them), else null.
 * For one word the estimate is that word's share of a sample of the network, kept among its most
 * common words (migration 2026-12-05T0600_people_search_statistics), so twice the ranked bound
 * settles it. For several, the planner takes the words as independent: it over-counts words that
 * seldom meet and under-counts words that go together ("chief of staff"), so only the clearly
 * broad are settled from it; words that go together most often are someone's whole title or
 * company, which it counts as one (heldWholeByMany), and the rest are counted. A word it has no
 * statistics for is estimated from what its lists leave over, which at 10,000,000 people passes a
 * bound, so an estimate counts only when it is well above one for a word that cannot be stored.
 */
export async function likelyBroad(
  store: Store,
  accountId: string,
  words: readonly string[],
): Promise<DialectSearch | null> {
  if (store.dialect !== 'postgres') return null;
  const search = dialectSearch(store.dialect, words, hasLongWords(words) ? 'whole' : 'prefix');
  const planned = await plannedMatches(store, accountId, search);
  if (planned >= (sampledAlone(words) ? sampledBroadFrom : plannedBroadFrom)) {
    const unknown = dialectSearch(store.dialect, [neverStored], 'whole');
    if (planned >= 2 * (await plannedMatches(store, accountId, unknown))) return search;
  }
  return words.length > 1 && (await heldWholeByMany(store, accountId, words)) ? search : null;
}

/**
 * Whether the planner's estimate for these words is their share of its sample: one word, or short
 * starts only ("Ju Wan"), which are the starts of a first name and a surname, and so go together
 * about as often as chance says. A name's starts are first in a broad search's page anyway.
 */
function sampledAlone(words: readonly string[]): boolean {
  return words.length === 1 || !hasLongWords(words);
}

/**
 * A word, title or company the planner expects at least this many people to hold, from its share
 * of the rows ANALYZE sampled, is broad: at twice the ranked bound, the sample would have to be
 * off by half.
 */
export const sampledBroadFrom = 2 * rankedMatchLimit;

/**
 * Whether the planner expects more people than can be ranked to hold the words as their whole
 * title or company ("Talent Partner": 37,747 of 1,000,000, where the words one by one gave
 * 2,750). Each of them matches the search, so it is broad without gathering them: counting
 * would first have the index gather every one (21.8 ms warm, more cold). A title the statistics do
 * not list is estimated from what the list leaves over, so, as for words, an estimate counts only
 * when it is well above one for a title no one holds.
 */
async function heldWholeByMany(
  store: Store,
  accountId: string,
  words: readonly string[],
): Promise<boolean> {
  const held = (text: string) =>
    plannedRows(
      store,
      sql`select 1 from people p where p.account_id = ${accountId}
        and (${wordsOf(sql.ref('p.title'))} = ${wordsOf(sql`${text}`)}
          or ${wordsOf(sql.ref('p.company'))} = ${wordsOf(sql`${text}`)})`,
    );
  const planned = await held(words.join(' '));
  return planned >= sampledBroadFrom && planned >= 2 * (await held(neverStored));
}

/**
 * The words of a text as the search reads them, in the search vector's order ("Petal & Stem" is
 * "petal stem"): the expression the planner keeps statistics of for titles and companies
 * (migration 2026-12-05T0600_people_search_statistics), written the same way, so that it is
 * matched to them; of a constant, it is worked out before the estimate is made.
 */
function wordsOf(text: RawBuilder<unknown>): RawBuilder<string> {
  return sql<string>`array_to_string(tsvector_to_array(to_tsvector('simple'::regconfig, ${text})), ' ')`;
}

/**
 * A word no one's fields hold: longer than any word a person's text is cut into is likely to be,
 * and no word of any language. The planner's estimate for it is its estimate for a word it has no
 * statistics for.
 */
const neverStored = 'qzxjvqzxjvqzxjvqzxjv';

/** How many people PostgreSQL's planner expects the search to match, from its statistics alone. */
function plannedMatches(store: Store, accountId: string, search: DialectSearch): Promise<number> {
  return plannedRows(
    store,
    sql`select 1 from ${search.from} where ${search.match} and p.account_id = ${accountId}`,
  );
}

/** How many rows PostgreSQL's planner expects a read to return. */
async function plannedRows(store: Store, read: RawBuilder<unknown>): Promise<number> {
  const { rows } = await sql<{ 'QUERY PLAN': Array<{ Plan: { 'Plan Rows': number } }> }>`
    explain (format json) ${read}`.execute(store.db);
  return rows[0]?.['QUERY PLAN'][0]?.Plan['Plan Rows'] ?? 0;
}

/**
 * The people who match on their own fields, each with a score; or, when there are more than can be
 * ranked, `broad` and (PostgreSQL) the first of them in stored order, as a bitmap scan returns
 * them. SQLite counts them first, since its scoring is costly (below), unless their whole
 * words were counted and few (likelyNarrow): the count would merge each long word's starts once
 * more, and their starts seldom match many more. On PostgreSQL the count would take the same
 * index and heap scan as reading the scored matches, so the matches are read at once, one past
 * the bound.
 */
async function readFieldMatches(
  store: Store,
  accountId: string,
  search: DialectSearch,
  options: { likelyNarrow: boolean },
): Promise<{ matches: FieldMatch[]; broad: boolean }> {
  if (store.dialect === 'sqlite' && !options.likelyNarrow) {
    if ((await countFieldMatches(store, accountId, search)) > rankedMatchLimit) {
      return { matches: [], broad: true };
    }
  }
  const { rows } = await search.fieldMatches(accountId, rankedMatchLimit + 1).execute(store.db);
  if (rows.length <= rankedMatchLimit) return { matches: rows, broad: false };
  return { matches: store.dialect === 'postgres' ? rows : [], broad: true };
}

/**
 * How many people match on their own fields, counted up to one past the ranked bound. Scoring is
 * most of a ranked search's cost (bm25 reads each match's column sizes), and a broad search,
 * more of them as the network grows, ranks nothing: so matches are counted before they are scored.
 */
async function countFieldMatches(
  store: Store,
  accountId: string,
  search: DialectSearch,
): Promise<number> {
  const counted = await sql<{ n: number }>`select count(*) as n from (select 1 from ${search.from}
    where ${search.match} and p.account_id = ${accountId} limit ${rankedMatchLimit + 1}) m`.execute(
    store.db,
  );
  return Number(counted.rows[0]?.n ?? 0);
}

/** Names that start with the query first, then by score, then by name. */
function rankFieldMatches(matches: readonly FieldMatch[], prefix: string): number[] {
  const keyed = matches.map((m) => ({
    id: Number(m.id),
    named: m.name_key.startsWith(prefix) ? 0 : 1,
    score: Number(m.score),
    key: m.name_key,
  }));
  keyed.sort(
    (a, b) => a.named - b.named || b.score - a.score || compareKeys(a.key, b.key) || a.id - b.id,
  );
  return keyed.map((m) => m.id);
}

/**
 * The byte order of the UTF-8 text, as both databases sort name_key, without encoding it: UTF-8
 * bytes sort as code points, and UTF-16 units do too except that surrogates (U+10000 and up)
 * must sort after U+E000–U+FFFF, which this shifts them to do.
 */
function compareKeys(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i += 1) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return codePointRank(x) - codePointRank(y);
  }
  return a.length - b.length;
}

function codePointRank(unit: number): number {
  if (unit >= 0xd800 && unit <= 0xdfff) return unit + 0x2000;
  return unit >= 0xe000 ? unit - 0x800 : unit;
}

async function peopleInOrder(
  store: Store,
  accountId: string,
  ids: readonly number[],
): Promise<PersonListItem[]> {
  if (ids.length === 0) return [];
  const rows = await store.db
    .selectFrom('people')
    .select(listItemFields)
    .where('account_id', '=', accountId)
    .where('id', 'in', ids)
    .execute();
  const byId = new Map(rows.map((row) => [Number(row.id), rowToListItem(row)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

const selectListItem = sql.join(listItemFields.map((column) => sql.ref(`p.${column}`)));

/**
 * Too many matches to rank (a query of one or two letters): people whose name starts with the
 * query come first, by name, through the name index; the other matches follow in stored order.
 * When the read that found the search broad returned its first matches (PostgreSQL), a page they
 * reach is looked up by id: reading it again, row by row, cost 5 to 15 ms at 1,000,000 people
 * for a word in one person in 200 to 1,000 ("Tangent Podcasts", "Kay"), and read thousands of
 * rows from disk when cold. See ADR 0049.
 */
async function broadSearch(
  store: Store,
  accountId: string,
  { search, first }: BroadMatches,
  prefix: string,
  page: Page,
): Promise<PeoplePage> {
  const end = `${prefix}\uffff`;
  const byName = store.db
    .selectFrom('people')
    .where('account_id', '=', accountId)
    .where('name_key', '>=', prefix)
    .where('name_key', '<', end);
  const namesOnPage = (offset: number) =>
    byName
      .select(listItemFields)
      .orderBy('name_key')
      .orderBy('id')
      .limit(page.limit)
      .offset(offset)
      .execute();
  const people: PersonListItem[] = [];
  // Counted only as far as this page reaches: a count of every name starting with "a" grows
  // with the network (a tenth of it), and the page needs no more than where its names end. The
  // first page reaches no further than its own names, so they are read at once and counted.
  let namedCount: number;
  if (page.offset === 0) {
    const rows = await namesOnPage(0);
    namedCount = rows.length;
    people.push(...rows.map(rowToListItem));
  } else {
    const named = await store.db
      .selectFrom(
        byName
          .select('id')
          .limit(page.offset + page.limit)
          .as('named'),
      )
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    namedCount = Number(named.n);
    if (page.offset < namedCount)
      people.push(...(await namesOnPage(page.offset)).map(rowToListItem));
  }
  const wanted = page.limit - people.length;
  if (wanted > 0) {
    const skip = Math.max(0, page.offset - namedCount);
    // The first matches already read reach this page: its people are looked up by id.
    const known = first
      .filter((m) => !(compareKeys(m.name_key, prefix) >= 0 && compareKeys(m.name_key, end) < 0))
      .slice(skip, skip + wanted);
    if (known.length === wanted) {
      const ids = known.map((m) => Number(m.id));
      people.push(...(await peopleInOrder(store, accountId, ids)));
      return { people, total: rankedMatchLimit, capped: true };
    }
    const others = (db: Store['db']) =>
      sql<Pick<PersonRow, ListItemField>>`select ${selectListItem} from ${search.from}
      where ${search.match} and p.account_id = ${accountId} and not (p.name_key >= ${prefix} and p.name_key < ${end})
      limit ${wanted} offset ${skip}`.execute(db);
    // Past the matches read, the page is read as they were, so that the pages follow on in the
    // same order; a search the planner took as broad, with none read, is read row by row.
    const rows =
      store.dialect === 'postgres' && first.length === 0
        ? await rowByRow(store, others)
        : await others(store.db);
    people.push(...rows.rows.map(rowToListItem));
  }
  // A page the matches do not fill is their last: how many there are is then known (unless the
  // page is past the end, and empty). A search taken as broad from statistics that were wrong for
  // this account (a word common in another member's network) says so, rather than "1,000+".
  if (people.length < page.limit && (people.length > 0 || page.offset === 0)) {
    return { people, total: page.offset + people.length, capped: false };
  }
  return { people, total: rankedMatchLimit, capped: true };
}

/**
 * Runs a read of the first matches of a broad search row by row, in one process. PostgreSQL's
 * index would first gather every match (105,000 for "former colleague" at 1,000,000 people:
 * 28 ms) to return 20; read in stored order, a word in one person in a thousand or more fills a
 * page within 20,000 rows. Parallel workers are kept out of it: starting two to read those rows
 * took 60 to 80 ms ("last mile labs": 86 ms with them, 7 ms without), for a scan that stops at
 * its twentieth row.
 */
function rowByRow<T>(store: Store, read: (db: Store['db']) => Promise<T>): Promise<T> {
  return withLocalSettings(
    store,
    { enable_bitmapscan: 'off', max_parallel_workers_per_gather: 0 },
    (tx) => read(tx.db),
  );
}

/**
 * A page of the list by name, with the network's size read in the same statement: a second
 * statement and a built query cost a tenth of reading a new page on SQLite (about 160 µs of CPU
 * down to 150 µs at 100,000 people), and a second round trip on PostgreSQL. A page past the end
 * has no row to carry the count, so it is read on its own.
 */
async function listPeople(store: Store, accountId: string, page: Page): Promise<PeoplePage> {
  if (store.dialect === 'postgres') return listPeopleAsJson(store, accountId, page);
  const { rows } = await sql<Pick<PersonRow, ListItemField> & { total: number }>`select
      ${selectListItem}, (select people_count from accounts where id = ${accountId}) as total
    from people p where p.account_id = ${accountId} order by p.name_key, p.id
    limit ${page.limit} offset ${page.offset}`.execute(store.db);
  const total = rows[0]?.total ?? (await countPeople(store, accountId));
  return { people: rows.map(rowToListItem), total: Number(total ?? 0), capped: false };
}

/**
 * The same page on PostgreSQL as one row: the page as one JSON array of each person's cells, and
 * the count beside it. pg decodes and converts every cell of every row on its own, which cost
 * more of a request than anything else Kith did for it; one JSON text is read in one pass. See
 * ADR 0028.
 */
async function listPeopleAsJson(store: Store, accountId: string, page: Page): Promise<PeoplePage> {
  const { rows } = await sql<{ total: number | null; page: string | null }>`
    select (select people_count from accounts where id = ${accountId}) as total,
      (select json_agg(json_build_array(${selectListItem}) order by p.name_key, p.id)::text
        from (select ${selectListItem}, p.name_key from people p where p.account_id = ${accountId}
          order by p.name_key, p.id limit ${page.limit} offset ${page.offset}) p) as page`.execute(
    store.db,
  );
  const row = rows[0];
  const cells = row?.page ? (JSON.parse(row.page) as unknown[][]) : [];
  return { people: cells.map(cellsToListItem), total: Number(row?.total ?? 0), capped: false };
}

async function countPeople(store: Store, accountId: string): Promise<number | null> {
  const account = await store.db
    .selectFrom('accounts')
    .select('people_count')
    .where('id', '=', accountId)
    .executeTakeFirst();
  return account?.people_count ?? null;
}
