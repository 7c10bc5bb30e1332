// How a one-line log reads English written after Persian ("Margaret khanom", "agha Mistry",
// "merci", "to Maria the article I sent", "at the RICS evening Mina I met") and American Southern
// English ("hollered at Ben", "got ahold of Robert", "rang me bout an openin").
import { describe, expect, it } from 'vitest';
import { mendDialects } from './log-line-dialects.js';
import { mendRegisters } from './log-line-registers.js';
import { mendVerbLast } from './log-line-verb-last.js';
import { parseLogLine } from './log-line.js';

// 2026-11-30 is a Monday.
const today = '2026-11-30';
const read = (line: string) => parseLogLine(line, { today, dateOrder: 'DMY' });

describe('English after Persian', () => {
  it.each([
    ['merci email to Margaret khanom sent', 'merci email to Margaret sent'],
    ['Niamh Kelly khanom emailed me', 'Niamh Kelly emailed me'],
    ['Gareth agha I said thanks', 'Gareth I said thanks'],
  ])('drops the courtesy in "%s"', (line, mended) => {
    expect(mendRegisters(line)).toBe(mended);
  });

  it.each([
    ['agha Mistry emailed me', 'Mistry emailed me'],
    ['texted Sam merci for his time', 'texted Sam thanks for his time'],
  ])('"%s"', (line, mended) => {
    expect(mendDialects(line)).toBe(mended);
  });

  it.each([
    ['to Maria Gonzalez the article I sent', 'sent Maria Gonzalez the article'],
    ['from Chidi I asked a referral for Wise', 'asked Chidi a referral for Wise'],
    ['monday my updated cv to Rachel I sent', 'monday sent my updated cv to Rachel'],
    [
      'on 16/11 Joanne Bennett I emailed, about contracts',
      'on 16/11 emailed Joanne Bennett, about contracts',
    ],
    [
      'at sky careers evening Kate Morrison and Nadia Hussain I met',
      'met Kate Morrison and Nadia Hussain at sky careers evening',
    ],
    ['for mock interview Devendra I thanked', 'thanked Devendra for mock interview'],
    [
      'Robert Singh from KPMG I asked for 15 min of his time',
      'asked Robert Singh from KPMG for 15 min of his time',
    ],
    ['Zoe Martin I followed on linkedin', 'followed Zoe Martin on linkedin'],
    [
      'Daniel Okoro I followed up about referral status',
      'followed up with Daniel Okoro about referral status',
    ],
    ['Peter Lam from AECOM my CV reviewed', 'Peter Lam from AECOM reviewed my CV'],
    // Sent on to someone of hers: she sent it.
    ['Rachel my CV to her manager sent', 'Rachel sent my CV to her manager'],
  ])('"%s"', (line, mended) => {
    expect(mendVerbLast(line)).toBe(mended);
  });

  it('leaves a name and surname before "sent me" in English order as it is', () => {
    const line = 'Hannah schmit sent me the SAP new campus project doc';
    expect(mendVerbLast(line)).toBe(line);
  });

  it('reads what was sent before "emailed me", with "I" after it', () => {
    expect(mendVerbLast('Kate sky senior analyst job spec emailed me I apply')).toBe(
      'Kate emailed me sky senior analyst job spec I apply',
    );
  });

  it('reads thanks said in Persian to a contact as thanks', () => {
    expect(read('Owen merci I texted for calling me')).toMatchObject({
      personNames: ['Owen'],
      channel: 'message',
      kind: 'thanks',
      direction: 'outbound',
    });
  });

  it('reads whom the user met at an evening, named before "I met"', () => {
    expect(read('at sky careers evening Kate Morrison and Nadia Hussain I met')).toMatchObject({
      personNames: ['Kate Morrison', 'Nadia Hussain'],
      direction: 'mutual',
    });
  });
});

describe('American Southern English', () => {
  it.each([
    ['hollered at Ben on linkedin', 'reached out to Ben on linkedin'],
    ['got ahold of Robert Singh at KPMG', 'got in touch with Robert Singh at KPMG'],
    [
      'Owen rang me bout an openin on their fleet team',
      'Owen rang me about an opening on their fleet team',
    ],
    ['texted Ben bout grabbin a beer', 'texted Ben about grabbing a beer'],
    ['says Starling aint hirin', 'says Starling not hiring'],
    ['off sick with a bout of flu', 'off sick with a bout of flu'],
  ])('"%s"', (line, mended) => {
    expect(mendDialects(line)).toBe(mended);
  });

  it('reads a contact hollered at on LinkedIn as a message to them', () => {
    expect(read('hollered at Ben Ng on linkedin to ask bout PM roles at google')).toMatchObject({
      personNames: ['Ben Ng'],
      channel: 'message',
      kind: 'ask',
      direction: 'outbound',
    });
  });
});
