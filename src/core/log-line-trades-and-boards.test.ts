// How a one-line log reads a site worker's phone notes, a retired official's tidy sentences, a
// lawyer's attendance notes, a Polish speaker's English and Gen-Z fillers.
import { describe, expect, it } from 'vitest';
import { parseLogLine } from './log-line.js';
import { mendTradesAndBoards } from './log-line-trades-and-boards.js';

// 2026-11-30 is a Monday.
const today = '2026-11-30';
const read = (line: string) => parseLogLine(line, { today });

describe('trades and boards put plainly', () => {
  it.each([
    ['smoke oh w zoe martin', 'smoko with zoe martin'],
    ['dan left me a voice male', 'dan left me a voicemail'],
    ['margret okafor e-mailed back', 'margret okafor emailed back'],
    ['followed up lucy patel re the intro', 'followed up with lucy patel re the intro'],
    ['Had a word with the Revd Alan Pargeter', 'Had a word with Alan Pargeter'],
    ['ngl sent rachel lowe my cv', 'sent rachel lowe my cv'],
    ['I thanked to Aisha Karim by email', 'I thanked Aisha Karim by email'],
  ])('puts "%s" as "%s"', (line, plain) => {
    expect(mendTradesAndBoards(line)).toBe(plain);
  });

  it('leaves "a guy called ben" and "has rung" as written', () => {
    expect(mendTradesAndBoards('a guy called ben from the coworking space rang')).toBe(
      'a guy called ben from the coworking space rang',
    );
    expect(mendTradesAndBoards('she has rung me twice')).toBe('she has rung me twice');
  });
});

describe('a site worker’s phone notes', () => {
  it.each([
    ['smoko w zoe martin on the just eat site tues', ['Zoe Martin'], '2026-11-24', 'meeting'],
    [
      'pints w sam patel and wei chen fri night',
      ['Sam Patel', 'Wei Chen'],
      '2026-11-27',
      'meeting',
    ],
    [
      'olivia brown from hays rung this morning re an estimator role',
      ['Olivia Brown'],
      today,
      'call',
    ],
    ['followed up lucy patel re the intro, nothin back', ['Lucy Patel'], today, 'other'],
    [
      'met a bloke craig whitaker at the cef counter this arvo',
      ['Craig Whitaker'],
      today,
      'meeting',
    ],
  ])('reads "%s"', (line, people, date, channel) => {
    const parsed = read(line);
    expect(parsed.personNames).toEqual(people);
    expect(parsed.occurredOn).toBe(date);
    expect(parsed.channel).toBe(channel);
  });

  it('reads a role between a name and the verb as an aside, not the name', () => {
    const parsed = read(
      'nadia ferreira the qs emailed me a bill of quantities to practise pricing',
    );
    expect(parsed.personNames).toEqual(['Nadia Ferreira']);
    expect(parsed.direction).toBe('inbound');
  });
});

describe('a retired official’s sentences', () => {
  it.each([
    ['Lunched with Elizabeth Taylor at her club on Friday.', 'meeting'],
    ['Wrote to Siobhan Murphy last Thursday to congratulate her.', 'email'],
    ['Wrote to Dr Schmidt to thank her. Posted 27/11.', 'other'],
    ['Had a word with Emily Clarke at the RSS reception on Thursday 19th.', 'event'],
  ])('reads the channel of "%s"', (line, channel) => {
    expect(read(line).channel).toBe(channel);
  });

  it.each([
    [
      'Lunched with my old Permanent Secretary, Sir Michael Pryor, at the Athenaeum.',
      'Michael Pryor',
    ],
    [
      'An old colleague from the Home Office, Bernadette Quill, rang on Tuesday 24th.',
      'Bernadette Quill',
    ],
    ['A Mr Hugh Fenwick, chair of the Thames Valley Housing Trust, telephoned.', 'Hugh Fenwick'],
    ['Met Professor Andrew Hale for coffee on Friday 20th.', 'Andrew Hale'],
    ["Returned Priya Desai's dissertation with comments; rather good, in fact.", 'Priya Desai'],
  ])('reads the name in "%s"', (line, person) => {
    expect(read(line).personNames).toEqual([person]);
  });
});

describe('attendance notes and a Polish speaker’s English', () => {
  it('reads a telephone attendance as a call with the person attended on', () => {
    const parsed = read(
      'Attendance note: telephone attendance on Elizabeth Taylor (Deloitte) re a vacancy.',
    );
    expect(parsed.personNames).toEqual(['Elizabeth Taylor']);
    expect(parsed.channel).toBe('call');
  });

  it('reads an email received from someone as their email', () => {
    const parsed = read('Email received from Olivia Brown (Hays) enclosing particulars of a role.');
    expect(parsed.personNames).toEqual(['Olivia Brown']);
    expect(parsed.channel).toBe('email');
    expect(parsed.direction).toBe('inbound');
  });

  it('reads "wrote email to" as an email the user sent', () => {
    const parsed = read('I wrote email to Robert Singh with asking about referral to KPMG');
    expect(parsed.personNames).toEqual(['Robert Singh']);
    expect(parsed.channel).toBe('email');
    expect(parsed.direction).toBe('outbound');
  });
});

describe('what a board seeker is told and when', () => {
  it.each([
    'Gareth Pryce messaged to say his rugby club is looking for a treasurer.',
    'Emily Clarke wrote to say the UK Statistics Authority are advertising for a non-executive director.',
    'Received a LinkedIn message from a Ms Harriet Yeo at Korn Ferry about a trustee search.',
    'priya shah emailed, booking.com leeds office fit out going to tender in jan',
  ])('reads news of a seat or of work as given: "%s"', (line) => {
    expect(read(line).kind).toBe('give');
  });

  it('keeps the day of what was thanked for out of the line', () => {
    expect(read('Thanked Alexandra Reid by email for her time on Tuesday 24th.').occurredOn).toBe(
      today,
    );
    expect(
      read('Letter of thanks sent to Siobhan Murphy by email following our meeting of 19 November.')
        .occurredOn,
    ).toBe(today);
  });

  it('reads "last year\'s accounts" as no date', () => {
    expect(read("Jose Alvarez emailed last year's accounts, as promised.").occurredOn).toBe(today);
  });

  it('reads a word after a talk as at the gathering, and drinks after it as a meeting', () => {
    expect(
      read('Had a word with Priya Shah after the Rotary talk on Thursday evening.').channel,
    ).toBe('event');
    expect(read('drinks with Ben Ng after the Google talk').channel).toBe('meeting');
  });

  it('reads "the General Counsel" as a post, not a person', () => {
    const parsed = read(
      'Attended on Benjamin Carter in person on 25 November 2026; he undertook to forward my CV to the General Counsel.',
    );
    expect(parsed.personNames).toEqual(['Benjamin Carter']);
    expect(parsed.kind).toBe('give');
  });
});
