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
  /** IANA zone for the user's own dates; '' means the machine's. */
  time_zone: Generated<string>;
  dormant_years: Generated<number>;
  /** Actions a week; 0 means "from the weekly minutes". */
  weekly_goal: Generated<number>;
  /** ISO 3166 alpha-2 for reading phone numbers without a country code; '' means the machine's. */
  region: Generated<string>;
  /** DMY, MDY or YMD for reading numeric dates; '' means from the machine's locale. */
  date_order: Generated<string>;
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

/** One row per tag a person carries: the index behind filtering by tag. `people.tags` is the display copy. */
export interface PersonTagTable {
  account_id: string;
  person_id: number;
  tag: string;
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

/** The coach's per-person aggregate, updated in the same transaction as every write to the timeline. */
export interface PersonTieTable {
  account_id: string;
  person_id: number;
  first_on: string | null;
  last_on: string | null;
  last_two_way_on: string | null;
  outbound_count: number;
  inbound_count: number;
  mutual_count: number;
  given_count: number;
  asked_count: number;
  received_count: number;
  unanswered: number;
  intensity: number;
  heat: number;
  /** The follow-up status as JSON; follow_up_due_on indexes the waiting ones. */
  follow_up: string;
  follow_up_due_on: string | null;
  tier: number;
  tier_pin: number | null;
  cadence_days: number | null;
  due_on: string | null;
  overdue_on: string | null;
  hold_until: string | null;
}

/** One action of a day's plan, kept so a reload shows the same plan. */
export interface PlanActionTable {
  account_id: string;
  plan_on: string;
  n: number;
  person_id: number;
  kind: string;
  why: string;
  minutes: number;
  intent: string;
  offer: string | null;
  status: Generated<string>;
  status_on: string | null;
  interaction_id: number | null;
  created_at: string;
}

/** One imported record and the person it became or joined; the key is the record's fingerprint. */
export interface PersonSourceTable {
  account_id: string;
  source_key: string;
  person_id: number;
  format: string;
  file: string;
  line: number;
  /** JSON: the values this record brought, by field. */
  fields: Generated<string>;
  imported_at: string;
}

/** A merge, with everything needed to undo it (JSON snapshots). */
export interface MergeTable {
  id: Generated<number>;
  account_id: string;
  kept_person_id: number;
  removed_person_id: number;
  removed: string;
  moved_interaction_ids: Generated<string>;
  kept_before: string;
  kept_after: string;
  provenance: Generated<string>;
  created_at: string;
  undone_at: string | null;
}

/** A pair that might be one person; person_a < person_b. */
export interface DuplicateReviewTable {
  id: Generated<number>;
  account_id: string;
  person_a: number;
  person_b: number;
  reason: string;
  status: Generated<string>;
  created_at: string;
  decided_at: string | null;
}

/** Server mode: the sign-in of one account. Email is case-folded; the password an argon2id hash. */
export interface AccountLoginTable {
  account_id: string;
  email: string;
  password_hash: string;
  role: Generated<string>;
  disabled_at: string | null;
  created_at: string;
  updated_at: string;
}

/** A session, API token or calendar key: only the SHA-256 of the secret is kept. */
export interface AccountSecretTable {
  account_id: string;
  id: string;
  kind: string;
  secret_hash: string;
  name: Generated<string>;
  created_at: string;
  expires_at: string | null;
  last_used_at: string | null;
}

export interface InvitationTable {
  secret_hash: string;
  invited_by: string | null;
  role: Generated<string>;
  email: string | null;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface PasswordResetTable {
  account_id: string;
  secret_hash: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

/** Server mode: a group of accounts (a career centre, a job club). */
export interface GroupTable {
  id: string;
  name: string;
  created_by: string | null;
  created_at: string;
}

/** One account's place in one group: owner, coach or member. */
export interface GroupMemberTable {
  account_id: string;
  group_id: string;
  role: string;
  joined_at: string;
}

/** A link that lets its holder join a group with a role; only its SHA-256 is kept. */
export interface GroupInvitationTable {
  secret_hash: string;
  group_id: string;
  role: string;
  invited_by: string | null;
  email: string | null;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

/** What a member lets their groups see of one of their people; no row means the default. */
export interface PersonSharingTable {
  account_id: string;
  person_id: number;
  level: string;
  updated_at: string;
}

/** A member's post to a group's playbook; keyed by the author's account. */
export interface PlaybookEntryTable {
  account_id: string;
  id: string;
  group_id: string;
  kind: string;
  title: string;
  body: string;
  created_at: string;
}

/** A comment on a playbook entry; keyed by the commenter's account. */
export interface PlaybookCommentTable {
  account_id: string;
  id: string;
  entry_id: string;
  body: string;
  created_at: string;
}

/** One account's vote for one playbook entry. */
export interface PlaybookVoteTable {
  account_id: string;
  entry_id: string;
  created_at: string;
}

/** A playbook entry saved into one account's own templates: a copy, with where it came from. */
export interface PlaybookTemplateTable {
  account_id: string;
  id: string;
  kind: string;
  title: string;
  body: string;
  source_entry_id: string | null;
  source_group_id: string | null;
  source_group_name: string | null;
  created_at: string;
  updated_at: string;
}

export interface Database {
  accounts: AccountTable;
  account_logins: AccountLoginTable;
  account_secrets: AccountSecretTable;
  invitations: InvitationTable;
  password_resets: PasswordResetTable;
  groups: GroupTable;
  group_members: GroupMemberTable;
  group_invitations: GroupInvitationTable;
  person_sharing: PersonSharingTable;
  playbook_entries: PlaybookEntryTable;
  playbook_comments: PlaybookCommentTable;
  playbook_votes: PlaybookVoteTable;
  playbook_templates: PlaybookTemplateTable;
  profiles: ProfileTable;
  people: PersonTable;
  person_tags: PersonTagTable;
  interactions: InteractionTable;
  person_ties: PersonTieTable;
  plan_actions: PlanActionTable;
  person_sources: PersonSourceTable;
  merges: MergeTable;
  duplicate_reviews: DuplicateReviewTable;
}

export type PersonRow = Selectable<PersonTable>;
export type NewPersonRow = Insertable<PersonTable>;
export type PersonRowPatch = Updateable<PersonTable>;
export type PersonTagRow = Selectable<PersonTagTable>;
export type InteractionRow = Selectable<InteractionTable>;
export type NewInteractionRow = Insertable<InteractionTable>;
export type ProfileRow = Selectable<ProfileTable>;
export type PersonTieRow = Selectable<PersonTieTable>;
export type PlanActionRow = Selectable<PlanActionTable>;
export type PersonSourceRow = Selectable<PersonSourceTable>;
export type MergeRow = Selectable<MergeTable>;
export type DuplicateReviewRow = Selectable<DuplicateReviewTable>;
