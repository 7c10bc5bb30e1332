// The tiers the user pinned people to by hand, for advice when a layer holds more than usual.
import { isTier, type Tier } from '../core/coach/tiers.js';
import type { Store } from './store.js';

/** Everyone the user pinned to a tier: a short list, since pins are set one at a time. */
export async function findPins(
  store: Store,
  accountId: string,
): Promise<Array<{ personId: number; tier: Tier }>> {
  const rows = await store.db
    .selectFrom('person_ties')
    .select(['person_id', 'tier_pin'])
    .where('account_id', '=', accountId)
    .where('tier_pin', 'is not', null)
    .execute();
  return rows.flatMap((row) => {
    const tier = Number(row.tier_pin);
    return isTier(tier) ? [{ personId: Number(row.person_id), tier }] : [];
  });
}
