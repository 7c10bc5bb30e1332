// Round 144: a Bizerte writer's Tunisian Arabic (Derja) in Latin letters with French and English,
// a third Tunisian voice. "3arfetni b X" is an introduction made and "bech t3arafni b" one
// promised; "chkretni" thanked me; "3ayytli" called me; "zedetni" added me; "t9ablt X w Y" met X
// and Y; "t7ebni n3awnha" an ask; "3amli like", "3mal review" the social and CV favours; "nhar
// ethlatha" Tuesday, "2 ayyem lteli" and "il y a 3 jours" days ago; "followit m3a" and "nudgit"
// chasing; "b3athtlou l X" sent X; "kallemt X, 7kina" a call the writer placed.
import { describe, expect, it } from 'vitest';
import { keepsAsWritten, readsAs, today } from '../../test/log-line-table.js';
import { mendTunisian } from './log-line-tunisian.js';

describe('Tunisian Arabic from Bizerte in English notes, read', () => {
  readsAs([
    [
      'Priya Shah 3arfetni b Tom Hill, data lead fi Ocado, par mail',
      ['Priya Shah', 'Tom Hill'],
      today,
      'email',
      'intro',
      'inbound',
    ],
    [
      'Leila men Sage 9altli bech t3arafni b manager mte3ha',
      ['Leila'],
      today,
      'other',
      'give',
      'inbound',
    ],
    [
      'Hannah Lee chkretni 3al mock interview 3al WhatsApp',
      ['Hannah Lee'],
      today,
      'message',
      'thanks',
      'inbound',
    ],
    [
      'kallemt Ben Ng lbera7, 7kina 3al relocation',
      ['Ben Ng'],
      '2026-11-29',
      'call',
      'catch-up',
      'outbound',
    ],
    [
      'Chidi 3ayytli il y a 3 jours, t7ebni n3awnha fi deck mte3ha',
      ['Chidi'],
      '2026-11-27',
      'call',
      'ask',
      'inbound',
    ],
    ['Marco 3amli like 3al article mte3i', ['Marco'], today, 'social', 'catch-up', 'inbound'],
    ['Sara Kim zedetni 3al LinkedIn', ['Sara Kim'], today, 'social', 'catch-up', 'inbound'],
    [
      'lunch m3a Tom Hill nhar ethlatha',
      ['Tom Hill'],
      '2026-11-24',
      'meeting',
      'catch-up',
      'mutual',
    ],
    [
      "t9ablt Karim w Nadia Saleh fel salon Vivatech l'arb3a",
      ['Karim', 'Nadia Saleh'],
      '2026-11-25',
      'event',
      'catch-up',
      'mutual',
    ],
    ['followit m3a Maria par mail 3al stage', ['Maria'], today, 'email', 'follow-up', 'outbound'],
    ['nudgit Ahmed 3al referral', ['Ahmed'], today, 'other', 'follow-up', 'outbound'],
    ['b3athtlou l Ben Ng lien mte3 offre fi Ocado', ['Ben Ng'], today, 'other', 'give', 'outbound'],
    ['9hwa m3a Rania 2 ayyem lteli', ['Rania'], '2026-11-28', 'meeting', 'catch-up', 'mutual'],
    ['Omar 3mal review 3al CV mte3i', ['Omar'], today, 'other', 'give', 'inbound'],
  ]);
});

describe('Tunisian Arabic from Bizerte put into English', () => {
  it.each([
    ['Ines 3arefni b Sami', 'Ines introduced me to Sami'],
    ['Yacine 3amlet comment 3al post mte3i', 'Yacine commented on my post'],
    ['Salma kenet tpresenti', 'Salma was presenting'],
    ['drinks m3a Amine ba3d l panel', 'drinks with Amine after the panel'],
    ['Nour jawbetni lyoum', 'Nour replied to me today'],
    // "bech nchkrou" (so as to thank him) is a plan, left for the rest of the line to say.
    ['b3atht msg l Lina nchkorha 3al call', 'sent msg to Lina to thank her for call'],
    ['kallemt Lina bech nchkrou', 'called Lina bech nchkrou'],
  ])('"%s"', (line, plain) => {
    expect(mendTunisian(line)).toBe(plain);
  });
});

describe('English kept as written', () => {
  keepsAsWritten([
    'met Ken at the salon in Leeds, nice chat',
    'Sam liked my post about the offre on LinkedIn',
    'coffee with Kenet from Arup about the lien',
  ]);
});
