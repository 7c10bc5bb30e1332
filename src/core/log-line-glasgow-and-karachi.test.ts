// How a one-line log reads Glasgow Scots ("ran intae Zoe", "nae openings the noo", "a lassie fae
// Boots", "the role's away") and English after Urdu ("kal", "kal raat", "gave me reference of",
// "push my CV"), with what both taught of how people talk: someone who "was there", a voicemail
// left about something, asking after someone, "now" as no day, and "HR" as no hour.
import { describe, expect, it } from 'vitest';
import { parseLogLine } from './log-line.js';

// 2026-11-30 is a Monday.
const today = '2026-11-30';
const read = (line: string) => parseLogLine(line, { today, dateOrder: 'DMY' });

describe('Glasgow Scots', () => {
  it('reads "intae", "nae" and "the noo"', () => {
    expect(read('ran intae Zoe on Sauchiehall St sat, she says hi')).toMatchObject({
      personNames: ['Zoe'],
      channel: 'meeting',
      occurredOn: '2026-11-28',
      direction: 'mutual',
    });
    expect(read('Patel emailed back, nae roles the noo')).toMatchObject({
      personNames: ['Patel'],
      kind: 'catch-up',
      occurredOn: today,
    });
  });

  it('reads "a lassie" before a full name as someone described', () => {
    expect(read('met a lassie Morag Campbell at the mixer thurs, swapped numbers')).toMatchObject({
      personNames: ['Morag Campbell'],
      occurredOn: '2026-11-26',
    });
  });

  it('reads a role that is "away" as gone', () => {
    expect(read('Jose rang on the 20th, the Glasgow role is away')).toMatchObject({
      kind: 'catch-up',
      occurredOn: '2026-11-20',
      direction: 'inbound',
    });
  });

  it('reads "went to the … do" as a gathering', () => {
    expect(read('went tae the Retail Consortium do on the 18th, met Euan Grant')).toMatchObject({
      personNames: ['Euan Grant'],
      channel: 'event',
    });
    // "to do" after a place is something done there.
    expect(read('went to the office to do the paperwork with Kate').channel).not.toBe('event');
  });
});

describe('English after Urdu', () => {
  it('reads "kal" as yesterday, or as tomorrow in a clause of what will be', () => {
    expect(read('call with Dan Fletcher kal, good advice')).toMatchObject({
      occurredOn: '2026-11-29',
    });
    expect(read('prep call with Wei Chen kal raat')).toMatchObject({ occurredOn: '2026-11-29' });
    expect(read('Dev rang, will contact his manager kal').occurredOn).toBe(today);
  });

  it('reads "gave me reference of" as an introduction', () => {
    expect(read('Dev gave me reference of one Imran in the Northwind TA team')).toMatchObject({
      personNames: ['Dev'],
      kind: 'intro',
      direction: 'inbound',
    });
  });

  it('reads "push my CV" as passing it on', () => {
    expect(read('Imran rang me back, he will push my CV to the hiring manager')).toMatchObject({
      kind: 'give',
      direction: 'inbound',
    });
  });

  it('reads a thing sent that "she had asked" for as given', () => {
    expect(read('emailed Hannah the CIPD article, she had asked me')).toMatchObject({
      kind: 'give',
      direction: 'outbound',
    });
  });

  it('reads asking for an update on an application as a follow-up', () => {
    expect(read('messaged Daniel, asked for update on my application')).toMatchObject({
      kind: 'follow-up',
      direction: 'outbound',
    });
  });

  it('reads "hiring is freeze" as a hiring freeze', () => {
    expect(read('rang Mark Evans, he said hiring is freeze till april').kind).toBe('catch-up');
  });
});

describe('what both taught', () => {
  it('reads someone who "was there" as seen there', () => {
    expect(read('Hays event at the Radisson on the 25th, Olivia was there')).toMatchObject({
      personNames: ['Olivia'],
      channel: 'event',
      occurredOn: '2026-11-25',
    });
  });

  it('reads a name, how, then a colon as a message from them', () => {
    expect(read('Margaret Okafor whatsapp: the band 7 post is live')).toMatchObject({
      personNames: ['Margaret Okafor'],
      channel: 'message',
      direction: 'inbound',
    });
  });

  it('reads a voicemail the user left about something as a follow-up', () => {
    expect(read('left Robert Singh a vm re the KPMG role')).toMatchObject({
      kind: 'follow-up',
      direction: 'outbound',
    });
    expect(read('gave Robert a bell, left a voicemail re the advisory thing').kind).toBe(
      'follow-up',
    );
    // A voicemail the contact left is theirs.
    expect(read('Hannah Schmidt left me a voicemail about the academy intake').kind).not.toBe(
      'follow-up',
    );
  });

  it('reads asking after someone as a check-in, not a favour', () => {
    expect(read('rang Jo just to ask how she is, her dad is not well')).toMatchObject({
      kind: 'catch-up',
      direction: 'outbound',
    });
    expect(read('call w Dan Fletcher, asked how he finds freelance clients').kind).toBe('ask');
  });

  it('reads tips given as talk', () => {
    expect(read('coffee with Jo on friday, she gave me good tips for interviews').kind).toBe(
      'catch-up',
    );
  });

  it('reads "wants to know if I\'d mentor" as asked of the user', () => {
    expect(read("chidi dm'd me, wants to know if I'd mentor one of his grads")).toMatchObject({
      kind: 'ask',
      direction: 'inbound',
    });
  });

  it('keeps an offer on a call the contact placed theirs', () => {
    expect(read("Siobhan rang, she's going to ask about openings for me")).toMatchObject({
      kind: 'give',
      direction: 'inbound',
    });
    expect(read("rang Rachel, she's putting me forward").direction).toBe('mutual');
  });

  it('reads neither "now" nor "HR" as a day', () => {
    expect(read("Sam O'Neil said no roles right now, spoke on phone last week").occurredOn).toBe(
      '2026-11-23',
    );
    expect(read('drinks with Jose after the HR tech talk tues').occurredOn).toBe('2026-11-24');
  });
});
