// Property tests for every CSV parser: random valid rows written by a CSV writer built here come back
// field for field on the right lines; random damage to real and fixture files never throws.
import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readFixture } from '../../test/fixture-files.js';
import type { ParsedImport, ParseProblem } from './contact.js';
import { parseGoogleCsv } from './google-csv.js';
import { parseLinkedInConnections } from './linkedin-connections.js';
import { parseLinkedInInvitations } from './linkedin-invitations.js';
import { parseLinkedInMessages } from './linkedin-messages.js';
import { parseOutlookCsv } from './outlook-csv.js';
import { readImport } from './read-import.js';

/** RFC 4180 as exporters write it: quotes only where needed, or (LinkedIn since 2026) everywhere. */
function writeCsv(
  rows: string[][],
  style: { eol: string; quoteAll: boolean; bom: boolean; preamble?: string },
) {
  const quote = (cell: string) =>
    style.quoteAll || /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
  const head = (style.bom ? '\uFEFF' : '') + (style.preamble ?? '');
  const lines: number[] = [];
  let text = head;
  rows.forEach((row, index) => {
    if (index > 0) text += style.eol;
    lines.push(1 + (text.match(/\r\n|\r|\n/g)?.length ?? 0));
    text += row.map(quote).join(',');
  });
  return { bytes: new TextEncoder().encode(text), lines };
}

const style = fc.record({
  eol: fc.constantFrom('\n', '\r\n'),
  quoteAll: fc.boolean(),
  bom: fc.boolean(),
});

/** Cells full of what breaks naive CSV code: commas, quotes, line breaks, accents, emoji. */
const cell = fc.string({
  unit: fc.constantFrom('a', 'Z', 'é', 'ß', '🌿', '山', ' ', ',', '"', '\n', '\r\n', ';', '-', '.'),
  maxLength: 12,
});
const word = fc.stringMatching(/^[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ' -]{0,10}[A-Za-zÀ-ÿ]$/);
const email = fc
  .tuple(fc.stringMatching(/^[a-z0-9]{1,8}$/), fc.constantFrom('example.org', 'mail.example'))
  .map(([user, domain]) => `${user}@${domain}`);
const day = fc.date({
  min: new Date('2003-05-05T00:00:00Z'),
  max: new Date('2030-12-31T23:59:59Z'),
  noInvalidDate: true,
});
const iso = (date: Date) => date.toISOString().slice(0, 10);
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const nonBlank = (value: string) => value.trim() !== '';
/** What a cell reads back as: line breaks inside cells come back as \n. */
const read = (value: string) => value.replace(/\r\n?/g, '\n');
const orNull = (value: string) => (value.trim() === '' ? null : read(value.trim()));
const trimmed = (value: string) => read(value.trim());
const preamble =
  'Notes:\n"When exporting your connection data, you may notice that some of the email addresses are missing."\n\n';

describe('CSV parsers on random valid rows', () => {
  it('Connections.csv: every row comes back with its fields and its line, in every era', () => {
    const row = fc.record({
      first: cell.filter(nonBlank),
      last: cell,
      company: cell,
      position: cell,
      url: word,
      on: day,
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 8 }), style, fc.boolean(), (rows, format, modern) => {
        const header = modern
          ? [
              'First Name',
              'Last Name',
              'URL',
              'Email Address',
              'Company',
              'Position',
              'Connected On',
            ]
          : ['First Name', 'Last Name', 'Email Address', 'Company', 'Position', 'Connected On'];
        const date = (d: Date) =>
          modern
            ? `${String(d.getUTCDate()).padStart(2, '0')} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()}`
            : `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${String(d.getUTCFullYear()).slice(2)}, 3:07 PM`;
        const cells = rows.map((r) =>
          modern
            ? [
                r.first,
                r.last,
                `https://www.linkedin.com/in/${r.url}`,
                '',
                r.company,
                r.position,
                date(r.on),
              ]
            : [r.first, r.last, '', r.company, r.position, date(r.on)],
        );
        const { bytes, lines } = writeCsv([header, ...cells], {
          ...format,
          preamble: modern ? preamble : '',
        });
        const result = parseLinkedInConnections(bytes, { file: 'Connections.csv' });
        expect(result.problems).toEqual([]);
        expect(
          result.records.map((r) => [r.source.line, r.name, r.company, r.title, r.connectedOn]),
        ).toEqual(
          rows.map((r, i) => [
            lines[i + 1],
            [trimmed(r.first), trimmed(r.last)].filter(Boolean).join(' '),
            orNull(r.company),
            orNull(r.position),
            iso(r.on),
          ]),
        );
      }),
    );
  });

  it('messages.csv: content comes back exactly, line breaks and quotes included', () => {
    const row = fc.record({
      from: cell.filter(nonBlank),
      to: cell.filter(nonBlank),
      content: cell,
      at: day,
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 6 }), style, (rows, format) => {
        const header = [
          'CONVERSATION ID',
          'CONVERSATION TITLE',
          'FROM',
          'SENDER PROFILE URL',
          'TO',
          'RECIPIENT PROFILE URLS',
          'DATE',
          'SUBJECT',
          'CONTENT',
          'FOLDER',
        ];
        const cells = rows.map((r, i) => [
          `2-${i}`,
          '',
          r.from,
          '',
          r.to,
          `https://www.linkedin.com/in/p${i}`,
          `${r.at.toISOString().slice(0, 19).replace('T', ' ')} UTC`,
          '',
          r.content,
          'INBOX',
        ]);
        const { bytes, lines } = writeCsv([header, ...cells], format);
        const result = parseLinkedInMessages(bytes, { file: 'messages.csv' });
        expect(result.problems).toEqual([]);
        expect(
          result.records.map((r) => [r.source.line, r.fromName, r.toNames, r.sentAt, r.content]),
        ).toEqual(
          rows.map((r, i) => [
            lines[i + 1],
            trimmed(r.from),
            [trimmed(r.to)],
            `${r.at.toISOString().slice(0, 19)}Z`,
            read(r.content),
          ]),
        );
      }),
    );
  });

  it('Invitations.csv: every invitation comes back with its direction and date', () => {
    const row = fc.record({
      from: cell.filter(nonBlank),
      to: cell.filter(nonBlank),
      message: cell,
      on: day,
      outgoing: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 6 }), style, (rows, format) => {
        const header = ['From', 'To', 'Sent At', 'Message', 'Direction'];
        const cells = rows.map((r) => [
          r.from,
          r.to,
          `${r.on.getUTCMonth() + 1}/${r.on.getUTCDate()}/${String(r.on.getUTCFullYear()).slice(2)}, 11:59 AM`,
          r.message,
          r.outgoing ? 'OUTGOING' : 'INCOMING',
        ]);
        const { bytes, lines } = writeCsv([header, ...cells], format);
        const result = parseLinkedInInvitations(bytes, { file: 'Invitations.csv' });
        expect(result.problems).toEqual([]);
        expect(
          result.records.map((r) => [
            r.source.line,
            r.fromName,
            r.toName,
            r.sentOn,
            r.direction,
            r.message,
          ]),
        ).toEqual(
          rows.map((r, i) => [
            lines[i + 1],
            trimmed(r.from),
            trimmed(r.to),
            iso(r.on),
            r.outgoing ? 'outgoing' : 'incoming',
            trimmed(r.message),
          ]),
        );
      }),
    );
  });

  it('Google CSV: ::: cells split into emails and phones, labels into tags, notes kept', () => {
    const label = fc
      .stringMatching(/^[A-Z][a-z]{2,8}$/)
      .filter((l) => !['Starred', 'Mycontacts'].includes(l));
    const row = fc.record({
      first: word,
      last: word,
      emails: fc.uniqueArray(email, { maxLength: 3 }),
      phones: fc.uniqueArray(fc.stringMatching(/^\+[1-9][0-9]{6,11}$/), { maxLength: 2 }),
      labels: fc.uniqueArray(label, { maxLength: 3 }),
      company: cell,
      notes: cell,
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 6 }), style, (rows, format) => {
        const header = [
          'First Name',
          'Middle Name',
          'Last Name',
          'Organization Name',
          'Notes',
          'Labels',
          'E-mail 1 - Label',
          'E-mail 1 - Value',
          'Phone 1 - Label',
          'Phone 1 - Value',
        ];
        const cells = rows.map((r) => [
          r.first,
          '',
          r.last,
          r.company,
          r.notes,
          [...r.labels, '* myContacts'].join(' ::: '),
          '* Work',
          r.emails.join(' ::: '),
          'Mobile',
          r.phones.join(' ::: '),
        ]);
        const { bytes, lines } = writeCsv([header, ...cells], format);
        const result = parseGoogleCsv(bytes, { file: 'contacts.csv' });
        expect(result.problems).toEqual([]);
        expect(
          result.records.map((r) => [
            r.source.line,
            r.name,
            r.emails,
            r.phones,
            r.tags,
            r.company,
            r.notes,
          ]),
        ).toEqual(
          rows.map((r, i) => [
            lines[i + 1],
            `${r.first} ${r.last}`,
            r.emails,
            r.phones,
            r.labels,
            orNull(r.company),
            orNull(r.notes),
          ]),
        );
      }),
    );
  });

  it('Outlook CSV: names, three email columns, company and job title come back', () => {
    const row = fc.record({
      first: word,
      last: word,
      emails: fc.uniqueArray(email, { maxLength: 3 }),
      company: cell,
      job: cell,
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 6 }), style, (rows, format) => {
        const header = [
          'First Name',
          'Middle Name',
          'Last Name',
          'Title',
          'E-mail Address',
          'E-mail 2 Address',
          'E-mail 3 Address',
          'Company',
          'Job Title',
        ];
        const cells = rows.map((r) => [
          r.first,
          '',
          r.last,
          'Dr.',
          r.emails[0] ?? '',
          r.emails[1] ?? '',
          r.emails[2] ?? '',
          r.company,
          r.job,
        ]);
        const { bytes, lines } = writeCsv([header, ...cells], format);
        const result = parseOutlookCsv(bytes, { file: 'outlook.csv' });
        expect(result.problems).toEqual([]);
        expect(
          result.records.map((r) => [r.source.line, r.name, r.emails, r.company, r.title]),
        ).toEqual(
          rows.map((r, i) => [
            lines[i + 1],
            `${r.first} ${r.last}`,
            r.emails,
            orNull(r.company),
            orNull(r.job),
          ]),
        );
      }),
    );
  });
});

const samples = [
  'linkedin/connections-2026.csv',
  'linkedin/connections-2018.csv',
  'linkedin/messages.csv',
  'linkedin/Invitations.csv',
  'csv/google-current.csv',
  'csv/google-legacy.csv',
  'csv/google-utf16le.csv',
  'csv/outlook-classic-1252.csv',
  'real-contacts/roundcube__roundcubemail/gmail.csv',
  'real-contacts/hirefrank__network-jobs/Connections.csv',
].map((path) => readFixture(path));
samples.push(
  zipSync({
    'Connections.csv': readFixture('linkedin/connections-2022.csv'),
    'messages.csv': strToU8(''),
  }),
);

/** Overwrites, inserts and deletes bytes, favouring the ones CSV and zip readers trip on. */
const damage = fc.array(
  fc.record({
    at: fc.nat(),
    kind: fc.constantFrom('set', 'insert', 'delete', 'truncate'),
    byte: fc.oneof(
      fc.constantFrom(0x22, 0x2c, 0x0a, 0x0d, 0x00, 0xff, 0xfe, 0xef, 0xbb, 0xbf, 0xe9, 0x3a),
      fc.integer({ min: 0, max: 255 }),
    ),
  }),
  { minLength: 1, maxLength: 12 },
);

function applyDamage(
  bytes: Uint8Array,
  edits: Array<{ at: number; kind: string; byte: number }>,
): Uint8Array {
  const out = [...bytes];
  for (const edit of edits) {
    const at = out.length === 0 ? 0 : edit.at % (out.length + 1);
    if (edit.kind === 'set' && at < out.length) out[at] = edit.byte;
    else if (edit.kind === 'insert') out.splice(at, 0, edit.byte);
    else if (edit.kind === 'delete') out.splice(at, 1);
    else if (edit.kind === 'truncate') out.length = at;
  }
  return Uint8Array.from(out);
}

function expectWellFormed(result: ParsedImport): void {
  const lineOk = (line: number) => Number.isInteger(line) && line >= 1;
  expect(
    result.problems.every(
      (problem: ParseProblem) => lineOk(problem.line) && problem.message !== '',
    ),
  ).toBe(true);
  const records = [...result.contacts, ...result.messages, ...result.invitations];
  expect(records.every((record) => lineOk(record.source.line))).toBe(true);
  expect(result.contacts.every((record) => record.name.trim() !== '')).toBe(true);
}

describe('CSV parsers on damaged input', () => {
  it('never throw on damaged fixtures, and every problem and record has a line ≥ 1', () => {
    fc.assert(
      fc.property(fc.constantFrom(...samples), damage, (sample, edits) => {
        expectWellFormed(readImport([{ name: 'damaged', bytes: applyDamage(sample, edits) }]));
      }),
      { numRuns: 300 },
    );
  });

  it('never throw on random bytes fed to each parser directly', () => {
    const parsers = [
      parseLinkedInConnections,
      parseLinkedInMessages,
      parseLinkedInInvitations,
      parseGoogleCsv,
      parseOutlookCsv,
    ];
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        for (const parse of parsers) {
          const result = parse(bytes, { file: 'random' });
          expect(result.problems.every((problem) => problem.line >= 1)).toBe(true);
        }
        expectWellFormed(readImport([{ name: 'random', bytes }]));
      }),
      { numRuns: 300 },
    );
  });
});
