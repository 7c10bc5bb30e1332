import { describe, expect, it } from 'vitest';
import { companyKey, compareNames, editDistance, nameKey, namesCompatible } from './name-match.js';

describe('nameKey and companyKey', () => {
  it.each([
    ["Dr. José O'Neil, PhD", 'jose oneil'],
    ['  ANA   LÓPEZ ', 'ana lopez'],
    ['Jean-Luc Picard Jr.', 'jean luc picard'],
    ["Mr  O'Brien--Smith, MBA", 'obrien smith'],
    ['Ms. Zoë  D`Arcy III', 'zoe darcy'],
    ['Ana_López 2nd', 'ana lopez 2nd'],
    ['Bob_Jones 2nd', 'bob jones 2nd'],
    ['Dr. Mrs.', ''],
  ])('%s → %s', (name, key) => {
    expect(nameKey(name)).toBe(key);
  });

  it('treats "ACME, Inc." and "Acme" as one company', () => {
    expect(companyKey('ACME, Inc.')).toBe(companyKey('Acme'));
    expect(companyKey('Procter & Gamble Co')).toBe('procter and gamble');
    expect(companyKey(null)).toBe('');
  });
});

describe('compareNames', () => {
  it.each([
    ['john smith', 'john smith', 'same name'],
    ['bill jones', 'william jones', 'nickname'],
    ['katie holmes', 'catherine holmes', 'nickname'],
    ['jon smithson', 'john smithson', 'similar spelling'],
    ['bill jones', 'william smith', null],
    ['ann li', 'jan li', null],
    ['maria garcia', 'mario garcia', 'similar spelling'],
  ])('%s / %s → %s', (a, b, expected) => {
    expect(compareNames(a, b)).toBe(expected);
  });
});

describe('namesCompatible', () => {
  it.each([
    ['ana lopez', 'ana lopez garcia', true],
    ['bill jones', 'william jones', true],
    ['j smith', 'john smith', true],
    ['ana lopez', '', true],
    ['john smith', 'jane smith', false],
    ['ana lopez', 'ben okafor', false],
  ])('%s / %s → %s', (a, b, expected) => {
    expect(namesCompatible(a, b)).toBe(expected);
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('stops early past the bound', () => {
    expect(editDistance('abcdefgh', 'zyxwvuts', 2)).toBe(3);
  });

  it('gives the exact distance up to the bound and bound + 1 past it, as the whole table does', () => {
    // The full Levenshtein table, written out plainly, for random names a few edits apart.
    const table = (a: string, b: string): number => {
      let row = Array.from({ length: b.length + 1 }, (_, j) => j);
      for (let i = 1; i <= a.length; i += 1) {
        const next = [i];
        for (let j = 1; j <= b.length; j += 1) {
          const cost = a[i - 1] === b[j - 1] ? 0 : 1;
          next[j] = Math.min((row[j] ?? 0) + 1, (next[j - 1] ?? 0) + 1, (row[j - 1] ?? 0) + cost);
        }
        row = next;
      }
      return row[b.length] ?? 0;
    };
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const word = () =>
      Array.from({ length: Math.floor(next() * 12) }, () => 'ab n'[Math.floor(next() * 4)]).join(
        '',
      );
    for (let n = 0; n < 3000; n += 1) {
      const a = word();
      const cut = Math.floor(next() * a.length);
      const b = next() < 0.3 ? word() : a.slice(0, cut) + word().slice(0, 2) + a.slice(cut + 1);
      const exact = table(a, b);
      expect(editDistance(a, b)).toBe(exact);
      for (const bound of [0, 1, 2, 3]) {
        expect(editDistance(a, b, bound)).toBe(exact <= bound ? exact : bound + 1);
      }
    }
  });
});
