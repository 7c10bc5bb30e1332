// How a one-line log reads English after Armenian and Russian: "yerek", "erek" (yesterday),
// "pozavchera" (the day before), "urbat" (Friday), "paron Singh", "tikin Okafor" (Mr, Mrs),
// "shnorhakalutyun" (thanks).
import { describe } from 'vitest';
import { keepsAsWritten, mendsTo, readsAs, today } from '../../test/log-line-table.js';

describe('Armenian words, put plainly', () => {
  mendsTo([
    ['coffee with Kate yerek', 'coffee with Kate yesterday'],
    ['erek emailed Marcus', 'yesterday emailed Marcus'],
    ['pozavchera drinks with Lee', 'the day before yesterday drinks with Lee'],
    ['urbat whatsapp from Chidi', 'friday whatsapp from Chidi'],
    ['rang paron Singh', 'rang Singh'],
    ['met tikin Reid from Bupa', 'met Reid from Bupa'],
    ['messaged José shnorhakalutyun for the intro', 'messaged José thanks for the intro'],
  ]);

  keepsAsWritten(['Yerek Sargsyan called me', 'Paron is his surname', 'Tikin Group emailed']);
});

describe('Armenian notes, read', () => {
  readsAs([
    [
      'pozavchera drinks with Lee, he say Skyscanner hiring 2 finance analysts in january',
      ['Lee'],
      '2026-11-28',
      'meeting',
      'give',
      'mutual',
    ],
    [
      'erek emailed Marcus, merci for mock interview',
      ['Marcus'],
      '2026-11-29',
      'email',
      'thanks',
      'outbound',
    ],
    [
      'paron Carter asked if i can speak on panel at Accenture finance meetup',
      ['Carter'],
      today,
      'other',
      'ask',
      'inbound',
    ],
    [
      'tikin Okafor emailed job spec for finance business partner, NHS band 7',
      ['Okafor'],
      today,
      'email',
      'give',
      'inbound',
    ],
  ]);
});
