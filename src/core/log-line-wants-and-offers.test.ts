// How a one-line log reads what a contact wants of the user and offers them, who a described name
// is, and the words an Australian or South African note uses for both.
import { describe, expect, it } from 'vitest';
import { parseLogLine } from './log-line.js';

// 2026-11-30 is a Monday.
const today = '2026-11-30';
const read = (line: string) => parseLogLine(line, { today, dateOrder: 'DMY' });
const fields = (line: string) => {
  const parsed = read(line);
  return [parsed.personNames, parsed.occurredOn, parsed.channel, parsed.kind, parsed.direction];
};

describe('a name then what they want', () => {
  it.each([
    ['Kate wants my VAT number', ['Kate'], 'ask', 'inbound'],
    ['Emma at Lloyds wants my day rate and availability for Jan', ['Emma'], 'ask', 'inbound'],
    ['Aisha at Cazoo wants to pick my brain re PM certs', ['Aisha'], 'ask', 'inbound'],
    ['Dev needs a hand with his CV', ['Dev'], 'ask', 'inbound'],
  ])('"%s" is theirs', (line, people, kind, direction) => {
    const parsed = read(line);
    expect(parsed.personNames).toEqual(people);
    expect([parsed.kind, parsed.direction]).toEqual([kind, direction]);
  });

  it('reads no month as a person', () => {
    expect(read('Emma at Lloyds wants my day rate and availability for Jan').personNames).toEqual([
      'Emma',
    ]);
  });
});

describe('work or a door a contact offers', () => {
  it.each([
    [
      'Tim Hargreaves rang out of the blue, wants me on a bid in Jan',
      [['Tim Hargreaves'], today, 'call', 'give', 'inbound'],
    ],
    [
      "whatsapp w Dan Fletcher, he's swamped and might pass me some overflow work",
      [['Dan Fletcher'], today, 'message', 'give', 'inbound'],
    ],
    [
      "Lucy Patel reckons she can get me in front of AZ's head of ops",
      [['Lucy Patel'], today, 'other', 'give', 'inbound'],
    ],
    [
      'lunch w Liz Taylor 27th, reckons Deloitte are taking on contractors in the new yr',
      [['Liz Taylor'], '2026-11-27', 'meeting', 'give', 'mutual'],
    ],
    [
      'Jo Bennett sent me the brief for the Leeds Data Co migration, keen as',
      [['Jo Bennett'], today, 'other', 'give', 'inbound'],
    ],
  ])('"%s" is given', (line, expected) => {
    expect(fields(line)).toEqual(expected);
  });

  it('leaves the user offering work theirs', () => {
    expect(read('I might pass some work to Dan Fletcher').kind).toBe('catch-up');
  });
});

describe('what the user sends because someone asked', () => {
  it.each([
    'sent Zoe Martin the case studies her manager asked for',
    'Emailed Jose Alvarez (Glovo) the article on Spanish employment law he was asking about',
    'sent Ben Ng 3 names for the scrum master gig',
  ])('"%s" is a give', (line) => {
    expect([read(line).kind, read(line).direction]).toEqual(['give', 'outbound']);
  });

  it('dates the sending, not the asking', () => {
    expect(
      read('Sent Niamh Kelly the hiring manager guide I wrote, she asked for it last week')
        .occurredOn,
    ).toBe(today);
    // A day of its own still dates a call.
    expect(read('called Kate Morrison, she asked for it last week').occurredOn).toBe('2026-11-23');
  });
});

describe('a mock interview', () => {
  it('is the contact giving their time, on the day the line names', () => {
    expect(
      fields('Devendra Mistry, mock interview over Teams on Thursday - lekker practice'),
    ).toEqual([['Devendra Mistry'], '2026-11-26', 'video', 'give', 'mutual']);
    expect(read('Mock interview with Devendra on Teams on the 25th. Tough but fair.').kind).toBe(
      'give',
    );
  });

  it('is an ask while the user is only asking for one', () => {
    expect(read('Ask Ben Ng by email if he can do mock interview with me').kind).toBe('ask');
    expect(read('asked if she would do a mock interview with me, Kate Morrison').kind).toBe('ask');
  });

  it('keeps an interview of theirs elsewhere as other news', () => {
    expect(read("Kate Morrison emailed back, interview's on thurs").occurredOn).toBe(today);
  });
});

describe('a nudge about something that has not moved', () => {
  it.each([
    'texted Dan Fletcher re the overflow work, nothing yet',
    'rang Yusuf Demir, no answer, left a vm re the Trainline feedback',
  ])('"%s" is a follow-up', (line) => {
    expect([read(line).kind, read(line).direction]).toEqual(['follow-up', 'outbound']);
  });

  it('leaves something sent, still unanswered, an ask', () => {
    expect(read('sent Kate Morrison my CV re the analyst role, nothing yet').kind).toBe('ask');
  });
});

describe('talk about hiring', () => {
  it('is no news of a role when it is what a meeting was about', () => {
    expect(read('Zoom with Hannah Schmidt re data team hiring, 24/11').kind).toBe('catch-up');
    expect(read('coffee with Dev, his team hiring in Q1').kind).toBe('give');
  });
});

describe('who a described name is', () => {
  it.each([
    [
      'met a lovely bloke Hamish Ross at the APM London meetup Wed, runs PMO at Network Rail',
      'Hamish Ross',
      true,
    ],
    ['met a recruiter Sarah Jones at the fair', 'Sarah Jones', true],
    ['asked my old BHP mate Priyanka Nair if her lot need a PM, emailed', 'Priyanka Nair', false],
  ])('"%s" names %s', (line, name, fresh) => {
    const [person] = read(line).people;
    expect(person?.text).toBe(name);
    expect(person?.fresh === true).toBe(fresh);
  });

  it('still asks who "a recruiter" with no name is', () => {
    expect(read('a recruiter rang').people[0]?.described).toBe(true);
  });
});

describe('a South African note', () => {
  it.each([
    ['Phoned Oom Pieter van der Merwe for career advice', 'Pieter van der Merwe'],
    ['Tannie Elsa Botha sent me a link to a SA expats in HR Facebook group', 'Elsa Botha'],
    ['Sent Tannie Margaret my CV as she asked', 'Margaret'],
  ])('"%s" drops the courtesy', (line, name) => {
    expect(read(line).personNames).toEqual([name]);
  });

  it('reads a telephonic discussion as a call', () => {
    expect(
      read('Had a telephonic discussion with Rachel Lowe regarding the HRBP vacancy').channel,
    ).toBe('call');
  });
});
