// How a one-line log reads English with Somali as a London family speaks it ("waxaan u diray zoe
// martin slides-ka ay rabtay", "wali jawaab kama helin", "mahadsanid'd me", "khamiistii") and
// a Birmingham-born manager's Brummie English ("wensdee"), and knows the Punjabi and
// Bangladeshi names Britain writes ("Gurpreet Sandhu", "Rukhsana Begum").
import { describe, expect, it } from 'vitest';
import { mendsTo, readsAs, today } from '../../test/log-line-table.js';
import { mendSomali } from './log-line-somali.js';
import { isKnownGivenName, isKnownSurname } from './person-name-shape.js';

describe('Somali as a London family speaks it, put into English', () => {
  it.each([
    [
      'maanta waxaan u diray zoe martin slides-ka ay rabtay',
      'maanta sent zoe martin slides she wanted',
    ],
    [
      'wali jawaab kama helin robert singh, waan xasuusiyay on linkedin',
      'still no reply from robert singh, reminded them on linkedin',
    ],
    ["thomas wright mahadsanid'd me on whatsapp", 'thomas wright thanked me on whatsapp'],
    ['waan la hadlay yusuf demir taleefanka shalay', 'had a call with yusuf demir shalay'],
    [
      'emily clarke waxay ii sheegtay ons got a role open, we had a call khamiistii',
      'emily clarke told me ons got a role open, we had a call Thursday',
    ],
    [
      'fatima zahra waxay ii soo dirtay email mahadsanid ah',
      'fatima zahra sent me a thank-you email',
    ],
  ])('"%s"', (line, plain) => {
    expect(mendSomali(line)).toBe(plain);
  });
});

describe('English with Somali as a London family speaks it, read', () => {
  readsAs([
    [
      'wali jawaab kama helin robert singh, waan xasuusiyay on linkedin',
      ['Robert Singh'],
      today,
      'message',
      'follow-up',
      'outbound',
    ],
    [
      'waan la hadlay yusuf demir taleefanka shalay, the analytics lead role is gone',
      ['Yusuf Demir'],
      '2026-11-29',
      'call',
      'catch-up',
      'mutual',
    ],
  ]);
});

describe('Brummie words, put plainly', () => {
  mendsTo([['rang me wensdee', 'rang me wednesday']]);
});

describe('Brummie notes, read', () => {
  readsAs([
    [
      "rachel lowe from booking rang me wensdee, the role's gone, they went internal",
      ['Rachel Lowe'],
      '2026-11-25',
      'call',
      'catch-up',
      'inbound',
    ],
  ]);
});

describe('Punjabi and Bangladeshi names', () => {
  it.each(['Gurpreet', 'Rukhsana', 'Harpreet'])('knows the given name %s', (name) => {
    expect(isKnownGivenName(name)).toBe(true);
  });
  it.each(['Sandhu', 'Begum', 'Chowdhury'])('knows the surname %s', (name) => {
    expect(isKnownSurname(name)).toBe(true);
  });
});
