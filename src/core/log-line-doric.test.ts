// How a one-line log reads Doric, the Scots of the North-East ("fit like", "speirin", "pit me in
// touch wi a loon", "an" for and, "gied me a phone", "twa references aff me"), and the plainer
// English rules the same notes needed: "as she'd asked" is "had", not a plan; "the dashboards i
// built" is the user's own; "a paid supply chain project" is paid work; "his pal".
import { describe, expect, it } from 'vitest';
import { mendDialects } from './log-line-dialects.js';
import { keepsAsWritten, mendsTo, read, readsAs, today } from '../../test/log-line-table.js';

describe('Doric words, put plainly', () => {
  mendsTo([
    ['fit like dev, coffee the day', 'dev, coffee today'],
    ['dm to ana speirin fit the process is like', 'dm to ana asking what the process is like'],
    ['he speired aboot ma notes', 'he asked about my notes'],
    ['ana pit me forward for a data role', 'ana put me forward for a data role'],
    ['wei gied me a phone', 'wei gave me a phone'],
    ["she'll hae a look", "she'll have a look"],
    ['he wants twa references aff me', 'he wants two references off me'],
    ['sent chidi n wei thon article', 'sent chidi and wei that article'],
    ['a quine he kens', 'a woman he knows'],
    ['a loon called conor', 'a lad called conor'],
    ['the networkin nicht', 'the networking night'],
    ['jist a blether', 'just a chat'],
    ['a copy o the deck', 'a copy of the deck'],
  ]);

  describe('reads "an" as and', () => {
    mendsTo([
      ['emily clarke an fatima', 'emily clarke and fatima'],
      ['margaret okafor an alexandra reid', 'margaret okafor and alexandra reid'],
      ['yusuf an his pal', 'yusuf and his pal'],
      ['dan an a pal', 'dan and a pal'],
    ]);
  });

  describe('keeps the article', () => {
    keepsAsWritten([
      'had an email from ana',
      'met an old friend at the talk',
      'there was an ana at the talk',
      'sent an intro to dev',
    ]);
  });

  it('leaves a capitalised word alone', () => {
    expect(mendDialects('coffee with Jist Patel')).toBe('coffee with Jist Patel');
    expect(mendDialects('Pit stop with Dev')).toBe('Pit stop with Dev');
  });
});

describe('Doric notes, read', () => {
  readsAs([
    [
      'zoom wi emily clarke an fatima, ons chat',
      ['Emily Clarke', 'Fatima'],
      today,
      'video',
      'catch-up',
      'mutual',
    ],
    [
      'bumped intae margaret okafor an alexandra reid at the data meetup thurs',
      ['Margaret Okafor', 'Alexandra Reid'],
      '2026-11-26',
      'event',
      'catch-up',
      'mutual',
    ],
    [
      'drinks wi yusuf an his pal ruairidh grant fae scotrail fri',
      ['Yusuf', 'Ruairidh Grant'],
      '2026-11-27',
      'meeting',
      'catch-up',
      'mutual',
    ],
    [
      'thanked chidi an siobhan on linkedin for the referrals',
      ['Chidi', 'Siobhan'],
      today,
      'message',
      'thanks',
      'outbound',
    ],
    [
      'niamh pit me in touch wi a loon called conor walsh at intercom',
      ['Niamh'],
      today,
      'other',
      'intro',
      'inbound',
    ],
    [
      'dm to liz at deloitte speirin fit their analyst process is like',
      ['Liz'],
      today,
      'message',
      'ask',
      'outbound',
    ],
    ['alex texted speirin for ma notes fae the talk', ['Alex'], today, 'message', 'ask', 'inbound'],
    [
      'heard fae iain at bristow, he wants twa references aff me',
      ['Iain'],
      today,
      'other',
      'ask',
      'inbound',
    ],
    [
      'margaret pit me forward for a coordinator role at nhs digital',
      ['Margaret'],
      today,
      'other',
      'give',
      'inbound',
    ],
    [
      'met fiona grant at the offshore europe networkin nicht on the 19th',
      ['Fiona Grant'],
      '2026-11-19',
      'event',
      'catch-up',
      'mutual',
    ],
    [
      'wei gied me a phone yday aboot a paid supply chain ml project',
      ['Wei'],
      '2026-11-29',
      'call',
      'give',
      'inbound',
    ],
    [
      'new loon at the aberdeen tech meetup, jamie robertson fae craneware, swapped numbers',
      ['Jamie Robertson'],
      today,
      'event',
      'catch-up',
      'mutual',
    ],
    [
      'fit like joanne, teams call the day, jist a blether aboot leeds data co',
      ['Joanne'],
      today,
      'video',
      'catch-up',
      'mutual',
    ],
  ]);
});

describe('what the same notes taught the plain English rules', () => {
  it('reads "as she\'d asked" as had asked, so what was sent was given', () => {
    expect(read("emailed lucy my cv tues as she'd asked").kind).toBe('give');
    expect(read("sent sam the deck as he'd asked for it").kind).toBe('give');
  });

  it('still reads "she\'d" before what she will do as a plan', () => {
    const lunch = read("lunch with ana, she'd call me next week");
    expect(lunch.kind).toBe('catch-up');
    expect(lunch.channel).toBe('meeting');
  });

  it.each([
    'anna messaged, wants to see the dashboards i built on the rig',
    'dev wants a copy of the project plan template i used offshore',
  ])('reads a contact asking for what the user made as an ask: "%s"', (line) => {
    const result = read(line);
    expect(result.kind).toBe('ask');
    expect(result.direction).toBe('inbound');
  });

  it('reads specs sent without an article as given', () => {
    expect(read('joanne sent me data lead specs').kind).toBe('give');
  });

  it('reads paid work named by what it is, but not paying for it', () => {
    expect(read('sam rang about a paid supply chain ml project').kind).toBe('give');
    expect(read('the client finally paid for the project, thanked sam').kind).not.toBe('give');
  });
});
