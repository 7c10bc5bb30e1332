// Before drafting, each intent is checked against the timeline and the do-not-contact mark.
import { AppError } from '../errors.js';
import type { Interaction } from '../interaction.js';
import type { Person } from '../person.js';
import type { DraftIntent } from './drafts.js';
import { displayName } from './names.js';
import { firstNameOf } from './prose.js';
import { describeWhen } from './relative-date.js';
import { isConversation, isRecent, theyReplied, type TimelineFacts } from './timeline-facts.js';

export interface IntentDecision {
  /** The intent to draft: the one asked for, unless the timeline says it would be untrue. */
  intent: DraftIntent;
  /** Why Kith drafted something other than what was asked, or what it noticed; null when nothing. */
  reason: string | null;
}

/**
 * A follow-up after they replied becomes a thank-you; a cold first message to someone who wrote
 * first becomes a reply, and to someone already met a warm one; a reconnect after recent contact
 * is drafted as a catch-up and says so.
 */
export function decideIntent(
  intent: DraftIntent,
  facts: TimelineFacts,
  who: Person,
  today?: string,
): IntentDecision {
  const first = firstNameOf(displayName(who.name));
  const when = (interaction: Interaction) => describeWhen(interaction.occurredOn, today);
  if (
    (intent === 'follow-up-1' || intent === 'follow-up-2') &&
    facts.twoWay &&
    theyReplied(facts)
  ) {
    return {
      intent: 'thank-you',
      reason: `${heardFrom(first, facts.twoWay)} ${when(facts.twoWay)}, so this is a thank-you rather than a follow-up.`,
    };
  }
  if (intent === 'first-contact-cold') {
    if (facts.conversation) {
      return {
        intent: 'first-contact-warm',
        reason: `You have already talked with ${first} (${facts.conversation.channel}, ${when(facts.conversation)}), so this is a note to someone you've met rather than a cold first message.`,
      };
    }
    if (facts.fromThem) {
      return {
        intent: 'thank-you',
        reason: `${first} wrote to you first ${when(facts.fromThem)}, so this is a reply that thanks them rather than a cold first message.`,
      };
    }
  }
  if (intent === 'reconnect' && facts.last && isRecent(facts)) {
    return {
      intent,
      reason: `You were last in touch with ${first} ${when(facts.last)}, so this is a catch-up rather than a note after a long gap.`,
    };
  }
  return { intent, reason: null };
}

function heardFrom(first: string, interaction: Interaction): string {
  if (isConversation(interaction)) return `You and ${first} talked`;
  return interaction.direction === 'inbound'
    ? `${first} wrote back`
    : `You and ${first} exchanged notes`;
}

/** The request field that says the user knows someone is marked do not contact and writes anyway. */
export const acknowledgeField = 'acknowledgeDoNotContact';

/**
 * Nobody marked do not contact is written to unless the user says they mean it: then a warning
 * stays with the draft. Without that, CONFLICT naming the people and how to go ahead.
 */
export function checkDoNotContact(people: readonly Person[], acknowledged: boolean): string | null {
  const marked = people.filter((person) => person.doNotContact).map((p) => displayName(p.name));
  if (marked.length === 0) return null;
  const names = marked.join(' and ');
  if (!acknowledged) {
    throw new AppError(
      'CONFLICT',
      `You marked ${names} as do not contact, so Kith has not drafted anything. If that has changed, say you want to write anyway.`,
      {
        problems: [
          {
            field: acknowledgeField,
            message: `${names} ${marked.length === 1 ? 'is' : 'are'} marked do not contact; confirm to draft anyway`,
          },
        ],
      },
    );
  }
  return `You marked ${names} as do not contact. Send this only if you're sure they'd welcome it.`;
}
