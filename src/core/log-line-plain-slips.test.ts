// How a one-line log reads a careful writer's full sentences ("as per her request", "not that she
// asked", "Siobhan from Stripe... sent her a card") and a developer's terse notes ("coffee w/ dev",
// "nandri", "backend roles opening jan", "wants me as backend sub").
import { describe, expect, it } from 'vitest';
import { mendsTo, read } from '../../test/log-line-table.js';

describe('put plainly', () => {
  mendsTo([
    ['Siobhan from Stripe... sent her a card', 'Siobhan from Stripe - sent her a card'],
    ['messaged Ana nandri for the tips', 'messaged Ana thanks for the tips'],
    ['Sam sent the JD, nandri!', 'Sam sent the JD'],
    ['seri machan, coffee w/ Dev', 'coffee w/ Dev'],
    ['panel on teams tue w/ Rachel', 'panel on teams on tue w/ Rachel'],
  ]);
});

describe('what those lines mean', () => {
  it.each([
    ['Emailed Margaret my CV as per her request', 'give'],
    ['Sent Liz Taylor my CV, not that she asked, just in case', 'ask'],
    ['Gareth emailed, wants to know if I’d do a talk for their team leaders', 'ask'],
    ['Dan Fletcher emailed me about a 2 week paid project for one of his clients', 'give'],
    ['dan f rang fri re a joint bid, wants me as backend sub', 'give'],
    ['drinks w/ aisha @ cazoo thurs -> hiring freeze lifted, backend roles opening jan', 'give'],
    ["gareth emailed back - they don't sponsor, so that role's a no", 'catch-up'],
    ['Sam rang, said he would have a word with his manager about me', 'give'],
    ['pinged priya shah for an insider view on the booking backend team', 'ask'],
  ])('"%s" is a %s', (line, kind) => {
    expect(read(line).kind).toBe(kind);
  });

  it('reads a name, an ellipsis and what the user did as the user reaching out', () => {
    const parsed = read('Alexandra from Bupa... chased her about the ops vacancy, no news');
    expect([parsed.personNames, parsed.direction]).toEqual([['Alexandra'], 'outbound']);
  });

  it('reads thanks for a talk the user gave as how the thanks came', () => {
    expect(read('Steve emailed on the 2nd to thank me for my talk at the Chamber').channel).toBe(
      'email',
    );
  });

  it('reads an intro made by email, the way it was made set before whom', () => {
    const parsed = read(
      'Thomas Wright put me in touch by email with Nadia Hussain in their HR team',
    );
    expect([parsed.kind, parsed.channel, parsed.direction]).toEqual(['intro', 'email', 'inbound']);
  });

  it('dates a panel by the weekday before "w/"', () => {
    expect(read('panel on teams tue w/ rachel lowe').occurredOn).toBe('2026-11-24');
  });
});
