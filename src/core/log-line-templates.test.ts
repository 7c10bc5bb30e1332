// How a one-line log reads notes kept in a writer's own template: labelled fields ("WHO: … /
// WHAT: … / WHEN: … / NEXT: …") and bracketed tags ("[call][out] Ana Lopez - data roles").
import { describe, expect, it } from 'vitest';
import { parseLogLine } from './log-line.js';
import { readTemplate } from './log-line-templates.js';

// 2026-11-30 is a Monday.
const today = '2026-11-30';
const read = (line: string) => {
  const parsed = parseLogLine(line, { today });
  return [parsed.personNames, parsed.occurredOn, parsed.channel, parsed.kind, parsed.direction];
};

describe('labelled fields', () => {
  it.each([
    [
      'WHO: Priya Desai / WHAT: coffee, she flagged a senior DS opening on her team at Monzo / WHEN: 2026-11-27 / NEXT: send CV by 2026-12-02',
      [['Priya Desai'], '2026-11-27', 'meeting', 'give', 'mutual'],
    ],
    [
      'WHO: Kate Morrison / WHAT: emailed her about the Head of Data Eng role at Sky / WHEN: 2026-11-24 / NEXT: wait 1 wk',
      [['Kate Morrison'], '2026-11-24', 'email', 'catch-up', 'outbound'],
    ],
    [
      "WHO: Hannah Schmidt / WHAT: she asked me to review her team's Airflow design doc / WHEN: 2026-11-23",
      [['Hannah Schmidt'], '2026-11-23', 'other', 'ask', 'inbound'],
    ],
    [
      'WHO: Sofia Marchetti / WHAT: LinkedIn msg, asked me for a portfolio link / WHEN: 2026-11-26',
      [['Sofia Marchetti'], '2026-11-26', 'message', 'ask', 'inbound'],
    ],
    [
      'WHO: Anna Kowalski / WHAT: coffee, design systems + data, general / WHEN: 2 days ago',
      [['Anna Kowalski'], '2026-11-28', 'meeting', 'catch-up', 'mutual'],
    ],
    [
      'WHO: Chidi / WHAT: [call][in] checked in on how the search is going / WHEN: 2026-11-28',
      [['Chidi'], '2026-11-28', 'call', 'catch-up', 'inbound'],
    ],
    // Other names for the same fields, and full stops between them (ADR 0070).
    [
      'Contact: Olivia Brown | Medium: phone | Date: 25/11 14:30 | Initiated by: them | Purpose: 6-month test lead contract | Outcome: she will send details',
      [['Olivia Brown'], '2026-11-25', 'call', 'give', 'inbound'],
    ],
    [
      'Contact: Emma Clark | Company: Lloyds | Medium: email | Date: 19/11 | Initiated by: them | Purpose: she sent me the job spec for the analyst role',
      [['Emma Clark'], '2026-11-19', 'email', 'give', 'inbound'],
    ],
    [
      'Who: Dev. How: email. When: yesterday. What: asked him to tell me if a QA lead role opens.',
      [['Dev'], '2026-11-29', 'email', 'ask', 'outbound'],
    ],
  ])('reads "%s"', (line, expected) => {
    expect(read(line)).toEqual(expected);
  });

  it('leaves out what comes next, and its dates', () => {
    const reading = readTemplate(
      'WHO: Sam / WHAT: lunch, talked dbt / WHEN: 2026-11-25 / NEXT: send CV by 2026-12-02',
    );
    expect(reading.line).toBe('2026-11-25, lunch with Sam, talked dbt');
  });
});

describe('bracketed tags', () => {
  it.each([
    [
      '[call][out] Ana Lopez - data roles',
      [['Ana Lopez'], '2026-11-30', 'call', 'catch-up', 'outbound'],
    ],
    [
      "[msg][in] Aisha - asked if I'd do a SQL session for her team",
      [['Aisha'], '2026-11-30', 'message', 'ask', 'inbound'],
    ],
    [
      '[call][in] Olivia Brown (Hays) - 6 month contract, Python/Spark, outside IR35',
      [['Olivia Brown'], '2026-11-30', 'call', 'give', 'inbound'],
    ],
    [
      '[call] Owen Davies 2026-11-18 / Admiral pricing team structure',
      [['Owen Davies'], '2026-11-18', 'call', 'catch-up', 'mutual'],
    ],
    [
      '[event] PyData London 2026-11-26 - Wei Chen was there, talked quantisation on edge devices',
      [['Wei Chen'], '2026-11-26', 'event', 'catch-up', 'mutual'],
    ],
    [
      '[mtg] coffee with ex-colleague Leo Brennan (ex-fintech, now Monzo) 2026-11-24',
      [['Leo Brennan'], '2026-11-24', 'meeting', 'catch-up', 'mutual'],
    ],
    [
      '[f/u][email] chased Rachel Lowe re referral status. nothing since 2026-11-20',
      [['Rachel Lowe'], '2026-11-30', 'email', 'follow-up', 'outbound'],
    ],
    [
      '[li][in] Lee Jordan liked my post about being laid off',
      [['Lee Jordan'], '2026-11-30', 'social', 'catch-up', 'inbound'],
    ],
    [
      '[email][out] Ji-woo Park - cold email re Wise data roles, CV attached',
      [['Ji-woo Park'], '2026-11-30', 'email', 'ask', 'outbound'],
    ],
  ])('reads "%s"', (line, expected) => {
    expect(read(line)).toEqual(expected);
  });

  it('reads a post in capitals as no one', () => {
    expect(
      read('[email][in] Rachel Lowe - sent JD for Senior Analytics Engineer @ Booking.com'),
    ).toEqual([['Rachel Lowe'], '2026-11-30', 'email', 'give', 'inbound']);
  });

  it('leaves brackets that are no tag alone', () => {
    expect(readTemplate('[sic] coffee with Ana')).toEqual({ line: '[sic] coffee with Ana' });
  });
});
