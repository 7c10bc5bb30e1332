// How a one-line log reads what follows a name, notes naming several people, things given, who
// began, events and days: one table per class of misreading the held-out sets found.
import { describe, expect, it } from 'vitest';
import { parseLogLine } from './log-line.js';

// 2026-11-30 is a Monday.
const today = '2026-11-30';
const read = (line: string, mayBePerson?: (name: string) => boolean) =>
  parseLogLine(line, mayBePerson ? { today, mayBePerson } : { today });

describe('lower-case words after someone is named are no new person', () => {
  it.each([
    ["lunch with Anna from Revolut, asked if she'd look at my case studies", ['Anna']],
    ['call w Dan Fletcher, asked how he finds freelance clients', ['Dan Fletcher']],
    ['aisha karim replied on whatsapp with loads of tips, super helpful', ['Aisha Karim']],
    ['Evans got back to me with comments on the dashboard', ['Evans']],
  ])('reads only the person in "%s"', (line, names) => {
    expect(read(line, () => false).personNames).toEqual(names);
    expect(read(line).personNames).toEqual(names);
  });

  it('reads no person where someone is moving to', () => {
    expect(read("Tim - coffee - 6/11 - he's moving to Arup").personNames).toEqual(['Tim']);
  });

  it('still reads a later lower-case name the caller knows', () => {
    const known = (name: string) => name.toLowerCase() === 'ben';
    expect(read('coffee with Ana, then lunch with ben', known).personNames).toEqual(['Ana', 'Ben']);
  });

  it('never reads "if", "how" or "whether" as the start of a name', () => {
    expect(read('asked if she would look at it').personNames).toEqual([]);
  });
});

describe('several people in a note, or doing one thing together', () => {
  it.each([
    ['Maggie + Tom - drinks - last thurs', ['Maggie', 'Tom'], 'meeting', 'mutual'],
    [
      'Siobhan & Niamh - irish women in tech dinner event - 13/11',
      ['Siobhan', 'Niamh'],
      'event',
      'mutual',
    ],
    [
      "Sam O'Neil and Sam Patel both replied on linkedin",
      ["Sam O'Neil", 'Sam Patel'],
      'message',
      'inbound',
    ],
    ['Yusuf and Lee - both replied to my email', ['Yusuf', 'Lee'], 'email', 'inbound'],
    [
      'webinar by Fatima Zahra and Daniel Okoro on risk data',
      ['Fatima Zahra', 'Daniel Okoro'],
      'event',
      'mutual',
    ],
    [
      'DMd Emily Clarke and Emma Clark about the stats meetup',
      ['Emily Clarke', 'Emma Clark'],
      'message',
      'outbound',
    ],
  ])('reads "%s"', (line, names, channel, direction) => {
    expect(read(line)).toMatchObject({ personNames: names, channel, direction });
  });

  it('joins a lower-case name to a note only when the caller knows it', () => {
    const known = (name: string) => name.toLowerCase() === 'tom';
    expect(read('Maggie and tom - drinks', known).personNames).toEqual(['Maggie', 'Tom']);
    expect(read('Maggie and tom - drinks', () => false).personNames).toEqual([]);
  });
});

describe('what they gave, and what the user gave because they asked', () => {
  it.each([
    ['Shah sent me the Booking analytics case study pdf, 18/11', 'give', 'inbound'],
    ['Murphy sent me the SE interview prep doc', 'give', 'inbound'],
    ["Lee sent over his team's case study", 'give', 'inbound'],
    ['Ng replied - referral submitted', 'give', 'inbound'],
    ['Okoro replied on linkedin - happy to refer', 'give', 'inbound'],
    ['Taylor sent back CV comments, v detailed', 'give', 'inbound'],
    ['aisha karim replied on whatsapp with loads of tips', 'give', 'inbound'],
    ["Gareth (Admiral) said he'd pass my CV to their DS team lead", 'give', 'inbound'],
    ["Rob Singh - lunch fri - said he'd intro me to the D&A partner", 'give', 'mutual'],
    ["Margaret said she'd introduce me to the team, coffee on 18/11", 'give', 'mutual'],
    ['fletcher - subcontract offer on a dashboard project!! - email 24/11', 'give', 'inbound'],
    ['emailed olivia brown to chase feedback on the Tesco submission', 'follow-up', 'outbound'],
    ['davies - chaser email about the vacancy', 'follow-up', 'outbound'],
    ['nudge to Dev re mock interview date - whatsapp', 'follow-up', 'outbound'],
    ['Jo Bennett - sent her my portfolio link like she asked', 'give', 'outbound'],
    ['rachel - sent updated CV as requested', 'give', 'outbound'],
  ])('reads "%s" as %s, %s', (line, kind, direction) => {
    expect(read(line)).toMatchObject({ kind, direction });
  });

  it('reads news of a role, a job spec and an offer to ask around as a give', () => {
    expect(read('priya sent me a job spec').kind).toBe('give');
    expect(read('Liz Taylor rang this morning - Deloitte have an opening on her team').kind).toBe(
      'give',
    );
    expect(read("coffee with Priya tues, she'll check if the team is hiring")).toMatchObject({
      kind: 'give',
      direction: 'mutual',
    });
  });

  it("keeps an endorsement, a gone role and the user's own CV sent unasked apart from a give", () => {
    expect(read('Evans endorsed me for Power BI').kind).toBe('catch-up');
    expect(read("Devendra replied on linkedin, the platform role's gone").kind).toBe('catch-up');
    expect(read("zoom w priya shah re her team's hiring plans").kind).toBe('catch-up');
    expect(read('sent my CV to Holly Fenwick').kind).toBe('ask');
  });
});

describe('who began it, and video named in a note', () => {
  it.each([
    ['mark evans tesco - he called me re the BI manager opening', 'call', 'inbound'],
    ['Maggie teams-called me about PM contracts', 'video', 'inbound'],
    ["katie (bbc) whatsapp'd, there's a researcher role on her show", 'message', 'inbound'],
    ['gareth price - teams - actuarial to data science, 17/11', 'video', 'mutual'],
    ['emma clark lloyds - zoom - analytics mgr role', 'video', 'mutual'],
    ["lunch with Anna from Revolut, asked if she'd look at my case studies", 'meeting', 'mutual'],
    ['zoom w/ Maria G, asked her advice on switching into UX research', 'video', 'mutual'],
  ])('reads "%s" as %s, %s', (line, channel, direction) => {
    expect(read(line)).toMatchObject({ channel, direction });
  });

  it('still reads a call the user made, or an ask by message, as theirs', () => {
    expect(read('called Sam, asked about the role').direction).toBe('outbound');
    expect(read('asked Ana for a referral on linkedin').direction).toBe('outbound');
    expect(read('Ana - teams channel').channel).toBe('other');
  });
});

describe('a month or a weekday in a plan or an offer is no day logged', () => {
  it.each([
    ["cofee w/ Jo B this morning, she's hiring a senior analyst in jan", '2026-11-30'],
    ['Maggie teams-called me, NHS Digital has PM contracts coming up in Jan', '2026-11-30'],
    ['sam o - slack - re the dbt meetup in jan', '2026-11-30'],
    ['DMd Emily Clarke and Emma Clark about the stats meetup in jan', '2026-11-30'],
    ['lunch with Margaret Okafor in October', '2026-10-01'],
    ['met Chloé in Paris in September', '2026-09-01'],
    ['dev called me this morning, offered to do a mock interview w me on thurs', '2026-11-30'],
    ['Lee from skyscanner texted, grabbing coffee thurs', '2026-11-30'],
    ['coffee with Lee thurs, grabbing lunch next', '2026-11-26'],
  ])('dates "%s" %s', (line, day) => {
    expect(read(line).occurredOn).toBe(day);
  });
});

describe("a favour done at the contact's request is the user's give", () => {
  it.each([
    ['sent georgia the freelance brief template she asked for'],
    ['sent Ben the deck he asked for'],
    ["mark evans asked for a second pair of eyes on his team's dashboard, sent him my feedback"],
    ['fatima emailed asking for a sample of my writing, sent her my dissertation chapter'],
    ['emma at lloyds texted asking for my cv for the analytics mgr role, sent it over'],
  ])('reads "%s" as a give from the user', (line) => {
    expect(read(line, () => true)).toMatchObject({ kind: 'give', direction: 'outbound' });
  });

  it('keeps the user asking, then sending their own work, an ask', () => {
    expect(read('asked Emily Clarke for feedback, sent her my portfolio').kind).toBe('ask');
    expect(read("Katie asked if I'd talk to her team about analytics")).toMatchObject({
      kind: 'ask',
      direction: 'inbound',
    });
  });

  it('reads a contact asking whether the user would take on paid work as an offer', () => {
    const line = "alexandra r emailed asking if i'd do a 3 month contract on bupa's data strategy";
    expect(read(line)).toMatchObject({ kind: 'give', direction: 'inbound' });
  });
});

describe('a note whose dash comes before what the user did', () => {
  it.each([
    ['priya @ booking.com - asked about the product analyst opening via linkedin', 'outbound'],
    ["gonzalez @ canva - msg'd to congratulate on new role", 'outbound'],
    ['Sam and Lee - both replied', 'inbound'],
    ['Nat from the bootcamp messaged me', 'inbound'],
  ])('reads "%s" as %s', (line, direction) => {
    expect(read(line, () => true).direction).toBe(direction);
  });
});

describe('news of a role, a favour under way, and asking again', () => {
  it.each([
    ['sophie from bright network rang me about a grad scheme at aviva', 'give'],
    ['olivia brown called - interview booked w the client for thurs', 'give'],
    ['rachel lowe rang, 2nd stage interview booked for next wed', 'catch-up'],
    ['devendra mistry is referring me at northwind!!', 'give'],
    ['anna k from revolut went thru my cv, loads of notes', 'give'],
    ['alex m at meta emailed, the ds role got filled internally :(', 'catch-up'],
    ['owen davies msgd me on LI to say congrats on the new contract', 'catch-up'],
    ['carter (accenture) - bumped my email from last month', 'follow-up'],
    ['pinged alex morgan again on linkedin, 2nd time asking abt meta ds roles', 'follow-up'],
    ['sent wei chen and hannah schmidt the ML paper from pydata', 'give'],
    ['sent emma clark at lloyds a good piece on credit risk models', 'give'],
  ])('reads "%s" as %s', (line, kind) => {
    expect(read(line).kind).toBe(kind);
  });
});

describe('an event is the channel where the contact happened there, not where it is referred to', () => {
  it.each([
    ['fatima zahra ofcom - met her at the econ policy talk on tues', 'event'],
    ['met ana at the spotify data talk sat', 'event'],
    ['followed up w robert singh and liz taylor after the big 4 panel', 'other'],
    ['daniel okoro barclays thanked me for passing on the risk conference tix', 'other'],
    ['margaret okafor sent a lovely thank u for the workshop', 'other'],
    ['thanked hollie over email for running the cv workshop', 'email'],
    ['bumped into Devendra at Manchester Tech Festival', 'event'],
    ['met ben at a fintech drinks thing wed', 'event'],
    ['followed up w ellie from the careers fair - no answer to my first email', 'other'],
    ['chased benjamin carter again, still nothing on my email from 2 wks ago', 'email'],
    ['met Priyanka at the pydata thing last thurs', 'event'],
  ])('reads "%s" as %s', (line, channel) => {
    expect(read(line).channel).toBe(channel);
  });
});

describe('a day that belongs to something else the line names', () => {
  it.each([
    ['chased benjamin carter again, still nothing on my email from 2 wks ago', '2026-11-30'],
    ['followed up w niamh after our call last wk', '2026-11-30'],
    ["singh - thank you email sent for yesterday's advice", '2026-11-30'],
    ['jose alvarez glovo video chat wed re his analytics mgr move', '2026-11-25'],
    ['sam called fri', '2026-11-27'],
    ['met a guy called Sun', '2026-11-30'],
  ])('dates "%s" %s', (line, day) => {
    expect(read(line).occurredOn).toBe(day);
  });
});
