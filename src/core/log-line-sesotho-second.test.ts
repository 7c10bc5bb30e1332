// Round 143: a second writer of Sesotho, an HR business partner in Bloemfontein whose South African
// English takes in Sesotho and some Setswana. "o tla mpha" is will give me, "o tla ntlhahisa ho X"
// will introduce me to X; "o nkopile hore ke..." asked me to; "o mpoleletse hore ba hira" told me
// they are hiring, "ba batla" they are looking for; "CV ya ka" my CV, "boss wa hae" their boss;
// "X wa Absa" X from Absa; "matsatsi a mararo a fetileng" three days ago; "a neng a e kopile
// Labone" (that she had asked for on Thursday) is no date of the line; "Kate Morrison le Ana" is
// Kate and Ana; the Setswana "maabane", "ke a leboga rra" and "Mma" are read as the Sesotho ones.
import { describe, expect, it } from 'vitest';
import { readsAs, today } from '../../test/log-line-table.js';
import { mendSesotho } from './log-line-sesotho.js';

describe('a second writer of Sesotho, read', () => {
  readsAs([
    [
      'Coffee le Thabo Mokoena maabane, o tla mpha list ya recruiters',
      ['Thabo Mokoena'],
      '2026-11-29',
      'meeting',
      'give',
      'mutual',
    ],
    [
      'Lerato Nkosi o ntlhahisitse ho head of talent ya Vodacom, Labobedi',
      ['Lerato Nkosi'],
      '2026-11-24',
      'other',
      'intro',
      'inbound',
    ],
    [
      'Nomvula Dlamini wa Discovery o nkopile hore ke be guest on their careers podcast',
      ['Nomvula Dlamini'],
      today,
      'other',
      'ask',
      'inbound',
    ],
    [
      'Refilwe Molefe wa Standard Bank o mpoleletse hore ba hira HR analysts',
      ['Refilwe Molefe'],
      today,
      'other',
      'give',
      'inbound',
    ],
    [
      'Ke rometse Pieter Botha CV ya ka e ntjha ka email',
      ['Pieter Botha'],
      today,
      'email',
      'ask',
      'outbound',
    ],
    [
      'Emailed Zanele Khumalo the attrition report a neng a e kopile Labone',
      ['Zanele Khumalo'],
      today,
      'email',
      'give',
      'outbound',
    ],
    [
      'Kabelo Sithole emailed his interview notes matsatsi a mabedi a fetileng',
      ['Kabelo Sithole'],
      '2026-11-28',
      'email',
      'give',
      'inbound',
    ],
    [
      'Thanked Mpho Letsie maabane for the salary benchmarks, ke a leboga rra',
      ['Mpho Letsie'],
      '2026-11-29',
      'other',
      'thanks',
      'outbound',
    ],
  ]);
});

describe('a second writer of Sesotho, mended', () => {
  it('puts the words into English where they stand', () => {
    expect(mendSesotho('WhatsApp from Kabelo, o re position e koetswe')).toBe(
      'WhatsApp from Kabelo, says position is closed',
    );
    expect(mendSesotho('Dineo le Palesa from Absa both liked my post')).toBe(
      'Dineo and Palesa from Absa both liked my post',
    );
    expect(mendSesotho('Lindiwe o ile a nthomela JD ya HRBP role ka WhatsApp')).toBe(
      'Lindiwe sent me JD of HRBP role on WhatsApp',
    );
    expect(mendSesotho('Emailed Mma Grace at PwC re the HR data role')).toBe(
      'Emailed Grace at PwC re the HR data role',
    );
  });

  it('leaves a line with no Sesotho as it was', () => {
    for (const line of [
      'drinks at Café le Nord with Ana, she knows the Bupa HR team',
      'sent Ben ka 12 slides ya know, the deck he asked for',
      'Hannah said ya the role is still open, call on Friday',
      'Emailed Mma about the MMA sponsorship pitch',
      'Paulo o Brien liked my post about hiring',
      'coffee with Tuan Le at Hore Street cafe',
    ]) {
      expect(mendSesotho(line)).toBe(line);
    }
  });
});
