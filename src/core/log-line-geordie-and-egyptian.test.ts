// How a one-line log reads Geordie ("rang us", "nee roles", "went thro me cv", "thankin") and
// English after Egyptian Arabic ("Eng. Thomas", "she said me", "bcz", "called back sarah").
import { describe, expect, it } from 'vitest';
import { parseLogLine } from './log-line.js';

// 2026-11-30 is a Monday.
const today = '2026-11-30';
const read = (line: string) => parseLogLine(line, { today, dateOrder: 'DMY' });

describe('Geordie', () => {
  it('reads "us" as the user after a thing done or wanted', () => {
    expect(read('emily c at ons messaged thankin us for showin her round')).toMatchObject({
      personNames: ['Emily C'],
      kind: 'thanks',
      direction: 'inbound',
    });
    expect(read('zoe martin, coffee yest, she’s puttin us in touch wi her boss')).toMatchObject({
      personNames: ['Zoe Martin'],
      occurredOn: '2026-11-29',
      kind: 'give',
      direction: 'mutual',
    });
  });

  it('reads a task or references asked of the user as an ask', () => {
    expect(read('joanne b rang us, leeds data co want us to do a short task')).toMatchObject({
      kind: 'ask',
      direction: 'inbound',
    });
    expect(
      read('mark evans needs us to send two references ower, wants them by wed'),
    ).toMatchObject({ kind: 'ask', direction: 'inbound', occurredOn: today });
    expect(read('emma at lloyds wants a copy of me dbs cert, nee bother')).toMatchObject({
      kind: 'ask',
      direction: 'inbound',
    });
  });

  it('reads paid work and people being hired as something given', () => {
    expect(read('marcus bell rang us wed, paid work sortin starlings office move').kind).toBe(
      'give',
    );
    expect(read('lee rang us last wk, skyscanner hirin data apprentices')).toMatchObject({
      kind: 'give',
      occurredOn: '2026-11-23',
    });
    expect(read('told dev I’m looking for paid work').kind).not.toBe('give');
  });

  it('reads "nee", "bout", "nowt" and "aye" as plain words, never as names', () => {
    expect(read('patel emailed back sayin nee roles at the min').kind).toBe('catch-up');
    expect(read('aye emily at ons sent us the stats apprenticeship link').personNames).toEqual([
      'Emily',
    ]);
    expect(read('emailed margret okafor thankin her for the nhs digital tour')).toMatchObject({
      personNames: ['Margret Okafor'],
      kind: 'thanks',
    });
  });
});

describe('English after Egyptian Arabic', () => {
  it('leaves the engineer’s title out of the name', () => {
    expect(read('rang eng. kate from sky about the PMO role').personNames).toEqual(['Kate']);
    expect(read('Eng. Thomas from arup called me tuesday, they need site PM')).toMatchObject({
      personNames: ['Thomas'],
      occurredOn: '2026-11-24',
      direction: 'inbound',
    });
    expect(read('coffee with Eng. Ahmed Fawzy from AECOM').personNames).toEqual(['Ahmed Fawzy']);
    // A name that begins so keeps its letters.
    expect(read('coffee w Engel Smith').personNames).toEqual(['Engel Smith']);
  });

  it('reads "said me", "bcz" and "3al fekra"', () => {
    expect(read('sent marcus bell my cv bcz he asked at the meetup')).toMatchObject({
      kind: 'give',
      direction: 'outbound',
    });
    expect(read('3al fekra, ben ng sent me google’s TPM guide doc').personNames).toEqual([
      'Ben Ng',
    ]);
  });

  it('reads who was called back, and someone new after "new guy"', () => {
    expect(read('called back sarah whitfield from mace wednesday, left message')).toMatchObject({
      personNames: ['Sarah Whitfield'],
      occurredOn: '2026-11-25',
      channel: 'call',
      direction: 'outbound',
    });
    expect(read('met yusuf demir & new guy tom hargreaves from network rail').personNames).toEqual([
      'Yusuf Demir',
      'Tom Hargreaves',
    ]);
  });

  it('reads a call from a recruiter nobody named as theirs', () => {
    expect(read('recruiter called me about PM job, forgot her name')).toMatchObject({
      personNames: [],
      channel: 'call',
      direction: 'inbound',
    });
    expect(read('a recruiter called me about a PM job').channel).toBe('call');
    expect(read('a recruiter called Hollie Price rang me').personNames).toEqual(['Hollie Price']);
  });
});
