// Writes an import plan: people, timelines, sources, the review list and every aggregate, in batches.
import { summarizeTie } from '../core/coach/tie-summary.js';
import type { ImportPlan } from '../core/import-plan.js';
import type { Interaction } from '../core/interaction.js';
import { insertReviews } from '../store/duplicate-reviews.repo.js';
import { insertInteractions, interactionToRow } from '../store/interactions.repo.js';
import { updatePeopleFields } from '../store/people-bulk.repo.js';
import { insertPeople, personToRow } from '../store/people.repo.js';
import { insertSources } from '../store/person-sources.repo.js';
import type { NewInteractionRow, PersonTieTable } from '../store/schema.js';
import type { Store } from '../store/store.js';
import { defaultTieSettings, insertTies, refreshTie, tieToRow } from '../store/ties.repo.js';

export interface WriteProgress {
  (done: number, total: number): void;
}

const batch = 1000;

/**
 * Writes the plan inside the caller's transaction. New people go in multi-row statements with
 * their aggregates computed in memory (as the demo loader does); stored people whose timeline
 * grew get theirs recomputed from the database. A stored person whose details changed but whose
 * timeline did not keeps an aggregate that is still exact (it reads only the timeline, the
 * date they were added and do-not-contact, which an import never changes).
 */
export async function writePlan(
  store: Store,
  options: { accountId: string; now: string; plan: ImportPlan; onProgress?: WriteProgress },
): Promise<void> {
  const { accountId, now, plan } = options;
  const total = plan.newPeople.length + plan.updates.length + plan.interactions.length;
  let done = 0;
  const step = (n: number) => {
    done += n;
    options.onProgress?.(done, total);
  };

  const ids = new Map<number, number>();
  for (let start = 0; start < plan.newPeople.length; start += batch) {
    const chunk = plan.newPeople.slice(start, start + batch);
    const inserted = await insertPeople(
      store,
      chunk.map((p) => personToRow(accountId, p.fields, now)),
    );
    chunk.forEach((p, i) => ids.set(p.ref, inserted[i] ?? 0));
    step(chunk.length);
  }
  const idOf = (ref: number) => (ref > 0 ? ref : (ids.get(ref) ?? 0));

  for (let start = 0; start < plan.updates.length; start += batch) {
    const chunk = plan.updates.slice(start, start + batch);
    await updatePeopleFields(store, accountId, chunk, now);
    step(chunk.length);
  }

  const rows: NewInteractionRow[] = plan.interactions.map((interaction) =>
    interactionToRow(
      accountId,
      { ...interaction, personId: idOf(interaction.ref), kind: 'catch-up', tags: [] },
      now,
    ),
  );
  for (let start = 0; start < rows.length; start += batch * 2) {
    await insertInteractions(store, rows.slice(start, start + batch * 2));
    step(Math.min(batch * 2, rows.length - start));
  }

  await insertSources(
    store,
    plan.sources.map((s) => ({
      account_id: accountId,
      source_key: s.key,
      person_id: idOf(s.ref),
      format: s.source.format,
      file: s.source.file,
      line: s.source.line,
      fields: JSON.stringify(s.values),
      imported_at: now,
    })),
  );
  await insertReviews(
    store,
    plan.reviews.map((review) => {
      const [a, b] = [idOf(review.a), idOf(review.b)].sort((x, y) => x - y);
      return {
        account_id: accountId,
        person_a: a ?? 0,
        person_b: b ?? 0,
        reason: review.reason,
        created_at: now,
      };
    }),
  );
  await writeAggregates(store, { accountId, now, plan, ids, rows });
}

async function writeAggregates(
  store: Store,
  options: {
    accountId: string;
    now: string;
    plan: ImportPlan;
    ids: Map<number, number>;
    rows: NewInteractionRow[];
  },
): Promise<void> {
  const { accountId, now, ids, rows } = options;
  const newIds = new Set(ids.values());
  const timelines = new Map<number, Interaction[]>();
  const touched = new Set<number>();
  rows.forEach((row, i) => {
    if (!newIds.has(row.person_id)) {
      touched.add(row.person_id);
      return;
    }
    const list = timelines.get(row.person_id) ?? [];
    list.push(toInteraction(row, i, now));
    timelines.set(row.person_id, list);
  });
  const ties: PersonTieTable[] = [...newIds].map((id) =>
    tieToRow({
      accountId,
      person: { id, createdAt: now, doNotContact: false },
      summary: summarizeTie(timelines.get(id) ?? []),
      settings: defaultTieSettings,
    }),
  );
  await insertTies(store, ties);
  for (const id of touched) await refreshTie(store, accountId, id);
}

function toInteraction(row: NewInteractionRow, index: number, now: string): Interaction {
  return {
    id: index,
    personId: row.person_id,
    occurredOn: row.occurred_on,
    channel: row.channel as Interaction['channel'],
    direction: row.direction as Interaction['direction'],
    kind: row.kind as Interaction['kind'],
    summary: row.summary,
    tags: [],
    expectsReply: false,
    createdAt: now,
  };
}
