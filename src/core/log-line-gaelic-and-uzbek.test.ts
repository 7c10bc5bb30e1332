// How a one-line log reads Island English with Gaelic ("an-dè", "a-bhòn-dè", "an-diugh",
// "Dihaoine", "an t-seachdain sa chaidh", "tapadh leat") and English after Uzbek ("kecha",
// "o'tgan kuni", "bugun", "payshanba", "Dev aka", "Priya opa", "katta rahmat").
import { describe } from 'vitest';
import { keepsAsWritten, mendsTo, readsAs } from '../../test/log-line-table.js';

describe('Gaelic and Uzbek words, put plainly', () => {
  mendsTo([
    ['coffee wi Dev an-dè', 'coffee with Dev yesterday'],
    ['thanked Gareth for the pep talk an de', 'thanked Gareth for the pep talk yesterday'],
    ['drinks wi Thomas a-bhòn-dè', 'drinks with Thomas the day before yesterday'],
    ['rang Olivia at Hays an-diugh', 'rang Olivia at Hays today'],
    ['zoom wi Niamh an t-seachdain sa chaidh', 'zoom with Niamh last week'],
    ['Olivia rang me Diluain', 'Olivia rang me monday'],
    ['video call wi Ben Ng Dimàirt', 'video call with Ben Ng tuesday'],
    ['met Calum at the fair Diardaoin', 'met Calum at the fair thursday'],
    ['lunch with Chidi and Wei Dihaoine', 'lunch with Chidi and Wei friday'],
    ['Chidi thanked me Didomhnaich', 'Chidi thanked me sunday'],
    [
      'Fatima sent me a piece on port automation, tapadh leat a ghràidh',
      'Fatima sent me a piece on port automation',
    ],
    ['coffee with Dev aka kecha', 'coffee with Dev yesterday'],
    ["zoom with Ana o'tgan kuni", 'zoom with Ana the day before yesterday'],
    ['bugun Aisha whatsapp', 'today Aisha whatsapp'],
    ["coffee with Zoe o'tgan hafta", 'coffee with Zoe last week'],
    ['Olivia rang kechqurun', 'Olivia rang'],
    ['lunch with Margaret opa payshanba', 'lunch with Margaret thursday'],
    ['seshanba drinks with Thomas aka', 'tuesday drinks with Thomas'],
    ['katta rahmat to Wei for the link', 'thanked Wei for the link'],
    ['Zoe sent the link, rahmat', 'Zoe sent the link'],
  ]);

  keepsAsWritten(['Robert aka Bob rang me', 'the Opa Taverna']);
});

describe('Gaelic and Uzbek notes, read', () => {
  readsAs([
    [
      'lunch with Chidi and Wei Dihaoine, talked ferries n freight the whole time',
      ['Chidi', 'Wei'],
      '2026-11-27',
      'meeting',
      'catch-up',
      'mutual',
    ],
    [
      'kecha coffee with Dev aka, he will intro me to his lead',
      ['Dev'],
      '2026-11-29',
      'meeting',
      'give',
      'mutual',
    ],
    [
      'juma export night at birmingham chamber, met Owen and Gareth from admiral',
      ['Owen', 'Gareth'],
      '2026-11-27',
      'event',
      'catch-up',
      'mutual',
    ],
  ]);
});
