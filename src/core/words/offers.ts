// Matches what the user can give to what a person needs, and suggests starter offers so no list starts empty.
import type { Person } from '../person.js';
import {
  findOfferCategory,
  offerCategories,
  type OfferCategory,
  type OfferCategoryInfo,
  type OfferItem,
} from './offer-catalogue.js';
import { clipFact, joinList } from './prose.js';
import { tokenize } from './tokens.js';

export interface OfferMatch {
  offer: OfferItem;
  reason: string;
  score: number;
}

type Source = 'need' | 'interest' | 'work' | 'tag';

/** How much a word in each of the person's fields counts: a stated need most of all. */
const sourceWeights: Record<Source, number> = { need: 3, interest: 2, work: 1, tag: 1 };
const keywordFactor = 0.5;
const universalBonus = 0.25;

/** Each meaningful word Kith knows about the person, with the field it came from. */
function personTokens(person: Person): Map<string, Source> {
  const fields: Array<[Source, string]> = [
    ['need', person.needs ?? ''],
    ...person.interests.map((interest): [Source, string] => ['interest', interest]),
    ['work', person.title ?? ''],
    ['tag', person.tags.join(' ')],
  ];
  const tokens = new Map<string, Source>();
  for (const [source, text] of fields) {
    for (const token of tokenize(text)) if (!tokens.has(token)) tokens.set(token, source);
  }
  return tokens;
}

function scoreOffer(offer: OfferItem, theirs: Map<string, Source>) {
  const info = findOfferCategory(offer.category);
  const detail = new Set(tokenize(offer.detail));
  const keywords = new Set(tokenize(info.keywords));
  let score = info.universal ? universalBonus : 0;
  const hits: Array<{ token: string; source: Source }> = [];
  for (const [token, source] of theirs) {
    const factor = detail.has(token) ? 1 : keywords.has(token) ? keywordFactor : 0;
    if (factor === 0) continue;
    score += sourceWeights[source] * factor;
    hits.push({ token, source });
  }
  return { score: Math.round(score * 100) / 100, hits, info };
}

function explain(
  person: Person,
  hits: ReadonlyArray<{ token: string; source: Source }>,
  info: OfferCategoryInfo,
): string {
  if (hits.length === 0) {
    return info.universal
      ? `${info.title}: welcome almost anywhere, even without a known need.`
      : 'No clear link to what Kith knows about them yet.';
  }
  const words = (source: Source) => hits.filter((h) => h.source === source).map((h) => h.token);
  const need = words('need');
  if (need.length > 0 && person.needs) {
    return `Fits what they need ("${clipFact(person.needs, 10)}"): ${joinList(need)}.`;
  }
  const interest = person.interests.find((i) =>
    tokenize(i).some((t) => words('interest').includes(t)),
  );
  if (interest) return `Touches their interest in ${interest}.`;
  if (words('work').length > 0 && person.title) return `Relevant to their work as ${person.title}.`;
  return `Matches how you tagged them: ${joinList(words('tag'))}.`;
}

/**
 * Ranks what the user can give this person by word overlap between the person's needs,
 * interests, title and tags and each offer's words (and, at half weight, its category's
 * keywords). Highest score first; ties keep the user's order.
 */
export function matchOffers(offers: readonly OfferItem[], person: Person): OfferMatch[] {
  const theirs = personTokens(person);
  return offers
    .map((offer, index) => {
      const { score, hits, info } = scoreOffer(offer, theirs);
      return { offer, reason: explain(person, hits, info), score, index };
    })
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map(({ offer, reason, score }) => ({ offer, reason, score }));
}

/** What Kith knows of the user that hints at what they can give; Profile fits this shape. */
export interface OfferSeed {
  headline?: string;
  targetRoles?: readonly string[];
  targetIndustries?: readonly string[];
  strengths?: readonly string[];
  interests?: readonly string[];
  location?: string | null;
}

/** Starter offers, one per category, built from the user's own words where there are any. */
export function suggestOffersFor(seed: OfferSeed): OfferItem[] {
  const industry = seed.targetIndustries?.[0];
  const strengths = (seed.strengths ?? []).slice(0, 3);
  const interest = seed.interests?.[0];
  const details: Record<OfferCategory, string> = {
    attention: "a 20-minute call to listen and think through what they're working on",
    articles: industry
      ? `articles and ideas about ${industry}`
      : 'articles and ideas I come across',
    feedback: 'clear, kind feedback on a draft, deck or CV',
    introductions: 'introductions to people I know who could help them',
    skills:
      strengths.length > 0
        ? `help with ${joinList(strengths)}`
        : 'an hour of help with something I do every day at work',
    'local-knowledge': seed.location
      ? `local tips about ${seed.location}`
      : 'local tips about where I live',
    'product-testing': 'trying their product and sending honest first impressions',
    congratulations: 'a short note when they hit a milestone: a new role, a launch, a talk',
    recommendations: 'a short, specific recommendation or reference',
    'five-minute-favours': interest
      ? `sharing their post or event with people interested in ${interest}`
      : 'sharing their post, job opening or event with my network',
  };
  return offerCategories.map((category) => ({
    category,
    detail: details[category],
  }));
}
