import { describe, expect, it } from 'vitest';
import { readFixture } from '../../test/fixture-files.js';
import type { MessageRecord } from './contact.js';
import { parseLinkedInMessages, splitRecipients } from './linkedin-messages.js';

const parse = (name: string) =>
  parseLinkedInMessages(readFixture(`linkedin/${name}`), { file: name });
const me = 'https://www.linkedin.com/in/jordanpike';
const ines = 'https://www.linkedin.com/in/ines-okafor-l-3b2a91';

describe('parseLinkedInMessages', () => {
  it('reads the 2026 fully quoted file: multi-line content in LF and CRLF, several recipients', () => {
    const file = 'messages.csv';
    const { records, problems } = parse(file);
    const source = (line: number) => ({ format: 'linkedin-messages' as const, file, line });
    expect(records).toEqual<MessageRecord[]>([
      {
        source: source(2),
        conversationId: '2-YTQ1ZjI0',
        fromName: 'Jordan Pike',
        fromUrl: me,
        toNames: ['Ines Okafor-Lindqvist'],
        toUrls: [ines],
        sentOn: '2026-02-08',
        sentAt: '2026-02-08T14:03:22Z',
        subject: '',
        content:
          'Hi Ines,\nThanks for connecting. Your talk on "people analytics" was great.\n\nCoffee next week?\nJordan',
      },
      {
        source: source(7),
        conversationId: '2-YTQ1ZjI0',
        fromName: 'Ines Okafor-Lindqvist',
        fromUrl: ines,
        toNames: ['Jordan Pike'],
        toUrls: [me],
        sentOn: '2026-02-09',
        sentAt: '2026-02-09T08:15:00Z',
        subject: '',
        // The file has CRLF inside this cell; line breaks in cells are read as \n.
        content:
          'Happy to! Tuesday works.\nIn the meantime, here is the deck: https://example.com/deck',
      },
      {
        source: source(9),
        conversationId: '2-Z3JvdXA',
        fromName: 'Jordan Pike',
        fromUrl: me,
        toNames: ['Jonah Doe, Ph.D.', 'Zoë Brandt 🌿'],
        toUrls: [
          'https://www.linkedin.com/in/jonah-doe-phd',
          'https://www.linkedin.com/in/zo%C3%AB-brandt',
        ],
        sentOn: '2026-03-01',
        sentAt: '2026-03-01T19:45:10Z',
        subject: 'Reading group',
        content: 'Next book: "The Strength of Weak Ties", chapter 2.',
      },
      {
        source: source(12),
        conversationId: '2-bWVtYmVy',
        fromName: 'LinkedIn Member',
        fromUrl: null,
        toNames: ['Jordan Pike'],
        toUrls: [me],
        sentOn: '2026-03-04',
        sentAt: '2026-03-04T12:00:00Z',
        subject: '',
        content: 'Saw your post about mentoring. Thank you.',
      },
    ]);
    expect(problems).toEqual([
      {
        file,
        line: 10,
        field: 'IS MESSAGE DRAFT',
        message: 'A draft that was never sent; skipped.',
        severity: 'warning',
      },
      {
        file,
        line: 11,
        field: 'CONTENT',
        message: 'Sponsored InMail (an advertisement); skipped.',
        severity: 'warning',
      },
      {
        file,
        line: 13,
        field: 'DATE',
        message: '“sometime last week” is not a date Kith recognises; the message was skipped.',
        severity: 'error',
      },
    ]);
  });

  it('reads the 2020–23 nine-column file, which has no recipient URLs', () => {
    const { records, problems } = parse('messages-2022.csv');
    expect(problems).toEqual([]);
    expect(
      records.map((r) => [r.source.line, r.fromName, r.toNames, r.toUrls, r.sentOn, r.content]),
    ).toEqual([
      [
        2,
        'Odile Fairweather',
        ['Jordan Pike'],
        [null],
        '2022-05-17',
        'Lovely to meet you at the book fair, Jordan!',
      ],
      [
        3,
        'Jordan Pike',
        ['Odile Fairweather'],
        [null],
        '2022-05-18',
        'Likewise. Let me know when the anthology is out.',
      ],
      [
        4,
        'Jordan Pike',
        ['Kwame Asante-Boateng', 'Hollis Quartermaine'],
        [null, null],
        '2022-06-01',
        'Kwame, meet Hollis.\nHollis, meet Kwame.',
      ],
    ]);
  });

  it('reads the ≤2018 Messages.csv, whose Direction column says who sent what', () => {
    const { records, problems } = parse('messages-2018.csv');
    expect(problems).toEqual([]);
    expect(
      records.map((r) => [r.source.line, r.fromName, r.toNames, r.direction, r.sentOn, r.sentAt]),
    ).toEqual([
      [
        2,
        'Marguerite Oyelaran-Voss',
        ['Jordan Pike'],
        'incoming',
        '2018-11-05',
        '2018-11-05T09:14:00',
      ],
      [
        3,
        'Jordan Pike',
        ['Marguerite Oyelaran-Voss'],
        'outgoing',
        '2018-11-04',
        '2018-11-04T18:30:00',
      ],
    ]);
    expect(records[1]?.content).toBe('Hi Marguerite,\ncould you check these numbers?');
  });
});

describe('splitRecipients', () => {
  it.each([
    ['Ana Lopez', 'u1', ['Ana Lopez'], ['u1'], true],
    ['Doe, Ph.D.', 'u1', ['Doe, Ph.D.'], ['u1'], true],
    ['Ana Lopez, Ben Ito', 'u1,u2', ['Ana Lopez', 'Ben Ito'], ['u1', 'u2'], true],
    ['Jo King, Jr., Sam Vo, MBA', 'u1,u2', ['Jo King, Jr.', 'Sam Vo, MBA'], ['u1', 'u2'], true],
    ['Ana Lopez, Ben Ito', '', ['Ana Lopez', 'Ben Ito'], [null, null], true],
    ['Ana, the Bold, Ben Ito', 'u1,u2', ['Ana', 'the Bold', 'Ben Ito'], [null, null, null], false],
    ['', '', [], [], true],
  ])('splits %j with URLs %j', (to, urls, names, paired, ok) => {
    expect(splitRecipients(to, urls)).toEqual({ names, urls: paired, paired: ok });
  });
});
