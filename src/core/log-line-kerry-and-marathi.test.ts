// How a one-line log reads English with Marathi in Latin letters ("kaal", "parva", "budhvari",
// "Robert sir ne Somvar la call kela", "Priya tai la msg kela referral sathi", "Kate madam shi
// coffee", "Sunil Pawar bhetla") and a Tralee-born events coordinator's Kerry English with Irish
// ("inné", "Dé hAoine", "Déardaoin", "go raibh maith agat").
import { describe, expect, it } from 'vitest';
import { keepsAsWritten, mendsTo, readsAs } from '../../test/log-line-table.js';
import { mendMarathi } from './log-line-marathi.js';

describe('Marathi in a one-line log, put into English', () => {
  it.each([
    ['Robert sir ne Somvar la call kela', 'Robert sir called Monday'],
    ['Priya tai la msg kela referral sathi', 'messaged Priya tai for referral'],
    ['kaal Jo la CV pathavla', 'yesterday sent Jo CV'],
    ['parva Hannah ne article pathavla', 'the day before yesterday Hannah sent article'],
    ['budhvari mailed my CV to Rachel', 'Wednesday mailed my CV to Rachel'],
    ['magchya aathvadyat Benjamin Carter sir la bhetlo', 'last week met Benjamin Carter sir'],
    ['12/11 la Kate Morrison madam shi coffee', 'on 12/11 with Kate Morrison madam coffee'],
    [
      'Katie Morris ne 19th la whatsapp var thanks pathavla',
      'Katie Morris sent on the 19th on whatsapp thanks',
    ],
    ['ravivar temple madhe Sunil Pawar bhetla', 'Sunday in temple met Sunil Pawar'],
    ['Chidi bhau ani Wei sobat zoom', 'with Chidi bhau and Wei zoom'],
    [
      'Kate ne linkedin var intro kela Paul Dawson shi',
      'Kate introduced me on linkedin to Paul Dawson',
    ],
    ['Dev dada cha whatsapp aala kaal', "Dev dada's whatsapp came yesterday"],
  ])('"%s"', (line, plain) => {
    expect(mendMarathi(line)).toBe(plain);
  });

  it.each([
    'coffee with Ana Lopez yesterday',
    'met Ana at the Kaal Gallery',
    'Nov catch-up with Sam',
  ])('leaves "%s" as it is', (line) => {
    expect(mendMarathi(line)).toBe(line);
  });
});

describe('Irish words in Kerry English, put plainly', () => {
  mendsTo([
    ['Dev rang me inné, a great chat', 'Dev rang me yesterday, a great chat'],
    ['video call with Alex Dé Luain', 'video call with Alex monday'],
    ['Priya messaged on linkedin Dé Máirt', 'Priya messaged on linkedin tuesday'],
    ['Gareth rang me Dé Céadaoin', 'Gareth rang me wednesday'],
    ['coffee with Kate Déardaoin', 'coffee with Kate thursday'],
    ['Wei Chen rang Dé hAoine about a role', 'Wei Chen rang friday about a role'],
    ['Marcus messaged me Dé Sathairn', 'Marcus messaged me saturday'],
    ['Patel rang me Dé Domhnaigh for a chat', 'Patel rang me sunday for a chat'],
    ['go raibh maith agat to Niamh for the intro', 'thanked Niamh for the intro'],
  ]);

  keepsAsWritten(['met Inne Smit at the meetup']);
});

describe('Marathi and Kerry notes, read', () => {
  readsAs([
    [
      'Robert sir ne Somvar la call kela, KPMG madhe 3 month contract ahe procurement transformation',
      ['Robert'],
      '2026-11-23',
      'call',
      'give',
      'inbound',
    ],
    [
      'video call with Yusuf Demir guruvar la, he reviewed my CV and told put more numbers',
      ['Yusuf Demir'],
      '2026-11-26',
      'video',
      'give',
      'mutual',
    ],
    [
      'shukravar la Zoe la call kela Just Eat procurement role baddal, ti mhanli role filled zala',
      ['Zoe'],
      '2026-11-27',
      'call',
      'catch-up',
      'outbound',
    ],
    [
      'coffee with Emily from the ONS inné, she is from Cork originally',
      ['Emily'],
      '2026-11-29',
      'meeting',
      'catch-up',
      'mutual',
    ],
    [
      'texted Niamh go raibh maith agat for the mock interview, she is a star',
      ['Niamh'],
      '2026-11-30',
      'message',
      'thanks',
      'outbound',
    ],
  ]);
});
