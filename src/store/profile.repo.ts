// The account's own profile: one row per account, written whole.
import { emptyProfile, type Goal, type Profile, type ProfileInput } from '../core/profile.js';
import { readList, writeList } from './json-list.js';
import type { ProfileRow } from './schema.js';
import type { Store } from './store.js';

export function rowToProfile(row: ProfileRow): Profile {
  return {
    name: row.name,
    headline: row.headline,
    goal: row.goal as Goal,
    targetRoles: readList(row.target_roles),
    targetCompanies: readList(row.target_companies),
    targetIndustries: readList(row.target_industries),
    weeklyMinutes: Number(row.weekly_minutes),
    onboarded: Boolean(row.onboarded),
    updatedAt: row.updated_at,
  };
}

export async function findProfile(store: Store, accountId: string): Promise<Profile> {
  const row = await store.db.selectFrom('profiles').selectAll().where('account_id', '=', accountId).executeTakeFirst();
  return row ? rowToProfile(row) : emptyProfile;
}

export async function saveProfile(store: Store, accountId: string, input: ProfileInput, now: string): Promise<Profile> {
  const values = {
    name: input.name,
    headline: input.headline,
    goal: input.goal,
    target_roles: writeList(input.targetRoles),
    target_companies: writeList(input.targetCompanies),
    target_industries: writeList(input.targetIndustries),
    weekly_minutes: input.weeklyMinutes,
    onboarded: 1,
    updated_at: now,
  };
  const row = await store.db
    .insertInto('profiles')
    .values({ account_id: accountId, ...values })
    .onConflict((oc) => oc.column('account_id').doUpdateSet(values))
    .returningAll()
    .executeTakeFirstOrThrow();
  return rowToProfile(row);
}
