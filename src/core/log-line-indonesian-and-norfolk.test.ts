// How a one-line log reads an English learned after Indonesian ("kemarin", "tadi", "senin", "pak
// Dev", "mas Wei", "sudah", "makasih", "wkwk", "owen davies reply") and Norfolk English ("a
// mardle", "she hent decided", "rung me", "bor"), with the plain English rules the same notes
// needed: "yusuf wed at the library" is Wednesday, a role "thats gone now" is gone, what a contact
// wants done then "paid" is paid work, and "chasin me for my availability" asks.
import { describe, expect, it } from 'vitest';
import { mendDialects } from './log-line-dialects.js';
import { mendsTo, read, readsAs, today } from '../../test/log-line-table.js';

describe('Indonesian words, put plainly', () => {
  mendsTo([
    ['dan call me kemarin', 'dan called me yesterday'],
    ['kemarin lusa whatsapp call with Ana', 'the day before yesterday whatsapp call with Ana'],
    ['chased yusuf tadi about the intro', 'chased yusuf about the intro'],
    ['sent the deck minggu lalu', 'sent the deck last week'],
    ['coffee senin', 'coffee monday'],
    ['rang me jumat', 'rang me friday'],
    ['coffee with pak Dev', 'coffee with Dev'],
    ['thanked mas Wei', 'thanked Wei'],
    ['call with bu Kate', 'call with Kate'],
    ['Ibu Margaret rang', 'Margaret rang'],
    ['makasih to chidi for the referral', 'thanked chidi for the referral'],
    ['comment on my post wkwk', 'comment on my post'],
    ['ok sip, sent Margaret the article', 'sent Margaret the article'],
  ]);

  describe('reads a bare verb after a name in small letters in the past', () => {
    mendsTo([
      ['owen davies reply, no roles till Q2', 'owen davies replied to, no roles till Q2'],
      ['maria gonzales canva comment on my post', 'maria gonzales canva commented on my post'],
      ['zoe martin and Ben Ng comment on my post', 'zoe martin and Ben Ng commented on my post'],
    ]);
  });

  it('keeps what follows "say" its own verb', () => {
    expect(mendDialects("ben say he'll refer me")).toBe("ben say he'll refer me");
  });
});

describe('Norfolk words, put plainly', () => {
  mendsTo([
    ['good mardle with priya', 'good chat with priya'],
    ['she hent decided yet', "she hasn't decided yet"],
    ['hannah rung me sat', 'hannah rang me sat'],
    ['they want me to run it, paid an all bor', 'they wanted me to run it, paid as well'],
  ]);
});

describe('Indonesian and Norfolk notes, read', () => {
  readsAs([
    [
      'kemarin call with bu Kate from Sky re analytics lead job, just general chat',
      ['Kate'],
      '2026-11-29',
      'call',
      'catch-up',
      'mutual',
    ],
    [
      'thanked mas Wei on linkedin for the excel tips',
      ['Wei'],
      today,
      'message',
      'thanks',
      'outbound',
    ],
    [
      'ibu Margaret intro me to her finance director at NHS digital',
      ['Margaret'],
      today,
      'other',
      'intro',
      'inbound',
    ],
    [
      'lee jordan skyscanner send link to their graduate finance scheme',
      ['Lee Jordan Skyscanner'],
      today,
      'other',
      'give',
      'inbound',
    ],
    [
      'wei sudah review my cv, send back comments by email',
      ['Wei'],
      today,
      'email',
      'give',
      'inbound',
    ],
    [
      'lunch with kate morrison and yusuf wed at the library',
      ['Kate Morrison', 'Yusuf'],
      '2026-11-25',
      'meeting',
      'catch-up',
      'mutual',
    ],
    [
      'Emily Clarke emailed bout the ONS facilities role, thats gone now, filled internal',
      ['Emily Clarke'],
      today,
      'email',
      'catch-up',
      'inbound',
    ],
    [
      'devendra rang, northwind want me to run their office move day. paid!',
      ['Devendra'],
      today,
      'call',
      'give',
      'inbound',
    ],
    [
      'dan fletcher emailed on the 17th chasin me for my availability dates',
      ['Dan Fletcher'],
      '2026-11-17',
      'email',
      'ask',
      'inbound',
    ],
  ]);

  it('still reads "paid" for what was paid as no work offered', () => {
    expect(read('rang sam, they want the invoice, paid it today').kind).not.toBe('give');
  });
});
