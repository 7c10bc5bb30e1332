// How a one-line log reads a message "off" someone, bare verbs done to the user ("Owen wa me",
// "Yusuf say"), a message whose sender then says something, a diary's opening weekday before what
// was had, "ytd", chats and huddles, LinkedIn connects, a cuppa, and job initials (ADR 0062).
import { describe, expect, it } from 'vitest';
import { parseLogLine } from './log-line.js';
import { read, today } from '../../test/log-line-fields.js';

describe('what came to the user', () => {
  it.each([
    [
      'Whatsapp off Aisha Khan, she is sending the job spec',
      [['Aisha Khan'], today, 'message', 'inbound'],
    ],
    [
      'Missed a call off Kate Morrison, will ring back',
      [['Kate Morrison'], today, 'call', 'inbound'],
    ],
    [
      'Owen Davies wa me, Admiral need a contractor',
      [['Owen Davies'], today, 'message', 'inbound'],
    ],
    [
      'Devendra Mistry thank me on Teams chat for the mock interview',
      [['Devendra Mistry'], today, 'message', 'inbound'],
    ],
    [
      'Priya Shah msg on Slack say thanks for the python tips',
      [['Priya Shah'], today, 'message', 'inbound'],
    ],
    [
      'Elizabeth Taylor LI msg, ask if I free for a chat',
      [['Elizabeth Taylor'], today, 'message', 'inbound'],
    ],
    [
      'Farah Aziz from the dbt Slack community msg me, she want collab',
      [['Farah Aziz'], today, 'message', 'inbound'],
    ],
  ])('reads "%s"', (line, expected) => {
    expect(read(line)).toEqual(expected);
  });

  it('keeps a bare verb after "shed" or "hed" for what they will do', () => {
    expect(read('Olivia Brown said shed introduce me to the events lead')[3]).toBe('inbound');
    expect(read('Olivia Brown said shed introduce me to the events lead')[2]).toBe('other');
  });

  it('puts a name and the bare verb of what they said in the past', () => {
    expect(
      read('Yusuf Demir say Trainline opening one analytics role, he will send the link'),
    ).toEqual([['Yusuf Demir'], today, 'other', 'inbound']);
  });
});

describe('what the user did, in a bare verb', () => {
  it.each([
    ['chase Marcus Bell on LinkedIn about the CV', [['Marcus Bell'], today, 'message', 'outbound']],
    ['nudge Olivia Brown re the contract', [['Olivia Brown'], today, 'other', 'outbound']],
    ['dm Marcus Bell about the meetup', [['Marcus Bell'], today, 'message', 'outbound']],
  ])('reads "%s"', (line, expected) => {
    expect(read(line)).toEqual(expected);
  });
});

describe('days', () => {
  it.each([
    ['Fri drinks with Gareth Price', [['Gareth Price'], '2026-11-27', 'meeting', 'mutual']],
    ['Mon coffee with Gareth Price', [['Gareth Price'], '2026-11-23', 'meeting', 'mutual']],
    [
      'Lucy Patel call ytd about the data lead job',
      [['Lucy Patel'], '2026-11-29', 'call', 'mutual'],
    ],
    ['call with Lucy Patel YTD', [['Lucy Patel'], '2026-11-29', 'call', 'mutual']],
  ])('reads "%s"', (line, expected) => {
    expect(read(line)).toEqual(expected);
  });

  it('leaves a year to date of figures alone', () => {
    expect(read('call with Lucy Patel about YTD revenue')[1]).toBe(today);
  });

  it('reads a month beside an opening as one still to come', () => {
    expect(read('Yusuf Demir said Trainline are opening a role in Jan')[1]).toBe(today);
  });
});

describe('channels', () => {
  it.each([
    ['teams chat with Devendra Mistry', 'message'],
    ['slack huddle w Aisha Khan about a career switch', 'call'],
    ['a wee huddle with Aisha Khan at the mixer', 'event'],
    ['LinkedIn connect w Sophie Turnbull after her talk', 'social'],
    ['LI connect request to Rachel Lowe', 'social'],
    ['Cwtch and a cuppa with Siobhan Murphy in Roath', 'meeting'],
    ['kopi w Chidi Eze near the office', 'meeting'],
    ['Niamh Kelly emailed me back, set coffee for 03/12', 'email'],
    [
      "Ceri Lloyd from the Chamber emailed me the slides from Thursday's networking breakfast",
      'email',
    ],
  ])('reads "%s" as %s', (line, channel) => {
    expect(read(line)[2]).toBe(channel);
  });
});

describe('job initials', () => {
  it('reads "DE" as a job, not the start of someone\'s name', () => {
    expect(
      read('Daniel Okoro LI msg, say Barclays risk team looking for DE, he can refer', [
        'daniel okoro',
        'de',
      ])[0],
    ).toEqual(['Daniel Okoro']);
  });
});

describe('English learned after German', () => {
  it.each([
    [
      'Chased Olivia Brown (Hays) Fr. about the contract',
      [['Olivia Brown'], '2026-11-27', 'other', 'outbound'],
    ],
    [
      'Termin with Marcus Bell at Starling Do., he told about the early times',
      [['Marcus Bell'], '2026-11-26', 'meeting', 'mutual'],
    ],
    [
      'Video Call with Ana Lopez Di., she showed me their checks',
      [['Ana Lopez'], '2026-11-24', 'video', 'mutual'],
    ],
    ['So. long call with Ben Ng', [['Ben Ng'], '2026-11-29', 'call', 'mutual']],
    [
      'Pinged Rachel Lowe again per Mail about the feedback',
      [['Rachel Lowe'], today, 'email', 'outbound'],
    ],
    [
      'Have sent Sam Patel the job ad from Ocado, fits him',
      [['Sam Patel'], today, 'other', 'outbound'],
    ],
    [
      'Have thanked Lucy Patel per Mail for the Mock Interview on Fr.',
      [['Lucy Patel'], today, 'email', 'outbound'],
    ],
    [
      'Became from Siobhan Murphy per Mail the referral link',
      [['Siobhan Murphy'], today, 'email', 'inbound'],
    ],
    [
      'We have met, Thomas Wright and me, at the ISTQB Meetup on 19.11.',
      [['Thomas Wright'], '2026-11-19', 'event', 'mutual'],
    ],
    [
      'José Álvarez (Glovo), Video with him and his boss on 13.11.',
      [['José Álvarez'], '2026-11-13', 'video', 'mutual'],
    ],
  ])('reads "%s"', (line, expected) => {
    expect(read(line)).toEqual(expected);
  });

  it('leaves Mo and Di as names after "with", and Fr. before a name as a title', () => {
    expect(read('lunch with Mo. Nice to catch up')[1]).toBe(today);
    expect(read('coffee with Fr. Murphy at the parish')[1]).toBe(today);
  });

  it('reads a Handy as a mobile and a firm that "searches a" role as hiring', () => {
    expect(read('Ben Ng wrote on my Handy, asks how the search goes')[2]).toBe('message');
    const parsed = parseLogLine('Gareth Price emailed me, Admiral searches a Test Lead', {
      today,
      dateOrder: 'DMY',
    });
    expect(parsed.kind).toBe('give');
  });

  it('reads what a contact asks of the user, told in the present, as an ask', () => {
    const kind = (line: string) => parseLogLine(line, { today, dateOrder: 'DMY' }).kind;
    expect(kind('Sam Patel wrote me a Mail, asks if I can review their test strategy')).toBe('ask');
    expect(kind('Emma Clark wrote me on LinkedIn, asks for my salary expectation')).toBe('ask');
  });
});

describe('names and places', () => {
  it('never reads a voicenote as a person', () => {
    expect(read('Voicenote from Aisha Khan saying her team is hiring')).toEqual([
      ['Aisha Khan'],
      today,
      'message',
      'inbound',
    ]);
  });

  it.each([
    ['Forwarded Owen Davies a pricing job I saw on Pnet, thought of him', 'other'],
    ["Braai at Kagiso Molefe's place Sat, he said he'll intro me", 'meeting'],
  ])('reads "%s" as %s', (line, channel) => {
    expect(read(line)[2]).toBe(channel);
  });
});

describe('Nigerian English and a soldier’s notes', () => {
  it.each([
    ['Priya Shah flashed me yesterday night', [['Priya Shah'], '2026-11-29', 'call', 'inbound']],
    [
      'One Gbenga Adeyemi from EY called me about a data role',
      [['Gbenga Adeyemi'], today, 'call', 'inbound'],
    ],
    [
      'Niamh Kelly don reply o, no internship this year',
      [['Niamh Kelly'], today, 'other', 'inbound'],
    ],
    [
      'I was opportuned to greet Elizabeth Taylor after her panel',
      [['Elizabeth Taylor'], today, 'meeting', 'mutual'],
    ],
    [
      'Bro Emeka Nwosu from my church introduced me to his oga',
      [['Emeka Nwosu'], today, 'other', 'inbound'],
    ],
    [
      'Met Col (Ret) Frank DiMarco - runs a PMO at Leonardo.',
      [['Frank DiMarco'], today, 'meeting', 'mutual'],
    ],
    [
      'Roger - Niamh Kelly confirmed via text she passed my CV on.',
      [['Niamh Kelly'], today, 'message', 'inbound'],
    ],
    [
      'Vid call Sun w/ José Álvarez - he is hiring a PM',
      [['José Álvarez'], '2026-11-29', 'video', 'mutual'],
    ],
    [
      'Tue f/u email to Nathan Brooks RE: the PMO role',
      [['Nathan Brooks'], '2026-11-24', 'email', 'outbound'],
    ],
  ])('reads "%s"', (line, expected) => {
    expect(read(line)).toEqual(expected);
  });

  it.each([
    ['Alex Morgan sent me a WhatsApp message that we should do coffee next week', 'message'],
    ['PMI UK chapter Xmas social 28 NOV. Chatted w/ Lucy Patel', 'event'],
    ['we stayed to have a coffee with Amara Nwosu', 'meeting'],
  ])('reads "%s" as %s', (line, channel) => {
    expect(read(line)[2]).toBe(channel);
  });
});

describe('Irish and Indian English', () => {
  it.each([
    [
      "I'm after ringing Ana Lopez there, she's going to pass my CV on",
      [['Ana Lopez'], today, 'call', 'mutual'],
    ],
    [
      'Katie Morris is after emailing me about a kids series',
      [['Katie Morris'], today, 'email', 'inbound'],
    ],
    [
      "Fair play to Marcus Bell, he's after introducing me to the head of people",
      [['Marcus Bell'], today, 'other', 'inbound'],
    ],
    [
      "Yusuf Demir inbox'd me asking for the name of that app",
      [['Yusuf Demir'], today, 'message', 'inbound'],
    ],
    [
      'Thomas Wright sir from Arup called on 26-11, discussed consulting',
      [['Thomas Wright'], '2026-11-26', 'call', 'inbound'],
    ],
    [
      'Chidi Eze bhai told he will refer me, had a quick connect on phone today',
      [['Chidi Eze'], today, 'call', 'mutual'],
    ],
  ])('reads "%s"', (line, expected) => {
    expect(read(line)).toEqual(expected);
  });

  it('reads a question put as it is said as an ask', () => {
    const parsed = parseLogLine(
      'Messaged Priya Shah on LinkedIn to see would she be up for a coffee',
      { today, dateOrder: 'DMY' },
    );
    expect(parsed.kind).toBe('ask');
  });

  it('reads a dashed day and month only after "on", in the user\'s order', () => {
    expect(read('call with Ana Lopez on 18-11')[1]).toBe('2026-11-18');
    expect(read('call with Ana Lopez about a 5-10 person team')[1]).toBe(today);
  });
});

describe('a formal hand', () => {
  it.each([
    [
      'Chased Mr Singh by telephone regarding my request of a fortnight ago.',
      [['Mr Singh'], today, 'call', 'outbound'],
    ],
    [
      'Left Mr Wright a message chasing the papers he promised me a fortnight ago.',
      [['Mr Wright'], today, 'message', 'outbound'],
    ],
    [
      'Thanked Mrs Elizabeth Taylor via the electronic mail for her advice.',
      [['Elizabeth Taylor'], today, 'email', 'outbound'],
    ],
    [
      'Mr Robert Singh most kindly introduced me by the electronic mail to a Mrs Hollings.',
      [['Robert Singh'], today, 'email', 'inbound'],
    ],
    [
      'Luncheon with Mr Geoffrey Hartley, whom I met at a dinner.',
      [['Geoffrey Hartley'], today, 'meeting', 'mutual'],
    ],
    [
      'Had the Zoom with Mr Álvarez and Mademoiselle Dubois on 9/11.',
      [['Mr Álvarez', 'Mademoiselle Dubois'], '2026-11-09', 'video', 'mutual'],
    ],
    [
      'Sent Mrs Kate Morrison my notes of the panel on which we all three sat.',
      [['Kate Morrison'], today, 'other', 'outbound'],
    ],
  ])('reads "%s"', (line, expected) => {
    expect(read(line)).toEqual(expected);
  });

  it('keeps the day of a thing promised when it may be the day it came', () => {
    expect(read('Gareth Price emailed me the guide he promised on Tuesday')[1]).toBe('2026-11-24');
  });
});

describe('Jamaican and London English', () => {
  it.each([
    [
      'Joanne Bennett shouted me on linkedin, she seh dem have a fund opening',
      [['Joanne Bennett'], today, 'message', 'inbound'],
    ],
    [
      "bell'd Mark Evans at Tesco yesterday re the partnership",
      [['Mark Evans'], '2026-11-29', 'call', 'outbound'],
    ],
    [
      'Dan Fletcher bell me bout the dashboard, him seh he can help',
      [['Dan Fletcher'], today, 'call', 'inbound'],
    ],
    ['Ana Lopez voice noted me bout next steps', [['Ana Lopez'], today, 'message', 'inbound']],
    [
      'got a bell from a Tunde Bakare at Southwark council Weds',
      [['Tunde Bakare'], '2026-11-25', 'call', 'inbound'],
    ],
    [
      'did a ting at the Brixton community hub Weds, Kate Morrison came thru',
      [['Kate Morrison'], '2026-11-25', 'event', 'inbound'],
    ],
  ])('reads "%s"', (line, expected) => {
    expect(read(line)).toEqual(expected);
  });

  it('reads "big up" as thanks', () => {
    const parsed = parseLogLine('emailed Elizabeth Taylor to say big up for sending volunteers', {
      today,
      dateOrder: 'DMY',
    });
    expect(parsed.kind).toBe('thanks');
  });
});

describe('slips a phone keeps, and Kiwi English', () => {
  it.each([
    [
      'cald Devendra Mistry yesterdy about the ops job',
      [['Devendra Mistry'], '2026-11-29', 'call', 'outbound'],
    ],
    [
      'Siobhan Murphy sent me a link to a course on wats app',
      [['Siobhan Murphy'], today, 'message', 'inbound'],
    ],
    [
      'emaled Gareth Price 3rd novemeber to ask about roles',
      [['Gareth Price'], '2026-11-03', 'email', 'outbound'],
    ],
    [
      'coffee with Joanne Bennett sat she said she will put me forward',
      [['Joanne Bennett'], '2026-11-28', 'meeting', 'mutual'],
    ],
    [
      'Emma Clark - catch-up over flat whites in Canary Wharf fri',
      [['Emma Clark'], '2026-11-27', 'meeting', 'mutual'],
    ],
    [
      "jogged round Regent's Park w Priya Shah Sat morning",
      [['Priya Shah'], '2026-11-28', 'meeting', 'mutual'],
    ],
    [
      'messaged Joanne Bennett to say chur for the yarn on Tues',
      [['Joanne Bennett'], today, 'message', 'outbound'],
    ],
    [
      'Fatima Zahra asked me to speak on a panel in Jan, keen',
      [['Fatima Zahra'], today, 'other', 'inbound'],
    ],
  ])('reads "%s"', (line, expected) => {
    expect(read(line)).toEqual(expected);
  });

  it('reads "linked in" as LinkedIn only where it names the network', () => {
    expect(read('sent Neve Kelly a conection request on linked in')[2]).toBe('social');
    expect(read('Ana Lopez looped me in with her team')[0]).toEqual(['Ana Lopez']);
  });
});

describe('a careers adviser’s shorthand, and Hong Kong English', () => {
  it.each([
    [
      'yum cha w Priya Desai ytd, she say Monzo are hiring',
      [['Priya Desai'], '2026-11-29', 'meeting', 'mutual'],
    ],
    [
      "Fri: cb'd Olivia Brown re the Leeds JD; no answer",
      [['Olivia Brown'], '2026-11-27', 'call', 'outbound'],
    ],
    [
      "Teams'd w/ José Álvarez 30 mins Thurs re grad roles",
      [['José Álvarez'], '2026-11-26', 'video', 'mutual'],
    ],
    [
      'emailed Marcus Bell pls could he do the talk wc 18/1',
      [['Marcus Bell'], today, 'email', 'outbound'],
    ],
    [
      'followed up w/ Ana Lopez re the bio; pls by EOD Weds',
      [['Ana Lopez'], today, 'other', 'outbound'],
    ],
    [
      "Margaret Okafor intro'd me to her comms lead by email 26/11; diary'd a call wc 7/12",
      [['Margaret Okafor'], '2026-11-26', 'email', 'inbound'],
    ],
    ['Fri chased Mark Evans re their stand', [['Mark Evans'], '2026-11-27', 'other', 'outbound']],
    [
      'Sheffield Tech Fest yesterday; bumped into Siobhan Murphy',
      [['Siobhan Murphy'], '2026-11-29', 'event', 'mutual'],
    ],
    [
      'Thomas Wright texted thanks for the campus tour last wk',
      [['Thomas Wright'], today, 'message', 'inbound'],
    ],
    [
      'Sam Patel sent me the so-called "PM bible" doc he mentioned',
      [['Sam Patel'], today, 'other', 'inbound'],
    ],
  ])('reads "%s"', (line, expected) => {
    expect(read(line)).toEqual(expected);
  });

  it("reads a job's title in capitals as no one", () => {
    expect(
      read("Olivia Brown fwd'd a JD by email for Employer Relations Mgr (Uni of Leeds)")[0],
    ).toEqual(['Olivia Brown']);
  });
});
