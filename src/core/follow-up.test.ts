import { describe, expect, it } from 'vitest';
import { followUpStatus } from './follow-up.js';
import type { Interaction } from './interaction.js';

let nextId = 1;
function contact(occurredOn: string, fields: Partial<Interaction> = {}): Interaction {
  return {
    id: nextId++,
    personId: 1,
    occurredOn,
    channel: 'email',
    direction: 'outbound',
    kind: 'ask',
    summary: '',
    tags: [],
    expectsReply: false,
    createdAt: `${occurredOn}T09:00:00Z`,
    ...fields,
  };
}

describe('followUpStatus', () => {
  const asked = contact('2026-11-01', { expectsReply: true });

  it.each([
    ['has nothing to follow up on an empty timeline', [], { state: 'none' }],
    [
      'suggests the first follow-up a week after an unanswered ask',
      [asked],
      { state: 'waiting', step: 1, dueOn: '2026-11-08' },
    ],
    [
      'suggests the second follow-up two weeks after the first',
      [contact('2026-11-09', { kind: 'follow-up' }), asked],
      { state: 'waiting', step: 2, dueOn: '2026-11-23' },
    ],
    [
      'rests the contact for a quarter after two unanswered follow-ups, never a third',
      [
        contact('2026-11-23', { kind: 'follow-up' }),
        contact('2026-11-09', { kind: 'follow-up' }),
        asked,
      ],
      { state: 'resting', until: '2027-02-21' },
    ],
    [
      'stops when they answer',
      [contact('2026-11-03', { direction: 'inbound', kind: 'catch-up' }), asked],
      { state: 'none' },
    ],
    [
      'goes quiet after three unanswered messages of any kind, with no follow-up proposed',
      [contact('2026-11-20', { kind: 'give' }), contact('2026-11-10', { kind: 'catch-up' }), asked],
      { state: 'quiet', unanswered: 3 },
    ],
    [
      'never proposes a follow-up that would be the fourth message without an answer',
      [
        contact('2026-10-20', { kind: 'catch-up' }),
        contact('2026-10-10', { kind: 'catch-up' }),
        contact('2026-10-01', { kind: 'catch-up' }),
      ],
      { state: 'quiet', unanswered: 3 },
    ],
    [
      'ignores messages that expect no answer',
      [contact('2026-11-01', { kind: 'thanks' })],
      { state: 'none' },
    ],
  ] as const)('%s', (_name, timeline, expected) => {
    expect(followUpStatus(timeline)).toMatchObject(expected);
  });
});
