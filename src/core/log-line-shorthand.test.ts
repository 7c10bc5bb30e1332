// How a one-line log reads the short forms people type: days, owners, channels, shorthand words.
import { describe, expect, it } from 'vitest';
import { parseLogLine } from './log-line.js';

// 2026-11-30 is a Monday.
const today = '2026-11-30';
const read = (line: string, mayBePerson?: (name: string) => boolean) =>
  parseLogLine(line, mayBePerson ? { today, mayBePerson } : { today });

describe('days as people shorten them', () => {
  it.each([
    ['call with Priya on tues', '2026-11-24'],
    ['zoom with Alexandra Reid last Weds', '2026-11-25'],
    ['coffee with Ana on thurs', '2026-11-26'],
    ['video call with wei on the 19th', '2026-11-19'],
    ['Katie asked if I would talk to her team, 24th', '2026-11-24'],
    ['call with Ana on the 3rd', '2026-11-03'],
    ['lunch with Ana, 30th', '2026-11-30'],
    ['met yusuf at the Trainline open evening last Thursday', '2026-11-26'],
    ["Niamh replied, she's happy to chat in Jan", today],
    ['Owen rang re pricing, might have something in Feb', today],
    ['lunch with Margaret Okafor in October', '2026-10-01'],
  ])('reads "%s" as %s', (line, occurredOn) => {
    expect(read(line).occurredOn).toBe(occurredOn);
  });

  it('reads an ordinal after today as last month, and leaves "thus" alone', () => {
    expect(read('call with Ana on the 31st').occurredOn).toBe('2026-10-31');
    expect(read('thus lunch with Ana').occurredOn).toBe(today);
  });
});

describe('one word owning something, once someone is named', () => {
  const nobody = () => false;

  it.each([
    ["asked Rob for an intro to KPMG's data team", ['Rob']],
    ["Chloé sent me a link to Criteo's careers page", ['Chloé']],
  ])('is no person in "%s" when nobody is called that', (line, names) => {
    expect(read(line, nobody).personNames).toEqual(names);
  });

  it("is a person when someone could be, and always when it is the line's only name", () => {
    const ana = (name: string) => name.toLowerCase() === 'ana';
    expect(read("Wei sent me a link to Ana's post", ana).personNames).toEqual(['Wei', 'Ana']);
    expect(read("commented on Grace's post", nobody).personNames).toEqual(['Grace']);
  });
});

describe('more words for channels and asks', () => {
  it.each([
    ['follow-up msg to Niamh re the PM role', 'message', 'follow-up'],
    ['skyped with Tom yesterday', 'video', 'catch-up'],
    ['emailed Benjamin Carter my proposal for the data audit', 'email', 'ask'],
  ])('reads "%s" as %s, %s', (line, channel, kind) => {
    expect(read(line)).toMatchObject({ channel, kind });
  });
});

describe('the shorthand people type in a hurry', () => {
  it.each([
    ['txted Omar about the analyst opening', ['Omar'], 'message', 'outbound'],
    ["msg'd Grace Liu on whatsapp", ['Grace Liu'], 'message', 'outbound'],
    ['txt from Leon, he can meet on friday', ['Leon'], 'message', 'inbound'],
    ['email frm Bea about the bootcamp', ['Bea'], 'email', 'inbound'],
    ['f2f with Ines at the Bristol office', ['Ines'], 'meeting', 'mutual'],
    ['vc with Tariq Aziz re the product role', ['Tariq Aziz'], 'video', 'mutual'],
    ['teams mtg w Nora and her manager', ['Nora'], 'video', 'mutual'],
    ['lnch with Callum', ['Callum'], 'meeting', 'mutual'],
  ])('reads "%s"', (line, names, channel, direction) => {
    expect(read(line)).toMatchObject({ personNames: names, channel, direction });
  });

  it('leaves the words as the user typed them in the summary', () => {
    expect(read('f2f with Ines at the Bristol office').summary).toMatch(/f2f/i);
  });
});

describe('days that belong to a note, and days that belong to something else', () => {
  it.each([
    ['jo bloggs - tesco - coffee on 4 December', '2025-12-04'],
    ['jo bloggs - unilever - lunch on 3 dec', '2025-12-03'],
    ['coffee w Ifeoma Okafor, ex-nurse now at babylon, on sat', '2026-11-28'],
    ['jo bloggs mentioned barclays are hiring risk analysts in jan, over coffee', today],
  ])('reads "%s" as %s', (line, occurredOn) => {
    expect(read(line, (name) => name.toLowerCase() === 'jo bloggs').occurredOn).toBe(occurredOn);
  });

  it('reads a day still to come in what a message was about as a plan', () => {
    expect(read('message from jo bloggs re coffee next week').occurredOn).toBe(today);
  });

  it('keeps a day a year back after a note of what was said a plan', () => {
    expect(read('jo bloggs - emailed - interview on 8 dec').occurredOn).toBe(today);
  });

  it('reads a day still to come after a sentence ended with "!" as a plan', () => {
    expect(read('Jo Bloggs put me forward for the role!! interview prob next wk').occurredOn).toBe(
      today,
    );
  });

  it('reads a day still to come after a finished sentence or a word of getting in touch as spoken of', () => {
    expect(read('Jo Bloggs emailed the spec. Applications close 14/12.').occurredOn).toBe(today);
    expect(read('Jo Bloggs messaged asking if I am free for coffee on 4/12').occurredOn).toBe(
      today,
    );
    expect(read('mailed Jo Bloggs to move our call from 8/12 to tomorrow').occurredOn).toBe(today);
    // With nothing before it, the day is the line's own, read as last year's (and said so).
    expect(read('lunch with Jo Bloggs on 2 Dec').occurredOn).toBe('2025-12-02');
    expect(read('Logging late: lunch with Jo Bloggs on 2 Dec').occurredOn).toBe('2025-12-02');
  });
});
