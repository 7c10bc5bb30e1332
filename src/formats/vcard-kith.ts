// Kith's own vCard properties, for what vCard has no word for: written on export and read back on
// import, so a Kith export round-trips every field. Other address books keep X- properties as is.
import type { ContactRecord } from './contact.js';
import type { Card } from './vcard-card.js';

export const kithProperty = {
  howWeMet: 'X-KITH-HOW-WE-MET',
  /** One property per interest: an interest may hold a comma. */
  interest: 'X-KITH-INTEREST',
  needs: 'X-KITH-NEEDS',
  offers: 'X-KITH-OFFERS',
  doNotContact: 'X-KITH-DO-NOT-CONTACT',
} as const;

/** PRODID of Kith's exports: their categories are Kith tags, kept even when named like Google's groups. */
export const kithProductId = '-//Kith//Kith networking coach//EN';

type KithFields = Pick<
  ContactRecord,
  'howWeMet' | 'interests' | 'needs' | 'offers' | 'doNotContact'
>;

/** Only the fields the card carries, so records from other address books stay as they were. */
export function readKithFields(card: Card): KithFields {
  const fields: KithFields = {};
  const first = (name: string) => values(card, name)[0];
  const howWeMet = first(kithProperty.howWeMet);
  if (howWeMet !== undefined) fields.howWeMet = howWeMet;
  const interests = values(card, kithProperty.interest);
  if (interests.length > 0) fields.interests = [...new Set(interests)];
  const needs = first(kithProperty.needs);
  if (needs !== undefined) fields.needs = needs;
  const offers = first(kithProperty.offers);
  if (offers !== undefined) fields.offers = offers;
  const doNotContact = first(kithProperty.doNotContact);
  if (doNotContact !== undefined) fields.doNotContact = /^(true|yes|1)$/i.test(doNotContact);
  return fields;
}

function values(card: Card, name: string): string[] {
  return card
    .properties(name)
    .map((property) => card.value(property))
    .filter((value) => value !== '');
}
