// How a one-line log reads Scots words ("tae", "baith", "ma"), who someone is set apart before
// what they did ("Name (my cousin's friend …) whatsapped me", "Name who I met at … texted me"),
// two people at a gathering opening a note, a meeting still ahead, thanks for something said at
// an event, a reply to the user’s email, a month after "in", Taglish and Scouse (ADR 0063); days
// marked inst., ult. and prox., a time before a day and bare verbs of what was done (ADR 0064).
import { describe, expect, it } from 'vitest';
import { read, today } from '../../test/log-line-fields.js';

describe('Scots words', () => {
  it.each([
    ['thx note tae Aisha on LI Fri for the mock', [['Aisha'], '2026-11-27', 'message', 'outbound']],
    [
      'ta tae Ben Ng n Lee Wong for the refs, emailed baith',
      [['Ben Ng', 'Lee Wong'], today, 'email', 'outbound'],
    ],
    [
      'Fiona Grant, ma old line manager, emailed yday wi a contract lead',
      [['Fiona Grant'], '2026-11-29', 'email', 'inbound'],
    ],
  ])('reads "%s"', (line, expected) => {
    expect(read(line)).toEqual(expected);
  });

  it('keeps "Tae" in capitals as a name', () => {
    expect(read('coffee with Tae Kim on Friday')[0]).toEqual(['Tae Kim']);
  });
});

describe('who someone is, before what they did', () => {
  it.each([
    [
      'Nasreen Ali (my sister-in-law who works at the council) whatsapped me the grad scheme link',
      [['Nasreen Ali'], today, 'message', 'inbound'],
    ],
    [
      'Tobi Adeyemi who I met at the fintech fair emailed me a referral form yesterday',
      [['Tobi Adeyemi'], '2026-11-29', 'email', 'inbound'],
    ],
  ])('reads "%s"', (line, expected) => {
    expect(read(line)).toEqual(expected);
  });
});

describe('two people at a gathering', () => {
  it.each([
    [
      'Wei and Ana from Monzo were both at the product meetup on the 24th',
      [['Wei', 'Ana'], '2026-11-24', 'event', 'mutual'],
    ],
    [
      'last wk - Ben Ng and Lee Wong at the Leeds data mixer',
      [['Ben Ng', 'Lee Wong'], '2026-11-23', 'event', 'mutual'],
    ],
  ])('reads "%s"', (line, expected) => {
    expect(read(line)).toEqual(expected);
  });
});

describe('what is still ahead', () => {
  it.each([
    [
      'Ana Lopez put me in touch with her lead, we are meant to chat on the 4th',
      [['Ana Lopez'], today, 'other', 'inbound'],
    ],
    [
      'on the 19th Ben Ng introduced me to his manager, I have a call with her on the 3rd',
      [['Ben Ng'], '2026-11-19', 'other', 'inbound'],
    ],
    [
      'Lee Wong replied to my cold email on Thurs, happy to do a 15 min call sometime',
      [['Lee Wong'], '2026-11-26', 'email', 'inbound'],
    ],
    // Told by Sam, with no meeting named: he got in touch (decision 0127).
    ['Sam Patel said to ping him in Jan', [['Sam Patel'], today, 'other', 'inbound']],
  ])('reads "%s"', (line, expected) => {
    expect(read(line)).toEqual(expected);
  });

  it('still reads a past month when the user went', () => {
    expect(read('I went to meet Sam Patel in Jan')[1]).toBe('2026-01-01');
  });

  it('reads "my old Saturday job" as no day', () => {
    expect(read('lunch with Omar Ali from my old Saturday job')[1]).toBe(today);
  });
});

describe('channels', () => {
  it.each([
    [
      'dropped Ana Lopez a message to say thanks for the tips at the meetup',
      [['Ana Lopez'], today, 'message', 'outbound'],
    ],
    [
      'Emma Clark emailed on the 26th saying thanks for my question at the webinar',
      [['Emma Clark'], '2026-11-26', 'email', 'inbound'],
    ],
    [
      'thanked Omar Ali on facebook messenger for the reference',
      [['Omar Ali'], today, 'message', 'outbound'],
    ],
    ['Dan liked my post on the careers fair', [['Dan'], today, 'social', 'inbound']],
    [
      "went to Emily Clarke's talk on labour market data last week",
      [['Emily Clarke'], '2026-11-23', 'event', 'mutual'],
    ],
  ])('reads "%s"', (line, expected) => {
    expect(read(line)).toEqual(expected);
  });

  it('reads someone described who wrote back as getting in touch', () => {
    expect(read('the recruiter from Hays texted back, keen to meet in Jan').slice(1)).toEqual([
      today,
      'message',
      'inbound',
    ]);
  });
});

describe('Taglish and Scouse', () => {
  it.each([
    [
      'nag coffee kami ni Rhea Dizon kahapon sa Ancoats',
      [['Rhea Dizon'], '2026-11-29', 'meeting', 'mutual'],
    ],
    ['nag-like ako ng post ni Ben Ng about NHS data', [['Ben Ng'], today, 'social', 'outbound']],
    ['thanked Ate Grace by text kanina for the CV tips', [['Grace'], today, 'message', 'outbound']],
    [
      'chika w Lee Wong at the health tech event last Wed',
      [['Lee Wong'], '2026-11-25', 'event', 'mutual'],
    ],
    ['sent me portfolio to Ana Lopez Weds', [['Ana Lopez'], '2026-11-25', 'other', 'outbound']],
    [
      'walked round the Bluecoat show w Omar Ali Sat',
      [['Omar Ali'], '2026-11-28', 'event', 'mutual'],
    ],
  ])('reads "%s"', (line, expected) => {
    expect(read(line)).toEqual(expected);
  });

  it('leaves "sent me the link" as something sent to the user', () => {
    expect(read('Ana Lopez sent me the link')[3]).toBe('inbound');
  });
});

describe('more of who someone is, and what an event left', () => {
  it.each([
    [
      'Tom Reeve the data guy replied to my email about contracting',
      [['Tom Reeve'], today, 'email', 'inbound'],
    ],
    ['tried calling Ben Ng this morning, no answer', [['Ben Ng'], today, 'call', 'outbound']],
    ['Omar Ali sent a thanks on teams for the slides', [['Omar Ali'], today, 'message', 'inbound']],
    [
      'Lee Wong emailed Tues with the brief for the meetup posters',
      [['Lee Wong'], '2026-11-24', 'email', 'inbound'],
    ],
    [
      'Ana Lopez emailed me the case study she mentioned at the meetup',
      [['Ana Lopez'], today, 'email', 'inbound'],
    ],
    [
      "thanked Ben Ng on WhatsApp this morning for Saturday's coffee",
      [['Ben Ng'], today, 'message', 'outbound'],
    ],
  ])('reads "%s"', (line, expected) => {
    expect(read(line)).toEqual(expected);
  });
});

describe('English after Polish, and what a line says ahead or before', () => {
  it.each([
    ['coffee in Saturday with Omar Ali', [['Omar Ali'], '2026-11-28', 'meeting', 'mutual']],
    [
      'Lee Wong from Arup and me had call in Thursday',
      [['Lee Wong'], '2026-11-26', 'call', 'mutual'],
    ],
    ['Ben Ng had video with me in Wednesday', [['Ben Ng'], '2026-11-25', 'video', 'mutual']],
    [
      'Kevin Osei who organise the data meetup asked me if I can give a talk in January',
      [['Kevin Osei'], today, 'other', 'inbound'],
    ],
    [
      'Ana Lopez replied me on LinkedIn, no time for coffee now',
      [['Ana Lopez'], today, 'message', 'inbound'],
    ],
    [
      'Omar Ali replied me by email in Tuesday - she can do 20 minutes call with me',
      [['Omar Ali'], '2026-11-24', 'email', 'inbound'],
    ],
    [
      'Helen Marsh wrote my reference, she emailed it to me yesterday',
      [['Helen Marsh'], '2026-11-29', 'email', 'inbound'],
    ],
    [
      'Lena Fischer sent me connection request on LinkedIn',
      [['Lena Fischer'], today, 'social', 'inbound'],
    ],
    [
      'emailed Ana Lopez a follow up, nothing since she forwarded my CV on 13.11',
      [['Ana Lopez'], today, 'email', 'outbound'],
    ],
    [
      'Efua Mensah texted asking if I can help on the coat drive on the 12th',
      [['Efua Mensah'], today, 'message', 'inbound'],
    ],
    [
      'Ben Ng at the carol concert fundraiser on Thursday',
      [['Ben Ng'], '2026-11-26', 'event', 'mutual'],
    ],
  ])('reads "%s"', (line, expected) => {
    expect(read(line)).toEqual(expected);
  });

  it('reads "our Polish Saturday school" as no day', () => {
    expect(read('coffee with Rafał Nowicki from our Polish Saturday school')[1]).toBe(today);
  });
});

describe('English after Portuguese, and Yorkshire', () => {
  it.each([
    [
      'I charged Sam Patel by whatsapp about the referral, nothing yet',
      [['Sam Patel'], today, 'message', 'outbound'],
    ],
    [
      'I remembered Mark Evans by email about the referral',
      [['Mark Evans'], today, 'email', 'outbound'],
    ],
    ['Chidi sent me a zap with the link', [['Chidi'], today, 'message', 'inbound']],
    ['gave a like in Katie Morris post', [['Katie Morris'], today, 'social', 'outbound']],
    [
      'Omar Ali invited me by email to test their new website',
      [['Omar Ali'], today, 'email', 'inbound'],
    ],
    [
      'Zoe Martin asked me by whatsapp to speak at the meetup',
      [['Zoe Martin'], today, 'message', 'inbound'],
    ],
    [
      'I wrote an email to Aisha Khan asking for a coffee',
      [['Aisha Khan'], today, 'email', 'outbound'],
    ],
    [
      'asked Kate Morrison by email if she can look my CV before the interview of friday',
      [['Kate Morrison'], today, 'email', 'outbound'],
    ],
    ['Yusuf Demir and me did a call on 25/11', [['Yusuf Demir'], '2026-11-25', 'call', 'mutual']],
    ["coffee wi' Ben Ng on t' 19th", [['Ben Ng'], '2026-11-19', 'meeting', 'mutual']],
    [
      "ey up, Paul Beighton from NG Bailey on t' phone this morning",
      [['Paul Beighton'], today, 'call', 'mutual'],
    ],
    [
      "Futurebuild webinar Tues, Thomas Wright were on t' panel",
      [['Thomas Wright'], '2026-11-24', 'event', 'mutual'],
    ],
  ])('reads "%s"', (line, expected) => {
    expect(read(line)).toEqual(expected);
  });
});

describe('dictated notes, and English after Spanish', () => {
  it.each([
    ['um so Olivia Brown rang this afternoon', [['Olivia Brown'], today, 'call', 'inbound']],
    ['oh new one Carys Jenkins emailed me', [['Carys Jenkins'], today, 'email', 'inbound']],
    [
      'Rachel the recruiter from Booking.com told me by email the role is closed',
      [['Rachel'], today, 'email', 'inbound'],
    ],
    [
      'had a reunion with Joanne Bennett in Teams on Thursday',
      [['Joanne Bennett'], '2026-11-26', 'video', 'mutual'],
    ],
    [
      'Emily Clarke thanked me in Linkedin for sharing her post',
      [['Emily Clarke'], today, 'message', 'inbound'],
    ],
    [
      'Joanne Bennett sent me a dataset, she is a sun',
      [['Joanne Bennett'], today, 'other', 'inbound'],
    ],
    [
      'went to the Xero roadshow on the 24th and had a chat with Emma Clark',
      [['Emma Clark'], '2026-11-24', 'event', 'mutual'],
    ],
    [
      'Nathan Cole messaged me, he needs his VAT return sorting before the seventh of January',
      [['Nathan Cole'], today, 'message', 'inbound'],
    ],
  ])('reads "%s"', (line, expected) => {
    expect(read(line)).toEqual(expected);
  });
});

describe('group-chat notes, and English after Arabic', () => {
  it.each([
    [
      'ana lopez sent me the careers page on whatsapp bc she saw i was looking',
      [['Ana Lopez'], today, 'message', 'inbound'],
    ],
    ['sent ben ng a thank u email for tues', [['Ben Ng'], today, 'email', 'outbound']],
    [
      "gareth price dm'd me the temp role listing, starts 4th jan",
      [['Gareth Price'], today, 'message', 'inbound'],
    ],
    [
      "intro'd by marcus bell to a founder friend over email",
      [['Marcus Bell'], today, 'email', 'inbound'],
    ],
    [
      'Lee Jordan asked me by email if I can speak at their network lunch',
      [['Lee Jordan'], today, 'email', 'inbound'],
    ],
    [
      'I wrote Ana Lopez an email on Wednesday to ask for a 20 minutes call',
      [['Ana Lopez'], '2026-11-25', 'email', 'outbound'],
    ],
    [
      'I thanked Chidi with a whatsapp message, I told him I owe him a dinner',
      [['Chidi'], today, 'message', 'outbound'],
    ],
    [
      'Alex Morgan wrote me in Messenger about a role',
      [['Alex Morgan'], today, 'message', 'inbound'],
    ],
    [
      'I commented congratulations on the post of Mark Evans',
      [['Mark Evans'], today, 'social', 'outbound'],
    ],
  ])('reads "%s"', (line, expected) => {
    expect(read(line)).toEqual(expected);
  });
});

describe('Welsh word order, and more of who someone is', () => {
  it.each([
    [
      'Bore da! Phoning Dev Mistry I was last night, lovely chat',
      [['Dev Mistry'], '2026-11-29', 'call', 'outbound'],
    ],
    [
      'I was phoning Gareth Price Thursday night to ask would he put in a word',
      [['Gareth Price'], '2026-11-26', 'call', 'outbound'],
    ],
    ['Had a Teams with Kate Morrison Tues', [['Kate Morrison'], '2026-11-24', 'video', 'mutual']],
    ['Diolch text from Gareth for the bara brith', [['Gareth'], today, 'message', 'inbound']],
    [
      'Met a lovely Geraint Lewis at the agri-tech conference on the 19th',
      [['Geraint Lewis'], '2026-11-19', 'event', 'mutual'],
    ],
    [
      'Thanked Marcus Bell on LinkedIn for the mention in his post',
      [['Marcus Bell'], today, 'message', 'outbound'],
    ],
    [
      'Lauren Tierney a recruiter from Harvey Nash rang this morning',
      [['Lauren Tierney'], today, 'call', 'inbound'],
    ],
    [
      'Jonny Ashworth my old tutor from the bootcamp emailed',
      [['Jonny Ashworth'], today, 'email', 'inbound'],
    ],
    [
      'Declan Byrne emailed asking me to speak on their panel',
      [['Declan Byrne'], today, 'email', 'inbound'],
    ],
    [
      'careers fair - Seun Bakare was on the research stand, we talked for ages - 14/11',
      [['Seun Bakare'], '2026-11-14', 'event', 'mutual'],
    ],
  ])('reads "%s"', (line, expected) => {
    expect(read(line)).toEqual(expected);
  });

  it('keeps "a brilliant" before a product in capitals', () => {
    expect(read('Femi sent me a brilliant Articulate Storyline template')[0]).toEqual(['Femi']);
  });
});

describe('round 21: days marked inst., ult. and prox., a time before the day, bare verbs, a video by its day', () => {
  it.each([
    [
      'Emailed Felix Okonjo my CV, 19th inst.',
      [['Felix Okonjo'], '2026-11-19', 'email', 'outbound'],
    ],
    [
      'Legal Geek, 14th ult.: met Niamh Kelly at the product stand',
      [['Niamh Kelly'], '2026-10-14', 'event', 'mutual'],
    ],
    [
      'Catriona Blair (PM coach, paid): first session by video, 19:00 Weds 28th ult.',
      [['Catriona Blair'], '2026-10-28', 'video', 'mutual'],
    ],
    [
      'Margaret Okafor, lunch 13:00 Weds 18th, Whitehall.',
      [['Margaret Okafor'], '2026-11-18', 'meeting', 'mutual'],
    ],
    [
      'Att: Gareth Price (Admiral), call 17:00 Weds. Claims data. Pleasant.',
      [['Gareth Price'], '2026-11-25', 'call', 'mutual'],
    ],
    [
      'Kate Morrison from Sky reply my email, she too busy this month',
      [['Kate Morrison'], today, 'email', 'inbound'],
    ],
    [
      'Benjamin Carter accept my connection request',
      [['Benjamin Carter'], today, 'social', 'inbound'],
    ],
    ['Fatima Zahra follow me on LinkedIn', [['Fatima Zahra'], today, 'social', 'inbound']],
    [
      'I email Kate Morrison the dashboard I build',
      [['Kate Morrison'], today, 'email', 'outbound'],
    ],
    [
      'Emma Clark video 18/11 about Lloyds analytics apprenticeship',
      [['Emma Clark'], '2026-11-18', 'video', 'mutual'],
    ],
    [
      'Word from Ana Lopez: Spotify have frozen hiring til Q2.',
      [['Ana Lopez'], today, 'other', 'inbound'],
    ],
  ])('reads "%s"', (line, expected) => {
    expect(read(line)).toEqual(expected);
  });

  it('takes next month’s day as a plan, and "Sat next to" as the verb', () => {
    expect(read('Chloe Dubois emailed Weds: Paris meetup 15th prox.; invited me to speak')[1]).toBe(
      '2026-11-25',
    );
    expect(read('Grand Night, Thurs 19th inst. Sat next to Declan Moore.').slice(0, 2)).toEqual([
      ['Declan Moore'],
      '2026-11-19',
    ]);
  });

  it('keeps a video that was sent, and "Sat" before what happened on Saturday', () => {
    expect(read('Ana sent me a video about interviews')[2]).toBe('other');
    expect(read('coffee with Ana Sat in the morning')[1]).toBe('2026-11-28');
  });
});

describe('round 22: a duty log’s shorthand, police ranks, Japanese honorifics', () => {
  it.each([
    [
      'Fri 20th - thank-you email rcvd fm Katie Morris re the notes. Nice touch.',
      [['Katie Morris'], '2026-11-20', 'email', 'inbound'],
    ],
    [
      'Thurs 12/11. Tel call rcvd fm DC Kevin Boyle, old shift pal. Catch-up.',
      [['Kevin Boyle'], '2026-11-12', 'call', 'inbound'],
    ],
    [
      'Sat eve, wee blether w/ Siobhan Murphy on WhatsApp re Stripe.',
      [['Siobhan Murphy'], '2026-11-28', 'message', 'mutual'],
    ],
    [
      'Friday past emailed Alexandra Reid, Head of Data at Bupa, cold.',
      [['Alexandra Reid'], '2026-11-27', 'email', 'outbound'],
    ],
    ['Thanked Ana-san for Saturday call by WhatsApp', [['Ana'], today, 'message', 'outbound']],
  ])('reads "%s"', (line, expected) => {
    expect(read(line)).toEqual(expected);
  });

  it('keeps radio in capitals, and a rank’s letters before a shop', () => {
    expect(read('messaged Ana Lopez about the FM breakfast show')[0]).toEqual(['Ana Lopez']);
    expect(read('bought a laptop at PC World with Ana Lopez')[0]).toEqual(['Ana Lopez']);
  });
});
