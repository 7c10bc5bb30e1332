// What a member lets their groups see of their people: one person from the person page, or many
// at once (everyone with a tag, or everyone). No choice made means the default, company only.
import { z } from 'zod';
import { AppError } from '../core/errors.js';
import {
  defaultShareLevel,
  isShareLevel,
  morePrivateLevel,
  shareLevels,
  type ShareLevel,
} from '../core/groups.js';
import { tagSchema } from '../core/person.js';
import { parseInput } from '../core/validate.js';
import { findPerson } from '../store/people.repo.js';
import { findShareLevel, upsertShareLevels } from '../store/person-sharing.repo.js';
import { inTransaction, type Store } from '../store/store.js';
import { timestamp, type Deps } from './deps.js';

const levelSchema = z.enum(shareLevels, { error: 'choose hidden, company or name' });

export interface PersonSharing {
  personId: number;
  level: ShareLevel;
}

export async function showSharing(deps: Deps, personId: number): Promise<PersonSharing> {
  await requirePerson(deps, personId);
  const level = await findShareLevel(deps.store, deps.accountId, personId);
  return {
    personId,
    level: level !== undefined && isShareLevel(level) ? level : defaultShareLevel,
  };
}

export async function setSharing(
  deps: Deps,
  input: { personId: number; level: string },
): Promise<PersonSharing> {
  const { level } = parseInput(z.object({ level: levelSchema }), { level: input.level });
  await inTransaction(deps.store, async (store) => {
    const set = await upsertShareLevels(store, deps.accountId, {
      level,
      at: timestamp(deps),
      personId: input.personId,
    });
    if (set === 0) throw personNotFound();
  });
  return { personId: input.personId, level };
}

/** Sets the level for everyone carrying `tag`, or for everyone when no tag is given. */
export async function setSharingInBulk(
  deps: Deps,
  input: { level: string; tag?: string | null | undefined },
): Promise<{ people: number; level: ShareLevel }> {
  const parsed = parseInput(z.object({ level: levelSchema, tag: tagSchema.nullish() }), input);
  const people = await inTransaction(deps.store, (store) =>
    upsertShareLevels(store, deps.accountId, {
      level: parsed.level,
      at: timestamp(deps),
      ...(parsed.tag ? { tag: parsed.tag } : {}),
    }),
  );
  return { people, level: parsed.level };
}

/**
 * Before `removedId` is merged into `keptId` (inside the merge's transaction): the kept person
 * takes the more private of the two levels, so a person hidden from groups stays hidden.
 */
export async function keepMorePrivateSharing(
  store: Store,
  input: { accountId: string; keptId: number; removedId: number; at: string },
): Promise<void> {
  const levelOf = async (personId: number) => {
    const level = await findShareLevel(store, input.accountId, personId);
    return level !== undefined && isShareLevel(level) ? level : defaultShareLevel;
  };
  const kept = await levelOf(input.keptId);
  const level = morePrivateLevel(kept, await levelOf(input.removedId));
  if (level === kept) return;
  await upsertShareLevels(store, input.accountId, { level, at: input.at, personId: input.keptId });
}

async function requirePerson(deps: Deps, personId: number): Promise<void> {
  if (!(await findPerson(deps.store, deps.accountId, personId))) throw personNotFound();
}

function personNotFound(): AppError {
  return new AppError('NOT_FOUND', 'That person was not found.');
}
