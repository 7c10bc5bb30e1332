// The classes the twenty-ninth held-out set found (a freelancer's notes on clients, briefs and
// invoices): paid work a contact tells of, the user's own work asked for, chases about money or a
// silence, things sent as asked, intros offered to a role or to a name, deadlines that are no
// date, follows and connection requests, named nights, and names before words the rules lacked.
import { describe, expect, it } from 'vitest';
import { parseLogLine } from './log-line.js';

const today = '2026-11-30';
const read = (line: string) => parseLogLine(line, { today });
const names = (line: string) => read(line).people.map((person) => person.text);

describe('paid work and briefs a contact tells of', () => {
  it('reads a client wanting something made as work given, from the contact', () => {
    expect(read('Gareth Price texted, admiral want a set of 8 infographics')).toMatchObject({
      kind: 'give',
      direction: 'inbound',
      channel: 'message',
    });
    expect(read('Owen Davies rang, theyre tendering for a brand refresh').kind).toBe('give');
    expect(read('Zoe Martin commissioned 3 menu illustrations').kind).toBe('give');
    expect(read('Ben Ng whatsapped a brief for a launch video').kind).toBe('give');
  });

  it('keeps a workshop wanted from being where the contact happened', () => {
    expect(read('Lee Jordan emailed, skyscanner want a half day workshop').channel).toBe('email');
  });

  it('reads a contact asking to see or have the user’s own as an ask, inbound', () => {
    expect(read('Chidi Eze emailed, wants to see my packaging work')).toMatchObject({
      kind: 'ask',
      direction: 'inbound',
    });
    expect(read('Maria Gonzalez needs my sort code for the PO').kind).toBe('ask');
  });

  it('keeps "wants my CV" with news of a role a give', () => {
    expect(read('Olivia Brown rang, Hays have a 3 month contract, wants my CV').kind).toBe('give');
  });
});

describe('chases and things sent as asked', () => {
  it('reads a voicemail or a reminder about money owed as a follow-up', () => {
    expect(read('left Dan Fletcher a voicemail about the overdue invoice')).toMatchObject({
      kind: 'follow-up',
      direction: 'outbound',
      channel: 'call',
    });
    expect(read('emailed Zoe Martin a polite reminder about the deposit').kind).toBe('follow-up');
  });

  it('reads a contact who never replied as the line’s person, the nudge as the user’s', () => {
    expect(read('Wei Chen never replied so I nudged him again')).toMatchObject({
      personNames: ['Wei Chen'],
      kind: 'follow-up',
      direction: 'outbound',
    });
    expect(names('Zoe Martin still hasnt paid, emailed her a reminder')).toEqual(['Zoe Martin']);
  });

  it('reads files sent as asked, and news they would like, as the user’s give', () => {
    expect(read('texted Ben Ng the photos he asked for')).toMatchObject({
      kind: 'give',
      direction: 'outbound',
    });
    expect(read('told Lee Jordan about the map fair, thought hed like it').kind).toBe('give');
  });
});

describe('an intro offered', () => {
  it('reads an intro to a role at a firm as a give, and to a name as an intro', () => {
    expect(read("Owen Davies said he'd intro me to admiral's head of brand").kind).toBe('give');
    expect(
      parseLogLine('Owen offered to intro me to Lena Park in the admiral brand team', {
        today,
        mayBePerson: (name) => name === 'Owen',
      }),
    ).toMatchObject({ personNames: ['Owen'], kind: 'intro' });
  });
});

describe('dates, channels and names', () => {
  it('keeps a deadline and a silence’s start out of the date', () => {
    expect(read('Ben Ng emailed a brief, due the 14th').occurredOn).toBe(today);
    expect(read('emailed Zoe Martin again, nothing since the 12th').occurredOn).toBe(today);
  });

  it('reads a follow and a connection request as social, and a named night as an event', () => {
    expect(read('followed Wei Chen on instagram').channel).toBe('social');
    expect(read('sent Zoe Martin a connection req').channel).toBe('social');
    expect(read('screening night at the BFI tues, chatted to Ben Ng').channel).toBe('event');
  });

  it('finds the name before "DMd", a bracket, or a title at a firm', () => {
    expect(names('Ana Lopez DMd to say spotify need a freelance animator')).toEqual(['Ana Lopez']);
    expect(names('Harriet Lowe (picture editor, The Observer) emailed')).toEqual(['Harriet Lowe']);
    expect(names('Imogen Price at Farrow Books (repeat client) rang')).toEqual(['Imogen Price']);
    expect(names('Mia Tanaka, CD at Koto, replied to my pitch')).toEqual(['Mia Tanaka']);
    expect(names('billing query from Pete Lam in canva accounts')).toEqual(['Pete Lam']);
  });
});
