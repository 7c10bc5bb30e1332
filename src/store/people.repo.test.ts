import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/dialects.js';
import { insertInteraction, listTimeline } from './interactions.repo.js';
import { localAccountId } from './open.js';
import {
  deletePerson,
  findPeopleByName,
  findPerson,
  insertPeople,
  insertPerson,
  personToRow,
  rankedMatchLimit,
  searchPeople,
  updatePerson,
} from './people.repo.js';
import { findProfile, saveProfile } from './profile.repo.js';

const now = '2026-11-25T12:00:00.000Z';
const other = 'someone-else';

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

  it('ranks a narrow search fully', async () => {
    const narrow = await searchPeople(store(), localAccountId, {
      query: 'anders',
      limit: 10,
      offset: 0,
    });
    expect(narrow).toMatchObject({ total: 2, capped: false });
  });
});
