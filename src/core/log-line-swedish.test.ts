// How a one-line log reads English with Swedish ("ringde Kate igår ang. uppdraget", "fika med Dev i
// fredags", "igår ringde Olivia mig"), the same typed without Swedish letters ("traffade Lee och Zoe
// pa fika"), and what it leaves to the Danish and Norwegian readers and to English; and second
// readings of Afrikaans.
import { describe, expect, it } from 'vitest';
import { readsAs, today } from '../../test/log-line-table.js';
import { mendSwedish } from './log-line-swedish.js';

describe('Swedish in a note, put into English', () => {
  it.each([
    ['ringde Kate igår ang. uppdraget på Sky', 'rang Kate yesterday about the job at Sky'],
    [
      'fika med Dev i fredags, pratade om frilans vs fast anställning',
      'coffee with Dev on Friday, talked about freelance vs fast anställning',
    ],
    ['igår ringde Olivia mig om ett kontrakt', 'yesterday Olivia rang me about a contract'],
    [
      'tackade Chidi för feedbacken på min case study',
      'thanked Chidi for the feedback on my case study',
    ],
    ['Gareth P tackade på linkedin för intron', 'Gareth P thanked me on linkedin for the intro'],
    [
      'frågade Ben Ng på linkedin om han kan referera mig till Google',
      'asked Ben Ng on linkedin if they could refer me to Google',
    ],
    [
      'Ana på Spotify frågade om jag kan prata på deras design meetup',
      'Ana at Spotify asked if I could speak at their design meetup',
    ],
    ['skickade portfolion till Robert på KPMG', 'sent my portfolio to Robert at KPMG'],
    ['traffade Lee och Zoe pa fika forra veckan', 'met Lee and Zoe for coffee last week'],
    [
      'Dan ringde i måndags, har ett uppdrag åt mig på en fintech',
      'Dan rang on Monday, has paid work for me at a fintech',
    ],
    [
      'lämnade ett röstmeddelande till Mark på Tesco ang. fakturan',
      'left a voicemail for Mark at Tesco about the invoice',
    ],
    [
      'inget från Rachel sedan 20/11, skickade en påminnelse',
      'nothing from Rachel since 20/11, sent a reminder',
    ],
    [
      'Chloé introducerade mig för sin chef på Criteo',
      'Chloé introduced me to their manager at Criteo',
    ],
    ['Katie på BBC vill se mina motion-grejer', 'Katie at BBC wants to see my motion work'],
  ])('"%s"', (line, plain) => {
    expect(mendSwedish(line)).toBe(plain);
  });

  it('leaves English, Danish and Norwegian to their own readers', () => {
    for (const line of [
      'coffee with Fran and Hon. Sec. of the Leeds Data Society',
      'ringede til Kate om Sky rollen, sendte mit cv',
      'i går ringte Olivia meg om en kontrakt',
      'lang snak m. Ben over en øl i fredags',
    ])
      expect(mendSwedish(line)).toBe(line);
  });
});

describe('English with Swedish, read', () => {
  readsAs([
    ['igår ringde Olivia mig om ett kontrakt', ['Olivia'], '2026-11-29', 'call', 'give', 'inbound'],
    ['fika med Dev i fredags', ['Dev'], '2026-11-27', 'meeting', 'catch-up', 'mutual'],
    ['tackade Chidi för feedbacken', ['Chidi'], today, 'other', 'thanks', 'outbound'],
    [
      'Gareth P tackade på linkedin för intron',
      ['Gareth P'],
      today,
      'message',
      'thanks',
      'inbound',
    ],
    ['skickade portfolion till Robert på KPMG', ['Robert'], today, 'other', 'ask', 'outbound'],
    [
      'Ana på Spotify frågade om jag kan prata på deras design meetup',
      ['Ana'],
      today,
      'other',
      'ask',
      'inbound',
    ],
    [
      'påminde Priya D om referralen, inget svar än',
      ['Priya D'],
      today,
      'other',
      'follow-up',
      'outbound',
    ],
  ]);
});

describe('Second readings of Afrikaans', () => {
  readsAs([
    ['Sam het Vrydag gebel', ['Sam'], '2026-11-27', 'call', 'catch-up', 'inbound'],
    [
      'Alexandra Reid het my CV na Bupa se learning lead gestuur!',
      ['Alexandra Reid'],
      today,
      'other',
      'give',
      'inbound',
    ],
    [
      'Ben het my post oor flexible working geliked',
      ['Ben'],
      today,
      'social',
      'catch-up',
      'inbound',
    ],
    [
      'Gareth het gevra of ek by Admiral se HR meetup kan praat',
      ['Gareth'],
      today,
      'other',
      'ask',
      'inbound',
    ],
    [
      "Woensdag vir Marcus 'n e-pos gestuur met 'n artikel oor coaching founders",
      ['Marcus'],
      '2026-11-25',
      'email',
      'give',
      'outbound',
    ],
    [
      'Emma Clark gister: sy sal my aan haar L&D partner voorstel',
      ['Emma Clark'],
      '2026-11-29',
      'other',
      'give',
      'inbound',
    ],
    [
      'koffie met Ana van Spotify verlede week',
      ['Ana'],
      '2026-11-23',
      'meeting',
      'catch-up',
      'mutual',
    ],
    [
      'met Pieter van Wyk at the SA expats meetup gister',
      ['Pieter van Wyk'],
      '2026-11-29',
      'event',
      'catch-up',
      'mutual',
    ],
  ]);
});
