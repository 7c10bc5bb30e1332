// Round 142: a Kigali public-health officer's English with Kinyarwanda and French, and a Boone
// teacher's Appalachian English. "yampamagaye" is she called me, "nahamagaye" I called,
// "namwandikiye" I wrote to, "yanshimiye" he thanked me, "twavuganye na" we spoke with; "madame"
// and "monsieur" before a name are its French titles. "hollered back" is a reply, "a-goin to" is
// going to, "done been filled" has been, "carried me to" took me, "Wednesday a week ago" and "a
// week ago Tuesday" are the day before last, "a fella name of" is named.
import { describe, expect, it } from 'vitest';
import { keepsAsWritten, mendsTo, readsAs, today } from '../../test/log-line-table.js';
import { mendDialects } from './log-line-dialects.js';

describe('English with Kinyarwanda and French courtesies, read', () => {
  readsAs([
    [
      'Zoe Martin yampamagaye ejo about a 6-month contract at WHO',
      ['Zoe Martin'],
      '2026-11-29',
      'call',
      'give',
      'inbound',
    ],
    [
      'nahamagaye Ben Ng ku wa gatanu re the M&E lead role at Unicef',
      ['Ben Ng'],
      '2026-11-27',
      'call',
      'catch-up',
      'outbound',
    ],
    [
      'namwandikiye Priya Shah uyu munsi about the data-sharing MoU',
      ['Priya Shah'],
      today,
      'email',
      'catch-up',
      'outbound',
    ],
    [
      'twavuganye na Kate Morrison on Teams ejo hashize',
      ['Kate Morrison'],
      '2026-11-29',
      'video',
      'catch-up',
      'mutual',
    ],
    [
      'Owen Davies yanshimiye for the workshop notes',
      ['Owen Davies'],
      today,
      'other',
      'thanks',
      'inbound',
    ],
    [
      'lunch with madame Emma Clark at the RBC canteen, 20/11',
      ['Emma Clark'],
      '2026-11-20',
      'meeting',
      'catch-up',
      'mutual',
    ],
    [
      'texted monsieur Owen Davies the slides he asked for',
      ['Owen Davies'],
      today,
      'message',
      'give',
      'outbound',
    ],
  ]);
});

describe('Appalachian English, read', () => {
  readsAs([
    [
      "Kate Morrison hollered back by text, the Sky job's done been filled",
      ['Kate Morrison'],
      today,
      'message',
      'catch-up',
      'inbound',
    ],
    [
      "coffee with Ben Ng Friday, he's a-goin to put my name in at Monzo",
      ['Ben Ng'],
      '2026-11-27',
      'meeting',
      'give',
      'mutual',
    ],
    [
      'Owen Davies rang me Wednesday a week ago about a trainin contract',
      ['Owen Davies'],
      '2026-11-18',
      'call',
      'give',
      'inbound',
    ],
  ]);
});

describe('Kinyarwanda, French courtesies and Appalachian English put plainly', () => {
  mendsTo([
    ['Olivia yarampamagaye about the role', 'Olivia called me about the role'],
    ['twahuye na Ben Ng at the RBC forum', 'met with Ben Ng at the RBC forum'],
    ['thanked madame Okafor', 'thanked Madame Okafor'],
    ['Priya Shah carried me to the meetup', 'Priya Shah took me to the meetup'],
    ['thanked Dev for carryin us over to the fair', 'thanked Dev for taking us over to the fair'],
    ['rang Emma a week ago Tuesday', 'rang Emma the Tuesday before last'],
    ['met a fella name of Zoe Martin at the fair', 'met a fella named Zoe Martin at the fair'],
    ["she's still a-lookin for a trainer", "she's still looking for a trainer"],
  ]);
});

describe('English kept as written', () => {
  keepsAsWritten([
    'Madame Tussauds team day with Kate',
    'carried the boxes to the stand for Ben',
    'a week ago Ben sent me the spec',
    'Ben sent me the name of a recruiter at Hays',
    "it's done, been a long week",
    'met an A-list speaker at the summit',
  ]);
  it('keeps a plain call as written', () => {
    expect(mendDialects('called Kate back about the role')).toBe('called Kate back about the role');
  });
});
