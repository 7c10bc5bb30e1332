import { describe, expect, it } from 'vitest';
import { dateOrderFromLocale, effectiveDateOrder, localeFromEnvironment } from './date-order.js';

describe('dateOrderFromLocale', () => {
  it.each([
    ['en-US', 'MDY'],
    ['en_US', 'MDY'],
    ['en-GB', 'DMY'],
    ['fr-FR', 'DMY'],
    ['de-DE', 'DMY'],
    ['en-AU', 'DMY'],
    ['en-IN', 'DMY'],
    ['en-CA', 'MDY'],
    ['ja-JP', 'YMD'],
    ['zh-CN', 'YMD'],
    ['ko', 'YMD'],
    ['en', 'DMY'],
    ['not a locale', 'DMY'],
  ])('reads %s as %s', (locale, order) => {
    expect(dateOrderFromLocale(locale)).toBe(order);
  });
});

describe('localeFromEnvironment', () => {
  it.each([
    [
      'takes LC_ALL first',
      { LC_ALL: 'en_US.UTF-8', LC_TIME: 'en_GB.UTF-8', LANG: 'fr_FR' },
      'en-US',
    ],
    ['takes LC_TIME before LANG', { LC_TIME: 'en_GB.UTF-8', LANG: 'en_US.UTF-8' }, 'en-GB'],
    ['falls back to LANG', { LANG: 'de_DE.UTF-8' }, 'de-DE'],
    ['drops a modifier', { LANG: 'sr_RS@latin' }, 'sr-RS'],
    ['skips an empty LC_ALL', { LC_ALL: '', LANG: 'en_GB.UTF-8' }, 'en-GB'],
    ['says nothing for the C locale', { LANG: 'C.UTF-8' }, null],
    ['says nothing for POSIX', { LC_ALL: 'POSIX' }, null],
    ['says nothing when nothing is set', {}, null],
  ])('%s', (_name, env, locale) => {
    expect(localeFromEnvironment(env)).toBe(locale);
  });
});

describe('effectiveDateOrder', () => {
  it('prefers the saved order to the machine locale', () => {
    expect(effectiveDateOrder('DMY', 'en-US')).toBe('DMY');
  });

  it('uses the machine locale when none is saved', () => {
    expect(effectiveDateOrder('', 'en-US')).toBe('MDY');
  });

  it('reads day first when nothing says otherwise', () => {
    expect(effectiveDateOrder('', null)).toBe('DMY');
  });
});
