// Round 143: a Davao City customer-success manager's English with Bisaya (Cebuano as Davao writes
// it). The prefix says who did it: "gi-X nako si Y" and "nag-X ko kay Y" are the user's doing,
// "gi-X ko ni Y" and "ni-X si Y" done to the user ("gi-call ko ni Gareth": Gareth rang me), "gi-X
// niya" theirs; any English verb takes the prefixes ("gi-review", "gi-WhatsApp", "nag-send og").
// "kagabii" is last night, "karong hapon" this afternoon, "tulo ka adlaw na" three days ago,
// "niadtong Huwebes" on Thursday; "kay X" is to X, "bahin sa" about, "i-refer daw ko niya" an
// offer to refer. English and Tagalog lines ("ni-intro ako ni Aisha") stay as they were.
import { describe, expect, it } from 'vitest';
import { readsAs, today } from '../../test/log-line-table.js';
import { mendCebuano } from './log-line-cebuano.js';

describe('Davao Bisaya in English notes, read', () => {
  readsAs([
    [
      'gi-call ko ni Kate Morrison kagabii bahin sa iyang bag-ong trabaho',
      ['Kate Morrison'],
      '2026-11-29',
      'call',
      'catch-up',
      'inbound',
    ],
    [
      'nitawag si Ben Ng tulo ka adlaw na, i-refer daw ko niya sa ilang ops team',
      ['Ben Ng'],
      '2026-11-27',
      'call',
      'give',
      'inbound',
    ],
    [
      'gi-share nako ang churn playbook kay Priya Shah karong hapon',
      ['Priya Shah'],
      today,
      'other',
      'give',
      'outbound',
    ],
    [
      'gi-review ni Rachel Lowe akong portfolio sa zoom niadtong Huwebes',
      ['Rachel Lowe'],
      '2026-11-26',
      'video',
      'give',
      'mutual',
    ],
    [
      'ni-email si owen davies duha ka adlaw ang milabay, gusto daw niya makita akong deck',
      ['Owen Davies'],
      '2026-11-28',
      'email',
      'ask',
      'inbound',
    ],
    [
      'gi-WhatsApp nako si Grace Tan kagabii, nangutana ko kung pwede niya ko i-refer',
      ['Grace Tan'],
      '2026-11-29',
      'message',
      'ask',
      'outbound',
    ],
    [
      'Hazel Lim from Wise nag-send og feedback sa akong case study',
      ['Hazel Lim'],
      today,
      'other',
      'give',
      'inbound',
    ],
  ]);
});

describe('Davao Bisaya put into English', () => {
  it.each([
    ['gi-call ko ni Dev kagabii', 'Dev rang me yesterday'],
    ['gitawagan nako si Mia karong buntag', 'rang Mia today'],
    ['ni-comment si lee jordan sa akong post', 'lee jordan commented on my post'],
    ['gi-send nako kay Sam akong cv kay gipangayo niya', 'sent Sam my cv since they wanted it'],
    ['gi-forward niya ang JD niadtong Lunes', 'they forwarded the JD on Monday'],
    ['nag-send og connection request si mark evans', 'mark evans sent me a connection request'],
  ])('"%s"', (line, plain) => {
    expect(mendCebuano(line)).toBe(plain);
  });
});

describe('English and Tagalog kept as written', () => {
  it.each([
    'called Kate Morrison about the Sky role',
    'Mia Domingo emailed me the brief',
    'ni-intro ako ni Aisha (Unilever) sa manager niya, email thread kanina',
    'katie morris nag-message, gusto niya akong i-interview',
    'nag-coffee kami ni Robert Singh (KPMG) sa Paddington nung Martes',
  ])('keeps "%s"', (line) => {
    expect(mendCebuano(line)).toBe(line);
  });
});
