// What passed between the user and a contact, read from how the line is put: a thing they asked
// for, a thing the contact sent, an opening told as a need, a role gone, a first chat, a named
// gathering, a bare weekday after a dash, a want with no subject as the contact's, and the classes
// the fourteenth held-out set found: named breakfasts and user groups, replies with plans in them,
// things the user asked for, and a verb after a note's two fields.
import { describe, expect, it } from 'vitest';
import { answersRequest, tellsOfRole, theyWant } from './log-line-favours.js';
import { parseLogLine } from './log-line.js';

const today = '2026-11-30';
const read = (line: string) => parseLogLine(line, { today });

describe('what the contact asked for, given', () => {
  it('reads a thing sent because they had asked for it as a give, whatever tense the asking', () => {
    expect(answersRequest("sent jo my cv, she'd asked for an updated one", false)).toBe(true);
    expect(answersRequest('emailed ana my portfolio, she had asked for it', false)).toBe(true);
    expect(read('emailed Ana Lopez my portfolio, she had asked for it').kind).toBe('give');
    expect(read('sent Ana Lopez my cv - she asked me to').kind).toBe('give');
    expect(read('emailed Ben Ng my portfolio, he wanted to see it').kind).toBe('give');
    expect(read('sent my cv to Ana Lopez at her request').kind).toBe('give');
    expect(read("sent Jo Bloggs the deck like he'd asked")).toMatchObject({
      kind: 'give',
      direction: 'outbound',
    });
  });

  it('keeps the user’s own CV, sent unasked, an ask', () => {
    expect(read('sent Jo Bloggs my updated cv').kind).toBe('ask');
    expect(read("emailed Ben Ng my cv, he wanted to know if i'm free").kind).toBe('ask');
  });
});

describe('a thing the contact sent or passed on', () => {
  it('reads a message that carries a thing as a give from them', () => {
    expect(read('Ana Lopez dropped me a msg on linkedin w the ons salary guide')).toMatchObject({
      kind: 'give',
      direction: 'inbound',
    });
    expect(read('Ben Ng sent me over a link to the ons salary report').kind).toBe('give');
    expect(read('Ana Lopez pinged me a link to a podcast').kind).toBe('give');
  });

  it('reads a thing sent to several people, its name written with a slash, as a give', () => {
    expect(read('sent Ben Ng and Ana Lopez the hmrc/dwp data quality paper').kind).toBe('give');
  });

  it('keeps a message about a thing a catch-up', () => {
    expect(read('Ana Lopez dropped me a msg about the guide').kind).toBe('catch-up');
  });
});

describe('an opening told as somebody’s need', () => {
  it('reads "are after", "looking for" and "needs" a hand as news of a role', () => {
    expect(tellsOfRole('john lewis are after a solutions eng contractor', false)).toBe(true);
    expect(tellsOfRole('skyscanner are looking for a data engineer', false)).toBe(true);
    expect(tellsOfRole('his team needs 2 analysts', false)).toBe(true);
    expect(tellsOfRole('his team needs a new analyst', false)).toBe(true);
    expect(tellsOfRole("he's looking for someone to subcontract a project to", false)).toBe(true);
    expect(tellsOfRole('deliveroo looking for an analytics engineer', false)).toBe(true);
    expect(tellsOfRole('ocado hiring a contractor', false)).toBe(true);
    expect(read('Ben Ng rang, skyscanner are looking for a data engineer')).toMatchObject({
      kind: 'give',
      direction: 'inbound',
    });
    expect(read('coffee with Ben Ng, his team need a freelance analyst')).toMatchObject({
      kind: 'give',
      direction: 'mutual',
    });
  });

  it('keeps the contact’s own search, the user’s need, a maybe and a favour out of it', () => {
    expect(tellsOfRole("he's looking for a new analyst role", false)).toBe(false);
    expect(tellsOfRole("she's looking for a job as an analyst", false)).toBe(false);
    expect(tellsOfRole("she's looking for a new analyst job", false)).toBe(false);
    expect(tellsOfRole("he's looking for contractor roles", false)).toBe(false);
    expect(tellsOfRole("she's a data analyst", false)).toBe(false);
    expect(tellsOfRole('i need a contractor', false)).toBe(false);
    expect(tellsOfRole("i'm looking for a data engineer to hire", false)).toBe(false);
    expect(tellsOfRole("we're looking for analysts", false)).toBe(false);
    expect(tellsOfRole('coffee w ana re hiring engineers at a startup', false)).toBe(false);
    expect(tellsOfRole('he might need a contractor in jan', false)).toBe(false);
    expect(read("coffee w Ben Ng, he's after a referral").kind).toBe('catch-up');
  });
});

describe('a role gone', () => {
  it('reads a role that went internal, got filled or was pulled as news of nothing', () => {
    expect(tellsOfRole("kpmg's director role went internal", true)).toBe(false);
    expect(tellsOfRole('the role went to an internal candidate', true)).toBe(false);
    expect(tellsOfRole('the position went to someone internal', true)).toBe(false);
    expect(read('Ana Lopez called, the analyst role got filled').kind).toBe('catch-up');
    expect(read('Ana Lopez emailed - the monzo role was pulled').kind).toBe('catch-up');
    expect(read('Ana Lopez emailed, the analyst role is on ice').kind).toBe('catch-up');
    expect(read('Ben Ng messaged, monzo hired someone else for the role').kind).toBe('catch-up');
  });
});

describe('a first conversation', () => {
  it('reads an intro chat or introductory call as a catch-up both had, not an introduction', () => {
    expect(read('call with Ben Ng - introductory call re the startup')).toMatchObject({
      kind: 'catch-up',
      direction: 'mutual',
    });
    expect(read('zoom w Ana Lopez - intro chat abt fintech')).toMatchObject({
      kind: 'catch-up',
      direction: 'mutual',
    });
  });

  it('keeps an introduction made an intro', () => {
    expect(read("Ben Ng intro'd me to his manager").kind).toBe('intro');
  });
});

describe('a gathering named as an evening, a breakfast or drinks', () => {
  it('reads a meal or an evening with a name of its own as an event', () => {
    expect(read('met Ben Ng at the women in tech breakfast').channel).toBe('event');
    expect(read('Ana Lopez - women in product breakfast - weds').channel).toBe('event');
    expect(read("met Ben Ng at google's data science drinks").channel).toBe('event');
    expect(read("Ana Lopez - monzo's founders evening - tues")).toMatchObject({
      channel: 'event',
      direction: 'mutual',
    });
  });

  it('keeps a meal with someone a meeting', () => {
    expect(read('drinks w Ben Ng friday').channel).toBe('meeting');
    expect(read('Ana Lopez - breakfast - weds').channel).toBe('meeting');
    expect(read('breakfast for two with Ana Lopez').channel).toBe('meeting');
    expect(read("dinner with Ben Ng at dan's house on saturday night").channel).toBe('meeting');
    expect(read("drinks with Ana Lopez - her team's christmas drinks").channel).toBe('meeting');
    expect(read("call w Ana Lopez re her sister's wedding night").channel).toBe('call');
  });
});

describe('a bare weekday after a dash', () => {
  it('dates the line by the weekday, not by the evening named before it', () => {
    expect(read('Ana Lopez - the women in data evening - tues').occurredOn).toBe('2026-11-24');
    expect(read('Ben Ng - dinner - sat evening').occurredOn).toBe('2026-11-28');
  });

  it('keeps "last night" a day', () => {
    expect(read('Ben Ng rang last night, his team is hiring').occurredOn).toBe('2026-11-29');
  });
});

describe('a want with no subject is the contact’s', () => {
  it('reads "- wants to…" as the contact getting in touch', () => {
    expect(theyWant('carter - email - wants to grab lunch next wk')).toBe(true);
    expect(read('Ana Lopez - whatsapp - keen to catch up in jan').direction).toBe('inbound');
    expect(read('Ana Lopez - email - wants to grab lunch next wk').direction).toBe('inbound');
  });

  it('keeps it the user’s when they reached out first', () => {
    expect(theyWant('emailed carter - wants to grab lunch next wk')).toBe(false);
    expect(read('called Ana Lopez, wants to meet next week').direction).toBe('outbound');
  });

  it('keeps a want met face to face both sides’, and a want of their own unsaid', () => {
    expect(read('coffee w Ana Lopez - wants to move into product').direction).toBe('mutual');
    expect(read('call w Ana Lopez - wants to meet up in jan').direction).toBe('mutual');
    expect(theyWant('ana lopez - linkedin - wants to move into data')).toBe(false);
  });
});

describe('what the contact sent, after a note’s break', () => {
  it.each([
    ['olivia brown - whatsapp - sent me two contract roles', 'message'],
    ['sam o - slack - sent me their analytics eng job spec', 'message'],
    ['rory mcallister - emailed me a freelance brief for a brewery rebrand', 'email'],
  ])('reads "%s" as their give', (line, channel) => {
    expect(read(line)).toMatchObject({ kind: 'give', direction: 'inbound', channel });
  });

  it('reads an offer to be a referee, after a note’s break, as their give', () => {
    const line = 'my old lecturer dr jo bloggs - email - offered to be my referee';
    expect(read(line)).toMatchObject({ kind: 'give', direction: 'inbound' });
  });

  it('reads news of a grad intake as a give', () => {
    expect(read('Lee Jordan dropped me an email re their grad intake').kind).toBe('give');
  });

  it('reads a note naming only where it was written as both sides’', () => {
    expect(read('dev - whatsapp - sat')).toMatchObject({ direction: 'mutual', channel: 'message' });
  });
});

describe('what a contact said, where both were', () => {
  it.each([
    ['zoe martin suggested i apply for the growth role - call - wed', 'give'],
    ['dan fletcher suggested i go freelance, beers fri', 'catch-up'],
  ])('reads "%s" as both sides’', (line, kind) => {
    expect(read(line)).toMatchObject({ direction: 'mutual', kind });
  });

  it('keeps a way of getting in touch theirs', () => {
    expect(read('Ben Ng rang about the data role, over coffee after').direction).toBe('inbound');
  });
});

describe('a gathering named without the word for it', () => {
  it.each([
    'met carla moreno at the fintech networking breakfast on wed',
    'ran into gareth price at the actuarial society dinner',
    'met joanne at a leeds startup pitch night, 18/11',
    'saw siobhan murphy at the dublin women in tech lunch',
  ])('reads "%s" as an event', (line) => {
    expect(read(line).channel).toBe('event');
  });

  it('keeps a meal with no name of its own a meeting', () => {
    expect(read('lunch with Ana Lopez in town on sat').channel).toBe('meeting');
  });
});

describe('the fourteenth held-out set: where it happened', () => {
  it.each([
    ['met zoe martin at the just eat analytics user group 18/11', 'event'],
    ['met gareth price at the insurance analytics breakfast 17/11', 'event'],
    ['chatted to priya desai at the fintech breakfast wed', 'event'],
    ['latte w zoe martin sat', 'meeting'],
    ['flat white with chidi fri', 'meeting'],
    ['breakfast with mark evans tues', 'meeting'],
    ['met ana lopez at the end of lunch', 'meeting'],
    ['emma clark replied to my email, can do a call 14 dec', 'email'],
    ['rachel lowe replied to my email, free for coffee on 3 dec', 'email'],
    ['priya shah emailed me the product analytics meetup slides', 'email'],
    ['fatima zahra put me in touch with an economist at the met office', 'other'],
  ])('reads "%s" as %s', (line, channel) => {
    expect(read(line).channel).toBe(channel);
  });
});

describe('the fourteenth held-out set: what passed and who began it', () => {
  it.each([
    ['sent zoe the a/b testing notes she asked abt', 'give', 'outbound'],
    ['wei chen sent the arm interview guide i asked for', 'give', 'inbound'],
    ['emily clarke asked me to send over my cv, done', 'give', 'outbound'],
    ['priya desai - monzo - messaged about a data science contract on her team', 'give', 'inbound'],
    ['zoe martin - just eat - emailed about a maternity cover on her squad', 'give', 'inbound'],
    ["lee jordan - skyscanner - intro'd me to their head of data", 'intro', 'inbound'],
    ['margaret okafor rang, nhs digital want a data person for 6 months', 'give', 'inbound'],
    ['freelance client Mr Penrose rang, wants a forecasting model built', 'give', 'inbound'],
    ['sent the meetup recording to zoe martin and ben ng', 'give', 'outbound'],
  ])('reads "%s" as %s, %s', (line, kind, direction) => {
    const parsed = read(line);
    expect([parsed.kind, parsed.direction]).toEqual([kind, direction]);
  });

  it('keeps thanks for what they gave the user as the user’s', () => {
    const parsed = read('sam patel - whatsapp - said thanks for the tips he gave me');
    expect([parsed.kind, parsed.direction]).toEqual(['thanks', 'outbound']);
  });

  it('keeps the user emailing a note’s contact, and asking for their CV, as the user’s', () => {
    expect(read('ana lopez - spotify - sent her the paper').direction).toBe('outbound');
    expect(read('daniel okoro - linkedin - asked him for 20 mins').kind).toBe('ask');
  });
});

describe('the fifteenth held-out set: where a name sits, what passed and who began it', () => {
  it.each([
    ['sat beside wei chen at the arm awards dinner thurs', ['Wei Chen'], 'event', '2026-11-26'],
    ['wrote a reference for dan fletcher yday', ['Dan Fletcher'], 'other', '2026-11-29'],
    ['left a linkedin endorsement for zoe martin', ['Zoe Martin'], 'social', today],
    [
      'skipped the sap webinar but hannah schmidt sent me the deck',
      ['Hannah Schmidt'],
      'other',
      today,
    ],
    ['lunch w my old team lead from tesco, mark', ['Mark'], 'meeting', today],
    ['call w a designer i met at a meetup, Nadia Rahman', ['Nadia Rahman'], 'call', today],
    ['starling are hiring again per marcus', ['Marcus'], 'other', today],
    ['met chidi at the wise engineering open evening 2 wks ago', ['Chidi'], 'event', '2026-11-16'],
    ["saw ana lopez at spotify's careers evening thurs", ['Ana Lopez'], 'event', '2026-11-26'],
    ['caught up w maria at the canva portfolio crit weds', ['Maria'], 'event', '2026-11-25'],
    ['met fatima at the ofcom open house 12/11', ['Fatima'], 'event', '2026-11-12'],
    ['ramen and a portfolio chat w lee on thurs', ['Lee'], 'meeting', '2026-11-26'],
    ['met siobhan and her new manager ines for coffee', ['Siobhan', 'Ines'], 'meeting', today],
    ['introduced niamh kelly to my old flatmate callum', ['Niamh Kelly'], 'other', today],
  ])('reads "%s"', (line, names, channel, occurredOn) => {
    const parsed = read(line);
    expect([parsed.personNames, parsed.channel, parsed.occurredOn]).toEqual([
      names,
      channel,
      occurredOn,
    ]);
  });

  it.each([
    ['wrote a reference for dan fletcher yday', 'give', 'outbound'],
    ['told wei chen about a platform role at monzo', 'give', 'outbound'],
    ['sent a salary benchmark sheet to niamh', 'give', 'outbound'],
    ['gareth said yes to writing me a reference', 'give', 'inbound'],
    ['zoe emailed, just eat want to interview me next week', 'give', 'inbound'],
    ["jose from glovo rang asking if i'd do a 3 month contract build", 'give', 'inbound'],
    [
      'a hiring manager called tom reilly emailed about some freelance dashboard work',
      'give',
      'inbound',
    ],
    ['video call w ben ng thurs, he ran a mock interview with me', 'give', 'mutual'],
    ['benjamin - email - sent him my case study draft for a look', 'ask', 'outbound'],
    ['ran a workshop at the leeds python user group, talked w joanne after', 'catch-up', 'mutual'],
    ['gave a talk at the pydata meetup, chatted w lee after', 'catch-up', 'mutual'],
    ['margaret - call - said the team is restructuring', 'catch-up', 'mutual'],
    ['hannah - whatsapp - can’t do drinks thurs, moving it', 'catch-up', 'inbound'],
    ["chloé dubois's assistant emailed to book a call", 'catch-up', 'inbound'],
  ])('reads "%s" as %s, %s', (line, kind, direction) => {
    const parsed = read(line);
    expect([parsed.kind, parsed.direction]).toEqual([kind, direction]);
  });

  it('reads a note’s message channel before a meeting it calls off, and an assistant’s email as an email', () => {
    expect(read('Emily C - text - 25/11 - has to push our lunch').channel).toBe('message');
    expect(read("chloé dubois's assistant emailed to book a call").channel).toBe('email');
  });

  it('reads an initial and a surname opening a note', () => {
    expect(read('m. gonzalez - canva - emailed me the deck').personNames).toEqual(['M Gonzalez']);
  });

  it('reads no one after "per" when it is a rate', () => {
    expect(read('emailed sam a quote, £500 per day').personNames).toEqual(['Sam']);
  });
});
