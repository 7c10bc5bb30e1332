// How a one-line log reads Bristolian ("coffee w kate to sky", "cheers drive", "I seen him"), a
// Leicester note's Punjabi courtesies ("Margaret ji", "Kiran didi", "thank you ji"), the days a
// year names ("on halloween", "bonfire night"), and work a contact offers or asks for.
import { describe, expect, it } from 'vitest';
import { normaliseDateWords } from './date-phrase.js';
import { keepsAsWritten, mendsTo, read } from '../../test/log-line-table.js';

describe('Bristolian and Punjabi courtesies put plainly', () => {
  mendsTo([
    [
      'alright my lover, coffee w Dev to Northwind this morning',
      'coffee w Dev at Northwind this morning',
    ],
    ["ark at 'ee, Rob only went and asked me to speak", 'Rob asked me to speak'],
    ['emailed Marcus, cheers drive for the brief', 'emailed Marcus, thanks for the brief'],
    ['seen Sam Patel at the harbourside', 'saw Sam Patel at the harbourside'],
    ['he works to the uni', 'he works at the uni'],
    ['Margaret ji whatsapped me the link', 'Margaret whatsapped me the link'],
    ['Bal Dhillon veerji texted me', 'Bal Dhillon texted me'],
    ['Gareth sent the tests, thank you ji!', 'Gareth sent the tests'],
  ]);

  describe('leaves English as it was', () => {
    keepsAsWritten([
      "Kate's uncle rang about a job",
      'had lunch with Dev to celebrate',
      'went with Dev to talk about jobs',
      'said ta-ra to Dev at the door',
    ]);
  });
});

describe('the days a year names', () => {
  it.each([
    ['coffee on halloween', 'coffee on 31 October'],
    ['emailed bonfire night', 'emailed on 5 November'],
    ["rang on st patrick's day", 'rang on 17 March'],
    ['coffee on christmas eve', 'coffee on 24 December'],
    ['rang on burns night', 'rang on 25 January'],
    ['met on guy fawkes night', 'met on 5 November'],
  ])('"%s"', (line, dated) => {
    expect(normaliseDateWords(line).replace(/\s+/gu, ' ').trim()).toBe(dated);
  });

  it('leaves a party held on one as an event', () => {
    expect(normaliseDateWords('met Dev at the halloween party')).toBe(
      'met Dev at the halloween party',
    );
  });

  it('dates a line by one, the most recent past', () => {
    expect(read('coffee w Aisha Khan on halloween').occurredOn).toBe('2026-10-31');
    expect(read('tuesday just gone Emily at ONS sent me the job spec').occurredOn).toBe(
      '2026-11-24',
    );
  });
});

describe('what those lines mean', () => {
  it('dates a short weekday opening a note before a name, but not "fri before last"', () => {
    expect(read('mon Wei asked if I could give a talk').occurredOn).toBe('2026-11-23');
    expect(read('fri before last had lunch w Hannah Schmidt').occurredOn).toBe('2026-11-20');
  });

  it('reads a given name then "text" as a text from them', () => {
    const parsed = read('sam text askin for my day rate');
    expect([parsed.personNames, parsed.channel, parsed.direction]).toEqual([
      ['Sam'],
      'message',
      'inbound',
    ]);
  });

  it.each([
    'Katie from the BBC rang, they want me for a two day shoot in Jan',
    'Niamh booked me for the offsite',
    "spoke to Dan on the phone, he's got a bit of paid data cleaning work for a charity",
    'Sam dm’d, Ocado want someone for their warehouse shots',
    'Priya messaged, wants me to do headshots for her team',
    "Zoe's gonna put me in touch w her boss",
    'Jo Bennett sent over the interview prep pack',
    'Neelam rang, her firm needs a part-time payroll clerk',
  ])('"%s" is a give', (line) => {
    expect(read(line).kind).toBe('give');
  });

  it('reads someone wanting to interview the user as their ask', () => {
    const parsed = read('Maria DMd me on LinkedIn wanting to interview me for her research');
    expect([parsed.kind, parsed.direction]).toEqual(['ask', 'inbound']);
  });

  it('reads "Rachel the Booking recruiter" as Rachel', () => {
    expect(read('Rachel the Booking recruiter emailed on the 25th').personNames).toEqual([
      'Rachel',
    ]);
  });

  it('reads open studios as an event', () => {
    expect(read('met Rhiannon Pugh at the Paintworks open studios sun').channel).toBe('event');
  });
});
