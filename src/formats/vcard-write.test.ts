import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { expectWellFolded } from '../../test/ical.js';
import type { ContactRecord } from './contact.js';
import { parseVCard } from './vcard.js';
import { writeVCards, type VCardPerson } from './vcard-write.js';

const ana: VCardPerson = {
  name: 'Ana Lopez',
  emails: ['ana@example.com'],
  phones: ['+1 555 010 2030'],
  company: 'Acme, Inc.',
  title: 'CTO',
  location: 'Lisbon, Portugal',
  linkedinUrl: 'https://www.linkedin.com/in/ana-lopez',
  tags: ['mentor', 'lisbon'],
  notes: 'Two kids; loves sailing.\nAsk about the boat.',
  howWeMet: 'Web Summit 2025, at the Kith stand',
  interests: ['sailing', 'open source, mostly Rust'],
  needs: 'A designer for her side project',
  offers: 'Intros to Lisbon investors',
  doNotContact: false,
};

const long: VCardPerson = {
  ...ana,
  name: 'Łucja Ñúñez-Çelik',
  notes:
    'Señora Łucja Ñúñez-Çelik (株式会社カイゼン) écrivit « peut-être » — a short, friendly nudge ' +
    'often brings the answer. 🌱 Ölçü, naïve café, Ærøskøbing, Ῥόδος. '.repeat(3),
};

function read(text: string): ContactRecord[] {
  const { records, problems } = parseVCard(new TextEncoder().encode(text), { file: 'kith.vcf' });
  expect(problems).toEqual([]);
  return records;
}

/** The fields an export carries, as a re-import gives them back. */
function exported(record: ContactRecord): VCardPerson {
  return {
    name: record.name,
    emails: record.emails,
    phones: record.phones,
    company: record.company,
    title: record.title,
    location: record.location,
    linkedinUrl: record.linkedinUrl,
    tags: record.tags,
    notes: record.notes,
    howWeMet: record.howWeMet ?? null,
    interests: record.interests ?? [],
    needs: record.needs ?? null,
    offers: record.offers ?? null,
    doNotContact: record.doNotContact ?? false,
  };
}

describe('writeVCards', () => {
  it('writes vCard 4.0 with VERSION after BEGIN, CRLF lines and escaped text', () => {
    expect(writeVCards([{ ...ana, doNotContact: true }])).toBe(
      [
        'BEGIN:VCARD',
        'VERSION:4.0',
        'PRODID:-//Kith//Kith networking coach//EN',
        'FN:Ana Lopez',
        'N:Lopez;Ana;;;',
        'EMAIL:ana@example.com',
        'TEL:+1 555 010 2030',
        'ORG:Acme\\, Inc.',
        'TITLE:CTO',
        'ADR:;;;Lisbon\\, Portugal;;;',
        'URL:https://www.linkedin.com/in/ana-lopez',
        'CATEGORIES:mentor,lisbon',
        'NOTE:Two kids\\; loves sailing.\\nAsk about the boat.',
        'X-KITH-HOW-WE-MET;VALUE=text:Web Summit 2025\\, at the Kith stand',
        'X-KITH-INTEREST;VALUE=text:sailing',
        'X-KITH-INTEREST;VALUE=text:open source\\, mostly Rust',
        'X-KITH-NEEDS;VALUE=text:A designer for her side project',
        'X-KITH-OFFERS;VALUE=text:Intros to Lisbon investors',
        'X-KITH-DO-NOT-CONTACT;VALUE=boolean:TRUE',
        'END:VCARD',
        '',
      ].join('\r\n'),
    );
  });

  it('leaves out what a person does not have', () => {
    const text = writeVCards([
      {
        name: 'Bo',
        emails: [],
        phones: [],
        company: null,
        title: null,
        location: null,
        linkedinUrl: null,
        tags: [],
        notes: null,
      },
    ]);
    expect(text).toBe(
      'BEGIN:VCARD\r\nVERSION:4.0\r\nPRODID:-//Kith//Kith networking coach//EN\r\nFN:Bo\r\nN:;Bo;;;\r\nEND:VCARD\r\n',
    );
  });

  it('folds lines at 75 octets without splitting a UTF-8 character', () => {
    const text = writeVCards([long]);
    expectWellFolded(text);
    const strict = new TextDecoder('utf-8', { fatal: true });
    for (const line of Buffer.from(text, 'utf8').toString('latin1').split('\r\n')) {
      expect(() => strict.decode(Buffer.from(line, 'latin1')), line).not.toThrow();
    }
    expect(read(text)[0]?.notes).toBe(long.notes?.trim());
  });

  it('is read by ical.js, an independent parser', () => {
    const card = new ICAL.Component(ICAL.parse(writeVCards([long])) as unknown[]);
    expect(card.getFirstPropertyValue('fn')).toBe('Łucja Ñúñez-Çelik');
    expect(card.getFirstPropertyValue('email')).toBe('ana@example.com');
    expect(card.getFirstPropertyValue('note')).toBe(long.notes);
    expect(card.getFirstPropertyValue('x-kith-how-we-met')).toBe(ana.howWeMet);
    expect(card.getAllProperties('x-kith-interest').map((p) => p.getFirstValue())).toEqual(
      ana.interests,
    );
    expect(card.getFirstProperty('categories')?.getValues()).toEqual(['mentor', 'lisbon']);
  });

  it('brings back every exported field on import', () => {
    expect(read(writeVCards([ana, long])).map(exported)).toEqual([
      ana,
      { ...long, notes: long.notes?.trim() ?? null },
    ]);
  });
});

/** Characters that tend to break writers: escapes, quotes, accents, CJK, emoji, a caret. */
const tricky = [...'aZ09 ,;:\\"\'^=-_.@#/()éßøŁñ–€中文カ🌱'];
const word = fc
  .array(fc.constantFrom(...tricky.filter((char) => char !== ' ')), { minLength: 1, maxLength: 8 })
  .map((chars) => chars.join(''));
const text = fc.array(word, { minLength: 1, maxLength: 5 }).map((words) => words.join(' '));
const notes = fc.array(text, { minLength: 1, maxLength: 3 }).map((lines) => lines.join('\n'));
const tag = fc
  .array(fc.constantFrom(...'abcxyz019_-éøß'), { minLength: 1, maxLength: 12 })
  .map((chars) => chars.join(''));
const phone = fc.stringMatching(/^\+?[0-9][0-9 ().\-/]{2,18}[0-9]$/);
const person: fc.Arbitrary<VCardPerson> = fc.record({
  name: text,
  emails: fc.uniqueArray(
    fc.emailAddress().map((email) => email.toLowerCase()),
    { maxLength: 3 },
  ),
  phones: fc.uniqueArray(phone, { maxLength: 3 }),
  company: fc.option(text),
  title: fc.option(text),
  location: fc.option(text),
  linkedinUrl: fc.option(
    fc.stringMatching(/^[a-z0-9-]{3,20}$/).map((slug) => `https://www.linkedin.com/in/${slug}`),
  ),
  tags: fc.uniqueArray(tag, { maxLength: 4 }),
  notes: fc.option(notes),
  howWeMet: fc.option(text),
  interests: fc.uniqueArray(text, { maxLength: 3 }),
  needs: fc.option(text),
  offers: fc.option(text),
  doNotContact: fc.boolean(),
});

describe('vCard round trip (property)', () => {
  it('brings back every field of random people through writeVCards → parseVCard', () => {
    fc.assert(
      fc.property(fc.array(person, { minLength: 1, maxLength: 3 }), (people) => {
        const text = writeVCards(people);
        expectWellFolded(text);
        expect(read(text).map(exported)).toEqual(people);
      }),
      { numRuns: 300 },
    );
  });
});
