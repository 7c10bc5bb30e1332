import { describe, expect, it } from 'vitest';
import { isAppError } from '../errors.js';
import type { Interaction } from '../interaction.js';
import { completePerson, type Person } from '../person.js';
import { checkDoNotContact, decideIntent } from './timeline-checks.js';
import { readTimeline } from './timeline-facts.js';

const today = '2026-11-30';
const ana: Person = {
  id: 1,
  createdAt: '',
  updatedAt: '',
  ...completePerson({ name: 'ana lopez' }),
};

function on(occurredOn: string, fields: Partial<Interaction> = {}): Interaction {
  return {
    id: Number(occurredOn.replaceAll('-', '')),
    personId: 1,
    occurredOn,
    channel: 'email',
    direction: 'outbound',
    kind: 'ask',
    summary: '',
    tags: [],
    expectsReply: true,
    createdAt: '',
    ...fields,
  };
}

const decide = (intent: Parameters<typeof decideIntent>[0], timeline: Interaction[]) =>
  decideIntent(intent, readTimeline(timeline, today), ana, today);

describe('decideIntent', () => {
  it('keeps a follow-up to a note nobody answered', () => {
    expect(decide('follow-up-1', [on('2026-11-20')])).toEqual({
      intent: 'follow-up-1',
      reason: null,
    });
  });

  it('turns a follow-up into a thank-you when a call came after the note', () => {
    const timeline = [
      on('2026-11-20'),
      on('2026-11-24', { channel: 'call', direction: 'outbound' }),
    ];
    expect(decide('follow-up-2', timeline)).toEqual({
      intent: 'thank-you',
      reason: 'You and Ana talked a few days ago, so this is a thank-you rather than a follow-up.',
    });
  });

  it('keeps following up when their last word came before the newest note', () => {
    const timeline = [on('2026-10-01', { direction: 'inbound' }), on('2026-11-20')];
    expect(decide('follow-up-1', timeline).intent).toBe('follow-up-1');
  });

  it('turns a cold first message into a warm one after a logged conversation', () => {
    const timeline = [on('2026-09-01', { channel: 'meeting', direction: 'mutual' })];
    expect(decide('first-contact-cold', timeline).intent).toBe('first-contact-warm');
  });

  it('calls a reconnect a catch-up inside the recent window, and leaves an old one alone', () => {
    expect(decide('reconnect', [on('2026-11-05')]).reason).toMatch(/catch-up/);
    expect(decide('reconnect', [on('2026-09-01')]).reason).toBeNull();
  });

  it('leaves intents that claim nothing about the timeline as they are', () => {
    expect(decide('share', [on('2026-11-29', { direction: 'inbound' })])).toEqual({
      intent: 'share',
      reason: null,
    });
  });
});

describe('checkDoNotContact', () => {
  const marked = { ...ana, doNotContact: true };

  it('says nothing when nobody is marked', () => {
    expect(checkDoNotContact([ana], false)).toBeNull();
  });

  it('refuses with CONFLICT naming the person and the field that confirms', () => {
    try {
      checkDoNotContact([marked], false);
      expect.unreachable();
    } catch (error) {
      expect(isAppError(error) && error.code).toBe('CONFLICT');
      expect(String(error)).toContain('You marked Ana Lopez as do not contact');
      expect(isAppError(error) && error.problems[0]?.field).toBe('acknowledgeDoNotContact');
    }
  });

  it('returns a warning to keep with the draft once the user confirms', () => {
    expect(checkDoNotContact([marked], true)).toBe(
      "You marked Ana Lopez as do not contact. Send this only if you're sure they'd welcome it.",
    );
  });
});
