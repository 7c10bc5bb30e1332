// How a one-line log reads regional Englishes: Scots words, a Welsh "paned" and "diolch", and
// the bare verbs of an English learned after Cantonese.
import { describe, expect, it } from 'vitest';
import { mendDialects } from './log-line-dialects.js';
import { parseLogLine } from './log-line.js';

// 2026-11-30 is a Monday.
const today = '2026-11-30';
const read = (line: string) => {
  const parsed = parseLogLine(line, { today });
  return [parsed.personNames, parsed.occurredOn, parsed.channel, parsed.kind, parsed.direction];
};

describe('Scots words', () => {
  it.each([
    ['had a wee chat wi Rab fae KPMG', 'had chat with Rab from KPMG'],
    ['Sam messaged us the now', 'Sam messaged me now'],
    ["she's gonnae send it, cannae wait", "she's going to send it, can't wait"],
    ['Marcus emailed askin for my UTR', 'Marcus emailed asking for my UTR'],
    ['rang Linda the night', 'rang Linda tonight'],
  ])('mends "%s"', (line, mended) => {
    expect(mendDialects(line)).toBe(mended);
  });

  it.each([
    [
      'zoom wi Hannah Schmidt this morning, she went through how SAP does the ledger side',
      [['Hannah Schmidt'], '2026-11-30', 'video', 'catch-up', 'mutual'],
    ],
    [
      "Sam O'Neil fae Deliveroo messaged us wi a finance assistant job at their Glasgow office",
      [["Sam O'Neil"], '2026-11-30', 'message', 'give', 'inbound'],
    ],
    [
      'Wee coffee wi Joanne fae Leeds Data Co the now, aye she is keen on a partnership wi Shelter Scotland',
      [['Joanne'], '2026-11-30', 'meeting', 'catch-up', 'mutual'],
    ],
    [
      "Jo Bennett got back to say the firm's called Ashworth & Co",
      [['Jo Bennett'], '2026-11-30', 'other', 'catch-up', 'inbound'],
    ],
    [
      'Tired. Called Mark Evans back, Tesco role is on hold till new year',
      [['Mark Evans'], '2026-11-30', 'call', 'catch-up', 'outbound'],
    ],
  ])('reads "%s"', (line, expected) => {
    expect(read(line)).toEqual(expected);
  });

  it('keeps "us" that means the user and others', () => {
    expect(mendDialects('she sent us both the deck')).toBe('she sent us both the deck');
  });
});

describe('Welsh words and bare verbs', () => {
  it.each([
    [
      'Had a paned with Gareth Price after school',
      [['Gareth Price'], '2026-11-30', 'meeting', 'catch-up', 'mutual'],
    ],
    [
      'Diolch message to Siobhan Murphy on WhatsApp for the interview tips',
      [['Siobhan Murphy'], '2026-11-30', 'message', 'thanks', 'outbound'],
    ],
    [
      'Daniel Okoro help me check my CV on Zoom, very detail, he add many comment',
      [['Daniel Okoro'], '2026-11-30', 'video', 'give', 'mutual'],
    ],
    [
      'Follow up Olivia Brown by phone about the contract role, she say still waiting client',
      [['Olivia Brown'], '2026-11-30', 'call', 'follow-up', 'outbound'],
    ],
  ])('reads "%s"', (line, expected) => {
    expect(read(line)).toEqual(expected);
  });

  it('keeps a plan in the plain verb', () => {
    expect(mendDialects("she's gonna send me the jd")).toBe("she's gonna send me the jd");
  });
});
