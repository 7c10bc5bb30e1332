// How a one-line log reads an English learned after Czech ("včera", "paní Kate", "pan Dev",
// "díky", "ahoj", "on the meetup", "24. 11.") and Cumbrian English ("olivia fra hays", "yon
// article", "a laal bit", "sumone", "not me cup o tea"), with what the same notes taught the plain
// rules: "to Bupa procurement lead" names a firm's role, not a person; "needs my VAT number for
// the contract paperwork" asks; "want the audit done" and "wantin a quote" offer work; "want us
// back as a contractor" offers it too.
import { describe, expect, it } from 'vitest';
import { mendDialects } from './log-line-dialects.js';
import { mendsTo, read, today } from '../../test/log-line-table.js';

describe('Czech words, put plainly', () => {
  mendsTo([
    ['coffee with Dev vcera', 'coffee with Dev yesterday'],
    ['Olivia rang me včera', 'Olivia rang me yesterday'],
    ['Emailed paní Kate CV', 'Emailed Kate CV'],
    ['thanked pan Dev on WhatsApp', 'thanked Dev on WhatsApp'],
    ['sent diky to Fatima on WhatsApp', 'thanked Fatima on WhatsApp'],
    ['diky email to Ben', 'a thank-you email to Ben'],
    ['ahoj to Alex on LinkedIn', 'said hi to Alex on LinkedIn'],
    ['Gareth and Owen were on Cardiff data meetup', 'Gareth and Owen were at Cardiff data meetup'],
    ['both on Reading analytics meetup 24. 11.', 'both at Reading analytics meetup 24.11.'],
  ]);

  it('keeps a pan that is no courtesy', () => {
    expect(mendDialects('a pan of paella with Dev')).toBe('a pan of paella with Dev');
  });
});

describe('Cumbrian words, put plainly', () => {
  mendsTo([
    ['olivia fra hays rang', 'olivia from hays rang'],
    ['sent kate yon article', 'sent kate that article'],
    ['a laal bit on camera', 'a little bit on camera'],
    ['skyscanner want sumone for a review', 'skyscanner want someone for a review'],
    ['a h&s vacancy, not me cup o tea but', 'a h&s vacancy, not for me but'],
  ]);
});

describe('Czech and Cumbrian notes, read', () => {
  it.each([
    ['Coffee with Dev vcera, gave me good tips', ['Dev'], '2026-11-29', 'meeting', 'mutual'],
    ['thanked pan Dev on WhatsApp for mock interview', ['Dev'], today, 'message', 'outbound'],
    [
      'Daniel Okoro and Dan Fletcher both on Reading analytics meetup 24. 11.',
      ['Daniel Okoro', 'Dan Fletcher'],
      '2026-11-24',
      'event',
      'mutual',
    ],
    [
      'olivia fra hays rang about a 6 month contract at sellafield, aye!!',
      ['Olivia'],
      today,
      'call',
      'inbound',
    ],
    [
      'ben at google sent us a link to a h&s vacancy, not me cup o tea but',
      ['Ben'],
      today,
      'other',
      'inbound',
    ],
  ])('"%s"', (line, people, date, channel, direction) => {
    const result = read(line);
    expect(result.personNames).toEqual(people);
    expect(result.occurredOn).toBe(date);
    expect(result.channel).toBe(channel);
    expect(result.direction).toBe(direction);
  });

  it.each([
    ['alexandra reid offered to intro me to Bupa procurement lead', 'give'],
    ['Mark Evans needs my VAT number for Tesco contract paperwork', 'ask'],
    ['rachel wants my CV for the ops role', 'give'],
    ['mark evans rang back, tesco want the audit done, needs it by the 18th dec', 'give'],
    ['marcus bell rang wed wantin a quote for a risk assesment', 'give'],
    ['Lorraine Bell rang, they want us back as a contractor for the pond audits', 'give'],
    ['katie at the beeb wants us to do a laal bit on camera for a safety piece', 'ask'],
    ["aisha khan emailed, she's puttin me name forward for port sunlight", 'give'],
    ['sent diky to Fatima on WhatsApp for Ofcom report', 'thanks'],
  ])('"%s" is a %s', (line, kind) => {
    expect(read(line).kind).toBe(kind);
  });

  it('still reads whom an intro joins the user to by name as an introduction', () => {
    const result = read("Dev intro'd me to Raj Mehta");
    expect(result.kind).toBe('intro');
    expect(result.personNames).toEqual(['Dev', 'Raj Mehta']);
    expect(read('Yusuf offer to intro me to Trainline head of finance Claire Dunn').kind).toBe(
      'intro',
    );
  });
});
