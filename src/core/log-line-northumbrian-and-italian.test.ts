// How a one-line log reads Italian mixed into English ("ieri coffee con Ana", "giovedì scorso",
// "l'altro ieri", "mandato il mio CV a Olivia di Hays", "dott. Evans", "signora Okafor", "has
// presented me by email to Laura") and a former care-home manager's Northumbrian English
// ("thorsda", "frida", "satdi", "frm", "hoyed", "gannin", "knaa", "ah'd"), and the plain English
// both sets showed Kith missing.
import { describe, expect, it } from 'vitest';
import { keepsAsWritten, mendsTo, read, readsAs } from '../../test/log-line-table.js';
import { mendItalian } from './log-line-italian.js';

describe('Italian in a one-line log, put into English', () => {
  it.each([
    ['ieri coffee con Ana Lopez', 'yesterday coffee with Ana Lopez'],
    ["l'altro ieri ho visto Marcus Bell", 'the day before yesterday met Marcus Bell'],
    ['giovedì scorso call con dott. Evans', 'last Thursday call with Evans'],
    ['la settimana scorsa call con Benjamin Carter', 'last week call with Benjamin Carter'],
    ['mandato il mio CV a Olivia di Hays per email', 'sent my CV to Olivia from Hays by email'],
    ['il 10/11 asked to Robert Singh', 'on 10/11 asked to Robert Singh'],
    ['il 21 Emily from ONS sent me the link', 'on the 21st Emily from ONS sent me the link'],
    ['email from signora Okafor, entro venerdì', 'email from Okafor, by Friday'],
    ['grazie a Alexandra per il link', 'thanked Alexandra for the link'],
    ['Alex ha commentato il mio post', 'Alex commented on my post'],
    ['messaggio ad Anna Kowalsky, speriamo bene', 'message to Anna Kowalsky'],
    [
      'lunedì scorso Chidi has presented me by email to Laura Benetti',
      'last Monday Chidi introduced me by email to Laura Benetti',
    ],
  ])('"%s"', (line, plain) => {
    expect(mendItalian(line)).toBe(plain);
  });

  it.each([
    'coffee with Domenica Rossi',
    'met Ana at the meetup yesterday',
    'I asked a call centre manager',
  ])('leaves "%s" as it is', (line) => {
    expect(mendItalian(line)).toBe(line);
  });
});

describe('Northumbrian words, put plainly', () => {
  mendsTo([
    ['rang kate morrison thorsda', 'rang kate morrison thursday'],
    ['coffee wi margaret in toon frida', 'coffee with margaret in toon friday'],
    ['wei thanked us on linkedin tuesda', 'wei thanked me on linkedin tuesday'],
    ['teams call wi owen wensda', 'teams call with owen wednesday'],
    ['met sam doon the club satdi', 'met sam doon the club saturday'],
    ['anna frm revolut liked me post', 'anna from revolut liked my post'],
    ['hoyed rachel lowe me cv', 'sent rachel lowe my cv'],
    ["she'll hoy me name to their head of learnin", "she'll send my name to their head of learnin"],
    ['a contract gannin at a care group', 'a contract going at a care group'],
    ['wants us to gan talk to her cohort', 'wants me to talk to her cohort'],
    ["wants to knaa if ah'd mentor", "wants to know if I'd mentor"],
    ['wants a copy of me induction packs', 'wants a copy of my induction packs'],
  ]);

  keepsAsWritten(['coffee with frida', 'met Frida Kahlo', 'ah well, rang kate']);
});

describe('Italian and Northumbrian notes, read', () => {
  readsAs([
    [
      'venerdì ho incontrato Josè al Glovo office, we have had a coffee',
      ['Josè'],
      '2026-11-27',
      'meeting',
      'catch-up',
      'mutual',
    ],
    [
      'telefonata con Margaret Okafor lunedì, her team is searching a operations lead!!',
      ['Margaret Okafor'],
      '2026-11-23',
      'call',
      'give',
      'mutual',
    ],
    [
      'il 27 ho mandato a Lucy il report sul cold chain pharma che le interessava',
      ['Lucy'],
      '2026-11-27',
      'other',
      'give',
      'outbound',
    ],
    [
      'olivia frm hays rang us mondi, got a trainin coordinator contract gannin at a care group',
      ['Olivia'],
      '2026-11-23',
      'call',
      'give',
      'inbound',
    ],
    [
      'Pauline Robson frm the old care home texted us thorsda neet, theyre after a trainer',
      ['Pauline Robson'],
      '2026-11-26',
      'message',
      'give',
      'inbound',
    ],
    [
      'hanna schmit frm sap rang us sundi, summick comin up in their academy',
      ['Hanna Schmit'],
      '2026-11-29',
      'call',
      'give',
      'inbound',
    ],
  ]);

  it('reads "sabato" as the day, not a person', () => {
    expect(read('sabato sent Sam Patel the Ocado article').personNames).toEqual(['Sam Patel']);
  });
});
