import { describe, expect, it } from 'vitest';
import { invitationContacts, messageContacts, type ImportMessage } from './import-conversations.js';
import { resolveMe } from './import-me.js';
import { OccurrenceCounter } from './source-key.js';

function message(fields: Partial<ImportMessage>): ImportMessage {
  return {
    source: { format: 'linkedin-messages', file: 'messages.csv', line: 2 },
    conversationId: 'c1',
    fromName: 'Sam Rivera',
    fromUrl: null,
    toNames: ['Ana Lopez'],
    toUrls: [null],
    sentOn: '2026-10-01',
    subject: '',
    content: 'Hello',
    ...fields,
  };
}

const sam = resolveMe({ given: 'Sam Rivera', conversations: [] }).me;

describe('messageContacts', () => {
  it('makes a sent message outbound to each other recipient, and a received one inbound from its sender only', () => {
    const { contacts } = messageContacts(
      [
        message({ toNames: ['Ana Lopez', 'Ben Okafor'], toUrls: [null, null] }),
        message({
          fromName: 'Ana Lopez',
          toNames: ['Sam Rivera', 'Ben Okafor'],
          toUrls: [null, null],
        }),
      ],
      sam,
      new OccurrenceCounter(),
    );
    expect(contacts.map((c) => [c.with.name, c.direction])).toEqual([
      ['Ana Lopez', 'outbound'],
      ['Ben Okafor', 'outbound'],
      ['Ana Lopez', 'inbound'],
    ]);
  });

  it("reads an old export's own direction even when it cannot tell who the user is", () => {
    const { contacts } = messageContacts(
      [
        message({ fromName: 'Ana Lopez', toNames: ['Sam'], direction: 'incoming' }),
        message({ content: 'no direction, no user: left out' }),
      ],
      null,
      new OccurrenceCounter(),
    );
    expect(contacts.map((c) => [c.with.name, c.direction])).toEqual([['Ana Lopez', 'inbound']]);
  });

  it('leaves out a row whose date cannot be read, naming the file, line and field', () => {
    const { contacts, problems } = messageContacts(
      [message({ sentOn: '31/02/2026' })],
      sam,
      new OccurrenceCounter(),
    );
    expect(contacts).toEqual([]);
    expect(problems).toEqual([
      expect.objectContaining({ file: 'messages.csv', line: 2, field: 'date', severity: 'error' }),
    ]);
  });

  it('gives two identical messages two keys, and the same keys when read again', () => {
    const twice = [message({}), message({})];
    const first = messageContacts(twice, sam, new OccurrenceCounter()).contacts.map((c) => c.key);
    const again = messageContacts(twice, sam, new OccurrenceCounter()).contacts.map((c) => c.key);
    expect(new Set(first).size).toBe(2);
    expect(again).toEqual(first);
  });
});

describe('invitationContacts', () => {
  it('is outbound to the invitee when the user sent it, and quotes the note', () => {
    const { contacts } = invitationContacts(
      [
        {
          source: { format: 'linkedin-invitations', file: 'Invitations.csv', line: 3 },
          fromName: 'Sam Rivera',
          toName: 'Dana Kim',
          sentOn: '2026-09-15',
          direction: 'outgoing',
          message: 'Loved your talk',
          inviterUrl: null,
          inviteeUrl: 'https://www.linkedin.com/in/dana-kim',
        },
      ],
      new OccurrenceCounter(),
    );
    expect(contacts).toMatchObject([
      {
        with: { name: 'Dana Kim', url: 'https://www.linkedin.com/in/dana-kim' },
        direction: 'outbound',
        channel: 'social',
        summary: 'I invited them to connect on LinkedIn: "Loved your talk"',
      },
    ]);
  });
});

describe('resolveMe', () => {
  it('recognises the user as the one person in every conversation when nothing else says', () => {
    const conversations = [
      [
        { name: 'Sam Rivera', url: 'https://www.linkedin.com/in/sam' },
        { name: 'Ana Lopez', url: null },
      ],
      [
        { name: 'Ben Okafor', url: null },
        { name: 'Sam Rivera', url: 'https://www.linkedin.com/in/sam' },
      ],
    ];
    const { me, source } = resolveMe({ given: 'Samuel', conversations });
    expect(source).toBe('messages');
    expect([...me.profiles]).toEqual(['linkedin.com/in/sam']);
  });
});
