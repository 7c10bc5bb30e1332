// Who a one-line log names by what was done or who they are: "my old boss ian", "a guy called
// rob", "new contact: ines ferreira", and the words after a name that never extend it.
import { describe, expect, it } from 'vitest';
import { parseLogLine } from './log-line.js';

// 2026-11-30 is a Monday.
const today = '2026-11-30';
const read = (line: string, mayBePerson?: (name: string) => boolean) =>
  parseLogLine(line, mayBePerson ? { today, mayBePerson } : { today });

describe('someone named by who they are', () => {
  it.each([
    ['bumped into my old boss ian at the cipd conference sat', ['Ian']],
    ['call w my old manager paul this morning', ['Paul']],
    ['asked my neighbour pete if his company ever takes on freelancers', ['Pete']],
    ['call w lucy patel and her colleague kim 25/11', ['Lucy Patel', 'Kim']],
  ])('reads "%s" as %j', (line, names) => {
    expect(read(line, () => false).personNames).toEqual(names);
  });

  it('reads someone described after people the user knows', () => {
    const line = 'met niamh kelly, ben ng and a recruiter called aoife at the summit';
    const known = (name: string) => ['Niamh Kelly', 'Ben Ng'].includes(name);
    expect(read(line, known).personNames).toEqual(['Niamh Kelly', 'Ben Ng', 'Aoife']);
  });

  it('marks someone introduced as "a guy called" as new to the user', () => {
    const parsed = read('met kate morrison & a guy called rob from her team', () => true);
    expect(parsed.people[1]).toMatchObject({ text: 'Rob', fresh: true });
    expect(parsed.people[0]?.fresh).toBeUndefined();
  });

  it('reads no contact in the person an introduction was made to', () => {
    const parsed = read('Maggie introduced me to her colleague Sunil at NHS England');
    expect(parsed.personNames).toEqual(['Maggie']);
  });

  it.each([
    ["alexandra reid intro'd me to the bupa data engineering lead, tom okafor", ['Alexandra Reid']],
    ["coffee with zoe martin, she'll introduce me to the head of data, priya", ['Zoe Martin']],
    ['lunch with ana, she put me in touch with her old boss at bt, kemi', ['Ana']],
  ])(
    'reads no contact in "%s", where whom the user meets is described, then named',
    (line, names) => {
      expect(read(line, () => true).personNames).toEqual(names);
    },
  );

  it('reads whoever got in touch after "emailed by" or "called by" as the contact, from them', () => {
    const parsed = read("emailed by niamh kelly, she'll intro me to sarah jones at intercom");
    expect(parsed).toMatchObject({ personNames: ['Niamh Kelly'], direction: 'inbound' });
    expect(read('was called by priya shah re a role').personNames).toEqual(['Priya Shah']);
  });

  it('reads no name in a pronoun with its verb: "coffee with ana, she\'ll intro me"', () => {
    const parsed = read("coffee with ana, she'll intro me to the head of product");
    expect(parsed.personNames).toEqual(['Ana']);
  });

  it('reads both people a user introduced to each other, when the people know them', () => {
    const parsed = read('introduced chidi eze to wei chen over email', () => true);
    expect(parsed.personNames).toEqual(['Chidi Eze', 'Wei Chen']);
  });

  it('reads a label saying someone is new, then their full name', () => {
    const parsed = read('new contact: ines ferreira, head of data at farfetch - zoom fri');
    expect(parsed.people).toEqual([{ text: 'Ines Ferreira', alternatives: ['Ines'], fresh: true }]);
    expect(parsed).toMatchObject({ channel: 'video', occurredOn: '2026-11-27' });
  });
});

describe('someone described only by what they are or where they work', () => {
  it.each([
    ['spoke to my contact at booking.com on the phone', 'my contact', 'booking.com'],
    ['zoom w the admiral guy fri', 'the admiral guy', 'admiral'],
  ])('reads "%s" as a description to ask about', (line, text, company) => {
    expect(read(line, () => false).people).toEqual([
      { text, alternatives: [], described: true, company },
    ]);
  });
});

describe('words after a name that never extend it', () => {
  it.each([
    ["emailed devendra asking if he'd look over my cv", ['Devendra']],
    ['devendra mistry is referring me at northwind!!', ['Devendra Mistry']],
    ['anna k from revolut went thru my cv, loads of notes', ['Anna K']],
    ['zoom w dr amara nwosu re career change into health data', ['Amara Nwosu']],
    ['Mr Henderson - email - 17/11 - chased about the grad scheme', ['Mr Henderson']],
    ['posted joanne bennett a thank you card for the reference', ['Joanne Bennett']],
  ])('reads "%s" as %j', (line, names) => {
    expect(read(line, () => false).personNames).toEqual(names);
  });

  it('reads no name in a participle after a verb of contact', () => {
    const line = 'robert singh kpmg - messaged asking for 15 mins on consulting careers';
    expect(read(line, (name) => name === 'Robert Singh').personNames).toEqual(['Robert Singh']);
  });

  it('reads a lone "w" after a first name opening the line as an initial, not "with"', () => {
    const parsed = read('thomas w arup - sent him the article', (name) => name === 'Thomas W');
    expect(parsed.personNames).toEqual(['Thomas W']);
    expect(read('coffee w gemma yday').personNames).toEqual(['Gemma']);
  });

  it('reads one person after another, joined by ", then"', () => {
    const line = 'call with Aisha Khan, then Aisha Karim straight after, 19/11';
    expect(read(line).personNames).toEqual(['Aisha Khan', 'Aisha Karim']);
  });

  it('reads people by what was done to them', () => {
    expect(read('got chatting to chris at the hiring fair yesterday').personNames).toEqual([
      'Chris',
    ]);
    expect(read("reacted to alex morgan's post on the meta reorg").personNames).toEqual([
      'Alex Morgan',
    ]);
  });
});

describe('a full name opening the line, before any verb', () => {
  it.each([
    ['harriet cole wanted a copy of my dissertation, sent it over', ['Harriet Cole'], 'outbound'],
    ['Emma Stone confirmed the role is still open - email', ['Emma Stone'], 'inbound'],
    ['owen hale explained how their pricing grades work, zoom tues', ['Owen Hale'], 'mutual'],
    ['tariq aziz warned me the team is restructuring', ['Tariq Aziz'], 'inbound'],
  ])('reads "%s" as %j, %s', (line, names, direction) => {
    expect(read(line, () => false)).toMatchObject({ personNames: names, direction });
  });

  it('reads a full name owning what follows as the person, when the user knows them', () => {
    const line = "lucy patel's team is hiring a data engineer, she messaged me about it";
    expect(read(line, (name) => name === 'lucy patel')).toMatchObject({
      personNames: ['Lucy Patel'],
      kind: 'give',
      direction: 'inbound',
    });
    expect(read("john lewis's data team is hiring", () => false).personNames).toEqual([]);
  });

  it('reads no person in a word that is no verb after two opening words', () => {
    expect(read('grabbed coffee after the gym', () => false).personNames).toEqual([]);
  });
});

describe('who they are, opening a note', () => {
  it.each([
    ['my old head of dept gwen - phone - yday', 'Gwen', 'call'],
    ['our old neighbour raj - pint - thurs', 'Raj', 'meeting'],
    [
      "my former tutor dr helen price - email - said she'd write me a reference",
      'Helen Price',
      'email',
    ],
  ])('reads "%s" as %s', (line, name, channel) => {
    const parsed = read(line, () => false);
    expect(parsed.people).toMatchObject([{ text: name, related: true }]);
    expect(parsed.channel).toBe(channel);
  });

  it('reads "a friend of his called" as someone new, and no phone call', () => {
    const parsed = read('coffee with ben ng and a friend of his called oskar', () => false);
    expect(parsed.people[1]).toMatchObject({ text: 'Oskar', fresh: true });
    expect(parsed.channel).toBe('meeting');
  });

  it('reads no contact in someone described whom the user was put in touch with', () => {
    const line = 'priya shah put me in touch with a recruiter called jess at booking';
    expect(read(line, () => false).personNames).toEqual(['Priya Shah']);
  });
});

describe('words after a name that are greetings or where they work', () => {
  it('reads no name in a greeting after a first name', () => {
    expect(read('texted marcus happy bday').personNames).toEqual(['Marcus']);
    expect(read('texted josé merry xmas').personNames).toEqual(['José']);
  });

  it('reads "w" after a word done in the past as "with"', () => {
    expect(read('chatted w priya desai at the alumni drinks').personNames).toEqual(['Priya Desai']);
    expect(read('fred w arup - coffee').personNames).toEqual(['Fred W Arup']);
  });

  it('reads the verb after where they work, written on in lower case', () => {
    const line = 'Bronwyn Hughes from Cardiff council replied to my email re the digital team';
    expect(read(line)).toMatchObject({ personNames: ['Bronwyn Hughes'], direction: 'inbound' });
  });
});

describe('a full name after words for who someone is, listed or not', () => {
  it.each([
    ['Lunch with my old uni pal Catriona Boyd on Thursday', ['Catriona Boyd']],
    ['our CNIO Dr Elena Rossi offered to be a referee', ['Elena Rossi']],
    ['my old ward sister Kemi Adeyemi texted, she will pass my name on', ['Kemi Adeyemi']],
    ['an email out of the blue from a João Pereira at Lingo24', ['João Pereira']],
  ])('reads "%s" as %j', (line, names) => {
    expect(read(line).personNames).toEqual(names);
  });

  it('says "a" before a full name is someone new', () => {
    expect(read('an email from a João Pereira at Lingo24').people[0]?.fresh).toBe(true);
  });

  it('reads no one from words that join a phrase before capitals', () => {
    const known = (name: string) => name === 'Yusuf Demir';
    expect(read('Yusuf Demir caught our set at the Jazz Cafe fri', known).personNames).toEqual([
      'Yusuf Demir',
    ]);
  });
});

describe('a word in "-ed" after a lower-case name', () => {
  it('says what was done, and ends the name', () => {
    const known = (name: string) => name.toLowerCase() === 'olivia';
    expect(read('sent olivia updated CV as she asked', known).personNames).toEqual(['Olivia']);
  });

  it('keeps surnames that end so', () => {
    expect(read('lunch with ali hameed').personNames).toEqual(['Ali Hameed']);
    expect(read('coffee with sam reed').personNames).toEqual(['Sam Reed']);
  });
});

describe('titles before a name', () => {
  it.each([
    ['Rang Mr R. Singh to thank him for his time', ['R. Singh']],
    ['Luncheon with Councillor Jim Pargeter on the 11th', ['Jim Pargeter']],
    ['Sent a thank-you card to Matron Efua Boateng for the reference', ['Efua Boateng']],
    ['met dr. helen brooks at the careers fair weds', ['Helen Brooks']],
    ['coffee with mr singh', ['Mr Singh']],
  ])('reads "%s" as %j', (line, names) => {
    expect(read(line).personNames).toEqual(names);
  });

  it('reads a role after a new name and a comma as no one', () => {
    const line =
      'Met a Mrs Beverley Nash, Honorary Treasurer of the Erdington Credit Union, at the fair';
    expect(read(line).personNames).toEqual(['Beverley Nash']);
  });
});
