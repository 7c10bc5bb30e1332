// The coach's dashboard over many members: one query per figure across the group, against the
// per-member way (the same figures asked account by account), measured in the same run.
// `npx tsx bench/groups.bench.ts` (BENCH_MEMBERS, default 200; BENCH_MEMBER_INTERACTIONS, 500).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addDays } from '../src/core/dates.js';
import { showGroupDashboard } from '../src/services/group-dashboard.js';
import { insertRows } from '../src/store/bulk-write.js';
import { countInteractionsByDay } from '../src/store/group-figures.repo.js';
import { openSqlite } from '../src/store/open.js';
import { doneActionDays } from '../src/store/plans.repo.js';
import { replyHistory } from '../src/store/stats.repo.js';
import type { Store } from '../src/store/store.js';
import { header, ms, percentile, report, timeEach } from './stats.js';

const members = Number(process.env.BENCH_MEMBERS ?? 200);
const perMember = Number(process.env.BENCH_MEMBER_INTERACTIONS ?? 500);
const today = '2026-11-30';
const now = () => new Date(`${today}T12:00:00Z`);

export async function benchGroups(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'kith-bench-groups-'));
  const store = await openSqlite({ path: join(dir, 'kith.db') });
  try {
    const ids = await seed(store);
    const owner = { store, accountId: ids[0]!, now };
    const runs = Array.from({ length: 20 }, (_, i) => i);
    const together = await timeEach(runs, () => showGroupDashboard(owner, 'bench-group'));
    // The same three figures, asked one member at a time: what an N+1 dashboard would do.
    const oneByOne = await timeEach(runs.slice(0, 5), async () => {
      for (const id of ids) {
        await countInteractionsByDay(store, [id], addDays(today, -56));
        await replyHistory(store, id, addDays(today, -56));
        await doneActionDays(store, id, addDays(today, -728));
      }
    });
    header(`Coach dashboard, SQLite: ${members} members × ${perMember} interactions`);
    const p50 = percentile(together, 50);
    const base = percentile(oneByOne, 50);
    report(
      'dashboard p50 (one query per figure)',
      ms(p50),
      `${ms(base)} one by one`,
      `${(base / p50).toFixed(1)}×`,
    );
    report('dashboard p95', ms(percentile(together, 95)), '', '');
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Members with people, interactions over the last year, and done plan actions; their ids. */
async function seed(store: Store): Promise<string[]> {
  const at = now().toISOString();
  const ids = Array.from({ length: members }, (_, i) => `bench-member-${i}`);
  await insertRows(
    store,
    'accounts',
    ['id', 'name', 'created_at'],
    ids.map((id) => ({ id, name: id, created_at: at })),
  );
  await store.db
    .insertInto('groups')
    .values({ id: 'bench-group', name: 'Bench club', created_by: null, created_at: at })
    .execute();
  await insertRows(
    store,
    'group_members',
    ['account_id', 'group_id', 'role', 'joined_at'],
    ids.map((id, i) => ({
      account_id: id,
      group_id: 'bench-group',
      role: i === 0 ? 'owner' : 'member',
      joined_at: at,
    })),
  );
  const people = ids.flatMap((id) =>
    Array.from({ length: 20 }, (_, n) => ({
      account_id: id,
      name: `Person ${n}`,
      name_key: `person ${n}`,
      emails: '[]',
      phones: '[]',
      tags: '[]',
      interests: '[]',
      do_not_contact: 0,
      created_at: at,
      updated_at: at,
    })),
  );
  const personIds = await insertRows(
    store,
    'people',
    [
      'account_id',
      'name',
      'name_key',
      'emails',
      'phones',
      'tags',
      'interests',
      'do_not_contact',
      'created_at',
      'updated_at',
    ],
    people,
    { returning: 'id' },
  );
  const interactions = ids.flatMap((id, m) =>
    Array.from({ length: perMember }, (_, n) => ({
      account_id: id,
      person_id: personIds[m * 20 + (n % 20)]!,
      occurred_on: addDays(today, -((n * 7 + m) % 365)),
      channel: 'email',
      direction: n % 3 === 0 ? 'inbound' : 'outbound',
      kind: 'catch-up',
      summary: '',
      tags: '[]',
      created_at: at,
      expects_reply: n % 2,
    })),
  );
  await insertRows(
    store,
    'interactions',
    [
      'account_id',
      'person_id',
      'occurred_on',
      'channel',
      'direction',
      'kind',
      'summary',
      'tags',
      'created_at',
      'expects_reply',
    ],
    interactions,
  );
  return ids;
}

if (process.argv[1]?.endsWith('groups.bench.ts') && import.meta.url === `file://${process.argv[1]}`)
  await benchGroups();
