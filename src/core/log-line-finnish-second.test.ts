// The second reading of Finnish in a one-line log, as more writers write it: spoken past forms
// ("laitto", "kysy", "tykkäs"), "-nen" surnames in case ("Virtasen", "Mäkistä"), a firm before
// whom it employs ("Stripen Siobhan"), where to ("Monzoon"), "X:ltä tuli" (X sent), channels
// ("teams puhelu", "kiitosviesti", "vastaajaviesti"), and gatherings named in English ("Tech
// Expossa"). Lines in English and other languages stay as written.
import { describe, expect, it } from 'vitest';
import { readsAs, today } from '../../test/log-line-table.js';
import { mendFinnish } from './log-line-finnish.js';

describe('Finnish as more writers write it, put into English', () => {
  it.each([
    // Spoken past forms: "laitto" laittoi, "kysy" kysyi, "tykkäs" tykkäsi, "tekstas" tekstasi.
    [
      'Gareth laitto linkin niiden data engineer paikkaan',
      'Gareth sent me a link their data engineer role',
    ],
    [
      'Olivia laitto maili, ne hakee contract researcheria',
      'Olivia emailed me, they are hiring contract researcher',
    ],
    [
      'Priya Desai kysy voisinko puhua niiden meetupissa',
      'Priya Desai asked me if I could speak at their meetup',
    ],
    ['Niamh hyväksy mun connectin', 'Niamh accepted my connection request'],
    ['Zoe Martin tykkäs mun postauksesta', 'Zoe Martin liked my post'],
    ['Lee Jordan tägäs mut postaukseen', 'Lee Jordan tagged me in post'],
    ['Kate Morrison haluu nähdä mun portfolion', 'Kate Morrison wants to see my portfolio'],
    ['Dev tarjoutu käymään mun CV:n läpi', 'Dev offered to go through my cv'],
    ['Mark Evans alko seuraamaan mua linkkarissa', 'Mark Evans followed me on LinkedIn'],
    // What the user did: chased, left a voicemail, a reminder or a thank-you.
    ['jahtasin Oliviaa meilillä siitä roolista', 'chased Olivia by email about the role'],
    [
      'peräsin Rachelilta palautetta, ei kuulunut mitään 12.11 jälkeen',
      'chased Rachel feedback, no reply since 12/11',
    ],
    ['jätin Garethille vastaajaviestin', 'left Gareth a voicemail'],
    [
      'soitin Gareth Pricelle, ei vastannu, jätin viestin',
      'rang Gareth Price, no answer, left a message',
    ],
    ['laitoin Katelle kiitosmeilin', 'sent Kate a thank-you email'],
    ['laitoin Deville muistutusviestin', 'sent Dev a reminder message'],
    ['kiitosviesti Priyalle linkkarissa', 'a thank-you message to Priya on LinkedIn'],
    ['kiitin Katieta kahvista', 'thanked Katie for the coffee'],
    ['lahetin cv:n Devendralle kun se pyysi', 'sent my cv to Devendra after they asked for it'],
    // Channels and meals.
    ['teams puhelu Niamhin kanssa eilen', 'teams call with Niamh yesterday'],
    ['connect pyyntö Lee Jordanille', 'connection request to Lee Jordan'],
    ['drinksut Zoe Martinin kanssa perjantaina', 'drinks with Zoe Martin on Friday'],
    ['brunssilla Katen kanssa sunnuntaina', 'brunch with Kate on Sunday'],
    ['emmalle soitto eilen', 'rang emma yesterday'],
    // "-nen" surnames in case, after a given name.
    ['tapasin Pekka Virtasen kahvilla', 'met Pekka Virtanen coffee'],
    ['juttelin Anna Korhosen kanssa puhelimessa', 'chatted with Anna Korhonen on the phone'],
    ['kiitin Liisa Mäkistä meilillä', 'thanked Liisa Mäkinen by email'],
    ['lähetin Sari Heikkiselle CV:n', 'sent Sari Heikkinen my cv'],
    // Other endings: where to, "-us" names, a slip of "-ille", a surname in "-ia".
    ['soitin Priyalle Monzoon eilen', 'rang Priya at Monzo yesterday'],
    ['soitin Markille Tescoon', 'rang Mark at Tesco'],
    ['Marcukselle meili eilen', 'emailed Marcus yesterday'],
    ['soitin kate morrisonile', 'rang kate morrison'],
    ['Tom Reevesin kanssa kahvit', 'coffee with Tom Reeves'],
    // A firm before whom it employs.
    ['Stripen Siobhan soitti eilen', 'Siobhan from Stripe rang me yesterday'],
    ['Monzon Priya laitto viestiä', 'Priya from Monzo messaged me'],
    // "X:ltä tuli", "X:ltä kiitos": what they sent.
    ['Weiltä tuli whatsapp', 'Wei whatsapped me'],
    ['Niamhilta kiitos linkkarissa', 'Niamh thanked me on LinkedIn'],
    [
      'Gareth Price Admiralilta maili, ne tarvii analyytikon',
      'Gareth Price from Admiral email, they need an analyst',
    ],
    // Gatherings, and who was there.
    ['tapasin Devin ja Zoen Tech Expossa', 'met Dev and Zoe at Tech Expo'],
    [
      'data meetupissa Lee Jordan ja Priya Desai',
      'at the data meetup met Lee Jordan and Priya Desai',
    ],
    [
      'kävin Leedsin data meetupissa, Zoe Martin oli siellä',
      'went to the Leeds data meetup, Zoe Martin was there',
    ],
    [
      'Kate laitto mulle linkin Manchesterin tech meetupiin',
      'Kate sent me a link to the Manchester tech meetup',
    ],
    [
      'lounas Katen ja sen kollegan Zoe Martinin kanssa',
      'lunch with Kate and their colleague Zoe Martin',
    ],
  ])('"%s"', (line, plain) => {
    expect(mendFinnish(line)).toBe(plain);
  });

  it('leaves English, and Estonian, Swedish and Dutch, to their own readers', () => {
    for (const line of [
      'met Sam Neville for coffee',
      'coffee with Maria Peralta at Seville',
      'Zoe Martin started following me on LinkedIn',
      'left Mark a voicemail about the Tesco role',
      'helistasin Katele tagasi',
      'ringde Kate om jobbet',
      'belde Daan terug over de rol',
      'Stripe rang me about Monzo',
    ])
      expect(mendFinnish(line)).toBe(line);
  });
});

describe('Finnish as more writers write it, read', () => {
  readsAs([
    ['Zoe Martin tykkäs mun postauksesta', ['Zoe Martin'], today, 'social', 'catch-up', 'inbound'],
    [
      'Olivia laitto maili, ne hakee contract researcheria',
      ['Olivia'],
      today,
      'email',
      'give',
      'inbound',
    ],
    [
      'Kate Morrison haluu nähdä mun portfolion',
      ['Kate Morrison'],
      today,
      'other',
      'ask',
      'inbound',
    ],
    ['jätin Garethille vastaajaviestin', ['Gareth'], today, 'call', 'catch-up', 'outbound'],
    ['laitoin Katelle kiitosmeilin', ['Kate'], today, 'email', 'thanks', 'outbound'],
    ['laitoin Deville muistutusviestin', ['Dev'], today, 'message', 'follow-up', 'outbound'],
    ['kiitosviesti Priyalle linkkarissa', ['Priya'], today, 'message', 'thanks', 'outbound'],
    ['teams puhelu Niamhin kanssa eilen', ['Niamh'], '2026-11-29', 'video', 'catch-up', 'mutual'],
    ['connect pyyntö Lee Jordanille', ['Lee Jordan'], today, 'social', 'catch-up', 'outbound'],
    [
      'drinksut Zoe Martinin kanssa perjantaina',
      ['Zoe Martin'],
      '2026-11-27',
      'meeting',
      'catch-up',
      'mutual',
    ],
    [
      'juttelin Anna Korhosen kanssa puhelimessa',
      ['Anna Korhonen'],
      today,
      'call',
      'catch-up',
      'mutual',
    ],
    ['kiitin Liisa Mäkistä meilillä', ['Liisa Mäkinen'], today, 'email', 'thanks', 'outbound'],
    ['soitin Priyalle Monzoon eilen', ['Priya'], '2026-11-29', 'call', 'catch-up', 'outbound'],
    ['Stripen Siobhan soitti eilen', ['Siobhan'], '2026-11-29', 'call', 'catch-up', 'inbound'],
    ['Weiltä tuli whatsapp', ['Wei'], today, 'message', 'catch-up', 'inbound'],
    ['Niamhilta kiitos linkkarissa', ['Niamh'], today, 'message', 'thanks', 'inbound'],
    ['tapasin Devin ja Zoen Tech Expossa', ['Dev', 'Zoe'], today, 'event', 'catch-up', 'mutual'],
    [
      'data meetupissa Lee Jordan ja Priya Desai',
      ['Lee Jordan', 'Priya Desai'],
      today,
      'event',
      'catch-up',
      'mutual',
    ],
    [
      'lounas Katen ja sen kollegan Zoe Martinin kanssa',
      ['Kate', 'Zoe Martin'],
      today,
      'meeting',
      'catch-up',
      'mutual',
    ],
  ]);
});

// The third reading, a fifth writer: English verbs with a Finnish past ending ("followasin",
// "chasasin", "intrasin", "intras mut"), "lisäs mut" (connected with me), whom after a verb that
// takes "-a" ("kiitin Samia", Sam), a firm in small letters after a name ("Alex metalta", "Sophie
// Turner wisesta"), a firm before a name with its ending ("BBC:n Katelta"), "to" (Thursday) after
// such a name, "ei mitään kuulunu", "-tilaisuudessa", "summitissa", "konffassa" and "et" (that).
describe('Finnish as a fifth writer writes it, put into English', () => {
  it.each([
    ['followasin Katea siitä roolista pe', 'followed up with Kate about the role on Friday'],
    ['chasasin Deviä referralista', 'chased Dev about the referral'],
    ['intrasin Zoe Martinin Katelle', 'introduced Zoe Martin to Kate'],
    ['Priya intras mut mailissa Devendralle', 'Priya introduced me by email to Devendra'],
    ['Niamh lisäs mut linkkarissa', 'Niamh connected with me on LinkedIn'],
    ['kiitin samia linkkarissa', 'thanked sam on LinkedIn'],
    ['Gareth admiralilta soitti', 'Gareth from Admiral rang me'],
    ['Zoe Martin monzosta kiitti mailissa', 'Zoe Martin from Monzo thanked me by email'],
    ["Kate O'Brien kysy linkkarissa", "Kate O'Brien asked me on LinkedIn"],
    ['BBC:n Katelta maili', 'email from Kate from BBC'],
    ['soitin Katelle to tescon roolista', 'rang Kate on Thursday tescon about the role'],
    [
      'Devendralle follow up maili, ei mitään kuulunu 3.11. jälkeen',
      'to Devendra follow up email, no reply since 3/11',
    ],
    ['tapasin Niamhin rekrytilaisuudessa ti', 'met Niamh at the recruitment event on Tuesday'],
    [
      'UX data summitissa pe, pitkä juttu Devin kanssa',
      'at the UX data summit on Friday, a long chat with Dev',
    ],
    [
      'health tech konffassa juttelin Zoen kanssa wise.comista',
      'at the health tech conference chatted with Zoe from wise.com',
    ],
    ['Katelta kommentti mun linkkaripostaukseen', 'Kate commented on my LinkedIn post'],
    ['Dev pyys viestillä mun CV:n', 'Dev asked for by message my cv'],
    ['lähetin Katelle artikkelin josta juteltiin', "sent Kate an article we'd talked about"],
    ['Zoe laitto viestiä et niillä on paikka auki', 'Zoe messaged me that they have role open'],
    ['Priya jako mulle linkin', 'Priya shared with me a link'],
  ])('"%s"', (line, plain) => {
    expect(mendFinnish(line)).toBe(plain);
  });

  it('leaves English with the same words as written', () => {
    for (const line of [
      'Kate added me on LinkedIn',
      'thanked Samia for the intro',
      "rang Liam O'Brien to talk about Meta",
      'met Kate at ET summit',
    ])
      expect(mendFinnish(line)).toBe(line);
  });
});

describe('Finnish as a fifth writer writes it, read', () => {
  readsAs([
    [
      'followasin Katea siitä roolista pe',
      ['Kate'],
      '2026-11-27',
      'other',
      'follow-up',
      'outbound',
    ],
    ['intrasin Zoe Martinin Katelle', ['Zoe Martin', 'Kate'], today, 'other', 'intro', 'outbound'],
    ['Niamh lisäs mut linkkarissa', ['Niamh'], today, 'social', 'catch-up', 'inbound'],
    ['Zoe Martin monzosta kiitti mailissa', ['Zoe Martin'], today, 'email', 'thanks', 'inbound'],
    ['BBC:n Katelta maili', ['Kate'], today, 'email', 'catch-up', 'inbound'],
    ['soitin Katelle to tescon roolista', ['Kate'], '2026-11-26', 'call', 'catch-up', 'outbound'],
    [
      'tapasin Niamhin rekrytilaisuudessa ti',
      ['Niamh'],
      '2026-11-24',
      'event',
      'catch-up',
      'mutual',
    ],
    ['Katelta kommentti mun linkkaripostaukseen', ['Kate'], today, 'social', 'catch-up', 'inbound'],
  ]);
});
