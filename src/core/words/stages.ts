// Relationship stages a draft or question set is pitched at, from first contact to trusted ally.

export const relationshipStages = ['stranger', 'acquaintance', 'contact', 'ally'] as const;
export type RelationshipStage = (typeof relationshipStages)[number];

/** True when `stage` is at least as close as `floor` (stranger < acquaintance < contact < ally). */
export function isStageAtLeast(stage: RelationshipStage, floor: RelationshipStage): boolean {
  return relationshipStages.indexOf(stage) >= relationshipStages.indexOf(floor);
}
