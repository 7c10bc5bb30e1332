// How a one-line log reads Kenyan English with Swahili ("jana", "juzi", "leo", "mzee Robert",
// "mama Margaret", "niaje", "chai", "Asante to Aisha", "he is coming to send") and Dublin English
// ("your one Sinead Walsh", "your man from Admiral", "I'm after textin Olivia", "me timesheet"),
// and a role that "is now closed".
import { describe, expect, it } from 'vitest';
import { keepsAsWritten, mendsTo, read, today } from '../../test/log-line-table.js';

describe('Swahili words, put plainly', () => {
  mendsTo([
    ['coffee with Sam jana, poa chat', 'coffee with Sam yesterday, chat'],
    ['rang Olivia juzi', 'rang Olivia the day before yesterday'],
    ['Called mzee Robert leo about roles', 'Called Robert today about roles'],
    ['sent Yusef the dashboards he asked for leo', 'sent Yusef the dashboards he asked for today'],
    ['Sasa, had chai with mama Margaret jana', 'had tea with Margaret yesterday'],
    ['niaje Dev on WhatsApp', 'Dev on WhatsApp'],
    ['Asante to Aisha Karim for the referral', 'thanked Aisha Karim for the referral'],
    ['he is coming to send the details', 'he will send the details'],
  ]);

  describe('a name, or a word that is no courtesy there', () => {
    keepsAsWritten([
      'lunch with jana',
      'met Leo at the fair',
      'emailed Jana Novak',
      'mama was pleased',
    ]);
  });
});

describe('Dublin words, put plainly', () => {
  mendsTo([
    ['met your one Sinead Walsh at the awards', 'met Sinead Walsh at the awards'],
    ['your man from Admiral rang me back', 'a contact from Admiral rang me back'],
    ["I'm after textin Olivia to see", 'I texted Olivia to see'],
    ["Dan's after ringin me", 'Dan rang me'],
    ["she's after getting me a trial day", 'she got me a trial day'],
    ['she went thru me cv', 'she went thru my cv'],
    ['Olivia wants me timesheet by the 18th', 'Olivia wants my timesheet by the 18th'],
  ]);
});

describe('Swahili and Dublin notes, read', () => {
  it.each([
    ['coffee with Sam jana, poa chat about data roles', ['Sam'], '2026-11-29', 'meeting', 'mutual'],
    ['Rang mama Margaret friday just to thank her', ['Margaret'], '2026-11-27', 'call', 'outbound'],
    [
      'Video call with mama Margaret and Fatima Zahra 18/11',
      ['Margaret', 'Fatima Zahra'],
      '2026-11-18',
      'video',
      'mutual',
    ],
    ["I'm after textin Olivia to see is there any news", ['Olivia'], today, 'message', 'outbound'],
    [
      'met your one Sinead Walsh at the Hospitality Ireland awards thurs',
      ['Sinead Walsh'],
      '2026-11-26',
      'event',
      'mutual',
    ],
  ])('"%s"', (line, people, date, channel, direction) => {
    const result = read(line);
    expect(result.personNames).toEqual(people);
    expect(result.occurredOn).toBe(date);
    expect(result.channel).toBe(channel);
    expect(result.direction).toBe(direction);
  });

  it.each([
    ['Asante to Aisha Karim for the Cazoo referral, sent her a message on LinkedIn', 'thanks'],
    ['Olivia Brown wants me timesheet in by the 18th', 'ask'],
    ['Rachel called me jana, the Booking.com role I applied for is now closed', 'catch-up'],
  ])('"%s" is a %s', (line, kind) => {
    expect(read(line).kind).toBe(kind);
  });
});
