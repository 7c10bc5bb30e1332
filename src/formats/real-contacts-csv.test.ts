// Golden tests on the CSV files other projects published (test/fixtures/real-contacts, see its
// PROVENANCE.md): what each yields, pinned field by field.
import { describe, expect, it } from 'vitest';
import { contact, readFixture } from '../../test/fixture-files.js';
import { readImport } from './read-import.js';

const importReal = (path: string) =>
  readImport([{ name: path, bytes: readFixture(`real-contacts/${path}`) }]);

describe('real CSV files no one here wrote', () => {
  it('reads Roundcube’s legacy Google CSV: one full contact, faxes and pager left out, "* My Contacts" dropped', () => {
    const file = 'roundcube__roundcubemail/gmail.csv';
    const result = importReal(file);
    expect(result.files).toEqual([{ file, format: 'google-csv', rows: 1 }]);
    expect(result.problems).toEqual([]);
    expect(result.contacts).toEqual([
      contact(
        { format: 'google-csv', file, line: 2 },
        {
          name: 'Prefix Firstname Middle Lastname Suffix',
          givenName: 'Firstname',
          familyName: 'Lastname',
          emails: ['home@aaa.pl', 'work@email.pl', 'unknown@email.com', 'other@email.com'],
          phones: ['mainphone', 'homephone', 'mobile', 'workphone'],
          company: 'company',
          title: 'jobtitle',
          location: 'home_city, home_state, home_country',
          urls: ['test.com', 'home.page.com'],
          tags: ['Test'],
          notes: 'note"note',
          birthday: '1975-12-12',
        },
      ),
    ]);
  });

  it('reads Roundcube’s Outlook CSV of email columns only, naming the contact by the first email', () => {
    const file = 'roundcube__roundcubemail/outlook.csv';
    const result = importReal(file);
    expect(result.files).toEqual([{ file, format: 'outlook-csv', rows: 1 }]);
    expect(result.contacts).toEqual([
      contact(
        { format: 'outlook-csv', file, line: 2 },
        {
          name: 'test1@domain.tld',
          emails: ['test1@domain.tld', 'test2@domain.tld', 'test3@domain.tld'],
        },
      ),
    ]);
    expect(result.problems).toEqual([
      {
        file,
        line: 2,
        field: 'First Name',
        message: 'No name is given; the contact is named by its email address, test1@domain.tld.',
        severity: 'warning',
      },
    ]);
  });

  it('reads hirefrank’s Connections.csv past its shortened preamble: ten connections, no emails', () => {
    const file = 'hirefrank__network-jobs/Connections.csv';
    const result = importReal(file);
    expect(result.files).toEqual([{ file, format: 'linkedin-connections', rows: 10 }]);
    expect(result.problems).toEqual([]);
    expect(result.contacts[0]).toEqual(
      contact(
        { format: 'linkedin-connections', file, line: 5 },
        {
          name: 'Ada Lovelace',
          givenName: 'Ada',
          familyName: 'Lovelace',
          company: 'Analytical Engines Inc',
          title: 'Engineer',
          linkedinUrl: 'https://www.linkedin.com/in/ada',
          connectedOn: '2024-01-01',
        },
      ),
    );
    expect(
      result.contacts.map((c) => [
        c.source.line,
        c.name,
        c.company,
        c.title,
        c.linkedinUrl,
        c.connectedOn,
      ]),
    ).toEqual([
      [
        5,
        'Ada Lovelace',
        'Analytical Engines Inc',
        'Engineer',
        'https://www.linkedin.com/in/ada',
        '2024-01-01',
      ],
      [
        6,
        'Jane Doe',
        'Stripe',
        'Product Manager',
        'https://www.linkedin.com/in/jane',
        '2024-02-02',
      ],
      [7, 'John Smith', 'Stripe', 'Engineer', 'https://www.linkedin.com/in/john', '2024-03-03'],
      [8, 'Alice Chen', 'Figma', 'Designer', 'https://www.linkedin.com/in/alice', '2024-04-04'],
      [
        9,
        'Bob Lee',
        'Self-employed',
        'Consultant',
        'https://www.linkedin.com/in/bob',
        '2024-05-05',
      ],
      [10, 'Carol Nguyen', 'Figma', 'PM', 'https://www.linkedin.com/in/carol', '2024-06-06'],
      [11, 'Dan Park', 'Justworks', 'Engineer', 'https://www.linkedin.com/in/dan', '2024-07-07'],
      [
        12,
        'Eve Kim',
        'Stripe Inc',
        'Staff Engineer',
        'https://www.linkedin.com/in/eve',
        '2024-08-08',
      ],
      [13, 'Frank Wu', 'Betterment', 'PM', 'https://www.linkedin.com/in/frank', '2024-09-09'],
      [
        14,
        'Grace Zhao',
        'University of Nowhere',
        'Professor',
        'https://www.linkedin.com/in/grace',
        '2024-10-10',
      ],
    ]);
    expect(result.contacts.every((c) => c.emails.length === 0)).toBe(true);
  });
});
