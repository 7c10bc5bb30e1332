// How a one-line log reads Scouse ("on the blower to joanne", "me references", "this mornin") and
// Jamaican English ("fram", "aks mi fi", "mi link Dev fi coffee", "dem a hire", "him wi intro
// mi"): a plain verb after who did it, before "mi", read as done.
import { describe, expect, it } from 'vitest';
import { parseLogLine } from './log-line.js';

// 2026-11-30 is a Monday.
const today = '2026-11-30';
const read = (line: string) => parseLogLine(line, { today, dateOrder: 'DMY' });

describe('Scouse', () => {
  it('reads "on the blower to" as a call, and a dropped g as the word', () => {
    expect(
      read('was on the blower to Joanne this mornin, she gave me loads of tips'),
    ).toMatchObject({
      personNames: ['Joanne'],
      occurredOn: '2026-11-30',
      channel: 'call',
      kind: 'catch-up',
      direction: 'mutual',
    });
  });

  it('reads "me" before what the user owns as "my"', () => {
    expect(read('yusuf from trainline needs me availability for a chat')).toMatchObject({
      kind: 'ask',
      direction: 'inbound',
    });
    expect(read('mark from tesco rang, wants me to send me references over')).toMatchObject({
      channel: 'call',
      kind: 'ask',
      direction: 'inbound',
    });
  });

  it('reads "had a proper look at me cv" as a review', () => {
    expect(read('coffee w emma on the 19th, she had a proper look at me cv')).toMatchObject({
      occurredOn: '2026-11-19',
      kind: 'give',
    });
    // A look at something else is no review of the user's work.
    expect(
      read('he had a look through my LinkedIn profile and gave me loads of pointers').kind,
    ).toBe('give');
  });
});

describe('Jamaican English', () => {
  it('reads "fram", "aks mi fi" and a plain verb before "mi" as done to the user', () => {
    expect(read('rob fram kpmg aks mi fi mi availability')).toMatchObject({
      personNames: ['Rob'],
      kind: 'ask',
      direction: 'inbound',
    });
    expect(read('daniel okoro ring mi las night bout a risk analyst opening')).toMatchObject({
      personNames: ['Daniel Okoro'],
      occurredOn: '2026-11-29',
      channel: 'call',
      kind: 'give',
      direction: 'inbound',
    });
    expect(read('maria review mi cv ova email, nuff likkle fixes fi mek')).toMatchObject({
      kind: 'give',
      direction: 'inbound',
    });
  });

  it('leaves a plain verb after "a go" or "wi" as what they will do', () => {
    expect(read('Priya reply pon linkedin, she a go refer mi at Monzo')).toMatchObject({
      kind: 'give',
      direction: 'inbound',
    });
    expect(
      read('coffee wid chidi dis mawnin, him seh him wi put mi name fwd at wise'),
    ).toMatchObject({
      personNames: ['Chidi'],
      occurredOn: '2026-11-30',
      kind: 'give',
    });
  });

  it('reads "mi link Dev fi coffee" as meeting up, and "big up" as no part of it', () => {
    expect(
      read('mi link Dev fi coffee yesterday, him seh him wi intro mi to di finance lead'),
    ).toMatchObject({
      personNames: ['Dev'],
      occurredOn: '2026-11-29',
      channel: 'meeting',
    });
    expect(read('big up lee, him intro mi to Shanice Powell at skyscanner').kind).toBe('intro');
  });

  it('reads "dem a hire" and "a role a come up" as news of roles', () => {
    expect(read('call wid gareth thursday, him seh a pricing role a come up at admiral').kind).toBe(
      'give',
    );
    expect(read('Ryan ring mi yesterday, seh KPMG brum a hire finance analysts').kind).toBe('give');
  });

  it('reads "she did aks fah" as what she asked for, sent', () => {
    expect(read('sent Claire di variance analysis sample she did aks fah')).toMatchObject({
      kind: 'give',
      direction: 'outbound',
    });
  });

  it('reads "jus talk, nuttn sen" about a role as talk', () => {
    expect(
      read('kate ring mi thursday re di sky analytics lead job, jus talk, nuttn sen').kind,
    ).toBe('catch-up');
  });
});
