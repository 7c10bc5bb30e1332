// Fills an empty network with the deterministic demo network, batch by batch, reporting progress.
import { AppError } from '../core/errors.js';
import { generatePeople, type DemoPerson } from '../core/demo-network.js';
import type { ProfileInput } from '../core/profile.js';
import { insertInteractions, interactionToRow } from '../store/interactions.repo.js';
import { insertPeople, personToRow, searchPeople } from '../store/people.repo.js';
import { findProfile, saveProfile } from '../store/profile.repo.js';
import { refreshStatistics } from '../store/statistics.js';
import { inTransaction } from '../store/store.js';
import { timestamp, today, type Deps } from './deps.js';

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
  const generator = generatePeople({ seed: input.seed ?? 7, people: total, today: today(deps) });
  let people = 0;
  let interactions = 0;
  let batch: DemoPerson[] = [];
  const flush = async () => {
    const current = batch;
    batch = [];
    await inTransaction(deps.store, async (tx) => {
      const ids = await insertPeople(
        tx,
        current.map((p) => personToRow(deps.accountId, { ...p, tags: [...p.tags, demoTag] }, now)),
      );
      const rows = current.flatMap((p, i) =>
        p.interactions.map((interaction) =>
          interactionToRow(deps.accountId, { ...interaction, personId: ids[i] ?? 0 }, now),
        ),
      );
      await insertInteractions(tx, rows);
      interactions += rows.length;
    });
    people += current.length;
    input.onProgress?.(people, total);
  };
  for (const person of generator) {
    batch.push(person);
    if (batch.length >= batchSize) await flush();
  }
  if (batch.length > 0) await flush();
  await refreshStatistics(deps.store);
  if (!(await findProfile(deps.store, deps.accountId)).onboarded) {
    await saveProfile(deps.store, deps.accountId, demoProfile, now);
  }
  return { people, interactions };
}
