// How a one-line log reads Ugandan English ("madam Olivia", "bro Dev", "one Brian Ssemakula",
// "has rang me", "I flashed him", "is yet to come back to me") and English after Thai ("khun
// Kate", "P'Dev", "25th nudge Margaret", "thank Dev on LINE", "send me PM course link").
import { describe, expect, it } from 'vitest';
import { mendDialects } from './log-line-dialects.js';
import { parseLogLine } from './log-line.js';

// 2026-11-30 is a Monday.
const today = '2026-11-30';
const read = (line: string) => parseLogLine(line, { today, dateOrder: 'DMY' });

describe('Ugandan English', () => {
  it.each([
    ['rang madam Joanne to thank her', 'rang Joanne to thank her'],
    ['thanked bro Dev on whatsapp', 'thanked Dev on whatsapp'],
    ['thanked sebo Gareth on linkedin', 'thanked Gareth on linkedin'],
    ['met one Brian Ssemakula at the meetup', 'met Brian Ssemakula at the meetup'],
    // "bro" and "madam" are words too; "one" before a day is a number.
    ['my bro came along', 'my bro came along'],
    ['met Kate one Friday Evening', 'met Kate one Friday Evening'],
    ['Mark Evans has rang me last week', 'Mark Evans rang me last week'],
    ['on 2 Nov I have attended the open day', 'on 2 Nov I attended the open day'],
    [
      'Zoe Martin n Lee Jordan have both liked my post',
      'Zoe Martin and Lee Jordan both liked my post',
    ],
    ['have gone to the Women in Data night', 'went to the Women in Data night'],
    ['I flashed Sam twice', 'I rang Sam twice'],
    ['he is yet to come back to me on the role', 'nothing yet on the role'],
    ['I have moved with Priya Shah to the meetup', 'went with Priya Shah at the meetup'],
    // The perfect stays where it says something else.
    ['she would have sent it', 'she would have sent it'],
    ['the post has gone', 'the post has gone'],
  ])('"%s"', (line, mended) => {
    expect(mendDialects(line)).toBe(mended);
  });

  it('reads "bro Chidi" as Chidi, not as someone whose name begins "Bro"', () => {
    expect(read('I have sent bro Chidi the article on platform teams').personNames).toEqual([
      'Chidi',
    ]);
  });

  it('reads "madam Olivia has linked me with" as her introduction', () => {
    expect(read('madam Olivia has linked me with a hiring manager at Leeds council')).toMatchObject(
      { personNames: ['Olivia'], kind: 'intro', direction: 'inbound' },
    );
  });

  it('reads a missed call let ring while waiting as a follow-up call', () => {
    expect(
      read("I flashed Sam O'Neil twice re the deliveroo referral, he is yet to call back"),
    ).toMatchObject({
      personNames: ["Sam O'Neil"],
      channel: 'call',
      kind: 'follow-up',
      direction: 'outbound',
    });
  });

  it('reads "b4 thursday" as a deadline, not the date', () => {
    expect(
      read('Emma Clark from lloyds has asked for my portfolio on mail, b4 thursday'),
    ).toMatchObject({ personNames: ['Emma Clark'], channel: 'email', occurredOn: today });
  });

  it('reads someone who ran a mock interview with the user', () => {
    expect(read('Devendra did a mock interview with me on zoom yesterday')).toMatchObject({
      personNames: ['Devendra'],
      channel: 'video',
      occurredOn: '2026-11-29',
    });
  });
});

describe('English after Thai', () => {
  it.each([
    ['email khun Kate Morrison my CV', 'email Kate Morrison my CV'],
    ["coffee with P'Dev yesterday", 'coffee with Dev yesterday'],
    ["N'Ploy sent me the link", 'Ploy sent me the link'],
    ['follow Marcus Bell on linkedin', 'Followed Marcus Bell on linkedin'],
    ['comment on Owen Davies post', "Commented on Owen Davies's post"],
    ['thank Dev on LINE for coffee', 'thank Dev on LINE app for coffee'],
  ])('"%s"', (line, mended) => {
    expect(mendDialects(line)).toBe(mended);
  });

  it('reads a day of the month opening the line as the date', () => {
    expect(read('25th nudge Margaret about referral')).toMatchObject({
      personNames: ['Margaret'],
      kind: 'follow-up',
      occurredOn: '2026-11-25',
    });
    // A second interview is no date.
    expect(read('2nd interview with Monzo, Tom Reeves on the panel').occurredOn).toBe(today);
  });

  it('reads LINE as a messaging app', () => {
    expect(read('thank Dev on LINE already for coffee')).toMatchObject({
      channel: 'message',
      kind: 'thanks',
    });
  });

  it('reads a thing sent with no "a" or "the" as given', () => {
    expect(read('Ben from Google send me PM course link')).toMatchObject({
      kind: 'give',
      direction: 'inbound',
    });
    expect(read('send Ana Lopez article about hotel pricing')).toMatchObject({
      personNames: ['Ana Lopez'],
      kind: 'give',
      direction: 'outbound',
    });
  });

  it('reads a name then a video call', () => {
    expect(read('Chidi video last week')).toMatchObject({
      personNames: ['Chidi'],
      channel: 'video',
      occurredOn: '2026-11-23',
    });
  });

  it('reads a name opening the line before a meal as whom, not a gathering', () => {
    expect(read('Emma Clark lunch 5 Nov, she say Lloyds freeze hiring till Q2')).toMatchObject({
      personNames: ['Emma Clark'],
      channel: 'meeting',
      kind: 'catch-up',
      occurredOn: '2026-11-05',
    });
  });

  it('reads "rang me again" as theirs, not a follow-up', () => {
    expect(read('Olivia ring me again, new contract at Hilton head office').kind).not.toBe(
      'follow-up',
    );
  });
});
