// What a contact gave the user: news of a role, offers, things sent; and words that never name anyone.
import { describe, expect, it } from 'vitest';
import { offersFavour, tellsOfRole, theyBegan, theyGave } from './log-line-favours.js';
import { parseLogLine } from './log-line.js';

// 2026-11-30 is a Monday.
const today = '2026-11-30';
const read = (line: string, mayBePerson?: (name: string) => boolean) =>
  parseLogLine(line, mayBePerson ? { today, mayBePerson } : { today });

describe('an offer to do something for the user', () => {
  it.each([
    "said he'd pass my cv to their lead",
    "lunch with ana, she'll intro me to her lead",
    'met up with chidi - he is going to refer me',
    'aisha texted - can she refer me? yes please',
    "she's put me forward for a contract",
    'ng replied, he put my name forward for apm',
    "coffee with priya, she'll check if the team is hiring",
    "marcus - lunch - he's up for me shadowing a product review",
    'okoro replied - happy to refer',
  ])('is an offer: "%s"', (line) => {
    expect(offersFavour(line)).toBe(true);
  });

  it.each([
    'kate emailed back, happy to chat next thurs',
    "asked mark if he'd look over my cv",
    'emailed alexandra, will follow up next week',
    "lunch with ana, she'll be in london in jan",
  ])('is no offer: "%s"', (line) => {
    expect(offersFavour(line)).toBe(false);
  });
});

describe('news of a role', () => {
  it.each([
    ["priya desai rang, monzo's hiring 2 data scientists", false],
    ['lunch with fatima - ofcom econ team is hiring', false],
    ['coffee w jo - leeds data co might open a data eng role in jan', false],
    ['liz rang - deloitte have an opening on her team', false],
    ["katie whatsapp'd, there's a researcher role on her show", false],
    ['joanne rang, the leeds role is still open', false],
    ['anna kowalski - coffee - revolut design team growing', false],
    ['benjamin carter coffee - mentioned a data strategy role', false],
    ['olivia from hays called about a 6 month contract', true],
    ['whatsapp from dev re contract extension', true],
  ])('is news: "%s"', (line, inbound) => {
    expect(tellsOfRole(line, inbound)).toBe(true);
  });

  it.each([
    ["devendra replied on linkedin, the platform role's gone", true],
    ["zoom w priya re her team's hiring plans", false],
    ['chidi introduced me to the wise hiring manager', true],
    ['emailed kate about the analytics lead role', false],
    ['had a call about the role', false],
    ['messaged maria to say congrats on the new job', true],
  ])('is no news: "%s"', (line, inbound) => {
    expect(tellsOfRole(line, inbound)).toBe(false);
  });
});

describe('who gave and who began', () => {
  it('reads a contact who gives where a clause starts, not inside what the user sent', () => {
    expect(theyGave("ana lopez zoom, she shared spotify's take home tips")).toBe(true);
    expect(theyGave('sent wei the quantisation paper he mentioned')).toBe(false);
  });

  it('reads "he called me" as the contact beginning it', () => {
    expect(theyBegan('mark evans tesco - he called me re the opening')).toBe(true);
    expect(theyBegan('called him back')).toBe(false);
  });
});

describe('a line with news of a role or an offer is a give, from them or both', () => {
  it.each([
    ["Priya Desai rang, Monzo's hiring 2 data scientists", 'give', 'inbound'],
    ['Olivia from Hays called, two contract roles', 'give', 'inbound'],
    ['coffee with Sam Patel, he might have a data eng role in the new year', 'give', 'mutual'],
    ['drinks w katie morris fri, she offered to intro me to a data producer', 'give', 'mutual'],
    ["spoke to Chidi, he's going to intro me to the platform lead at Wise", 'give', 'mutual'],
    ["Ana Lopez zoom, she shared spotify's DS take home tips", 'give', 'mutual'],
    ['mark evans tesco - he called me re the BI manager opening', 'give', 'inbound'],
    ['Joanne Bennett - call re the analytics lead job', 'catch-up', 'mutual'],
    ['emailed Kate Morrison about the analytics lead role', 'catch-up', 'outbound'],
    ['sent Wei the quantisation paper he mentioned', 'give', 'outbound'],
    ["introduced Zoe Martin to a friend who's hiring at Monzo", 'intro', 'outbound'],
  ])('reads "%s" as a %s, %s', (line, kind, direction) => {
    expect(read(line)).toMatchObject({ kind, direction });
  });

  it.each([
    [
      'robert singh at kpmg offered to introduce me to elizabeth taylor at deloitte',
      'intro',
      'inbound',
    ],
    ["drinks with sam patel fri, he'll introduce me to kemi adeyemi at ocado", 'intro', 'mutual'],
    [
      "mark evans - meeting at tesco hq - he'll intro me to the head of BI, jess",
      'intro',
      'mutual',
    ],
    ['gareth price offered to introduce me to someone at admiral', 'give', 'inbound'],
    ['fatima zahra offered to introduce me to a few people at ofcom', 'give', 'inbound'],
    ['anna kowalski offered to introduce me to the recruiters at revolut', 'give', 'inbound'],
    ['Wei Chen offered to introduce me to his lead at ARM', 'give', 'inbound'],
    ["call with yusuf, he'll intro me to the head of product", 'give', 'mutual'],
  ])(
    'reads an offer to introduce "%s" as a %s, %s: a named target makes it an intro',
    (line, kind, direction) => {
      expect(read(line)).toMatchObject({ kind, direction });
    },
  );

  it.each([
    ["Ben said he'd look over my deck", 'give', 'inbound'],
    ["call with Aisha Karim, she'll review my case study", 'give', 'mutual'],
    ["coffee with Fatima Zahra, she'll keep an eye out for policy roles", 'give', 'mutual'],
    ['asked Chidi Eze to look over my cv', 'ask', 'outbound'],
  ])(
    'reads a promise to read the user\'s work or keep watch, "%s", as a %s, %s',
    (line, kind, direction) => {
      expect(read(line)).toMatchObject({ kind, direction });
    },
  );

  it.each([
    ['Katie Morris - BBC - pitched her my podcast idea', 'ask', 'outbound'],
    ['zoom with Alex Morgan, pitched him my side project', 'ask', 'outbound'],
    ['Marcus Bell pitched me a cofounder role at his new startup', 'give', 'inbound'],
    ['sent Ben Ng my product case study write-up unasked', 'ask', 'outbound'],
    ['sent Yusuf Demir the article he mentioned', 'give', 'outbound'],
  ])(
    'reads the user\'s own idea or work put to someone, "%s", as a %s, %s',
    (line, kind, direction) => {
      expect(read(line)).toMatchObject({ kind, direction });
    },
  );

  it('reads whom the user pitched, even in lower case', () => {
    expect(read('pitched lee jordan my idea for a travel data newsletter').personNames).toEqual([
      'Lee Jordan',
    ]);
    expect(read('pitched our analytics audit to dan fletcher').personNames).toEqual([
      'Dan Fletcher',
    ]);
  });

  it('reads "put me in touch with" as an introduction from the one who made it', () => {
    expect(read('Yusuf put me in touch with Niamh Kelly, 2 weeks ago')).toMatchObject({
      personNames: ['Yusuf', 'Niamh Kelly'],
      kind: 'intro',
      direction: 'inbound',
    });
  });
});

describe('shorthand, pronouns and acronyms are never a name', () => {
  it.each([
    ['S Patel (Ocado) - call - asked abt data eng referral', ['S Patel']],
    ['emailed alex thanks for the advice', ['Alex']],
    ['drinks w katie morris fri, she offered to help', ['Katie Morris']],
    ["Ng replied to my email, he'll put my name forward for APM", ['Ng']],
  ])('reads only the person in "%s"', (line, names) => {
    expect(read(line).personNames).toEqual(names);
    expect(read(line, () => false).personNames).toEqual(names);
  });

  it('still reads a name written in capitals when it is the only one', () => {
    expect(read('lunch with CHIDI').personNames).toEqual(['CHIDI']);
  });
});

describe('the channel is how this contact happened, not a meeting it refers to', () => {
  it.each([
    ['sent Kate at Sky a thank you for the call', 'other'],
    ['emily clarke emailed to follow up on our coffee', 'email'],
    ['reid - follow up email after the event - 25/11', 'email'],
    ['niamh replied! call booked for dec', 'other'],
    ['jose alvarez glovo - meet call - remote analytics roles', 'video'],
    ['Tom W accepted my linkedin invite', 'social'],
    ["accepted Zahra's linkedin request", 'social'],
    ['call with Ana about the meetup', 'call'],
  ])('reads "%s" as %s', (line, channel) => {
    expect(read(line).channel).toBe(channel);
  });
});

describe('whose post, request or work a verb names', () => {
  it.each([
    ["accepted Zahra's linkedin request", ['Zahra'], 'catch-up'],
    ["attended Margaret's NHS Digital open day on 17 Nov", ['Margaret'], 'catch-up'],
    ["reviewed Ben Ng's PM case study for him", ['Ben Ng'], 'give'],
    ['alex at meta linked me to their DS hiring blog', ['Alex'], 'give'],
    ["Dan Fletcher passed me a dashboard gig he can't take", ['Dan Fletcher'], 'give'],
    ["sam o'neil slack dm'd me some dbt tips", ["Sam O'Neil"], 'give'],
  ])('reads "%s"', (line, names, kind) => {
    expect(read(line)).toMatchObject({ personNames: names, kind });
  });

  it('reads a lower-case owner of a post as a person unless someone known works there', () => {
    expect(read("liked zoe's post", (name) => name === 'Zoe').personNames).toEqual(['Zoe']);
    expect(read("liked tariq's post", () => false).personNames).toEqual(['Tariq']);
    const atGoogle = {
      today,
      mayBePerson: () => false,
      isWorkplace: (w: string) => w === 'Google',
    };
    expect(parseLogLine("liked google's post", atGoogle).personNames).toEqual([]);
  });
});

describe('what came from the contact, round four', () => {
  it.each([
    ['aisha from cazoo sent me the sql test they use', 'give'],
    ['siobhán murphy emailed me the stripe interview prep pack', 'give'],
    ['bootcamp mentor callum sent me 3 junior roles', 'give'],
    ['emily clarke went over my cv and sent me feedback', 'give'],
    ['hannah schmidt wants me to quote for a dashboard rebuild', 'give'],
    ['zoom with a founder called Pieter, wants a freelance data audit', 'give'],
    ['marion rang to say the trust has a data officer post', 'give'],
    ['ana sent me a quick message', 'catch-up'],
    ['Margret from NHS Digital emailed me the programme info', 'catch-up'],
    ["intro'd Dan Fletcher to Benjamin Carter - accenture need freelance data help", 'intro'],
  ])('reads "%s" as %s', (line, kind) => {
    expect(read(line).kind).toBe(kind);
  });

  it.each([
    ['lee from skyscanner - slack - asked me for the airflow dag i built', 'inbound'],
    ["Lena Fischer - email - asked if I'd mentor one of her grads", 'inbound'],
    ['alexandra reid - bupa - emailed to say thanks for the workshop', 'inbound'],
    ["robert singh email - asked if he'd be up for a quick call", 'outbound'],
    ["emailed kate, asked if she's hiring", 'outbound'],
  ])('reads "%s" as %s', (line, direction) => {
    expect(read(line).direction).toBe(direction);
  });
});

describe('asked, chased and congratulated by the contact', () => {
  it.each([
    ["katie m from bbc emailed asking if i'd freelance on the spring series", 'give'],
    ['ben ng google - coffee - said apm applications open in feb', 'give'],
    ['wei shared my post about the ml bootcamp', 'catch-up'],
    ['sent margaret okafor and emily clarke my write-up on public sector dashboards', 'give'],
    ['emailed tom wright & rob singh the same cover letter for feedback', 'ask'],
    ['sent Kate Morrison an email about the team structure', 'catch-up'],
    ['priya chased me for my right to work docs', 'ask'],
  ])('reads "%s" as %s', (line, kind) => {
    expect(read(line).kind).toBe(kind);
  });

  it.each([
    ['fatma zahra - linkedin - congrats msg on my new role', 'message', 'inbound'],
    ["emma clark lloyds asked me to speak at her team's lunch & learn", 'other', 'inbound'],
    ['wei shared my post about the ml bootcamp', 'social', 'inbound'],
    ['zoom with a founder called Pieter, wants a freelance data audit', 'video', 'mutual'],
  ])('reads "%s" as %s, %s', (line, channel, direction) => {
    expect(read(line)).toMatchObject({ channel, direction });
  });
});

describe('a voicemail they left', () => {
  it.each([
    'Katie Morris from the BBC left me a voicemail about a contract',
    'Hannah Schmidt left me a voicemail about the academy intake',
  ])('reads "%s" as a call they began', (line) => {
    const parsed = read(line);
    expect(parsed).toMatchObject({ channel: 'call', direction: 'inbound' });
    expect(parsed.personNames).toHaveLength(1);
  });

  it('leaves "left a voicemail for Owen" as the user reaching out', () => {
    expect(theyBegan('left a voicemail for owen')).toBe(false);
  });
});
