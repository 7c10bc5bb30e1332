// How a one-line log reads notes clipped like a soldier's, full sentences with odd capitals and
// an English learner's plain verbs: times on the 24-hour clock, "fm", "n" for "and", a meal then
// a comma, workplaces and common nouns that are no second person. One table per class.
import { describe, expect, it } from 'vitest';
import { parseLogLine } from './log-line.js';
import { mendPlainWords } from './log-line-plain-words.js';

// 2026-11-30 is a Monday.
const today = '2026-11-30';
const workplaces = ['kpmg', 'tesco', 'skyscanner', 'admiral', 'hays', 'bbc', 'leeds data co'];
const known = ['sam patel', 'wei chen'];
const read = (line: string) =>
  parseLogLine(line, {
    today,
    mayBePerson: (name) => known.includes(name.toLowerCase()),
    isWorkplace: (name) => workplaces.includes(name.toLowerCase()),
  });

describe('a time of day on the 24-hour clock', () => {
  it.each([
    [
      '1700 - Emma Clark (Lloyds) called back. Role filled internally',
      '2026-11-30',
      ['Emma Clark'],
    ],
    ['Thu 1900 - pint w/ Gareth Price', '2026-11-26', ['Gareth Price']],
    ['Wed 1200 lunch w/ Benjamin Carter. Useful', '2026-11-25', ['Benjamin Carter']],
    ['1030 call w/ Daniel Okoro re PM roles at Barclays', '2026-11-30', ['Daniel Okoro']],
    ['Fri: Priya D (Monzo) sent 3 DS intern roles', '2026-11-27', ['Priya D']],
    ['Sam at Ocado emailed Fri: intro made to their PMO head', '2026-11-27', ['Sam']],
    [
      'Lunch, Owen Davies (Admiral), Thu. He offered to put my CV forward',
      '2026-11-26',
      ['Owen Davies'],
    ],
  ])('reads "%s" as on %s', (line, date, names) => {
    const parsed = read(line);
    expect(parsed.occurredOn).toBe(date);
    expect(parsed.personNames).toEqual(names);
  });

  it('leaves a year after "in" as a year', () => {
    expect(read('coffee with Ana in 2025').occurredOn).toBe('2026-11-30');
  });
});

describe('shorthand and plain verbs mended first', () => {
  it.each([
    [
      'Rcvd email fm Olivia Brown - spec attached',
      'received email from Olivia Brown - spec attached',
    ],
    ['lunch w chidi n wei last wk', 'lunch w chidi and wei last wk'],
    [
      'Coffee, Siobhan M (Stripe). She offered mock interviews',
      'Coffee with Siobhan M (Stripe). She offered mock interviews',
    ],
    ['Chidi introduce me to her manager', 'Chidi introduced me to her manager'],
    [
      'Gareth Price make intro for me to head of pricing',
      "Gareth Price intro'd me to head of pricing",
    ],
    [
      'Wei Chen say me on linkedin that ARM is hiring',
      'Wei Chen told me on linkedin that ARM is hiring',
    ],
    ['send Joanne the article what she ask for', 'sent Joanne the article what she asked for'],
    ['Please send me the spec', 'Please send me the spec'],
    ['um emailed Olivia Brown at Hays', 'emailed Olivia Brown at Hays'],
    ['erm, texted Sam… umm asked about the role', 'texted Sam… asked about the role'],
    ['lunch with Uma at the umbrella stand, hmm', 'lunch with Uma at the umbrella stand, '],
    ['thank u email to chidi', 'thank u email to chidi'],
  ])('mends "%s"', (line, mended) => {
    expect(mendPlainWords(line)).toBe(mended);
  });

  it.each([
    [
      'Rcvd email fm Olivia Brown 0815 - 6 mo PM contract. Spec attached',
      ['Olivia Brown'],
      'email',
    ],
    ['Requested a reference fm Robert Singh by email', ['Robert Singh'], 'email'],
    ['Zoe Martin introduce me to her team lead on linkedin', ['Zoe Martin'], 'message'],
    ['Thomas Wright very kindly reviewed my proposal over email', ['Thomas Wright'], 'email'],
    ['Lucy Patel Emailed me the AstraZeneca Graduate Handbook', ['Lucy Patel'], 'email'],
    ['emailed a Dr Imogen Fairley at UCL about her archive', ['Imogen Fairley'], 'email'],
    ['0930 coffee w/ new contact: Craig Munro, now PM at BAE', ['Craig Munro'], 'meeting'],
    ['Wkly check-in call w/ mentor Ben Ng 0800. Covered stakeholder mgmt', ['Ben Ng'], 'call'],
  ])('reads "%s" instead of throwing', (line, names, channel) => {
    const parsed = read(line);
    expect(parsed.personNames).toEqual(names);
    expect(parsed.channel).toBe(channel);
  });
});

describe('words that are no second person', () => {
  it.each([
    ['LinkedIn msg from Robert Singh, KPMG, re grad open day', ['Robert Singh']],
    ['Mtg w Mark Evans, Tesco BI - he will host shadow days', ['Mark Evans']],
    ['Zoom w/ Lee Jordan, Skyscanner. Discussed apprenticeships', ['Lee Jordan']],
    ['Called Dan Fletcher to ask him to act as referee for Hays contract', ['Dan Fletcher']],
    ['Req to Emma Clark (Lloyds) for 5 volunteer CV reviewers for Jan clinic', ['Emma Clark']],
    ['Liz Taylor emailed me a link to their Associate Programme for Clinicians', ['Liz Taylor']],
    ['Priya Shah from Booking send me email with salary range', ['Priya Shah']],
    ['met Fiona at the PM meetup, Fiona Walsh from Capita, swapped numbers', ['Fiona Walsh']],
  ])('reads "%s" as %j', (line, names) => {
    expect(read(line).personNames).toEqual(names);
  });

  it.each([
    'meeting with somebody from Revolut HR, I dont remember the name',
    "coffee w some guy from ocado's data team lol didnt get his name",
  ])('asks who "%s" means', (line) => {
    expect(read(line).people[0]?.described).toBe(true);
  });

  it('reads "n" between two people as "and"', () => {
    expect(read('lunch w sam patel n wei chen fri').personNames).toEqual(['Sam Patel', 'Wei Chen']);
  });
});

describe('an event the contact cannot make or will run is no event', () => {
  it.each([
    ["Owen D (Admiral) phoned - can't do 9 Dec panel after all", 'call'],
    ["Ana L, Spotify - emailed me: can't make the data panel", 'email'],
    ['Email to Gareth Price asking him to speak at our actuarial careers evening', 'email'],
  ])('reads "%s" as a %s', (line, channel) => {
    expect(read(line).channel).toBe(channel);
  });

  it.each([
    'Text from Dan Fletcher - happy to run a freelancing workshop in spring',
    'Text from Fatima Z - can do a mock interview in Dec',
    '0900 Teams w/ Maggie O. re PMO vacancies. She to fwd JD by COB',
  ])('reads time or a thing offered in "%s" as a give', (line) => {
    expect(read(line).kind).toBe('give');
  });
});

describe('a deadline, an expo and someone unnamed further from the verb', () => {
  it('reads a weekday after "deadline is" as no date', () => {
    const line = 'Anna K messaged me the Revolut designer opening, deadline is friday';
    expect(read(line).occurredOn).toBe('2026-11-30');
  });

  it.each([
    ['Bumped into Benjamin Carter on the Accenture stand at NHS ConfedExpo', 'event'],
    ['Met Owen and Gareth from Admiral at Cardiff tech week', 'event'],
  ])('reads "%s" as an %s', (line, channel) => {
    expect(read(line).channel).toBe(channel);
  });

  it('reads someone from a team named at length as getting in touch', () => {
    const line = 'Someone from the KPMG Health team rang me back today';
    expect(read(line).direction).toBe('inbound');
  });
});
