// Round 143: a Sfax mechanical engineer's English with Tunisian Arabic (Derja) in Latin letters
// and French, a second Tunisian voice. "kallemni" and "kallmetni" are calls the contact placed,
// "kallemt X" one the writer placed; "l5mis" is Thursday, "l'erb3a" Wednesday, "lethnin" Monday,
// "jem3a lfeyta" last week (while "nhar jem3a" is Friday), "lethnin lli fet" last Monday and
// "9bal 3 ayem" three days ago; "chkart X" thanked X and "chkartni" thanked me; "talbet menni"
// is a contact asking and "nes2lou" the writer asking; "9altli" told me, "3malli intro"
// introduced me, "3amalli review lel cv" reviewed my CV; "X mta3 firm" is X of that firm.
import { describe, expect, it } from 'vitest';
import { readsAs, today } from '../../test/log-line-table.js';
import { mendTunisian } from './log-line-tunisian.js';

describe('Tunisian Arabic from Sfax in English notes, read', () => {
  readsAs([
    [
      'Gareth Price kallemni lethnin lli fet, 3andhom mission fi Leeds',
      ['Gareth Price'],
      '2026-11-23',
      'call',
      'give',
      'inbound',
    ],
    [
      'kallemt Ben Ng l5mis nes2lou 3la referral fi Google',
      ['Ben Ng'],
      '2026-11-26',
      'call',
      'ask',
      'outbound',
    ],
    [
      'chkart Priya Shah 3al mock interview 3la whatsapp',
      ['Priya Shah'],
      today,
      'message',
      'thanks',
      'outbound',
    ],
    [
      'Zoe Martin chkartni bel mail 3al article',
      ['Zoe Martin'],
      today,
      'email',
      'thanks',
      'inbound',
    ],
    [
      "Owen Davies 3amalli review lel cv nhar l'erb3a",
      ['Owen Davies'],
      '2026-11-25',
      'other',
      'give',
      'inbound',
    ],
    [
      'Emma Clark mta3 Lloyds talbet menni case study, mail',
      ['Emma Clark'],
      today,
      'email',
      'ask',
      'inbound',
    ],
    [
      'video m3a Chidi Eze jem3a lfeyta, 7kina 3al relocation',
      ['Chidi Eze'],
      '2026-11-23',
      'video',
      'catch-up',
      'mutual',
    ],
    [
      'relancit Rachel Lowe 3al referral 9bal 3 ayem, mazal walou',
      ['Rachel Lowe'],
      '2026-11-27',
      'other',
      'follow-up',
      'outbound',
    ],
    [
      'Kate Morrison 9altli sky y recrutiw, whatsapp le5mis',
      ['Kate Morrison'],
      '2026-11-26',
      'message',
      'give',
      'inbound',
    ],
  ]);
});

describe('Tunisian Arabic from Sfax put into English', () => {
  it.each([
    ['kallmetni sami a7ad', 'sami called me sunday'],
    ['wei 3malli intro l tom hill, par mail', "wei intro'd me to tom hill, par mail"],
    [
      '9ahwa m3a leila, 9altli bech t7ottni m3a lead mte3ha',
      "coffee with leila, told me she'll put me in touch with her lead",
    ],
    ['anna mta3 revolut 3ameltli like 3al post', 'anna (revolut) liked my post'],
    ['tla9it karim fel meetup', 'met karim at the meetup'],
    // "nhar jem3a" is Friday; "jem3a lfeyta" is the week gone.
    ['call m3a sami nhar jem3a', 'call with sami friday'],
    ['call m3a sami jem3a lfeyta', 'call with sami last week'],
  ])('"%s"', (line, plain) => {
    expect(mendTunisian(line)).toBe(plain);
  });
});

describe('English kept as written', () => {
  it.each([
    'coffee with Mel from Sage, she liked the deck',
    'met Fi at the fair, great chat',
    'asked Ken for a referral on linkedin',
    'sent my portfolio to L Smith by email',
    'calmed things with Dev after the call',
  ])('keeps "%s" in English', (line) => {
    expect(mendTunisian(line)).toBe(line);
  });
});
