import { describe, expect, it } from 'vitest';
import { asksForMine, passesBrief, tellsOfWork } from './log-line-work.js';

describe('tellsOfWork', () => {
  it.each([
    'emailed, lloyds want a set of 12 icons',
    'msged, nhs digital need posters for a vaccine campaign',
    'whatsapp from lee: skyscanner need voiceovers for 6 city videos',
    'got in touch, sap need 300 product pages translated into german',
    'rang, her sister wants me to shoot her wedding in june',
    'rang, wants 3 more product shoots',
    'rang, theyre tendering for a wellbeing campaign illustrator',
    'called, barclays are putting a podcast series out to tender',
    'harriet lowe commissioned a spot illo for the feb issue',
    'the editor has a new commission for me',
  ])('reads "%s" as paid work someone wants done', (line) => {
    expect(tellsOfWork(line)).toBe(true);
  });

  it.each([
    'coffee with ana, she needs a new job',
    'ben texted, wants a coffee next week',
    'call with sam, ocado need 3 more weeks to decide',
    'emailed, lloyds need my utr and bank details',
    'rang, they want a cv by friday',
    'rang, wants a breakdown of my hours',
    'i need posters for my stall',
    'dev replied on linkedin, says ping him after xmas',
    'lunch with zoe, her team needs more budget',
  ])('finds no work in "%s"', (line) => {
    expect(tellsOfWork(line)).toBe(false);
  });
});

describe('passesBrief', () => {
  it.each([
    'anna emailed a brief for 6 spot illos',
    'priya sent the booking.com brief thru',
    'zoe emailed over a brief for the just eat radio ad',
  ])('reads "%s" as a brief passed on', (line) => {
    expect(passesBrief(line)).toBe(true);
  });

  it.each([
    'mei ling emailed me the brief for the survey project',
    'niamh messaged me the hackathon brief',
    'talked about how they brief freelancers',
  ])('keeps "%s" no brief for work', (line) => {
    expect(passesBrief(line)).toBe(false);
  });
});

describe('asksForMine', () => {
  it.each([
    'wants to see my greetings card work',
    'they want to see more editorial work before signing me',
    'would like to hear a few of my podcast edits',
    'wants a look at my showreel',
    'needs my vat number',
    'wants a breakdown of my hours',
  ])('reads "%s" as asking for the user’s own', (line) => {
    expect(asksForMine.test(line)).toBe(true);
  });

  it.each(['i need my cv back', 'wants to see the office', 'needs a hand with the move'])(
    'reads "%s" as no ask for the user’s own',
    (line) => {
      expect(asksForMine.test(line)).toBe(false);
    },
  );
});
