// How a one-line log reads English with Danish ("ringede til Kate", "i går ringede Olivia", "i
// torsdags sendte jeg Priya S mit portfolio", "Alex takkede for introen") and South African
// English with isiZulu ("ngishayele u-Kate", "u-Dev ungithumelele i-job spec", "coffee no-Rachel
// izolo", "u-Gareth no-Owen bangimemele").
import { describe, expect, it } from 'vitest';
import { readsAs, today } from '../../test/log-line-table.js';
import { mendDanish } from './log-line-danish.js';
import { mendZulu } from './log-line-zulu.js';

describe('Danish in a note, put into English', () => {
  it.each([
    ['ringede til Kate om Sky rollen', 'rang Kate about Sky role'],
    ['i går ringede Olivia om en kontrakt', 'yesterday Olivia rang me about a contract'],
    ['i torsdags sendte jeg Priya S mit portfolio', 'on Thursday I sent Priya S my portfolio'],
    [
      'mailede Niamh igen om referral, intet svar siden d. 18/11',
      'emailed Niamh again about referral, no reply since 18/11',
    ],
    ['Alex takkede for introen', 'Alex thanked me for the intro'],
    ['mødte Emily til GovUX meetup i onsdags', 'met Emily at GovUX meetup on Wednesday'],
  ])('"%s"', (line, plain) => {
    expect(mendDanish(line)).toBe(plain);
  });

  it('leaves English, and Scots that shares a word with Danish, as they were', () => {
    for (const line of [
      'sent graeme a thank yow email efter the interview',
      'coffee with Kate at the Sky office',
      'Fredag Ali rang about the role',
    ])
      expect(mendDanish(line)).toBe(line);
  });
});

describe('English with Danish, read', () => {
  readsAs([
    ['ringede til Kate om Sky rollen', ['Kate'], today, 'call', 'catch-up', 'outbound'],
    ['i går ringede Olivia om en kontrakt', ['Olivia'], '2026-11-29', 'call', 'give', 'inbound'],
    [
      'i torsdags sendte jeg Priya S mit portfolio',
      ['Priya S'],
      '2026-11-26',
      'other',
      'ask',
      'outbound',
    ],
    [
      'frokost med Thomas fra Arup i fredags',
      ['Thomas'],
      '2026-11-27',
      'meeting',
      'catch-up',
      'mutual',
    ],
    [
      'Aisha Karim bad om feedback paa hendes survey design',
      ['Aisha Karim'],
      today,
      'other',
      'ask',
      'inbound',
    ],
  ]);
});

describe('isiZulu in a note, put into English', () => {
  it.each([
    ['ngishayele u-Kate about the analytics role', 'called Kate about the analytics role'],
    ['u-Dev ungithumelele i-job spec on whatsapp', 'Dev sent me the job spec on whatsapp'],
    ['coffee no-Rachel izolo', 'coffee with Rachel yesterday'],
    [
      'u-Gareth no-Owen bangimemele for lunch izolo',
      'Gareth and Owen invited me for lunch yesterday',
    ],
    [
      'u-Priya ungitshele izolo ukuthi i-Monzo ivalile the role',
      'Priya told me yesterday that the Monzo has closed the role',
    ],
  ])('"%s"', (line, plain) => {
    expect(mendZulu(line)).toBe(plain);
  });

  it('leaves a Tagalog "na-" and English as they were', () => {
    for (const line of [
      'nag-text si Olivia (Hays) noong Miyerkules, na-fill na daw yung contract role',
      'sent u the e-mail about no-shows',
    ])
      expect(mendZulu(line)).toBe(line);
  });
});

describe('South African English with isiZulu, read', () => {
  readsAs([
    ['ngishayele u-Kate about the analytics role', ['Kate'], today, 'call', 'catch-up', 'outbound'],
    ['u-Dev ungithumelele i-job spec on whatsapp', ['Dev'], today, 'message', 'give', 'inbound'],
    [
      'sikhulume no-Fatima Zahra ocingweni ngoLwesibili',
      ['Fatima Zahra'],
      '2026-11-24',
      'call',
      'catch-up',
      'mutual',
    ],
  ]);
});
