import { describe, expect, it } from 'vitest';
import { personWith } from '../../test/person.js';
import {
  fieldsDiffer,
  fieldsOf,
  mergePeople,
  unmergeFields,
  type MergeSide,
  type PersonFields,
} from './merge.js';

function fields(name: string, extra: Partial<PersonFields> = {}): PersonFields {
  return fieldsOf(personWith({ name, ...extra }));
}

const connections = { format: 'linkedin-connections', file: 'Connections.csv', line: 12 };

const kept: MergeSide = {
  person: fields('Ana Lopez', {
    emails: ['ana@acme.com'],
    phones: ['+44 7700 900123'],
    company: 'Acme',
    tags: ['data'],
    notes: 'Met at PyData.',
  }),
  sources: [],
  label: 'person #1',
};

const other: MergeSide = {
  person: fields('Ana López', {
    emails: ['ANA@acme.com', 'ana.lopez@gmail.com'],
    phones: ['07700 900123', '+34 600 000 000'],
    company: 'Globex',
    title: 'Data Lead',
    tags: ['data', 'madrid'],
    notes: 'Prefers email.',
  }),
  sources: [
    {
      source: connections,
      values: { emails: ['ana.lopez@gmail.com'], company: ['Globex'], title: ['Data Lead'] },
    },
  ],
  label: 'person #2',
};

/** The last ten digits: enough to tell "+44 7700 900123" and "07700 900123" are one phone here. */
const phoneKey = (phone: string) => phone.replace(/\D/g, '').slice(-10);

describe('mergePeople', () => {
  const merged = mergePeople(kept, other, { phoneKey });

  it('keeps every distinct email, phone and tag, comparing by key', () => {
    expect(merged.person.emails).toEqual(['ana@acme.com', 'ana.lopez@gmail.com']);
    expect(merged.person.phones).toEqual(['+44 7700 900123', '+34 600 000 000']);
    expect(merged.person.tags).toEqual(['data', 'madrid']);
  });

  it("keeps the kept person's text, fills what they lack, and notes a differing value with its source", () => {
    expect(merged.person.company).toBe('Acme');
    expect(merged.person.title).toBe('Data Lead');
    expect(merged.person.notes).toBe(
      [
        'Met at PyData.',
        'Also recorded (Connections.csv, line 12): also known as "Ana López"; company "Globex".',
        'From Connections.csv, line 12: Prefers email.',
      ].join('\n\n'),
    );
  });

  it('records where each value came from', () => {
    expect(merged.provenance).toContainEqual({
      field: 'emails',
      value: 'ana.lopez@gmail.com',
      from: 'other',
      source: connections,
    });
    expect(merged.provenance).toContainEqual({
      field: 'emails',
      value: 'ana@acme.com',
      from: 'kept',
      source: null,
    });
    expect(merged.added).toMatchObject({ emails: ['ana.lopez@gmail.com'], title: ['Data Lead'] });
  });

  it('adds nothing the second time the same values arrive', () => {
    const again = mergePeople({ ...kept, person: merged.person }, other, { phoneKey });
    expect(again.changed).toBe(false);
    expect(again.person).toEqual(merged.person);
  });

  it('keeps do-not-contact when either side asked for it', () => {
    const quiet = { ...other, person: { ...other.person, doNotContact: true } };
    expect(mergePeople(kept, quiet).person.doNotContact).toBe(true);
  });
});

describe('mergePeople with nothing to add', () => {
  const bare = (notes: string | null): MergeSide => ({
    person: fields('Ana Lopez', { emails: ['ana@acme.com'], tags: ['data'], notes }),
    sources: [{ source: connections, values: {} }],
    label: 'person #3',
  });

  it.each([['Met at PyData.'], [null], ['']])(
    'keeps the notes %j as they were (an empty note is none) and copies every list',
    (notes) => {
      const side = bare(notes);
      const merged = mergePeople(side, bare(null), { phoneKey });
      expect(merged.person.notes).toBe(notes || null);
      expect(merged.person.emails).toEqual(['ana@acme.com']);
      expect(merged.person.emails).not.toBe(side.person.emails);
      expect(merged.added).toEqual({});
    },
  );

  it('gives the same answer again with the same options object', () => {
    const options = { phoneKey };
    const first = mergePeople(kept, other, options);
    expect(mergePeople(kept, other, options)).toEqual(first);
  });
});

describe('fieldsDiffer', () => {
  const ana = fields('Ana Lopez', { emails: ['ana@acme.com'], tags: ['data'], title: 'Lead' });
  it.each<[string, Partial<PersonFields>]>([
    ['nothing', {}],
    ['a text field', { title: 'Data Lead' }],
    ['a text field that was empty', { location: 'Madrid' }],
    ['a list gaining a value', { emails: ['ana@acme.com', 'ana@gmail.com'] }],
    ['the same values written again', { tags: ['data'], emails: ['ana@acme.com'] }],
    ['a list losing its value', { tags: [] }],
    ['do-not-contact', { doNotContact: true }],
    ['a text field made empty', { title: null }],
  ])('answers as comparing the two as JSON does, when changing %s', (_, change) => {
    const changed = { ...ana, ...change };
    expect(fieldsDiffer(ana, changed)).toBe(JSON.stringify(ana) !== JSON.stringify(changed));
    expect(fieldsDiffer(ana, { ...ana, emails: [...ana.emails] })).toBe(false);
  });
});

describe('unmergeFields', () => {
  const merged = mergePeople(kept, other, { phoneKey }).person;

  it('gives back exactly the fields from before the merge when nothing changed since', () => {
    expect(unmergeFields(merged, kept.person, merged)).toEqual(kept.person);
  });

  it('keeps edits made since, taking out only what the merge added', () => {
    const edited = { ...merged, emails: [...merged.emails, 'new@acme.com'], title: 'Head of Data' };
    const restored = unmergeFields(edited, kept.person, merged);
    expect(restored.emails).toEqual(['ana@acme.com', 'new@acme.com']);
    expect(restored.title).toBe('Head of Data');
    expect(restored.notes).toBe('Met at PyData.');
  });
});
