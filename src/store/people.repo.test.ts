import SQLite from 'better-sqlite3';
import { CompiledQuery, Kysely, SqliteDialect, sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/dialects.js';
import { insertInteraction, listTimeline } from './interactions.repo.js';
import { migrate } from './migrate.js';
import { localAccountId } from './open.js';
import {
  countPeopleTagged,
  deletePeopleTagged,
  deletePerson,
  findPeopleByName,
  findPerson,
  insertPeople,
  insertPerson,
  personToRow,
  updatePerson,
} from './people.repo.js';
import { searchPeople } from './people-search.repo.js';
import { findProfile, saveProfile } from './profile.repo.js';
import type { Database } from './schema.js';

const now = '2026-11-25T12:00:00.000Z';
const other = 'someone-else';
const personTagsMigration = '2026-11-30T1000_person_tags';

describeEachDialect('people repository', ({ store }) => {
  beforeAll(async () => {
    await store()
      .db.insertInto('accounts')
      .values({ id: other, name: 'Other', created_at: now })
      .execute();
  });

  it('stores every field of a person and reads it back', async () => {
    const person = await insertPerson(
      store(),
      localAccountId,
      {
        name: 'Ana López',
        emails: ['ana@acme.example'],
        phones: ['+1 555 010 2030'],
        company: 'Acme Analytics',
        title: 'Data Lead',
        location: 'Lisbon',
        linkedinUrl: 'https://www.linkedin.com/in/ana-lopez',
        tags: ['alumni', 'data'],
        howWeMet: 'PyData Lisbon 2024',
        interests: ['climbing', 'causal inference'],
        needs: 'Hiring two analysts',
        offers: 'Knows the Lisbon data scene',
        notes: 'Prefers mornings',
        doNotContact: false,
      },
      now,
    );
    expect(await findPerson(store(), localAccountId, person.id)).toEqual(person);
    expect(person).toMatchObject({
      name: 'Ana López',
      emails: ['ana@acme.example'],
      tags: ['alumni', 'data'],
    });
  });

  it('finds people by any field with prefix, accent-free full-text search', async () => {
    await insertPerson(
      store(),
      localAccountId,
      { name: 'Bruno Silva', notes: 'Met at a climbing gym' },
      now,
    );
    const byNote = await searchPeople(store(), localAccountId, {
      query: 'climb',
      limit: 10,
      offset: 0,
    });
    expect(byNote.people.map((p) => p.name).sort()).toEqual(['Ana López', 'Bruno Silva']);
    const byAccentFree = await searchPeople(store(), localAccountId, {
      query: 'lopez acme',
      limit: 10,
      offset: 0,
    });
    expect(byAccentFree.people.map((p) => p.name)).toEqual(['Ana López']);
    expect(byAccentFree.total).toBe(1);
  });

  it('ranks people whose name starts with the query above mentions in notes', async () => {
    const other = await insertPerson(
      store(),
      localAccountId,
      { name: 'Zoe Quinn', notes: 'ana lopez analytics ana' },
      now,
    );
    const found = await searchPeople(store(), localAccountId, {
      query: 'Ana Lopez',
      limit: 10,
      offset: 0,
    });
    expect(found.people.map((p) => p.name)).toEqual(['Ana López', 'Zoe Quinn']);
    await deletePerson(store(), localAccountId, other.id);
  });

  it('keeps search index in step with edits and removals', async () => {
    const person = await insertPerson(
      store(),
      localAccountId,
      { name: 'Chidi Okafor', company: 'Zenith' },
      now,
    );
    await updatePerson(store(), localAccountId, person.id, { company: 'Northwind' }, now);
    expect(
      (await searchPeople(store(), localAccountId, { query: 'zenith', limit: 5, offset: 0 })).total,
    ).toBe(0);
    expect(
      (await searchPeople(store(), localAccountId, { query: 'northwind', limit: 5, offset: 0 }))
        .total,
    ).toBe(1);
    expect(await deletePerson(store(), localAccountId, person.id)).toBe(true);
    expect(
      (await searchPeople(store(), localAccountId, { query: 'northwind', limit: 5, offset: 0 }))
        .total,
    ).toBe(0);
  });

  it('lists people by name a page at a time with the total', async () => {
    const page = await searchPeople(store(), localAccountId, { limit: 1, offset: 1 });
    expect(page.total).toBe(2);
    expect(page.people.map((p) => p.name)).toEqual(['Bruno Silva']);
  });

  it('matches a name exactly or by a unique first name, ignoring case', async () => {
    expect(
      (await findPeopleByName(store(), localAccountId, 'ana lópez')).map((p) => p.name),
    ).toEqual(['Ana López']);
    expect((await findPeopleByName(store(), localAccountId, 'Bruno')).map((p) => p.name)).toEqual([
      'Bruno Silva',
    ]);
    expect(await findPeopleByName(store(), localAccountId, 'Dana')).toEqual([]);
  });

  it('never shows one account the people, timelines or profile of another', async () => {
    const theirs = await insertPerson(
      store(),
      other,
      { name: 'Ana López', notes: 'climbing partner' },
      now,
    );
    await insertInteraction(
      store(),
      other,
      {
        personId: theirs.id,
        occurredOn: '2026-11-01',
        channel: 'call',
        direction: 'mutual',
        kind: 'catch-up',
        summary: 'private',
        tags: [],
      },
      now,
    );
    await saveProfile(
      store(),
      other,
      {
        name: 'Other user',
        headline: '',
        goal: 'job-search',
        targetRoles: [],
        targetCompanies: [],
        targetIndustries: [],
        weeklyMinutes: 30,
      },
      now,
    );
    expect(await findPerson(store(), localAccountId, theirs.id)).toBeUndefined();
    expect(
      await updatePerson(store(), localAccountId, theirs.id, { name: 'Hijacked' }, now),
    ).toBeUndefined();
    expect(await deletePerson(store(), localAccountId, theirs.id)).toBe(false);
    expect(await listTimeline(store(), localAccountId, theirs.id, { limit: 10 })).toEqual([]);
    const mine = await searchPeople(store(), localAccountId, {
      query: 'climbing',
      limit: 10,
      offset: 0,
    });
    expect(mine.people.every((p) => p.id !== theirs.id)).toBe(true);
    expect((await findProfile(store(), localAccountId)).name).not.toBe('Other user');
  });

  it('refuses an interaction for a person of another account', async () => {
    const theirs = await findPeopleByName(store(), other, 'Ana López');
    const target = theirs[0];
    if (!target) throw new Error('fixture missing');
    await expect(
      insertInteraction(
        store(),
        localAccountId,
        {
          personId: target.id,
          occurredOn: '2026-11-02',
          channel: 'call',
          direction: 'mutual',
          kind: 'catch-up',
          summary: '',
          tags: [],
        },
        now,
      ),
    ).rejects.toThrow();
  });

  it('returns a timeline newest first and pages with a cursor', async () => {
    const person = await insertPerson(store(), localAccountId, { name: 'Dana Kim' }, now);
    for (const day of ['2026-10-01', '2026-11-20', '2026-11-05']) {
      await insertInteraction(
        store(),
        localAccountId,
        {
          personId: person.id,
          occurredOn: day,
          channel: 'email',
          direction: 'outbound',
          kind: 'catch-up',
          summary: day,
          tags: ['x'],
        },
        now,
      );
    }
    const first = await listTimeline(store(), localAccountId, person.id, { limit: 2 });
    expect(first.map((i) => i.occurredOn)).toEqual(['2026-11-20', '2026-11-05']);
    const last = first[1];
    if (!last) throw new Error('expected two');
    const rest = await listTimeline(store(), localAccountId, person.id, { limit: 2, before: last });
    expect(rest.map((i) => i.occurredOn)).toEqual(['2026-10-01']);
  });

  it('removes a person together with their interactions', async () => {
    const [dana] = await findPeopleByName(store(), localAccountId, 'Dana Kim');
    if (!dana) throw new Error('fixture missing');
    await deletePerson(store(), localAccountId, dana.id);
    expect(await listTimeline(store(), localAccountId, dana.id, { limit: 10 })).toEqual([]);
  });

  it('saves the profile whole and reads it back as onboarded', async () => {
    expect((await findProfile(store(), localAccountId)).onboarded).toBe(false);
    const saved = await saveProfile(
      store(),
      localAccountId,
      {
        name: 'Sam',
        headline: 'Data analyst',
        goal: 'job-search',
        targetRoles: ['Analyst'],
        targetCompanies: [],
        targetIndustries: ['Health'],
        weeklyMinutes: 90,
      },
      now,
    );
    expect(saved).toMatchObject({
      name: 'Sam',
      onboarded: true,
      targetRoles: ['Analyst'],
      weeklyMinutes: 90,
    });
    expect(await findProfile(store(), localAccountId)).toEqual(saved);
  });
});

describeEachDialect('people tag index', ({ dialect, store }) => {
  const tagsOf = async (personId: number) =>
    (
      await store()
        .db.selectFrom('person_tags')
        .select('tag')
        .where('account_id', '=', localAccountId)
        .where('person_id', '=', personId)
        .orderBy('tag')
        .execute()
    ).map((row) => row.tag);

  beforeAll(async () => {
    await store()
      .db.insertInto('accounts')
      .values({ id: other, name: 'Other', created_at: now })
      .execute();
  });

  it('writes each tag of a new person to the index', async () => {
    const person = await insertPerson(
      store(),
      localAccountId,
      { name: 'Ana López', tags: ['data', 'alumni'] },
      now,
    );
    expect(await tagsOf(person.id)).toEqual(['alumni', 'data']);
  });

  it('writes the tags of a bulk insert to the index, each person with their own', async () => {
    // Six tags a person: a chunk of 1,000 people needs more than one multi-row tag statement.
    const tags = (i: number) => ['bulk', `group-${i % 3}`, 'a', 'b', 'c', 'd'];
    const rows = Array.from({ length: 1500 }, (_, i) =>
      personToRow(localAccountId, { name: `Bulk ${i}`, tags: tags(i) }, now),
    );
    const ids = await insertPeople(store(), rows);
    expect(await countPeopleTagged(store(), localAccountId, 'bulk')).toBe(1500);
    expect(await countPeopleTagged(store(), localAccountId, 'group-1')).toBe(500);
    expect(await countPeopleTagged(store(), localAccountId, 'd')).toBe(1500);
    expect(await tagsOf(ids[1498] ?? 0)).toEqual(['a', 'b', 'bulk', 'c', 'd', 'group-1']);
    expect(await deletePeopleTagged(store(), localAccountId, 'bulk')).toBe(1500);
  });

  it('replaces the indexed tags when an edit changes them, and keeps them when it does not', async () => {
    const person = await insertPerson(
      store(),
      localAccountId,
      { name: 'Bruno Silva', tags: ['alumni', 'mentor'] },
      now,
    );
    await updatePerson(store(), localAccountId, person.id, { company: 'Northwind' }, now);
    expect(await tagsOf(person.id)).toEqual(['alumni', 'mentor']);
    await updatePerson(store(), localAccountId, person.id, { tags: ['mentor', 'hiring'] }, now);
    expect(await tagsOf(person.id)).toEqual(['hiring', 'mentor']);
    await updatePerson(store(), localAccountId, person.id, { tags: [] }, now);
    expect(await tagsOf(person.id)).toEqual([]);
  });

  it('counts and removes people by the exact tag, never one that merely looks like it', async () => {
    const tagged = async (name: string, tags: string[], account = localAccountId) =>
      insertPerson(store(), account, { name, tags }, now);
    const demo = await tagged('Demo One', ['demo', 'alumni']);
    await tagged('Demo Two', ['demo']);
    const lookalike = await tagged('Lookalike', ['demo-x', 'ademo']);
    await tagged('Theirs', ['demo'], other);
    expect(await countPeopleTagged(store(), localAccountId, 'demo')).toBe(2);
    // LIKE read "_" as any character, so the old count took "demo-x" for "demo_x".
    expect(await countPeopleTagged(store(), localAccountId, 'demo_x')).toBe(0);
    expect(await deletePeopleTagged(store(), localAccountId, 'demo')).toBe(2);
    expect(await findPerson(store(), localAccountId, demo.id)).toBeUndefined();
    expect(await tagsOf(demo.id)).toEqual([]);
    expect(await findPerson(store(), localAccountId, lookalike.id)).toMatchObject({
      tags: ['demo-x', 'ademo'],
    });
    expect(await countPeopleTagged(store(), localAccountId, 'demo')).toBe(0);
    expect(await countPeopleTagged(store(), other, 'demo')).toBe(1);
  });

  it.runIf(dialect === 'sqlite')(
    'counts and removes tagged people through the person_tags key, without scanning people',
    async () => {
      const queries: CompiledQuery[] = [];
      const database = new SQLite(store().location);
      database.pragma('foreign_keys = ON');
      const db = new Kysely<Database>({
        dialect: new SqliteDialect({ database }),
        log: (event) => void queries.push(event.query),
      });
      const planOf = async (query: CompiledQuery | undefined) => {
        if (!query) throw new Error('expected a logged query');
        const plan = await db.executeQuery<{ detail: string }>(
          CompiledQuery.raw(`explain query plan ${query.sql}`, [...query.parameters]),
        );
        return plan.rows.map((row) => row.detail).join('\n');
      };
      try {
        await countPeopleTagged({ db, dialect }, localAccountId, 'demo');
        await deletePeopleTagged({ db, dialect }, localAccountId, 'nobody-has-this');
        const [countQuery, removeQuery] = queries;
        const count = await planOf(countQuery);
        const remove = await planOf(removeQuery);
        expect(count).toMatch(/SEARCH person_tags USING PRIMARY KEY \(account_id=\? AND tag=\?\)/);
        expect(count).not.toMatch(/people/);
        expect(remove).toMatch(/SEARCH person_tags USING PRIMARY KEY \(account_id=\? AND tag=\?\)/);
        // People are looked up one by one by id, not walked by account as the LIKE query did.
        expect(remove).toMatch(/SEARCH people USING [^\n]*\b(id|rowid)=\?/);
        expect(remove).not.toMatch(/SCAN people/);
      } finally {
        await db.destroy();
      }
    },
  );
});

describeEachDialect('person_tags migration', ({ dialect, store }) => {
  it('fills the tag index from the tags of people stored before it', async () => {
    // Take the database back to before the migration, then store people the old way: JSON only.
    await sql`drop table person_tags`.execute(store().db);
    await sql`delete from kith_migrations where name = ${personTagsMigration}`.execute(store().db);
    const stored = async (name: string, tags: string) => {
      const row = await store()
        .db.insertInto('people')
        .values({ ...personToRow(localAccountId, { name }, now), tags })
        .returning('id')
        .executeTakeFirstOrThrow();
      return Number(row.id);
    };
    const demo = await stored('Demo Person', '["demo","alumni"]');
    const repeated = await stored('Repeated Tag', '["demo","demo"]');
    await stored('No Tags', '[]');
    const odd = await stored('Odd List', '["ok", 7, null, {"a": "b"}]');
    await stored('Not A List', '{"demo": "demo"}');
    // PostgreSQL 15 has no safe cast, so there text that is not JSON at all would stop the migration.
    if (dialect === 'sqlite') await stored('Not JSON', '["demo"');

    expect(await migrate(store().db, dialect)).toEqual([personTagsMigration]);

    const rows = await store()
      .db.selectFrom('person_tags')
      .select(['person_id', 'tag'])
      .where('account_id', '=', localAccountId)
      .orderBy('person_id')
      .orderBy('tag')
      .execute();
    expect(rows.map((row) => [Number(row.person_id), row.tag])).toEqual([
      [demo, 'alumni'],
      [demo, 'demo'],
      [repeated, 'demo'],
      [odd, 'ok'],
    ]);
    expect(await countPeopleTagged(store(), localAccountId, 'demo')).toBe(2);
    expect(await deletePeopleTagged(store(), localAccountId, 'demo')).toBe(2);
  });
});
