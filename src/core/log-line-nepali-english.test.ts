// How a one-line log reads English after Nepali: "dai" and "didi" (elder brother, elder sister)
// and "madam" after a name, in capitals or in small letters, are courtesies, not surnames.
import { describe, expect, it } from 'vitest';
import { parseLogLine } from './log-line.js';

// 2026-11-30 is a Monday.
const today = '2026-11-30';
const read = (line: string) => parseLogLine(line, { today, dateOrder: 'DMY' });

describe('English after Nepali', () => {
  it('reads "Dev dai" and "kate didi" as Dev and Kate', () => {
    expect(read('Dev dai did call today morning, he told to send CV')).toMatchObject({
      personNames: ['Dev'],
      occurredOn: '2026-11-30',
      channel: 'call',
      direction: 'inbound',
    });
    expect(read('thanked kate didi by text for putting me forward')).toMatchObject({
      personNames: ['Kate'],
      kind: 'thanks',
      direction: 'outbound',
    });
    expect(read('chidi dai call me last week, give me advice on NHS jobs').personNames).toEqual([
      'Chidi',
    ]);
  });

  it('reads "madam" after a name in small letters as a courtesy', () => {
    expect(read('margaret madam thanked me on linkedin for the article')).toMatchObject({
      personNames: ['Margaret'],
      kind: 'thanks',
      direction: 'inbound',
    });
    expect(read('had video call with emily clarke madam last week').personNames).toEqual([
      'Emily Clarke',
    ]);
  });

  it('keeps a name that only looks like a courtesy', () => {
    expect(read('coffee with Didi Okafor yesterday').personNames).toEqual(['Didi Okafor']);
  });
});
