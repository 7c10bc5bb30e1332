// Round 129: a Cardiff job-club member's South Wales English, a Belfast team leader's Northern
// Irish English, a London illustrator's phone shorthand and a career-changing teacher's careful
// English. What a contact sends, reviews or offers is given; a role gone, a rejection or thanks
// still owed is not; a talk named by its gathering is an event.
import { describe, expect, it } from 'vitest';
import { readsAs, today } from '../../test/log-line-table.js';
import { setAsidesApart } from './log-line-asides.js';

describe('asides, round 129', () => {
  it.each([
    ['zoe just eat -> sent her the sketches', 'zoe just eat - sent her the sketches'],
    ['marcus bell -> pinged again, no reply', 'marcus bell - pinged again, no reply'],
    ["leo grant -> wetransfer'd him the finals", "leo grant - wetransfer'd him the finals"],
    ['LinkedIn msg -> Siobhan', 'LinkedIn msg to Siobhan'],
    ['rang my old boss dai at the depot', 'rang my old boss dai at the depot'],
    ['chidi dai rang', 'chidi rang'],
  ])('"%s"', (line, plain) => {
    expect(setAsidesApart(line)).toBe(plain);
  });
});

describe('South Wales, Ulster and shorthand notes, read', () => {
  readsAs([
    // What a contact sends or does with the user's things is given.
    [
      'hannah schmidt sent over the sap returners pack',
      ['Hannah Schmidt'],
      today,
      'other',
      'give',
      'inbound',
    ],
    [
      'gareth price sent the admiral brand guidelines',
      ['Gareth Price'],
      today,
      'other',
      'give',
      'inbound',
    ],
    [
      'Fatima Zahra sent over two survey reports I could use',
      ['Fatima Zahra'],
      today,
      'other',
      'give',
      'inbound',
    ],
    [
      'facetime with kate morrison sat, shes looking over my cv for me',
      ['Kate Morrison'],
      '2026-11-28',
      'video',
      'give',
      'mutual',
    ],
    [
      'Lee Jordan wrote me a linkedin recommendation',
      ['Lee Jordan'],
      today,
      'social',
      'give',
      'inbound',
    ],
    [
      'video with lucy patel friday, shes passing my name on to their comms lead',
      ['Lucy Patel'],
      '2026-11-27',
      'video',
      'give',
      'mutual',
    ],
    // Hands wanted, or the user wanted back.
    [
      'lisa pritchard messaged back, says stagecoach are after depot controllers',
      ['Lisa Pritchard'],
      today,
      'message',
      'give',
      'inbound',
    ],
    [
      'lunch with Emma Clark, she says theyre crying out for people',
      ['Emma Clark'],
      today,
      'meeting',
      'give',
      'mutual',
    ],
    [
      'Olivia Brown rang, wants me back on the casual list',
      ['Olivia Brown'],
      today,
      'call',
      'give',
      'inbound',
    ],
    [
      'Devendra Mistry rang, a mate of his in the L&D team is looking somebody',
      ['Devendra Mistry'],
      today,
      'call',
      'give',
      'inbound',
    ],
    [
      'Olivia Brown rang, recruiting for a training company in newry',
      ['Olivia Brown'],
      today,
      'call',
      'give',
      'inbound',
    ],
    // A role gone, or a rejection, is no news of one.
    [
      "Lee Jordan messaged to say the analyst role he'd mentioned has been filled internally",
      ['Lee Jordan'],
      today,
      'message',
      'catch-up',
      'inbound',
    ],
    [
      'Olivia Brown rang to say the NHS contract had gone to someone with more experience',
      ['Olivia Brown'],
      today,
      'call',
      'catch-up',
      'inbound',
    ],
    [
      'Devendra Mistry rang to check I was okay after the rejection from the NHS job',
      ['Devendra Mistry'],
      today,
      'call',
      'catch-up',
      'inbound',
    ],
    // Asked of the user.
    [
      'Margaret Okafor rang me, wanted to know could i help out on the survey',
      ['Margaret Okafor'],
      today,
      'call',
      'ask',
      'inbound',
    ],
    [
      'Mark Evans msg: can i resend the invoice as pdf',
      ['Mark Evans'],
      today,
      'message',
      'ask',
      'inbound',
    ],
    // Thanks still owed, or felt, is no thanks passed; a message that is thanks is theirs.
    [
      'Ben Ng sent me the link to that course, I must remember to thank him',
      ['Ben Ng'],
      today,
      'other',
      'give',
      'inbound',
    ],
    [
      'katie morris msg: thx for the title card',
      ['Katie Morris'],
      today,
      'message',
      'thanks',
      'inbound',
    ],
    [
      "Kate Morrison LI msg, she's putting me forward",
      ['Kate Morrison'],
      today,
      'message',
      'give',
      'inbound',
    ],
    // Gatherings.
    [
      'stripe sessions talk thu, said hi to Siobhan Murphy after',
      ['Siobhan Murphy'],
      '2026-11-26',
      'event',
      'catch-up',
      'mutual',
    ],
    [
      'design week lates sat, caught robert singh after his talk',
      ['Robert Singh'],
      '2026-11-28',
      'event',
      'catch-up',
      'mutual',
    ],
    // Social, and names in small letters.
    [
      'added anna kowalsky on linkedin, she does the designs at revolut',
      ['Anna Kowalsky'],
      today,
      'social',
      'catch-up',
      'outbound',
    ],
    [
      "messaged sam o'neil there, wanting to meet him for a coffee",
      ["Sam O'Neil"],
      today,
      'message',
      'catch-up',
      'outbound',
    ],
    [
      'gráinne added me on linkedin yesterday',
      ['Gráinne'],
      '2026-11-29',
      'social',
      'catch-up',
      'inbound',
    ],
  ]);
});
