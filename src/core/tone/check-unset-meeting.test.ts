import { describe, expect, it } from 'vitest';
import { findVagueAsks } from './check-ask.js';
import { findUnsetMeeting } from './check-unset-meeting.js';
import { analyseText } from './nlp.js';
import type { ToneContext } from './tone-report.js';

function unset(text: string): string | undefined {
  const span = findUnsetMeeting(text, analyseText(text), text.length);
  return span && text.slice(span.start, span.end);
}

function vague(text: string, context: ToneContext): boolean {
  return findVagueAsks(text, analyseText(text), context, false).some((f) => f.severity !== 'low');
}

describe('a meeting put off to no particular time', () => {
  it.each([
    ['Hi Sol, we really must get a pint one of these days.', 'we really must get a pint'],
    ['Hey Ana! Lunch soon?', 'Lunch soon?'],
    ['Great seeing you, Kit. Would be lovely to meet up at some point.', 'Would be lovely'],
    ['Rosa, fancy a call sometime? It has been ages.', 'fancy a call sometime?'],
  ])('finds it in %j', (text, part) => {
    expect(unset(text)).toContain(part);
  });

  it.each([
    'Hey Ana! Lunch soon? I am near Old Street most Thursdays.',
    'Would you be up for a call sometime next week?',
    'Could we grab a coffee one of these days to talk about your Figma tokens talk?',
    'I will call you as soon as I land.',
    'Shall we meet at 5 by the station?',
  ])('leaves a meeting with a time or a topic alone: %j', (text) => {
    expect(unset(text)).toBeUndefined();
  });

  it('is a vague ask in a note that needs one and in a congratulation alike', () => {
    const text = 'Hi Zed, we should get dinner sometime.';
    expect(vague(text, { stage: 'contact', intent: 'reconnect' })).toBe(true);
    expect(vague(`Congrats on the new flat! ${text}`, { intent: 'congratulate' })).toBe(true);
  });
});

describe('an ask that points back at someone the note named', () => {
  it.each([
    'Hi Mo — following up after Monday’s panel at Aviva. Did they mention when they would decide?',
    'Hi Mo, I spoke to Ruth about the Leeds role. Has she had a chance to look?',
  ])('is not vague: %j', (text) => {
    expect(vague(text.replace(/’/g, "'"), { stage: 'contact', intent: 'follow-up' })).toBe(false);
  });

  it('still calls an ask for support that names nothing vague', () => {
    expect(vague('Hi Mo, could I count on your support?', { stage: 'contact' })).toBe(true);
  });
});
