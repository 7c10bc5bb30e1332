// The account's own profile: one row per account; onboarding answers, brand and offers are saved apart.
import type { OfferItem } from '../core/words/offer-catalogue.js';
import {
  emptyProfile,
  type BrandInput,
  type Goal,
  type Profile,
  type ProfileInput,
} from '../core/profile.js';
import { machineTimeZone } from '../core/dates.js';
import { readList, writeList } from './json-list.js';
import type { Insertable, Updateable } from 'kysely';
import type { ProfileRow, ProfileTable } from './schema.js';
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
    strengths: readList(row.strengths),
    whoIHelp: row.who_i_help,
    howIHelp: row.how_i_help,
    interests: readList(row.interests),
    valueStatement: row.value_statement,
    intro: row.intro,
    offers: readOffers(row.offers),
    timeZone: row.time_zone,
    dormantYears: Number(row.dormant_years),
    weeklyGoal: Number(row.weekly_goal),
    region: row.region,
    dateOrder: row.date_order as Profile['dateOrder'],
  };
}

function readOffers(text: string): OfferItem[] {
  try {
    const value: unknown = JSON.parse(text);
    if (!Array.isArray(value)) return [];
    return value.filter(
      (item): item is OfferItem =>
        typeof item === 'object' &&
        item !== null &&
        typeof (item as OfferItem).category === 'string' &&
        typeof (item as OfferItem).detail === 'string',
    );
  } catch {
    return [];
  }
}

export async function findProfile(store: Store, accountId: string): Promise<Profile> {
  const row = await store.db
    .selectFrom('profiles')
    .selectAll()
    .where('account_id', '=', accountId)
    .executeTakeFirst();
  return row ? rowToProfile(row) : emptyProfile;
}

type ProfileColumns = Omit<Updateable<ProfileTable>, 'account_id'>;

/** Writes only the given columns, creating the row (not yet onboarded) when there is none. */
async function upsertProfile(
  store: Store,
  accountId: string,
  values: ProfileColumns,
  now: string,
): Promise<Profile> {
  const changes = { ...values, updated_at: now };
  const fresh: Insertable<ProfileTable> = {
    account_id: accountId,
    name: '',
    headline: '',
    goal: emptyProfile.goal,
    target_roles: '[]',
    target_companies: '[]',
    target_industries: '[]',
    weekly_minutes: emptyProfile.weeklyMinutes,
    onboarded: 0,
    updated_at: now,
  };
  const row = await store.db
    .insertInto('profiles')
    .values({ ...fresh, ...changes })
    .onConflict((oc) => oc.column('account_id').doUpdateSet(changes))
    .returningAll()
    .executeTakeFirstOrThrow();
  return rowToProfile(row);
}

export function saveProfile(
  store: Store,
  accountId: string,
  input: ProfileInput,
  now: string,
): Promise<Profile> {
  return upsertProfile(
    store,
    accountId,
    {
      name: input.name,
      headline: input.headline,
      goal: input.goal,
      target_roles: writeList(input.targetRoles),
      target_companies: writeList(input.targetCompanies),
      target_industries: writeList(input.targetIndustries),
      weekly_minutes: input.weeklyMinutes,
      onboarded: 1,
      ...(input.timeZone === undefined ? {} : { time_zone: input.timeZone }),
      ...(input.dormantYears === undefined ? {} : { dormant_years: input.dormantYears }),
      ...(input.weeklyGoal === undefined ? {} : { weekly_goal: input.weeklyGoal }),
      ...(input.region === undefined ? {} : { region: input.region }),
      ...(input.dateOrder === undefined ? {} : { date_order: input.dateOrder }),
    },
    now,
  );
}

export function saveBrand(
  store: Store,
  accountId: string,
  input: BrandInput,
  now: string,
): Promise<Profile> {
  return upsertProfile(
    store,
    accountId,
    {
      strengths: writeList(input.strengths),
      who_i_help: input.whoIHelp,
      how_i_help: input.howIHelp,
      interests: writeList(input.interests),
      value_statement: input.valueStatement,
      intro: input.intro,
    },
    now,
  );
}

export function saveOffers(
  store: Store,
  accountId: string,
  offers: OfferItem[],
  now: string,
): Promise<Profile> {
  return upsertProfile(store, accountId, { offers: JSON.stringify(offers) }, now);
}

/** Marks the profile as not yet onboarded, so the first-visit questions come back. */
export async function resetOnboarding(store: Store, accountId: string, now: string): Promise<void> {
  await store.db
    .updateTable('profiles')
    .set({ onboarded: 0, updated_at: now })
    .where('account_id', '=', accountId)
    .execute();
}

/** The user's saved date order: DMY, MDY, YMD, or '' for the machine's. */
export async function findDateOrder(store: Store, accountId: string): Promise<string> {
  const row = await store.db
    .selectFrom('profiles')
    .select('date_order')
    .where('account_id', '=', accountId)
    .executeTakeFirst();
  return row?.date_order ?? '';
}

/** The user's time zone: the one they chose, else this machine's. */
export async function findTimeZone(store: Store, accountId: string): Promise<string> {
  const row = await store.db
    .selectFrom('profiles')
    .select('time_zone')
    .where('account_id', '=', accountId)
    .executeTakeFirst();
  return row?.time_zone || machineTimeZone();
}
