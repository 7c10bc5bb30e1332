// Re-ranks the strongest ties into keep-in-touch tiers for the day, and moves their due dates to match.
import { scoreTie } from '../core/coach/tie-strength.js';
import { assignTiers, scheduleFor, type Tier } from '../core/coach/tiers.js';
import type { Store } from '../store/store.js';
import {
  findHottestIds,
  findTieredIds,
  loadRankingRows,
  rowToSettings,
  rowToSummary,
  updateTieSchedule,
} from '../store/ties.repo.js';

/**
 * How many of the hottest ties (by decayed intensity) are scored for ranking. The inner tiers
 * hold 150; ranking the top 400 by intensity, plus everyone already tiered or pinned, finds
 * them without scoring the whole network.
 */
const rankingPool = 400;

export async function retier(store: Store, accountId: string, today: string): Promise<string[]> {
  const [hottest, tiered] = await Promise.all([
    findHottestIds(store, accountId, rankingPool).then((rows) =>
      rows.map((row) => Number(row.person_id)),
    ),
    findTieredIds(store, accountId),
  ]);
  const rows = await loadRankingRows(store, accountId, [...new Set([...hottest, ...tiered])]);
  const { tiers, warnings } = assignTiers(
    rows.map((row) => ({
      personId: Number(row.person_id),
      score: scoreTie(rowToSummary(row), today).score,
      pinned: rowToSettings(row).tierPin,
    })),
  );
  for (const row of rows) {
    const tier: Tier = tiers.get(Number(row.person_id)) ?? 5;
    if (tier === Number(row.tier)) continue;
    const due = scheduleFor({
      personId: Number(row.person_id),
      tier,
      cadenceDays: rowToSettings(row).cadenceDays,
      lastOn: row.last_on,
      addedOn: row.created_at.slice(0, 10),
      doNotContact: Boolean(row.do_not_contact),
    });
    await updateTieSchedule(store, accountId, Number(row.person_id), {
      tier,
      due_on: due?.dueOn ?? null,
      overdue_on: due?.overdueOn ?? null,
    });
  }
  return warnings;
}
