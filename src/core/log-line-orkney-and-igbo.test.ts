// How a one-line log reads a former fish-farm technician's Orkney English ("the streen",
// "peedie", "seturday", "industry night", "northwind are needing a coordinator") and Nigerian
// English with Igbo ("unyaahu", "taa", "izu gara aga", "Mọnde" to "Sọnde", "daalụ", "imela",
// "Dede Robert", "Daa Margaret", "Engr. Wei").
import { describe } from 'vitest';
import { keepsAsWritten, mendsTo, readsAs } from '../../test/log-line-table.js';

describe('Orkney words, put plainly', () => {
  mendsTo([
    ['dan rang the streen', 'dan rang yesterday'],
    ['pint wi sam patel seturday', 'pint with sam patel saturday'],
    ['a peedie chat wi Eric', 'chat with Eric'],
  ]);
});

describe('Igbo words, put plainly', () => {
  mendsTo([
    ['coffee with Ana unyaahu', 'coffee with Ana yesterday'],
    ['gisted with Ngozi after mass unyaahụ', 'gisted with Ngozi after mass yesterday'],
    ['Robert rang me taa', 'Robert rang me today'],
    ['lunch w Thomas from Arup izu gara aga', 'lunch w Thomas from Arup last week'],
    ['zoom with Ben on Mọnde', 'zoom with Ben on monday'],
    ['coffee with Dev monde', 'coffee with Dev monday'],
    ['chased Olivia on Tusde', 'chased Olivia on tuesday'],
    ['RICS talk on Wenezde', 'RICS talk on wednesday'],
    ['Wei rang me on Tọsde', 'Wei rang me on thursday'],
    ['zoom on Fraịde', 'zoom on friday'],
    ['rang me on Fraide', 'rang me on friday'],
    ['met Chiamaka at the union meeting satọde', 'met Chiamaka at the union meeting saturday'],
    ['church harvest sọnde', 'church harvest sunday'],
    ['daalu to Lucy for the mock interview', 'thanked Lucy for the mock interview'],
    [
      'thanked Dede Robert for putting my name forward, daalụ sir',
      'thanked Robert for putting my name forward',
    ],
    ['Chidi shared my post with his network, imela', 'Chidi shared my post with his network'],
    ['sent Daa Margaret my updated cv', 'sent Margaret my updated cv'],
    ['Engr. Wei beeped me', 'Wei rang me'],
    ['emailed dede robert', 'emailed robert'],
  ]);

  keepsAsWritten([
    'Taa is my cousin',
    'coffee with Monde Sithole',
    'met Isatu Conteh from Médecins du Monde',
  ]);
});

describe('Orkney and Igbo notes, read', () => {
  readsAs([
    [
      'dev rang me the streen, northwind are needing a logistics coordinator',
      ['Dev'],
      '2026-11-29',
      'call',
      'give',
      'inbound',
    ],
    [
      'industry night in aberdeen wedensday, spoke tae marcus bell and Graham Sutherland fae Serco',
      ['Marcus Bell', 'Graham Sutherland'],
      '2026-11-25',
      'event',
      'catch-up',
      'mutual',
    ],
    [
      "Engr. Wei beeped me on Tọsde, ARM new campus build needs a cost consultant, he'll send the spec",
      ['Wei'],
      '2026-11-26',
      'call',
      'give',
      'inbound',
    ],
    [
      'Dede Robert rang me taa, KPMG cost advisory has an opening for senior QS o!!',
      ['Robert'],
      '2026-11-30',
      'call',
      'give',
      'inbound',
    ],
  ]);
});
