// How a one-line log reads English with Finnish ("soitin Katelle eilen", "juttelin Chidin kanssa
// puhelimessa", "Samilta tuli maili", "Katie BBC:ltä tarvii mun VAT numberin"), the same typed
// without ä and ö ("lahetin Garethille linkin tanaan"), and lines in English or another language,
// which it leaves to their own readers.
import { describe, expect, it } from 'vitest';
import { readsAs, today } from '../../test/log-line-table.js';
import { mendFinnish } from './log-line-finnish.js';

describe('Finnish in a note, put into English', () => {
  it.each([
    ['meilasin CV:n Rachelille, se pyysi sitä', 'emailed my cv to Rachel, they asked for it'],
    [
      'tapasin Devin kahvilla torstaina, juteltiin Northwindin tiimistä',
      'met Dev coffee on Thursday, we chatted about the Northwind team',
    ],
    [
      'juttelin Chidin kanssa puhelimessa toissapäivänä',
      'chatted with Chidi on the phone the day before yesterday',
    ],
    ['Samilta tuli maili eilen', 'email from Sam yesterday'],
    ['kahvit Katen ja Devin kanssa eilen', 'coffee with Kate and Dev yesterday'],
    ['kiitin Priyaa linkkarissa', 'thanked Priya on LinkedIn'],
    [
      'Dan Fletcher esitteli mut Ruth Amesille Moonpigilta',
      'Dan Fletcher introduced me to Ruth Ames from Moonpig',
    ],
    ['zoom thomasin kanssa 12. päivä', 'zoom with thomas on the 12th'],
    ['Markille tekstari, muistutin laskusta taas', 'texted Mark, reminded about the invoice again'],
    ['lahetin Garethille linkin tanaan', 'sent Gareth a link today'],
    [
      'Benjamin Carter kiitti mua linkkarissa artikkelista',
      'Benjamin Carter thanked me on LinkedIn for the article',
    ],
    ['Anna (revolut) pyysi nähdä mun case studyt', 'Anna (revolut) asked to see my case studyt'],
    ['Ellen Marsh soitti maanantaina', 'Ellen Marsh rang me on Monday'],
    [
      'tapasin Chidin UX Bristol meetupissa torstaina',
      'met Chidi at the UX Bristol meetup on Thursday',
    ],
    ['Katie BBC:ltä tarvii mun VAT numberin', 'Katie from BBC needs my VAT number'],
    [
      'chased sam o’neil about the intro, ei vielä mitään',
      'chased sam o’neil about the intro, nothing yet',
    ],
    ['patelille followup-meili, ei vastausta', 'followed up by email with patel, no reply'],
    [
      'soitin Olivialle pe ja pyysin että se laittaa mut ehdolle Dysonin keikkaan',
      'rang Olivia on Friday and asked that they put me forward for the Dyson gig',
    ],
    [
      'Oliver Grant (Lloyds) ja mä nähtiin ProductTank-illassa to',
      'Oliver Grant (Lloyds) and I met at the ProductTank evening on Thursday',
    ],
    [
      'Devendralle meili, liitteenä sen pyytämät portfolio-tiedostot',
      'emailed Devendra, attached the portfolio files they asked for',
    ],
  ])('"%s"', (line, plain) => {
    expect(mendFinnish(line)).toBe(plain);
  });

  it('leaves English, and Estonian, Danish, Icelandic and Dutch, to their own readers', () => {
    for (const line of [
      'Camille rang me about the Delta role',
      'met Kate at the Sky office and then rang Dev',
      'helistasin Katele Sky QA rolli pärast',
      'ringede til Kate om Sky rollen, sendte mit cv',
      'hringdi í Kötu í gær',
      'belde met Daan over de rol',
      'sent kiitos to Kate',
    ])
      expect(mendFinnish(line)).toBe(line);
  });
});

describe('English with Finnish, read', () => {
  readsAs([
    [
      'soitin Katelle eilen analytics lead -roolista',
      ['Kate'],
      '2026-11-29',
      'call',
      'catch-up',
      'outbound',
    ],
    ['Olivia soitti mulle aamulla 6kk sopimuksesta', ['Olivia'], today, 'call', 'give', 'inbound'],
    [
      'Niamhille meili, kysyin voisko se esitellä mut Intercomin research leadille',
      ['Niamh'],
      today,
      'email',
      'ask',
      'outbound',
    ],
    ['Ben Ng:n kanssa kahvit 20.11.', ['Ben Ng'], '2026-11-20', 'meeting', 'catch-up', 'mutual'],
    [
      'soitin Jo Bennettille 3.11. leedsin projektista',
      ['Jo Bennett'],
      '2026-11-03',
      'call',
      'catch-up',
      'outbound',
    ],
    [
      'Olivialta sähköposti: Hays has a 3 month UXR contract at Dyson',
      ['Olivia'],
      today,
      'email',
      'give',
      'inbound',
    ],
    [
      'videopuhelu, Ellen Marsh Ovolta, 16.11.',
      ['Ellen Marsh'],
      '2026-11-16',
      'video',
      'catch-up',
      'mutual',
    ],
    [
      'Ravi Kumar (Wise): lähetin meilin ja pyysin 20 min infokeskustelua',
      ['Ravi Kumar'],
      today,
      'email',
      'ask',
      'outbound',
    ],
  ]);
});
