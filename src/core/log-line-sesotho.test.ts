// Round 142: a Maseru accountant's South African English with Sesotho. "ke mo letseditse X" is a
// call the writer placed, "X o ile a ntetsetsa" one X placed; "re buisane le X" talked with X, "re
// buisane ka" talked about; "re kopane le X" met X; "o nthometse" sent me, "ke mo rometse X" sent
// X; "o nkopantse le X" introduced me to X; "ke a leboha" is thanks (closing a note, said to its
// reader); "maobane" yesterday, "pele ho maobane" the day before, "kajeno" today, "bekeng e
// fetileng" last week; the days ("ka Labobedi", on Tuesday; "Moqebelo", Saturday); "le" before a
// name after a meeting is with them, and "ntate", "'m'e", "mme", "ausi", "abuti" before a name are
// no part of it.
import { describe, expect, it } from 'vitest';
import { readsAs, today } from '../../test/log-line-table.js';
import { mendSesotho } from './log-line-sesotho.js';

describe('Sesotho in English notes, read', () => {
  readsAs([
    [
      'ke mo letseditse Gareth Price maobane re the risk role',
      ['Gareth Price'],
      '2026-11-29',
      'call',
      'catch-up',
      'outbound',
    ],
    [
      'Kate Morrison o ile a ntetsetsa ka Labobedi about a contract at Sky',
      ['Kate Morrison'],
      '2026-11-24',
      'call',
      'give',
      'inbound',
    ],
    [
      're buisane le Priya Shah ka mohala bekeng e fetileng',
      ['Priya Shah'],
      '2026-11-23',
      'call',
      'catch-up',
      'mutual',
    ],
    [
      'coffee le ntate Robert Singh ka Labohlano, re buisane ka his team',
      ['Robert Singh'],
      '2026-11-27',
      'meeting',
      'catch-up',
      'mutual',
    ],
    [
      "lunch le 'm'e Margaret Okafor Moqebelo",
      ['Margaret Okafor'],
      '2026-11-28',
      'meeting',
      'catch-up',
      'mutual',
    ],
    [
      'Ben Ng o nthometse the job spec for an audit lead, kea leboha',
      ['Ben Ng'],
      today,
      'other',
      'give',
      'inbound',
    ],
    [
      'ke a leboha ausi Zoe Martin for the intro to Just Eat',
      ['Zoe Martin'],
      today,
      'other',
      'thanks',
      'outbound',
    ],
    [
      'drinks le abuti Owen Davies pele ho maobane',
      ['Owen Davies'],
      '2026-11-28',
      'meeting',
      'catch-up',
      'mutual',
    ],
    [
      'ke mo rometse Emily Clarke my CV kajeno, she asked for it',
      ['Emily Clarke'],
      today,
      'other',
      'give',
      'outbound',
    ],
    [
      're kopane le Chidi Eze at the IIA meetup ka Laboraro',
      ['Chidi Eze'],
      '2026-11-25',
      'event',
      'catch-up',
      'mutual',
    ],
    [
      'Lucy Patel o nkopantse le her manager at AZ Mantaha',
      ['Lucy Patel'],
      '2026-11-23',
      'other',
      'intro',
      'inbound',
    ],
    [
      'ke mo lebohile Hannah Schmidt on whatsapp for the SAP notes',
      ['Hannah Schmidt'],
      today,
      'message',
      'thanks',
      'outbound',
    ],
    [
      'teams call le Wei Chen, Labone, general catch up',
      ['Wei Chen'],
      '2026-11-26',
      'video',
      'catch-up',
      'mutual',
    ],
  ]);
});

describe('Sesotho in English notes, mended', () => {
  it('puts the words into English where they stand', () => {
    expect(mendSesotho('Olivia Brown o ile a ntetsetsa kajeno')).toBe(
      'Olivia Brown called me today',
    );
    expect(mendSesotho('Siobhan referred me, ke a leboha')).toBe('Siobhan referred me');
    expect(mendSesotho('video call with mme Mpho Letsie')).toBe('video call with Mpho Letsie');
    expect(mendSesotho('zoom le Dan Fletcher')).toBe('zoom with Dan Fletcher');
  });

  it('leaves a line with no Sesotho as it was', () => {
    for (const line of [
      'lunch with Tuan Le from Spotify 24/11',
      'WhatsApp from Le Thu Ha about the meetup',
      'le mandé mi CV a Rachel, she asked for it',
      'Chloe introduced me to her colleague Mme Claire Fontaine',
      'sent Ben the article sur le UX writing',
      'Lee Jordan sent me the ops analyst link ka',
      'coffee with Kate on Thursday, she said the team is hiring',
    ]) {
      expect(mendSesotho(line)).toBe(line);
    }
  });
});
