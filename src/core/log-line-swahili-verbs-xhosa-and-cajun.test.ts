// Round 140: a Mombasa-born logistics coordinator's Kenyan English with Swahili, whose verbs hold
// the doer, the tense and the one it was done to ("alinishukuru", she thanked me; "nimemkumbusha",
// I reminded her; "ameniomba nimtumie", she asked me to send), with English roots ("nimemfollow
// up", "nilimchase", "alireview"), "wa" of a firm, "na" between people, "kwa simu", "tarehe 26";
// a Gqeberha-born teacher's South African English with isiXhosa ("enkosi", "bhuti", "just now"
// after a plan, "howzit from"); and a Lafayette-born sales rep's Louisiana English ("mais",
// "passed by my office", "made groceries", "last Friday week").
import { describe, expect, it } from 'vitest';
import { keepsAsWritten, readsAs, today } from '../../test/log-line-table.js';
import { mendSwahili } from './log-line-swahili.js';

describe('Swahili verbs that hold their doer, read', () => {
  readsAs([
    [
      'Owen Davies alinishukuru kwa the pricing notes, whatsapp',
      ['Owen Davies'],
      today,
      'message',
      'thanks',
      'inbound',
    ],
    [
      'nimemkumbusha Kate Morrison kuhusu ile intro, kimya tangu 18th',
      ['Kate Morrison'],
      today,
      'other',
      'follow-up',
      'outbound',
    ],
    [
      'Hannah Schmidt ameniomba nimtumie CV yangu',
      ['Hannah Schmidt'],
      today,
      'other',
      'ask',
      'inbound',
    ],
    [
      'Marcus Bell alinitambulisha kwa her ops lead, email jana',
      ['Marcus Bell'],
      '2026-11-29',
      'email',
      'intro',
      'inbound',
    ],
    [
      'nilimpigia Joanne Bennett Jumatano kumwomba referral',
      ['Joanne Bennett'],
      '2026-11-25',
      'call',
      'ask',
      'outbound',
    ],
    [
      'tuliongea kwa simu na Priya Shah juzi kuhusu analyst roles',
      ['Priya Shah'],
      '2026-11-28',
      'call',
      'catch-up',
      'mutual',
    ],
    [
      'Olivia wa Hays ametuma email tarehe 24: role ya ops analyst leeds',
      ['Olivia'],
      '2026-11-24',
      'email',
      'give',
      'inbound',
    ],
    [
      'nilimchase Dan Fletcher kuhusu malipo ya invoice, kimya tangu 10/11',
      ['Dan Fletcher'],
      today,
      'other',
      'follow-up',
      'outbound',
    ],
    [
      'Siobhan Murphy alireview CV yangu on zoom jana',
      ['Siobhan Murphy'],
      '2026-11-29',
      'video',
      'give',
      'mutual',
    ],
  ]);
});

describe('Swahili put into English', () => {
  it.each([
    ['Aisha alinipigia jana', 'Aisha called me yesterday'],
    ['nilimtumia Chidi article', 'sent Chidi article'],
    ['Ben ameniemail', 'Ben emailed me'],
    ['nimemfollow up Rob', 'followed up with Rob'],
    ['Zoe amenikumbusha nimtumie slides', 'Zoe asked me to send slides'],
    ['Lee anataka niongee na his team kuhusu data', 'Lee wants me to talk to his team about data'],
    ['Sam alisema atajaribu', 'Sam said will try'],
    ['Sam ameahidi kunipa referral', 'Sam they will give me referral'],
    ['nikamuuliza kama angeni-refer', 'asked if they would refer me'],
    ['Tom wa Arup alinitambulisha kwa Grace', 'Tom from Arup introduced me to Grace'],
    ['nilimshukuru Tom kwa the intro', 'thanked Tom for the intro'],
    ['nimetuma CV yangu bila kuombwa', 'sent my CV unasked'],
    ['Lucy hajajibu email yangu', "Lucy hasn't replied to my email"],
    ['Dev: Monzo wanahire analysts', 'Dev: Monzo are hiring analysts'],
    ['role ya nairobi imejazwa tayari', 'nairobi role is filled already'],
    ['zoom na Ana na Lee juzi', 'zoom with Ana and Lee the day before yesterday'],
  ])('"%s"', (line, plain) => {
    expect(mendSwahili(line)).toBe(plain);
  });
});

describe('South African and Louisiana English, read', () => {
  readsAs([
    [
      'texted Ben Ng to say enkosi for the mock interview',
      ['Ben Ng'],
      today,
      'message',
      'thanks',
      'outbound',
    ],
    [
      'howzit from zoe martin on whatsapp, checking in',
      ['Zoe Martin'],
      today,
      'message',
      'catch-up',
      'inbound',
    ],
    [
      'mais Owen Davies called me this morning about a pricing job',
      ['Owen Davies'],
      today,
      'call',
      'give',
      'inbound',
    ],
    [
      'Gareth Price passed by my office Friday and told me Admiral is hiring',
      ['Gareth Price'],
      '2026-11-27',
      'meeting',
      'give',
      'mutual',
    ],
    [
      'emailed Emma Clark last Tuesday week about the Lloyds brief',
      ['Emma Clark'],
      '2026-11-17',
      'email',
      'catch-up',
      'outbound',
    ],
  ]);
});

describe('English and other languages kept as written', () => {
  keepsAsWritten([
    'coffee with Jana on Tuesday',
    'sent Ali the pricing notes',
    'she will call me later',
    'we talked about the last Friday of the month',
  ]);
  it.each([
    'emailed Anita about the data role',
    'Alina sent me the spec',
    'coffee with Tom at the Amen Corner',
    'Nina and Wale met at the meetup',
  ])('keeps "%s" in English', (line) => {
    expect(mendSwahili(line)).toBe(line);
  });
});
