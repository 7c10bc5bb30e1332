// Words a user sees for each file format Kith reads: what the file is, and what one of its rows is.
// Shared with the web app, so it imports types only (see docs/decisions/0003-one-source-for-rules.md).
import type { SourceFormat } from './contact.js';

export interface FormatWords {
  /** What the file was recognised as. */
  name: string;
  /** What one of its rows is. */
  one: string;
  many: string;
}

export const formatWords: Record<SourceFormat, FormatWords> = {
  vcard: { name: 'vCard contacts', one: 'contact', many: 'contacts' },
  'google-csv': { name: 'Google Contacts', one: 'contact', many: 'contacts' },
  'outlook-csv': { name: 'Outlook contacts', one: 'contact', many: 'contacts' },
  'kith-csv': { name: 'Kith export', one: 'person', many: 'people' },
  'linkedin-connections': { name: 'LinkedIn connections', one: 'connection', many: 'connections' },
  'linkedin-messages': { name: 'LinkedIn messages', one: 'message', many: 'messages' },
  'linkedin-invitations': { name: 'LinkedIn invitations', one: 'invitation', many: 'invitations' },
};

/**
 * "Google Contacts · 3 contacts", or "odd-format · 3 rows" for a name from an older report.
 * Counts come in already formatted, so each edge keeps its own number style.
 */
export function describeFormatRows(format: string, rows: number, count: string): string {
  if (!isKnownFormat(format)) return `${format} · ${count} ${rows === 1 ? 'row' : 'rows'}`;
  const words = formatWords[format];
  return `${words.name} · ${count} ${rows === 1 ? words.one : words.many}`;
}

function isKnownFormat(format: string): format is SourceFormat {
  return Object.hasOwn(formatWords, format);
}
