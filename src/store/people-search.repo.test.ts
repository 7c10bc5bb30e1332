// Search: people's own fields ranked first, then what was said with them, paged, on every dialect.
import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/dialects.js';
import { deleteInteraction, insertInteraction } from './interactions.repo.js';
import { returnInteractions } from './merges.repo.js';
import { localAccountId } from './open.js';
import { deletePerson, insertPeople, insertPerson, personToRow } from './people.repo.js';
import {
  likelyBroad,
  plannedBroadFrom,
  rankedMatchLimit,
  searchPeople,
  summaryMatchLimit,
  summaryProbeLimit,
} from './people-search.repo.js';
import { refreshStatistics } from './statistics.js';
import { inTransaction, type Store } from './store.js';

const now = '2026-11-25T12:00:00.000Z';

const names = async (store: Store, accountId: string, query: string, limit = 20) =>
  (await searchPeople(store, accountId, { query, limit, offset: 0 })).people.map((p) => p.name);

async function logWith(store: Store, accountId: string, personId: number, summary: string) {
  return insertInteraction(
    store,
    accountId,
    {
      personId,
      occurredOn: '2026-11-20',
      channel: 'email',
      direction: 'outbound',
      kind: 'give',
      summary,
      tags: [],
    },
    now,
  );
}

describeEachDialect('search over what was said', ({ store }) => {
  const account = 'said';
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    await store()
      .db.insertInto('accounts')
      .values([
        { id: account, name: account, created_at: now },
        { id: 'elsewhere', name: 'elsewhere', created_at: now },
      ])
      .execute();
    const people = {
      rachel: { name: 'Rachel Lowe', company: 'Booking.com' },
      cleo: { name: 'Cleo Diaz', notes: 'Helped with my CV last spring' },
      sam: { name: 'Sam Patel', title: 'Recruiter', location: 'Manchester' },
      dev: { name: 'Devendra Mistry' },
    };
    for (const [key, person] of Object.entries(people)) {
      ids[key] = (await insertPerson(store(), account, person, now)).id;
    }
    await logWith(store(), account, ids.rachel ?? 0, 'Sent my CV for the analyst role');
    await logWith(store(), account, ids.dev ?? 0, 'Talked about a Manchester recruiter he knows');
    await logWith(store(), account, ids.cleo ?? 0, 'Sent her my updated CV');
  });

  it('finds people by the summaries of their interactions, after those matched on their own fields', async () => {
    expect(await names(store(), account, 'CV')).toEqual(['Cleo Diaz', 'Rachel Lowe']);
    const page = await searchPeople(store(), account, { query: 'cv', limit: 20, offset: 0 });
    expect(page).toMatchObject({ total: 2, capped: false });
  });

  it('needs every word in one summary or in the person’s own fields', async () => {
    expect(await names(store(), account, 'manchester recruiter')).toEqual([
      'Sam Patel',
      'Devendra Mistry',
    ]);
    expect(await names(store(), account, 'analyst role')).toEqual(['Rachel Lowe']);
    expect(await names(store(), account, 'analyst manchester')).toEqual([]);
  });

  it('matches summaries by whole words, or by a start of two or three letters', async () => {
    expect(await names(store(), account, 'recruit')).toEqual(['Sam Patel']);
    expect(await names(store(), account, 'man')).toEqual(['Sam Patel', 'Devendra Mistry']);
  });

  it('finds a start of two or three letters of any word said, accents and addresses included', async () => {
    const ilse = await insertPerson(store(), account, { name: 'Ilse Brandt' }, now);
    await logWith(store(), account, ilse.id, 'Wrote to kim@example.org with her résumé');
    expect(await names(store(), account, 'wr ki')).toEqual(['Ilse Brandt']);
    expect(await names(store(), account, 'rés')).toEqual(['Ilse Brandt']);
    expect(await names(store(), account, 'res wro')).toEqual(['Ilse Brandt']);
    expect(await names(store(), account, 'wr zq')).toEqual([]);
    await deletePerson(store(), account, ilse.id);
  });

  it('pages across both kinds of match', async () => {
    const second = await searchPeople(store(), account, {
      query: 'manchester recruiter',
      limit: 1,
      offset: 1,
    });
    expect(second.people.map((p) => p.name)).toEqual(['Devendra Mistry']);
    expect(second.total).toBe(2);
  });

  it('follows a summary through edits, moves and removals', async () => {
    const logged = await logWith(store(), account, ids.dev ?? 0, 'Promised a portfolio review');
    expect(await names(store(), account, 'portfolio')).toEqual(['Devendra Mistry']);
    await store()
      .db.updateTable('interactions')
      .set({ summary: 'Promised a mock interview' })
      .where('id', '=', logged.id)
      .execute();
    expect(await names(store(), account, 'portfolio')).toEqual([]);
    expect(await names(store(), account, 'mock interview')).toEqual(['Devendra Mistry']);
    await returnInteractions(store(), account, [logged.id], {
      from: ids.dev ?? 0,
      to: ids.sam ?? 0,
    });
    expect(await names(store(), account, 'mock interview')).toEqual(['Sam Patel']);
    await deleteInteraction(store(), account, logged.id);
    expect(await names(store(), account, 'mock interview')).toEqual([]);
  });

  it('forgets what was said with a person who is removed', async () => {
    const gone = await insertPerson(store(), account, { name: 'Tom Whittaker' }, now);
    await logWith(store(), account, gone.id, 'Swapped notes on kayaking');
    expect(await names(store(), account, 'kayaking')).toEqual(['Tom Whittaker']);
    await deletePerson(store(), account, gone.id);
    expect(await names(store(), account, 'kayaking')).toEqual([]);
  });

  it('never finds what was said in another account', async () => {
    const stranger = await insertPerson(store(), 'elsewhere', { name: 'Una Other' }, now);
    await logWith(store(), 'elsewhere', stranger.id, 'Sent my CV to Una');
    expect(await names(store(), account, 'CV')).toEqual(['Cleo Diaz', 'Rachel Lowe']);
    expect(await names(store(), 'elsewhere', 'CV')).toEqual(['Una Other']);
  });

  it('reads a bounded number of summaries for a common word, and says the count is capped', async () => {
    const crowd = await insertPeople(
      store(),
      Array.from({ length: 30 }, (_, i) => personToRow(account, { name: `Crowd ${i}` }, now)),
    );
    const rows = Array.from({ length: summaryMatchLimit + 10 }, (_, i) => ({
      account_id: account,
      person_id: crowd[i % crowd.length] ?? 0,
      occurred_on: '2026-11-01',
      channel: 'social',
      direction: 'outbound',
      kind: 'catch-up',
      summary: 'Liked their post about hackathons',
      tags: '[]',
      created_at: now,
    }));
    for (let start = 0; start < rows.length; start += 500) {
      await store()
        .db.insertInto('interactions')
        .values(rows.slice(start, start + 500))
        .execute();
    }
    const page = await searchPeople(store(), account, {
      query: 'hackathons',
      limit: 50,
      offset: 0,
    });
    expect(page.people).toHaveLength(30);
    expect(page).toMatchObject({ total: 30, capped: true });
  });

  it('only probes the summaries while own-field matches fill the page, and counts them all past it', async () => {
    const welders = await insertPeople(
      store(),
      Array.from({ length: 5 }, (_, i) =>
        personToRow(account, { name: `Welder ${i}`, title: 'Welder' }, now),
      ),
    );
    const talked = await insertPeople(
      store(),
      Array.from({ length: summaryProbeLimit + 10 }, (_, i) =>
        personToRow(account, { name: `Fairgoer ${i}` }, now),
      ),
    );
    for (const id of talked) await logWith(store(), account, id, 'Met a welder at the fair');
    const first = await searchPeople(store(), account, { query: 'welder', limit: 5, offset: 0 });
    expect(first.people.map((p) => p.id).sort()).toEqual([...welders].sort());
    // A lower bound: the five, and the people of the summaries the probe read.
    expect(first).toMatchObject({ total: 5 + summaryProbeLimit, capped: true });
    const rest = await searchPeople(store(), account, { query: 'welder', limit: 50, offset: 5 });
    expect(rest.people).toHaveLength(talked.length);
    expect(rest.people.every((p) => p.name.startsWith('Fairgoer'))).toBe(true);
    expect(rest).toMatchObject({ total: 5 + talked.length, capped: false });
  });
});

describeEachDialect('summary search migration', ({ dialect, store }) => {
  it('indexes the summaries of interactions logged before it', async () => {
    const person = await insertPerson(store(), localAccountId, { name: 'Ana Lopez' }, now);
    await logWith(store(), localAccountId, person.id, 'Asked about the data team at Acme');
    // Remove the index as if it had never been built, then run the migration again.
    if (dialect === 'sqlite') {
      for (const name of ['insert', 'delete', 'update']) {
        await sql`drop trigger ${sql.id(`interactions_fts_${name}`)}`.execute(store().db);
      }
      await sql`drop table interactions_fts`.execute(store().db);
    } else {
      await sql`drop index interactions_summary_search`.execute(store().db);
    }
    const migration = await import('./migrations/2026-11-30T1330_interaction_search.js');
    await migration.up(store().db, dialect);
    const prefixes = await import('./migrations/2026-11-30T1700_summary_prefixes.js');
    await prefixes.up(store().db, dialect);
    expect(await names(store(), localAccountId, 'acme')).toEqual(['Ana Lopez']);
    if (dialect === 'postgres') {
      const index =
        await sql`select 1 from pg_indexes where indexname = 'interactions_summary_search'
        and schemaname = current_schema()`.execute(store().db);
      expect(index.rows).toHaveLength(1);
    }
  });
});

describeEachDialect('people search migration', ({ dialect, store }) => {
  it('finds people added before it by the short starts of their words', async () => {
    await insertPerson(
      store(),
      localAccountId,
      { name: 'Ana Lopez', company: 'Øresund Labs' },
      now,
    );
    const migration = await import('./migrations/2026-12-01T0300_people_word_starts.js');
    await migration.up(store().db, dialect);
    for (const query of ['a', 'an lo', 'øre', 'lab', 'lopez', 'lop']) {
      expect(await names(store(), localAccountId, query), query).toEqual(['Ana Lopez']);
    }
    expect(await names(store(), localAccountId, 'anx')).toEqual([]);
  });
});

describeEachDialect('people search at scale', ({ store }) => {
  it('counts people without scanning them, through inserts and removals', async () => {
    const page = await searchPeople(store(), localAccountId, { limit: 1, offset: 0 });
    expect(page).toMatchObject({ total: 0, capped: false });
    const rows = Array.from({ length: rankedMatchLimit + 5 }, (_, i) =>
      personToRow(
        localAccountId,
        { name: i < 3 ? `Anders ${i}` : `Person ${i}`, notes: 'works on analytics' },
        now,
      ),
    );
    const ids = await insertPeople(store(), rows);
    expect((await searchPeople(store(), localAccountId, { limit: 1, offset: 0 })).total).toBe(
      rows.length,
    );
    await deletePerson(store(), localAccountId, ids[0] ?? 0);
    expect((await searchPeople(store(), localAccountId, { limit: 1, offset: 0 })).total).toBe(
      rows.length - 1,
    );
    // A page past the end has no row to carry the count.
    const past = await searchPeople(store(), localAccountId, { limit: 5, offset: rows.length });
    expect(past).toEqual({ people: [], total: rows.length - 1, capped: false });
  });

  it('caps a broad search, puts names that start with the query first, and still pages', async () => {
    const first = await searchPeople(store(), localAccountId, { query: 'an', limit: 5, offset: 0 });
    expect(first.capped).toBe(true);
    expect(first.total).toBe(rankedMatchLimit);
    expect(first.people.slice(0, 2).map((p) => p.name)).toEqual(['Anders 1', 'Anders 2']);
    expect(first.people).toHaveLength(5);
    const second = await searchPeople(store(), localAccountId, {
      query: 'an',
      limit: 5,
      offset: 5,
    });
    const ids = new Set([...first.people, ...second.people].map((p) => p.id));
    expect(ids.size).toBe(10);
  });

  it('answers whole words that match too many to rank as a broad search, as their starts would', async () => {
    for (const query of ['analytics', 'works analytics', 'analyt', 'wor analytics']) {
      const page = await searchPeople(store(), localAccountId, { query, limit: 5, offset: 0 });
      expect(page, query).toMatchObject({ total: rankedMatchLimit, capped: true });
      expect(page.people, query).toHaveLength(5);
    }
    const named = await searchPeople(store(), localAccountId, {
      query: 'anders analytics',
      limit: 5,
      offset: 0,
    });
    expect(named).toMatchObject({ total: 2, capped: false });
  });

  it('ranks a narrow search fully', async () => {
    const narrow = await searchPeople(store(), localAccountId, {
      query: 'anders',
      limit: 10,
      offset: 0,
    });
    expect(narrow).toMatchObject({ total: 2, capped: false });
  });
});

describeEachDialect('a search the planner expects to be broad', ({ dialect, store }) => {
  beforeAll(async () => {
    const rows = Array.from({ length: plannedBroadFrom + 2000 }, (_, i) =>
      personToRow(
        localAccountId,
        { name: i < 2 ? `Anders ${i}` : `Person ${i}`, notes: 'works on analytics' },
        now,
      ),
    );
    await insertPeople(store(), rows);
    await refreshStatistics(store());
  });

  it('is taken as broad on PostgreSQL from its statistics, not by counting', async () => {
    const broad = await likelyBroad(store(), localAccountId, ['analytics']);
    expect(broad !== null).toBe(dialect === 'postgres');
    // Rare words, and words nobody has, are counted as before.
    expect(await likelyBroad(store(), localAccountId, ['anders'])).toBeNull();
    expect(await likelyBroad(store(), localAccountId, ['zebra'])).toBeNull();
  });

  it('pages through matches in stored order, every one of them a match, on both engines', async () => {
    const first = await searchPeople(store(), localAccountId, {
      query: 'analytics',
      limit: 20,
      offset: 0,
    });
    expect(first).toMatchObject({ total: rankedMatchLimit, capped: true });
    const second = await searchPeople(store(), localAccountId, {
      query: 'analytics',
      limit: 20,
      offset: 20,
    });
    const ids = new Set([...first.people, ...second.people].map((p) => p.id));
    expect(ids.size).toBe(40);
    // Every one matches: the two people named Anders, and the rest, hold the word in their notes.
    expect(first.people.filter((p) => !/^(Anders|Person) \d+$/.test(p.name))).toEqual([]);
    const narrow = await searchPeople(store(), localAccountId, {
      query: 'anders analytics',
      limit: 5,
      offset: 0,
    });
    expect(narrow).toMatchObject({ total: 2, capped: false });
  });

  it('says how many there are on the page the matches end on', async () => {
    const matches = plannedBroadFrom + 2000;
    const last = await searchPeople(store(), localAccountId, {
      query: 'analytics',
      limit: 20,
      offset: matches - 5,
    });
    expect(last).toMatchObject({ total: matches, capped: false });
    expect(last.people).toHaveLength(5);
    // Past the end, an empty page cannot say how many there were.
    const past = await searchPeople(store(), localAccountId, {
      query: 'analytics',
      limit: 20,
      offset: matches + 100,
    });
    expect(past).toMatchObject({ people: [], capped: true });
  });

  it('leaves the planner as it found it for the rest of a transaction', async () => {
    if (dialect !== 'postgres') return;
    const setting = await inTransaction(store(), async (tx) => {
      await searchPeople(tx, localAccountId, { query: 'analytics', limit: 20, offset: 0 });
      const shown = await sql<{ enable_bitmapscan: string }>`show enable_bitmapscan`.execute(tx.db);
      return shown.rows[0]?.enable_bitmapscan;
    });
    expect(setting).toBe('on');
  });
});

describeEachDialect('a whole title or company many people hold', ({ dialect, store }) => {
  // The words go together: "talent" and "partner" are each in 73% of the network, so taken one
  // by one they are expected together in about half of it, less than the bound, while 2,500
  // people hold "Talent Partner" as their whole title and 3,000 work at Swiftlane Freight.
  beforeAll(async () => {
    const title = (i: number) =>
      i < 2500 ? 'Talent Partner' : i < 4000 ? 'Talent Acquisition Lead' : 'Partner Manager';
    const rows = Array.from({ length: 5500 }, (_, i) =>
      personToRow(
        localAccountId,
        {
          name: `Person ${i}`,
          title: title(i),
          company: i < 2500 ? 'Acme' : 'Swiftlane Freight',
        },
        now,
      ),
    );
    await insertPeople(store(), rows);
    await refreshStatistics(store());
  });

  it('is taken as broad on PostgreSQL from the statistics of whole titles and companies', async () => {
    const title = await likelyBroad(store(), localAccountId, ['talent', 'partner']);
    expect(title !== null).toBe(dialect === 'postgres');
    const company = await likelyBroad(store(), localAccountId, ['swiftlane', 'freight']);
    expect(company !== null).toBe(dialect === 'postgres');
    // Words no one holds as a whole title are counted as before.
    expect(await likelyBroad(store(), localAccountId, ['talent', 'manager'])).toBeNull();
    expect(await likelyBroad(store(), localAccountId, ['chief', 'of', 'staff'])).toBeNull();
  });

  it('takes one word as broad on PostgreSQL from its share of the network', async () => {
    // "acme" is in 2,500 of 5,500 people: fewer than the bound for several words, but one word's
    // estimate is its share of the sample; "lead" (1,500) is counted.
    const acme = await likelyBroad(store(), localAccountId, ['acme']);
    expect(acme !== null).toBe(dialect === 'postgres');
    expect(await likelyBroad(store(), localAccountId, ['lead'])).toBeNull();
  });

  it('pages through people who hold the words, on both engines', async () => {
    const page = await searchPeople(store(), localAccountId, {
      query: 'Talent Partner',
      limit: 20,
      offset: 0,
    });
    expect(page).toMatchObject({ total: rankedMatchLimit, capped: true });
    expect(page.people).toHaveLength(20);
    expect(page.people.every((p) => /talent partner/i.test(p.title ?? ''))).toBe(true);
  });
});

describeEachDialect('pages of a search found broad by reading its matches', ({ store }) => {
  let ids: number[] = [];
  beforeAll(async () => {
    const rows = Array.from({ length: rankedMatchLimit + 40 }, (_, i) =>
      personToRow(
        localAccountId,
        { name: i % 100 === 7 ? `Works ${i}` : `Person ${i}`, notes: 'works on analytics' },
        now,
      ),
    );
    ids = await insertPeople(store(), rows);
  });

  const page = async (query: string, offset: number, limit = 20) =>
    (await searchPeople(store(), localAccountId, { query, limit, offset })).people.map((p) =>
      Number(p.id),
    );

  it('pages in stored order after the names that start with the query, within and past the matches read', async () => {
    const people = ids.map((id, i) => ({ id, key: i % 100 === 7 ? `works ${i}` : `person ${i}` }));
    // "works" is found broad by counting its whole word, "wo" by reading its matches, and
    // "works analytics" starts no name: on PostgreSQL each reads its first matches in stored
    // order, and a page they reach is taken from them; a page past them is read row by row.
    for (const query of ['works', 'wo', 'works analytics']) {
      const named = people
        .filter((p) => p.key.startsWith(query))
        .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.id - b.id));
      const others = people.filter((p) => !p.key.startsWith(query));
      const expected = [...named, ...others].map((p) => p.id);
      for (const offset of [0, 5, 20, 960, 990, 1000, 1020]) {
        expect(await page(query, offset), `${query} at ${offset}`).toEqual(
          expected.slice(offset, offset + 20),
        );
      }
    }
  });
});

describeEachDialect('the people list', ({ store }) => {
  it('gives each person on a page as stored, by name, with the count', async () => {
    const odd = await insertPerson(
      store(),
      localAccountId,
      {
        name: 'Bea "B" Quinn',
        company: 'Back\\slash & Co',
        title: 'Line\nbreak\ttab\u0001',
        location: '🌍 Zürich',
        tags: ['a "quoted" tag', 'ünï', '\\'],
        doNotContact: true,
      },
      now,
    );
    const plain = await insertPerson(store(), localAccountId, { name: 'Ada Park' }, now);
    const page = await searchPeople(store(), localAccountId, { limit: 5, offset: 0 });
    expect(page).toEqual({
      people: [
        {
          id: plain.id,
          name: 'Ada Park',
          company: null,
          title: null,
          location: null,
          tags: [],
          doNotContact: false,
        },
        {
          id: odd.id,
          name: 'Bea "B" Quinn',
          company: 'Back\\slash & Co',
          title: 'Line\nbreak\ttab\u0001',
          location: '🌍 Zürich',
          tags: ['a "quoted" tag', 'ünï', '\\'],
          doNotContact: true,
        },
      ],
      total: 2,
      capped: false,
    });
  });

  it('reads a tag list that is not a list as no tags, and the rest of the page as it is', async () => {
    await sql`update people set tags = ${'not a list'} where name = ${'Bea "B" Quinn'}`.execute(
      store().db,
    );
    const page = await searchPeople(store(), localAccountId, { limit: 5, offset: 0 });
    expect(page.people.map((p) => [p.name, p.tags])).toEqual([
      ['Ada Park', []],
      ['Bea "B" Quinn', []],
    ]);
  });

  it('reads each page afresh when the same statement runs again', async () => {
    const pageNames = async (offset: number) =>
      (await searchPeople(store(), localAccountId, { limit: 1, offset })).people.map((p) => p.name);
    for (let round = 0; round < 3; round += 1) {
      expect(await pageNames(0)).toEqual(['Ada Park']);
      expect(await pageNames(1)).toEqual(['Bea "B" Quinn']);
    }
    await insertPerson(store(), localAccountId, { name: 'Aaron Lee' }, now);
    expect(await pageNames(0)).toEqual(['Aaron Lee']);
    const past = await searchPeople(store(), localAccountId, { limit: 1, offset: 3 });
    expect(past).toEqual({ people: [], total: 3, capped: false });
    expect(await searchPeople(store(), 'nobody', { limit: 1, offset: 0 })).toEqual({
      people: [],
      total: 0,
      capped: false,
    });
  });
});
