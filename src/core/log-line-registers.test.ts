// How a one-line log reads ways of writing it was not first written for: a doctor's clinical
// shorthand, a churchgoer's titles and blessings, a French speaker's English, a tester's
// bug-report labels, a school-run note and a gigging musician's slang.
import { describe, expect, it } from 'vitest';
import { parseLogLine } from './log-line.js';
import { mendRegisters } from './log-line-registers.js';

// 2026-11-30 is a Monday.
const today = '2026-11-30';
const known = ['margaret okafor', 'chidi eze', 'ben ng', 'owen davies', 'emma clark'];
const read = (line: string) =>
  parseLogLine(line, {
    today,
    mayBePerson: (name) =>
      known.includes(name.toLowerCase()) ||
      known.some((k) => k.startsWith(`${name.toLowerCase()} `)),
    isWorkplace: (name) => ['admiral', 'wise'].includes(name.toLowerCase()),
  });

describe('ways of writing put plainly', () => {
  it.each([
    ['Aunty Margaret rang me', 'Margaret rang me'],
    ['Engr Chidi Eze sent me a link', 'Chidi Eze sent me a link'],
    ['met Brother Emeka Obi at church', 'met Emeka Obi at church'],
    ['he will refer me, thank God!', 'he will refer me!'],
    ['she sent the link, God bless her.', 'she sent the link.'],
    ['coffee 1/52 ago', 'coffee 1 weeks ago'],
    ['zoom 2/7 ago', 'zoom 2 days ago'],
    ["r/v'd my cv", 'reviewed my cv'],
    ['I have called Ben Ng for to ask', 'I called Ben Ng to ask'],
    ['thanked her by texto', 'thanked her by text'],
    ['hit me up on insta', 'messaged me on insta'],
    ['sent him our EPK', 'sent him my portfolio'],
    ['Emailed both Emma Clark and Ben Ng', 'Emailed Emma Clark and Ben Ng'],
  ])('reads %j as %j', (line, plain) => {
    expect(mendRegisters(line)).toBe(plain);
  });

  it('leaves "on 2/7" a date and a bracket after a number alone', () => {
    expect(mendRegisters('met Ben on 2/7')).toBe('met Ben on 2/7');
    expect(mendRegisters('Fiona Grant (producer, Channel 4) emailed')).toBe(
      'Fiona Grant (producer, Channel 4) emailed',
    );
  });
});

describe('one-line logs in these ways of writing', () => {
  it('reads a community title before a first name as no part of the name', () => {
    const line = read('Aunty Margaret (Mrs Okafor) sent me the link by WhatsApp yesterday evening');
    expect(line.personNames).toEqual(['Margaret']);
    expect(line.occurredOn).toBe('2026-11-29');
    expect(line.channel).toBe('message');
  });

  it('never reads God as someone met', () => {
    const line = read(
      'Met Mr Tunde Bakare at the RCCG business breakfast on Saturday the 21st, glory to God.',
    );
    expect(line.personNames).toEqual(['Tunde Bakare']);
    expect(line.occurredOn).toBe('2026-11-21');
  });

  it('dates "2/7 ago" and "1/52 ago" as days and weeks back', () => {
    expect(read('coffee 1/52 ago w Emma Clark (Lloyds)').occurredOn).toBe('2026-11-23');
    const review = read("Ben Ng r/v'd my SQL take-home over zoom 2/7 ago");
    expect(review.occurredOn).toBe('2026-11-28');
    expect(review.kind).toBe('give');
  });

  it('reads "d/w" before a name as a talk with them', () => {
    const line = read('d/w Margaret Okafor (NHSD) by phone 1400 re APM roles');
    expect(line.personNames).toEqual(['Margaret Okafor']);
    expect(line.channel).toBe('call');
  });

  it("reads a French speaker's perfect and words for the ways of talking", () => {
    const thanks = read('I have thanked Emma Clark by texto for the referral');
    expect(thanks.personNames).toEqual(['Emma Clark']);
    expect(thanks.channel).toBe('message');
    expect(thanks.kind).toBe('thanks');
    expect(read('Chidi Eze has sent me by courriel the offer of job at Wise').channel).toBe(
      'email',
    );
    expect(read('I did a visio with Ben Ng on thursday').channel).toBe('video');
  });

  it("sets a tester's labels aside", () => {
    const line = read(
      "Env: Teams. Actual: 30 min call w Owen Davies, walked me through Admiral's stack. Result: pass",
    );
    expect(line.personNames).toEqual(['Owen Davies']);
    expect(line.channel).toBe('video');
  });

  it('reads a school-run opener as met in person, the name after it the person', () => {
    const line = read('at drop off Ben Ng said Starling are hiring n he will put my name in');
    expect(line.personNames).toEqual(['Ben Ng']);
    expect(line.channel).toBe('meeting');
    expect(line.kind).toBe('give');
  });

  it('reads a press kit sent unasked as asking to be considered', () => {
    expect(read("dm'd Ben Ng on insta, sent him our EPK").kind).toBe('ask');
  });
});

describe('Irish English', () => {
  it.each([
    [
      "Text from Emma Clark - she's after getting me a trial day at Lloyds!",
      'she has just got me a trial day',
    ],
    ['Ben Ng and myself went to the Women in Data night on the 19th', 'Ben Ng and I went'],
    ['Rang yer man Owen Davies from Admiral about the jobs', 'Rang Owen Davies from Admiral'],
    ['she went through my CV line by line God love her', 'she went through my CV line by line'],
  ])('"%s" is put plainly', (line, plain) => {
    expect(mendRegisters(line)).toContain(plain);
  });

  it('reads what those lines mean', () => {
    const trial = read("Text from Emma Clark - she's after getting me a trial day at Lloyds!");
    expect([trial.kind, trial.direction]).toEqual(['give', 'inbound']);
    const night = read('Ben Ng and myself went to the Women in Data night on the 19th, great buzz');
    expect([night.personNames, night.channel, night.occurredOn]).toEqual([
      ['Ben Ng'],
      'event',
      '2026-11-19',
    ]);
    expect(read('yer one Emma Clark liked my post on LinkedIn').personNames).toEqual([
      'Emma Clark',
    ]);
    const review = read(
      'Video call with Margaret Okafor, she went through my CV line by line God love her',
    );
    expect(review.kind).toBe('give');
    expect(review.summary).toContain('my CV line by line');
  });

  it('keeps a blessing that closes its own clause out of the summary', () => {
    expect(read('lunch with Chidi Eze, thank God it went well').summary).toBe('Lunch');
  });
});
