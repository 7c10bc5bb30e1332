// How a one-line log reads English after Kinyarwanda ("ejo hashize", "ejo bundi", "uyu munsi",
// "ku wa gatanu", "icyumweru gishize", "Papa Robert", "murakoze cyane", "coffee na Daniel") and
// its French ("hier", "la semaine dernière"), and naval English ("scran", "wets", "run ashore").
import { describe } from 'vitest';
import { keepsAsWritten, mendsTo, readsAs, today } from '../../test/log-line-table.js';

describe('Kinyarwanda and naval words, put plainly', () => {
  mendsTo([
    ['rachel lowe rang ejo hashize', 'rachel lowe rang yesterday'],
    ['met Dev at the meetup ejo bundi', 'met Dev at the meetup the day before yesterday'],
    ['video call with Marcus uyu munsi', 'video call with Marcus today'],
    ['emailed Daniel the article icyumweru gishize', 'emailed Daniel the article last week'],
    ['lunch with Zoe la semaine dernière', 'lunch with Zoe last week'],
    ['call with Kate hier', 'call with Kate yesterday'],
    ['rang Joanne ku wa mbere', 'rang Joanne monday'],
    ['coffee with Eric ku wa kane', 'coffee with Eric thursday'],
    ['lunch with Priya Shah ku wa gatanu', 'lunch with Priya Shah friday'],
    ['whatsapp from Chantal ku cyumweru', 'whatsapp from Chantal sunday'],
    ['Papa Robert returned my cv', 'Robert returned my cv'],
    ['interview prep call with Robert, murakoze', 'interview prep call with Robert'],
    ['murakoze cyane to Zoe for the mock interview', 'thanked Zoe for the mock interview'],
    ['muvandimwe Chidi introduced me to Eric', 'Chidi introduced me to Eric'],
    ['coffee na Daniel', 'coffee with Daniel'],
    ['scran with sam patel at gunwharf', 'lunch with sam patel at gunwharf'],
    ['run ashore with chidi and lee fri', 'drinks with chidi and lee fri'],
    ['wets with dan sat night', 'drinks with dan sat night'],
  ]);

  // "ejo" after "will" is tomorrow, no day of the note.
  keepsAsWritten(['he will call me ejo', 'ordered Papa Johns with Dev', 'Hier & Now agency rang']);
});

describe('Kinyarwanda and naval notes, read', () => {
  readsAs([
    [
      'coffee na Daniel ejo, he is going to link me with his manager at barclays',
      ['Daniel'],
      '2026-11-29',
      'meeting',
      'give',
      'mutual',
    ],
    [
      'Mama Margaret called ku wa kane, she will refer me for finance ops officer at NHS digital',
      ['Margaret'],
      '2026-11-26',
      'call',
      'give',
      'inbound',
    ],
    [
      'sent thank you mail to Papa Robert ejo for the KPMG interview advices, murakoze cyane',
      ['Robert'],
      '2026-11-29',
      'email',
      'thanks',
      'outbound',
    ],
    [
      'run ashore with chidi and lee fri, good dits',
      ['Chidi', 'Lee'],
      '2026-11-27',
      'meeting',
      'catch-up',
      'mutual',
    ],
    [
      'texted Zoe ejo to say merci for the mock interview',
      ['Zoe'],
      '2026-11-29',
      'message',
      'thanks',
      'outbound',
    ],
    ['video call with Marcus uyu munsi', ['Marcus'], today, 'video', 'catch-up', 'mutual'],
  ]);
});
