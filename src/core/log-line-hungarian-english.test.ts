// How a one-line log reads English after Hungarian: "tegnap" (yesterday) is a day, not a surname;
// "köszi" and "köszönöm" are thanks; "emailed again mark evans" names him.
import { describe, expect, it } from 'vitest';
import { parseLogLine } from './log-line.js';

// 2026-11-30 is a Monday.
const today = '2026-11-30';
const read = (line: string) => parseLogLine(line, { today, dateOrder: 'DMY' });

describe('English after Hungarian', () => {
  it('reads "tegnap" and "tegnapelőtt" as days, never as a surname', () => {
    expect(read('had call with sam tegnap, general chat')).toMatchObject({
      personNames: ['Sam'],
      occurredOn: '2026-11-29',
      channel: 'call',
    });
    expect(read('coffee with Dev tegnapelőtt').occurredOn).toBe('2026-11-28');
  });

  it('reads "köszi" and "köszönöm" as thanks', () => {
    expect(read('whatsapp aisha khan köszi for the referral')).toMatchObject({
      personNames: ['Aisha Khan'],
      kind: 'thanks',
      direction: 'outbound',
    });
    expect(read('sent köszönöm email to Devendra Mistry for the mock interview')).toMatchObject({
      kind: 'thanks',
      channel: 'email',
    });
  });

  it('reads "emailed again mark evans" as a follow-up to him', () => {
    expect(read('emailed again mark evans about tesco referral, still nothing')).toMatchObject({
      personNames: ['Mark Evans'],
      kind: 'follow-up',
      direction: 'outbound',
    });
  });
});
