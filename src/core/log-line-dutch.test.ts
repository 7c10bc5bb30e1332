// How a one-line log reads English with Flemish Dutch ("Kate Morrison gebeld vorige week ivm de
// analytics lead job", "koffie gedronken met Ana gisteren", "Siobhan belde me terug", "Niamh
// heeft me voorgesteld aan haar VP marketing"), and a Merseyside job-club member's first notes
// ("lad from the recruitment agency rang", "she sed apply for the NHS job", "our Carl (Carl Bibby,
// me cousin) whatsapped", "clicked connect on Ben Ng's linkdin").
import { describe, expect, it } from 'vitest';
import { mendsTo, readsAs, today } from '../../test/log-line-table.js';
import { mendDutch } from './log-line-dutch.js';

describe('Dutch in a note, put into English', () => {
  it.each([
    [
      'Kate Morrison gebeld vorige week ivm de analytics lead job bij Sky',
      'rang Kate Morrison last week about the analytics lead job at Sky',
    ],
    ['koffie gedronken met Ana Lopez gisteren', 'had coffee with Ana Lopez yesterday'],
    [
      'Lucy Patel mijn case studies gemaild zoals ze gevraagd had',
      'emailed Lucy Patel my case studies as they asked',
    ],
    [
      'Niamh heeft me gisteren per mail voorgesteld aan haar VP marketing bij Intercom',
      'Niamh introduced me yesterday by email to her VP marketing at Intercom',
    ],
    [
      'Siobhan belde me terug, ze geeft mijn naam door voor de Stripe content role',
      'Siobhan rang me back, she is passing my name on for the Stripe content role',
    ],
    [
      'Priya D nog eens gemaild over de Monzo referral, stil sinds de 12de',
      'emailed Priya D again about the Monzo referral, no reply since the 12th',
    ],
    [
      'lunch met Gareth en Owen van Admiral in Cardiff 13/11',
      'lunch with Gareth and Owen from Admiral in Cardiff 13/11',
    ],
    [
      'coffee with Femke De Smet gisteren, ze zoekt ne freelancer',
      'coffee with Femke De Smet yesterday, she is hiring a freelancer',
    ],
    [
      'Wei Chen per mail geïntroduceerd bij mijn oude collega Jeroen',
      'introduced Wei Chen by email to my old collega Jeroen',
    ],
    [
      'Gareth Price ook op de Cardiff marketing meetup 5/11',
      'Gareth Price was at the Cardiff marketing meetup 5/11',
    ],
  ])('"%s"', (line, plain) => {
    expect(mendDutch(line)).toBe(plain);
  });

  it('leaves English, Afrikaans days and German thanks to their own readers', () => {
    for (const line of [
      'met Kate at the Sky office and then rang Dev',
      'Woensdag coffee with aisha khan, she will intro me to her team lead',
      'José bedankte sich Dienstag per WhatsApp für den UNEF Report.',
      'emailed the van hire firm about the move',
    ])
      expect(mendDutch(line)).toBe(line);
  });
});

describe('English with Flemish, read', () => {
  readsAs([
    [
      'Kate Morrison gebeld vorige week ivm de analytics lead job bij Sky, niks concreet',
      ['Kate Morrison'],
      '2026-11-23',
      'call',
      'catch-up',
      'outbound',
    ],
    [
      'koffie gedronken met Ana Lopez gisteren, vooral over data roles bij Spotify',
      ['Ana Lopez'],
      '2026-11-29',
      'meeting',
      'catch-up',
      'mutual',
    ],
    [
      'Niamh heeft me gisteren per mail voorgesteld aan haar VP marketing bij Intercom',
      ['Niamh'],
      '2026-11-29',
      'email',
      'intro',
      'inbound',
    ],
    ['Sam gebeld ivm die intro, nog niks', ['Sam'], today, 'call', 'follow-up', 'outbound'],
    [
      'Gareth Price ook op de Cardiff marketing meetup 5/11, veel gelachen',
      ['Gareth Price'],
      '2026-11-05',
      'event',
      'catch-up',
      'mutual',
    ],
  ]);
});

describe('A Merseyside job-club member, put plainly', () => {
  mendsTo([
    ['she sed apply for the NHS digital admin job', 'she said apply for the NHS digital admin job'],
    [
      'our Carl (Carl Bibby, me cousin) whatsapped last week',
      'Carl Bibby (my cousin) whatsapped last week',
    ],
    [
      "clicked connect on Ben Ng's linkdin (the google one)",
      'sent Ben Ng a connection request on linkedin (the google one)',
    ],
    [
      'Neeve Kelly from intercom (spelling?) put me in touch with Gerry Byrne',
      'Neeve Kelly from intercom put me in touch with Gerry Byrne',
    ],
    ['Sandra Lomax the job coach rang me thurs', 'Sandra Lomax, the job coach, rang me thurs'],
    [
      'Tom Wright from Arup emailed me and a woman called Bernie Walsh in there facilities team to intro us',
      'Tom Wright from Arup emailed to introduce me to Bernie Walsh in there facilities team',
    ],
  ]);
});

describe('A Merseyside job-club member, read', () => {
  readsAs([
    [
      'lad from the recruitment agency on Castle St rang, wants me to come in and register',
      ['a lad'],
      today,
      'call',
      'ask',
      'inbound',
    ],
    [
      'rang Olivia at Hays thurs to see if the Sefton contract was still on',
      ['Olivia'],
      '2026-11-26',
      'call',
      'follow-up',
      'outbound',
    ],
    [
      'sent Zoe Martin and Niamh Kelly the job club flyer on whatsapp',
      ['Zoe Martin', 'Niamh Kelly'],
      today,
      'message',
      'give',
      'outbound',
    ],
    [
      'Daniel from Barclays needs me national insurance number for the volunteer forms',
      ['Daniel'],
      today,
      'other',
      'ask',
      'inbound',
    ],
    [
      "pint with Dan Fletcher last night, he's got a bit of paid data cleaning for me in the new year",
      ['Dan Fletcher'],
      '2026-11-29',
      'meeting',
      'give',
      'mutual',
    ],
    [
      'met bhavna lad from uhl digital at the leicester nhs data day thurs, swapped numbers',
      ['Bhavna Lad'],
      '2026-11-26',
      'event',
      'catch-up',
      'mutual',
    ],
    [
      'Sam Patel wants me to try their new app and tell him what i think',
      ['Sam Patel'],
      today,
      'other',
      'ask',
      'inbound',
    ],
  ]);
});
