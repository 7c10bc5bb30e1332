// Give first: what the user could offer one person, ranked by what Kith knows they need.
import { notFound } from '../core/errors.js';
import { matchOffers, type OfferMatch } from '../core/words/offers.js';
import { findPerson } from '../store/people.repo.js';
import { findProfile } from '../store/profile.repo.js';
import type { Deps } from './deps.js';

export interface GiveFirst {
  /** The best few offers for this person, best first; empty when the user has noted none. */
  matches: OfferMatch[];
  /** How many offers the user has noted in all. */
  offerCount: number;
}

export async function offersForPerson(
  deps: Deps,
  input: { id: number; limit?: number },
): Promise<GiveFirst> {
  const [person, profile] = await Promise.all([
    findPerson(deps.store, deps.accountId, input.id),
    findProfile(deps.store, deps.accountId),
  ]);
  if (!person) throw notFound(`Person ${input.id}`);
  return {
    matches: matchOffers(profile.offers, person).slice(0, input.limit ?? 3),
    offerCount: profile.offers.length,
  };
}
