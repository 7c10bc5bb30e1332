// How a one-line log reads Welsh mixed into English (ADR 0068), and round 28's English: a name
// then "text cheers", a silence "from" someone, a call "on the phone", a day alone after a word,
// and a chase "to see if" there is news.
import { describe, expect, it } from 'vitest';
import { read, today } from '../../test/log-line-fields.js';
import { parseLogLine } from './log-line.js';
import { mendWelsh } from './log-line-welsh.js';

describe('Welsh in a one-line log', () => {
  it.each([
    ['Paned gydag Owen Davies ddoe yn y Bae', [['Owen Davies'], '2026-11-29', 'meeting', 'mutual']],
    [
      'E-bost gan Rachel Lowe dydd Gwener: Booking.com have a role open',
      [['Rachel Lowe'], '2026-11-27', 'email', 'inbound'],
    ],
    [
      'Olivia o Hays wedi ffonio ddoe, angen fy day rate erbyn dydd Mercher',
      [['Olivia'], '2026-11-29', 'call', 'inbound'],
    ],
    [
      'Wedi anfon e-bost at Katie Morris (BBC) dydd Llun diwetha am rolau product',
      [['Katie Morris'], '2026-11-23', 'email', 'outbound'],
    ],
    ['Coffi gyda Dev o Northwind pnawn dydd Mercher', [['Dev'], '2026-11-25', 'meeting', 'mutual']],
    [
      'Galwad fideo gyda Ffion Hughes o Seesaw bore ma',
      [['Ffion Hughes'], today, 'video', 'mutual'],
    ],
    ['Drinks gyda Sam O’Neil nos Wener', [['Sam O’Neil'], '2026-11-27', 'meeting', 'mutual']],
    [
      'Lowri Jenkins o CBAC - cyfarfod yn eu swyddfa yng Nghaerdydd 27ain Tachwedd',
      [['Lowri Jenkins'], '2026-11-27', 'meeting', 'mutual'],
    ],
    [
      'Cinio gyda Gareth ac Owen o Admiral dydd Gwener',
      [['Gareth', 'Owen'], '2026-11-27', 'meeting', 'mutual'],
    ],
    [
      'Neges gan Gareth Price 12/11: a role in Jan',
      [['Gareth Price'], '2026-11-12', 'message', 'inbound'],
    ],
  ])('reads "%s"', (line, expected) => {
    expect(read(line)).toEqual(expected);
  });

  it('reads what was done: thanks, an introduction, an ask and a chase', () => {
    const thanks = parseLogLine('Diolch i Emma Clark am yr argymhelliad, sent a DM', { today });
    expect([thanks.kind, thanks.direction, thanks.channel]).toEqual([
      'thanks',
      'outbound',
      'message',
    ]);
    const intro = parseLogLine(
      'Niamh o Intercom wedi fy nghyflwyno i Ffion Hughes dros e-bost dydd Mawrth',
      { today },
    );
    expect([intro.kind, intro.direction, intro.channel, intro.occurredOn]).toEqual([
      'intro',
      'inbound',
      'email',
      '2026-11-24',
    ]);
    const asked = parseLogLine('Marcus Bell wedi gofyn i fi siarad yn eu meetup ym mis Ionawr', {
      today,
    });
    expect([asked.kind, asked.direction]).toEqual(['ask', 'inbound']);
    const chase = parseLogLine('Dim ateb gan Rob Singh ers y 13eg, e-bost arall heddiw', { today });
    expect([chase.personNames, chase.kind, chase.direction, chase.occurredOn]).toEqual([
      ['Rob Singh'],
      'follow-up',
      'outbound',
      today,
    ]);
  });

  it('puts places, days and ordinals into English, and leaves an English line alone', () => {
    expect(mendWelsh('Cinio gyda Thomas Wright ym Mryste dydd Mawrth')).toBe(
      'lunch with Thomas Wright in Bristol Tuesday',
    );
    expect(mendWelsh('E-bost gan Nia Thomas, call booked for 8fed Rhagfyr')).toBe(
      'email from Nia Thomas, call booked for 8 December',
    );
    // "o", "a", "i", "am" and "yn" are English words too: only a Welsh line has them swapped.
    const english = 'Sent Ana a note, am I too late? o well, yn tbh';
    expect(mendWelsh(english)).toBe(english);
  });
});

describe('round 28 of the one-line log', () => {
  it.each([
    // A name, then "text" and the thanks they sent.
    ['Gareth Price text cheers for the bbq tips', [['Gareth Price'], today, 'message', 'inbound']],
    [
      'Owen Davies text sunday sayin cheers for the course',
      [['Owen Davies'], '2026-11-29', 'message', 'inbound'],
    ],
    // A silence names whom it is from, and they sent nothing.
    [
      'no reply from Rob Singh since the 13th, emailed again today',
      [['Rob Singh'], today, 'email', 'outbound'],
    ],
    ['no answer from Rob Singh since the 13th', [['Rob Singh'], today, 'other', 'outbound']],
    // "on the phone", "on our call": how this one happened, not an earlier one.
    ['chat on the phone with Anna Kowalski', [['Anna Kowalski'], today, 'call', 'mutual']],
    [
      'Yusuf said on our call 3/11 that trainline are hiring',
      [['Yusuf'], '2026-11-03', 'call', 'mutual'],
    ],
    // A day alone after a word; "her 40th" and "2nd interview" are none.
    ['lunch with Alexandra Reid 20th', [['Alexandra Reid'], '2026-11-20', 'meeting', 'mutual']],
    ['2nd interview prep with Dev', [['Dev'], today, 'other', 'mutual']],
    // Dictation's "what's app", a day spelt by sound with a capital.
    ['thanked Lee on what’s app', [['Lee'], today, 'message', 'outbound']],
    ['met Emily Clarke at the talk Wensday', [['Emily Clarke'], '2026-11-25', 'event', 'mutual']],
    // "linked me to Helen": an introduction to a person, not a link to a page (ADR 0070).
    [
      'thanked Niamh on linkedin for linking me to Helen',
      [['Niamh'], today, 'message', 'outbound'],
    ],
  ])('reads "%s"', (line, expected) => {
    expect(read(line)).toEqual(expected);
  });

  it('reads a call or message to see if there is news as a follow-up', () => {
    for (const line of [
      'whatsapp to Chidi to see if hed heard owt back from wise',
      'rang Yusuf to see if theres owt new on the trainline job',
      'second email to Robert Singh re the trainee thing, chasin',
    ]) {
      expect(parseLogLine(line, { today }).kind).toBe('follow-up');
    }
    expect(parseLogLine('rang Rachel Lowe to check on the interview', { today }).kind).toBe(
      'catch-up',
    );
  });
});
