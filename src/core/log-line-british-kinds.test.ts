// Round 145: Scouse, East Yorkshire and Brummie notes, and the kinds they share with any English
// note. "a text off Kate" came from her, "bevvies" and "a cob" are drinks and a roll shared, a short
// weekday after a meal or call ("a brew sat with", "on a call fri and") is when; "he went over me
// take-home" reads the user's work, "wants me to have a look at his deck" asks of the user,
// "commissionin album art, £300" and "got label work for me" are paid work given, "no roles but
// she'll keep an eye out" and "says its gone already" are talk, "she's gonna check with HR" no
// favour, "askin if they'd need a freelancer" an ask, and "…, so grateful" after an intro no thanks.
import { describe } from 'vitest';
import { keepsAsWritten, mendsTo, readsAs, today } from '../../test/log-line-table.js';

describe('a message off someone came from them', () => {
  mendsTo([
    ['DM off Ruth Ames, she sent the link', 'DM from Ruth Ames, she sent the link'],
    ['text off a Tom Reilly at Arup', 'text from a Tom Reilly at Arup'],
  ]);
  keepsAsWritten(['took the day off Friday', 'Ruth Ames dropped me off at the station']);
});

describe('British English kinds, read', () => {
  readsAs([
    [
      'a text off Ruth Ames, they want testers for their app, sent me the link',
      ['Ruth Ames'],
      today,
      'message',
      'give',
      'inbound',
    ],
    [
      'Gary Holt, bevvies Thursday at the Cavern',
      ['Gary Holt'],
      '2026-11-26',
      'meeting',
      'catch-up',
      'mutual',
    ],
    [
      'went for a brew sat with Ruth Ames',
      ['Ruth Ames'],
      '2026-11-28',
      'meeting',
      'catch-up',
      'mutual',
    ],
    [
      'met Ruth Ames for a pint in town fri and she told me about her new job',
      ['Ruth Ames'],
      '2026-11-27',
      'meeting',
      'catch-up',
      'mutual',
    ],
    [
      'Ruth Ames teams tues, he went over me python take-home',
      ['Ruth Ames'],
      '2026-11-24',
      'video',
      'give',
      'mutual',
    ],
    [
      'Gary Holt texted, wants me to have a look at his slides',
      ['Gary Holt'],
      today,
      'message',
      'ask',
      'inbound',
    ],
    [
      'Gary Holt wants me to do a code review for his team',
      ['Gary Holt'],
      today,
      'other',
      'ask',
      'inbound',
    ],
    [
      'Gary Holt messaged, commissionin a poster for his gig, £300',
      ['Gary Holt'],
      today,
      'message',
      'give',
      'inbound',
    ],
    [
      'Ruth Ames emailed, her firm have some print work for me',
      ['Ruth Ames'],
      today,
      'email',
      'give',
      'inbound',
    ],
    [
      'Ruth Ames rang, no openings but she will keep an eye out',
      ['Ruth Ames'],
      today,
      'call',
      'catch-up',
      'inbound',
    ],
    [
      'Ruth Ames emailed back re the admin post, says its gone already',
      ['Ruth Ames'],
      today,
      'email',
      'catch-up',
      'inbound',
    ],
    [
      'rang Ruth Ames, she is gonna check with HR about freelancers',
      ['Ruth Ames'],
      today,
      'call',
      'catch-up',
      'outbound',
    ],
    [
      "emailed Ruth Ames askin if they'd need a designer in spring",
      ['Ruth Ames'],
      today,
      'email',
      'ask',
      'outbound',
    ],
    [
      'Gary Holt introduced me to Ruth Ames at Arup, so grateful',
      ['Gary Holt', 'Ruth Ames'],
      today,
      'other',
      'intro',
      'inbound',
    ],
    ["Gary Holt's gonna refer me to his manager", ['Gary Holt'], today, 'other', 'give', 'inbound'],
    ['Gary Holt rang again, wants a chat', ['Gary Holt'], today, 'call', 'catch-up', 'inbound'],
    ['rang Gary Holt again, no answer', ['Gary Holt'], today, 'call', 'follow-up', 'outbound'],
    [
      'Ruth Ames gave me notes on my portfolio, harsh but fair',
      ['Ruth Ames'],
      today,
      'other',
      'give',
      'inbound',
    ],
  ]);
});

describe('a contact asking after the user, and a first name said again', () => {
  readsAs([
    [
      'Gary Holt rang, wants to know my availability for a temp cover role',
      ['Gary Holt'],
      today,
      'call',
      'ask',
      'inbound',
    ],
    [
      'lunch with Ruth Ames and Gary Holt yesterday, Ruth said to apply',
      ['Ruth Ames', 'Gary Holt'],
      '2026-11-29',
      'meeting',
      'catch-up',
      'mutual',
    ],
    [
      'coffee with Gary Holt, Gary said to apply',
      ['Gary Holt'],
      today,
      'meeting',
      'catch-up',
      'mutual',
    ],
  ]);
});
