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
