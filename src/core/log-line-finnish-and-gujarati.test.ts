// How a one-line log reads an English learned after Finnish ("eilen", "Dev soitti", "meili",
// "kiitos", "no niin") and East Midlands English with Gujarati words ("kaale", "priya ben", "dev
// bhai", "ay up me duck", "saru"), with the texting shortcuts the same notes used ("2 ask", "free
// 4 a call", "hav", "ova", "bk") and what they taught the plain rules: testers are hands wanted,
// "QA role is coming" tells of a role, "asking my availability" asks.
import { describe, expect, it } from 'vitest';
import { keepsAsWritten, mendsTo, read } from '../../test/log-line-table.js';

describe('Finnish words, put plainly', () => {
  mendsTo([
    ['Dev soitti eilen', 'Dev rang me yesterday'],
    ['Olivia soitti tänään', 'Olivia rang me today'],
    ['soitin Kate', 'I rang Kate'],
    ['sent meili to Priya', 'sent an email to Priya'],
    ['sent my CV with meili to Ben', 'sent my CV by email to Ben'],
    ['rachel lowe meili 25.11.', 'rachel lowe email 25.11.'],
    ['sent kiitos to Kate', 'thanked Kate'],
    ['sent kiitos meili to Fatima', 'sent a thank-you email to Fatima'],
    ['kiitos meili from Joanne', 'a thank-you email from Joanne'],
    ['Wei sent kiitos on whatsapp', 'Wei sent thanks on whatsapp'],
    ['no niin, finally replied', 'finally replied'],
  ]);
});

describe('Gujarati words and texting shortcuts, put plainly', () => {
  mendsTo([
    ['ay up me duck, coffee wi dev', 'coffee with dev'],
    ['kem cho! rang ravi', 'rang ravi'],
    ['alex msg’d me kaale, saru', 'alex msg’d me yesterday'],
    ['msg from kate, free 4 a call. aavjo', 'msg from kate, free for a call'],
    ['msg’d priya ben 2 ask', 'msg’d priya to ask'],
    ['lunch wi dev bhai n chidi', 'lunch with dev and chidi'],
    ['she might hav a role', 'she might have a role'],
    ["she'd look ova my cv", "she'd look over my cv"],
    ['rang me bk', 'rang me back'],
    ['she’ll put me fwd', 'she’ll put me forward'],
    ['sent tom wright me dashboard portfolio', 'sent tom wright my dashboard portfolio'],
  ]);

  keepsAsWritten([
    'met 2 recruiters at the fair',
    'lunch with priya, ben and sam',
    'lunch with priya ben ng',
    'she gave me feedback on my cv',
  ]);
});

describe('Finnish and Gujarati notes, read', () => {
  it.each([
    [
      'Dev soitti eilen, he will put me forward for the test lead role in Northwind',
      ['Dev'],
      '2026-11-29',
      'call',
      'inbound',
    ],
    [
      'sent meili to Priya Shah eilen about QA roles in Booking.com',
      ['Priya Shah'],
      '2026-11-29',
      'email',
      'outbound',
    ],
    [
      'margaret ben rang me kaale re the nhs digital band 5 admin post',
      ['Margaret'],
      '2026-11-29',
      'call',
      'inbound',
    ],
    ['lunch wi sam kaale, talked jobs', ['Sam'], '2026-11-29', 'meeting', 'mutual'],
    [
      'lunch wi dev bhai n chidi eze kaale, both reckon i shud do the azure cert',
      ['Dev', 'Chidi Eze'],
      '2026-11-29',
      'meeting',
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
    ['sent kiitos meili to Fatima Zahra for the tips', 'thanks', 'email'],
    ['Marcus Bell DM’d me wednesday, they need freelance tester in january', 'give', 'message'],
    ['Rachel said QA role is coming in Booking', 'give', 'other'],
    ['Sophie from Matillion meili, asking my availability for interview', 'ask', 'email'],
    ['fatima from ofcom emailed thurs, wants me 2 fill in a survey', 'ask', 'email'],
  ])('"%s" is a %s by %s', (line, kind, channel) => {
    const result = read(line);
    expect(result.kind).toBe(kind);
    expect(result.channel).toBe(channel);
  });
});
