// Reads the committed fixture files (test/fixtures/…) as bytes, exactly as a user would upload them.
import { readFileSync } from 'node:fs';
import type { ContactRecord, SourceFormat } from '../src/formats/contact.js';
import { makeContact } from '../src/formats/contact-fields.js';

export function readFixture(path: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`./fixtures/${path}`, import.meta.url)));
}

/** A ContactRecord with every field empty but those given: golden expectations state only what matters. */
export function contact(
  source: { format: SourceFormat; file: string; line: number },
  fields: Partial<Omit<ContactRecord, 'source'>> & { name: string },
): ContactRecord {
  const { name, ...rest } = fields;
  return makeContact(source, name, rest);
}
