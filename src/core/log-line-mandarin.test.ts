// How a one-line log reads English after Mandarin: "ring Gareth, leave voicemail", "one contract
// role", "Manager Evans", "Ben want me analyse his data", "just now Olivia ring me".
import { describe, expect, it } from 'vitest';
import { parseLogLine } from './log-line.js';

// 2026-11-30 is a Monday.
const today = '2026-11-30';
const read = (line: string) => parseLogLine(line, { today, dateOrder: 'DMY' });

describe('English after Mandarin', () => {
  it("reads a noun's verb opening the line before whom as done", () => {
    expect(read('ring Gareth, leave voicemail to chase the referral')).toMatchObject({
      personNames: ['Gareth'],
      channel: 'call',
      kind: 'follow-up',
      direction: 'outbound',
    });
    expect(read('chase Marcus on LinkedIn abt the CV I send 19/11').kind).toBe('follow-up');
  });

  it('leaves the call of a call note a call', () => {
    expect(read('1500 tel con Thu with Jim from IMechE. NTR.')).toMatchObject({
      personNames: ['Jim'],
      channel: 'call',
      direction: 'mutual',
    });
  });

  it('reads "one" before a thing as "a"', () => {
    expect(
      read('just now Olivia ring me, one contract role at Severn Trent, day rate ok'),
    ).toMatchObject({
      personNames: ['Olivia'],
      channel: 'call',
      kind: 'give',
      direction: 'inbound',
      occurredOn: today,
    });
    expect(read('Thomas Wright whatsapp me one arup graduate data analyst post').kind).toBe('give');
    // "one of", "one more" are no "a".
    expect(read('met one of the Monzo data team at the meetup').summary).toContain('one of');
  });

  it('reads a job title before a surname as that person', () => {
    expect(read('chase Manager Evans about the tesco JD, still no salary info')).toMatchObject({
      personNames: ['Evans'],
      kind: 'follow-up',
    });
  });

  it('reads work someone wants done, and pays for, as given', () => {
    expect(
      read('Saturday Marcus Starling WhatsApp me, want me design pitch deck, paid'),
    ).toMatchObject({ kind: 'give', direction: 'inbound' });
  });
});
