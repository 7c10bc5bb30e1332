// Fills an empty network with the deterministic demo network in one transaction, reporting progress.
import { AppError } from '../core/errors.js';
import { generatePeople, type DemoPerson } from '../core/demo-network.js';
import type { ProfileInput } from '../core/profile.js';
import { insertInteractions, interactionToRow } from '../store/interactions.repo.js';
import { insertPeople, personToRow } from '../store/people.repo.js';
import { searchPeople } from '../store/people-search.repo.js';
import { findProfile, saveProfile } from '../store/profile.repo.js';
import { refreshStatistics } from '../store/statistics.js';
import type { NewInteractionRow, PersonTieTable } from '../store/schema.js';
import { inTransaction, type Store } from '../store/store.js';
import { defaultTieSettings, insertTies, tieToRow } from '../store/ties.repo.js';
import { summarizeTie } from '../core/coach/tie-summary.js';
import { expectsReplyByDefault } from '../core/interaction.js';
import { timestamp, userToday, type Deps } from './deps.js';

export interface LoadDemoInput {
  people?: number;
  seed?: number;
  /** Called after each batch with the people written so far. */
  onProgress?: (done: number, total: number) => void;
}

export interface LoadDemoResult {
  people: number;
  interactions: number;
}

/** Every demo person carries this tag, so the demo can be removed without touching real people. */
export const demoTag = 'demo';

export const demoProfile: ProfileInput = {
  name: 'Sam Rivera',
  headline: 'Data analyst moving into product analytics',
  goal: 'job-search',
  targetRoles: ['Product Analyst', 'Analytics Engineer'],
  targetCompanies: [],
  targetIndustries: ['Health tech', 'Climate'],
  weeklyMinutes: 90,
};

const batchSize = 1000;

export async function loadDemo(deps: Deps, input: LoadDemoInput = {}): Promise<LoadDemoResult> {
  const total = input.people ?? 300;
  if (!Number.isInteger(total) || total < 1 || total > 1_000_000) {
    throw new AppError('INVALID_INPUT', 'people: must be a whole number from 1 to 1,000,000.');
  }
  const existing = await searchPeople(deps.store, deps.accountId, { limit: 1, offset: 0 });
  if (existing.total > 0) {
    throw new AppError(
      'CONFLICT',
      `The demo fills an empty network, and yours already has ${existing.total} people. Try it in a separate folder: KITH_HOME=/tmp/kith-demo kith demo`,
    );
  }
  const now = timestamp(deps);
  const generator = generatePeople({
    seed: input.seed ?? 7,
    people: total,
    today: await userToday(deps),
  });
  let people = 0;
  let interactions = 0;
  // One transaction for the whole demo: a load that is stopped half-way leaves nothing behind.
  await inTransaction(deps.store, async (tx) => {
    let batch: DemoPerson[] = [];
    const flush = async () => {
      interactions += await insertBatch(tx, deps.accountId, batch, now);
      people += batch.length;
      batch = [];
      input.onProgress?.(people, total);
    };
    for (const person of generator) {
      batch.push(person);
      if (batch.length >= batchSize) await flush();
    }
    if (batch.length > 0) await flush();
    if (!(await findProfile(tx, deps.accountId)).onboarded) {
      await saveProfile(tx, deps.accountId, demoProfile, now);
    }
  });
  await refreshStatistics(deps.store);
  return { people, interactions };
}

/** Writes one batch of demo people with their timelines and coach aggregates; returns the interactions written. */
async function insertBatch(
  store: Store,
  accountId: string,
  batch: readonly DemoPerson[],
  now: string,
): Promise<number> {
  const ids = await insertPeople(
    store,
    batch.map((p) => personToRow(accountId, { ...p, tags: [...p.tags, demoTag] }, now)),
  );
  const rows: NewInteractionRow[] = [];
  const ties: PersonTieTable[] = [];
  batch.forEach((demo, i) => {
    const personId = ids[i] ?? 0;
    const timeline = demo.interactions.map((interaction, index) => ({
      ...interaction,
      id: index,
      personId,
      expectsReply: expectsReplyByDefault(interaction),
      createdAt: now,
    }));
    for (const interaction of timeline) rows.push(interactionToRow(accountId, interaction, now));
    ties.push(
      tieToRow({
        accountId,
        person: { id: personId, createdAt: now, doNotContact: demo.doNotContact },
        summary: summarizeTie(timeline),
        settings: defaultTieSettings,
      }),
    );
  });
  await insertInteractions(store, rows);
  await insertTies(store, ties);
  return rows.length;
}
