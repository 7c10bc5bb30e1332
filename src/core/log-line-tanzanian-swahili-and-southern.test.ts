// Round 141: a Dar es Salaam-born procurement officer's English with Tanzanian Swahili, a second
// writer of the verbs round 140 reads by their parts: "ki" of what is under way ("akiomba", asking
// for), roots it had not met ("nimemfuatilia", followed up with; "amenitag"; "ameni-intro";
// "alinieleza"; "kunipeleka kwa", to take me to), "kwa kushare" (for sharing), "CV wangu",
// "recruiter mpya", "bi" and "bwana" before a name, "ana contract" (has one); and a Baton
// Rouge-born consultant's Southern English ("fixin to", "she gone put my name in", "they depot
// manager", "in the mail", "a fella name Wayne").
import { describe, expect, it } from 'vitest';
import { keepsAsWritten, readsAs, today } from '../../test/log-line-table.js';
import { mendSwahili } from './log-line-swahili.js';

describe('Tanzanian Swahili, read', () => {
  readsAs([
    [
      'nimemfuatilia Rachel Lowe kuhusu ile referral, WhatsApp leo asubuhi',
      ['Rachel Lowe'],
      today,
      'message',
      'follow-up',
      'outbound',
    ],
    [
      'Aisha Karim alini-DM juzi akiomba contacts za suppliers',
      ['Aisha Karim'],
      '2026-11-28',
      'message',
      'ask',
      'inbound',
    ],
    [
      'Ben Ng amenitag kwenye post ya LinkedIn kuhusu buyer roles',
      ['Ben Ng'],
      today,
      'social',
      'give',
      'inbound',
    ],
    [
      'Owen Davies ameni-intro kwa email kwa Sarah Lee, pricing director',
      ['Owen Davies', 'Sarah Lee'],
      today,
      'email',
      'intro',
      'inbound',
    ],
    [
      'tuliongea kwa simu na bwana Thomas Wright jana jioni',
      ['Thomas Wright'],
      '2026-11-29',
      'call',
      'catch-up',
      'mutual',
    ],
    [
      'nimemtumia Lucy Patel CV yangu baada ya yeye kuiomba',
      ['Lucy Patel'],
      today,
      'other',
      'give',
      'outbound',
    ],
    [
      'Emma Clark amekubali kunipeleka kwa head of procurement wao',
      ['Emma Clark'],
      today,
      'other',
      'give',
      'inbound',
    ],
  ]);
});

describe('Tanzanian Swahili put into English', () => {
  it.each([
    ['Zoe alinishukuru kwa kushare post yake', 'Zoe thanked me for sharing their post'],
    ['nikiomba coffee chat kuhusu roles', 'asking for coffee chat about roles'],
    ['Chloe ame-follow profile yangu', 'Chloe followed me'],
    ['recruiter mpya alinipigia juzi', 'new recruiter called me the day before yesterday'],
    ['Olivia amenipigia, ana contract ya miezi 6', 'Olivia called me, has contract of miezi 6'],
    ['Mary alinieleza juzi', 'Mary explained to me the day before yesterday'],
    ['CV wangu kwenye email juzi', 'my CV at email the day before yesterday'],
    ['followed up na Gareth kuhusu referral', 'followed up with Gareth about referral'],
  ])('"%s"', (line, plain) => {
    expect(mendSwahili(line)).toBe(plain);
  });
});

describe('Southern English, read', () => {
  readsAs([
    [
      'Zoe Martin told me Just Eat fixin to hire a safety lead',
      ['Zoe Martin'],
      today,
      'other',
      'give',
      'inbound',
    ],
    [
      'lunch with Mark Evans Friday, he gone put my name in for they depot review',
      ['Mark Evans'],
      '2026-11-27',
      'meeting',
      'give',
      'mutual',
    ],
    [
      'Elizabeth Taylor sent a card in the mail thanking me for the talk',
      ['Elizabeth Taylor'],
      today,
      'other',
      'thanks',
      'inbound',
    ],
    [
      'met a fella name Wade Bergeron at the plant managers mixer Thursday',
      ['Wade Bergeron'],
      '2026-11-26',
      'event',
      'catch-up',
      'mutual',
    ],
  ]);
});

describe('English kept as written', () => {
  keepsAsWritten([
    'they need site visits next month',
    'she gone quiet since the 12th',
    'emailed the mail room at Tesco',
    'met Ana for coffee, she has a contract',
  ]);
  it.each(['coffee with Ana, ana said hello', 'ana contract review with Priya'])(
    'keeps "%s" in English',
    (line) => {
      expect(mendSwahili(line)).toBe(line);
    },
  );
});
