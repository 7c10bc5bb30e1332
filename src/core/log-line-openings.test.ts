// How a one-line log reads who, what kind and how from openings people type in a hurry: a channel
// sent "to" someone, "X and i", a first name opening a note, offers made on a call.
import { describe, expect, it } from 'vitest';
import { parseLogLine } from './log-line.js';
import { matchPerson, type NamedPerson } from './person-match.js';

// 2026-11-30 is a Monday.
const today = '2026-11-30';
const nobody = () => false;
const read = (line: string, mayBePerson?: (name: string) => boolean) =>
  parseLogLine(line, mayBePerson ? { today, mayBePerson } : { today });

describe('who a hurried line names', () => {
  it.each([
    ['linkedin msg to grace liu asking for a referral at asos', ['grace liu']],
    ['thanks text to siobhan for putting in a word', ['siobhan']],
    ['thank you msg to kieran for the referral', ['kieran']],
    [
      'sent the same dbt article to zoe martin, jose alvarez and chloe dubois',
      ['zoe martin', 'jose alvarez', 'chloe dubois'],
    ],
    ["intro'd sophie to my old manager at the council", ['sophie']],
    ["intro'd dan fletcher and thomas wright to each other", ['dan fletcher', 'thomas wright']],
    ['ruth agreed to refer me at the guardian', ['ruth']],
  ])('reads "%s" as naming %j', (line, names) => {
    expect(read(line).personNames.map((name) => name.toLowerCase())).toEqual(names);
  });

  it('reads "X and i" as a talk both sides had', () => {
    const call = read('wei chen and i did a call on wed about ml engineering interviews');
    expect(call).toMatchObject({ personNames: ['Wei Chen'], channel: 'call', direction: 'mutual' });
    expect(call.occurredOn).toBe('2026-11-25');
    const video = read('fatima zahra and i had a video call yesterday');
    expect(video).toMatchObject({ channel: 'video', kind: 'catch-up', direction: 'mutual' });
  });

  it('reads a lower-case first name opening a note with dashes as someone, known or not', () => {
    expect(read('hamish - coffee - wed', nobody)).toMatchObject({
      personNames: ['Hamish'],
      channel: 'meeting',
      occurredOn: '2026-11-25',
    });
    expect(read('kwame - teams - 2 wks ago', nobody)).toMatchObject({ channel: 'video' });
    const emailed = read('ingrid larsen - emailed asking for a 15 min chat', nobody);
    expect(emailed.personNames.map((name) => name.toLowerCase())).toEqual(['ingrid larsen']);
    expect(emailed).toMatchObject({ channel: 'email', kind: 'ask', direction: 'outbound' });
    // A word that says what happened opens no name.
    expect(read('coffee - wed', nobody).personNames).toEqual([]);
  });
});

describe('someone the line does not name', () => {
  it('reads "someone from booking.com messaged me" as someone to ask about, who got in touch', () => {
    const line = read('someone from booking.com messaged me on linkedin');
    expect(line.people[0]).toMatchObject({ described: true, company: 'booking.com' });
    expect(line).toMatchObject({ channel: 'message', direction: 'inbound' });
    expect(read('my contact at admiral emailed back').direction).toBe('inbound');
  });
});

describe('what kind a hurried line is', () => {
  it.each([
    "alex morgan sent me meta's data science interview rubric",
    'gareth at admiral sent me a couple of actuarial analyst postings',
    "pooja sent me her team's data platform roadmap",
    'margret okafor emailed me the nhs digital graduate programme details',
  ])('reads what a contact sent in "%s" as their give', (line) => {
    expect(read(line)).toMatchObject({ kind: 'give', direction: 'inbound' });
  });

  it('reads sending what they asked for as a give from the user', () => {
    expect(read('sam patel asked for my cv so i sent it over')).toMatchObject({
      kind: 'give',
      direction: 'outbound',
    });
    expect(read('hannah schmidt - sent her the gartner report she asked about')).toMatchObject({
      kind: 'give',
      direction: 'outbound',
    });
  });

  it('reads writing to ask whether a team is hiring as a catch-up, and a referral asked as an ask', () => {
    expect(
      read("whatsapp'd joanne bennett asking if leeds data co is hiring analysts"),
    ).toMatchObject({ kind: 'catch-up', direction: 'outbound' });
    expect(read('emailed alexandra reid asking whether her team is hiring').kind).toBe('catch-up');
    expect(read("emailed priya asking if she'd refer me, they're hiring").kind).toBe('ask');
  });

  it("reads an offer to refer made on a call as both sides', and a referral made or a call placed as theirs", () => {
    expect(read('benjamin carter offered to refer me at accenture during our call')).toMatchObject({
      kind: 'give',
      direction: 'mutual',
    });
    // On a call she placed, the offer is hers, as most of the tuning set labels it.
    expect(read("rachel from booking.com rang, she's putting me forward")).toMatchObject({
      kind: 'give',
      direction: 'inbound',
    });
    expect(read("rang rachel at booking.com, she's putting me forward")).toMatchObject({
      kind: 'give',
      direction: 'mutual',
    });
    expect(read("Olivia at Hays rang, she's put me forward for a contract").direction).toBe(
      'inbound',
    );
    expect(read('ruth agreed to refer me at the guardian')).toMatchObject({
      kind: 'give',
      direction: 'inbound',
    });
  });
});

describe('how a hurried line says it happened', () => {
  it.each([
    ['mark evans tesco bi chat over teams', 'video'],
    ['gareth price - pub quiz - sat', 'meeting'],
    ['Dev & Marcus - pub - last week', 'meeting'],
    ['marcus bell replied on linkedin, up for a coffee in jan', 'message'],
  ])('reads "%s" as %s', (line, channel) => {
    expect(read(line).channel).toBe(channel);
  });
});

describe('a first name spelt as it sounds', () => {
  const people: NamedPerson[] = [
    { id: 1, name: 'Hannah Schmidt', company: null },
    { id: 2, name: 'Jon Baker', company: null },
  ];

  it('reads "Hana Schmidt" as Hannah Schmidt beside the same surname', () => {
    expect(matchPerson('Hana Schmidt', people)).toMatchObject({ kind: 'one', reason: 'spelling' });
    expect(matchPerson('John Baker', people)).toMatchObject({ kind: 'one', reason: 'spelling' });
    // Another surname is another person.
    expect(matchPerson('Hana Smith', people)).toMatchObject({ kind: 'none' });
  });
});

describe('lines that open with who someone is or what was done', () => {
  it.each([
    ['bootcamp mentor callum sent me 3 junior roles', ['Callum']],
    ['uni friend wei sent me 2 grad roles', ['Wei']],
    ['old flatmate jonas - coffee - yesterday', ['Jonas']],
    ['2nd nudge to thomas wright about the arup bid contract - email', ['Thomas Wright']],
    ['thank you card to maggie for the reference', ['Maggie']],
    ['zoe and owen - coffee - fri', ['Zoe', 'Owen']],
    ['call with owen tue, talked health data careers', ['Owen']],
    ['chidi eze read through my system design notes and sent me comments', ['Chidi Eze']],
  ])('reads "%s" as %j', (line, names) => {
    expect(parseLogLine(line, { today: '2026-11-30' }).personNames).toEqual(names);
  });

  it('reads no one from "recruiter rang me", where the word after who they are is a verb', () => {
    expect(parseLogLine('recruiter rang me', { today: '2026-11-30' }).personNames).toEqual([]);
  });

  it('keeps the comma a date took, so the words after it name no one', () => {
    const line = parseLogLine('call with owen tue, discussed consulting roles', {
      today: '2026-11-30',
    });
    expect(line).toMatchObject({ personNames: ['Owen'], occurredOn: '2026-11-24' });
  });

  it('reads "thanked ben for lunch" as thanks sent, not a lunch', () => {
    expect(parseLogLine('thanked ben for lunch', { today: '2026-11-30' })).toMatchObject({
      channel: 'other',
      kind: 'thanks',
      direction: 'outbound',
    });
  });
});
