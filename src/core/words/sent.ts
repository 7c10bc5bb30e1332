// What a sent draft becomes on the timeline: its kind, whether an answer is expected, its tone intent.
// Shared with the web app, so it imports types only (see docs/decisions/0003-one-source-for-rules.md).
import type { InteractionKind } from '../interaction.js';
import type { DraftIntent } from './intents.js';

const kinds: Record<DraftIntent, InteractionKind> = {
  'first-contact-warm': 'catch-up',
  'first-contact-cold': 'catch-up',
  reconnect: 'catch-up',
  'ask-advice': 'ask',
  'request-intro': 'ask',
  introduce: 'intro',
  'follow-up-1': 'follow-up',
  'follow-up-2': 'follow-up',
  'thank-you': 'thanks',
  congratulate: 'give',
  share: 'give',
  recap: 'follow-up',
};

/** Intents that ask something of the reader: logging one as sent starts the follow-up sequence. */
const expectingReply = new Set<DraftIntent>([
  'first-contact-warm',
  'first-contact-cold',
  'reconnect',
  'ask-advice',
  'request-intro',
]);

export function kindForIntent(intent: DraftIntent): InteractionKind {
  return kinds[intent];
}

export function intentExpectsReply(intent: DraftIntent): boolean {
  return expectingReply.has(intent);
}

/** The tone check's name for an intent: first contact and follow-ups share one rule set each. */
export function toneIntentFor(intent: DraftIntent): string {
  if (intent.startsWith('first-contact')) return 'first-contact';
  if (intent.startsWith('follow-up')) return 'follow-up';
  if (intent === 'thank-you') return 'thank-you';
  return intent;
}

/** What the timeline says once a message for each intent is sent: read it through sentSummary. */
const sentSummaries: Record<DraftIntent, string> = {
  'first-contact-warm': 'First message',
  'first-contact-cold': 'First message',
  reconnect: 'Reconnected',
  'ask-advice': 'Asked for advice',
  'request-intro': 'Asked for an introduction',
  introduce: 'Offered an introduction',
  'follow-up-1': 'Followed up',
  'follow-up-2': 'Followed up again',
  'thank-you': 'Said thank you',
  congratulate: 'Sent congratulations',
  share: 'Shared something useful',
  recap: 'Sent a recap',
};

/** "Asked for advice: data roles" with a detail, "Asked for advice" without one. */
export function sentSummary(intent: DraftIntent, detail = ''): string {
  const words = sentSummaries[intent];
  return detail.trim() === '' ? words : `${words}: ${detail.trim()}`;
}

/** What the connector's timeline says when the user asks them for an introduction to someone. */
export function introRequestSummary(targetName: string): string {
  return `${sentSummaries['request-intro']} to ${targetName}`;
}

/** What each side's timeline says when the user offers to introduce them to the other. */
export function introductionSummary(otherName: string): string {
  return `Offered to introduce them to ${otherName}`;
}
