// The fifth reading of Swedish in a note, from writers who leave more of a line in Swedish: "den
// 18:e", "för två veckor sen", "6-månaderskontrakt", "ons" only as "i ons" (the ONS is an office),
// "har inte svarat", "skickar mitt cv vidare till", "refererar mig", "puttar fram mig", "vill att
// jag", "berättade om en analyst-öppning", "kopplade ihop X och Y", and compounds ("-annons",
// "-länk", "-teamet", "planeringsroll", "-kväll").
import { describe, expect, it } from 'vitest';
import { readsAs, today } from '../../test/log-line-table.js';
import { mendSwedish } from './log-line-swedish.js';

describe('Swedish, fifth reading, put into English', () => {
  it.each([
    ['Lee ringde den 18:e', 'Lee rang on the 18th'],
    ['vill ha min ansökan senast den 4:e', 'needs my ansökan by the 4th'],
    ['påminde Ana, inget svar sen den 2:a', 'reminded Ana, no reply yet since the 2nd'],
    ['Ana ringde för två veckor sen', 'Ana rang 2 weeks ago'],
    ['Dev ringde för 3 dagar sen', 'Dev rang 3 days ago'],
    ['Hays ringde om ett 6-månaderskontrakt', 'Hays rang about a 6-month contract'],
    ['mejlade emily (ons) i ons', 'emailed emily (ons) on Wednesday'],
    ['Sam har inte svarat, nudgade honom igen', "Sam hasn't replied, nudged him again"],
    ['Lucy skickar mitt cv vidare till deras team', 'Lucy will pass my cv on to their team'],
    ['Dev ringde, han refererar mig internt', 'Dev rang, he will refer me internt'],
    ['Sam sa att han puttar fram mig', 'Sam said he will put me forward'],
    [
      'Ana ringde, de vill att jag tar över lönerna',
      'Ana rang, they wants me to take over lönerna',
    ],
    [
      'video med Lee, han berättade om en analyst-öppning',
      'video with Lee, he told me about an analyst opening',
    ],
    ['kopplade ihop Lee och Ana', 'introduced Lee and Ana'],
    ['Chidi kopplade ihop mig med Ana', 'Chidi put me in touch with Ana'],
    ['Ana skickade en analyst-annons', 'Ana sent an analyst job ad'],
    ['Sam skickade mig en jobbannons', 'Sam sent me a job ad'],
    ['Dev ringde om en planeringsroll', 'Dev rang about a planerings role'],
    ['träffade Ana på fintech-kvällen', 'met Ana at fintech night'],
    ['skickade en kontaktförfrågan till Lee', 'sent a connection request to Lee'],
  ])('"%s"', (line, english) => {
    expect(mendSwedish(line)).toBe(english);
  });
});

describe('Swedish notes, fifth reading, read', () => {
  readsAs([
    [
      'Lee Jordan ringde den 18:e, de söker en analyst',
      ['Lee Jordan'],
      '2026-11-18',
      'call',
      'give',
      'inbound',
    ],
    [
      'skickade min case study till Alex Morgan, ingen hade bett om den',
      ['Alex Morgan'],
      today,
      'other',
      'ask',
      'outbound',
    ],
    [
      'Gareth Price har inte svarat, nudgade honom igen',
      ['Gareth Price'],
      today,
      'other',
      'follow-up',
      'outbound',
    ],
    [
      'skickade en kontaktförfrågan till Aisha Karim',
      ['Aisha Karim'],
      today,
      'social',
      'catch-up',
      'outbound',
    ],
  ]);
});
