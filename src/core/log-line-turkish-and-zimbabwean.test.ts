// How a one-line log reads English written after Turkish ("Dev bey", "Priya hanım", "Chidi abi",
// "teşekkürler") and Zimbabwean English ("sisi Margaret", "mukoma Dev", "ndatenda", "beeped me",
// "borrowed me her notes"), and a lower-case "sun" opening a note before a full name.
import { describe, expect, it } from 'vitest';
import { mendCrmShorthand } from './log-line-crm-words.js';
import { mendDialects } from './log-line-dialects.js';
import { mendRegisters } from './log-line-registers.js';
import { parseLogLine } from './log-line.js';

// 2026-11-30 is a Monday.
const today = '2026-11-30';
const read = (line: string) => parseLogLine(line, { today, dateOrder: 'DMY' });

describe('English after Turkish', () => {
  it.each([
    ['Margaret hanım thanked me by email', 'Margaret thanked me by email'],
    ['Lee bey Skyscanner asked me on whatsapp', 'Lee Skyscanner asked me on whatsapp'],
    ['Chidi abi put me in touch with Funmi', 'Chidi put me in touch with Funmi'],
    ['Kate abla and Joanne abla same email sent', 'Kate and Joanne same email sent'],
    ['Yusuf hocam on linkedin thanked', 'Yusuf on linkedin thanked'],
  ])('"%s"', (line, mended) => {
    expect(mendRegisters(line)).toBe(mended);
  });

  it('leaves a surname that only starts like a courtesy alone', () => {
    expect(mendRegisters('met Priya Abiola at the fair')).toBe('met Priya Abiola at the fair');
  });

  it('reads thanks closing a note as said to its reader, and "inşallah" as nothing', () => {
    expect(mendDialects('put me in touch with Funmi, tesekkurler abi')).toBe(
      'put me in touch with Funmi',
    );
    expect(mendDialects('job link sent me friday, insallah')).toBe('job link sent me friday');
  });
});

describe('Zimbabwean English', () => {
  it.each([
    ['sisi Margaret emailed asking', 'Margaret emailed asking'],
    [
      'whatsapped mukoma Dev to say ndatenda for the help',
      'whatsapped Dev to say thanks for the help',
    ],
    ['Fatima beeped me so i phoned her back', 'Fatima rang me so i phoned her back'],
    ['Emily borrowed me her notes', 'Emily lent me her notes'],
    ['asked Emma to borrow me her revision notes', 'asked Emma to lend me her revision notes'],
  ])('"%s"', (line, mended) => {
    expect(mendDialects(line)).toBe(mended);
  });

  it('reads "sisi Margaret" as Margaret, inbound, and "ndatenda" as thanks', () => {
    const asked = read('sisi Margaret emailed asking if i can look over her budget tracker');
    expect([asked.personNames, asked.direction]).toEqual([['Margaret'], 'inbound']);
    const thanked = read('messaged Yusuf ndatenda for trying with the referral');
    expect([thanked.personNames, thanked.kind]).toEqual([['Yusuf'], 'thanks']);
  });

  it('reads who lent the user something', () => {
    expect(read('Emily Clarke lent me her notes').personNames).toEqual(['Emily Clarke']);
  });
});

describe('"sun" opening a note', () => {
  it('is Sunday in lower case before a full name, and a name when capitalised', () => {
    expect(mendCrmShorthand('sun Zoe Martin said she would put me forward')).toBe(
      'Sunday Zoe Martin said she would put me forward',
    );
    expect(mendCrmShorthand('Sun Li emailed me')).toBe('Sun Li emailed me');
    expect(read('sun Zoe Martin said she will put me forward').occurredOn).toBe('2026-11-29');
  });
});
