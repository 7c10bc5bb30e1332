// Round 140: a Beirut-born strategist's English with Lebanese Arabic in Latin letters, and a
// Harare-born accountant's English with Shona. Lebanese: "mbere7" is yesterday and "awwal mbere7"
// the day before, "mbere7 el lel" last night; "ma3" is with, "3al" on; a lone "w" is "and" in a
// Lebanese note except after a meeting ("coffee w Ben" is with him), and in any note before "he",
// "she", "they", "we"; "7akatne" called me, "7kina" we talked, "ba3atet la X" and "ba3atetlo la X
// el …" sent X the …; "yalla", "khalas", "ya rabbi" are said, not done. Shona: "Ndakafonera X"
// called X, "X akandifonera" called me, "Takataura na X" talked with X, "Ndakasangana na X" met X,
// "akanditumira" sent me; "nezuro" yesterday, "nhasi" today, "svondo rapfuura" last week; the days
// ("neChipiri", on Tuesday; "Mugovera", Saturday), with "China" a Thursday only as a day is said
// in a Shona line.
import { describe, expect, it } from 'vitest';
import { readsAs, today } from '../../test/log-line-table.js';
import { mendLebanese } from './log-line-lebanese.js';
import { mendShona } from './log-line-shona.js';

describe('Lebanese Arabic in English notes, read', () => {
  readsAs([
    [
      'lunch ma3 Rachel Lowe mbere7, 7kina 3an the Booking role',
      ['Rachel Lowe'],
      '2026-11-29',
      'meeting',
      'catch-up',
      'mutual',
    ],
    [
      'Gareth Price 7akatne awwal mbere7 3an a contract at Sky',
      ['Gareth Price'],
      '2026-11-28',
      'call',
      'give',
      'inbound',
    ],
    ['ba3atetlo la Ben Ng el deck 3al email', ['Ben Ng'], today, 'email', 'give', 'outbound'],
    [
      'drinks ma3 Zoe Martin w her colleague Aisha Khan, yalla',
      ['Zoe Martin', 'Aisha Khan'],
      today,
      'meeting',
      'catch-up',
      'mutual',
    ],
    [
      'emailed Sam Patel mbere7 el lel, ma fi jawab',
      ['Sam Patel'],
      '2026-11-29',
      'email',
      'catch-up',
      'outbound',
    ],
    [
      'Devendra Mistry w Kate Morrison at the brand meetup mbere7',
      ['Devendra Mistry', 'Kate Morrison'],
      '2026-11-29',
      'event',
      'catch-up',
      'mutual',
    ],
    ['met w Ben Ng mbere7', ['Ben Ng'], '2026-11-29', 'meeting', 'catch-up', 'mutual'],
  ]);
});

describe('Lebanese Arabic put into English', () => {
  it.each([
    ['coffee ma3 Ana mbere7', 'coffee with Ana yesterday'],
    ['Kate 7akatne awwal mbere7', 'Kate called me the day before yesterday'],
    ['drinks ma3 Dev mbere7 el lel', 'drinks with Dev last night'],
    ['7kina 3an el pitch', 'we talked 3an the pitch'],
    ['ba3atet la Owen my CV w portfolio', 'sent Owen my CV and portfolio'],
    ['ba3atetlo la Ben el brief 3al whatsapp', 'sent Ben the brief on whatsapp'],
    ['coffee w Zoe mbere7, SAP w life', 'coffee w Zoe yesterday, SAP and life'],
    ['7akayt Priya, ma fi shi', 'called Priya, nothing'],
    ['7kit ma3 Lucy', 'talked with Lucy'],
    ['the role went, khalas', 'the role went'],
    ['nobody asked but yalla', 'nobody asked'],
    ['3al fekra, Wei sent me the spec mbere7', 'Wei sent me the spec yesterday'],
    ['Ana DM’d me a role, merci ya rabbi', 'Ana DM’d me a role'],
    // In any note, "w" before "he", "she", "they", "we" and a verb is "and".
    ['Ofcom are hiring w she thinks I fit', 'Ofcom are hiring and she thinks I fit'],
    ["a rebrand w they'll pay in Jan", "a rebrand and they'll pay in Jan"],
    // "shukran 3al" (thanks for) is left whole for the Egyptian reading.
    ['texted Sam mbere7, shukran 3al the intro', 'texted Sam yesterday, shukran 3al the intro'],
  ])('"%s"', (line, plain) => {
    expect(mendLebanese(line)).toBe(plain);
  });

  it.each([
    'coffee w Owen Davies yesterday',
    'Tom W and Ana at the meetup',
    'l plates and the M3 motorway',
    'sent Priya the Q3 deck w/ notes',
    'lunch w her and Sam',
  ])('keeps "%s" as written', (line) => {
    expect(mendLebanese(line)).toBe(line);
  });
});

describe('Shona in English notes, read', () => {
  readsAs([
    [
      'Ndakafonera Emma Clark nezuro about the audit role',
      ['Emma Clark'],
      '2026-11-29',
      'call',
      'catch-up',
      'outbound',
    ],
    [
      'Marcus Bell akandifonera neChipiri about a contract',
      ['Marcus Bell'],
      '2026-11-24',
      'call',
      'give',
      'inbound',
    ],
    [
      'Takataura na Wei Chen svondo rapfuura about interim work',
      ['Wei Chen'],
      '2026-11-23',
      'other',
      'catch-up',
      'mutual',
    ],
    [
      'Chidi Eze akanditumira the job spec paChitatu',
      ['Chidi Eze'],
      '2026-11-25',
      'other',
      'give',
      'inbound',
    ],
    [
      'Chidi Eze akandifonera neChina about a role',
      ['Chidi Eze'],
      '2026-11-26',
      'call',
      'give',
      'inbound',
    ],
    [
      'Ndakasangana na Priya Shah at the ICAEW dinner nhasi',
      ['Priya Shah'],
      today,
      'event',
      'catch-up',
      'mutual',
    ],
  ]);
});

describe('Shona put into English', () => {
  it.each([
    ['Ndakafonera Priya nezuro', 'called Priya yesterday'],
    ['Olivia akandifonera on Chishanu', 'Olivia called me on Friday'],
    ['Takataura for an hour', 'we talked for an hour'],
    ['Takataura na Ben on Muvhuro', 'talked with Ben on Monday'],
    [
      'coffee with Ana svondo rapfuura, zvakanaka, she is well',
      'coffee with Ana last week, she is well',
    ],
    ['Ndakatumira Owen my CV paMugovera', 'sent Owen my CV on Saturday'],
    [
      'Ndakafonera Dan on China, he moves to China in May',
      'called Dan on Thursday, he moves to China in May',
    ],
    ['Amai Chipo akandinyorera nezuro', 'Amai Chipo wrote to me yesterday'],
  ])('"%s"', (line, plain) => {
    expect(mendShona(line)).toBe(plain);
  });

  it.each([
    'call with Mark Evans about his move to China',
    'Lunch with Ana on China, she is hiring',
    'Met Yusuf at church on Sunday',
  ])('keeps "%s" as written', (line) => {
    expect(mendShona(line)).toBe(line);
  });
});
