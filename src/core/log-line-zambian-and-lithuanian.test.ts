// How a one-line log reads Zambian English with Nyanja and Bemba ("dzulo", "mailo", "lolemba",
// "pali cisano", "ba Rachel", "zikomo", "ka coffee wit") and English after Lithuanian ("vakar",
// "penktadienį vakare", "praeitą savaitę", "ačiū"), and someone named with the user before
// what they did ("Zoe and me drinks").
import { describe } from 'vitest';
import { keepsAsWritten, mendsTo, readsAs, today } from '../../test/log-line-table.js';

describe('Zambian and Lithuanian words, put plainly', () => {
  mendsTo([
    ['Chidi phoned me dzulo', 'Chidi phoned me yesterday'],
    ['mailo sent Devendra the cv', 'yesterday sent Devendra the cv'],
    ['rang Fatima dzana', 'rang Fatima the day before yesterday'],
    ['lunch with Robert lolemba', 'lunch with Robert monday'],
    ['call with Siobhan pali cisano', 'call with Siobhan friday'],
    ['chased ba Rachel about the application', 'chased Rachel about the application'],
    ['zikomo kwambiri to Margaret for the advice', 'thanked Margaret for the advice'],
    ['ka coffee wit Ben', 'a coffee with Ben'],
    ['Olivia rang me vakar', 'Olivia rang me yesterday'],
    ['vakar vakare Alex shared a job', 'yesterday Alex shared a job'],
    ['coffee with Wei šeštadienį ryte', 'coffee with Wei saturday'],
    ['praeitą savaitę met Yusuf', 'last week met Yusuf'],
    ['sent Marcus whatsapp to say ačiū', 'sent Marcus whatsapp to say thanks'],
    [
      'Anna K sent me on whatsapp link to Revolut QA opening, labai ačiū',
      'Anna K sent me on whatsapp link to Revolut QA opening',
    ],
    ['Zoe and me drinks after work', 'drinks with Zoe after work'],
    ['Dev, Chidi and me lunch near kings cross', 'lunch with Dev and Chidi near kings cross'],
  ]);

  keepsAsWritten([
    'Ba Ng emailed me',
    'a bachelor of arts (ba) in logistics',
    'Lelo Dube rang me',
    'loved her dry wit at the panel',
  ]);
});

describe('Zambian and Lithuanian notes, read', () => {
  readsAs([
    [
      'video call wit Hannah lachitatu, she went thru my CV and gave me pointers',
      ['Hannah'],
      '2026-11-25',
      'video',
      'catch-up',
      'mutual',
    ],
    [
      'Aisha Karim from cazoo called me dzulo, we chatted about car logistics',
      ['Aisha Karim'],
      '2026-11-29',
      'call',
      'catch-up',
      'inbound',
    ],
    [
      'pirmadienį emailed Tom Harris from Sainsburys again re DQ analyst job',
      ['Tom Harris'],
      '2026-11-23',
      'email',
      'follow-up',
      'outbound',
    ],
    ['texted Aisha to say zikomo', ['Aisha'], today, 'message', 'thanks', 'outbound'],
  ]);
});
