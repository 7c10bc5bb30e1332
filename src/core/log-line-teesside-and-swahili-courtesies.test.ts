// How a one-line log reads Teesside English ("called back bout the job", "an email off the lad",
// "wantin to know", "AZ are after control room operators", "still pendin", "thought id want it",
// "andy barker ex sabic") and Kenyan English with Swahili capitalised ("Juzi", "Jana, …", "Kaka
// Chidi", "Dada Fatima"), with promises made by "has promised to", meetings agreed, comments on a
// post, and a day of the user's calendar named after what it is for ("the NHS supplier day").
import { describe, expect, it } from 'vitest';
import { keepsAsWritten, mendsTo, readsAs, today } from '../../test/log-line-table.js';
import { looksLikePersonName } from './person-name-shape.js';

describe('Teesside and Swahili words, put plainly', () => {
  mendsTo([
    ['kate called back bout the job', 'kate called back about the job'],
    ['had an email off the lad at admiral', 'had an email from the lad at admiral'],
    ['priya messaged wantin to know what a dcs is', 'priya messaged asking what a dcs is'],
    ['she wants to know me availabilty', 'she wants to know my availabilty'],
    ['AZ are after control room operators', 'AZ are hiring control room operators'],
    ['Juzi met Yusuf at the fair', 'the day before yesterday met Yusuf at the fair'],
    ['Jana, coffee with Sam', 'Yesterday, coffee with Sam'],
    ['Kaka Chidi sent the link', 'Chidi sent the link'],
    ['Dada Fatima rang me', 'Fatima rang me'],
  ]);

  keepsAsWritten([
    'Jana Novak sent the spec',
    'sent the email off to Kate',
    'got the call off my list',
    'he had to call off the coffee',
    'i was wanting to know more',
    'we are after a quiet week',
  ]);
});

describe('Teesside and Swahili notes, read', () => {
  readsAs([
    [
      'emailed rachel lowe me cv mon for the ops role at booking',
      ['Rachel Lowe'],
      '2026-11-23',
      'email',
      'ask',
      'outbound',
    ],
    [
      'drinks wi andy barker ex sabic lad on the 21st, gonna send us there jobs',
      ['Andy Barker'],
      '2026-11-21',
      'meeting',
      'give',
      'mutual',
    ],
    [
      'lucy patel messaged, AZ macclesfield are after control room operators',
      ['Lucy Patel'],
      today,
      'message',
      'give',
      'inbound',
    ],
    [
      'mark evans sent us the spec for the control room job, closin date the 14th',
      ['Mark Evans'],
      today,
      'other',
      'give',
      'inbound',
    ],
    [
      'rang priya shah re the booking referal, still pendin',
      ['Priya Shah'],
      today,
      'call',
      'follow-up',
      'outbound',
    ],
    [
      'owen rang tues askin if id mentor a lad doin his apprenticeship',
      ['Owen'],
      '2026-11-24',
      'call',
      'ask',
      'inbound',
    ],
    [
      'emily clarke sent us some ons data, thought id want it',
      ['Emily Clarke'],
      today,
      'other',
      'give',
      'inbound',
    ],
    [
      'katie morris - coffee 20/11, she knows a fella at bbc estates, will intro',
      ['Katie Morris'],
      '2026-11-20',
      'meeting',
      'give',
      'mutual',
    ],
    [
      'zoe rang us on the 24th, there lookin for a night ops manager',
      ['Zoe'],
      '2026-11-24',
      'call',
      'give',
      'inbound',
    ],
    [
      'Juzi Emma from Lloyds called me about my interview prep',
      ['Emma'],
      '2026-11-28',
      'call',
      'catch-up',
      'inbound',
    ],
    [
      'Jana I thanked Dev by text for the coffee',
      ['Dev'],
      '2026-11-29',
      'message',
      'thanks',
      'outbound',
    ],
    [
      'Kaka Daniel Okoro sent me the graduate scheme link on WhatsApp',
      ['Daniel Okoro'],
      today,
      'message',
      'give',
      'inbound',
    ],
    [
      'Met Samuel at church on sunday, he is a buyer at Asda and has promised to share any openings',
      ['Samuel'],
      '2026-11-29',
      'meeting',
      'give',
      'mutual',
    ],
    [
      'Priya called, she has promised to ask her manager if they need a buyer',
      ['Priya'],
      today,
      'call',
      'give',
      'inbound',
    ],
    [
      'Breakfast with Marcus Bell tuesday, we have agreed to meet again in January',
      ['Marcus Bell'],
      '2026-11-24',
      'meeting',
      'catch-up',
      'mutual',
    ],
    [
      'Kate needs my references by 04/12 for the Sky role',
      ['Kate'],
      today,
      'other',
      'ask',
      'inbound',
    ],
    [
      'Called Olivia and left a voicemail re the role she put me forward for',
      ['Olivia'],
      today,
      'call',
      'follow-up',
      'outbound',
    ],
    [
      'Wei Chen thanked me in a LinkedIn comment for the article',
      ['Wei Chen'],
      today,
      'social',
      'thanks',
      'inbound',
    ],
    [
      'Catch up call with Fatima Zahra, she called to check on me',
      ['Fatima Zahra'],
      today,
      'call',
      'catch-up',
      'inbound',
    ],
    [
      'Margaret Okafor and Lucy Patel were both at the NHS supplier day on 24/11',
      ['Margaret Okafor', 'Lucy Patel'],
      '2026-11-24',
      'event',
      'catch-up',
      'mutual',
    ],
    [
      'Met Siobhan and Niamh at the Women in Tech meetup on 25/11',
      ['Siobhan', 'Niamh'],
      '2026-11-25',
      'event',
      'catch-up',
      'mutual',
    ],
    ['asked chidi to look over me linkedin profile', [], today, 'other', 'ask', 'outbound'],
  ]);

  it('reads a new full name joined to someone met as a person', () => {
    const line = 'Lunch with Kate Morrison and Njoki Wambugu on 26/11';
    expect(looksLikePersonName('Njoki Wambugu', { line, ownGiven: new Set() })).toBe(true);
    expect(
      looksLikePersonName('Njoki Wambugu', { line: 'Lunch at Njoki Wambugu', ownGiven: new Set() }),
    ).toBe(false);
  });
});
