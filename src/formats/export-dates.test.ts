import { describe, expect, it } from 'vitest';
import { parseExportDate } from './export-dates.js';

describe('parseExportDate', () => {
  it.each([
    ['08 Feb 2026', '2026-02-08', null],
    ['8 Feb 2026', '2026-02-08', null],
    ['07 Sep 2025', '2025-09-07', null],
    ['4-Apr-21', '2021-04-04', null],
    ['17-Oct-2023', '2023-10-17', null],
    ['Feb 8, 2026', '2026-02-08', null],
    ['11/4/18, 3:07 PM', '2018-11-04', '15:07:00'],
    ['1/29/26, 12:00 AM', '2026-01-29', '00:00:00'],
    ['1/29/26, 12:30 PM', '2026-01-29', '12:30:00'],
    ['3/22/1980', '1980-03-22', null],
    ['22/3/1980', '1980-03-22', null],
    ['2026-02-08 14:03:22 UTC', '2026-02-08', '14:03:22'],
    ['2026/02/08 14:03:22 UTC', '2026-02-08', '14:03:22'],
    ['2026-02-08T14:03:22Z', '2026-02-08', '14:03:22'],
    ['2026-02-08', '2026-02-08', null],
    ['  08 Feb 2026  ', '2026-02-08', null],
  ])('reads “%s” as %s', (text, date, time) => {
    expect(parseExportDate(text)).toEqual({ date, time });
  });

  it.each([
    '',
    'sometime last week',
    '31 Sept 2025',
    '30 Feb 2024',
    '13/13/20',
    '1/2/26, 13:00 PM',
    '2026-13-01',
    'Smarch 3 2020',
  ])('refuses “%s”', (text) => {
    expect(parseExportDate(text)).toBeNull();
  });
});

describe('parseExportDate on leap days', () => {
  it.each([
    ['29 Feb 2024', '2024-02-29'],
    ['2/29/00', '2000-02-29'],
  ])('accepts %s', (text, date) => {
    expect(parseExportDate(text)?.date).toBe(date);
  });

  it.each(['29 Feb 2023', '2100-02-29'])('refuses %s', (text) => {
    expect(parseExportDate(text)).toBeNull();
  });
});
