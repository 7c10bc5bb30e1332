// How a one-line log reads English with Catalan ("cafè amb Ana ahir", "vaig trucar a Gareth", "li
// vaig enviar el CV a la Rachel de Booking", "m'ha presentat per mail a", "dijous passat") and a
// St Helier-born trust administrator's Jersey English ("hièr", "mèrcrédi", "sanm'di", "mèrci",
// "Colette Le Brocq").
import { describe, expect, it } from 'vitest';
import { keepsAsWritten, mendsTo, read, readsAs } from '../../test/log-line-table.js';
import { nameBeforeOtherWords } from './person-name-shape.js';
import { mendCatalan } from './log-line-catalan.js';

describe('Catalan in a one-line log, put into English', () => {
  it.each([
    ['cafè amb Ana ahir', 'coffee with Ana yesterday'],
    ['vaig trucar a Gareth abans-d’ahir', 'rang Gareth the day before yesterday'],
    ['li vaig enviar el CV a la Rachel de Booking', 'sent the CV to Rachel from Booking'],
    ["m'ha escrit l'Olivia de Hays per email", 'wrote to me Olivia from Hays by email'],
    ['dinar amb Kate dijous passat', 'lunch with Kate last Thursday'],
    [
      'la senyora Okafor m’ha presentat per mail a Tom Fairhurst',
      'Okafor introduced me by mail to Tom Fairhurst',
    ],
    ['gràcies a en Dev pel mock interview', 'thanked Dev for the mock interview'],
    ['el 19 cafè amb Laura Bennett', 'on the 19th coffee with Laura Bennett'],
    ['la setmana passada cafè amb Chidi', 'last week coffee with Chidi'],
    [
      'ahir l’Anna de Revolut ha comentat el meu post',
      'yesterday Anna from Revolut commented on my post',
    ],
  ])('"%s"', (line, plain) => {
    expect(mendCatalan(line)).toBe(plain);
  });

  it.each(['coffee with Ana Lopez yesterday', 'lunch with La Toya at the dinar stall'])(
    'leaves "%s" as it is',
    (line) => {
      expect(mendCatalan(line)).toBe(line);
    },
  );
});

describe('Jèrriais in Jersey English, put plainly', () => {
  mendsTo([
    ['WhatsApp from Aisha hièr', 'WhatsApp from Aisha yesterday'],
    ['emailed Katie Morris anhi re the piece', 'emailed Katie Morris today re the piece'],
    ['sent Katie the contacts mèrcrédi', 'sent Katie the contacts wednesday'],
    ["drinks with Sam O'Neil sanm'di", "drinks with Sam O'Neil saturday"],
    ['coffee with Owen Davies dînmanche', 'coffee with Owen Davies sunday'],
    ['mèrci to Priya Desai for the Monzo link', 'thanked Priya Desai for the Monzo link'],
    [
      'Hélène said yes to being a referee, mèrci bein des fais',
      'Hélène said yes to being a referee',
    ],
  ]);

  keepsAsWritten(['coffee with Annie Hier']);
});

describe('A surname with a particle in capitals', () => {
  it('keeps "Le Brocq" whole, though Le is a surname too', () => {
    expect(nameBeforeOtherWords('Colette Le Brocq', new Set())).toBeUndefined();
    expect(nameBeforeOtherWords('Tess Ng Canva', new Set())).toBe('Tess Ng');
  });

  it('reads "Colette Le Brocq" as one name', () => {
    expect(read('emailed Colette Le Brocq my cv').personNames).toEqual(['Colette Le Brocq']);
  });
});

describe('Catalan and Jersey notes, read', () => {
  readsAs([
    [
      'cafè amb Ana ahir, she has explained me how the data team at spotify works',
      ['Ana'],
      '2026-11-29',
      'meeting',
      'catch-up',
      'mutual',
    ],
    [
      'vaig trucar a Thomas Wright dijous passat re the modelling contract',
      ['Thomas Wright'],
      '2026-11-26',
      'call',
      'catch-up',
      'outbound',
    ],
    [
      'Dan Okoro thanked me on LinkedIn hièr for the STEP notes',
      ['Dan Okoro'],
      '2026-11-29',
      'message',
      'thanks',
      'inbound',
    ],
  ]);
});
