// One contact with a person: when, through which channel, who started it, what kind, what about.
import { z } from 'zod';
import { isIsoDate } from './dates.js';
import { tagSchema } from './person.js';

export const channels = [
  'meeting',
  'call',
  'video',
  'email',
  'message',
  'event',
  'social',
  /** Nothing said how: a one-line log that names no channel is not guessed into one. */
  'other',
] as const;
export type Channel = (typeof channels)[number];

export const directions = ['outbound', 'inbound', 'mutual'] as const;
export type Direction = (typeof directions)[number];

export const interactionKinds = [
  'catch-up',
  'ask',
  'give',
  'intro',
  'thanks',
  'follow-up',
] as const;
export type InteractionKind = (typeof interactionKinds)[number];

export interface Interaction {
  id: number;
  personId: number;
  occurredOn: string;
  channel: Channel;
  direction: Direction;
  kind: InteractionKind;
  summary: string;
  tags: string[];
  /** An answer is expected: the follow-up sequence runs until one arrives. */
  expectsReply: boolean;
  createdAt: string;
}

export const occurredOnSchema = z
  .string({ error: 'is required, as a date such as 2026-11-25' })
  .trim()
  .refine(isIsoDate, 'must be a real date written as YYYY-MM-DD, such as 2026-11-25');

export const newInteractionSchema = z.object({
  personId: z.number({ error: 'is required' }).int().positive('must be a person id'),
  occurredOn: occurredOnSchema,
  channel: z.enum(channels, { error: `must be one of ${channels.join(', ')}` }),
  direction: z
    .enum(directions, { error: `must be one of ${directions.join(', ')}` })
    .default('outbound'),
  kind: z
    .enum(interactionKinds, { error: `must be one of ${interactionKinds.join(', ')}` })
    .default('catch-up'),
  summary: z.string().trim().max(5000, 'must be at most 5000 characters').default(''),
  tags: z.array(tagSchema).max(50).default([]),
  /** Left out, an outgoing ask expects a reply and anything else does not. */
  expectsReply: z.boolean().optional(),
});
export type NewInteraction = z.output<typeof newInteractionSchema>;

/**
 * An outgoing ask expects a reply unless the user says otherwise, however it was logged (the
 * one-line log, `kith sent`, the web form), so the capped follow-ups start on their own.
 */
export function expectsReplyByDefault(
  interaction: Pick<Interaction, 'kind' | 'direction'>,
): boolean {
  return interaction.kind === 'ask' && interaction.direction === 'outbound';
}
