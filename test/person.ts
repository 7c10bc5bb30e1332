// A stored Person for tests of writers and readers: Ana López with nothing else, unless given.
import type { Person } from '../src/core/person.js';

export function personWith(fields: Partial<Person> = {}): Person {
  return {
    id: 1,
    name: 'Ana López',
    emails: [],
    phones: [],
    company: null,
    title: null,
    location: null,
    linkedinUrl: null,
    tags: [],
    howWeMet: null,
    interests: [],
    needs: null,
    offers: null,
    notes: null,
    doNotContact: false,
    createdAt: '2026-11-25T12:00:00.000Z',
    updatedAt: '2026-11-26T08:30:00.000Z',
    ...fields,
  };
}
