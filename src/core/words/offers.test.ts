import { describe, expect, it } from 'vitest';
import { completePerson, type NewPerson, type Person } from '../person.js';
import { emptyProfile } from '../profile.js';
import { offerCatalogue, offerCategories, type OfferItem } from './offer-catalogue.js';
import { matchOffers, suggestOffersFor } from './offers.js';

function person(fields: NewPerson): Person {
  return { id: 1, createdAt: '2026-01-01', updatedAt: '2026-01-01', ...completePerson(fields) };
}

const offers: OfferItem[] = [
  { category: 'introductions', detail: 'intro to a hospital buyer' },
  { category: 'local-knowledge', detail: 'tips on living in Lisbon' },
  { category: 'feedback', detail: 'feedback on pitch decks' },
  { category: 'attention', detail: 'a call to think a decision through' },
];

describe('offerCatalogue', () => {
  it('explains every category with examples, in order', () => {
    expect(offerCatalogue.map((entry) => entry.category)).toEqual([...offerCategories]);
    for (const entry of offerCatalogue) {
      expect(entry.explanation.length).toBeGreaterThan(40);
      expect(entry.examples.length).toBeGreaterThanOrEqual(2);
    }
  });
});

describe('matchOffers', () => {
  it.each([
    { needs: 'feedback on their pitch deck', first: 'feedback on pitch decks' },
    { needs: 'relocating to Lisbon next year', first: 'tips on living in Lisbon' },
    { needs: 'a buyer at a hospital', first: 'intro to a hospital buyer' },
  ])('ranks the offer that fits "$needs" first', ({ needs, first }) => {
    const ranked = matchOffers(offers, person({ name: 'Ana', needs }));
    expect(ranked[0]?.offer.detail).toBe(first);
    expect(ranked[0]?.reason).toContain(needs);
    expect(ranked[0]?.score).toBeGreaterThan(ranked[1]?.score ?? 0);
  });

  it('counts a shared interest, at less weight than a stated need', () => {
    const byInterest = matchOffers(offers, person({ name: 'Ana', interests: ['pitch coaching'] }));
    const byNeed = matchOffers(offers, person({ name: 'Ana', needs: 'pitch coaching' }));
    expect(byInterest[0]?.offer.category).toBe('feedback');
    expect(byInterest[0]?.reason).toContain('interest in pitch coaching');
    expect(byNeed[0]?.score).toBeGreaterThan(byInterest[0]?.score ?? 0);
  });

  it('still ranks offers welcome to anyone above the rest when nothing is known', () => {
    const ranked = matchOffers(offers, person({ name: 'Ana' }));
    expect(ranked[0]?.offer.category).toBe('attention');
    expect(ranked.slice(1).map((m) => m.offer.detail)).toEqual(
      offers.filter((o) => o.category !== 'attention').map((o) => o.detail),
    );
  });

  it('returns every offer once and the same order each time', () => {
    const who = person({ name: 'Ana', needs: 'feedback', interests: ['Lisbon'] });
    expect(matchOffers(offers, who)).toHaveLength(offers.length);
    expect(matchOffers(offers, who)).toEqual(matchOffers(offers, who));
  });
});

describe('suggestOffersFor', () => {
  it('starts an empty profile with one offer per category', () => {
    const suggested = suggestOffersFor(emptyProfile);
    expect(suggested.map((o) => o.category)).toEqual([...offerCategories]);
    for (const offer of suggested) expect(offer.detail).not.toBe('');
  });

  it('uses the user’s own strengths, industry and place', () => {
    const suggested = suggestOffersFor({
      targetIndustries: ['climate tech'],
      strengths: ['SQL', 'clear writing'],
      location: 'Lisbon',
    });
    const details = suggested.map((o) => o.detail).join('\n');
    expect(details).toContain('help with SQL and clear writing');
    expect(details).toContain('articles and ideas about climate tech');
    expect(details).toContain('local tips about Lisbon');
  });
});
