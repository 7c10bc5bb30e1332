// How a one-line log reads English after Latvian ("aizvakar", "piektdien", "pagājušajā nedēļā",
// "no rīta", "Okafor kundze", "liels paldies", "Hannah un Chidi") and English after Tigrinya
// ("timali", "qedem timali", "lomi", "hamus", "zihalefe semun", "Haw Dev", "Hafti Priya",
// "yekenyeley").
import { describe } from 'vitest';
import { keepsAsWritten, mendsTo, readsAs, today } from '../../test/log-line-table.js';

describe('Latvian and Tigrinya words, put plainly', () => {
  mendsTo([
    ['aizvakar lunch with Emma Clark', 'the day before yesterday lunch with Emma Clark'],
    ['sodien no rita call with Thomas Wright', 'today call with Thomas Wright'],
    ['Olivia rang no rīta, she put me forward', 'Olivia rang, she put me forward'],
    ['Dan rang vakarā about a stock audit', 'Dan rang about a stock audit'],
    ['coffee with Priya pagājušajā nedēļā', 'coffee with Priya last week'],
    ['call with Zoe pagajusaja nedela', 'call with Zoe last week'],
    ['piektdien zoom w Kate Morrison', 'friday zoom w Kate Morrison'],
    ['trešdien video call with Niamh', 'wednesday video call with Niamh'],
    ['svētdien whatsapp from Niamh', 'sunday whatsapp from Niamh'],
    ['liels paldies to Yusuf for the mock interview', 'thanked Yusuf for the mock interview'],
    ['Chen kungs said paldies on whatsapp', 'Chen said thanks on whatsapp'],
    ['čau msg from Ben', 'msg from Ben'],
    ['lunch with Hannah un Chidi vakar', 'lunch with Hannah and Chidi yesterday'],
    ['Kate rang me qedem timali', 'Kate rang me the day before yesterday'],
    ['call with Hafti Priya lomi', 'call with Priya today'],
    ['Priya Shah email zihalefe semun', 'Priya Shah emailed last week'],
    ['video call with Yusuf senui', 'video call with Yusuf monday'],
    ['met Chidi at the job fair hamus', 'met Chidi at the job fair thursday'],
    ['drinks with Dan Fletcher and Owen arbi', 'drinks with Dan Fletcher and Owen friday'],
    ['thank you msg from Sam Patel senbet', 'thank you msg from Sam Patel sunday'],
    ['texted yekenyeley to Adey Margaret', 'texted thanks to Margaret'],
    ['selam Hafti Aisha on linkedin', 'Aisha on linkedin'],
    ['Wei sent me a course link, yekenyeley Haw Wei', 'Wei sent me a course link'],
  ]);

  keepsAsWritten([
    'Selam Tesfamariam rang me',
    'un-named recruiter rang',
    'the Arbi Hotel',
    'met Haw at the fair',
  ]);
});

describe('Latvian and Tigrinya notes, read', () => {
  readsAs([
    [
      'Wright kungs rang pirmdien, arup role is filled already',
      ['Wright'],
      '2026-11-23',
      'call',
      'catch-up',
      'inbound',
    ],
    [
      'ceturtdien drinks with Gareth and Owen after their work',
      ['Gareth', 'Owen'],
      '2026-11-26',
      'meeting',
      'catch-up',
      'mutual',
    ],
    [
      'Haw Dev call me timali, he say Northwind warehouse need coordinator and he will put my name',
      ['Dev'],
      '2026-11-29',
      'call',
      'give',
      'inbound',
    ],
    [
      'timali Hafti Siobhan email me the stripe office manager spec',
      ['Siobhan'],
      '2026-11-29',
      'email',
      'give',
      'inbound',
    ],
    ['whatsapp to Dev yekenyeley for the intro', ['Dev'], today, 'message', 'thanks', 'outbound'],
  ]);
});
