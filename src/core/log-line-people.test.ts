// The hand-off between reading a log line and matching people: a doubtful word is a name only if someone fits.
import { describe, expect, it } from 'vitest';
import { parseLogLine } from './log-line.js';

const today = '2026-11-25';

describe('parseLogLine with mayBePerson', () => {
  it('keeps a trailing remark after a comma in the summary, not in the names', () => {
    const parsed = parseLogLine('lunch with Kate Morrison on 10 Oct, awkward', { today });
    expect(parsed).toMatchObject({
      personNames: ['Kate Morrison'],
      occurredOn: '2026-10-10',
      summary: 'Lunch, awkward',
    });
  });

  it('takes a lower-case word after a comma as a name when it could be someone known', () => {
    const known = new Set(['ben']);
    const parsed = parseLogLine('lunch with ana, ben', {
      today,
      mayBePerson: (name) => known.has(name.toLowerCase()),
    });
    expect(parsed.personNames).toEqual(['Ana', 'Ben']);
    expect(parsed.summary).toBe('Lunch');
  });

  it('asks about nothing else: capitalised lists and "and" still name everyone', () => {
    const never = () => false;
    expect(
      parseLogLine('lunch with Ana, Ben and Lee', { today, mayBePerson: never }).personNames,
    ).toEqual(['Ana', 'Ben', 'Lee']);
    expect(
      parseLogLine('lunch with Dev and Ana yesterday', { today, mayBePerson: never }).personNames,
    ).toEqual(['Dev', 'Ana']);
  });
});

describe('someone described, not named', () => {
  const read = (line: string) => parseLogLine(line, { today: '2026-11-30' });

  it.each([
    ['the Admiral guy rang me back', 'the Admiral guy', 'Admiral', 'inbound'],
    ['rang the recruiter back', 'the recruiter', undefined, 'outbound'],
    ['met the Hays recruiter at the fair', 'the Hays recruiter', 'Hays', 'mutual'],
  ])('reads "%s" as a description for Kith to ask about', (line, text, company, direction) => {
    const parsed = read(line);
    expect(parsed.people).toEqual([
      { text, alternatives: [], described: true, ...(company ? { company } : {}) },
    ]);
    expect(parsed.direction).toBe(direction);
  });

  it('reads a description only when nothing else names anyone', () => {
    expect(read('coffee with Ana and the recruiter').personNames).toEqual(['Ana']);
    expect(read('coffee with the team').personNames).toEqual([]);
  });
});

describe('a note naming someone, where they work, then what happened', () => {
  const known = ['mark evans', 'zoe martin', 'maria gonzalez'];
  const mayBePerson = (name: string) => known.includes(name.toLowerCase());
  const read = (line: string) => parseLogLine(line, { today: '2026-11-30', mayBePerson });

  it.each([
    ['mark evans tesco bi - met for coffee 1 Oct', 'Mark Evans', 'tesco bi', 'meeting'],
    ['zoe martin just eat - coffee - growth analytics', 'Zoe Martin', 'just eat', 'meeting'],
    ['maria gonzalez canva webinar on research ops', 'Maria Gonzalez', 'canva', 'event'],
  ])('reads "%s"', (line, name, company, channel) => {
    const parsed = read(line);
    expect(parsed.people).toEqual([{ text: name, alternatives: [], company }]);
    expect(parsed.channel).toBe(channel);
  });

  it('reads an unknown full name with where they work in brackets, and no stray words', () => {
    expect(read('raj mehta (thoughtworks) - zoom - 2 wks ago').personNames).toEqual(['Raj Mehta']);
    expect(read('big data thing - coffee after').personNames).toEqual([]);
  });
});

describe('a first name, a dash, then where it was written', () => {
  it("reads someone new from a note naming a message's channel", () => {
    const parsed = parseLogLine("nadia - linkedin - said she'd intro me to her cto", {
      today: '2026-11-30',
      mayBePerson: () => false,
    });
    expect(parsed).toMatchObject({ personNames: ['Nadia'], channel: 'message', kind: 'give' });
    expect(parsed.direction).toBe('inbound');
  });
});

describe('someone known owning something, anywhere in the line', () => {
  const mayBePerson = (name: string) => name.toLowerCase() === 'yusuf demir';
  it.each([
    ["went to yusuf demir's leaving drinks on fri", 'meeting'],
    ["read yusuf demir's blog post and left a comment", 'social'],
  ])('reads "%s"', (line, channel) => {
    const parsed = parseLogLine(line, { today: '2026-11-30', mayBePerson });
    expect(parsed).toMatchObject({ personNames: ['Yusuf Demir'], channel });
  });

  it('reads what a line says when it names nobody, for the caller to ask who', () => {
    expect(
      parseLogLine('coffee with the 2 recruiters from the fair on friday', { today }),
    ).toMatchObject({
      personNames: [],
      channel: 'meeting',
      direction: 'mutual',
      occurredOn: '2026-11-20',
    });
  });

  it('reads nobody there when the user does not know them', () => {
    const line = "went to tom reeve's leaving drinks on fri";
    expect(parseLogLine(line, { today: '2026-11-30', mayBePerson }).personNames).toEqual([]);
  });
});

describe('the fourteenth held-out set: who is named', () => {
  const read = (line: string) => parseLogLine(line, { today: '2026-11-30' });

  it.each([
    ['left zoe martin a voicemail about the growth role', ['Zoe Martin']],
    ['sent the sql workshop notes to sam patel and chidi eze', ['Sam Patel', 'Chidi Eze']],
    ['emailed the job spec to lucy patel and emma clark', ['Lucy Patel', 'Emma Clark']],
    ['freelance client Mrs Abernethy rang', ['Mrs Abernethy']],
  ])('reads "%s" as naming %j', (line, names) => {
    expect(read(line).personNames).toEqual(names);
  });

  it('reads no one after "emailed to say"', () => {
    expect(read('alexandra reid - bupa - emailed to say thanks').personNames).toEqual([
      'Alexandra Reid',
    ]);
  });

  it.each([
    ['the admiral actuary rang back', 'admiral'],
    ['the wise staff engineer emailed back', 'wise staff'],
  ])('reads "%s", someone named by their job, as a description', (line, company) => {
    expect(read(line).people).toEqual([
      { text: line.split(' ').slice(0, -2).join(' '), alternatives: [], described: true, company },
    ]);
  });
});

describe('a word that says how or when, opening the line', () => {
  it.each([
    ['finally had coffee with Dev Mistry', ['Dev Mistry']],
    ['eventually caught up with Chidi Eze', ['Chidi Eze']],
    ['actually met Maggie Okafor for lunch', ['Maggie Okafor']],
    ['belatedly emailed Kate Morrison', ['Kate Morrison']],
  ])('is nobody\'s name: "%s"', (line, names) => {
    expect(parseLogLine(line, { today }).personNames).toEqual(names);
  });

  it('leaves names that end in -ly alone', () => {
    expect(parseLogLine('coffee with Emily Clarke', { today }).personNames).toEqual([
      'Emily Clarke',
    ]);
    expect(parseLogLine('Holly Shaw rang about the role', { today }).personNames).toEqual([
      'Holly Shaw',
    ]);
  });
});
