// Round 143: a Gaborone junior auditor's English with Setswana. "o nteleditse" is a call to me,
// "ke mo leleditse" one I made, "o nthomeletse" sent me, "ke kwaletse" I wrote to, "o ntebogile"
// thanked me, "o nkopile" asked me, "re kopane le" we met; "maabane", "bosigo jwa maabane", "beke
// e e fetileng", "malatsi a mabedi a a fetileng" and "ka Labotlhano" are days past, "ka di 16" a
// date; "le" is with or and, "wa" of a firm; "rra" and "mma" before a name are courtesies.
import { describe, expect, it } from 'vitest';
import { readsAs, today } from '../../test/log-line-table.js';
import { mendSetswana } from './log-line-setswana.js';

describe('Setswana in English notes, read', () => {
  readsAs([
    [
      'Olivia Brown o nteleditse maabane',
      ['Olivia Brown'],
      '2026-11-29',
      'call',
      'catch-up',
      'inbound',
    ],
    [
      'ke mo leleditse Kate Morrison ka Labotlhano',
      ['Kate Morrison'],
      '2026-11-27',
      'call',
      'catch-up',
      'outbound',
    ],
    [
      'kofi le rra Thomas Wright Matlhatso',
      ['Thomas Wright'],
      '2026-11-28',
      'meeting',
      'catch-up',
      'mutual',
    ],
    [
      'Ben Ng o ntebogile mo linkedin for the sql notes',
      ['Ben Ng'],
      today,
      'message',
      'thanks',
      'inbound',
    ],
    [
      'call le mma Priya Shah bosigo jwa maabane',
      ['Priya Shah'],
      '2026-11-29',
      'call',
      'catch-up',
      'mutual',
    ],
    [
      'beke e e fetileng ke buile le Rachel Lowe ka phone',
      ['Rachel Lowe'],
      '2026-11-23',
      'call',
      'catch-up',
      'mutual',
    ],
    [
      'lunch le Zoe Martin malatsi a mabedi a a fetileng',
      ['Zoe Martin'],
      '2026-11-28',
      'meeting',
      'catch-up',
      'mutual',
    ],
    [
      'Emma Clark wa Lloyds o nkopile go mo romela CV ya me',
      ['Emma Clark'],
      today,
      'other',
      'ask',
      'inbound',
    ],
  ]);
});

describe('Setswana put into English', () => {
  it.each([
    ['Sam wa Ocado o nthomeletse the spec ka di 5', 'Sam from Ocado sent me the spec on the 5th'],
    ['drinks le Dev le Wei Tshipi', 'drinks with Dev and Wei Sunday'],
    ['ke kwaletse Ana mo linkedin, ke a leboga mma', 'wrote to Ana on linkedin'],
  ])('reads "%s"', (line, plain) => {
    expect(mendSetswana(line)).toBe(plain);
  });

  it.each([
    'coffee with Dev yesterday, he will intro me to his lead',
    'called Kate about the MMA gym deal on Friday',
    'lunch at Le Pain Quotidien with Emma',
    'Tshepo Kgosi sent me the BURS audit contract',
  ])('keeps "%s"', (line) => {
    expect(mendSetswana(line)).toBe(line);
  });
});
