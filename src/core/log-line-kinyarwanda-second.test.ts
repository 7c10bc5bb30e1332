// Round 143: a Musanze agronomist's English with Kinyarwanda and French. Verbs are read by their
// parts, who did it, to whom and the root ("yampamagaye" she called me, "nabajije" I asked,
// "namushimiye" I thanked him, "yanyintroduciye" introduced me to, "nahuje X na Y" I put them in
// touch, "twahuye" we met); "kuwa gatatu", "ku cyumweru", "iminsi itatu ishize", "mu cyumweru
// gishize" and "tariki 19" are days of the line, "tariki 7/12" after a plan is none; "wa", "wo
// muri" (from), "kuri email" (by email), "yanjye" (my), "niba" (if), "nta gisubizo" (no reply).
import { describe } from 'vitest';
import { keepsAsWritten, mendsTo, readsAs, today } from '../../test/log-line-table.js';

describe('Kinyarwanda verbs and clause words, put plainly', () => {
  mendsTo([
    ['Jane Mugisha wa Equity Bank yampamagaye', 'Jane Mugisha from Equity Bank called me'],
    ['nabajije Paul Kagame kuri email', 'asked Paul Kagame on email'],
    ['Grace Uwera yansabye CV yanjye', 'Grace Uwera asked me for my CV'],
    ['namushimiye Eric Habimana', 'thanked Eric Habimana'],
    ['noherereje Sarah Ingabire article', 'sent Sarah Ingabire article'],
    ['Ange Keza yaranyandikiye kuri LinkedIn', 'Ange Keza wrote to me on LinkedIn'],
    ['Olive Umutesi wo muri RAB yambwiye', 'Olive Umutesi from RAB told me'],
    ['coffee na Peter Okello iminsi itatu ishize', 'coffee with Peter Okello 3 days ago'],
    ['call na Yves Hakizimana iminsi 4 ishize', 'call with Yves Hakizimana 4 days ago'],
    ['rang Claire Mutoni mu cyumweru gishize', 'rang Claire Mutoni last week'],
    ['rang Claire Mutoni kuwa gatanu', 'rang Claire Mutoni friday'],
  ]);

  // English notes, and names that share a Kinyarwanda word's letters, stay as written.
  keepsAsWritten([
    'emailed Kate re the NGO data role',
    'coffee with Kuri Tanaka at the hub',
    'met the ngo director at the fair',
    'Nadia rang about the analyst role, nothing new',
    'thanked Yan Ko for the intro',
  ]);
});

describe('English with Kinyarwanda, read', () => {
  readsAs([
    // "na" after a meeting word marks Swahili too; its "kuwa" (to be) leaves a Kinyarwanda day.
    [
      'Zoom na Margaret Okafor kuwa gatatu, twaganiriye ku career switch',
      ['Margaret Okafor'],
      '2026-11-25',
      'video',
      'catch-up',
      'mutual',
    ],
    [
      'Jane Mugisha wa Equity Bank yampamagaye kuwa kabiri, hari data scientist role i Kigali',
      ['Jane Mugisha'],
      '2026-11-24',
      'call',
      'give',
      'inbound',
    ],
    [
      'nabajije Paul Kagame wa MTN kuri email niba bafite internships',
      ['Paul Kagame'],
      today,
      'email',
      'ask',
      'outbound',
    ],
    [
      'Grace Uwera yansabye CV yanjye iminsi itatu ishize',
      ['Grace Uwera'],
      '2026-11-27',
      'other',
      'ask',
      'inbound',
    ],
    [
      'namushimiye Eric Habimana kuri WhatsApp kuwa gatanu',
      ['Eric Habimana'],
      '2026-11-27',
      'message',
      'thanks',
      'outbound',
    ],
    [
      'Claire Mutoni yanyoherereje job spec kuri email mu cyumweru gishize',
      ['Claire Mutoni'],
      '2026-11-23',
      'email',
      'give',
      'inbound',
    ],
    [
      'twahuye na Peter Okello kuri coffee tariki 19',
      ['Peter Okello'],
      '2026-11-19',
      'meeting',
      'catch-up',
      'mutual',
    ],
    [
      'nahuje Alice Mukamana na Bruno Gasana kuri email',
      ['Alice Mukamana', 'Bruno Gasana'],
      today,
      'email',
      'intro',
      'outbound',
    ],
    [
      'Diane Uwase yanyintroduciye manager we wa Bralirwa kuwa kane',
      ['Diane Uwase'],
      '2026-11-26',
      'other',
      'intro',
      'inbound',
    ],
    [
      'nibukije Kevin Ndayisaba kuri email ibya invoice, nta gisubizo',
      ['Kevin Ndayisaba'],
      today,
      'email',
      'follow-up',
      'outbound',
    ],
    [
      'noherereje Sarah Ingabire article kuri LinkedIn kuwa mbere',
      ['Sarah Ingabire'],
      '2026-11-23',
      'message',
      'give',
      'outbound',
    ],
    [
      'Ange Keza yanshimiye kuri DM ku cyumweru',
      ['Ange Keza'],
      '2026-11-29',
      'message',
      'thanks',
      'inbound',
    ],
    [
      'Patrick Nshuti yambajije niba natangira tariki 7/12',
      ['Patrick Nshuti'],
      today,
      'other',
      'ask',
      'inbound',
    ],
    [
      'twaganiriye na Olive Umutesi kuri zoom ejo hashize',
      ['Olive Umutesi'],
      '2026-11-29',
      'video',
      'catch-up',
      'mutual',
    ],
    [
      'nakunze post ya Emmanuel Rukundo kuri LinkedIn',
      ['Emmanuel Rukundo'],
      today,
      'social',
      'catch-up',
      'outbound',
    ],
  ]);
});
