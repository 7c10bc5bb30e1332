// Where the user stands with one person: the stage and the newest interaction, read from the store.
import type { Interaction } from '../core/interaction.js';
import type { Person } from '../core/person.js';
import { inferStage } from '../core/stage.js';
import type { RelationshipStage } from '../core/words/stages.js';
import { interactionStats, listTimeline } from '../store/interactions.repo.js';
import { userToday, type Deps } from './deps.js';

export interface Relationship {
  stage: RelationshipStage;
  /** The newest interactions, newest first, as many as asked for. */
  timeline: Interaction[];
  lastInteraction: Interaction | null;
  interactionCount: number;
}

export async function readRelationship(
  deps: Deps,
  person: Person,
  options = { timelineLimit: 1 },
): Promise<Relationship> {
  const [timeline, stats, today] = await Promise.all([
    listTimeline(deps.store, deps.accountId, person.id, { limit: options.timelineLimit }),
    interactionStats(deps.store, deps.accountId, person.id),
    userToday(deps),
  ]);
  const stage = inferStage({
    interactionCount: stats.count,
    twoWayCount: stats.twoWay,
    lastOn: stats.lastOn,
    howWeMet: person.howWeMet,
    today,
  });
  return { stage, timeline, lastInteraction: timeline[0] ?? null, interactionCount: stats.count };
}
