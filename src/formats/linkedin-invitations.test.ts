import { describe, expect, it } from 'vitest';
import { readFixture } from '../../test/fixture-files.js';
import { parseLinkedInInvitations } from './linkedin-invitations.js';

const parse = (name: string) =>
  parseLinkedInInvitations(readFixture(`linkedin/${name}`), { file: name });
const me = 'https://www.linkedin.com/in/jordanpike';

describe('parseLinkedInInvitations', () => {
  it('reads the 2023+ file with profile URLs and reports a bad direction and a bad date', () => {
    const file = 'Invitations.csv';
    expect(parse(file)).toEqual({
      records: [
        {
          source: { format: 'linkedin-invitations', file, line: 2 },
          fromName: 'Jordan Pike',
          toName: 'Ines Okafor-Lindqvist',
          sentOn: '2026-01-29',
          direction: 'outgoing',
          message: '',
          inviterUrl: me,
          inviteeUrl: 'https://www.linkedin.com/in/ines-okafor-l-3b2a91',
        },
        {
          source: { format: 'linkedin-invitations', file, line: 3 },
          fromName: 'Teodor Brandvold',
          toName: 'Jordan Pike',
          sentOn: '2026-02-03',
          direction: 'incoming',
          message: 'Hi Jordan, we met at the Oslo meetup — would love to stay in touch.',
          inviterUrl: 'https://www.linkedin.com/in/teodorbrandvold',
          inviteeUrl: me,
        },
      ],
      problems: [
        {
          file,
          line: 4,
          field: 'Direction',
          message: '“SIDEWAYS” is neither INCOMING nor OUTGOING; the invitation was skipped.',
          severity: 'error',
        },
        {
          file,
          line: 5,
          field: 'Sent At',
          message: '“not a date” is not a date Kith recognises; the invitation was skipped.',
          severity: 'error',
        },
      ],
    });
  });

  it('reads the five-column file from before late 2023, without URLs', () => {
    const { records, problems } = parse('invitations-2021.csv');
    expect(problems).toEqual([]);
    expect(
      records.map((r) => [
        r.source.line,
        r.fromName,
        r.toName,
        r.sentOn,
        r.direction,
        r.message,
        r.inviterUrl,
      ]),
    ).toEqual([
      [2, 'Kwame Asante-Boateng', 'Jordan Pike', '2020-10-30', 'incoming', '', null],
      [
        3,
        'Jordan Pike',
        'Odile Fairweather',
        '2021-03-14',
        'outgoing',
        'Great meeting you at the fair.',
        null,
      ],
    ]);
  });
});
