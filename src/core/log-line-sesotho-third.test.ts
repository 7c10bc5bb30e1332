// Round 144: a third writer of Sesotho, a Bloemfontein-born teacher whose South African English
// takes in Sesotho. "o ntsebisitse ho X" is introduced me to X, "o tla ntsebisa ho X" will
// introduce me to X (after the name of who will, "is going to"); "ho mo leboha" to thank them,
// "ho mo kopa" to ask them, "ho mo hopotsa" to remind them, "ho kopana le" to meet with; "o batla
// ke bue" wants me to speak; "lead wa UX" lead of UX; "portfolio link ya ka" my portfolio link.
import { describe, expect, it } from 'vitest';
import { readsAs, today } from '../../test/log-line-table.js';
import { mendSesotho } from './log-line-sesotho.js';

describe('a third writer of Sesotho, read', () => {
  readsAs([
    [
      'Kagiso Mokoena o ntsebisitse ho Rachel Green at Spotify',
      ['Kagiso Mokoena', 'Rachel Green'],
      today,
      'other',
      'intro',
      'inbound',
    ],
    [
      'Kagiso Mokoena o tla ntsebisa ho Rachel at Spotify',
      ['Kagiso Mokoena', 'Rachel'],
      today,
      'other',
      'intro',
      'inbound',
    ],
    [
      'Kagiso o nfounetse maobane, o re o tla ntsebisa ho manager wa hae wa HR',
      ['Kagiso'],
      '2026-11-29',
      'call',
      'give',
      'inbound',
    ],
    [
      'ke mo ngoletse Kagiso Mokoena ka email ho mo leboha for the mock interview',
      ['Kagiso Mokoena'],
      today,
      'email',
      'thanks',
      'outbound',
    ],
    [
      'ke founetse Kagiso Labobedi ho mo kopa reference',
      ['Kagiso'],
      '2026-11-24',
      'call',
      'ask',
      'outbound',
    ],
    [
      'Kagiso Mokoena, ke mo rometse email ho mo hopotsa about the CV review',
      ['Kagiso Mokoena'],
      today,
      'email',
      'follow-up',
      'outbound',
    ],
    [
      'Kagiso Mokoena o nfounetse kajeno, o batla ke bue at their team offsite',
      ['Kagiso Mokoena'],
      today,
      'call',
      'ask',
      'inbound',
    ],
    [
      'ke mo rometse Kagiso Mokoena cover letter ya ka kajeno',
      ['Kagiso Mokoena'],
      today,
      'other',
      'ask',
      'outbound',
    ],
  ]);
});

describe('a third writer of Sesotho, mended', () => {
  it('puts the verbs after "ho" and "o batla ke" into English', () => {
    expect(mendSesotho('ke founetse Kagiso ho mo kopa ho kopana le boss wa hae')).toBe(
      'called Kagiso to ask them to meet with their boss',
    );
    expect(mendSesotho('Kagiso o nkopile ho bona CV ya ka')).toBe('Kagiso asked me to see my CV');
    expect(mendSesotho('Kagiso o batla hore ke mo thuse with interviews maobane')).toBe(
      'Kagiso wants me to help them with interviews yesterday',
    );
    expect(mendSesotho('Kagiso o tla ntsebisa ho head wa HR maobane')).toBe(
      'Kagiso is going to introduce me to head of HR yesterday',
    );
  });

  it('leaves a line with no Sesotho as it was', () => {
    for (const line of [
      'coffee with Ho Mo at the Kopa cafe',
      'Wa Lim from Grab liked my post',
      'sent Leo my portfolio link, ho hum',
    ]) {
      expect(mendSesotho(line)).toBe(line);
    }
  });
});
