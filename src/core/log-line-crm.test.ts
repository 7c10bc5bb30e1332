// How a one-line log reads notes written like a CRM's: a firm or gathering before a colon, an
// arrow to what came of it, a title after a name, "f/u", and sighs or "cold" opening a line. One
// table per class.
import { describe, expect, it } from 'vitest';
import { parseLogLine } from './log-line.js';
import { setAsidesApart } from './log-line-asides.js';
import { mendPlainWords } from './log-line-plain-words.js';

// 2026-11-30 is a Monday.
const today = '2026-11-30';
const workplaces = ['monzo', 'stripe', 'wise', 'hays', 'deel', 'personio'];
const known = ['sam patel', 'priya desai', 'lena fox'];
const read = (line: string) =>
  parseLogLine(line, {
    today,
    mayBePerson: (name) => known.includes(name.toLowerCase()),
    isWorkplace: (name) => workplaces.includes(name.toLowerCase()),
  });
const people = (line: string) => read(line).people.map((person) => person.text);

describe('a firm or gathering before a colon, then a name', () => {
  it.each([
    ['Deel: Marta Ruiz, coffee 3/11 -> nothing open', ['Marta Ruiz']],
    ['Gitlab: Omar Haddad call yday -> wrong team', ['Omar Haddad']],
    ['Pleo: Ines G, zoom last Fri -> she knows the CRO', ['Ines G']],
    ['Web Summit Lisbon: Lena Fox -> said hi', ['Lena Fox']],
  ])('%s', (line, expected) => {
    expect(people(line)).toEqual(expected);
  });

  it('leaves a day opening the line as the date', () => {
    expect(setAsidesApart('Fri: Priya D (Monzo) sent 3 roles')).toBe(
      'Fri: Priya D (Monzo) sent 3 roles',
    );
  });

  it('puts the firm after what a bracket says of the person', () => {
    expect(setAsidesApart('Deel: Marta Ruiz (TA) rang')).toBe('Marta Ruiz (TA) from Deel rang');
  });
});

describe('an arrow to what came of it', () => {
  it.each([
    ['Tom Reyes emailed 3d ago -> Wise role filled', ['Tom Reyes']],
    ['coffee w Ola Berg (ex-team, now Deel) Sat -> Deel hiring AEs', ['Ola Berg']],
    ['Oslo: Ola Berg, vid call 10/11 -> Nordics GTM, nothing open', ['Ola Berg']],
    ['Deel: Marta Ruiz, coffee Tu -> she will intro me to Kim Vos', ['Marta Ruiz']],
  ])('%s', (line, expected) => {
    expect(people(line)).toEqual(expected);
  });

  it.each([
    ['email -> Lena Fox re the deck', ['Lena Fox']],
    ['Text -> Sam Patel (Monzo) - congrats!', ['Sam Patel']],
  ])('after only a channel, points at whom the user wrote to: %s', (line, expected) => {
    expect(people(line)).toEqual(expected);
    expect(read(line).direction).toBe('outbound');
  });

  it('reads meeting someone after the arrow as the person', () => {
    expect(people('fintech meetup Wed -> met Joe Park, VP Sales @ Personio')).toEqual(['Joe Park']);
  });
});

describe('a title after a name and a comma', () => {
  it.each([
    ['LinkedIn request to Ada Wong, Head of Sales @ Stripe', ['Ada Wong']],
    ['met Joe Park, CRO at Personio, at the dinner', ['Joe Park']],
  ])('%s', (line, expected) => {
    expect(people(line)).toEqual(expected);
  });
});

describe('f/u, sighs and "cold"', () => {
  it('spells out f/u', () => {
    expect(mendPlainWords('f/u: pinged Lena on WA')).toBe('follow-up: pinged Lena on WA');
  });

  it.each([
    ['ugh emailed lena fox my cv again', ['Lena Fox']],
    ['cold emailed sam patel about his team', ['Sam Patel']],
    ['follow-up: pinged Lena Fox on WA', ['Lena Fox']],
  ])('%s', (line, expected) => {
    expect(people(line)).toEqual(expected);
  });
});

describe('a named meal opening the line, then a stop or where it was', () => {
  it.each([
    ['Fintech founders dinner Th -> sat next to Lena Fox, good chat', 'event'],
    ['Women in sales breakfast at the Ivy wed, met Sam Patel', 'event'],
    ['Leeds CRO lunch; chatted w Omar Haddad', 'event'],
    ['Charity quiz night thurs, sat with Lena Fox and her lot', 'meeting'],
  ])('%s', (line, channel) => {
    expect(read(line).channel).toBe(channel);
  });
});
