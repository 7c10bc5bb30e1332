// The user's brand: the value statement and introduction, and the "What can I offer?" inventory.
import { brandInputSchema, offersInputSchema, type Profile } from '../core/profile.js';
import { parseInput } from '../core/validate.js';
import {
  offerCatalogue,
  type OfferCategoryInfo,
  type OfferItem,
} from '../core/words/offer-catalogue.js';
import { suggestOffersFor } from '../core/words/offers.js';
import { buildValueStatement, type ValueStatement } from '../core/words/value-statement.js';
import {
  findProfile,
  saveBrand as writeBrand,
  saveOffers as writeOffers,
} from '../store/profile.repo.js';
import { inTransaction } from '../store/store.js';
import { timestamp, type Deps } from './deps.js';

export interface Brand {
  profile: Profile;
  /** Built from the profile's own words; missing facts are marked blanks, never invented. */
  suggestion: ValueStatement;
  /** Starter offers for someone whose inventory is still empty. */
  suggestedOffers: OfferItem[];
  catalogue: readonly OfferCategoryInfo[];
}

export async function getBrand(deps: Deps): Promise<Brand> {
  return brandOf(await findProfile(deps.store, deps.accountId));
}

export async function saveBrand(deps: Deps, input: unknown): Promise<Brand> {
  const brand = parseInput(brandInputSchema, input);
  return brandOf(
    await inTransaction(deps.store, (tx) => writeBrand(tx, deps.accountId, brand, timestamp(deps))),
  );
}

export async function saveOffers(deps: Deps, input: unknown): Promise<Brand> {
  const { offers } = parseInput(offersInputSchema, input);
  return brandOf(
    await inTransaction(deps.store, (tx) =>
      writeOffers(tx, deps.accountId, offers, timestamp(deps)),
    ),
  );
}

function brandOf(profile: Profile): Brand {
  return {
    profile,
    suggestion: buildValueStatement({
      name: profile.name || undefined,
      headline: profile.headline || undefined,
      strengths: profile.strengths,
      whoIHelp: profile.whoIHelp || undefined,
      how: profile.howIHelp || undefined,
      interests: profile.interests,
      goal: profile.goal,
    }),
    suggestedOffers: profile.offers.length === 0 ? suggestOffersFor(profile) : [],
    catalogue: offerCatalogue,
  };
}
