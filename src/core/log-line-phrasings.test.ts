// The phrasings a user would expect the one-line log to understand, each read with `today` and the
// date order passed in. Only what the line says is read: no channel is guessed.
import { describe, expect, it } from 'vitest';
import type { DateOrder } from './date-order.js';
import { parseLogLine } from './log-line.js';

// 2026-11-30 is a Monday.
const today = '2026-11-30';

interface Reading {
  names: string[];
  channel: string;
  kind: string;
  direction: string;
  occurredOn: string;
}

const read = (line: string, dateOrder: DateOrder = 'DMY'): Reading => {
  const parsed = parseLogLine(line, { today, dateOrder });
  const { channel, kind, direction, occurredOn } = parsed;
  return { names: parsed.personNames, channel, kind, direction, occurredOn };
};

describe('phrasings people use', () => {
  const cases: Array<[string, string, Reading]> = [
    [
      'reads an informal "intro\'d" as an introduction made to me, on no channel',
      "Chidi intro'd me to her manager last week",
      {
        names: ['Chidi'],
        channel: 'other',
        kind: 'intro',
        direction: 'inbound',
        occurredOn: '2026-11-23',
      },
    ],
    [
      'reads a lower-case name after "email from" and keeps "re" as the topic',
      'email from rachel lowe re Booking.com',
      {
        names: ['Rachel Lowe'],
        channel: 'email',
        kind: 'catch-up',
        direction: 'inbound',
        occurredOn: today,
      },
    ],
    [
      'reads "bumped into" someone at a festival as an event',
      'bumped into Devendra at Manchester Tech Festival',
      {
        names: ['Devendra'],
        channel: 'event',
        kind: 'catch-up',
        direction: 'mutual',
        occurredOn: today,
      },
    ],
    [
      'reads sending a CV as an ask to a lower-case name after "to"',
      'sent my CV to rachel yesterday',
      {
        names: ['Rachel'],
        channel: 'other',
        kind: 'ask',
        direction: 'outbound',
        occurredOn: '2026-11-29',
      },
    ],
    [
      'reads "w" as "with" and "last wk" as last week',
      "video call w Sam O'Neil last wk",
      {
        names: ["Sam O'Neil"],
        channel: 'video',
        kind: 'catch-up',
        direction: 'mutual',
        occurredOn: '2026-11-23',
      },
    ],
    [
      'keeps a plan in another clause out of the date',
      'Sam Patel replied on linkedin, happy to chat next week',
      {
        names: ['Sam Patel'],
        channel: 'message',
        kind: 'catch-up',
        direction: 'inbound',
        occurredOn: today,
      },
    ],
    [
      'reads a typo of coffee as a meeting and "on monday" said on a Monday as a week ago',
      'coffe with Priya Sha on monday',
      {
        names: ['Priya Sha'],
        channel: 'meeting',
        kind: 'catch-up',
        direction: 'mutual',
        occurredOn: '2026-11-23',
      },
    ],
    [
      'keeps a trailing word after a comma as a note, not a name',
      'lunch with Kate Morrison on 10 Oct, awkward',
      {
        names: ['Kate Morrison'],
        channel: 'meeting',
        kind: 'catch-up',
        direction: 'mutual',
        occurredOn: '2026-10-10',
      },
    ],
    [
      'reads a meetup as an event and a day and month',
      'met Jo at the Leeds data meetup on 3 Nov',
      {
        names: ['Jo'],
        channel: 'event',
        kind: 'catch-up',
        direction: 'mutual',
        occurredOn: '2026-11-03',
      },
    ],
    [
      'finds two short names',
      'lunch with Dev and Ana yesterday',
      {
        names: ['Dev', 'Ana'],
        channel: 'meeting',
        kind: 'catch-up',
        direction: 'mutual',
        occurredOn: '2026-11-29',
      },
    ],
    [
      'does not guess email for an introduction',
      'Chidi Eze introduced me to the Wise hiring manager',
      {
        names: ['Chidi Eze'],
        channel: 'other',
        kind: 'intro',
        direction: 'inbound',
        occurredOn: today,
      },
    ],
    [
      'reads a lower-case name after a contact verb',
      'emailed hannah schmidt on friday',
      {
        names: ['Hannah Schmidt'],
        channel: 'email',
        kind: 'catch-up',
        direction: 'outbound',
        occurredOn: '2026-11-27',
      },
    ],
    [
      "reads a comment on someone's post as a social touch I made",
      "commented on Ana Lopez's post",
      {
        names: ['Ana Lopez'],
        channel: 'social',
        kind: 'catch-up',
        direction: 'outbound',
        occurredOn: today,
      },
    ],
    [
      'does not take what I was endorsed for as a person',
      'Thomas Wright endorsed me for SQL',
      {
        names: ['Thomas Wright'],
        channel: 'social',
        kind: 'catch-up',
        direction: 'inbound',
        occurredOn: today,
      },
    ],
    [
      'reads sending an article as a give',
      'sent Maria Gonzalez the survey article',
      {
        names: ['Maria Gonzalez'],
        channel: 'other',
        kind: 'give',
        direction: 'outbound',
        occurredOn: today,
      },
    ],
    [
      'reads an offer to introduce as a give, not an intro yet',
      'Marcus Bell offered to introduce me to his CTO',
      {
        names: ['Marcus Bell'],
        channel: 'other',
        kind: 'give',
        direction: 'inbound',
        occurredOn: today,
      },
    ],
    [
      'reads a chat on a messaging app "with" someone as mutual',
      'whatsapp with Aisha Karim',
      {
        names: ['Aisha Karim'],
        channel: 'message',
        kind: 'catch-up',
        direction: 'mutual',
        occurredOn: today,
      },
    ],
    [
      'reads a voicemail I left as a call I started',
      'left a voicemail for Gareth Price',
      {
        names: ['Gareth Price'],
        channel: 'call',
        kind: 'catch-up',
        direction: 'outbound',
        occurredOn: today,
      },
    ],
    [
      "reads a line that starts with someone's talk",
      "Kate Morrison's talk at the analytics conference, said hi after",
      {
        names: ['Kate Morrison'],
        channel: 'event',
        kind: 'catch-up',
        direction: 'mutual',
        occurredOn: today,
      },
    ],
  ];

  it.each(cases)('%s', (_name, line, expected) => {
    expect(read(line)).toEqual(expected);
  });

  it('offers a shorter reading of a lower-case name whose end is a guess', () => {
    expect(parseLogLine('email from rachel lowe re the role', { today }).people).toEqual([
      { text: 'Rachel Lowe', alternatives: ['Rachel'] },
    ]);
  });

  it('gives no alternatives for a capitalised full name', () => {
    expect(parseLogLine('lunch with Kate Morrison', { today }).people).toEqual([
      { text: 'Kate Morrison', alternatives: [] },
    ]);
  });

  it('says which reading of an ambiguous numeric date it took', () => {
    expect(parseLogLine('called Sam on 03/11/2026', { today, dateOrder: 'DMY' }).notes).toEqual([
      'Read 03/11/2026 as 3 November 2026 (day first, as your dates are set)',
    ]);
  });
});

describe('what the sixteenth set taught', () => {
  const cases: Array<[string, string, Partial<Reading>]> = [
    [
      'reads a document of their firm sent to me as a give',
      "lucy patel sent over astrazeneca's data team org chart",
      { names: ['Lucy Patel'], kind: 'give', direction: 'inbound' },
    ],
    [
      'reads a possessive of a plural name before what was sent',
      "daniel okoro sent me barclays' model risk reading list",
      { kind: 'give', direction: 'inbound' },
    ],
    [
      'reads work swapped both ways as a give that went both ways',
      'lee jordan and i swapped interview notes on a call',
      { channel: 'call', kind: 'give', direction: 'mutual' },
    ],
    [
      'reads news that a role is gone as a catch-up, from them when written',
      'aisha khan - email - says the insight role is paused til march',
      { channel: 'email', kind: 'catch-up', direction: 'inbound' },
    ],
    [
      'reads a post that has gone as a role, not a thing sent',
      'katie morris emailed back saying the bbc researcher post has gone',
      { kind: 'catch-up', direction: 'inbound' },
    ],
    [
      'reads asking whether a firm takes career changers as a catch-up',
      'rang sam patel asking if ocado takes career changers',
      { channel: 'call', kind: 'catch-up', direction: 'outbound' },
    ],
    [
      "reads an event's page as no event",
      'sent zoe the pydata leeds event page',
      { channel: 'other', kind: 'give' },
    ],
    [
      'reads a meeting at a named awards night as an event',
      'ran into wei chen at the uk ai awards fri',
      { channel: 'event', occurredOn: '2026-11-27' },
    ],
    [
      "reads a reply to the user's post as social",
      'gareth price replied to my post about the actuarial exams',
      { channel: 'social', direction: 'inbound' },
    ],
    [
      'reads a view of my profile as social and from them',
      'lucy patel looked at my linkedin profile',
      { channel: 'social', kind: 'catch-up', direction: 'inbound' },
    ],
    [
      'reads a dm to me as from them, after where they come from',
      "Beatriz Santos from the women in data slack dm'd me, wants a coffee in jan",
      { channel: 'message', direction: 'inbound' },
    ],
    [
      'reads an intro offered to someone named after a comma as an intro',
      "ben ng said he'd introduce me to his director, tom",
      { names: ['Ben Ng'], kind: 'intro' },
    ],
    [
      'reads a name after "chase to"',
      '3rd chase to rachel lowe by email re feedback',
      { names: ['Rachel Lowe'], channel: 'email', kind: 'follow-up', direction: 'outbound' },
    ],
    [
      'reads a name after a voicemail left for them',
      'left vm for emma clark',
      { names: ['Emma Clark'], channel: 'call', direction: 'outbound' },
    ],
    [
      'reads two people put in touch as an intro the user made',
      'put lucy patel and emily clarke in touch re nhs data',
      { names: ['Lucy Patel', 'Emily Clarke'], kind: 'intro', direction: 'outbound' },
    ],
    [
      'reads two people connected as an intro the user made',
      'connected gareth and owen - both at admiral',
      { names: ['Gareth', 'Owen'], kind: 'intro', direction: 'outbound' },
    ],
    [
      'reads a name after a dash that ends a line describing someone',
      'emailed the hays recruiter back - olivia',
      { names: ['Olivia'], channel: 'email', direction: 'outbound' },
    ],
  ];

  it.each(cases)('%s', (_name, line, expected) => {
    expect(read(line)).toMatchObject(expected);
  });

  it('keeps someone described when what follows the dash is no name', () => {
    expect(parseLogLine('rang the hays recruiter back - friday', { today }).people).toEqual([
      { text: 'the hays recruiter', alternatives: [], described: true, company: 'hays' },
    ]);
  });
});

describe('what the seventeenth set taught', () => {
  const cases: Array<[string, string, Partial<Reading>]> = [
    [
      "reads a firm's thing sent to me as a give, whatever the thing",
      "wei sent me arm's ML residency details",
      { names: ['Wei'], kind: 'give', direction: 'inbound' },
    ],
    [
      'reads my cv passed on by the contact as their give',
      'siobhan murphy sent my cv on to the stripe hiring manager',
      { names: ['Siobhan Murphy'], kind: 'give', direction: 'inbound' },
    ],
    [
      'still reads my cv sent by me as an ask',
      'sent my cv to marcus bell for the starling data role',
      { kind: 'ask', direction: 'outbound' },
    ],
    [
      "still reads a message sent to me as no give, a firm's or not",
      "dan texted me a quick note about monzo's team",
      { kind: 'catch-up' },
    ],
  ];

  it.each(cases)('%s', (_name, line, expected) => {
    expect(read(line)).toMatchObject(expected);
  });
});
