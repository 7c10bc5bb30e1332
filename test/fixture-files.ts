// Reads the committed fixture files (test/fixtures/…) as bytes, exactly as a user would upload them.
import { readFileSync } from 'node:fs';
import type { ContactRecord, SourceFormat } from '../src/formats/contact.js';

export function readFixture(path: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`./fixtures/${path}`, import.meta.url)));
}

/** A ContactRecord with every field empty but those given: golden expectations state only what matters. */
export function contact(
  source: { format: SourceFormat; file: string; line: number },
  fields: Partial<Omit<ContactRecord, 'source'>> & { name: string },
): ContactRecord {
  return {
    source,
    givenName: null,
    familyName: null,
    emails: [],
    phones: [],
    company: null,
    title: null,
    location: null,
    linkedinUrl: null,
    tags: [],
    notes: null,
    connectedOn: null,
    urls: [],
    birthday: null,
    ...fields,
  };
}
