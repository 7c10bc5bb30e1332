// Lines put as people put them, read by their shape rather than by phrases: who someone is between
// commas, where they are from, a gathering with no word for it, what an offer names, a role gone.
import { describe, expect, it } from 'vitest';
import { parseLogLine } from './log-line.js';

const today = '2026-11-30';
const read = (line: string, options: Parameters<typeof parseLogLine>[1] = { today }) =>
  parseLogLine(line, options);

describe('who someone is, between a name and what they did', () => {
  it('reads "helen doyle, recruiter at harnham, called…" as Helen Doyle getting in touch', () => {
    expect(
      read('helen doyle, recruiter at harnham, called about a senior analyst contract'),
    ).toMatchObject({
      personNames: ['Helen Doyle'],
      channel: 'call',
      kind: 'give',
      direction: 'inbound',
    });
  });

  it('reads "Tom Reeve, hiring manager at Monzo, emailed me back" as an email from him', () => {
    expect(read('Tom Reeve, hiring manager at Monzo, emailed me back')).toMatchObject({
      personNames: ['Tom Reeve'],
      channel: 'email',
      direction: 'inbound',
    });
  });

  it('reads where someone is from, then what happened after a comma', () => {
    expect(
      read('gus from the climbing wall works at ovo, had a pint thurs and chatted energy data'),
    ).toMatchObject({
      personNames: ['Gus'],
      channel: 'meeting',
      occurredOn: '2026-11-26',
      direction: 'mutual',
    });
    // "now" says where Freya works these days, not when they met.
    expect(read('freya from my old uni course works at octopus now, coffee on sat')).toMatchObject({
      personNames: ['Freya'],
      channel: 'meeting',
      occurredOn: '2026-11-28',
    });
  });

  it('reads where someone is from without "the" before it', () => {
    expect(read('rosie from netball works in analytics at asos, coffee yday')).toMatchObject({
      personNames: ['Rosie'],
      channel: 'meeting',
      occurredOn: '2026-11-29',
    });
  });

  it('still finds nobody in a line that only says where something came from', () => {
    expect(read('notes from the meetup, coffee after').personNames).toEqual([]);
  });
});

describe('a gathering named without the word event', () => {
  it('reads someone met at a named thing as met at an event', () => {
    expect(read('met wei chen at pydata').channel).toBe('event');
    expect(read('bumped into hannah schmidt at big data london').channel).toBe('event');
    expect(read('chatted to Ana Lopez at coalesce last wk').channel).toBe('event');
  });

  it('keeps a meeting at a workplace, an office or over a meal', () => {
    expect(read('met Elizabeth Taylor at Deloitte').channel).toBe('meeting');
    expect(read('met jose at the glovo office in barcelona').channel).toBe('meeting');
    expect(read('coffee with ana at pydata').channel).toBe('meeting');
    const monzo = (name: string) => name.toLowerCase() === 'monzo';
    expect(read('met priya at monzo', { today, isWorkplace: monzo }).channel).toBe('meeting');
    expect(read('met priya at mozfest', { today, isWorkplace: monzo }).channel).toBe('event');
  });
});

describe('what an offer and a role come to', () => {
  it('reads an offer to introduce someone named after their role as an intro, a role alone as a give', () => {
    expect(
      read("benjamin carter offered to intro me to accenture's data practice lead, priti").kind,
    ).toBe('intro');
    // A role at a firm names nobody (decision 0050), so the favour is still to find whom.
    expect(read("niamh kelly offered to intro me to intercom's head of product").kind).toBe('give');
    expect(read('Marcus Bell offered to introduce me to his CTO').kind).toBe('give');
  });

  it('reads a role gone, none open or nothing open as a catch-up, an open one as a give', () => {
    expect(read("Kate Morrison emailed re the head of insight job, it's gone internal").kind).toBe(
      'catch-up',
    );
    expect(read('niamh kelly replied, no PM roles at intercom rn').kind).toBe('catch-up');
    expect(read('dev mistry called re the eng manager role, nothing open yet').kind).toBe(
      'catch-up',
    );
    expect(read('Olivia at Hays rang about a 6 month contract').kind).toBe('give');
  });

  it('reads advice as talk, pointers given as a give', () => {
    expect(
      read('phone call with emma clark yday, she gave good advice on the lloyds process').kind,
    ).toBe('catch-up');
    expect(read('gave mark evans some pointers on tableau').kind).toBe('give');
  });

  it('reads a thing sent to someone as a give, a message sent as no give', () => {
    expect(read('sent lee the sql cheatsheet')).toMatchObject({
      kind: 'give',
      direction: 'outbound',
    });
    expect(read('sent rachel a quick message').kind).toBe('catch-up');
  });

  it('reads asking someone whether a team is hiring as a catch-up, a referral as an ask', () => {
    expect(read("asked aisha khan if unilever's insight team is hiring").kind).toBe('catch-up');
    expect(read("asked aisha khan if she'd refer me").kind).toBe('ask');
  });
});

describe('channels and directions from how the line is put', () => {
  it('leaves a catch-up with no channel unguessed, and both sides had it', () => {
    expect(read('Emma C - quick catch-up - 26/11')).toMatchObject({
      channel: 'other',
      direction: 'mutual',
    });
  });

  it('reads Teams, an office and a LinkedIn request', () => {
    expect(read('teams w emma clark on 19th nov').channel).toBe('video');
    expect(read('chat with Benjamin at the accenture office thurs').channel).toBe('meeting');
    expect(read('sent a linkedin request to chloe dubois')).toMatchObject({
      personNames: ['Chloe Dubois'],
      channel: 'social',
    });
  });

  it('reads who began it from "emailed me" after a break, "a … called" and "email from"', () => {
    const owen = (name: string) => name.toLowerCase().startsWith('owen');
    expect(
      read('owen d - admiral - emailed me re a pricing analyst role', { today, mayBePerson: owen }),
    ).toMatchObject({ direction: 'inbound', kind: 'give' });
    expect(read('met a data lead called Imogen at the careers fair').direction).toBe('mutual');
    expect(read('email from the admiral guy re pricing').direction).toBe('inbound');
  });
});
