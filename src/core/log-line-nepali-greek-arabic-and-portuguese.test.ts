// Round 133: a former Gurkha's English with Nepali, a Larnaca-born accountant's with Cypriot Greek,
// a Khartoum-born pharmacist's with Sudanese Arabic, a São Paulo-born designer's with Brazilian
// Portuguese. Their words for days ("hijo", "asti", "xthes", "tin Triti", "ams", "yom al-khamis",
// "sexta passada") are the days; "dai", "ustaz", "ton" and "tin" beside a name are no part of it;
// "me ligou", "me mandou", "mandei", "pra", "com a" are read as the English they stand for; "dr."
// before a capitalised name is a title. A chase opening its own sentence and thanks the user says
// they gave are the user's; a note closing on "nothing yet" or "still nothing" is a chase.
import { describe } from 'vitest';
import { keepsAsWritten, mendsTo, readsAs, today } from '../../test/log-line-table.js';

describe('days in Nepali, Greek, Arabic and Portuguese, read', () => {
  readsAs([
    [
      'hijo coffee with Dev dai in Farnborough, he will put me forward for the ops lead role',
      ['Dev'],
      '2026-11-29',
      'meeting',
      'give',
      'mutual',
    ],
    [
      'Olivia from Hays rang me asti, warehouse ops manager contract in Basingstoke',
      ['Olivia'],
      '2026-11-28',
      'call',
      'give',
      'inbound',
    ],
    [
      'Tom Wright from Arup texted xthes, their finance team needs a contractor',
      ['Tom Wright'],
      '2026-11-29',
      'message',
      'give',
      'inbound',
    ],
    [
      "teams call with Joanne Bennett tin Deftera, she's happy to refer me",
      ['Joanne Bennett'],
      '2026-11-23',
      'video',
      'give',
      'mutual',
    ],
    [
      'ICAEW north london meetup tin Pempti, saw Emily Clarke',
      ['Emily Clarke'],
      '2026-11-26',
      'event',
      'catch-up',
      'mutual',
    ],
    [
      'Yom al-khamis I had lunch with Yusuf Demir and Zoe Martin near the station',
      ['Yusuf Demir', 'Zoe Martin'],
      '2026-11-26',
      'meeting',
      'catch-up',
      'mutual',
    ],
    [
      'Nudged Rachel ams about whether the hiring manager has seen my CV.',
      ['Rachel'],
      '2026-11-29',
      'other',
      'follow-up',
      'outbound',
    ],
    [
      'Olivia from Hays rang me on terça about a 3 month contract at a bank',
      ['Olivia'],
      '2026-11-24',
      'call',
      'give',
      'inbound',
    ],
    [
      'Kwame Asante passed me a small branding gig, sexta passada',
      ['Kwame Asante'],
      '2026-11-27',
      'other',
      'give',
      'inbound',
    ],
    [
      'José Álvarez me ligou semana passada, they need a freelancer for a checkout redesign',
      ['José Álvarez'],
      '2026-11-23',
      'call',
      'give',
      'inbound',
    ],
  ]);
});

describe('names beside courtesies and articles, and Portuguese verbs, read', () => {
  readsAs([
    ['emailed ton Dev re the role at Northwind', ['Dev'], today, 'email', 'catch-up', 'outbound'],
    [
      'Coffee with ustaz Dev al-yom, we talked about competency questions',
      ['Dev'],
      today,
      'meeting',
      'catch-up',
      'mutual',
    ],
    [
      'Called me Margaret ams about the band 6 post',
      ['Margaret'],
      '2026-11-29',
      'call',
      'give',
      'inbound',
    ],
    [
      'I emailed dr. Hiba Osman, the lead pharmacist at Leeds Teaching Hospitals, on 19/11',
      ['Hiba Osman'],
      '2026-11-19',
      'email',
      'catch-up',
      'outbound',
    ],
    [
      "coffee com a Kate ontem, she'll send me the job spec",
      ['Kate'],
      '2026-11-29',
      'meeting',
      'give',
      'mutual',
    ],
    [
      'o Dev me ligou hoje cedo, offered to refer me for the design systems role',
      ['Dev'],
      today,
      'call',
      'give',
      'inbound',
    ],
    [
      'mandei meu CV atualizado pra rachel lowe by email, no reply yet',
      ['Rachel Lowe'],
      today,
      'email',
      'ask',
      'outbound',
    ],
    [
      'Wei mandou um valeu no linkedin pela rec do figma plugin',
      ['Wei'],
      today,
      'message',
      'thanks',
      'inbound',
    ],
    [
      "ligação com o Sam O'Neil ontem, he'll put me forward for the Deliveroo contract",
      ["Sam O'Neil"],
      '2026-11-29',
      'call',
      'give',
      'mutual',
    ],
    [
      'mandei meu portfolio pra Sarah Linton como ela pediu',
      ['Sarah Linton'],
      today,
      'other',
      'give',
      'outbound',
    ],
  ]);
});

describe('the mends', () => {
  mendsTo([
    ['ela re, Kate Morrison liked my comment', 'Kate Morrison liked my comment'],
    ['Dan Fletcher e eu, reunião no café', 'Dan Fletcher and I, meeting no café'],
    ['whatsapp da Joanne: extra screens', 'whatsapp from Joanne: extra screens'],
    ['met dr. Musa on sexta-feira', 'met Dr Musa on friday'],
  ]);
});

describe('what stays as it was', () => {
  keepsAsWritten([
    'Paraskevi Georgiou emailed me',
    'AMS emailed me about a contract',
    'Domingo Ruiz rang me',
    'lunch at Quinta do Lago',
    'bought a tin of biscuits for the team',
    'met Dai Jones at the Swansea meetup',
    'Aja Brown called me',
  ]);
  readsAs([
    ['Olivia rang me about a contract', ['Olivia'], today, 'call', 'give', 'inbound'],
    ['Dr Jane Smith called me', ['Jane Smith'], today, 'call', 'catch-up', 'inbound'],
  ]);
});

describe('whose chase, whose thanks, and a silence closing a note', () => {
  readsAs([
    ['Mark E. Chased re BI intro. No reply.', ['Mark E.'], today, 'other', 'follow-up', 'outbound'],
    ['rang Olivia, nothing yet', ['Olivia'], today, 'call', 'follow-up', 'outbound'],
    [
      'emailed Lucy Patel re the referral, still nothing',
      ['Lucy Patel'],
      today,
      'email',
      'follow-up',
      'outbound',
    ],
    [
      'Ams I thanked Fatima Zahra by WhatsApp for the Ofcom report she sent me.',
      ['Fatima Zahra'],
      '2026-11-29',
      'message',
      'thanks',
      'outbound',
    ],
    [
      'Gareth (Admiral) sent a follow up email fri after our chat',
      ['Gareth'],
      '2026-11-27',
      'email',
      'follow-up',
      'inbound',
    ],
    [
      'emily clarke emailed to follow up on our coffee',
      ['Emily Clarke'],
      today,
      'email',
      'follow-up',
      'inbound',
    ],
  ]);
});
