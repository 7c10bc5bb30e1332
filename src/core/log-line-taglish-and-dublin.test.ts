// How a one-line log reads Filipino English ("kuya Dev", "ate Joanne", "follow up kay Jose", "sa
// linkedin", "filled na daw yung role", "last last week") and Dublin English ("yer man jose
// thanked me", "was on to kate by email"), with the weekdays and verbs they brought up.
import { describe, expect, it } from 'vitest';
import { normaliseDateWords } from './date-phrase.js';
import { mendDialects } from './log-line-dialects.js';
import { parseLogLine } from './log-line.js';

// 2026-11-30 is a Monday.
const today = '2026-11-30';
const read = (line: string) => parseLogLine(line, { today, dateOrder: 'DMY' });

describe('Filipino English', () => {
  it.each([
    ['emailed kuya Dev the SQL cheatsheet', 'emailed Dev the SQL cheatsheet'],
    ['coffee with ate Joanne today', 'coffee with Joanne today'],
    ['ate Lucy Patel said she will help', 'Lucy Patel said she will help'],
    ['follow up kay Jose Alvarez re the role', 'follow up with Jose Alvarez re the role'],
    ['thanked Chidi sa linkedin', 'thanked Chidi on linkedin'],
    ['met Grace sa Piccadilly', 'met Grace at Piccadilly'],
  ])('"%s"', (line, mended) => {
    expect(mendDialects(line)).toBe(mended);
  });

  it('leaves "ate" the verb alone', () => {
    expect(mendDialects('we ate lunch with Dev')).toBe('we ate lunch with Dev');
    expect(mendDialects('I ate Thai with Priya Shah')).toBe('I ate Thai with Priya Shah');
  });

  it.each([
    ['called ate Fatima sat to catch up', ['Fatima'], 'call', '2026-11-28', 'catch-up'],
    [
      'Daniel Okoro messaged sa linkedin, closed na daw yung barclays risk analyst role',
      ['Daniel Okoro'],
      'message',
      today,
      'catch-up',
    ],
    [
      'lunch with Benjamin Carter last last week, kwentuhan lang',
      ['Benjamin Carter'],
      'meeting',
      '2026-11-16',
      'catch-up',
    ],
  ])('"%s"', (line, people, channel, date, kind) => {
    const parsed = read(line);
    expect([parsed.personNames, parsed.channel, parsed.occurredOn, parsed.kind]).toEqual([
      people,
      channel,
      date,
      kind,
    ]);
  });
});

describe('weeks and weekdays', () => {
  it('reads "last last week" and "the week before last" as two weeks back', () => {
    expect(normaliseDateWords('lunch last last week')).toBe('lunch two weeks ago');
    expect(normaliseDateWords('dm the week before last')).toBe('dm two weeks ago');
  });

  it.each([
    ['asked Chidi Eze on slack sat if he can do a mock interview', '2026-11-28'],
    ['Niamh Kelly texted sun offering to intro me to Conor Walsh', '2026-11-29'],
  ])('"%s" is dated %s', (line, date) => {
    expect(read(line).occurredOn).toBe(date);
  });
});

describe('Dublin English', () => {
  it.each([
    ['yer man jose thanked me on whatsapp', ['Jose'], 'inbound'],
    ['was on to kate morrison by email about the job', ['Kate Morrison'], 'outbound'],
    ['followed niamh kelly on linkedin', ['Niamh Kelly'], 'outbound'],
  ])('"%s"', (line, people, direction) => {
    const parsed = read(line);
    expect([parsed.personNames, parsed.direction]).toEqual([people, direction]);
  });

  it('keeps "yer man" before where they work as someone to ask about', () => {
    expect(mendDialects('yer man from google rang me there')).toBe(
      'a contact from google rang me there',
    );
  });
});
