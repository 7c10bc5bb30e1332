// How a one-line log reads a signer's written English (time glosses in capitals, what was had
// before whom with, a name then the app), East African titles before a name, a day of the month
// before a name that starts like a month, and someone "coming to" a place on a day (ADR 0066);
// English after Mandarin, West Country words and WeChat (its round 24).
import { describe, expect, it } from 'vitest';
import { read, today } from '../../test/log-line-fields.js';
import { parseLogLine } from './log-line.js';
import { mendSignedOrder } from './log-line-signed.js';
import { readCompanyAsSurname } from './person-company.js';
import { matchPerson, type NamedPerson } from './person-match.js';

describe('a signer’s written English', () => {
  it.each([
    [
      'WED Jo coffee at Leeds Data Co office, she show me team',
      [['Jo'], '2026-11-25', 'meeting', 'mutual'],
      ['jo'],
    ],
    [
      'SAT Dan Fletcher text, his freelance project need help',
      [['Dan Fletcher'], '2026-11-28', 'message', 'outbound'],
    ],
    ['YESTERDAY coffee Dev, good', [['Dev'], '2026-11-29', 'meeting', 'mutual']],
    [
      '3/11 coffee Lee Jordan, Skyscanner. talk travel data',
      [['Lee Jordan'], '2026-11-03', 'meeting', 'mutual'],
    ],
    [
      'TUES video Hannah, interpreter late 10 min, but good talk',
      [['Hannah'], '2026-11-24', 'video', 'mutual'],
    ],
    [
      'Aisha Cazoo WhatsApp chase, portfolio feedback she promise',
      [['Aisha Cazoo'], today, 'message', 'outbound'],
    ],
    [
      'THURS Alex Meta WhatsApp, data science opening',
      [['Alex Meta'], '2026-11-26', 'message', 'outbound'],
    ],
    ['Ben WhatsApp thank me for intro', [['Ben'], today, 'message', 'inbound']],
  ])('reads "%s"', (line, expected, known: string[] = []) => {
    expect(read(line, known)).toEqual(expected);
  });

  it('leaves capitals that are no day, and a place after what was had, as they were', () => {
    expect(mendSignedOrder('helped Ana with SAT prep')).toBe('helped Ana with SAT prep');
    expect(mendSignedOrder('coffee Monday with Ana')).toBe('coffee Monday with Ana');
    expect(mendSignedOrder('lunch Leeds Dock, then home')).toBe('lunch Leeds Dock, then home');
    // "WhatsApp'd" is the verb, not the app after a name.
    expect(mendSignedOrder("Aisha Karim WhatsApp'd on Saturday")).toBe(
      "Aisha Karim WhatsApp'd on Saturday",
    );
  });
});

describe('East African titles, a day before a name, someone coming on a day', () => {
  it.each([
    [
      'I was called by Madam Lowe on 25th, she will put me forward',
      [['Lowe'], '2026-11-25', 'call', 'inbound'],
    ],
    [
      'Tea with Mama Margaret after church on Sunday',
      [['Margaret'], '2026-11-29', 'meeting', 'mutual'],
    ],
    ['On 21st Margaret rang me', [['Margaret'], '2026-11-21', 'call', 'inbound']],
    ['on 21st March met Ana', [['Ana'], '2026-03-21', 'meeting', 'mutual']],
    [
      'Joseph on WhatsApp, he is coming to Leeds on 4th',
      [['Joseph'], today, 'message', 'inbound'],
      ['joseph'],
    ],
  ])('reads "%s"', (line, expected, known: string[] = []) => {
    expect(read(line, known)).toEqual(expected);
  });
});

describe('a first name, then where they work, where a surname goes', () => {
  const people: NamedPerson[] = [
    { id: 1, name: 'Priya Shah', company: 'Booking.com' },
    { id: 2, name: 'Priya Desai', company: 'Monzo' },
    { id: 3, name: 'Emma Clark', company: 'Lloyds' },
  ];

  it('takes the one person with that first name who works there', () => {
    expect(
      readCompanyAsSurname(matchPerson('Priya Booking', people), 'Priya Booking'),
    ).toMatchObject({
      kind: 'one',
      person: { id: 1 },
    });
    expect(readCompanyAsSurname(matchPerson('Emma Lloyds', people), 'Emma Lloyds')).toMatchObject({
      kind: 'one',
      person: { id: 3 },
    });
  });

  it('changes nothing for a surname, or a company nobody of that name works at', () => {
    const nobody = matchPerson('Priya Patel', people);
    expect(readCompanyAsSurname(nobody, 'Priya Patel')).toEqual(nobody);
    const elsewhere = matchPerson('Emma Monzo', people);
    expect(readCompanyAsSurname(elsewhere, 'Emma Monzo')).toEqual(elsewhere);
  });
});

describe('round 24: English after Mandarin, West Country words, WeChat', () => {
  it.each([
    [
      'Anna from Revolut video call on 11月24日, she show me Revolut culture',
      [['Anna'], '2026-11-24', 'video', 'mutual'],
    ],
    [
      '周三 call with Mark Evans, he explain his team',
      [['Mark Evans'], '2026-11-25', 'call', 'mutual'],
    ],
    [
      'Hannah Schmidt SAP send me link for the webinar',
      [['Hannah Schmidt'], today, 'other', 'inbound'],
    ],
    [
      'Like Hannah SCHMIDT post about her promotion',
      [['Hannah Schmidt'], today, 'social', 'outbound'],
    ],
    [
      'CHEN Wei (ARM) WeChat me, say ARM need ML intern',
      [['Wei Chen'], today, 'message', 'inbound'],
    ],
    ['text chidi ta for the intro', [['Chidi'], today, 'message', 'outbound'], ['chidi']],
    ['asked chidi would he be a referee', [['Chidi'], today, 'other', 'outbound'], ['chidi']],
    ['Katie from the BBC says they are hiring', [['Katie'], today, 'other', 'inbound']],
  ])('reads "%s"', (line, expected, known: string[] = []) => {
    expect(read(line, known)).toEqual(expected);
  });

  it('reads "dreckly" as later, never as someone, and the kind of what was sent', () => {
    expect(
      read('me and dev had a pint friday, he will intro me to his lead dreckly', ['dev'])[0],
    ).toEqual(['Dev']);
    const sent = parseLogLine('Sam from Deliveroo send me the SQL questions', {
      today,
      dateOrder: 'DMY',
    });
    expect(sent.summary).toBe('Sent me the SQL questions');
    expect(parseLogLine('Gareth Price explain actuarial exams on a call', { today }).summary).toBe(
      'Explained actuarial exams on a call',
    );
  });
});

describe('round 25: a service log book', () => {
  it.each([
    [
      '231126 1430 tel con w/ WRIGHT T. (Arup) re STEM Ambassador scheme. NTR.',
      [['T Wright'], '2026-11-23', 'call', 'mutual'],
    ],
    [
      "O'NEIL S. (Deliveroo) — coffee 1030 Fri, Piccadilly.",
      [["S O'Neil"], '2026-11-27', 'meeting', 'mutual'],
    ],
    [
      '1100 VTC Wed w/ SCHMIDT H. (SAP) re the robotics kit',
      [['H Schmidt'], '2026-11-25', 'video', 'mutual'],
    ],
    [
      '281126 1610 e-mailed tks to SCHMIDT H. for schema.',
      [['H Schmidt'], '2026-11-28', 'email', 'outbound'],
    ],
  ])('reads "%s"', (line, expected) => {
    expect(read(line)).toEqual(expected);
  });

  it('keeps capitals that are a body, and six figures that are no day', () => {
    expect(read('HR A. Jones at Tesco rang me')[0]).not.toContain('A Hr');
    expect(read('emailed Ana Lopez the invoice, ref 231126')[1]).toBe(today);
    expect(read('emailed Ana Lopez about invoice 231126')[1]).toBe(today);
    expect(read('emailed Ana Lopez about the £231126 budget')[1]).toBe(today);
  });
});

describe('round 26: Trinidadian English, and round 27: Urdu courtesies', () => {
  it.each([
    [
      'Olivia from Hays ring me Friday gone wid a contract',
      [['Olivia'], '2026-11-27', 'call', 'inbound'],
    ],
    ['Ben from Google accept mih connection request', [['Ben'], today, 'social', 'inbound']],
    [
      'Joanne message yday to say thanks for the tickets',
      [['Joanne'], '2026-11-29', 'message', 'inbound'],
    ],
    ['limed with Dev on Sat', [['Dev'], '2026-11-28', 'meeting', 'mutual']],
    ['Aisha baji from Unilever sent us a link', [['Aisha'], today, 'other', 'inbound']],
  ])('reads "%s"', (line, expected) => {
    expect(read(line)).toEqual(expected);
  });

  it('reads "she go send" as what will be, and "Dan send the spec" as done', () => {
    const will = parseLogLine('whatsapp from Dev, he go intro me to his lead', { today });
    expect(will.summary).toBe('Whatsapp, he will intro me to his lead');
    expect(parseLogLine('Dan send the spec on email', { today }).summary).toBe(
      'Sent the spec on email',
    );
  });
});
