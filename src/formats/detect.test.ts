import { describe, expect, it } from 'vitest';
import { readFixture } from '../../test/fixture-files.js';
import { detectFormat } from './detect.js';

const text = (value: string) => new TextEncoder().encode(value);

describe('detectFormat', () => {
  it.each([
    ['linkedin/connections-2018.csv', 'linkedin-connections'],
    ['linkedin/connections-2020.csv', 'linkedin-connections'],
    ['linkedin/connections-2022.csv', 'linkedin-connections'],
    ['linkedin/connections-2026.csv', 'linkedin-connections'],
    ['linkedin/connections-excel.csv', 'linkedin-connections'],
    ['linkedin/messages.csv', 'linkedin-messages'],
    ['linkedin/messages-2022.csv', 'linkedin-messages'],
    ['linkedin/messages-2018.csv', 'linkedin-messages'],
    ['linkedin/Invitations.csv', 'linkedin-invitations'],
    ['linkedin/invitations-2021.csv', 'linkedin-invitations'],
    ['csv/google-current.csv', 'google-csv'],
    ['csv/google-legacy.csv', 'google-csv'],
    ['csv/google-utf16le.csv', 'google-csv'],
    ['csv/outlook-com.csv', 'outlook-csv'],
    ['csv/outlook-classic-1252.csv', 'outlook-csv'],
    ['real-contacts/roundcube__roundcubemail/gmail.csv', 'google-csv'],
    ['real-contacts/roundcube__roundcubemail/outlook.csv', 'outlook-csv'],
    ['real-contacts/hirefrank__network-jobs/Connections.csv', 'linkedin-connections'],
    ['real-contacts/roundcube__roundcubemail/utf-16_sample.vcf', 'vcard'],
    ['real-contacts/mangstadt__ez-vcard/John_Doe_IPHONE.vcf', 'vcard'],
  ])('recognises %s by its content as %s', (path, format) => {
    expect(detectFormat(readFixture(path))).toEqual({ kind: 'format', format });
  });

  it('recognises a zip by its signature', () => {
    expect(detectFormat(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 0]))).toEqual({ kind: 'zip' });
  });

  it('recognises a vCard after blank lines and in lower case', () => {
    expect(detectFormat(text('\r\n\r\nbegin:vcard\r\nFN:Ana\r\nend:vcard\r\n'))).toEqual({
      kind: 'format',
      format: 'vcard',
    });
  });

  it.each([
    ['an empty file', new Uint8Array(), { kind: 'empty' }],
    ['a file of blank lines', text('\n \r\n\t\n'), { kind: 'empty' }],
    [
      'a PDF',
      text('%PDF-1.7\n%âãÏÓ\n1 0 obj'),
      { kind: 'unknown', looksLike: 'is a PDF document' },
    ],
    [
      'a PNG',
      Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]),
      { kind: 'unknown', looksLike: 'is a PNG image' },
    ],
    [
      'an unknown binary',
      Uint8Array.from([1, 2, 3, 0, 0, 9, 200, 0, 7]),
      { kind: 'unknown', looksLike: 'is a binary file, not text' },
    ],
    ['JSON', text('{"people": []}'), { kind: 'unknown', looksLike: 'is a JSON file' }],
    [
      'a web page',
      text('<!DOCTYPE html><html></html>'),
      { kind: 'unknown', looksLike: 'is a web page (HTML)' },
    ],
    [
      'a calendar',
      text('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n'),
      { kind: 'unknown', looksLike: 'is a calendar (iCalendar) file, not contacts' },
    ],
  ] as const)('describes %s', (_, bytes, detection) => {
    expect(detectFormat(bytes)).toEqual(detection);
  });

  it('describes a spreadsheet it does not know by its columns', () => {
    expect(detectFormat(readFixture('csv/bank-statement.csv'))).toEqual({
      kind: 'unknown',
      looksLike:
        'looks like a spreadsheet with columns Date, Amount, Payee, Reference, Balance, …, which is not a contacts format Kith knows',
    });
  });

  it('describes plain text by its first line', () => {
    expect(detectFormat(readFixture('csv/notes.txt'))).toEqual({
      kind: 'unknown',
      looksLike: 'is plain text beginning “Things to remember”',
    });
  });

  it('finds a LinkedIn header pushed down by a longer preamble than usual', () => {
    const preamble = 'Notes:\n"A notice, with commas, in quotes"\n\n\n\n';
    const bytes = text(
      `${preamble}First Name,Last Name,URL,Email Address,Company,Position,Connected On\n`,
    );
    expect(detectFormat(bytes)).toEqual({ kind: 'format', format: 'linkedin-connections' });
  });
});
