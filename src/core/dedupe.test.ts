import { describe, expect, it } from 'vitest';
import { addToIndex, createIndex, matchContact, type DedupeEntry } from './dedupe.js';

function entry(ref: number, name: string, fields: Partial<DedupeEntry> = {}): DedupeEntry {
  return { ref, name, emails: [], phones: [], linkedin: null, company: null, ...fields };
}

function indexOf(...people: DedupeEntry[]) {
  const index = createIndex();
  for (const person of people) addToIndex(index, person);
  return index;
}

describe('matchContact', () => {
  it('merges on the same email, phone or LinkedIn profile', () => {
    const index = indexOf(
      entry(1, 'Ana Lopez', { emails: ['ana@acme.com'] }),
      entry(2, 'Ben Okafor', { phones: ['+447700900123'] }),
      entry(3, 'Cleo Park', { linkedin: 'linkedin.com/in/cleo' }),
    );
    expect(matchContact(entry(0, 'Ana López', { emails: ['ana@acme.com'] }), index)).toMatchObject({
      kind: 'same',
      ref: 1,
      key: 'email',
    });
    expect(
      matchContact(entry(0, 'Ben Okafor', { phones: ['+447700900123'] }), index),
    ).toMatchObject({ kind: 'same', ref: 2, key: 'phone' });
    // A profile is one person even under another name (a marriage, a transliteration).
    expect(
      matchContact(entry(0, 'Cleopatra Smith', { linkedin: 'linkedin.com/in/cleo' }), index),
    ).toMatchObject({ kind: 'same', ref: 3, key: 'linkedin' });
  });

  it('never merges two people on a name alone: two John Smiths at different companies stay two', () => {
    const index = indexOf(entry(1, 'John Smith', { company: 'Acme', emails: ['john@acme.com'] }));
    const match = matchContact(
      entry(0, 'John Smith', { company: 'Globex', emails: ['jsmith@globex.com'] }),
      index,
    );
    expect(match).toEqual({ kind: 'new', reviews: [] });
  });

  it('does not even ask about a shared name with nothing else in common', () => {
    const index = indexOf(entry(1, 'John Smith'));
    expect(matchContact(entry(0, 'John Smith'), index)).toEqual({ kind: 'new', reviews: [] });
  });

  it('asks about a similar name at the same company', () => {
    const index = indexOf(
      entry(1, 'William Jones', { company: 'Acme Ltd' }),
      entry(2, 'Jon Smithson', { company: 'Acme' }),
    );
    expect(matchContact(entry(0, 'Bill Jones', { company: 'ACME' }), index)).toEqual({
      kind: 'new',
      reviews: [{ ref: 1, reason: 'nickname at ACME' }],
    });
    expect(matchContact(entry(0, 'John Smithson', { company: 'Acme' }), index)).toEqual({
      kind: 'new',
      reviews: [{ ref: 2, reason: 'similar spelling at Acme' }],
    });
  });

  it('asks about the same name with a shared work email domain when one side has no company', () => {
    const index = indexOf(entry(1, 'Ana Lopez', { emails: ['ana@acme.com'] }));
    const match = matchContact(
      entry(0, 'Ana Lopez', { company: 'Acme', emails: ['a.lopez@acme.com'] }),
      index,
    );
    expect(match).toEqual({
      kind: 'new',
      reviews: [{ ref: 1, reason: 'same name and email domain (acme.com)' }],
    });
  });

  it('does not count a shared free-mail domain as evidence', () => {
    const index = indexOf(entry(1, 'Ana Lopez', { emails: ['ana1@gmail.com'] }));
    expect(matchContact(entry(0, 'Ana Lopez', { emails: ['ana2@gmail.com'] }), index)).toEqual({
      kind: 'new',
      reviews: [],
    });
  });

  it('asks rather than merges when a shared phone or email has two different names on it', () => {
    const index = indexOf(entry(1, 'John Smith', { phones: ['+442079460000'] }));
    expect(matchContact(entry(0, 'Jane Smith', { phones: ['+442079460000'] }), index)).toEqual({
      kind: 'new',
      reviews: [{ ref: 1, reason: 'the same phone (+442079460000) but a different name' }],
    });
  });

  it('merges a card named after its email with the person who has that email', () => {
    const index = indexOf(entry(1, 'Ana Lopez', { emails: ['ana@acme.com'] }));
    expect(
      matchContact(entry(0, 'ana@acme.com', { emails: ['ana@acme.com'] }), index),
    ).toMatchObject({ kind: 'same', ref: 1 });
  });

  it('finds duplicates within one file once the first record is indexed', () => {
    const index = createIndex();
    const first = entry(-1, 'Ana Lopez', { emails: ['ana@acme.com'] });
    expect(matchContact({ ...first, ref: 0 }, index).kind).toBe('new');
    addToIndex(index, first);
    expect(
      matchContact(
        entry(0, 'Ana Lopez', { emails: ['ana@acme.com'], phones: ['+15550100'] }),
        index,
      ),
    ).toMatchObject({ kind: 'same', ref: -1 });
  });
});
