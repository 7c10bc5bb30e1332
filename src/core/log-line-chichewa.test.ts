// Round 145: a Lilongwe worker's English with Chichewa. "ndamuyimbira" is a call I made,
// "wandiimbira" one to me, "wanditumizira" sent me, "ndamulembera" I wrote to, "wandithokoza"
// thanked me, "tinakumana ndi" we met, "tinacheza" we talked; "dzulo", "sabata yatha", "masiku
// awiri apitawo" and "Lachisanu" are days past; "ndi" is with; "zikomo" is thanks; "a Bambo" and
// "a Mayi" before a name are courtesies.
import { describe, expect, it } from 'vitest';
import { readsAs, today } from '../../test/log-line-table.js';
import { mendChichewa } from './log-line-chichewa.js';

describe('Chichewa in English notes, read', () => {
  readsAs([
    [
      'ndamuyimbira Olivia Brown dzulo about the Hays contract',
      ['Olivia Brown'],
      '2026-11-29',
      'call',
      'catch-up',
      'outbound',
    ],
    [
      'Kate Morrison wandiimbira Lachisanu, we chatted about Sky',
      ['Kate Morrison'],
      '2026-11-27',
      'call',
      'catch-up',
      'inbound',
    ],
    [
      'tinakumana ndi Thomas Wright for coffee Lachiwiri',
      ['Thomas Wright'],
      '2026-11-24',
      'meeting',
      'catch-up',
      'mutual',
    ],
    [
      'Ben Ng wandithokoza pa whatsapp for the SQL notes',
      ['Ben Ng'],
      today,
      'message',
      'thanks',
      'inbound',
    ],
    [
      'drinks ndi Priya Shah masiku atatu apitawo',
      ['Priya Shah'],
      '2026-11-27',
      'meeting',
      'catch-up',
      'mutual',
    ],
    [
      'ndamulembera Rachel Lowe pa LinkedIn sabata yatha asking about Booking',
      ['Rachel Lowe'],
      '2026-11-23',
      'message',
      'ask',
      'outbound',
    ],
    [
      'Dev Patel tinacheza pa Teams Lolemba',
      ['Dev Patel'],
      '2026-11-23',
      'video',
      'catch-up',
      'mutual',
    ],
  ]);
});

describe('Chichewa put into English', () => {
  it.each([
    ['a Mayi Lowe wanditumizira the spec Lamulungu', 'Lowe sent me the spec Sunday'],
    ['Emma ndamutumizira my CV, zikomo kwambiri', 'Emma I sent my CV'],
    ['texted Ana to say zikomo koma nothing back', 'texted Ana to say thanks but nothing back'],
    ['lunch ndi Dev ndi Wei Loweruka', 'lunch with Dev and Wei Saturday'],
    ['Sam wandifunsa dzulo usiku about the role', 'Sam asked me last night about the role'],
    ['tinacheza pa foni ndi Zoe lero', 'talked on the phone with Zoe today'],
  ])('reads "%s"', (line, plain) => {
    expect(mendChichewa(line)).toBe(plain);
  });

  it.each([
    'coffee with Dev yesterday, he will intro me to his lead',
    'called Lero Banda about the koma analytics project',
    'lunch at Pa Pa Thai with Emma',
    'Chikondi Banda sent me the audit contract',
  ])('keeps "%s"', (line) => {
    expect(mendChichewa(line)).toBe(line);
  });
});
