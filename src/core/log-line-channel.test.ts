// How a one-line log reads the way people talked and who began it, from the words of the line.
import { describe, expect, it } from 'vitest';
import { detectChannel, detectDirection } from './log-line-channel.js';

describe('detectChannel', () => {
  it.each([
    ['owen davies + nadia hussain (admiral health team) - teams 1400', 'video'],
    ['chloé dubois criteo - meet 2030, data eng bootcamp recs', 'video'],
    ['church harvest bazaar, met emeka obi', 'event'],
    ['parents evening weds - bumped into gareth price', 'event'],
    ['bumped into zoe martin at the gig sat', 'event'],
    ["dm'd sam on discord about the react role", 'message'],
    ['aisha said on discord she would look over my portfolio', 'message'],
    ['lee j starred my portfolio repo on github', 'social'],
    ['connected w kate morrison on linkedin, head of analytics at sky', 'social'],
    ['sent mr ng an invitation to connect', 'social'],
    ['thanked wei for reviewing my project on github', 'other'],
  ] as const)('reads %j as %s', (line, channel) => {
    expect(detectChannel(line)).toBe(channel);
  });
});

describe('detectDirection', () => {
  it('reads what a contact gave in a meeting both had as both sides’', () => {
    expect(
      detectDirection("coffee w ben ng - he r/v'd my product case study", 'meeting', 'give'),
    ).toBe('mutual');
  });

  it('keeps what the user gave theirs', () => {
    expect(
      detectDirection('helped lee jordan prep for his analyst interview, zoom', 'video', 'give'),
    ).toBe('outbound');
  });

  it('reads "left" as a message only before one', () => {
    expect(
      detectDirection(
        'coffee w tom hargreaves. hx ex gp trainee, left at st2',
        'meeting',
        'catch-up',
      ),
    ).toBe('mutual');
    expect(
      detectDirection('left rachel (booking) a vm re 1st stage slots', 'call', 'catch-up'),
    ).toBe('outbound');
  });
});
