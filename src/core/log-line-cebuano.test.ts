// Round 142: a Cebu City team lead's English with Cebuano (Bisaya). "gi-call ko si X" and
// "nag-message ko ni X" are the user's doing, "nag-chat mi ni X" a chat both had, "X nag-follow
// nako" a follow done to the user, "ni-reply si X" a reply; "gahapon" is yesterday, "sa Martes"
// on Tuesday, "sa miaging semana" last week; "nangutana" and "nangayo ko" ask, "nakaila ko ni X"
// is a meeting, "salamat kaayo" thanks, "wala pa" nothing yet. Lines in English, in Spanish ("el
// martes") and in Tagalog ("tinawagan ko si Kate", "nung Martes") stay as they were.
import { describe, expect, it } from 'vitest';
import { readsAs, today } from '../../test/log-line-table.js';
import { mendCebuano } from './log-line-cebuano.js';

describe('Cebuano in English notes, read', () => {
  readsAs([
    [
      'gi-call ko si Kate Morrison gahapon re the support lead role',
      ['Kate Morrison'],
      '2026-11-29',
      'call',
      'catch-up',
      'outbound',
    ],
    [
      'nag-coffee mi ni Ben Ng sa miaging semana, daghan kaayo siya tips',
      ['Ben Ng'],
      '2026-11-23',
      'meeting',
      'catch-up',
      'mutual',
    ],
    [
      'Owen Davies nag-follow nako sa linkedin',
      ['Owen Davies'],
      today,
      'social',
      'catch-up',
      'inbound',
    ],
    [
      'nag-message ko ni Priya Shah karon, asking if naa bay opening sa ila',
      ['Priya Shah'],
      today,
      'message',
      'ask',
      'outbound',
    ],
    [
      'nag-chat mi ni Rachel Lowe on whatsapp sa Martes',
      ['Rachel Lowe'],
      '2026-11-24',
      'message',
      'catch-up',
      'mutual',
    ],
    [
      'Gi-call ko si Grace Tan sa Sabado, nangayo ko tips for the panel',
      ['Grace Tan'],
      '2026-11-28',
      'call',
      'ask',
      'outbound',
    ],
    [
      'nag-nudge ko ni Daniel Okoro re the referral, wala pa gyud',
      ['Daniel Okoro'],
      today,
      'other',
      'follow-up',
      'outbound',
    ],
    [
      'nag-connect ko ni Hazel Lim on LinkedIn gahapon',
      ['Hazel Lim'],
      '2026-11-29',
      'social',
      'catch-up',
      'outbound',
    ],
  ]);
});

describe('Cebuano put into English', () => {
  it.each([
    ['gi-call ko si Dev gahapon', 'rang Dev yesterday'],
    ['Marco Cruz gi-call ko ganina', 'rang Marco Cruz today'],
    ['nag-chat mi ni Jose sa Glovo', 'chatted by message with Jose from Glovo'],
    ['ni-reply si Owen sa akong DM karon', 'Owen replied to my DM today'],
    ['nakaila ko ni Carlo Mendoza sa meetup gahapon', 'met Carlo Mendoza at meetup yesterday'],
    ['salamat kaayo ni Aisha for the tips, nag-text ko', 'thanked Aisha for the tips, texted'],
    ['Lucy sent me the JD, salamat kaayo kuya!', 'Lucy sent me the JD'],
    [
      'Sam messaged Huwebes, nangutana unsaon pag-handle ug escalations',
      'Sam messaged Thursday, asked how to handle escalations',
    ],
    ['emailed Zoe the deck gahapon', 'emailed Zoe the deck yesterday'],
  ])('"%s"', (line, plain) => {
    expect(mendCebuano(line)).toBe(plain);
  });

  it('reads a day by itself outside Spanish and Tagalog', () => {
    expect(mendCebuano('Niamh Kelly emailed Martes')).toBe('Niamh Kelly emailed Tuesday');
    expect(mendCebuano('zoom with Ben sa Martes')).toBe('zoom with Ben on Tuesday');
  });
});

describe('English, Spanish and Tagalog kept as written', () => {
  it.each([
    'called Kate Morrison about the Sky role',
    'Min-seo Kang messaged me on LinkedIn',
    'coffee with Ana Lopez, mi amiga from Spotify, el martes',
    'commented on Niamh’s post el martes',
    'tinawagan ko si Kate M (Sky) about the analytics lead job',
    'nag-coffee kami ni Robert Singh (KPMG) sa Paddington nung Martes',
    'nakita ko si Dan sa meetup last week',
    'Video Call Mi. with Siobhan Murphy',
  ])('keeps "%s"', (line) => {
    expect(mendCebuano(line)).toBe(line);
  });
});
