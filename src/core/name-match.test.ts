import { describe, expect, it } from 'vitest';
import { companyKey, compareNames, editDistance, nameKey, namesCompatible } from './name-match.js';

describe('nameKey and companyKey', () => {
  it.each([
    ["Dr. José O'Neil, PhD", 'jose oneil'],
    ['  ANA   LÓPEZ ', 'ana lopez'],
    ['Jean-Luc Picard Jr.', 'jean luc picard'],
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
});
