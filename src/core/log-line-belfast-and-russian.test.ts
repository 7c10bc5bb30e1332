// How a one-line log reads Belfast English ("wantin to see my dashboards", "just chattin", "a wee
// catch up") and English after Russian ("this morning called me Alexandra Reid", "she told about
// FBP opening", "invited me to connect"), and a time of day opening a line before a name.
import { describe, expect, it } from 'vitest';
import { parseLogLine } from './log-line.js';

// 2026-11-30 is a Monday.
const today = '2026-11-30';
const read = (line: string) => parseLogLine(line, { today, dateOrder: 'DMY' });

describe('a time of day opening the line', () => {
  it('reads "this morning Kate Morrison rang me" as Kate, not a greeting', () => {
    expect(read('this morning Kate Morrison rang me')).toMatchObject({
      personNames: ['Kate Morrison'],
      occurredOn: '2026-11-30',
      channel: 'call',
      direction: 'inbound',
    });
    expect(read('yesterday afternoon Owen texted me').personNames).toEqual(['Owen']);
  });
});

describe('Belfast English', () => {
  it('reads "wantin to see my dashboards" as asked of the user', () => {
    expect(read('aisha khan rang me wed wantin to see my tableau stuff')).toMatchObject({
      personNames: ['Aisha Khan'],
      occurredOn: '2026-11-25',
      kind: 'ask',
      direction: 'inbound',
    });
  });

  it('reads "wants to know my notice period" as asked of the user', () => {
    expect(read('Sam Wilson from Citi rang, wants to know my notice period')).toMatchObject({
      kind: 'ask',
      direction: 'inbound',
    });
  });

  it('reads a call about a job that was "just chattin" as talk', () => {
    expect(read('Gerry rang me last week bout the ops analyst job, just chattin').kind).toBe(
      'catch-up',
    );
  });
});

describe('English after Russian', () => {
  it('reads who called put after the verb as the one who called', () => {
    expect(read('this morning called me Alexandra Reid from Bupa')).toMatchObject({
      personNames: ['Alexandra Reid'],
      channel: 'call',
      direction: 'inbound',
    });
  });

  it('reads "she told about FBP opening" as news of a role', () => {
    expect(
      read('had zoom with Priya 25 Nov, she told about FBP opening in Amsterdam'),
    ).toMatchObject({
      occurredOn: '2026-11-25',
      channel: 'video',
      kind: 'give',
    });
  });

  it('reads an invitation to connect as social, and one to be a guest as asked', () => {
    expect(read('Yusuf invited me to connect on linkedin').channel).toBe('social');
    expect(read('Katie from BBC invited me to be guest on their podcast')).toMatchObject({
      kind: 'ask',
      direction: 'inbound',
    });
  });

  it('reads "happy monday" as a greeting, not a day', () => {
    expect(read('Katie Morris whatsapped me happy monday, how are you doing').occurredOn).toBe(
      '2026-11-30',
    );
  });
});
