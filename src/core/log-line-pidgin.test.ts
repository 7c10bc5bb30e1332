// How a one-line log reads Nigerian Pidgin and English after Polish (ADR 0068, round 29).
import { describe, expect, it } from 'vitest';
import { read, today } from '../../test/log-line-fields.js';
import { parseLogLine } from './log-line.js';
import { mendPidgin } from './log-line-pidgin.js';

describe('Nigerian Pidgin in a one-line log', () => {
  it.each([
    ['Sis Aisha sent me a voice note', [['Aisha'], today, 'message', 'inbound']],
    ['coffee with Bros Daniel yesterday', [['Daniel'], '2026-11-29', 'meeting', 'mutual']],
    [
      'followed up with Oga Benjamin about the Accenture referral',
      [['Benjamin'], today, 'other', 'outbound'],
    ],
    [
      'Owen and Gareth carry me go lunch near Admiral office last Friday',
      [['Owen', 'Gareth'], '2026-11-27', 'meeting', 'mutual'],
    ],
    [
      'Mark for Tesco text me Tuesday say him boss wan see my dashboard portfolio',
      [['Mark'], '2026-11-24', 'message', 'inbound'],
    ],
  ])('reads "%s"', (line, expected) => {
    expect(read(line)).toEqual(expected);
  });

  it('reads what was done', () => {
    const role = parseLogLine(
      'Alexandra from Bupa email me 23/11 say dem dey hire clinical data analyst',
      { today },
    );
    expect([role.kind, role.direction, role.channel]).toEqual(['give', 'inbound', 'email']);
    const intro = parseLogLine('Aunty Margaret connect me with Dr Segun Falola', { today });
    expect([intro.personNames[0], intro.kind, intro.direction]).toEqual([
      'Margaret',
      'intro',
      'inbound',
    ]);
    const plan = parseLogLine('Chidi from Wise say he go link me with Tobi Adeyemi', { today });
    expect([plan.personNames[0], plan.kind, plan.direction]).toEqual(['Chidi', 'intro', 'inbound']);
  });

  it('leaves an English line alone', () => {
    for (const line of ['went for a run with Dan, go team', 'one more call with Sam for Monzo']) {
      expect(mendPidgin(line)).toBe(line);
    }
  });
});

describe('English after Polish in a one-line log', () => {
  it.each([
    ['kawa with Chidi on 26.11', [['Chidi'], '2026-11-26', 'meeting', 'mutual']],
    ['spotkanie with Olivia at Hays office', [['Olivia'], today, 'meeting', 'mutual']],
    ['thanked Dev for the mock interview wczoraj', [['Dev'], '2026-11-29', 'other', 'outbound']],
    [
      'Yesterday wrote to me Rachel from Booking on LinkedIn',
      [['Rachel'], '2026-11-29', 'message', 'inbound'],
    ],
  ])('reads "%s"', (line, expected) => {
    expect(read(line)).toEqual(expected);
  });

  it('reads "said dzięki" as thanks, and a "dzięki" after a gift as no kind of its own', () => {
    expect(parseLogLine('Dev said dzięki on Teams chat for the tour', { today }).kind).toBe(
      'thanks',
    );
    expect(parseLogLine('Devendra sent me his notes on Postman, dzięki!', { today }).kind).toBe(
      'give',
    );
  });
});
