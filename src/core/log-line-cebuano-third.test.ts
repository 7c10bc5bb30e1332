// Round 144: a Cagayan de Oro recruiter's English with Bisaya, Cebuano as Mindanao speaks it, and
// some Tagalog. Names come in small letters ("gi-call ko ni thomas wright sa arup": thomas wright
// of arup rang me); "kagahapon" is yesterday, "niaging semana" last week, "ika-5 sa nobyembre" a
// date, "sukad sa" since; "nakig-kita ko ni X" and "nagkita mi ni X" are meetings, "nakig-kape"
// a coffee; "ni-tawag" a call; "ug" between two people is "and", before a thing "a"; "ate",
// "kuya", "ma'am" and "sir" before a name are courtesies; "X gi-review akong cv" is X's doing,
// "gi-call ko sa akong kakilala" a call to the user; "nanghinaut ko nga i-refer ko niya" asks for
// a referral, "kung pwede ba ko mo-speak" asks the user; "nga iyang gisaad" is promised.
import { describe, expect, it } from 'vitest';
import { keepsAsWritten, readsAs, today } from '../../test/log-line-table.js';
import { mendCebuano } from './log-line-cebuano.js';

describe('Mindanao Bisaya in English notes, read', () => {
  readsAs([
    [
      'gi-message ko ni carlo reyes sa globe kagahapon, naay opening sa ilang team',
      ['Carlo Reyes'],
      '2026-11-29',
      'message',
      'give',
      'inbound',
    ],
    [
      'tessa (ey) ni-comment sa akong post niaging semana',
      ['Tessa'],
      '2026-11-23',
      'social',
      'catch-up',
      'inbound',
    ],
    [
      'nakig-kita ko ni liza ramos sa tech expo sa biyernes',
      ['Liza Ramos'],
      '2026-11-27',
      'event',
      'catch-up',
      'mutual',
    ],
    [
      'nakig-lunch ko ni jun santos gahapon',
      ['Jun Santos'],
      '2026-11-29',
      'meeting',
      'catch-up',
      'mutual',
    ],
    [
      'nagkita mi ni mia ocampo sa careers night sa huwebes',
      ['Mia Ocampo'],
      '2026-11-26',
      'event',
      'catch-up',
      'mutual',
    ],
    [
      'si bea torres sa grab nag-DM, naay analyst role',
      ['Bea Torres'],
      today,
      'message',
      'give',
      'inbound',
    ],
    [
      'dinner with kuya owen davies ug zoe martin sa sabado',
      ['Owen Davies', 'Zoe Martin'],
      '2026-11-28',
      'meeting',
      'catch-up',
      'mutual',
    ],
    [
      'nora lim gi-edit akong cover letter sa messenger',
      ['Nora Lim'],
      today,
      'message',
      'catch-up',
      'inbound',
    ],
    [
      'ni-tawag si leo tan ika-5 sa nobyembre',
      ['Leo Tan'],
      '2026-11-05',
      'call',
      'catch-up',
      'inbound',
    ],
    [
      'gi-text nako si nico bahin sa referral nga iyang gisaad',
      ['Nico'],
      today,
      'message',
      'follow-up',
      'outbound',
    ],
    [
      'gi-message nako si ivan cruz, nanghinaut ko nga i-refer ko niya sa ilang HR',
      ['Ivan Cruz'],
      today,
      'message',
      'ask',
      'outbound',
    ],
    [
      'ni-email si ria gomez niaging bulan kung pwede ba ko mo-join sa ilang panel',
      ['Ria Gomez'],
      '2026-10-30',
      'email',
      'ask',
      'inbound',
    ],
    [
      'gi-email nako kay lara diaz ang portfolio nga iyang gipangayo',
      ['Lara Diaz'],
      today,
      'email',
      'give',
      'outbound',
    ],
    [
      'gi-chase nako si ana reyes, wala pa ni-reply sukad sa 3rd',
      ['Ana Reyes'],
      today,
      'other',
      'follow-up',
      'outbound',
    ],
    ['call with jo sa lunes', ['Jo'], '2026-11-23', 'call', 'catch-up', 'mutual'],
  ]);

  it('puts the phrases into English where they stand', () => {
    expect(mendCebuano('gi-call ko ni thomas wright sa arup kagahapon')).toBe(
      'thomas wright rang me sa arup yesterday',
    );
    expect(mendCebuano('gi-intro ko ni dev sa iyang HR lead')).toBe(
      'dev introduced me to their HR lead',
    );
    expect(mendCebuano('nag-connect request ko kay tomas vera')).toBe(
      'sent a connection request to tomas vera',
    );
    expect(mendCebuano('gi-call ko sa akong kakilala sa globe')).toBe(
      'my acquaintance rang me sa globe',
    );
    expect(mendCebuano('uy nag-send si ben ug JD sa linkedin')).toBe(
      'ben sent me a JD on linkedin',
    );
    expect(mendCebuano('jo ni-like sa akong post')).toBe('jo liked my post');
  });
});

const english = [
  'ate lunch with Ben Ng yesterday',
  'Sir Ian called about the role',
  'ugh, missed the call with Kate',
  'coffee with Wei Chen on Friday',
];

describe('English and other notes, as written', () => {
  keepsAsWritten(english);

  it.each(english)('leaves "%s" to English', (line) => {
    expect(mendCebuano(line)).toBe(line);
  });

  it('leaves a Spanish day after "el" to Spanish', () => {
    expect(mendCebuano('llamé a Ana el martes')).toBe('llamé a Ana el martes');
  });
});
