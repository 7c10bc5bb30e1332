import { describe, expect, it } from 'vitest';
import { fillTemplate } from './playbook.js';
import { findLeftovers, proposeStrip, type KnownPerson } from './playbook-strip.js';

const known: KnownPerson[] = [
  {
    name: 'Ana Ruiz',
    company: 'Stripe',
    emails: ['ana.ruiz@stripe.example'],
    phones: ['+44 7700 900123'],
  },
  { name: 'José Álvarez', company: 'Northwind Traders', emails: [], phones: [] },
  { name: "Siobhan O'Neil", company: null, emails: [], phones: [] },
  { name: 'Will Hart', company: null, emails: [], phones: [] },
];

describe('proposing a stripped copy', () => {
  const cases: Array<{ what: string; text: string; expected: string }> = [
    {
      what: "a known person's whole name and first name",
      text: 'Hi Ana, I loved your talk. Ana Ruiz is a great speaker.',
      expected: 'Hi [name], I loved your talk. [name] is a great speaker.',
    },
    {
      what: 'a possessive, keeping its apostrophe',
      text: "I read Ana's post and José’s reply.",
      expected: "I read [name]'s post and [name]’s reply.",
    },
    {
      what: 'accents written or left out',
      text: 'Jose Alvarez and josé álvarez both replied.',
      expected: '[name] and [name] both replied.',
    },
    {
      what: 'names with an apostrophe',
      text: "Thanks to Siobhan O'Neil for the intro.",
      expected: 'Thanks to [name] for the intro.',
    },
    {
      what: "a known company, and a capitalised company after 'at'",
      text: 'You moved from Northwind Traders to a team at Globex last year.',
      expected: 'You moved from [company] to a team at [company] last year.',
    },
    {
      what: 'emails, links, handles and phone numbers',
      text: 'Write to ana.ruiz@stripe.example or call +44 7700 900123; see https://example.com/jobs. or @anaruiz',
      expected: 'Write to [email] or call [phone]; see [link]. or [handle]',
    },
    {
      what: 'a bare domain with a path',
      text: 'My portfolio is at maya.dev/work now.',
      expected: 'My portfolio is at [link] now.',
    },
    {
      what: 'capitalised names Kith does not know, but not the words that start a sentence',
      text: 'Dear Priya Natarajan, I enjoyed meeting you on Monday. Would you have 15 minutes?',
      expected: 'Dear [name], I enjoyed meeting you on Monday. Would you have 15 minutes?',
    },
    {
      what: 'dates, years and abbreviations',
      text: 'I was a PM from 2019-2023 and we met on 2026-11-30.',
      expected: 'I was a PM from 2019-2023 and we met on 2026-11-30.',
    },
    {
      what: 'a name that is an everyday word at the start of a sentence',
      text: 'Will you have time? I asked Will last week.',
      expected: 'Will you have time? I asked [name] last week.',
    },
  ];
  it.each(cases)('replaces $what', ({ text, expected }) => {
    expect(proposeStrip(text, known).text).toBe(expected);
  });

  it('says what it replaced, where it stood and of which kind', () => {
    const text = "Ana's email is ana.ruiz@stripe.example";
    expect(proposeStrip(text, known).replacements).toEqual([
      { kind: 'name', original: 'Ana', start: 0, end: 3 },
      { kind: 'email', original: 'ana.ruiz@stripe.example', start: 15, end: 38 },
    ]);
  });

  it('leaves a text with nothing identifying as it was', () => {
    const text = 'Asking for fifteen minutes, not a job, got me a reply within a day.';
    expect(proposeStrip(text, known)).toEqual({ text, replacements: [] });
  });
});

describe('what is left at post time', () => {
  it("finds a known person's names, email and phone, however they are written", () => {
    const text =
      'Ana replied! Thank ANA RUIZ, jose alvarez, ANA.RUIZ@stripe.example and 07700 900123.';
    expect(findLeftovers(text, known)).toEqual([
      { kind: 'email', text: 'ANA.RUIZ@stripe.example' },
      { kind: 'phone', text: '07700 900123' },
      { kind: 'name', text: 'Ana' },
      { kind: 'name', text: 'ANA RUIZ' },
      { kind: 'name', text: 'jose alvarez' },
    ]);
  });

  it('finds nothing in a stripped proposal, or in names of people the poster does not know', () => {
    const proposal = proposeStrip(
      'Hi Ana, Siobhan suggested I write. ana.ruiz@stripe.example',
      known,
    );
    expect(findLeftovers(proposal.text, known)).toEqual([]);
    expect(findLeftovers('Priya Natarajan replied the same day.', known)).toEqual([]);
  });

  it('does not take an everyday word for a name at the start of a sentence', () => {
    expect(findLeftovers('Will you have fifteen minutes next week?', known)).toEqual([]);
    expect(findLeftovers('I met Will for coffee.', known)).toEqual([
      { kind: 'name', text: 'Will' },
    ]);
  });
});

describe('filling a template for one person', () => {
  it("writes the person's first name wherever the template says [name]", () => {
    expect(fillTemplate('Hi [name], thanks. [name], one question: [company]?', 'Ana')).toBe(
      'Hi Ana, thanks. Ana, one question: [company]?',
    );
    expect(fillTemplate('Hi [name]', '')).toBe('Hi [name]');
  });
});
