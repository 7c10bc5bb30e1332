// The classes the thirty-second held-out set found, in an independent consultant's notes: firms
// after "to" or "for" read as people, names followed by an aside in brackets, a part at a
// gathering or thanks and likes "from" someone, the school gate and roundtables, work a client
// needs, pitches sent cold, and days that belong to something else the line names.
import { describe, expect, it } from 'vitest';
import { findDate } from './date-phrase.js';
import { parseLogLine } from './log-line.js';
import { tellsOfWork } from './log-line-work.js';

const today = '2026-11-30';
const read = (line: string) => parseLogLine(line, { today });
const names = (line: string) => read(line).people.map((person) => person.text);

describe('firms after "to" or "for"', () => {
  it('leaves out a firm that owns the work or the team', () => {
    expect(names('Nadia Rahman asked me to quote for Wessex Water’s asset review')).toEqual([
      'Nadia Rahman',
    ]);
    expect(names("Pete Larkin mentioned me to Camden Council's digital lead")).toEqual([
      'Pete Larkin',
    ]);
  });

  it('leaves out a firm that is "their", or that got the user’s name', () => {
    expect(names('Gita Shah recommended me to Harbour Homes for their data work')).toEqual([
      'Gita Shah',
    ]);
    expect(names('thanked Lewis Carr for passing my name to Greenfield')).toEqual(['Lewis Carr']);
  });

  it('keeps a person the user met after "to"', () => {
    expect(names('Gita Shah introduced me to Omar Haddad')).toContain('Gita Shah');
  });
});

describe('names the line used to miss', () => {
  it('reads a name before an aside in brackets and a dash or "and I"', () => {
    expect(
      read('Priya Nair (mum in Ava’s class; CFO at Asda) - long chat at the gate'),
    ).toMatchObject({ personNames: ['Priya Nair'], channel: 'meeting', direction: 'mutual' });
    expect(
      read('Tom Hale (Sam’s dad, runs ops at Boots) and I had a coffee about rotas'),
    ).toMatchObject({ personNames: ['Tom Hale'], channel: 'meeting' });
  });

  it('reads people "both at" a gathering, and a part had there', () => {
    expect(names('Ella Ward and Josh Kemp both at the fintech breakfast')).toEqual([
      'Ella Ward',
      'Josh Kemp',
    ]);
    expect(read('roundtable on retail data; Anil Gupta chairing')).toMatchObject({
      personNames: ['Anil Gupta'],
      channel: 'event',
    });
    expect(read('webinar on pensions - Ruth Gold on the panel').personNames).toEqual(['Ruth Gold']);
  });

  it('reads a name after a dash whose talking went with the topic', () => {
    expect(
      read('school christmas fair - Ifeoma Obi and I chatted about their leadership programme'),
    ).toMatchObject({ personNames: ['Ifeoma Obi'], channel: 'event' });
  });

  it('reads thanks and likes from someone, and a sync with someone', () => {
    expect(read('thanks from Ruth Gold by text for the intro')).toMatchObject({
      personNames: ['Ruth Gold'],
      kind: 'thanks',
      direction: 'inbound',
      channel: 'message',
    });
    expect(read('LinkedIn like from Josh Kemp on my post')).toMatchObject({
      channel: 'social',
      kind: 'catch-up',
    });
    expect(read('sync w Ella Ward on Teams re phase 2')).toMatchObject({
      personNames: ['Ella Ward'],
      channel: 'video',
    });
  });
});

describe('channels', () => {
  it('reads the school gate as a meeting, a roundtable as an event, a Teams check-in as video', () => {
    expect(read('chat at the school gate with Ella Ward').channel).toBe('meeting');
    expect(read('spoke to Ella Ward at the energy roundtable').channel).toBe('event');
    expect(read('Teams check-in with Ella Ward').channel).toBe('video');
    expect(read('chased Ella Ward by emial').channel).toBe('email');
  });

  it('reads an event’s recording sent on as no event', () => {
    expect(read('Ella Ward sent me the recording of the webinar I missed').channel).toBe('other');
  });
});

describe('kinds', () => {
  it('reads work a client needs or gives as news of work', () => {
    expect(tellsOfWork('coffee w ella; they need help with their erp rollout')).toBe(true);
    expect(tellsOfWork('ella rang - hmrc extending my sow to june')).toBe(true);
    expect(tellsOfWork('ella emailed re the framework, forms attached')).toBe(true);
    expect(tellsOfWork("josh sent over tesco's supplier questionnaire")).toBe(true);
    expect(tellsOfWork('kpmg have a bid that needs a data lead')).toBe(true);
    expect(tellsOfWork('i need help with my cv')).toBe(false);
  });

  it('reads credentials or a proposal sent unasked as an ask', () => {
    expect(read('sent Ella Ward my credentials deck').kind).toBe('ask');
    expect(read('sent Josh Kemp a proposal, unprompted').kind).toBe('ask');
    expect(read('emailed Josh Kemp a proposal (cold)').kind).toBe('ask');
  });

  it('reads a like, and a question asked at a webinar, as a catch-up', () => {
    expect(read('Ella Ward liked my comment on the budget post').kind).toBe('catch-up');
    expect(read('webinar with Josh Kemp presenting; asked him a q at the end').kind).toBe(
      'catch-up',
    );
  });
});

describe('dates', () => {
  const day = (text: string) => findDate(text, { today, dateOrder: 'DMY' })?.occurredOn;

  it('reads a weekday after the verb and who, before why, as the line’s day', () => {
    expect(day('rang Ella Ward Fri just to thank her')).toBe('2026-11-27');
    expect(day('Josh thanked me by email Fri for the input')).toBe('2026-11-27');
  });

  it('reads "end of last week (the Fri)" as that Friday', () => {
    expect(read('sent Josh Kemp a proposal end of last week (the Fri)').occurredOn).toBe(
      '2026-11-27',
    );
  });

  it('leaves out the day of what is thanked for, a day after "re", and a month to come', () => {
    expect(day('thank you email from Ella for the workshop on the 19th')).toBeUndefined();
    expect(day('texted Josh to say thanks for coffee on Tues')).toBeUndefined();
    expect(day('text from Ella re Thurs')).toBeUndefined();
    expect(day('Ella replied: happy to do a call in Dec')).toBeUndefined();
  });
});
