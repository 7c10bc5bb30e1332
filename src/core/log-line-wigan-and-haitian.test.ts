// How a one-line log reads English after Haitian Creole ("ayè", "jodi a", "semèn pase", "madi",
// "vandredi", "mwen", "li say", "mèsi anpil", "Madan Margaret", "Msye Robert") and a retraining
// care worker's Wigan English ("Tuesdee", "Satdee", "brew wi Yusuf after t'job club", "went
// through me CV").
import { describe } from 'vitest';
import { keepsAsWritten, mendsTo, readsAs } from '../../test/log-line-table.js';

describe('Haitian Creole words, put plainly', () => {
  mendsTo([
    ['coffee with Dev ayè', 'coffee with Dev yesterday'],
    ['rang Olivia jodi a', 'rang Olivia today'],
    ['zoom with Ana semèn pase', 'zoom with Ana last week'],
    ['lunch with Ana lendi', 'lunch with Ana monday'],
    [
      'Chidi put me in touch with Nadège on whatsapp madi',
      'Chidi put me in touch with Nadège on whatsapp tuesday',
    ],
    ['video call mèkredi with Owen', 'video call wednesday with Owen'],
    ['Sam called me jedi', 'Sam called me thursday'],
    ['Siobhan called me vandredi', 'Siobhan called me friday'],
    ['coffee samdi with Fatima', 'coffee saturday with Fatima'],
    ['Marcus followed me on linkedin dimanch', 'Marcus followed me on linkedin sunday'],
    ['Madan Margaret called me', 'Margaret called me'],
    ['ask Msye Evans if he can be my referee', 'ask Evans if he can be my referee'],
    ['Olivia called mwen', 'Olivia called me'],
    [
      'Elizabeth asked for my CV so mwen email it to her',
      'Elizabeth asked for my CV so I emailed it to her',
    ],
    ['Dan called me, li have paid work for me', 'Dan called me, they have paid work for me'],
    ['mèsi anpil to Priya for the mock interview', 'thanked Priya for the mock interview'],
    ['Alexandra sent me a mèsi card', 'Alexandra sent me a thank-you card'],
    ['Owen told me the Admiral role fill already', 'Owen told me the Admiral role filled already'],
  ]);

  keepsAsWritten(['Ana said aye to the coffee', 'Madi Jones rang me', 'call with Jedi Kenobi']);
});

describe('Wigan words, put plainly', () => {
  mendsTo([
    ['Dev rang me Tuesdee', 'Dev rang me Tuesday'],
    ['video call with Fatima Mondee', 'video call with Fatima Monday'],
    ['coffee with Thomas Wednesdee', 'coffee with Thomas Wednesday'],
    ['Katie messaged Satdee', 'Katie messaged saturday'],
    ['Chidi went through me CV', 'Chidi went through my CV'],
    ['Sam liked me post', 'Sam liked my post'],
    ['saw me work coach at the Jobcentre', 'saw my work coach at the Jobcentre'],
  ]);
});

describe('Haitian Creole and Wigan notes, read', () => {
  readsAs([
    [
      'Madan Margaret call mwen ayè, li say NHS Digital have outreach coordinator job open',
      ['Margaret'],
      '2026-11-29',
      'call',
      'give',
      'inbound',
    ],
    [
      'Wei Chen send me mèsi on whatsapp for help translate for his neighbour at the GP',
      ['Wei Chen'],
      '2026-11-30',
      'message',
      'thanks',
      'inbound',
    ],
    [
      'Ana Lopez ask if mwen can talk to her team about health in Haitian community, whatsapp vandredi',
      ['Ana Lopez'],
      '2026-11-27',
      'message',
      'ask',
      'inbound',
    ],
    [
      'church harvest dinner dimanch, see Margaret and Fatima Zahra there',
      ['Margaret', 'Fatima Zahra'],
      '2026-11-29',
      'event',
      'catch-up',
      'mutual',
    ],
    [
      "brew wi Sharon Hughes from t'job club, she's dead nice",
      ['Sharon Hughes'],
      '2026-11-30',
      'meeting',
      'catch-up',
      'mutual',
    ],
    [
      'met Alun Harris from the council at job club',
      ['Alun Harris'],
      '2026-11-30',
      'event',
      'catch-up',
      'mutual',
    ],
    [
      "brew wi Yusuf after t'job club on the 19th",
      ['Yusuf'],
      '2026-11-19',
      'meeting',
      'catch-up',
      'mutual',
    ],
    [
      "thanked Katie Morris for having me on t'panel",
      ['Katie Morris'],
      '2026-11-30',
      'other',
      'thanks',
      'outbound',
    ],
    [
      'Maria G went through me LinkedIn profile and sent loads of tips',
      ['Maria G'],
      '2026-11-30',
      'other',
      'give',
      'inbound',
    ],
  ]);
});
