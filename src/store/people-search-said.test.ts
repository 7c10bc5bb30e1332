// What was said, at a size where PostgreSQL's index samples a single common word.
import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/dialects.js';
import { insertInteractions, interactionToRow } from './interactions.repo.js';
import { localAccountId } from './open.js';
import { insertPeople, personToRow } from './people.repo.js';
import { summarySampleFrom } from './people-search-said.js';
import { searchPeople } from './people-search.repo.js';

const now = '2026-11-25T12:00:00.000Z';
const people = 300;
const common = summarySampleFrom + 1000;
const both = 50;

describeEachDialect('searching a word said thousands of times', ({ store }) => {
  beforeAll(async () => {
    const ids = await insertPeople(
      store(),
      Array.from({ length: people }, (_, i) =>
        personToRow(localAccountId, { name: `Person ${i}` }, now),
      ),
    );
    // "lunch" and "office" each said more often than the index returns before sampling, and both
    // together only in the first 50 summaries, each with a different person.
    const said = (i: number) =>
      i < both ? 'lunch at the office' : i < common ? `lunch ${i}` : `office hours ${i}`;
    const rows = Array.from({ length: common * 2 - both }, (_, i) =>
      interactionToRow(
        localAccountId,
        {
          personId: ids[i % people] ?? 0,
          occurredOn: '2026-11-20',
          channel: 'call',
          direction: 'mutual',
          kind: 'catch-up',
          summary: said(i),
          tags: [],
        },
        now,
      ),
    );
    await insertInteractions(store(), rows);
  });

  it('still fills a page for a single common word', async () => {
    const page = await searchPeople(store(), localAccountId, {
      query: 'lunch',
      limit: 20,
      offset: 0,
    });
    expect(page.people).toHaveLength(20);
    expect(page.capped).toBe(true);
  });

  it('loses no match of words that must all be said', async () => {
    const page = await searchPeople(store(), localAccountId, {
      query: 'lunch office',
      limit: 100,
      offset: 0,
    });
    expect(page.people.map((p) => p.name).sort()).toEqual(
      Array.from({ length: both }, (_, i) => `Person ${i}`).sort(),
    );
    expect(page.total).toBe(both);
  });
});
