// Round 141: a Tripoli-born architect's English with Lebanese Arabic, a Bulawayo-born nurse
// manager's English with Shona, and a Durban-born HR officer's South African English with
// isiZulu. Lebanese: "X b3atli", "X b3atetli" (the spellings without the first vowel) are X sent
// me, "b3atetli l brief" sent me the brief, "b3atet la X" sent X; "7kit ma3o" talked with him,
// "ma3on" with them; "yom l arba3a" (the day of Wednesday) is the day. Shona: "na" written onto a
// name ("takataura naDan") is with them, "ndakataura" I talked, and "Svondo" alone closing a
// clause is Sunday. isiZulu: "no" or "na" written apart before a name ("ngikhulume no Kate") is
// with them.
import { describe, expect, it } from 'vitest';
import { mendsTo, readsAs, today } from '../../test/log-line-table.js';
import { mendLebanese } from './log-line-lebanese.js';
import { mendShona } from './log-line-shona.js';
import { mendZulu } from './log-line-zulu.js';

describe('Lebanese Arabic without its first vowels, read', () => {
  readsAs([
    [
      'hannah b3atli the brief for the Aldi store refit',
      ['Hannah'],
      today,
      'other',
      'give',
      'inbound',
    ],
    ['Rami b3atetli l drawings 3al email', ['Rami'], today, 'email', 'give', 'inbound'],
    [
      'lunch ma3 Karim yom l tlete, he wants a quote for a kitchen',
      ['Karim'],
      '2026-11-24',
      'meeting',
      'give',
      'mutual',
    ],
    [
      'called Sami Haddad, 7kina ma3o about the tender',
      ['Sami Haddad'],
      today,
      'call',
      'catch-up',
      'mutual',
    ],
  ]);
});

describe('Lebanese Arabic without its first vowels, put into English', () => {
  it.each([
    ['omar b3atli the site plans', 'omar sent me the site plans'],
    ['Lina b3atetli l survey mbere7', 'Lina sent me the survey yesterday'],
    ['b3atet la Joe my portfolio', 'sent Joe my portfolio'],
    ['b3atetla the drawings', 'sent her the drawings'],
    ['7kit ma3o 3al phone', 'talked with him on phone'],
    ['dinner ma3on mbere7', 'dinner with them yesterday'],
  ])('"%s"', (line, plain) => {
    expect(mendLebanese(line)).toBe(plain);
  });

  // "yom l" before a day is read in any note, with the other Arabic days.
  mendsTo([['rang Sara yom l arba3a', 'rang Sara wednesday']]);

  it.each(['Yom Kippur plans with Dan', 'the yom tov dinner', 'met Ma3o Studio on Friday'])(
    'keeps "%s" as written',
    (line) => {
      expect(mendLebanese(line)).toBe(line);
    },
  );
});

describe('Shona with "na" on a name and "Svondo" alone, read', () => {
  readsAs([
    [
      'Ndakataura naPriya Shah nezuro about locum shifts',
      ['Priya Shah'],
      '2026-11-29',
      'other',
      'catch-up',
      'mutual',
    ],
    [
      'Takataura naOwen Davies on Muvhuro, he can refer me',
      ['Owen Davies'],
      '2026-11-23',
      'other',
      'give',
      'mutual',
    ],
    [
      'Marcus Bell sent me the rota, Svondo',
      ['Marcus Bell'],
      '2026-11-29',
      'other',
      'give',
      'inbound',
    ],
  ]);
});

describe('Shona with "na" on a name and "Svondo" alone, put into English', () => {
  it.each([
    ['Takataura naGrace on the phone', 'we talked with Grace on the phone'],
    ['Ndakataura naTendai nezuro', 'talked with Tendai yesterday'],
    ['Lucy liked my post, Svondo', 'Lucy liked my post, Sunday'],
  ])('"%s"', (line, plain) => {
    expect(mendShona(line)).toBe(plain);
  });

  it.each([
    'Svondo Holdings sent the contract',
    'met NaN Chen at the ward',
    'a nurse from Nairobi, Napier ward',
  ])('keeps "%s" as written', (line) => {
    expect(mendShona(line)).toBe(line);
  });
});

describe('isiZulu with "no" written apart from a name, read', () => {
  readsAs([
    [
      'ngikhulume no Emma Clark izolo about the HRBP role',
      ['Emma Clark'],
      '2026-11-29',
      'other',
      'catch-up',
      'mutual',
    ],
    [
      'ngixoxe na Dev ngoLwesihlanu, he wants my CV',
      ['Dev'],
      '2026-11-27',
      'other',
      'ask',
      'inbound',
    ],
  ]);
});

describe('isiZulu with "no" written apart from a name, put into English', () => {
  it.each([
    ['ngikhulume no Thandi izolo', 'talked with Thandi yesterday'],
    ['sixoxe no Sipho Dlamini namhlanje', 'we chatted with Sipho Dlamini today'],
    // "no" before a word run together with capitals is English: no LinkedIn reply.
    ['ngimkhumbuze izolo, no LinkedIn reply', 'reminded them yesterday, no LinkedIn reply'],
  ])('"%s"', (line, plain) => {
    expect(mendZulu(line)).toBe(plain);
  });

  it.each(['no Friday call this week', 'said no to Sky, na Ana agreed'])(
    'keeps "%s" as written',
    (line) => {
      expect(mendZulu(line)).toBe(line);
    },
  );
});
