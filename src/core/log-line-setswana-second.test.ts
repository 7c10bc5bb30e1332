// Round 144: a Francistown logistics coordinator's English with Setswana. "o nkarabile" is a reply
// to me, "ke mmoleletse X" I told X, "o amogetse" accepted, "o tlhatlhobile" looked over, "o bone
// diphoso di le dintsi" found many mistakes, "gore ke mo thuse" to help them, "ga e batle" does not
// want, "o tla itumela" will be glad; "Lamatlhatso" is Saturday, "connection request ya me" my
// connection request, and "Ija," or "Ijoo!" opening a note is surprise, no one's name.
import { describe, expect, it } from 'vitest';
import { readsAs, today } from '../../test/log-line-table.js';
import { mendSetswana } from './log-line-setswana.js';

describe('Setswana in English notes, read (second round)', () => {
  readsAs([
    [
      'Kate Morrison o nkarabile ka email maabane',
      ['Kate Morrison'],
      '2026-11-29',
      'email',
      'catch-up',
      'inbound',
    ],
    [
      'Ijoo! kofi le Dev Labobedi, o mpoleletse ka a data role at Wise',
      ['Dev'],
      '2026-11-24',
      'meeting',
      'give',
      'mutual',
    ],
    [
      'Ija, drinks with Emma Clark Labone',
      ['Emma Clark'],
      '2026-11-26',
      'meeting',
      'catch-up',
      'mutual',
    ],
    [
      'ke mmoleletse Priya Shah ka email gore I got the job',
      ['Priya Shah'],
      today,
      'email',
      'catch-up',
      'outbound',
    ],
    [
      'Rachel Lowe o amogetse connection request ya me ka Labone',
      ['Rachel Lowe'],
      '2026-11-26',
      'social',
      'catch-up',
      'inbound',
    ],
    [
      'coffee le Zoe Martin ka Lamatlhatso, o tlhatlhobile cover letter ya me',
      ['Zoe Martin'],
      '2026-11-28',
      'meeting',
      'give',
      'mutual',
    ],
    [
      'ke mo leleditse Sam Patel, ga ba batle batho jaanong',
      ['Sam Patel'],
      today,
      'call',
      'catch-up',
      'outbound',
    ],
  ]);
});

describe('Setswana put into English (second round)', () => {
  it.each([
    ['Tom o nkopile gore ke mo thuse ka SQL', 'Tom asked me to help them about SQL'],
    ['ke mmoleletse Kate, o tla itumela', 'told Kate, will be glad'],
    ['Ija, lunch with Dev', 'lunch with Dev'],
    ['Ana o bone diphoso di le dintsi', 'Ana found many mistakes'],
    ['Ben o amogetse connection request ya me', 'Ben accepted my connection request'],
    ['ke arabetse Wei gompieno', 'replied to Wei today'],
  ])('reads "%s"', (line, plain) => {
    expect(mendSetswana(line)).toBe(plain);
  });

  it.each([
    'Ija Petrovic called me about the Leeds role',
    'the bone marrow drive with Dev on Friday',
    'sent my connection request to Ana',
    'coffee with Dev, lots of gore in that film',
  ])('keeps "%s"', (line) => {
    expect(mendSetswana(line)).toBe(line);
  });
});
