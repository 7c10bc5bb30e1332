// How a one-line log reads English written after Bengali ("Olivia did call me", "dhonnobad") and
// Nigerian English ("Olivia ma rang me", "I put a call across to Emma", "linked me up with",
// "she is yet to revert", "replied my email").
import { describe, expect, it } from 'vitest';
import { mendDialects } from './log-line-dialects.js';
import { parseLogLine } from './log-line.js';

// 2026-11-30 is a Monday.
const today = '2026-11-30';
const read = (line: string) => parseLogLine(line, { today, dateOrder: 'DMY' });

describe('English after Bengali, and Nigerian English', () => {
  it.each([
    ['Olivia Brown did call me today', 'Olivia Brown called me today'],
    ['Mark Evans did ring me wednesday', 'Mark Evans rang me wednesday'],
    ['I did not call him', 'I did not call him'],
    ['dhonnobad I said to Dev for mock interview', 'thanks I said to Dev for mock interview'],
    ['I put a call across to Emma Clark on Tuesday', 'I called Emma Clark on Tuesday'],
    ['Alexandra Reid replied my email on 25/11', 'Alexandra Reid replied to my email on 25/11'],
    [
      'Emailed Mr Carter to appreciate him for the CV review',
      'Emailed Mr Carter to thank him for the CV review',
    ],
    [
      'Dan Fletcher linked me up by email with Shola Bankole',
      'Dan Fletcher introduced me by email to Shola Bankole',
    ],
    ['left Sam a voicemail, he is yet to revert', 'left Sam a voicemail, nothing yet'],
    // A Scot's "ma" before a thing is still "my".
    ['gave Joanne ma CV', 'gave Joanne my CV'],
    ['Olivia ma rang me', 'Olivia ma rang me'],
  ])('"%s"', (line, mended) => {
    expect(mendDialects(line)).toBe(mended);
  });

  it('reads "Olivia ma rang me" as Olivia calling', () => {
    expect(read('Olivia ma rang me on Friday evening about a 6-month contract')).toMatchObject({
      personNames: ['Olivia'],
      channel: 'call',
      direction: 'inbound',
      occurredOn: '2026-11-27',
    });
  });

  it('reads a voicemail with no answer yet as a follow-up', () => {
    expect(
      read('Left Sam Patel a voicemail on Wednesday re the Ocado role, he is yet to revert'),
    ).toMatchObject({
      personNames: ['Sam Patel'],
      kind: 'follow-up',
      direction: 'outbound',
    });
  });
});
