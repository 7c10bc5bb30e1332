// The classes the twentieth held-out set found: a contact telling of a need for a hand, offers
// typed without an apostrophe, a thing the user asked for, things posted or lent, asking whether
// a firm is taking people on, a post to fill, thanks for an intro, a name after "showed", someone
// "called" a name whatever they are, shows as events, asides on how they met, and notes whose
// name made an intro.
import { describe, expect, it } from 'vitest';
import { tellsOfRole } from './log-line-favours.js';
import { parseLogLine } from './log-line.js';

const today = '2026-11-30';
const read = (line: string) => parseLogLine(line, { today });
const names = (line: string) => read(line).people.map((person) => person.text);

describe('a contact telling of a need for a hand', () => {
  it('reads a team that needs or hires someone as news of work, from the contact', () => {
    expect(read('Katie Morris messaged - bbc kids needs a freelance illustrator')).toMatchObject({
      kind: 'give',
      direction: 'inbound',
    });
    expect(read('Marcus Bell texted - the ops team needs a warehouse automation lead').kind).toBe(
      'give',
    );
    expect(read('Siobhan Murphy - slack - stripe hiring SEs in dublin')).toMatchObject({
      kind: 'give',
      direction: 'inbound',
    });
    expect(tellsOfRole('text from fatima - her unit needs an editor for the report', true)).toBe(
      true,
    );
  });

  it('keeps a need of the user’s own a catch-up', () => {
    expect(read('coffee w Dan Fletcher, i need an illustrator for my site').kind).toBe('catch-up');
  });
});

describe('offers, things asked for, and things posted', () => {
  it('reads "hed" and "shed" as "he’d" and "she’d"', () => {
    expect(read('Gareth Price rang, he said hed put me forward').kind).toBe('give');
    expect(read('coffee w Lucy Patel, she said shed pass my cv to her lead').kind).toBe('give');
  });

  it('reads a thing the user asked the contact for as their give', () => {
    expect(read('Daniel Okoro sent the risk analyst spec i asked him for')).toMatchObject({
      kind: 'give',
      direction: 'inbound',
    });
  });

  it('reads a thing posted or lent to a contact as the user’s give', () => {
    expect(read('posted Lucy Patel a signed copy of my book')).toMatchObject({
      kind: 'give',
      direction: 'outbound',
    });
    expect(read('lent chidi eze my copy of the book')).toMatchObject({
      personNames: ['Chidi Eze'],
      kind: 'give',
      direction: 'outbound',
    });
    expect(read('posted Joanne Bennett a thank you card for the reference').kind).toBe('thanks');
  });

  it('reads asking whether a firm is taking people on as a catch-up', () => {
    expect(read('emailed Owen Davies asking if admiral are taking on ops analysts').kind).toBe(
      'catch-up',
    );
    expect(read('emailed Aisha Karim asking if cazoo are taking anyone on').kind).toBe('catch-up');
  });

  it('reads a contact getting in touch about a post to fill as news of work, not about a post online', () => {
    expect(read('Margaret Okafor rang about a clinical informatics post').kind).toBe('give');
    expect(read('Fatima Zahra messaged about a linkedin post i wrote').kind).toBe('catch-up');
    expect(read('Katie Morris from the bbc liked my post').kind).toBe('catch-up');
  });
});

describe('who a line is with', () => {
  it('names only the one thanked or thanking for an intro, not whom it joined them to', () => {
    expect(names('Daniel Okoro emailed to say thanks for the intro to fatima')).toEqual([
      'Daniel Okoro',
    ]);
    expect(names('chidi eze texted to say thank you for the introduction to wei chen')).toEqual([
      'Chidi Eze',
    ]);
  });

  it('reads the name after "showed"', () => {
    expect(read('showed anna kowalski my portfolio over coffee')).toMatchObject({
      personNames: ['Anna Kowalski'],
      channel: 'meeting',
    });
  });

  it('reads someone "called" a name as new, whatever word says who they are', () => {
    expect(read('met a headteacher called gwen at the edtech show')).toMatchObject({
      people: [{ text: 'Gwen', fresh: true }],
      channel: 'event',
    });
  });

  it('reads the name opening a note as who made the intro the note tells of', () => {
    expect(names('siobhan murphy - email - put me in touch with niamh kelly at intercom')).toEqual([
      'Siobhan Murphy',
    ]);
  });
});

describe('the channel', () => {
  it('reads a show, an expo or a fair met at as an event', () => {
    expect(read('met Anna Kowalski at the design show on sat').channel).toBe('event');
  });

  it('leaves out an aside on how they met', () => {
    expect(
      read('whatsapp from Ioana (met at the uxlondon thing) - she needs an illustrator'),
    ).toMatchObject({ channel: 'message', kind: 'give', direction: 'inbound' });
    expect(read('call with Hannah Schmidt (met her at the sap summit)').channel).toBe('call');
  });
});
