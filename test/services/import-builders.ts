// Builders for import scenarios: records as the formats yield them, and a whole-account snapshot to compare.
import type { ContactRecord, InvitationRecord, MessageRecord } from '../../src/formats/contact.js';
import type { Deps } from '../../src/services/deps.js';
import type { ParsedRecords } from '../../src/services/import-records.js';

let line = 1;

/** A contact as a Connections.csv row would give it, unless told otherwise. */
export function contact(name: string, fields: Partial<ContactRecord> = {}): ContactRecord {
  line += 1;
  const [givenName = null, ...rest] = name.split(' ');
  return {
    source: { format: 'linkedin-connections', file: 'Connections.csv', line },
    name,
    givenName,
    familyName: rest.join(' ') || null,
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

export function message(
  from: { name: string; url?: string },
  to: Array<{ name: string; url?: string }>,
  fields: Partial<MessageRecord> = {},
): MessageRecord {
  line += 1;
  return {
    source: { format: 'linkedin-messages', file: 'messages.csv', line },
    conversationId: 'c1',
    fromName: from.name,
    fromUrl: from.url ?? null,
    toNames: to.map((p) => p.name),
    toUrls: to.map((p) => p.url ?? null),
    sentOn: '2026-10-01',
    subject: '',
    content: 'Hello!',
    ...fields,
  };
}

export function invitation(fields: Partial<InvitationRecord> = {}): InvitationRecord {
  line += 1;
  return {
    source: { format: 'linkedin-invitations', file: 'Invitations.csv', line },
    fromName: 'Sam Rivera',
    toName: 'Dana Kim',
    sentOn: '2026-09-15',
    direction: 'outgoing',
    message: '',
    inviterUrl: null,
    inviteeUrl: 'https://www.linkedin.com/in/dana-kim',
    ...fields,
  };
}

export function parsed(records: {
  contacts?: ContactRecord[];
  messages?: MessageRecord[];
  invitations?: InvitationRecord[];
}): ParsedRecords {
  const contacts = records.contacts ?? [];
  return {
    contacts,
    messages: records.messages ?? [],
    invitations: records.invitations ?? [],
    problems: [],
    files: [{ file: 'Connections.csv', format: 'linkedin-connections', rows: contacts.length }],
  };
}

const tables = [
  'people',
  'person_tags',
  'interactions',
  'person_ties',
  'person_sources',
  'duplicate_reviews',
  'merges',
  'plan_actions',
] as const;

/** Every row the account holds in the tables an import or merge touches, in a stable order. */
export async function snapshotAccount(deps: Deps): Promise<Record<string, unknown[]>> {
  const result: Record<string, unknown[]> = {};
  for (const table of tables) {
    const rows = await deps.store.db
      .selectFrom(table)
      .selectAll()
      .where('account_id', '=', deps.accountId)
      .execute();
    result[table] = rows
      .map((row) => {
        // PostgreSQL's generated search vector follows the other columns; it is not data.
        const rest: Record<string, unknown> = { ...row };
        delete rest.search;
        return rest;
      })
      .map((row) => JSON.stringify(row, Object.keys(row).sort()))
      .sort();
  }
  return result;
}
