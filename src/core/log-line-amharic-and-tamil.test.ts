// How a one-line log reads English after Amharic ("Ato Robert", "W/ro Margaret", "ameseginalehu")
// and Sri Lankan English ("Kate akka", "Dev anna", "put a call to Olivia", "today morning"), with
// what both taught: advice and tips given "lot of", a referral that "is done", things sent because
// "both asked for it".
import { describe, expect, it } from 'vitest';
import { parseLogLine } from './log-line.js';

// 2026-11-30 is a Monday.
const today = '2026-11-30';
const read = (line: string) => parseLogLine(line, { today, dateOrder: 'DMY' });

describe('English after Amharic', () => {
  it('reads "Ato", "W/ro" and "W/rt" before a name as a courtesy', () => {
    expect(read('Ato Robert called me yesterday, KPMG has an opening')).toMatchObject({
      personNames: ['Robert'],
      channel: 'call',
      occurredOn: '2026-11-29',
      direction: 'inbound',
    });
    expect(read('sent thank you email to W/ro Margaret for her advice')).toMatchObject({
      personNames: ['Margaret'],
      kind: 'thanks',
      direction: 'outbound',
    });
    expect(read('Met W/rt Tigist Worku at the meetup 14/11, she is in PwC tax')).toMatchObject({
      personNames: ['Tigist Worku'],
      occurredOn: '2026-11-14',
    });
  });

  it('reads "ameseginalehu" as thanks', () => {
    expect(read('ameseginalehu message to Hannah for the referral').kind).toBe('thanks');
  });
});

describe('Sri Lankan English', () => {
  it('reads "akka" and "anna" after a name as a courtesy, not "anna kowalski"', () => {
    expect(read('lunch with Kate akka and Thomas sat')).toMatchObject({
      personNames: ['Kate', 'Thomas'],
      occurredOn: '2026-11-28',
    });
    expect(read('Dev anna went through my CV yesterday').personNames).toEqual(['Dev']);
    expect(read('coffee with anna kowalski on monday').personNames).toEqual(['Anna Kowalski']);
  });

  it('reads "put a call to" as calling, and a name that "put a call" as their call', () => {
    expect(read('put a call to Olivia on thurs to check on the Sky role')).toMatchObject({
      personNames: ['Olivia'],
      channel: 'call',
      direction: 'outbound',
    });
    expect(read('Kate akka put a call last week, Sky is hiring a test lead')).toMatchObject({
      personNames: ['Kate', 'Sky'],
      channel: 'call',
      occurredOn: '2026-11-23',
      direction: 'inbound',
    });
  });

  it('reads "today morning" as this morning', () => {
    expect(read('Yusuf rang today morning re the team').occurredOn).toBe(today);
  });
});

describe('what both taught', () => {
  it('reads "lot of" advice or tips as talk', () => {
    expect(read('lunch with Robert Singh on 3/11, he gave me lot of advice')).toMatchObject({
      kind: 'catch-up',
      occurredOn: '2026-11-03',
    });
    expect(read('whatsapp call with Dev and Chidi, both gave tips for the interview').kind).toBe(
      'catch-up',
    );
  });

  it('reads things sent because "both asked for it" as given', () => {
    expect(read('emailed Emily Clarke and Emma Clark the slides, both asked for it')).toMatchObject(
      {
        personNames: ['Emily Clarke', 'Emma Clark'],
        kind: 'give',
        direction: 'outbound',
      },
    );
  });

  it('reads "the referral is done" as given', () => {
    expect(read("Sam O'Neil messaged, the Deliveroo referral is done")).toMatchObject({
      kind: 'give',
      direction: 'inbound',
    });
  });
});
