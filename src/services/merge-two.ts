// Merges two people into the first: every distinct value kept with its source, timelines joined, undoable.
import { machineRegion, normaliseLinkedinUrl, normalisePhone } from '../core/contact-keys.js';
import { AppError, notFound } from '../core/errors.js';
import { fieldsOf, mergePeople, type MergeSide } from '../core/merge.js';
import type { Person } from '../core/person.js';
import { insertMerge, moveInteractions, snapshotPerson } from '../store/merges.repo.js';
import { deletePerson, findPerson, updatePerson } from '../store/people.repo.js';
import { findSourcesOf, moveSources } from '../store/person-sources.repo.js';
import { findProfile } from '../store/profile.repo.js';
import { inTransaction } from '../store/store.js';
import { keepMorePrivateSharing } from './person-sharing.js';
import { refreshTie } from '../store/ties.repo.js';
import { timestamp, type Deps } from './deps.js';

export interface MergeOutcome {
  mergeId: number;
  /** The person who stays, with everything merged in. */
  kept: Person;
  /** The person who was merged in and removed. */
  removed: { id: number; name: string };
  interactionsMoved: number;
}

/** Merges person `b` into person `a`: `a` keeps their id, `b` is removed until the merge is undone. */
export async function mergeTwo(deps: Deps, input: { a: number; b: number }): Promise<MergeOutcome> {
  if (input.a === input.b) {
    throw new AppError('INVALID_INPUT', 'b: give two different people to merge.', {
      problems: [{ field: 'b', message: 'must be a different person from a' }],
    });
  }
  const now = timestamp(deps);
  return inTransaction(deps.store, async (tx) => {
    const { accountId } = deps;
    const [kept, other] = await Promise.all([
      findPerson(tx, accountId, input.a),
      findPerson(tx, accountId, input.b),
    ]);
    if (!kept) throw notFound(`Person ${input.a}`);
    if (!other) throw notFound(`Person ${input.b}`);
    const region = (await findProfile(tx, accountId)).region || machineRegion();
    const sources = await findSourcesOf(tx, accountId, [kept.id, other.id]);
    const merged = mergePeople(
      side(kept, sources.get(kept.id)),
      side(other, sources.get(other.id)),
      {
        phoneKey: (phone) => normalisePhone(phone, region)?.key ?? phone,
        linkedinKey: (url) => normaliseLinkedinUrl(url) ?? url,
      },
    );
    const snapshot = await snapshotPerson(tx, accountId, other.id);
    if (!snapshot) throw notFound(`Person ${input.b}`);
    const sourceKeys = await moveSources(tx, accountId, other.id, kept.id);
    const moved = await moveInteractions(tx, accountId, other.id, kept.id);
    const updated = await updatePerson(tx, accountId, kept.id, merged.person, now);
    await keepMorePrivateSharing(tx, { accountId, keptId: kept.id, removedId: other.id, at: now });
    // Removing them takes their aggregate, plan actions, review rows and tags along; the snapshot keeps them.
    await deletePerson(tx, accountId, other.id);
    const mergeId = await insertMerge(tx, accountId, {
      keptPersonId: kept.id,
      removedPersonId: other.id,
      removed: { ...snapshot, sourceKeys },
      movedInteractionIds: moved,
      keptBefore: kept,
      keptAfter: merged.person,
      provenance: merged.provenance,
      createdAt: now,
    });
    await refreshTie(tx, accountId, kept.id);
    return {
      mergeId,
      kept: updated ?? kept,
      removed: { id: other.id, name: other.name },
      interactionsMoved: moved.length,
    };
  });
}

function side(person: Person, sources: MergeSide['sources'] = []): MergeSide {
  return { person: fieldsOf(person), sources, label: `person #${person.id}, entered in Kith` };
}
