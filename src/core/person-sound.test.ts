// How names spelt as they sound are heard: "Neve Kelly" is Niamh Kelly, and a sound-alike too
// short to say who ("Nev Kelly") makes Kith ask rather than add someone new.
import { describe, expect, it } from 'vitest';
import { matchPerson } from './person-match.js';
import { soundsAlike, weighSoundAlike, weighSoundAlikeGiven } from './person-sound.js';

const people = [
  { id: 1, name: 'Niamh Kelly', company: 'Intercom' },
  { id: 2, name: 'Siobhan Murphy', company: 'Stripe' },
  { id: 3, name: 'Katie Morris', company: 'BBC' },
  { id: 4, name: 'Kate Morrison', company: 'Sky' },
  { id: 5, name: 'Emma Clark', company: 'Lloyds' },
];
const weigh = (written: string, line: string) =>
  weighSoundAlike(matchPerson(written, people), written, line);

describe('given names that sound alike', () => {
  it.each([
    ['Neve', 'Niamh'],
    ['Neeve', 'Niamh'],
    ['Shivon', 'Siobhan'],
    ['Katy', 'Katie'],
    // A name of vowels and w, y or h says its first letter.
    ['Way', 'Wei'],
  ])('"%s" sounds like "%s"', (a, b) => {
    expect(soundsAlike(a, b)).toBe(true);
  });

  it.each([
    ['Gemma', 'Emma'],
    ['Ann', 'Nan'],
    ['Sarah', 'Niamh'],
    ['Way', 'Yui'],
  ])('"%s" does not sound like "%s"', (a, b) => {
    expect(soundsAlike(a, b)).toBe(false);
  });
});

describe('a full name that sounds like someone known', () => {
  it('is them when the line names where they work', () => {
    const weighed = weigh('Neve Kelly', 'tidy chat w Neve Kelly from Intercom on teams');
    expect(weighed).toMatchObject({ kind: 'one', person: { name: 'Niamh Kelly' } });
  });

  it('is them with no company named when they are the only one it can be', () => {
    expect(weigh('neeve kelly', 'video call wi neeve kelly tuesday')).toMatchObject({
      kind: 'one',
      person: { name: 'Niamh Kelly' },
      reason: 'spelling',
    });
  });

  it('makes Kith ask for a first name too short to say who, with no company named', () => {
    expect(weigh('Nev Kelly', 'coffee with Nev Kelly')).toMatchObject({
      kind: 'none',
      close: true,
    });
  });

  it('changes nothing for a new surname or a name that does not sound alike', () => {
    expect(weigh('Neve Walsh', 'coffee with Neve Walsh')).toMatchObject({ close: false });
    expect(weigh('Sarah Kelly', 'coffee with Sarah Kelly').kind).toBe('none');
  });
});

describe('a lone first name that sounds like someone known', () => {
  const hear = (written: string, line: string) =>
    weighSoundAlikeGiven(matchPerson(written, people), written, { people, line });

  it.each([
    ['Shivaun', 'Shivaun from Stripe replied on linkedin', 'Siobhan Murphy'],
    ['Neeve', 'coffee w Neeve at Intercom', 'Niamh Kelly'],
  ])('"%s" is them when the line names their company', (written, line, name) => {
    expect(hear(written, line)).toMatchObject({ kind: 'one', person: { name } });
  });

  it('stays someone new without their company', () => {
    expect(hear('Neeve', 'coffee w Neeve at the meetup')).toMatchObject({ kind: 'none' });
    expect(hear('Neeve', 'coffee w Neeve at the meetup')).not.toMatchObject({ close: true });
  });
});
