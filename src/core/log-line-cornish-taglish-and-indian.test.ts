// Round 131: a Truro garden designer's Cornish notes, an Edinburgh nurse's careful Scottish English,
// a Manchester care coordinator's Taglish, a Kerala-born tester's Indian English, a Norwich job-club
// member's notes and a former navy chief's clipped log. A short weekday before where ("fri at Old
// Street") and "last night on WhatsApp" keep their day; a line may open with where someone works
// and a dash, or with who they are to the user; work wanted done for a client is given; a message
// sent to ask if a firm takes people on asks; likes, comments, follows and requests on what is the
// user's came from the contact.
import { describe, expect, it } from 'vitest';
import { parseLogLine } from './log-line.js';
import { read as readPlain, readsAs, today } from '../../test/log-line-table.js';

describe('Cornish, Scottish, Taglish, Indian English and a navy log, read', () => {
  readsAs([
    [
      'Priya Desai - coffee fri at Old Street',
      ['Priya Desai'],
      '2026-11-27',
      'meeting',
      'catch-up',
      'mutual',
    ],
    [
      "Sam O'Neil messaged me last night on WhatsApp",
      ["Sam O'Neil"],
      '2026-11-29',
      'message',
      'catch-up',
      'inbound',
    ],
    [
      'Sam Patel messaged me kagabi sa WhatsApp, kumusta lang',
      ['Sam Patel'],
      '2026-11-29',
      'message',
      'catch-up',
      'inbound',
    ],
    [
      'ate Margaret Okafor sent me the job spec for the HR post, deadline daw 18/12',
      ['Margaret Okafor'],
      today,
      'other',
      'give',
      'inbound',
    ],
    [
      'ni-follow ko na si Chloé Dubois sa LinkedIn',
      ['Chloé Dubois'],
      today,
      'social',
      'catch-up',
      'outbound',
    ],
    [
      'nag-connect ako kay Jennifer Dizon sa LinkedIn, kababayan',
      ['Jennifer Dizon'],
      today,
      'social',
      'catch-up',
      'outbound',
    ],
    [
      "followed Matt Harvey's garden design page",
      ['Matt Harvey'],
      today,
      'social',
      'catch-up',
      'outbound',
    ],
    [
      'wei chen - LI comment on my resettlement post, v kind',
      ['Wei Chen'],
      today,
      'social',
      'catch-up',
      'inbound',
    ],
    [
      'connection request off a fella called darren hewitt from amazon',
      ['Darren Hewitt'],
      today,
      'social',
      'catch-up',
      'inbound',
    ],
    [
      "Intercom's Niamh Kelly emailed thurs - they've a Delivery Lead opening in Dublin",
      ['Niamh Kelly'],
      '2026-11-26',
      'email',
      'give',
      'inbound',
    ],
    [
      "Deloitte's Elizabeth Taylor asked if I'd speak at their veterans network in Jan",
      ['Elizabeth Taylor'],
      today,
      'other',
      'ask',
      'inbound',
    ],
    [
      'Requested Marcus Bell over LinkedIn message for a referral at Starling on 3rd Nov.',
      ['Marcus Bell'],
      '2026-11-03',
      'message',
      'ask',
      'outbound',
    ],
    [
      'Informed Margaret Okafor by email that I have cleared the ISTQB exam, she had asked me to keep her posted.',
      ['Margaret Okafor'],
      today,
      'email',
      'give',
      'outbound',
    ],
    [
      'Ex-colleague Anoop Thomas emailed on 23-11 asking me for a reference for his visa application.',
      ['Anoop Thomas'],
      '2026-11-23',
      'email',
      'ask',
      'inbound',
    ],
    [
      'Recruiter named Tom Fielding from Harvey Nash called me regarding an automation tester contract.',
      ['Tom Fielding'],
      today,
      'call',
      'give',
      'inbound',
    ],
    [
      'Beryl Tremayne messaged, wants me to do her front garden in the new year',
      ['Beryl Tremayne'],
      today,
      'message',
      'give',
      'inbound',
    ],
    [
      'emma clark from lloyds wants 12 planters done for the branch in truro',
      ['Emma Clark'],
      today,
      'other',
      'give',
      'inbound',
    ],
    [
      'Emailed Sam Patel on the 20th to ask if Ocado take on career changers in their data team.',
      ['Sam Patel'],
      '2026-11-20',
      'email',
      'ask',
      'outbound',
    ],
  ]);
});

describe('what stays as it was', () => {
  readsAs([
    [
      'emailed jo bennett asking if leeds data co is hiring',
      ['Jo Bennett'],
      today,
      'email',
      'catch-up',
      'outbound',
    ],
    ['recruiter called me back', [], today, 'call', 'catch-up', 'inbound'],
    [
      'kate morrison wants me to do a talk at their meetup',
      ['Kate Morrison'],
      today,
      'event',
      'ask',
      'inbound',
    ],
  ]);
});

describe('"ate" with no Tagalog in the line', () => {
  it('is the English verb', () => {
    expect(readPlain('ate Dishoom with Kate Morrison, lovely').personNames).toEqual([
      'Kate Morrison',
    ]);
  });
});

describe('a line opening with where someone works, then a dash', () => {
  const places = new Set(['ocado', 'arup', 'hays']);
  const read = (line: string) =>
    parseLogLine(line, {
      today,
      dateOrder: 'DMY',
      isWorkplace: (name) => places.has(name.toLowerCase()),
    });
  it.each([
    [
      'Ocado - Sam P - coffee 10/11, says Ocado Tech PMO hiring in Q1',
      'Sam P',
      'Ocado',
      '2026-11-10',
    ],
    ['Arup - T Wright - lunch 1230 fri', 'T Wright', 'Arup', '2026-11-27'],
    ["Hays - Olivia - RV'd at their Plymouth office 0930 thurs", 'Olivia', 'Hays', '2026-11-26'],
  ])('"%s"', (line, name, company, date) => {
    const result = read(line);
    expect(result.people.map((person) => [person.text, person.company])).toEqual([[name, company]]);
    expect(result.occurredOn).toBe(date);
    expect(result.channel).toBe('meeting');
  });
});
