// Reads the relationship stage (stranger → acquaintance → contact → ally) from what Kith has logged.
import { daysBetween } from './dates.js';
import type { RelationshipStage } from './words/stages.js';

export interface StageEvidence {
  interactionCount: number;
  /** Contacts they started or that went both ways: evidence the tie is two-way. */
  twoWayCount: number;
  lastOn: string | null;
  howWeMet: string | null;
  today: string;
}

/**
 * A deliberately simple reading: no contact is a stranger (an acquaintance if we know how we met);
 * a few contacts make an acquaintance; regular two-way contact a contact; frequent recent two-way
 * contact an ally. The coach's tie-strength score refines this later.
 */
export function inferStage(evidence: StageEvidence): RelationshipStage {
  if (evidence.interactionCount === 0) return evidence.howWeMet ? 'acquaintance' : 'stranger';
  const recent = evidence.lastOn !== null && daysBetween(evidence.lastOn, evidence.today) <= 365;
  if (evidence.twoWayCount >= 8 && recent) return 'ally';
  if (evidence.twoWayCount >= 2) return 'contact';
  return 'acquaintance';
}

/** What would move the relationship to the next stage, in one kind sentence. */
export function nextStageStep(stage: RelationshipStage, evidence: StageEvidence): string {
  switch (stage) {
    case 'stranger':
      return 'A first, short hello that says how you came across them would make this an acquaintance.';
    case 'acquaintance': {
      const needed = Math.max(1, 2 - evidence.twoWayCount);
      return needed === 1
        ? 'One conversation where they write back or you meet would make this a contact.'
        : 'Two conversations where they write back or you meet would make this a contact.';
    }
    case 'contact': {
      const recent =
        evidence.lastOn !== null && daysBetween(evidence.lastOn, evidence.today) <= 365;
      const needed = Math.max(1, 8 - evidence.twoWayCount);
      if (!recent)
        return 'You have history together; one catch-up this year puts you back in touch.';
      return `Keep giving first: about ${needed} more two-way ${needed === 1 ? 'conversation' : 'conversations'} within a year would make this an ally.`;
    }
    case 'ally':
      return 'An ally already. Keep in touch, and thank them when their help pays off.';
  }
}
