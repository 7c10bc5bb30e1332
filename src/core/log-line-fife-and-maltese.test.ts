// How a one-line log reads a former lino-works inspector's Fife Scots ("Fursday", "Mononday",
// "Tuesdi", "ken Hannah fae SAP? rang her", "went for a blether") and Maltese English ("ilbieraħ",
// "illum", "il-ġimgħa l-oħra", "it-Tnejn" to "il-Ħadd", "grazzi ħafna", "Sur Wright", "I made a
// call to Kate"), and the plain English both sets showed Kith missing.
import { describe } from 'vitest';
import { keepsAsWritten, mendsTo, readsAs } from '../../test/log-line-table.js';

describe('Maltese words, put plainly', () => {
  mendsTo([
    ['coffee with Ana ilbieraħ in Sliema', 'coffee with Ana yesterday in Sliema'],
    [
      'call with Gareth Price ilbierah, mela he gave me good advice',
      'call with Gareth Price yesterday, he gave me good advice',
    ],
    ['rang Olivia illum', 'rang Olivia today'],
    ['meeting Kate għada', 'meeting Kate tomorrow'],
    ['lunch with Joanne il-gimgha l-ohra', 'lunch with Joanne last week'],
    ['video with Dev il-ġimgħa li għaddiet', 'video with Dev last week'],
    [
      'met Chloe at the Data Science Festival it-Tnejn',
      'met Chloe at the Data Science Festival monday',
    ],
    [
      'drinks with Benjamin Carter it-Tlieta, ħaqq he was very open',
      'drinks with Benjamin Carter tuesday, he was very open',
    ],
    ['Yusuf rang me l-Erbgħa', 'Yusuf rang me wednesday'],
    ['coffee w priya il-Ħamis', 'coffee w priya thursday'],
    ['call with Aisha il-Gimgha, just a catch up', 'call with Aisha friday, just a catch up'],
    ['rang Wei Chen is-Sibt about the ML team', 'rang Wei Chen saturday about the ML team'],
    ['video with Niamh il-Ħadd', 'video with Niamh sunday'],
    ['grazzi ħafna to Priya for the referral', 'thanked Priya for the referral'],
    [
      'grazzi email to Owen Davies for the Admiral referral',
      'thank-you email to Owen Davies for the Admiral referral',
    ],
    [
      'msg from Wei, grazzi ħafna for the paper I sent him',
      'msg from Wei, thanks for the paper I sent him',
    ],
    ['sent Dan the deck he wanted, grazzi Dan', 'sent Dan the deck he wanted'],
    ['Sur Wright rang me', 'Wright rang me'],
    ['Sinjura Okafor thanked me for the feedback', 'Okafor thanked me for the feedback'],
    ['I made a call to Kate Morrison about the job', 'I called Kate Morrison about the job'],
  ]);

  keepsAsWritten(['Hamis called', 'Sur rang me', 'mela rang me']);
});

describe('Fife words, put plainly', () => {
  mendsTo([
    [
      "Priya Desai intro'd me tae her manager on Fursday",
      "Priya Desai intro'd me to her manager on thursday",
    ],
    ['Gareth rang me Mononday', 'Gareth rang me monday'],
    ['video call wi Chidi Tuesdi', 'video call with Chidi Tuesday'],
    ['Liz sent the brief on fridi', 'Liz sent the brief on friday'],
    ['ken Hannah fae SAP? rang her Wensday', 'rang Hannah from SAP Wensday'],
    ['ken Gareth at Admiral, he rang', 'Gareth at Admiral, he rang'],
    [
      'went for a blether wi Priya in Edinburgh',
      'went for a chat in person with Priya in Edinburgh',
    ],
    ['had a blether wi devendra on the phone', 'had a chat with devendra on the phone'],
    [
      'fatima emailed aboot ports regulation, peedie blether',
      'fatima emailed about ports regulation, chat',
    ],
  ]);

  keepsAsWritten(['Mondi rang about a packaging role', 'Ken Loach rang']);
});

describe('Fife and Maltese notes, read', () => {
  readsAs([
    [
      'Sur Wright rang me it-Tlieta about a data consultant contract',
      ['Wright'],
      '2026-11-24',
      'call',
      'give',
      'inbound',
    ],
    [
      'text from Marcus Bell, grazzi for the feedback on his pitch deck',
      ['Marcus Bell'],
      '2026-11-30',
      'message',
      'thanks',
      'inbound',
    ],
    [
      'saw Zoe Martin and Owen Davies at PyData Birmingham il-Ħamis',
      ['Zoe Martin', 'Owen Davies'],
      '2026-11-26',
      'event',
      'catch-up',
      'mutual',
    ],
    [
      'ken Hannah fae SAP? rang her Wensday, just a catch up',
      ['Hannah'],
      '2026-11-25',
      'call',
      'catch-up',
      'outbound',
    ],
    [
      'wee blether wi Kirsty Lumsden fae the Python course at Fife College',
      ['Kirsty Lumsden'],
      '2026-11-30',
      'meeting',
      'catch-up',
      'mutual',
    ],
  ]);
});

describe('Plain English both sets showed', () => {
  readsAs([
    // A silence, however it is said, names whom the user chased.
    [
      'no word from Marcus so chased him',
      ['Marcus'],
      '2026-11-30',
      'other',
      'follow-up',
      'outbound',
    ],
    [
      'nothing since the 20th from Thomas, sent him an email to chase',
      ['Thomas'],
      '2026-11-30',
      'email',
      'follow-up',
      'outbound',
    ],
    // When applications close is no day anyone was in touch.
    [
      'Rachel sent the Booking spec, applications close the 14th',
      ['Rachel'],
      '2026-11-30',
      'other',
      'give',
      'inbound',
    ],
    // "just a catch up" says what the call was, not who began it.
    [
      'half ten, rang Olivia at Hays, just a catch up',
      ['Olivia'],
      '2026-11-30',
      'call',
      'catch-up',
      'outbound',
    ],
    ['call with Dev, just a catch up', ['Dev'], '2026-11-30', 'call', 'catch-up', 'mutual'],
    [
      'I made a call to Kate Morrison about the analytics lead job at Sky',
      ['Kate Morrison'],
      '2026-11-30',
      'call',
      'catch-up',
      'outbound',
    ],
    // What the contact told the user to send answers their request.
    [
      'emailed Dev my cv, he told me to send him it',
      ['Dev'],
      '2026-11-30',
      'email',
      'give',
      'outbound',
    ],
    // Someone wanted for work, however few the words, is news of work.
    [
      'Stuart Paterson emailed yesterday, they need somebody 2 days a week',
      ['Stuart Paterson'],
      '2026-11-29',
      'email',
      'give',
      'inbound',
    ],
    [
      "Anna Kowalski dropped me a DM, Revolut's design team need someone for survey data",
      ['Anna Kowalski'],
      '2026-11-30',
      'message',
      'give',
      'inbound',
    ],
    [
      "whatsapp from Ana, she's got me a referral at Spotify!",
      ['Ana'],
      '2026-11-30',
      'message',
      'give',
      'inbound',
    ],
    [
      'email to Helen Fraser at NHS Fife with my cv',
      ['Helen Fraser'],
      '2026-11-30',
      'email',
      'ask',
      'outbound',
    ],
    // A sentence's end opens a clause whose subject may be the contact; "busy" is nobody.
    [
      'Lloyds want me for a 3 month contract!! Emma Clark rang yesterday',
      ['Emma Clark'],
      '2026-11-29',
      'call',
      'give',
      'inbound',
    ],
    [
      'busy day, Emma Clark rang yesterday',
      ['Emma Clark'],
      '2026-11-29',
      'call',
      'catch-up',
      'inbound',
    ],
    // Where someone is from may take seven words before what they did.
    [
      "Kenny Laing from my old work at the lino rang, his daughter's a data engineer at Sky",
      ['Kenny Laing'],
      '2026-11-30',
      'call',
      'catch-up',
      'inbound',
    ],
  ]);
});
