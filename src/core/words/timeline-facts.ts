// What a person's timeline says before Kith drafts to them: the last contact of each kind that matters.
import { daysBetween } from '../dates.js';
import type { Channel, Interaction } from '../interaction.js';
import { clipFact } from './prose.js';
import { describeWhen } from './relative-date.js';

/** Contact within this many days is recent: a reconnect then must not say "it's been a while". */
export const recentContactDays = 60;

/** Channels where both people take part: a recap or a thank-you can be about one of these. */
const conversationChannels: ReadonlySet<Channel> = new Set(['meeting', 'call', 'video', 'event']);

export interface TimelineFacts {
  /** The newest contact of any kind, the user's own notes included. */
  last: Interaction | null;
  /** The newest meeting, call, video call or event: a conversation both took part in. */
  conversation: Interaction | null;
  /** The newest two-way contact: a conversation, or something they wrote or started. */
  twoWay: Interaction | null;
  /** The newest contact that came from them (inbound) or went both ways (mutual). */
  fromThem: Interaction | null;
  /** The newest message the user wrote to them (email, message, social). */
  myNote: Interaction | null;
  /** Whole days since `last`, when today is known. */
  daysSinceLast: number | null;
}

export function isConversation(interaction: Interaction): boolean {
  return conversationChannels.has(interaction.channel);
}

/** Reads the facts from a timeline in any order; the newest of each kind wins. */
export function readTimeline(timeline: readonly Interaction[], today?: string): TimelineFacts {
  const newest = [...timeline].sort(
    (a, b) => b.occurredOn.localeCompare(a.occurredOn) || b.id - a.id,
  );
  const find = (test: (i: Interaction) => boolean) => newest.find(test) ?? null;
  const last = newest[0] ?? null;
  return {
    last,
    conversation: find(isConversation),
    twoWay: find((i) => isConversation(i) || i.direction !== 'outbound'),
    fromThem: find((i) => i.direction !== 'outbound'),
    myNote: find((i) => !isConversation(i) && i.direction === 'outbound'),
    daysSinceLast:
      last && today !== undefined ? Math.max(0, daysBetween(last.occurredOn, today)) : null,
  };
}

/**
 * True when they answered the user's newest note: something from them, or a conversation, on
 * that day or later (or at all, when the user has logged no note).
 */
export function theyReplied(facts: TimelineFacts): boolean {
  const { twoWay, myNote } = facts;
  if (twoWay === null) return false;
  return myNote === null || twoWay.occurredOn >= myNote.occurredOn;
}

/** True when the last contact of any kind is too recent for "it's been a while". */
export function isRecent(facts: TimelineFacts): boolean {
  return facts.daysSinceLast !== null && facts.daysSinceLast < recentContactDays;
}

const conversationNouns: Record<Channel, string> = {
  meeting: 'meeting',
  call: 'call',
  video: 'video call',
  event: 'chat at the event',
  email: 'email',
  message: 'message',
  social: 'message online',
  other: 'conversation',
};

const writtenPlurals: Partial<Record<Channel, string>> = {
  email: 'emails',
  message: 'messages',
  social: 'exchange online',
};

/**
 * Whose contact it was, in words: "our call", "your email", "my message", "our emails". A
 * conversation is always "our"; a written message belongs to whoever wrote it.
 */
export function contactPhrase(interaction: Interaction): string {
  const noun = conversationNouns[interaction.channel];
  if (isConversation(interaction)) return `our ${noun}`;
  switch (interaction.direction) {
    case 'inbound':
      return `your ${noun}`;
    case 'outbound':
      return `my ${noun}`;
    case 'mutual':
      return `our ${writtenPlurals[interaction.channel] ?? noun}`;
  }
}

/** One logged contact, ready for a sentence: "our call", "a few weeks ago", "product metrics". */
export interface Moment {
  what: string;
  when: string;
  topic: string | null;
}

export function momentOf(interaction: Interaction | null, today?: string): Moment | null {
  if (interaction === null) return null;
  return {
    what: contactPhrase(interaction),
    when: describeWhen(interaction.occurredOn, today),
    topic: topicOf(interaction.summary),
  };
}

/**
 * What a logged summary was about: "coffee with Ana about data roles" gives "data roles", and the
 * one-line log's "Call — product metrics" gives "product metrics"; otherwise null.
 */
export function topicOf(summary: string): string | null {
  const match =
    /\b(?:about|regarding|re:)\s+(.+)$/i.exec(summary.trim()) ?? / — (.+)$/.exec(summary.trim());
  const topic = match?.[1] ? clipFact(match[1], 8) : '';
  return topic === '' ? null : topic;
}

/** "our call a few weeks ago about data roles": a logged contact, ready for a sentence. */
export function describeMoment(moment: Moment): string {
  return `${moment.what} ${moment.when}${moment.topic ? ` about ${moment.topic}` : ''}`;
}
