// Round 144: a Huye-born statistics lecturer's English with Kinyarwanda and French. "ikawa"
// (coffee), "ku butumwa" (by message), "umuyobozi we" (their lead); promises by their parts
// ("azampuza" will put me in touch); doing again is following up ("nongeye kumwandikira");
// reminding is chasing ("nibutsa ibya"); what is gone ("yafunzwe", "ntikiriho", "bamaze
// kuyitanga"); "bashaka" (looking for a); "yandikiye X email" (emailed X); the user's own verb
// after a name keeps its "I"; a day closing the line is its verb's; "murakoze cyane for" thanks.
import { describe } from 'vitest';
import { keepsAsWritten, mendsTo, readsAs, today } from '../../test/log-line-table.js';

describe('Kinyarwanda words of this round, put plainly', () => {
  mendsTo([
    ['twanyweye ikawa na Alice Uwera', 'had coffee with Alice Uwera'],
    ['twanyweye icyayi na Alice Uwera', 'had tea with Alice Uwera'],
    ['Eric yanshimiye ku butumwa', 'Eric thanked me by message'],
    [
      'Eric yampamagaye, azampuza na Joy Ikirezi',
      'Eric called me, will put me in touch with Joy Ikirezi',
    ],
    [
      "Eric yampamagaye, azampuza n'umuyobozi we",
      'Eric called me, will put me in touch with their lead',
    ],
    ['nongeye kumwandikira Joy Ikirezi', 'followed up with Joy Ikirezi'],
    ['nongeye kumuhamagara about the grant', 'followed up with a call about the grant'],
    ['namwandikiye Joy email nibutsa ibya survey', 'emailed Joy to chase them about survey'],
    [
      'Eric yambwiye ko MINECOFIN bashaka analyst',
      'Eric told me that MINECOFIN are looking for an analyst',
    ],
    ['Eric yambwiye ko the grant role yafunzwe', 'Eric told me that the grant role was closed'],
    ['the survey role ntakiriho, Eric yambwiye', 'the survey role is no longer open, Eric told me'],
    ['Eric yambwiye ko bamaze kuyitanga', 'Eric told me that it is already filled'],
    ['Eric yambajije niba nshobora kuvuga', 'Eric asked me if I could speak'],
    ['Joy Ikirezi nasabye feedback', 'Joy Ikirezi I asked feedback'],
    ['Eric yanyoherereje ToR ya survey design', 'Eric sent me a ToR of survey design'],
    [
      'Eric yanyoherereje invite ya Kigali Data Summit',
      'Eric sent me the Kigali Data Summit invite',
    ],
    [
      'Eric Mugabo yanshimiye for the workshop kuwa kane',
      'Eric Mugabo thanked me for the workshop, thursday',
    ],
    ['namwandikiye Joy email, murakoze cyane for the data', 'emailed Joy, thanks for the data'],
    [
      'Eric yampuje na mentor wabo wa survey methods',
      'Eric put me in touch with their mentor of survey methods',
    ],
  ]);

  // English notes, and words that share a Kinyarwanda word's letters, stay as written.
  keepsAsWritten([
    'coffee with Ashaka Patel at the hub',
    'messaged Eric on wa about the survey',
    'bazaar with Azamat on Friday',
    'emailed Joy about the imwe project',
  ]);
});

describe('English with Kinyarwanda of this round, read', () => {
  readsAs([
    [
      'twanyweye ikawa na Alice Uwera ejo',
      ['Alice Uwera'],
      '2026-11-29',
      'meeting',
      'catch-up',
      'mutual',
    ],
    [
      'Alice Uwera yanshimiye ku butumwa for the survey tips',
      ['Alice Uwera'],
      today,
      'message',
      'thanks',
      'inbound',
    ],
    [
      'Alice Uwera nongeye kumwandikira about the grant, nta gisubizo',
      ['Alice Uwera'],
      today,
      'other',
      'follow-up',
      'outbound',
    ],
    [
      'Alice Uwera namusabye feedback on my slides kuri WhatsApp',
      ['Alice Uwera'],
      today,
      'message',
      'ask',
      'outbound',
    ],
    [
      'Alice Uwera wa UNDP yanshimiye for the seminar kuwa kane',
      ['Alice Uwera'],
      '2026-11-26',
      'other',
      'thanks',
      'inbound',
    ],
    [
      'Alice Uwera messaged on whatsapp, the survey role yafunzwe',
      ['Alice Uwera'],
      today,
      'message',
      'catch-up',
      'inbound',
    ],
  ]);
});
