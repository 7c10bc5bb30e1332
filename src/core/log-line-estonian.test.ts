// How a one-line log reads English with Estonian ("helistasin Katele", "kohvil Devendraga eile",
// "Olivia Hays'ist helistas", "tänasin Fatimat Ofcomi kontakti eest"), and the words round 120
// taught the Danish, isiZulu and Turkish readers ("satte mig i forbindelse med", "ungi-tag-ile",
// "bağlantı isteği göndermiş"); "a TA partner" is talent acquisition, not thanks.
import { describe, expect, it } from 'vitest';
import { readsAs, today } from '../../test/log-line-table.js';
import { mendAlbanian } from './log-line-albanian.js';
import { mendDanish } from './log-line-danish.js';
import { mendEstonian } from './log-line-estonian.js';
import { mendTurkish } from './log-line-turkish.js';
import { mendZulu } from './log-line-zulu.js';

describe('Estonian in a note, put into English', () => {
  it.each([
    ['helistasin Katele Sky QA rolli pärast', 'rang Kate about Sky QA role'],
    [
      'kohvil Devendraga eile, lubas mind oma test leadiga kokku viia',
      'coffee with Devendra yesterday, offered to put me in touch with my test lead',
    ],
    ["Olivia Hays'ist helistas, 6 kuu contract", 'Olivia from Hays rang, 6-month contract'],
    ['tänasin Fatimat Ofcomi kontakti eest', 'thanked Fatima for Ofcom contact'],
    ['küsisin Danielilt Barclaysist referralit', 'asked Daniel from Barclays referral'],
    [
      'kohtusin Hannahiga Edinburgh Testers meetupil reedel',
      'met Hannah at the Edinburgh Testers meetup on Friday',
    ],
    ['coffee Kate ja Lucy Pateliga', 'coffee with Kate and Lucy Patel'],
    ['helistasin Mark Evansile, jätsin voicemaili', 'rang Mark Evans, left a voicemail'],
    ['neljapäeval kohtusin Kaspar Tammega', 'on Thursday met Kaspar Tamm'],
    ['eile helistas Liis Saar, Bolti recruiter', 'yesterday Liis Saar rang, Bolt recruiter'],
    [
      'kirjutasin Zoele uuesti, vaikus alates 18ndast',
      'wrote to Zoe again, no reply since the 18th',
    ],
    ['Ben Ngle saatsin linkedinis aitäh sõnumi', 'sent Ben Ng on LinkedIn thanks message'],
    [
      'Lucy Patel AZ-st viis mind kokku Tom Reevesiga',
      'Lucy Patel from AZ put me in touch with Tom Reeves',
    ],
  ])('"%s"', (line, plain) => {
    expect(mendEstonian(line)).toBe(plain);
  });

  it('leaves English, and a surname that ends as a case does, as they were', () => {
    for (const line of [
      'coffee with Kate at the Sky office',
      'never mind, rang Megan Doyle about the role',
      'Neha Joshi rang me about cypress',
      'Conf Marketing Week le 18/11 : vu José et Chloé',
    ])
      expect(mendEstonian(line)).toBe(line);
  });
});

describe('English with Estonian, read', () => {
  readsAs([
    ['helistasin Katele Sky QA rolli pärast', ['Kate'], today, 'call', 'catch-up', 'outbound'],
    [
      'kohvil Devendraga eile, lubas mind oma test leadiga kokku viia',
      ['Devendra'],
      '2026-11-29',
      'meeting',
      'give',
      'mutual',
    ],
    ["Olivia Hays'ist helistas, 6 kuu contract", ['Olivia'], today, 'call', 'give', 'inbound'],
    [
      'kohtusin Hannahiga Edinburgh Testers meetupil reedel',
      ['Hannah'],
      '2026-11-27',
      'event',
      'catch-up',
      'mutual',
    ],
    [
      'Ben Ngle saatsin linkedinis aitäh sõnumi',
      ['Ben Ng'],
      today,
      'message',
      'thanks',
      'outbound',
    ],
    [
      'kirjutasin Zoele uuesti, vaikus alates 18ndast',
      ['Zoe'],
      today,
      'email',
      'follow-up',
      'outbound',
    ],
  ]);
});

describe('Danish, isiZulu and Turkish words the readers learnt', () => {
  it.each([
    [
      mendDanish,
      'Niamh satte mig i forbindelse med Mette Lund hos Maersk',
      'Niamh put me in touch with Mette Lund at Maersk',
    ],
    [
      mendDanish,
      'Lee skrev paa whatsapp at Skyscanner ansaetter analysts',
      'Lee wrote on whatsapp that Skyscanner are hiring analysts',
    ],
    [
      mendDanish,
      'kommenterede på Chidis post om hans nye rolle',
      "commented on Chidi's post about his new role",
    ],
    [
      mendDanish,
      'fulgte op med Mike Roberts hos Wincanton, ikke noget svar endnu',
      'followed up with Mike Roberts at Wincanton, no reply yet',
    ],
    [
      mendZulu,
      'u-Zoe ungi-tag-ile ku-post ye-Just Eat, bafuna i-TA partner',
      'Zoe tagged me on the post from Just Eat, they are hiring the TA partner',
    ],
    [
      mendZulu,
      'eish u-Mark akakaphenduli kusukela ngo-12/11, ngim-email-e futhi namhlanje',
      'Mark has not replied yet since 12/11, emailed again today',
    ],
    [
      mendZulu,
      "Monzo's hiring a TA partner, kusho u-Priya Desai ku-text",
      "Priya Desai texted: Monzo's hiring a TA partner",
    ],
    [
      mendZulu,
      'i-email ka-Kate ifikile, uzodlulisela i-CV yami ku-TA lead wase-Sky',
      'email from Kate, they will pass on my CV to TA lead from Sky',
    ],
    [
      mendTurkish,
      "wei linkedin'de baglanti istegi gondermis, kabul ettim",
      'wei sent me a connection request on linkedin, accepted',
    ],
    [
      mendTurkish,
      "persembe Paul Hughes aradi, bet365'te test automation lead acigi varmis",
      'Thursday Paul Hughes rang me, at bet365 test automation lead opening, they are hiring',
    ],
  ])('"%s"', (mend, line, plain) => {
    expect(mend(line)).toBe(plain);
  });

  readsAs([
    [
      'ringede til Gareth for to uger siden om actuarial vs pricing',
      ['Gareth'],
      '2026-11-16',
      'call',
      'catch-up',
      'outbound',
    ],
    ['zoom noChidi kuthangi', ['Chidi'], '2026-11-28', 'video', 'catch-up', 'mutual'],
    ["aisha'yla kahve ictik, cv'mi gozden gecirdi", ['Aisha'], today, 'meeting', 'give', 'mutual'],
    [
      "Gemma Hart'a github portfolyomu mail'le attım",
      ['Gemma Hart'],
      today,
      'email',
      'ask',
      'outbound',
    ],
    [
      'Connor Hughes from Robert Walters rang about a TA contract at the Co-op',
      ['Connor Hughes'],
      today,
      'call',
      'give',
      'inbound',
    ],
    [
      'Tom Brierley from Manchester Met emailed me',
      ['Tom Brierley'],
      today,
      'email',
      'catch-up',
      'inbound',
    ],
  ]);
});

describe('A lone South African "nje" closing an English note is no Albanian', () => {
  it('keeps the note as written', () => {
    const line = 'sat with Zoe at a cafe in Ancoats, just a catch-up nje';
    expect(mendAlbanian(line)).toBe(line);
  });
});
