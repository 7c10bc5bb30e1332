// Round 145: a Kampala data analyst's Ugandan English with Luganda and some Lusoga. "yankubidde
// essimu" is a call to me, "nnamuwandiikidde" I wrote to them, "yampeereza" sent me,
// "twasisinkanye" we met; "jjo", "jjuuzi", "leero", "wiiki ewedde" and "ku Lwokubiri" are days;
// "webale" is thanks, "ssebo" and "nnyabo" courtesies; a name written before "nnamu-" is whom it
// was done to. Ugandan and Malawian names read as someone new.
import { describe, expect, it } from 'vitest';
import { readsAs, today } from '../../test/log-line-table.js';
import { mendLuganda } from './log-line-luganda.js';
import { looksLikePersonName } from './person-name-shape.js';

describe('Luganda in English notes, read', () => {
  readsAs([
    [
      'Ben Ng yankubidde essimu ku Lwakusatu',
      ['Ben Ng'],
      '2026-11-25',
      'call',
      'catch-up',
      'inbound',
    ],
    [
      'nnamukubidde essimu Rachel Lowe jjuuzi',
      ['Rachel Lowe'],
      '2026-11-28',
      'call',
      'catch-up',
      'outbound',
    ],
    [
      'Kate Morrison, nnamuwandiikidde email ku Mmande',
      ['Kate Morrison'],
      '2026-11-23',
      'email',
      'catch-up',
      'outbound',
    ],
    ['Dev yampeereza the rota template jjo', ['Dev'], '2026-11-29', 'other', 'give', 'inbound'],
    [
      'twasisinkanye ne Priya Shah at the career fair wiiki ewedde',
      ['Priya Shah'],
      '2026-11-23',
      'event',
      'catch-up',
      'mutual',
    ],
    [
      'Olivia Brown yanneebaza ku WhatsApp leero',
      ['Olivia Brown'],
      today,
      'message',
      'thanks',
      'inbound',
    ],
    [
      'coffee with Brian Ssekandi ku Lwokutaano',
      ['Brian Ssekandi'],
      '2026-11-27',
      'meeting',
      'catch-up',
      'mutual',
    ],
    [
      'Ssebo Moses Kiggundu yankubidde jjo',
      ['Moses Kiggundu'],
      '2026-11-29',
      'call',
      'catch-up',
      'inbound',
    ],
    [
      'lunch with Chikondi Banda ennaku ssatu eziyise',
      ['Chikondi Banda'],
      '2026-11-27',
      'meeting',
      'catch-up',
      'mutual',
    ],
  ]);
});

describe('Luganda put into English', () => {
  it.each([
    ['Sam yampandiikidde email Olwokuna', 'Sam emailed me Thursday'],
    ['Ana, nnamuweerezza the deck ku Ssande', 'sent Ana the deck on Sunday'],
    ['nnabawandiikidde Ben ne Ana, webale nnyo', 'wrote to Ben and Ana'],
    [
      'Wei ajja kumpeereza the slides, nja kumukubira',
      'Wei will send me the slides, I will call them',
    ],
    ['chased Zoe about the role, tewali kyonna', 'chased Zoe about the role, nothing yet'],
    [
      'Grace Nakato yambuuzizza about the job ekiro kya jjo',
      'Grace Nakato asked me about the job last night',
    ],
  ])('reads "%s"', (line, plain) => {
    expect(mendLuganda(line)).toBe(plain);
  });

  it.each([
    'coffee with Dev yesterday, he will intro me to his lead',
    'rang Kate on Tuesday about the MBA course, kale',
    'Tulia Mwangi sent me the spec',
    'lunch with Ana at Nando’s, she will ask her manager',
  ])('keeps "%s"', (line) => {
    expect(mendLuganda(line)).toBe(line);
  });
});

describe('names of Uganda and Malawi', () => {
  it.each([
    'Brian Ssekandi',
    'Grace Nansubuga',
    'Daudi Okello',
    'Kisakye Tumusiime',
    'Chikondi Banda',
    'Tiyamike Mwale',
    'Mphatso Chirwa',
  ])('takes "%s", named in a line, for someone new', (name) => {
    const line = `coffee with ${name} yesterday`;
    expect(looksLikePersonName(name, { line, ownGiven: new Set() })).toBe(true);
  });
});
