// How a one-line log reads an English learned after Vietnamese (plain verbs after a date or a
// name, "already", "cam on", "ask Margaret give me", "can or not") and Manchester English ("me
// mam's mate", "a ta", "came round the gaff for scran", "buzzin").
import { describe, expect, it } from 'vitest';
import { mendDialects } from './log-line-dialects.js';
import { mendPlainWords } from './log-line-plain-words.js';
import { parseLogLine } from './log-line.js';

// 2026-11-30 is a Monday.
const today = '2026-11-30';
const read = (line: string) => parseLogLine(line, { today, dateOrder: 'DMY' });

describe('an English learned after Vietnamese', () => {
  it.each([
    ['24/11 email Rachel from Booking my CV', '24/11 emailed Rachel from Booking my CV'],
    ['Saturday ping Jose on LinkedIn', 'Saturday pinged Jose on LinkedIn'],
    ['26/11 follow up Chidi on whatsapp', '26/11 followed up with Chidi on whatsapp'],
    ['Last week Tuesday meet Priya at library', 'Last week Tuesday met Priya at library'],
    ['Marcus ring me tuesday', 'Marcus rang me tuesday'],
    ['she say the role already fill', 'she said the role already filled'],
    ['he already send me job spec', 'he sent me job spec'],
  ])('"%s"', (line, mended) => {
    expect(mendPlainWords(line)).toBe(mended);
  });

  it('keeps a noun after a date a noun', () => {
    expect(mendPlainWords('Sunday call with my cousin')).toBe('Sunday call with my cousin');
    expect(mendPlainWords('16/11 email from Niamh Kelly')).toBe('16/11 email from Niamh Kelly');
  });

  it.each([
    ['Wed Marcus put me in touch with his friend Tom Hughes', ['Marcus'], '2026-11-25', 'intro'],
    [
      'Saturday Joanne already intro me by email to Helen Ward',
      ['Joanne', 'Helen Ward'],
      '2026-11-28',
      'intro',
    ],
    [
      'Dev say he will help, he already send me job spec for finance assistant',
      ['Dev'],
      today,
      'give',
    ],
    [
      'Margaret call me 23/11, she say the band 4 finance role already fill',
      ['Margaret'],
      '2026-11-23',
      'catch-up',
    ],
    ['ask Margaret give me reference for NHS application, can or not', ['Margaret'], today, 'ask'],
    [
      'thursday Ben from Google text me, ask how is job hunting going',
      ['Ben'],
      '2026-11-26',
      'catch-up',
    ],
    ['Friday cam on Chidi for the referral, send on whatsapp', ['Chidi'], '2026-11-27', 'thanks'],
    [
      'Marcus ring me tuesday, his startup friend need part-time bookkeeper',
      ['Marcus'],
      '2026-11-24',
      'give',
    ],
  ])('"%s"', (line, people, date, kind) => {
    const parsed = read(line);
    expect([parsed.personNames, parsed.occurredOn, parsed.kind]).toEqual([people, date, kind]);
  });

  it('reads Zalo as a message', () => {
    expect(read('Aisha send me Zalo message ask how is my job search').channel).toBe('message');
  });
});

describe('Manchester English', () => {
  it.each([
    ["brew with me mam's mate Carol", "brew with my mam's mate Carol"],
    ['Siobhan needs me bank details', 'Siobhan needs my bank details'],
    ['dropped Yusuf a ta on whatsapp', 'dropped Yusuf a thank-you on whatsapp'],
  ])('"%s"', (line, mended) => {
    expect(mendDialects(line)).toBe(mended);
  });

  it.each([
    ['sent Chloe a ta on linkedin', 'message', 'thanks', 'outbound'],
    [
      'Dan Fletcher and Sam from Deliveroo came round the gaff for scran sat',
      'meeting',
      'catch-up',
      'mutual',
    ],
    [
      "brew with Kate from Sky thurs, said she'll intro me to her ops lead, buzzin",
      'meeting',
      'give',
      'mutual',
    ],
    ['Thomas at Arup asked me to send some examples of event budgets', 'other', 'ask', 'inbound'],
  ])('"%s"', (line, channel, kind, direction) => {
    const parsed = read(line);
    expect([parsed.channel, parsed.kind, parsed.direction]).toEqual([channel, kind, direction]);
  });
});
