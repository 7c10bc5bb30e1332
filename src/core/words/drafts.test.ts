import { describe, expect, it } from 'vitest';
import { isAppError } from '../errors.js';
import type { Interaction } from '../interaction.js';
import { completePerson, type NewPerson, type Person } from '../person.js';
import { emptyProfile, goals, type Profile } from '../profile.js';
import { draftIntents, draftMessage, type DraftInput, type DraftIntent } from './drafts.js';
import { shortCallMinutes } from './intents.js';
import { countWords } from './prose.js';
import { relationshipStages } from './stages.js';

function person(fields: NewPerson, id = 1): Person {
  return { id, createdAt: '2026-01-01', updatedAt: '2026-01-01', ...completePerson(fields) };
}

const minimal = person({ name: 'Ana' });
const rich = person({
  name: 'Ana Lopez',
  company: 'Acme Health',
  title: 'Head of Product',
  howWeMet: 'at PyCon Berlin',
  interests: ['climate tech', 'trail running'],
  needs: 'a UX designer for their patient app',
});
const bo = person(
  {
    name: 'Bo Chen',
    title: 'UX designer',
    interests: ['climate tech'],
    offers: 'UX design for health apps',
  },
  2,
);
const maria = person({ name: 'Maria Silva', needs: 'speakers for their meetup' }, 3);
const profile: Profile = {
  ...emptyProfile,
  name: 'Sam Lee',
  headline: 'Data analyst moving into product',
  goal: 'job-search',
  targetRoles: ['product manager'],
  targetIndustries: ['climate tech'],
};
const lastCall: Interaction = {
  id: 1,
  personId: 1,
  occurredOn: '2026-03-02',
  channel: 'call',
  direction: 'mutual',
  kind: 'catch-up',
  expectsReply: false,
  summary: 'call with Ana about moving from analytics to product',
  tags: [],
  createdAt: '2026-03-02',
};

function richInput(intent: DraftIntent, extra: Partial<DraftInput> = {}): DraftInput {
  return {
    intent,
    person: rich,
    profile,
    offers: ['user research interviews', 'feedback on UX flows'],
    lastInteraction: lastCall,
    today: '2026-03-20',
    otherPerson: bo,
    connector: maria,
    topic: 'a report on digital health adoption',
    ...extra,
  };
}

const allBodies = (input: DraftInput) => draftMessage(input).variants.flat();

describe('draftMessage', () => {
  it.each(draftIntents)('drafts %s for a person Kith knows only by name', (intent) => {
    const draft = draftMessage({
      intent,
      person: minimal,
      profile: { ...emptyProfile, name: 'Sam' },
    });
    expect(draft.intent).toBe(intent);
    expect(draft.parts.length).toBeGreaterThan(0);
    expect(draft.subject).not.toBe('');
    for (const part of draft.parts) expect(part.body).toMatch(/\S/);
  });

  it.each(draftIntents)('drafts %s for a person Kith knows well, using what it knows', (intent) => {
    const draft = draftMessage(richInput(intent));
    expect(draft.parts[0]?.body).toContain('Ana');
    expect(draft.variants[0]?.[0]).toBe(draft.parts[0]?.body);
    expect(draft.wordCount).toBe(countWords(draft.parts[0]?.body ?? ''));
  });

  it.each(draftIntents)('offers at least three variants of the main body for %s', (intent) => {
    expect(draftMessage(richInput(intent)).variants[0]?.length).toBeGreaterThanOrEqual(3);
  });

  it.each(
    goals.flatMap((goal) =>
      relationshipStages.flatMap((stage) =>
        draftIntents.map((intent) => ({ goal, stage, intent })),
      ),
    ),
  )('keeps every $intent part under 120 words ($goal, $stage)', ({ goal, stage, intent }) => {
    const long = (word: string) => Array.from({ length: 60 }, (_, i) => `${word}${i}`).join(' ');
    const wordy = person({
      name: 'Ana Lopez',
      company: long('company'),
      title: long('title'),
      howWeMet: long('met'),
      interests: [long('climate')],
      needs: long('need'),
    });
    const input = richInput(intent, {
      person: wordy,
      stage,
      profile: { ...profile, goal, headline: long('headline'), targetRoles: [long('role')] },
      valueStatement: long('value'),
      offers: [long('offer')],
      topic: long('topic'),
      variantCount: 5,
    });
    for (const body of allBodies(input)) expect(countWords(body)).toBeLessThan(120);
  });

  it('leaves a blank where Kith does not know how they met, instead of inventing a place', () => {
    const draft = draftMessage({ intent: 'first-contact-warm', person: minimal, profile });
    expect(draft.parts[0]?.body).toContain('[where you met]');
    expect(draft.blanks).toContain('where you met');
    expect(draft.parts[0]?.body).not.toMatch(/met you (at|through) [^[]/);
  });

  it('uses how they met when Kith knows it, and lists no blank for it', () => {
    const draft = draftMessage(richInput('first-contact-warm'));
    expect(draft.parts[0]?.body).toContain('at PyCon Berlin');
    expect(draft.blanks).not.toContain('where you met');
  });

  it.each(draftIntents)('lists exactly the blanks that appear in the %s text', (intent) => {
    const draft = draftMessage({ intent, person: minimal, profile: emptyProfile });
    const text = [draft.subject, ...draft.variants.flat()].join('\n');
    const shown = [...new Set([...text.matchAll(/\[([^\]]+)\]/g)].map((m) => m[1]))];
    expect([...draft.blanks].sort()).toEqual(shown.sort());
  });

  it.each(draftIntents)(
    'mentions no company, title or place the input did not give (%s)',
    (intent) => {
      const text = allBodies({ intent, person: minimal, profile: { ...emptyProfile, name: 'Sam' } })
        .join('\n')
        .replace(/\[[^\]]+\]/g, '');
      expect(text).not.toMatch(/\b(at|from) [A-Z][a-z]+/);
    },
  );

  it('says when they last talked relative to today and what it was about', () => {
    const body = draftMessage(richInput('thank-you')).parts[0]?.body ?? '';
    expect(body).toContain('our call a few weeks ago');
    expect(body).toContain('moving from analytics to product');
  });

  it('writes a request-intro as a note to the connector plus a forwardable blurb', () => {
    const draft = draftMessage(richInput('request-intro'));
    expect(draft.parts).toHaveLength(2);
    const [note, blurb] = draft.parts;
    expect(note?.to).toBe('Maria Silva');
    expect(note?.body).toMatch(/^Hi Maria,/);
    expect(note?.body).toContain('you be open to asking Ana');
    expect(blurb?.label).toMatch(/forwardable blurb/i);
    expect(blurb?.body).toContain('Sam Lee (data analyst moving into product)');
    expect(blurb?.body).not.toContain('Hi ');
  });

  it('offers the connector help with what they need', () => {
    expect(draftMessage(richInput('request-intro')).parts[0]?.body).toContain(
      'if I can help with speakers for your meetup',
    );
  });

  it('marks the connector as a blank when none is given', () => {
    const draft = draftMessage(richInput('request-intro', { connector: undefined }));
    expect(draft.blanks).toContain("the connector's name");
  });

  it('introduces two people with an opt-in note to each side before the joint intro', () => {
    const draft = draftMessage(richInput('introduce'));
    expect(draft.parts.map((p) => p.to)).toEqual(['Ana Lopez', 'Bo Chen', 'Ana Lopez, Bo Chen']);
    const [toAna, toBo, joint] = draft.parts;
    for (const note of [toAna, toBo])
      expect(note?.body).toMatch(/introduce you|introduction be welcome/);
    expect(toAna?.body).not.toContain('Bo');
    expect(toBo?.body).not.toContain('Ana');
    expect(toAna?.body).toContain('help with a UX designer for your patient app');
    expect(joint?.body).toContain('Ana, meet Bo Chen (UX designer)');
  });

  it('marks the second person as a blank when introduce has only one', () => {
    const draft = draftMessage(richInput('introduce', { otherPerson: undefined }));
    expect(draft.blanks).toContain("the other person's name");
  });

  it.each(['first-contact-cold', 'ask-advice', 'first-contact-warm'] as const)(
    'writes a different %s for each goal',
    (intent) => {
      const bodies = goals.map(
        (goal) => draftMessage(richInput(intent, { profile: { ...profile, goal } })).parts[0]?.body,
      );
      expect(new Set(bodies).size).toBe(goals.length);
    },
  );

  it.each(['first-contact-cold', 'ask-advice', 'reconnect', 'thank-you'] as const)(
    'writes a different %s for each relationship stage',
    (intent) => {
      const bodies = relationshipStages.map(
        (stage) => draftMessage(richInput(intent, { stage })).parts[0]?.body,
      );
      expect(new Set(bodies).size).toBe(relationshipStages.length);
    },
  );

  it('asks every stage for the same short call, lets a stranger answer by email, never asks for a job', () => {
    const minutes = (body: string) => [...body.matchAll(/(\d+)[- ]minute/g)].map((m) => m[1]);
    for (const stage of relationshipStages) {
      for (const body of allBodies(richInput('ask-advice', { stage, variantCount: 3 }))) {
        for (const length of minutes(body)) expect(length).toBe(String(shortCallMinutes));
      }
    }
    const stranger = draftMessage(richInput('ask-advice', { stage: 'stranger' })).parts[0]?.body;
    expect(stranger).toContain(`${shortCallMinutes}-minute call`);
    expect(stranger).toMatch(/email/);
    for (const intent of draftIntents) {
      expect(allBodies(richInput(intent)).join(' ')).not.toMatch(
        /any job|hire me|sorry to bother|just checking in/i,
      );
    }
  });

  it('leads with an offer aimed at what they need before the sign-off', () => {
    const body = draftMessage(richInput('first-contact-cold')).parts[0]?.body ?? '';
    expect(body).toContain('feedback on UX flows');
    expect(body).toContain('a UX designer for your patient app');
  });

  it('falls back to the offers and value statement saved in the profile', () => {
    const saved: Profile = {
      ...profile,
      offers: [{ category: 'feedback', detail: 'feedback on UX flows' }],
      valueStatement: 'I help small teams turn data into decisions.',
    };
    const draft = draftMessage(
      richInput('first-contact-cold', { profile: saved, offers: undefined, lastInteraction: null }),
    );
    expect(draft.parts[0]?.body).toContain('one thing I could offer: feedback on UX flows');
    expect(draft.parts[0]?.body).toContain('I help small teams turn data into decisions.');
  });

  it('keeps follow-up-2 as the last nudge', () => {
    const note: Interaction = { ...lastCall, channel: 'email', direction: 'outbound', kind: 'ask' };
    const draft = draftMessage(richInput('follow-up-2', { lastInteraction: note }));
    expect(draft.parts[0]?.body).toMatch(/last/i);
  });

  it('gives the same draft for the same input', () => {
    expect(draftMessage(richInput('reconnect'))).toEqual(draftMessage(richInput('reconnect')));
  });

  it('throws INVALID_INPUT naming an unknown intent and listing the valid ones', () => {
    const input = { ...richInput('share'), intent: 'beg-for-job' as DraftIntent };
    try {
      draftMessage(input);
      expect.unreachable();
    } catch (error) {
      expect(isAppError(error) && error.code).toBe('INVALID_INPUT');
      expect(String(error)).toContain('beg-for-job');
      expect(String(error)).toContain('follow-up-2');
    }
  });

  it('drafts in well under 5 ms', () => {
    const runs = 500;
    const started = performance.now();
    for (let i = 0; i < runs; i += 1)
      draftMessage(richInput(draftIntents[i % draftIntents.length] ?? 'share'));
    expect((performance.now() - started) / runs).toBeLessThan(2);
  });
});

describe('regressions', () => {
  it('lower-cases a need that starts with a capital when it sits mid-sentence ("help with A product analyst")', () => {
    const draft = draftMessage({
      intent: 'ask-advice',
      person: person({ name: 'Ana', needs: 'A product analyst for her team' }),
      profile: { ...emptyProfile, name: 'Sam', goal: 'job-search' },
    });
    expect(draft.variants.flat().join(' ')).not.toMatch(/with A product/);
  });
});

describe('follow-up regressions', () => {
  it('does not say "my note today" when the earlier note went out the same day', () => {
    const sentToday: Interaction = {
      id: 1,
      personId: 1,
      occurredOn: '2026-11-25',
      channel: 'email',
      direction: 'outbound',
      kind: 'ask',
      summary: 'data roles',
      tags: [],
      expectsReply: true,
      createdAt: '2026-11-25T09:00:00Z',
    };
    const draft = draftMessage({
      intent: 'follow-up-1',
      person: person({ name: 'Ana' }),
      profile: { ...emptyProfile, name: 'Sam', goal: 'job-search' },
      lastInteraction: sentToday,
      today: '2026-11-25',
    });
    expect(draft.variants.flat().join(' ')).not.toContain('note today');
  });
});
