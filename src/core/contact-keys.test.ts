import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  normaliseEmail,
  normaliseLinkedinUrl,
  normalisePhone,
  regionFromLocale,
} from './contact-keys.js';

describe('normaliseEmail', () => {
  it.each([
    ['trims and lower-cases', '  Ana.Lopez@Example.COM ', 'ana.lopez@example.com'],
    ['drops a mailto: prefix', 'mailto:ana@example.com', 'ana@example.com'],
    [
      'keeps dots and +tags, which only some providers ignore',
      'a.na+kith@gmail.com',
      'a.na+kith@gmail.com',
    ],
    ['does not fold googlemail.com into gmail.com', 'ana@googlemail.com', 'ana@googlemail.com'],
    ['refuses a value that is not an email', 'ana(at)example.com', null],
    ['refuses an address without a domain', 'ana@', null],
  ])('%s', (_, raw, expected) => {
    expect(normaliseEmail(raw)).toBe(expected);
  });

  it('accepts exactly what a person’s email field accepts', () => {
    const field = z.email();
    for (const email of [
      'ana@example.com',
      '.ana@example.com',
      'ana.@example.com',
      'a..na@example.com',
      "o'brien@example.ie",
      'ana@example',
      'ana@-example.com',
      'ana@exa_mple.com',
      'ana@example.c',
      'ana lopez@example.com',
      'ana@@example.com',
      'ana@xn--bcher-kva.de',
      'ünïcode@example.com',
    ]) {
      expect(normaliseEmail(email) !== null, email).toBe(field.safeParse(email).success);
    }
  });
});

describe('normalisePhone', () => {
  it.each([
    ['reads a national number by the region', '07700 900123', 'GB', '+447700900123'],
    [
      'reads an international number whatever the region',
      '+1 (415) 555-0132',
      'GB',
      '+14155550132',
    ],
    [
      'gives the same key however the number is written',
      '+44 (0)7700-900123',
      'US',
      '+447700900123',
    ],
    [
      'keeps an extension apart, so two desks on one line are two people',
      '+1 415 555 0132 ext. 12',
      null,
      '+14155550132;ext=12',
    ],
    ['cannot read a national number without a region', '07700 900123', null, null],
    ['refuses words', 'call reception', 'GB', null],
  ])('%s', (_, raw, region, expected) => {
    expect(normalisePhone(raw, region)?.key ?? null).toBe(expected);
  });

  it('shows the number in international form', () => {
    expect(normalisePhone('07700 900123', 'GB')?.display).toBe('+44 7700 900123');
  });
});

describe('normaliseLinkedinUrl', () => {
  it.each([
    ['https://www.linkedin.com/in/ana-lopez-12ab/', 'linkedin.com/in/ana-lopez-12ab'],
    ['http://uk.linkedin.com/in/Ana-Lopez', 'linkedin.com/in/ana-lopez'],
    ['linkedin.com/in/ana-lopez?originalSubdomain=es', 'linkedin.com/in/ana-lopez'],
    ['www.linkedin.com/in/ana-lopez//#about', 'linkedin.com/in/ana-lopez'],
    ['https://www.linkedin.com/in/jos%C3%A9-garc%C3%ADa', 'linkedin.com/in/josé-garcía'],
    ['https://www.linkedin.com/company/acme', null],
    ['https://example.com/in/ana', null],
  ])('%s → %s', (raw, expected) => {
    expect(normaliseLinkedinUrl(raw)).toBe(expected);
  });
});

describe('regionFromLocale', () => {
  it.each([
    ['en-GB', 'GB'],
    ['pt-BR', 'BR'],
    ['en', null],
    ['not a locale!', null],
  ])('%s → %s', (locale, expected) => {
    expect(regionFromLocale(locale)).toBe(expected);
  });
});
