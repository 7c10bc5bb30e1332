// How a one-line log reads London English ("belled priya", "linked joanne for coffee", "the
// women in tech ting", "she gonna put me forward") and English written after Korean ("Priya-ssi",
// "Dev sunbae", "kamsahamnida", "Yusuf Trainline call monday"), and a chase's earlier date.
import { describe, expect, it } from 'vitest';
import { mendDialects } from './log-line-dialects.js';
import { mendRegisters } from './log-line-registers.js';
import { parseLogLine } from './log-line.js';

// 2026-11-30 is a Monday.
const today = '2026-11-30';
const read = (line: string) => parseLogLine(line, { today, dateOrder: 'DMY' });

/** The eval network's people, as the service would answer the parser's questions. */
const people = ['Yusuf Demir', 'Emma Clark', 'Zoe Martin', 'Robert Singh', 'Owen Davies'];
const workplaces = ['trainline', 'lloyds', 'just eat', 'kpmg', 'admiral'];
const knows = (name: string) =>
  people.some((person) => {
    const written = name.toLowerCase();
    return person.toLowerCase() === written || person.toLowerCase().split(' ')[0] === written;
  });
const readWithPeople = (line: string) =>
  parseLogLine(line, {
    today,
    dateOrder: 'DMY',
    mayBePerson: knows,
    isWorkplace: (name) => workplaces.includes(name.toLowerCase()),
  });

describe('London English', () => {
  it.each([
    ['belled priya shah friday', 'called priya shah friday'],
    ['linked joanne for coffee in dalston', 'met joanne for coffee in dalston'],
    ['linked tunde at the music week ting weds', 'met tunde at the music week event weds'],
    ['thanked my G chidi on whatsapp', 'thanked chidi on whatsapp'],
    ['she gonna put me forward, gassed', 'she is going to put me forward'],
    ['he gonna refer me, certi', 'he is going to refer me'],
    ['u gonna love this brief', 'u are going to love this brief'],
  ])('"%s"', (line, mended) => {
    expect(mendDialects(line)).toBe(mended);
  });

  it('leaves "linked Katie up with Kate" an introduction, and "gonna" after "is" alone', () => {
    expect(mendDialects('linked Katie up with Kate on whatsapp')).toBe(
      'linked Katie up with Kate on whatsapp',
    );
    expect(mendDialects("she's gonna refer me")).toBe("she's gonna refer me");
  });

  it('reads a call someone "belled" the user about', () => {
    const parsed = read('Olivia from Hays belled me wednesday bout a 3 month contract');
    expect([parsed.personNames, parsed.channel, parsed.direction, parsed.occurredOn]).toEqual([
      ['Olivia'],
      'call',
      'inbound',
      '2026-11-25',
    ]);
  });
});

describe('English after Korean', () => {
  it.each([
    [
      'Yesterday Priya-ssi from Booking and me had coffee',
      'Yesterday Priya from Booking and me had coffee',
    ],
    ['Dev sunbae intro me to Claire', 'Dev intro me to Claire'],
    ['Chidi hyung and Wei dinner saturday', 'Chidi and Wei dinner saturday'],
    ['Margaret seonsaengnim lunch 18/11', 'Margaret lunch 18/11'],
  ])('"%s"', (line, mended) => {
    expect(mendRegisters(line)).toBe(mended);
  });

  it('reads "kamsahamnida" and "gomawo" as thanks, and drops "hwaiting"', () => {
    expect(mendDialects('I said kamsahamnida for mock interview')).toBe(
      'I said thanks for mock interview',
    );
    expect(mendDialects('gomawo msg sent to Lucy')).toBe('thanks msg sent to Lucy');
    expect(mendDialects('portfolio sent by email, hwaiting')).toBe('portfolio sent by email');
    expect(mendDialects('I was waiting for Dev')).toBe('I was waiting for Dev');
  });

  it.each([
    ['Yusuf Trainline call monday re the senior researcher job', 'Yusuf', 'Trainline', 'call'],
    ['Emma Lloyds email 12/11, about the audit', 'Emma', 'Lloyds', 'email'],
    ['Robert KPMG linkedin msg, they have a gig for me', 'Robert', 'KPMG', 'message'],
    ['Owen Admiral on phone yesterday, not hiring anymore', 'Owen', 'Admiral', 'call'],
    ['Zoe Just Eat asked my survey template so I emailed it', 'Zoe', 'Just Eat', 'email'],
  ])('"%s" names %s at %s', (line, name, company, channel) => {
    const parsed = readWithPeople(line);
    expect([parsed.people[0]?.text, parsed.people[0]?.company, parsed.channel]).toEqual([
      name,
      company,
      channel,
    ]);
  });

  it('keeps "Emma Lloyds" a full name when there are no people to ask', () => {
    expect(read('Emma Lloyds email 12/11, about the audit').personNames).toEqual(['Emma Lloyds']);
  });
});

describe('a chase of something sent earlier', () => {
  it('dates the chase, not the sending', () => {
    expect(read('nudged jose at glovo on email re the portfolio i sent him 10/11').occurredOn).toBe(
      today,
    );
  });
});
