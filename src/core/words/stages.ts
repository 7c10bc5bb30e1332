// Relationship stages a draft or question set is pitched at, from first contact to trusted ally.
// Shared with the web app, so it imports nothing (see docs/decisions/0003-one-source-for-rules.md).

export const relationshipStages = ['stranger', 'acquaintance', 'contact', 'ally'] as const;
export type RelationshipStage = (typeof relationshipStages)[number];

/** True when `stage` is at least as close as `floor` (stranger < acquaintance < contact < ally). */
export function isStageAtLeast(stage: RelationshipStage, floor: RelationshipStage): boolean {
  return relationshipStages.indexOf(stage) >= relationshipStages.indexOf(floor);
}

export const stageLabels: Record<RelationshipStage, string> = {
  stranger: 'Stranger',
  acquaintance: 'Acquaintance',
  contact: 'Contact',
  ally: 'Ally',
};

/** What each stage means, and that moving along takes months, not days. */
export const stageHints: Record<RelationshipStage, string> = {
  stranger: 'You haven’t been in touch yet. A short, specific first message is all it takes.',
  acquaintance: 'You’ve met or spoken once or twice. Small, friendly contact builds from here.',
  contact: 'You’re in touch both ways. Keep giving a little, now and then.',
  ally: 'Close, regular, two-way. Look after this one.',
};
