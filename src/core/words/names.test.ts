import { describe, expect, it } from 'vitest';
import { displayName } from './names.js';

describe('displayName', () => {
  it.each([
    ['rachel lowe', 'Rachel Lowe'],
    ["sam o'neil", "Sam O'Neil"],
    ['sam o’neil', 'Sam O’Neil'],
    ['ewan mcdonald', 'Ewan McDonald'],
    ['anke van der berg', 'Anke van der Berg'],
    ['maria de la cruz', 'Maria de la Cruz'],
    ['van der berg', 'Van der Berg'],
    ['amélie dupont-martin', 'Amélie Dupont-Martin'],
    ['RACHEL LOWE', 'Rachel Lowe'],
    ['  rachel   lowe ', 'Rachel Lowe'],
  ])('writes %s as %s', (stored, shown) => {
    expect(displayName(stored)).toBe(shown);
  });

  it.each(['Anke van der Berg', 'danah Boyd', 'DJ Khaled', 'Ewan MacDonald', 'bell hooks X'])(
    'keeps %s as written, since mixed case was chosen on purpose',
    (name) => expect(displayName(name)).toBe(name.trim()),
  );

  it('leaves a blank standing whole', () => {
    expect(displayName("[the other person's name]")).toBe("[the other person's name]");
  });
});
