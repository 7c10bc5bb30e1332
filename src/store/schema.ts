// Row types for every table: the storage shapes, kept apart from the domain types in src/core.
import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

/** JSON-encoded list of strings, stored as text on both dialects. */
type JsonList = string;

export interface AccountTable {
  id: string;
  name: string;
  created_at: string;
  /** Kept by triggers on people, so listing never has to count. */
  people_count: Generated<number>;
}

export interface ProfileTable {
  account_id: string;
  name: string;
  headline: string;
  goal: string;
  target_roles: JsonList;
  target_companies: JsonList;
  target_industries: JsonList;
  weekly_minutes: number;
  onboarded: number;
  updated_at: string;
  /** JSON list of { category, detail }: what the user can offer others. */
  offers: Generated<string>;
  strengths: Generated<JsonList>;
  who_i_help: Generated<string>;
  how_i_help: Generated<string>;
  interests: Generated<JsonList>;
  value_statement: Generated<string>;
  intro: Generated<string>;
}

export interface PersonTable {
  id: Generated<number>;
  account_id: string;
  name: string;
  /** Lower-cased name: the sort and match key. */
  name_key: string;
  emails: JsonList;
  phones: JsonList;
  company: string | null;
  title: string | null;
  location: string | null;
  linkedin_url: string | null;
  tags: JsonList;
  how_we_met: string | null;
  interests: JsonList;
  needs: string | null;
  offers: string | null;
  notes: string | null;
  do_not_contact: number;
  created_at: string;
  updated_at: string;
  // PostgreSQL also has a generated `search` tsvector; only raw SQL in people.repo.ts reads it.
}

export interface InteractionTable {
  id: Generated<number>;
  account_id: string;
  person_id: number;
  occurred_on: string;
  channel: string;
  direction: string;
  kind: string;
  summary: string;
  tags: JsonList;
  created_at: string;
  /** 1 when the message asked something and an answer is expected: starts the follow-up sequence. */
  expects_reply: Generated<number>;
}

export interface Database {
  accounts: AccountTable;
  profiles: ProfileTable;
  people: PersonTable;
  interactions: InteractionTable;
}

export type PersonRow = Selectable<PersonTable>;
export type NewPersonRow = Insertable<PersonTable>;
export type PersonRowPatch = Updateable<PersonTable>;
export type InteractionRow = Selectable<InteractionTable>;
export type NewInteractionRow = Insertable<InteractionTable>;
export type ProfileRow = Selectable<ProfileTable>;
