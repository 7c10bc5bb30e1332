// How a one-line log reads a freelancer's bookings and a career changer's notes: money is no date,
// "last week Friday" is a day, a weekday ends a name, a quote names whom it went to, and a name
// owning a relation or employing someone is not who the user saw (ADR 0061).
import { describe, expect, it } from 'vitest';
import { read, today } from '../../test/log-line-fields.js';

describe('amounts and days', () => {
  it.each([
    ['Chidi Eze emailed the Wise brief, 2 days, £2.4k', [['Chidi Eze'], today, 'email', 'inbound']],
    [
      'call with Ana Lopez on 3/11, offered 2.5 days',
      [['Ana Lopez'], '2026-11-03', 'call', 'mutual'],
    ],
    ['met Ana Lopez 12.11 re a 1.5m budget', [['Ana Lopez'], '2026-11-12', 'meeting', 'mutual']],
    [
      'Lunch with Sir Robert Singh (KPMG) last week Friday, he agreed to put me forward',
      [['Robert Singh'], '2026-11-27', 'meeting', 'mutual'],
    ],
    ['call with Ana Lopez Thursday last week', [['Ana Lopez'], '2026-11-26', 'call', 'mutual']],
    [
      'Yusuf Demire sent me a job advert for an HR coordinator in Derby, 16/11',
      [['Yusuf Demire'], '2026-11-16', 'other', 'inbound'],
    ],
    ['called Ana Lopez an hour ago', [['Ana Lopez'], today, 'call', 'outbound']],
  ])('reads "%s"', (line, expected) => {
    expect(read(line)).toEqual(expected);
  });

  it('reads a day of the week after a name as the day, not a surname', () => {
    expect(read('Rang Aunty Margaret last week Wednesday to thank her for the intro')).toEqual([
      ['Margaret'],
      '2026-11-25',
      'call',
      'outbound',
    ]);
    // May, June, March, April and August are surnames too.
    expect(read('coffee with Theresa May')[0]).toEqual(['Theresa May']);
  });
});

describe('who a line names', () => {
  it.each([
    ['quoted Raj Chauhan £700 + VAT for the launch', [['Raj Chauhan'], today, 'other', 'outbound']],
    [
      'Imran Qureshi at Spinningfields Estates -> coffee 21/11 at Grindsmith',
      [['Imran Qureshi'], '2026-11-21', 'meeting', 'mutual'],
    ],
    ['Imran Qureshi -> coffee', [['Imran Qureshi'], today, 'meeting', 'mutual']],
    [
      'Met Kemi Adeola at the jobs fair on 14/11, she is a recruiter with Michael Page.',
      [['Kemi Adeola'], '2026-11-14', 'event', 'mutual'],
    ],
  ])('reads "%s"', (line, expected) => {
    expect(read(line)).toEqual(expected);
  });

  it('leaves out a known name that only owns the relation of the person seen', () => {
    expect(read("Teams call with Mr Femi Akande, Chidi's cousin, on 13/11", ['chidi'])[0]).toEqual([
      'Femi Akande',
    ]);
    expect(read("lunch with Ana Lopez, Chidi's boss and Chidi", ['chidi'])[0]).toEqual([
      'Ana Lopez',
      'Chidi',
    ]);
  });

  it('does not read an event with no one named as a person', () => {
    expect(read('Meetup at Google Campus; coffee after')[0]).toEqual([]);
  });
});

describe('social and direct messages', () => {
  it.each([
    ['Alex Morgan from the webinar added me on LinkedIn', 'social', 'inbound'],
    ['lee jordan tagged me in his story, said thanks for the shots', 'social', 'inbound'],
    ['IG DM to Maria Gonzalez w the moodboard', 'message', 'outbound'],
    ['Attended the CIPD branch AGM on Thursday, sat with Liz Taylor', 'event', 'mutual'],
  ])('reads "%s" as %s, %s', (line, channel, direction) => {
    const [, , readChannel, readDirection] = read(line, ['lee jordan']);
    expect([readChannel, readDirection]).toEqual([channel, direction]);
  });
});

describe('dictated and Australian notes', () => {
  it.each([
    [
      "zoe martin intro'd me over email on the twenty third to priya sharma",
      [['Zoe Martin'], '2026-11-23', 'email', 'inbound'],
    ],
    [
      'went to the drinks at the barbican on the twelfth and met tariq mahmood',
      [['Tariq Mahmood'], '2026-11-12', 'meeting', 'mutual'],
    ],
    [
      'lunch with Ana Lopez the twenty first of November',
      [['Ana Lopez'], '2026-11-21', 'meeting', 'mutual'],
    ],
    ['coffee with Ana Lopez for the first time', [['Ana Lopez'], today, 'meeting', 'mutual']],
    [
      'maria gonzalez rang on friday full stop she ran a whole mock interview with me',
      [['Maria Gonzalez'], '2026-11-27', 'call', 'inbound'],
    ],
    [
      'Olivia Brown from Hays rang this arvo - 3 wk contract on a festival in Suffolk',
      [['Olivia Brown'], today, 'event', 'inbound'],
    ],
    ['arranged a yarn w Chidi Eze for Thurs arvo', [['Chidi Eze'], today, 'meeting', 'mutual']],
    ['met Ana Lopez in October', [['Ana Lopez'], '2026-10-01', 'meeting', 'mutual']],
    [
      'Thomas Wright sent thru the Arup job spec, closes the 14th',
      [['Thomas Wright'], today, 'other', 'inbound'],
    ],
    ['Chloe Dubois - sent her the stems from Sat', [['Chloe Dubois'], today, 'other', 'outbound']],
    ['met Ana Lopez 2 weeks back', [['Ana Lopez'], '2026-11-16', 'meeting', 'mutual']],
    [
      'call with Bev Sutcliffe re associate work - 2 days a week from Jan!',
      [['Bev Sutcliffe'], today, 'call', 'mutual'],
    ],
    [
      'chucked Rhys Morgan at the O2 an email re the tech rider',
      [['Rhys Morgan'], today, 'email', 'outbound'],
    ],
  ])('reads "%s"', (line, expected) => {
    expect(read(line)).toEqual(expected);
  });

  it('reads a month alone that is still to come as when something will be', () => {
    const line = 'Gareth Price rang!! Admiral want 2 days of AV for their Cardiff conf in Feb';
    expect(read(line)[1]).toBe(today);
  });

  it('reads "comma" spoken aloud as a comma', () => {
    expect(read('lunch with ana lopez comma she paid')[0]).toEqual(['Ana Lopez']);
  });

  it('reads whom the user was paid by without saying they began it', () => {
    expect(read('Yusuf paid!! emailed him a cheers', ['yusuf'])).toEqual([
      ['Yusuf'],
      today,
      'email',
      'outbound',
    ]);
  });
});

describe('a note that opens on a name, then their message', () => {
  it.each([
    ['Mark Evans @ Tesco - text 0715 before handover, just wishing me luck', 'inbound'],
    ['Owen Davies Admiral - LinkedIn msg thanking me for the talk', 'inbound'],
    ['Jose Alvarez (Glovo) IG DM asking for my day rate', 'inbound'],
    ['Yusuf Demir - whatsapp, he wants a chat about his team at Trainline', 'inbound'],
    // With nothing said of the user, or with what the user did, the note is the user's.
    ['Ana Lopez - email - sent her my CV', 'outbound'],
    ['Sam Patel - whatsapp - said thanks for the interview tips he gave me', 'outbound'],
    ['Chidi Eze - slack dm - asked if he would refer me', 'outbound'],
  ])('reads "%s" as %s', (line, direction) => {
    expect(read(line)[3]).toBe(direction);
  });

  it('does not read a bare note of a message as theirs', () => {
    expect(read('Katie Morris - bbc - email')[3]).not.toBe('inbound');
  });
});

describe('gatherings with names of their own', () => {
  it.each([
    ['met Fatima Zahra at the ofcom economics forum 10/11', 'event'],
    ['met Ellie Watkins at the glasto crew reunion Sat', 'event'],
    ['bumped into Robert Singh at the Millennium Gallery opening thurs', 'event'],
    ['went to the service design drinks at the barbican and met Tariq Mahmood', 'event'],
    ['bumped into Margaret Okafor at the NHSE stand', 'event'],
    // A meal after a gathering, or a call that screens a candidate, is not one.
    ['Drinks with Robert Singh after the Health Tech Forum last Thursday', 'meeting'],
    ['screening call with Gemma Hart for my client', 'call'],
  ])('reads "%s" as %s', (line, channel) => {
    expect(read(line)[2]).toBe(channel);
  });
});

describe('English learned after French', () => {
  it.each([
    [
      'rdv with LOPEZ Ana the 3 november, coffee near Kings Cross',
      [['Ana Lopez'], '2026-11-03', 'meeting', 'mutual'],
    ],
    [
      'rdv with Mark EVANS at Tesco offices wednesday',
      [['Mark Evans'], '2026-11-25', 'meeting', 'mutual'],
    ],
    [
      'Phone with DEMIR Yusuf the 18/11, he told me there is an opening',
      [['Yusuf Demir'], '2026-11-18', 'call', 'mutual'],
    ],
    [
      'Thanked KOWALSKI Anna by mail for the feedback',
      [['Anna Kowalski'], today, 'email', 'outbound'],
    ],
    [
      'Met a certain Julien Moreau at the Mind the Product meetup',
      [['Julien Moreau'], today, 'event', 'mutual'],
    ],
    [
      'Video with Lucy PATEL wednesday 18, she has reviewed my case study',
      [['Lucy Patel'], '2026-11-18', 'video', 'mutual'],
    ],
    [
      'Devendra Mistry has introduced me to Rahul Verma by mail the 24',
      [['Devendra Mistry'], '2026-11-24', 'email', 'inbound'],
    ],
    ['Commented the post of Emma Clark', [['Emma Clark'], today, 'social', 'outbound']],
    ['visio with Ana Lopez yesterday', [['Ana Lopez'], '2026-11-29', 'video', 'mutual']],
  ])('reads "%s"', (line, expected) => {
    expect(read(line)).toEqual(expected);
  });

  it('leaves capitals that are no surname alone', () => {
    expect(read('emailed the NHS Margaret Okafor')[0]).not.toContain('Margaret Nhs');
  });
});

describe('phone notes with emojis', () => {
  it.each([
    ['yusuf demir did a mock interview w me on teams sun 😭 so kind', '2026-11-29'],
    ['2nd coffee w kate morrison wed ☕ she is lovely', '2026-11-25'],
    ['lunch with Ana Lopez thursday 10 people came', '2026-11-26'],
  ])('reads "%s" on %s', (line, date) => {
    expect(read(line)[1]).toBe(date);
  });

  it.each([
    ['☕ with Ana Lopez', [['Ana Lopez'], today, 'meeting', 'mutual']],
    [
      'connected w chloé dubois on linkedin after the webinar',
      [['Chloé Dubois'], today, 'social', 'outbound'],
    ],
    [
      "slid into megan hale's dms on insta to ask about her role",
      [['Megan Hale'], today, 'message', 'outbound'],
    ],
    [
      'margaret okafor replied by email: placement apps open 4/1',
      [['Margaret Okafor'], today, 'email', 'inbound'],
    ],
  ])('reads "%s"', (line, expected) => {
    expect(read(line, ['margaret okafor'])).toEqual(expected);
  });
});

describe('English learned after Spanish, and Birmingham notes', () => {
  it.each([
    [
      'the day 3 I went to the informatics event and I met Niamh Kelly from Intercom',
      [['Niamh Kelly'], '2026-11-03', 'event', 'mutual'],
    ],
    [
      'reunion with Alexandra Reid (Bupa) on Tuesday 17, she explained me the team',
      [['Alexandra Reid'], '2026-11-17', 'meeting', 'mutual'],
    ],
    [
      'Reunion by Teams with Alex Morgan on Thursday',
      [['Alex Morgan'], '2026-11-26', 'video', 'mutual'],
    ],
    [
      'mail of Margaret Okafor this morning: there is a vacancy, she sends me the link',
      [['Margaret Okafor'], today, 'email', 'inbound'],
    ],
    [
      'I put a comment in the post of Alexandra Reid about the data strategy',
      [['Alexandra Reid'], today, 'social', 'outbound'],
    ],
    ['Wei Chen wrote me in linkedin, he saw my post', [['Wei Chen'], today, 'message', 'inbound']],
    [
      'this morning called Joanne Bennett to ask about the role',
      [['Joanne Bennett'], today, 'call', 'outbound'],
    ],
    [
      'I wrote a mail to Kate Morrison for thank her the advices of the day 12',
      [['Kate Morrison'], today, 'email', 'outbound'],
    ],
    [
      'Rachel Lowe has called me for a first interview the day 4 of December!!',
      [['Rachel Lowe'], today, 'call', 'inbound'],
    ],
    [
      'Gaz Price from Admiral popped in, they want the reception lettering redone',
      [['Gaz Price'], today, 'meeting', 'mutual'],
    ],
    [
      'Priya Desai asked me on whatsapp if Id do a talk at the Monzo makers night',
      [['Priya Desai'], today, 'message', 'inbound'],
    ],
    [
      'met Sue Pritchard at the canal walk do sat, she wants a quote',
      [['Sue Pritchard'], '2026-11-28', 'event', 'mutual'],
    ],
  ])('reads "%s"', (line, expected) => {
    expect(read(line)).toEqual(expected);
  });

  it('reads where the user was put forward as a firm', () => {
    expect(read('Thanked Liz Taylor for putting me forward to Grant Thornton')[0]).toEqual([
      'Liz Taylor',
    ]);
  });
});

describe('notes with the article or the preposition left out', () => {
  it.each([
    [
      'Sent Robert Singh a polite nudge by email about my message of the 9th',
      [['Robert Singh'], today, 'email', 'outbound'],
    ],
    [
      "Sam O'Neil dropped me a text with details of a meetup in Glasgow",
      [["Sam O'Neil"], today, 'message', 'inbound'],
    ],
    [
      "phone from Sam O'Neil, Deliveroo looking for ops planner",
      [["Sam O'Neil"], today, 'call', 'inbound'],
    ],
    ['replied Robert, yes I will do the talk', [['Robert'], today, 'other', 'outbound']],
    ['wrote Margaret thank you on linkedin', [['Margaret'], today, 'message', 'outbound']],
  ])('reads "%s"', (line, expected) => {
    expect(read(line, ['robert', 'margaret'])).toEqual(expected);
  });
});

describe('days that belong to something else the line names', () => {
  it.each([
    [
      'set up coffee w/ Owen Davies for tmrw (in calendar now)',
      [['Owen Davies'], today, 'meeting', 'mutual'],
    ],
    [
      'Shared the FCA paper with Fatima Zahra, she had asked about it on Thursday.',
      [['Fatima Zahra'], today, 'other', 'outbound'],
    ],
    [
      'Reminded Olivia Brown regarding the feedback from the Tuesday interview.',
      [['Olivia Brown'], today, 'other', 'outbound'],
    ],
    [
      'sent Kate Morrison a thnaks email for the chat thurs',
      [['Kate Morrison'], today, 'email', 'outbound'],
    ],
    [
      'the 20 november rdv with Maria Gonzalez at Canva office',
      [['Maria Gonzalez'], '2026-11-20', 'meeting', 'mutual'],
    ],
  ])('reads "%s"', (line, expected) => {
    expect(read(line)).toEqual(expected);
  });

  it('keeps a day named before a clause in the past perfect', () => {
    expect(read('lunch with Ana Lopez on Tuesday, she had emailed me before')[1]).toBe(
      '2026-11-24',
    );
  });

  it('reads "some agency called" before a bracket as a call, not a name', () => {
    expect(
      read('recruiter from some agency called (didnt catch name), perm qa role in york')[2],
    ).toBe('call');
  });
});
