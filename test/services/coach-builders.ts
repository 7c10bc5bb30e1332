// Builders for coach scenarios: a fresh account on the suite's store, a fixed clock, people and contacts.
import type { Channel, Direction, InteractionKind } from '../../src/core/interaction.js';
import type { Person } from '../../src/core/person.js';
import { addPerson } from '../../src/services/add-person.js';
import type { Deps } from '../../src/services/deps.js';
import { logInteraction } from '../../src/services/log-interaction.js';
import { saveProfile } from '../../src/services/profile.js';
import type { Store } from '../../src/store/store.js';

let accounts = 0;

/** A new, empty account on `store` whose clock reads `now`: each scenario starts from nothing. */
export async function freshAccount(store: Store, now: string): Promise<Deps> {
  accounts += 1;
  const accountId = `scenario-${process.pid}-${accounts}`;
  await store.db
    .insertInto('accounts')
    .values({ id: accountId, name: accountId, created_at: now })
    .execute();
  return { store, accountId, now: () => new Date(now) };
}

/** Saves an onboarded profile with the given settings (UTC unless said). */
export async function onboard(
  deps: Deps,
  profile: Partial<{
    goal: 'job-search' | 'business-development' | 'grow-network';
    targetCompanies: string[];
    targetRoles: string[];
    targetIndustries: string[];
    weeklyMinutes: number;
    timeZone: string;
    dormantYears: number;
  }> = {},
): Promise<void> {
  await saveProfile(deps, { name: 'Sam Rivera', timeZone: 'UTC', ...profile });
}

export function person(deps: Deps, name: string, fields: Partial<Person> = {}): Promise<Person> {
  return addPerson(deps, { name, ...fields });
}

export interface Contact {
  on: string;
  channel?: Channel;
  direction?: Direction;
  kind?: InteractionKind;
  expectsReply?: boolean;
  summary?: string;
}

export async function contact(deps: Deps, who: Person, ...contacts: Contact[]): Promise<void> {
  for (const c of contacts) {
    await logInteraction(deps, {
      personId: who.id,
      occurredOn: c.on,
      channel: c.channel ?? 'email',
      direction: c.direction ?? 'outbound',
      kind: c.kind ?? 'catch-up',
      ...(c.summary === undefined ? {} : { summary: c.summary }),
      ...(c.expectsReply === undefined ? {} : { expectsReply: c.expectsReply }),
    });
  }
}

/** The same deps on another day (and time), for "later" steps of a scenario. */
export function on(deps: Deps, iso: string): Deps {
  return { ...deps, now: () => new Date(iso) };
}
