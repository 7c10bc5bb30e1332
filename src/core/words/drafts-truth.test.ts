// Renders every intent × stage × person and timeline, and reads each draft against the timeline:
// no claim the timeline contradicts, no broken grammar, and blanks only where a fact is missing.
import { describe, expect, it } from 'vitest';
import { daysBetween } from '../dates.js';
import type { Interaction } from '../interaction.js';
import { completePerson, type NewPerson, type Person } from '../person.js';
import { emptyProfile, type Profile } from '../profile.js';
import { draftIntents, draftMessage, type Draft, type DraftInput } from './drafts.js';
import { relationshipStages } from './stages.js';
import { readTimeline, recentContactDays, theyReplied } from './timeline-facts.js';

const today = '2026-11-30';

function person(fields: NewPerson, id: number): Person {
  return { id, createdAt: '2026-01-01', updatedAt: '2026-01-01', ...completePerson(fields) };
}

let ids = 0;
function contact(fields: Partial<Interaction> & Pick<Interaction, 'occurredOn'>): Interaction {
  ids += 1;
  return {
    id: ids,
    personId: 1,
    channel: 'email',
    direction: 'outbound',
    kind: 'catch-up',
    summary: '',
    tags: [],
    expectsReply: false,
    createdAt: `${fields.occurredOn}T09:00:00Z`,
    ...fields,
  };
}

const richPerson = person(
  {
    name: "rachel o'neil",
    company: 'Booking.com',
    title: 'product analyst',
    howWeMet: 'at the Leeds data meetup',
    interests: ['product analytics', 'climate tech'],
    needs: 'a SQL reviewer for their dashboards',
    offers: 'intros to analytics hiring managers',
  },
  1,
);
const emptyPerson = person({ name: 'Jo' }, 1);
const connector = person({ name: 'chidi eze', company: 'Booking.com', needs: 'speakers' }, 2);
const other = person({ name: 'dev mistry', title: 'Engineer', interests: ['climate tech'] }, 3);

const richProfile: Profile = {
  ...emptyProfile,
  name: 'Maya Brooks',
  headline: 'Data analyst moving into product',
  goal: 'job-search',
  targetRoles: ['product analyst'],
  targetIndustries: ['climate tech'],
  interests: ['product analytics'],
  offers: [{ category: 'feedback', detail: 'a careful review of SQL and dashboards' }],
  valueStatement: 'I help product teams turn messy data into clear decisions',
};

/** Timelines a real network holds, newest first. */
const timelines: Record<string, Interaction[]> = {
  'met 25 days ago, asked 3 days ago': [
    contact({ occurredOn: '2026-11-27', kind: 'ask', summary: 'Email — data roles' }),
    contact({
      occurredOn: '2026-11-05',
      channel: 'call',
      direction: 'mutual',
      summary: 'Call — product metrics',
    }),
  ],
  'replied the same day': [
    contact({ occurredOn: '2026-11-30', direction: 'inbound', summary: 'Replied' }),
    contact({ occurredOn: '2026-11-30', kind: 'ask', summary: 'Email — data roles' }),
  ],
  'only my own emails, long ago': [
    contact({ occurredOn: '2025-06-02', summary: 'Sent my CV' }),
    contact({ occurredOn: '2025-06-01', summary: 'Email — hello' }),
  ],
  'a meeting long ago': [
    contact({
      occurredOn: '2024-03-10',
      channel: 'meeting',
      direction: 'mutual',
      summary: 'Coffee about climate tech',
    }),
  ],
};

interface Case {
  label: string;
  input: DraftInput;
}

const cases: Case[] = draftIntents.flatMap((intent) =>
  relationshipStages.flatMap((stage) => [
    {
      label: `${intent} × ${stage} × empty person`,
      input: { intent, stage, person: emptyPerson, profile: emptyProfile, today, variantCount: 3 },
    },
    ...Object.entries(timelines).map(([name, timeline]) => ({
      label: `${intent} × ${stage} × rich person, ${name}`,
      input: {
        intent,
        stage,
        person: richPerson,
        profile: richProfile,
        timeline,
        connector,
        otherPerson: other,
        topic: 'the State of Product Analytics report',
        today,
        variantCount: 3,
      },
    })),
  ]),
);

const texts = (draft: Draft) => [draft.subject, ...draft.variants.flat()];

/** Each way the words could contradict what is logged, as [problem, pattern, true when allowed]. */
function contradictions(input: DraftInput, draft: Draft): string[] {
  const facts = readTimeline(input.timeline ?? [], today);
  const text = texts(draft).join('\n');
  const problems: string[] = [];
  const recent =
    facts.last !== null && daysBetween(facts.last.occurredOn, today) < recentContactDays;
  if (recent && /been a while|too long|long time/i.test(text))
    problems.push('"a while" after recent contact');
  if (
    !facts.fromThem &&
    /\b(your (email|message|reply)|wrote back|replied|our emails)\b/i.test(text)
  )
    problems.push('a reply nobody sent');
  const met = input.person.howWeMet !== null || facts.conversation !== null;
  if (!met && /\bwe (first )?met\b|\bmeet(ing)? you (?!\[)/i.test(text))
    problems.push('"we met" for never-met');
  if (!facts.conversation && /\bour (call|meeting|video call|chat at the event)\b/.test(text))
    problems.push('a conversation nobody logged');
  if (!facts.myNote && /\bmy (email|message)\b/.test(text)) problems.push('a note nobody logged');
  if (
    theyReplied(facts) &&
    /follow(ing)? up on|follow-up (to|on)|circling back|last nudge/i.test(text)
  )
    problems.push('a follow-up after a reply');
  const linked = input.connector !== undefined && input.connector.company === input.person.company;
  const claimsLink = /\bI (see|believe) you|\bI think you're connected|\byou know .+, I believe/;
  if (input.intent === 'request-intro' && !linked && claimsLink.test(text))
    problems.push('a link nobody logged');
  return problems;
}

/** Sentence and punctuation slips a reader would notice. */
function grammarSlips(text: string): string[] {
  const slips: Array<[string, RegExp]> = [
    ['a double space', /[^\s] {2,}/],
    ['a space before punctuation', / [,.;:!?]/],
    ['doubled punctuation', /[,;:][,.;:!?]|\.\.|[!?][.,]/],
    // A word, not an acronym: "an SEO lead" and "a UX designer" are right.
    ['"a" before a vowel', /\ba (?=[aeioAEIO][a-z])/],
    ['"an" before a consonant', /\ban (?=[bcdfgjklmnpqrstvwxzBCDFGJKLMNPQRSTVWXZ][a-z])/],
    ['a doubled word', /\b(\w+) \1\b/i],
    ['a lower-case sentence start', /[.!?]\s+[a-z]/],
    ['a lower-case line start', /^[a-z]/m],
    ['a stray placeholder', /\b(undefined|null|NaN)\b|\{|\}|\[\]|\(\)/],
  ];
  const found = slips.filter(([, pattern]) => pattern.test(text)).map(([name]) => name);
  for (const [open, close] of [
    ['[', ']'],
    ['(', ')'],
  ] as const) {
    if (text.split(open).length !== text.split(close).length)
      found.push(`unbalanced ${open}${close}`);
  }
  return found;
}

/** Labels no stored field can answer: these may stay blank even for a person Kith knows well. */
const neverStored = new Set([
  'what you admire about their work',
  'what you said you would do',
  'why it made you think of them',
  'why these two should meet',
  'a link, idea or piece of news useful to them',
  'the most useful thing they said',
  'what they did for you',
  'the meeting or call',
  'the main thing you discussed',
  'when you wrote',
]);

describe('every draft against its timeline', () => {
  it.each(cases)('$label: nothing the timeline contradicts', ({ input }) => {
    expect(contradictions(input, draftMessage(input))).toEqual([]);
  });

  it.each(cases)('$label: no broken grammar', ({ input }) => {
    const draft = draftMessage(input);
    for (const text of texts(draft)) expect(grammarSlips(text), text).toEqual([]);
  });

  it.each(cases)(
    '$label: blanks only in the [blank] form, and only where a fact is absent',
    ({ input }) => {
      const draft = draftMessage(input);
      const shown = new Set(
        texts(draft).flatMap((t) => [...t.matchAll(/\[([^\]]+)\]/g)].map((m) => m[1] ?? '')),
      );
      expect([...shown].sort()).toEqual([...draft.blanks].sort());
      if (input.person !== richPerson) return;
      const facts = readTimeline(input.timeline ?? [], today);
      for (const blank of draft.blanks) expect(neverStored, blank).toContain(blank);
      // A fact that is stored never stays blank.
      if (facts.twoWay && readTopic(facts.twoWay))
        expect(draft.blanks).not.toContain('the most useful thing they said');
      if (facts.twoWay) expect(draft.blanks).not.toContain('what they did for you');
      if (facts.conversation) expect(draft.blanks).not.toContain('the meeting or call');
      if (facts.myNote) expect(draft.blanks).not.toContain('when you wrote');
    },
  );
});

function readTopic(interaction: Interaction): boolean {
  return / — |\babout\b/.test(interaction.summary);
}

describe('any stored title and name reads right in every intent', () => {
  const titles = [
    'Engineer',
    'engineer',
    'UX designer',
    'SEO lead',
    'Head of Product',
    'CEO',
    'SENIOR DATA ANALYST',
    'an analytics lead',
    'user researcher',
  ];
  const names: Array<[string, string]> = [
    ['rachel lowe', 'Rachel Lowe'],
    ["sam o'neil", "Sam O'Neil"],
    ['ewan mcdonald', 'Ewan McDonald'],
    ['anke van der berg', 'Anke van der Berg'],
    ['maria de la cruz', 'Maria de la Cruz'],
  ];
  const combos = draftIntents.flatMap((intent) =>
    titles.flatMap((title, i) => {
      const [stored, shown] = names[i % names.length] ?? ['Jo', 'Jo'];
      return [{ intent, title, stored, shown }];
    }),
  );

  it.each(combos)('$intent to "$stored", $title', ({ intent, title, stored, shown }) => {
    const who = person({ name: stored, title, company: 'Acme' }, 1);
    const draft = draftMessage({
      intent,
      person: who,
      profile: richProfile,
      connector,
      otherPerson: person({ name: 'dev mistry', title }, 3),
      today,
      variantCount: 3,
    });
    for (const text of texts(draft)) {
      expect(grammarSlips(text), text).toEqual([]);
      expect(text).not.toContain(stored);
    }
    expect(draft.parts.map((part) => part.to).join(', ')).toContain(shown);
  });
});

describe('the reader itself', () => {
  it('catches each slip it looks for, so a clean pass means something', () => {
    expect(grammarSlips('Hi  Ana , as a engineer and an manager. then the the [gap (x')).toEqual([
      'a double space',
      'a space before punctuation',
      '"a" before a vowel',
      '"an" before a consonant',
      'a doubled word',
      'a lower-case sentence start',
      'unbalanced []',
      'unbalanced ()',
    ]);
  });
});
