import { describe, expect, it } from 'vitest';
import {
  narrowByCompany,
  narrowByCompanyNamed,
  setAsideCloseElsewhere,
  weighCompanyNamed,
} from './person-company.js';
import {
  confirmByCompanyNamed,
  matchPerson,
  typoDistance,
  type NamedPerson,
} from './person-match.js';

const network: NamedPerson[] = [
  { id: 1, name: 'Joanne Bennett', company: 'Leeds Data' },
  { id: 2, name: 'Devendra Mistry', company: null },
  { id: 3, name: 'Priya Shah', company: 'Acme' },
  { id: 4, name: 'Kate Morrison', company: null },
  { id: 5, name: 'Chidi Eze', company: null },
  { id: 6, name: 'Thomas Baker', company: null },
  { id: 7, name: 'Margaret Okafor', company: null },
  { id: 8, name: 'Rachel Lowe', company: 'Booking.com' },
  { id: 9, name: 'Ana Lopez', company: null },
  { id: 10, name: 'Anastasia Volkova', company: null },
  { id: 11, name: 'Sam Patel', company: null },
  { id: 12, name: 'Samantha Jones', company: null },
  { id: 13, name: 'Zoë Müller', company: null },
  { id: 14, name: "Sam O'Neil", company: null },
  { id: 15, name: 'Mary Jones', company: null },
  { id: 16, name: 'Gareth Hughes', company: null },
];

function read(written: string, people = network) {
  const result = matchPerson(written, people);
  if (result.kind === 'one') return { one: result.person.id, reason: result.reason };
  if (result.kind === 'several') return { several: result.candidates.map((c) => c.person.id) };
  return { none: result.closest.map((c) => c.person.id) };
}

describe('matchPerson', () => {
  it.each([
    ['an exact full name', 'Priya Shah', { one: 3, reason: 'full name' }],
    [
      'a full name in any case, with accents left off',
      'zoe muller',
      { one: 13, reason: 'full name' },
    ],
    ['a nickname ("Jo" is Joanne)', 'Jo', { one: 1, reason: 'nickname' }],
    [
      'a unique start of a first name ("Dev" is Devendra)',
      'Dev',
      { one: 2, reason: 'start of name' },
    ],
    ['a surname cut short ("Priya Sha")', 'Priya Sha', { one: 3, reason: 'spelling' }],
    [
      'both words only an "h" or a doubled letter apart ("Tomas Bakker")',
      'Tomas Bakker',
      { one: 6, reason: 'spelling' },
    ],
    [
      'one slip in a surname of three letters ("chidi eza")',
      'chidi eza',
      { one: 5, reason: 'spelling' },
    ],
    ['a unique surname', 'Bennett', { one: 1, reason: 'surname' }],
    ['a unique first name in lower case', 'rachel', { one: 8, reason: 'first name' }],
    ['a nickname with the surname ("Tom Baker")', 'Tom Baker', { one: 6, reason: 'nickname' }],
    ['a nickname on its own ("Maggie")', 'Maggie', { one: 7, reason: 'nickname' }],
    [
      'a short form with the surname ("Mags Okafor")',
      'Mags Okafor',
      { one: 7, reason: 'nickname' },
    ],
    [
      'a British short form with the surname ("Gaz Hughes")',
      'Gaz Hughes',
      { one: 16, reason: 'nickname' },
    ],
    ['a typo in a long name', 'Devnedra', { one: 2, reason: 'spelling' }],
    ['a typo in a full name', 'Rachal Lowe', { one: 8, reason: 'spelling' }],
    [
      'a surname spelt as it sounds ("Margaret Okaphor")',
      'Margaret Okaphor',
      { one: 7, reason: 'spelling' },
    ],
    // A nickname and one slip in the surname ("jo bennet") is a slip, a guess to confirm.
    ['a nickname and a slip in the surname', 'Tom Bakker', { one: 6, reason: 'spelling' }],
    ['a nickname and a surname slip in lower case', 'jo bennet', { one: 1, reason: 'spelling' }],
    ['a name written without its apostrophe', 'Sam ONeil', { one: 14, reason: 'full name' }],
    [
      'an exact first name over a longer name that starts the same',
      'Ana',
      { one: 9, reason: 'first name' },
    ],
  ])('finds one person from %s', (_label, written, expected) => {
    expect(read(written)).toEqual(expected);
  });

  it.each([
    ['a first name two people share or go by', 'Sam', [11, 12, 14]],
    ['a surname two people share', 'Jones', [12, 15]],
  ])('lists everyone equally likely for %s', (_label, written, ids) => {
    expect(read(written)).toEqual({ several: ids });
  });

  it('lists both people when two have the same full name', () => {
    const twins = [...network, { id: 20, name: 'Priya Shah', company: 'Acme' }];
    expect(read('Priya Shah', twins)).toEqual({ several: [3, 20] });
  });

  it.each([
    ['a short typo, which could be another name ("Cidi")', 'Cidi', [5]],
    ['someone new who shares a first name with someone known', 'Tom Whittaker', [6]],
    ['a surname with another first name', 'Ben Bennett', [1]],
    ['a nickname and two slips in the surname', 'Tom Bakkers', [6]],
    ['a name like nobody', 'Xavier', []],
    ['a short name one letter from another ("Mark", not Mary)', 'Mark', [15]],
    ['words that are not a name at all', 'Awkward', []],
  ])('matches nobody for %s, offering the closest', (_label, written, closest) => {
    expect(read(written)).toEqual({ none: closest });
  });

  it('offers at most three close people, nearest first', () => {
    const many = ['Sara Li', 'Tara Li', 'Kara Li', 'Mara Li'].map((name, i) => ({
      id: i + 1,
      name,
      company: null,
    }));
    expect(read('Zara Lo', many)).toEqual({ none: [] });
    expect(read('Bo Li', many)).toEqual({ none: [3, 4, 1] });
  });

  it('matches nobody for an empty name or an empty network', () => {
    expect(read('  ')).toEqual({ none: [] });
    expect(read('Ana', [])).toEqual({ none: [] });
  });
});

describe('typoDistance', () => {
  it.each([
    ['chidi', 'cidi', 1],
    ['devendra', 'devnedra', 1],
    ['shah', 'sha', 1],
    ['kitten', 'sitting', 3],
    ['ana', 'ana', 0],
  ])('%s / %s → %i', (a, b, expected) => {
    expect(typoDistance(a, b)).toBe(expected);
  });
});

describe('matchPerson: whose name it is, and who is close', () => {
  const people: NamedPerson[] = [
    { id: 1, name: 'Kate Morrison', company: 'Sky' },
    { id: 2, name: 'Katie Morris', company: 'BBC' },
    { id: 3, name: 'Daniel Okoro', company: 'Barclays' },
    { id: 4, name: 'Dan Fletcher', company: null },
    { id: 5, name: 'Ben Ng', company: 'Google' },
    { id: 6, name: 'Benjamin Carter', company: 'Accenture' },
    { id: 7, name: 'Thomas Wright', company: 'Arup' },
  ];

  it.each([
    ['the Kate they know before a Katie', 'Kate', { one: 1, reason: 'first name' }],
    ['the Katie they know before a Kate', 'Katie', { one: 2, reason: 'first name' }],
    ['the Daniel they know before a Dan', 'Daniel', { one: 3, reason: 'first name' }],
    ['a Dan and a Daniel alike for "Dan"', 'Dan', { several: [3, 4] }],
    ['a Ben and a Benjamin alike for "Ben"', 'Ben', { several: [5, 6] }],
    [
      'a Katie Morris one slip away as likely as a Kate for "Katie Morrison"',
      'Katie Morrison',
      { several: [1, 2] },
    ],
  ])('reads %s', (_, written, expected) => {
    expect(read(written, people)).toEqual(expected);
  });

  it('reads a sibling form with the surname as that person when nobody else is near', () => {
    const kate = people.filter((person) => person.id !== 2);
    expect(read('Katie Morrison', kate)).toEqual({ one: 1, reason: 'nickname' });
  });

  it('reads one slip in a short first name beside the exact surname ("Ana Kowalski")', () => {
    const anna: NamedPerson[] = [
      { id: 1, name: 'Anna Kowalski', company: null },
      { id: 2, name: 'Ana Lopez', company: null },
    ];
    expect(read('Ana Kowalski', anna)).toEqual({ one: 1, reason: 'spelling' });
    // A first name that starts otherwise is another name: "Jan Lopez" is not Ana Lopez.
    expect(matchPerson('Jan Lopez', anna)).toMatchObject({ kind: 'none', close: false });
  });

  it('reads "Em" as an Emily or an Emma alike', () => {
    const ems: NamedPerson[] = [
      { id: 1, name: 'Emily Clarke', company: null },
      { id: 2, name: 'Emma Clark', company: null },
    ];
    expect(read('Em', ems)).toEqual({ several: [1, 2] });
  });

  it('takes the one close person whose company the line names, and nobody otherwise', () => {
    const yusuf: NamedPerson[] = [
      { id: 1, name: 'Yusuf Demir', company: 'Trainline' },
      { id: 2, name: 'Yusra Demir', company: 'Ocado' },
    ];
    const near = matchPerson('Yusef', yusuf);
    expect(near).toMatchObject({ kind: 'none', close: true });
    expect(confirmByCompanyNamed(near, 'Yusef', 'called Yusef at trainline')).toMatchObject({
      kind: 'one',
      person: { id: 1 },
      reason: 'spelling',
    });
    expect(confirmByCompanyNamed(near, 'Yusef', 'called Yusef about the role')).toEqual(near);
    // A company is named as the matching of several people reads it: without its web ending.
    const booked = matchPerson('Yusef', [{ id: 3, name: 'Yusuf Demir', company: 'Trainline.com' }]);
    expect(confirmByCompanyNamed(booked, 'Yusef', 'called Yusef at trainline')).toMatchObject({
      kind: 'one',
      person: { id: 3 },
    });
    // Sharing only a first name is not close, whatever company the line names.
    const other = matchPerson('Tom Whittaker', people);
    expect(
      confirmByCompanyNamed(other, 'Tom Whittaker', 'coffee with Tom Whittaker of Arup'),
    ).toEqual(other);
  });

  it('offers a shared first name without calling it close, and a near spelling as close', () => {
    const other = matchPerson('Tom Whittaker', people);
    expect(other).toMatchObject({ kind: 'none', close: false, closest: [{ person: { id: 7 } }] });
    expect(matchPerson('Tomas Wrigth', people)).toMatchObject({ kind: 'none', close: true });
  });

  it('lets the company a line gives pick one of several, and changes nothing otherwise', () => {
    const ben = matchPerson('Ben', people);
    expect(narrowByCompany(ben, 'Google')).toMatchObject({ kind: 'one', person: { id: 5 } });
    expect(narrowByCompany(ben, 'Accenture UK')).toMatchObject({ kind: 'one', person: { id: 6 } });
    expect(narrowByCompany(ben, 'Manchester Tech Festival')).toEqual(ben);
    expect(narrowByCompany(ben, undefined)).toEqual(ben);
  });

  it('picks the one of several whose company the line names anywhere, a web address as a word', () => {
    const sams: NamedPerson[] = [
      { id: 1, name: "Sam O'Neil", company: 'Deliveroo' },
      { id: 2, name: 'Sam Patel', company: 'Ocado' },
      { id: 3, name: 'Sam Shah', company: 'Booking.com' },
    ];
    const sam = matchPerson('Sam', sams);
    expect(narrowByCompanyNamed(sam, 'coffee w sam at ocado last week')).toMatchObject({
      kind: 'one',
      person: { id: 2 },
    });
    expect(narrowByCompanyNamed(sam, 'sam from booking sent the spec')).toMatchObject({
      kind: 'one',
      person: { id: 3 },
    });
    expect(narrowByCompanyNamed(sam, 'coffee w sam')).toEqual(sam);
    expect(narrowByCompanyNamed(sam, 'sam at ocado, then deliveroo')).toEqual(sam);
  });

  it('makes a near name someone new when the company given is none of the close people’s', () => {
    const emma: NamedPerson[] = [{ id: 1, name: 'Emma Clark', company: 'Lloyds' }];
    const gemma = matchPerson('Gemma', emma);
    expect(gemma).toMatchObject({ kind: 'none', close: true });
    expect(setAsideCloseElsewhere(gemma, 'Ocado')).toMatchObject({ kind: 'none', close: false });
    expect(setAsideCloseElsewhere(gemma, 'Lloyds')).toEqual(gemma);
    expect(setAsideCloseElsewhere(gemma, undefined)).toEqual(gemma);
  });
});

describe('matchPerson: a company the line names settles a near name', () => {
  const near: NamedPerson[] = [
    { id: 1, name: 'Kate Morrison', company: 'Sky' },
    { id: 2, name: 'Katie Morris', company: 'BBC' },
    { id: 3, name: 'Priya Shah', company: 'Booking.com' },
    { id: 4, name: 'Priya Desai', company: 'Monzo' },
  ];
  const weigh = (written: string, line: string, people = near) => {
    const result = weighCompanyNamed(matchPerson(written, people), line);
    if (result.kind === 'one') return { one: result.person.id, reason: result.reason };
    if (result.kind === 'several') return { several: result.candidates.map((c) => c.person.id) };
    return { none: result.closest.map((c) => c.person.id) };
  };

  it('keeps everyone a full name came near beside the one it means, but not for one word', () => {
    expect(matchPerson('kate morris', near)).toMatchObject({
      kind: 'one',
      person: { id: 1 },
      reason: 'spelling',
      others: [{ person: { id: 2 }, reason: 'nickname' }],
    });
    expect(matchPerson('kate', near)).not.toHaveProperty('others');
    expect(matchPerson('Kate Morrison', near)).toMatchObject({ others: [{ person: { id: 2 } }] });
  });

  it.each([
    ['kate morris', 'kate morris - bbc - phone', { one: 2, reason: 'nickname' }],
    ['priya shaw', 'priya shaw at monzo - coffee', { one: 4, reason: 'similar name' }],
    ['kate morris', 'kate morris - sky - phone', { one: 1, reason: 'spelling' }],
    ['kate morris', 'kate morris - arup - phone', { one: 1, reason: 'spelling' }],
    ['kate morris', 'kate morris - coffee - wed', { one: 1, reason: 'spelling' }],
    ['Kate Morrison', 'Kate Morrison - bbc - phone', { one: 1, reason: 'full name' }],
    ['kate', 'coffee with kate at the bbc', { one: 1, reason: 'first name' }],
    ['priya shaw', 'priya shaw at booking.com', { one: 3, reason: 'spelling' }],
  ])('reads %s in "%s"', (written, line, expected) => {
    expect(weigh(written, line)).toEqual(expected);
  });

  it('asks when the company names two people near the name, and the closest is elsewhere', () => {
    const two = [...near, { id: 5, name: 'Kat Morris', company: 'BBC' }];
    expect(weigh('kate morris', 'kate morris - bbc - phone', two)).toEqual({ several: [1, 5, 2] });
  });
});

describe('matchPerson: a first name and an initial', () => {
  const people: NamedPerson[] = [
    { id: 1, name: 'Priya Shah', company: null },
    { id: 2, name: 'Priya Desai', company: null },
    { id: 3, name: 'Aisha Khan', company: null },
    { id: 4, name: 'Aisha Karim', company: null },
    { id: 5, name: 'Joanne Bennett', company: null },
    { id: 6, name: 'Daniel Okoro', company: null },
    { id: 7, name: 'Dan Fletcher', company: null },
  ];

  it.each([
    ['Priya D', { one: 2, reason: 'start of name' }],
    ['Jo B.', { one: 5, reason: 'start of name' }],
    ['Aisha K', { several: [3, 4] }],
    ['Danny', { several: [6, 7] }],
  ])('reads "%s"', (written, expected) => {
    expect(read(written, people)).toEqual(expected);
  });

  it('reads a first name as written before a sibling form with the same initial ("Kate M")', () => {
    const kates: NamedPerson[] = [
      { id: 1, name: 'Kate Morrison', company: null },
      { id: 2, name: 'Katie Morris', company: null },
      { id: 3, name: 'Thomas Wright', company: null },
      { id: 4, name: 'Joanne Bennett', company: null },
      { id: 5, name: 'Jo Barnes', company: null },
    ];
    expect(read('Kate M', kates)).toEqual({ one: 1, reason: 'start of name' });
    expect(read('Katie M', kates)).toEqual({ one: 2, reason: 'start of name' });
    expect(read('Tom W', kates)).toEqual({ one: 3, reason: 'start of name' });
    // A short form is as good as the name itself, as for a first name alone: "Jo B" asks.
    expect(read('Jo B', kates)).toEqual({ several: [4, 5] });
  });

  it('reads the first name\'s initial and the surname ("E Clarke") as the one it fits', () => {
    const clarks: NamedPerson[] = [
      { id: 1, name: 'Emily Clarke', company: null },
      { id: 2, name: 'Emma Clark', company: null },
      { id: 3, name: 'Maria Gonzalez', company: null },
    ];
    expect(read('E Clarke', clarks)).toEqual({ one: 1, reason: 'start of name' });
    expect(read('M Gonzalez', clarks)).toEqual({ one: 3, reason: 'start of name' });
  });

  it('asks about an initial that fits nobody, rather than adding someone', () => {
    expect(matchPerson('Priya X', people)).toMatchObject({ kind: 'none', close: true });
  });
});
