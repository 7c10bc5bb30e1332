// How a one-line log reads South African English after Afrikaans ("gister", "vandag", "verlede
// week", "Maandag" to "Sondag", "on vry", "baie dankie", "Tannie Margaret", "oom robert", "lekker",
// "sms'd") and Nigerian English with Yoruba ("ana", "ose to koja", "Ojo Aje" to "Ojo Aiku",
// "abameta", "e se gan", "Egbon Dev", "Brother Daniel", "Chief Benjamin", "how far?", a closing
// "o", "abeg can she", "with spec for"), and a reply that gives what was asked for.
import { describe } from 'vitest';
import { keepsAsWritten, mendsTo, readsAs } from '../../test/log-line-table.js';

describe('Afrikaans words, put plainly', () => {
  mendsTo([
    ['coffee with Tannie Margaret gister', 'coffee with Margaret yesterday'],
    ['phoned tannie elizabeth at deloitte', 'phoned elizabeth at deloitte'],
    ['oom robert phoned me vandag', 'robert phoned me today'],
    ['zoom with hannah eergister', 'zoom with hannah the day before yesterday'],
    ['coffee with Zoe verlede week', 'coffee with Zoe last week'],
    ['emailed my cv to rachel Woensdag', 'emailed my cv to rachel wednesday'],
    ['kate emailed Donderdag', 'kate emailed thursday'],
    ['anna sent a msg Vrydag', 'anna sent a msg friday'],
    ["intro'd siobhan to chidi on vry", "intro'd siobhan to chidi on friday"],
    ['Dinsdag drinks with sam', 'tuesday drinks with sam'],
    ['zoom with chidi Maandag', 'zoom with chidi monday'],
    ['phoned Margaret on Sondag', 'phoned Margaret on sunday'],
    ['met Pieter on zaterdag', 'met Pieter on saturday'],
    ['sent chidi a baie dankie on linkedin', 'sent chidi a thank-you on linkedin'],
    ['dankie to Dev for the intro', 'thanked Dev for the intro'],
    ["sms'd sam at ocado", 'texted sam at ocado'],
    ['lekker chat with aisha', 'good chat with aisha'],
  ]);
});

describe('Yoruba words, put plainly', () => {
  mendsTo([
    [
      'how far? Egbon Dev called me ana, he will send details o',
      'Dev called me yesterday, he will send details',
    ],
    [
      'Aunty Joanne rang me ana to ask for my references',
      'Joanne rang me yesterday to ask for my references',
    ],
    [
      'coffee with Ana Lopez ana, she gave me tips',
      'coffee with Ana Lopez yesterday, she gave me tips',
    ],
    [
      'Aisha told me they have hiring freeze, ose to koja',
      'Aisha told me they have hiring freeze, last week',
    ],
    ['Priya called me Ojo Aje', 'Priya called me monday'],
    ['Olivia rang me Ojo Isegun', 'Olivia rang me tuesday'],
    ['zoom with Kate ojo ru', 'zoom with Kate wednesday'],
    ['Lucy emailed Ojo Bo', 'Lucy emailed thursday'],
    ['Thomas called me back ojo eti', 'Thomas called me back friday'],
    ['Anna whatsapp me Ojo Abameta', 'Anna whatsapped me saturday'],
    ['Margaret called Ojo Aiku', 'Margaret called sunday'],
    ['wished Sam happy birthday, abameta', 'wished Sam happy birthday, saturday'],
    ['e se gan Yusuf, thanked him on whatsapp', 'thanked Yusuf, thanked him on whatsapp'],
    ['thanked Kate on email for the cv review, e se ma', 'thanked Kate on email for the cv review'],
    ['Brother Daniel did a mock interview with me', 'Daniel did a mock interview with me'],
    ['Sister Niamh messaged me on linkedin', 'Niamh messaged me on linkedin'],
    ['Chief Benjamin introduced me to Oliver Grant', 'Benjamin introduced me to Oliver Grant'],
    ['Mummy Margaret called', 'Margaret called'],
    ['emailed egbon dev and brother chidi', 'emailed dev and chidi'],
    ['Alhaja Fatima sent me a link', 'Fatima sent me a link'],
    ['commented congratulations on Aisha Khan post', "Commented on Aisha Khan's post"],
  ]);

  keepsAsWritten([
    'coffee with ana',
    'sent ana the slides',
    'met ana lopez at the fair',
    'coffee with the spotify data scientist - ana',
    'my brother chidi called',
    'Chief Executive Officer emailed',
    'Ojo Adeyemi emailed me',
    "commented on Ben Ng's post about his new team",
  ]);
});

describe('Afrikaans and Yoruba notes, read', () => {
  readsAs([
    [
      'coffee with Tannie Margaret gister, lekker chat about the nhs digital ops roles',
      ['Margaret'],
      '2026-11-29',
      'meeting',
      'catch-up',
      'mutual',
    ],
    [
      'siobhan sent a dankie on whatsapp for the job link i sent her',
      ['Siobhan'],
      '2026-11-30',
      'message',
      'thanks',
      'inbound',
    ],
    [
      'verlede week wei sent me a free pass for the ARM careers evening',
      ['Wei'],
      '2026-11-23',
      'event',
      'give',
      'inbound',
    ],
    [
      'how far? Egbon Dev called me ana, he said Northwind need a buyer for 6 months contract, he will send details o',
      ['Dev'],
      '2026-11-29',
      'call',
      'give',
      'inbound',
    ],
    [
      'Mummy Margaret called Ojo Aiku, NHS Digital have commercial officer vacancy, she said I should apply quick',
      ['Margaret'],
      '2026-11-29',
      'call',
      'give',
      'inbound',
    ],
    [
      'emailed egbon dev and brother chidi to thank them for all their support this month',
      ['Dev', 'Chidi'],
      '2026-11-30',
      'email',
      'thanks',
      'outbound',
    ],
    [
      'whatsapp Mummy Margaret, I have applied for the NHS Digital role, abeg can she put in good word with the hiring manager',
      ['Margaret'],
      '2026-11-30',
      'message',
      'ask',
      'outbound',
    ],
    [
      'replied Marcus on email with my day rate as he asked, no VAT number yet',
      ['Marcus'],
      '2026-11-30',
      'email',
      'give',
      'outbound',
    ],
    [
      'email from Ms Clark at Lloyds with spec for category analyst, closing 11/12',
      ['Ms Clark'],
      '2026-11-30',
      'email',
      'give',
      'inbound',
    ],
  ]);
});
