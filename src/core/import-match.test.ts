import { describe, expect, it } from 'vitest';
import type { ImportContact } from './import-contact.js';
import { holdsPhones, prepareRecords } from './import-match.js';

function contact(name: string, phones: string[] = []): ImportContact {
  return {
    source: { format: 'google-csv', file: 'contacts.csv', line: 2 },
    name,
    emails: [],
    phones,
    company: null,
    title: null,
    location: null,
    linkedinUrl: null,
    tags: [],
    notes: null,
    connectedOn: null,
    urls: [],
    birthday: null,
  };
}

const prepare = (contacts: ImportContact[], region: string | null = 'GB') =>
  prepareRecords({ contacts, messages: [], invitations: [], me: null, region });

describe('holdsPhones', () => {
  it.each([
    ['no record has a phone', [contact('Ana Lopez'), contact('Ben Okafor')], false],
    [
      'one record of several has a phone',
      [contact('Ana Lopez'), contact('Ben', ['07700 900123'])],
      true,
    ],
    ['the only phone is unreadable, so it is no key', [contact('Ana Lopez', ['call me'])], false],
    ['there are no records', [], false],
  ])('is %s → %s', (_, contacts, expected) => {
    expect(holdsPhones(prepare(contacts))).toBe(expected);
  });

  it('is false for a local number with no region to read it by: it is kept, but it is no key', () => {
    expect(holdsPhones(prepare([contact('Ben Okafor', ['07700 900123'])], null))).toBe(false);
  });
});
