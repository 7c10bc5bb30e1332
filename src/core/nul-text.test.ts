import { describe, expect, it } from 'vitest';
import { holdsNul, nulMessage, nulProblems } from './nul-text.js';

describe('nulProblems', () => {
  it.each([
    ['finds nothing in clean text, numbers and nulls', { name: 'Zoë', n: 3, x: null }, ''],
    ['names a string field that holds a NUL', { name: 'An\u0000a' }, 'name'],
    ['names an item of a list', { emails: ['a@b.c', '\u0000'] }, 'emails.1'],
    [
      'names a nested field under its prefix',
      { offers: [{ detail: 'x\u0000' }] },
      'offers.0.detail',
    ],
    ['names a key that holds a NUL', { ['ke\u0000y']: 1 }, 'ke\u0000y'],
  ])('%s', (_name, value, field) => {
    const problems = nulProblems(value, '');
    expect(problems).toEqual(field === '' ? [] : [{ field, message: nulMessage }]);
  });

  it('prefixes the field with where the value came from', () => {
    expect(nulProblems({ person: '\u0000' }, 'querystring')).toEqual([
      { field: 'querystring.person', message: nulMessage },
    ]);
    expect(nulProblems('\u0000', 'body')).toEqual([{ field: 'body', message: nulMessage }]);
  });

  it('stops at ten problems however many there are', () => {
    expect(
      nulProblems(
        Array.from({ length: 50 }, () => '\u0000'),
        '',
      ),
    ).toHaveLength(10);
  });
});

describe('holdsNul', () => {
  it.each([
    ['plain text', 'Zoë', false],
    ['text with a NUL', 'a\u0000', true],
    ['a number', 3, false],
    ['null', null, false],
    ['a list with a NUL in it', ['a', 'b\u0000'], true],
    ['an object without one', { a: ['b'] }, false],
  ])('%s: %s', (_name, value, expected) => {
    expect(holdsNul(value)).toBe(expected);
  });
});
