import { describe, expect, it } from 'vitest';
import { daysBetween } from './dates.js';
import {
  generateNetwork,
  generatePeople,
  type DemoPerson,
  type GenerateNetworkOptions,
} from './demo-network.js';
import { firstNames, lastNames } from './demo-names.js';
import { AppError } from './errors.js';
import { newInteractionSchema } from './interaction.js';
import { completePerson, newPersonSchema } from './person.js';

const today = '2026-11-25';
const base: GenerateNetworkOptions = { seed: 7, people: 2000, today };
const people = (options: Partial<GenerateNetworkOptions> = {}): DemoPerson[] => [
  ...generatePeople({ ...base, ...options }),
];
const lastContact = (person: DemoPerson) => person.interactions.at(-1)?.occurredOn;

describe('generatePeople', () => {
  const network = people();

  it('gives the same network for the same seed and options', () => {
    // Compared as JSON: deep equality over 40,000 interactions is needlessly slow.
    expect(JSON.stringify(people())).toBe(JSON.stringify(network));
  });

  it('gives a different network for a different seed', () => {
    expect(people({ seed: 8 }).map((p) => p.name)).not.toEqual(network.map((p) => p.name));
  });

  it('makes the first people the same whatever the total, so a bigger demo extends a smaller one', () => {
    expect(people({ people: 50 })).toEqual(network.slice(0, 50));
  });

  it('numbers people from 1', () => {
    expect(network.map((p) => p.key)).toEqual(Array.from({ length: 2000 }, (_, i) => i + 1));
  });

  it('makes people and interactions that pass the same validation as user input', () => {
    for (const { key, interactions, ...person } of network) {
      const parsed = newPersonSchema.safeParse(person);
      expect(parsed.success, `person ${key}: ${parsed.error?.message ?? ''}`).toBe(true);
      if (parsed.success) expect(completePerson(parsed.data)).toEqual(person);
      for (const interaction of key <= 300 ? interactions : []) {
        const checked = newInteractionSchema.safeParse({ ...interaction, personId: key });
        expect(checked.success, `person ${key}: ${checked.error?.message ?? ''}`).toBe(true);
      }
    }
  });

  it('keeps every interaction between today minus the years and today, oldest first', () => {
    const start = '2023-11-25';
    for (const person of people({ people: 300 })) {
      const dates = person.interactions.map((i) => i.occurredOn);
      expect(dates).toEqual([...dates].sort());
      for (const date of dates) expect(date >= start && date <= today).toBe(true);
    }
    const oneYear = people({ people: 300, years: 1 }).flatMap((p) => p.interactions);
    expect(oneYear.every((i) => i.occurredOn >= '2025-11-25')).toBe(true);
  });

  it('averages about the asked-for number of interactions per person', () => {
    const total = network.reduce((sum, p) => sum + p.interactions.length, 0);
    expect(total / network.length).toBeGreaterThan(17);
    expect(total / network.length).toBeLessThan(23);
    const fewer = people({ people: 500, interactionsPerPerson: 5 }).reduce(
      (sum, p) => sum + p.interactions.length,
      0,
    );
    expect(fewer / 500).toBeLessThan(7);
    expect(
      people({ people: 50, interactionsPerPerson: 0 }).every((p) => p.interactions.length === 0),
    ).toBe(true);
  });

  it('skews contact: a few close ties, many weak ones and some dormant ones', () => {
    const counts = network.map((p) => p.interactions.length);
    const close = network.filter(
      (p) => p.interactions.length >= 100 && daysBetween(lastContact(p) ?? '', today) <= 14,
    );
    const weak = counts.filter((count) => count <= 5);
    const dormant = network.filter((p) => daysBetween(lastContact(p) ?? today, today) >= 1000);
    expect(close.length / network.length).toBeGreaterThan(0.01);
    expect(close.length / network.length).toBeLessThan(0.08);
    expect(weak.length / network.length).toBeGreaterThan(0.4);
    expect(dormant.length / network.length).toBeGreaterThan(0.1);
    expect(dormant.length / network.length).toBeLessThan(0.3);
  });

  it('puts dormant ties past three years when the window is longer than three years', () => {
    const longer = people({ people: 1000, years: 5 });
    const dormant = longer.filter((p) => daysBetween(lastContact(p) ?? today, today) >= 365 * 3);
    expect(dormant.length / longer.length).toBeGreaterThan(0.15);
  });

  it('varies names, companies, channels, kinds and directions', () => {
    const all = network.flatMap((p) => p.interactions);
    expect(new Set(network.map((p) => p.name.split(' ')[0])).size).toBeGreaterThan(
      firstNames.length * 0.9,
    );
    expect(new Set(network.map((p) => p.name.split(' ').at(-1))).size).toBeGreaterThan(
      lastNames.length * 0.8,
    );
    expect(new Set(network.map((p) => p.company)).size).toBeGreaterThan(140);
    expect(new Set(all.map((i) => i.channel)).size).toBe(7);
    expect(new Set(all.map((i) => i.kind)).size).toBe(6);
    expect(new Set(all.map((i) => i.direction)).size).toBe(3);
    expect(new Set(all.map((i) => i.summary)).size).toBeGreaterThan(all.length * 0.3);
  });

  it('fills optional fields for some people only, and marks very few as do-not-contact', () => {
    const share = (test: (p: DemoPerson) => boolean) =>
      network.filter(test).length / network.length;
    expect(share((p) => p.phones.length > 0)).toBeGreaterThan(0.25);
    expect(share((p) => p.phones.length > 0)).toBeLessThan(0.45);
    expect(share((p) => p.linkedinUrl !== null)).toBeGreaterThan(0.6);
    expect(share((p) => p.needs !== null)).toBeGreaterThan(0.25);
    expect(share((p) => p.doNotContact)).toBeLessThan(0.02);
  });

  it('writes summaries that read like one-line logs on a timeline', () => {
    const summaries = network.slice(0, 200).flatMap((p) => p.interactions.map((i) => i.summary));
    expect(summaries.some((s) => /^(Coffee|Lunch|Breakfast|Drinks|Walk|Dinner) — /.test(s))).toBe(
      true,
    );
    expect(summaries.every((s) => s.length > 5 && s.length < 200 && /^[A-Z]/.test(s))).toBe(true);
  });

  it('streams: the first person of ten million arrives without making the rest', () => {
    const started = performance.now();
    const first = generatePeople({ ...base, people: 10_000_000 }).next();
    expect(first.done).toBe(false);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  const invalid: Array<[string, Partial<GenerateNetworkOptions>, string]> = [
    ['rejects a fractional number of people', { people: 2.5 }, 'people'],
    ['rejects a negative number of people', { people: -1 }, 'people'],
    ['rejects a seed that is not a whole number', { seed: Number.NaN }, 'seed'],
    ['rejects zero years', { years: 0 }, 'years'],
    [
      'rejects a negative interaction average',
      { interactionsPerPerson: -3 },
      'interactionsPerPerson',
    ],
    ['rejects a today that is not a real date', { today: '2026-02-30' }, 'today'],
  ];

  it.each(invalid)('%s', (_name, options, field) => {
    const attempt = () => generatePeople({ ...base, ...options });
    expect(attempt).toThrow(AppError);
    try {
      attempt();
    } catch (error) {
      expect((error as AppError).code).toBe('INVALID_INPUT');
      expect((error as AppError).problems.map((p) => p.field)).toEqual([field]);
    }
  });
});

describe('generateNetwork', () => {
  it('can be iterated twice with the same result, the same as generatePeople', () => {
    const network = generateNetwork({ ...base, people: 100 });
    const first = [...network];
    expect([...network]).toEqual(first);
    expect(first).toEqual(people({ people: 100 }));
  });
});
