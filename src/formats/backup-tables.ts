// The tables a Kith backup holds and the shape of each column: the one list the backup writer,
// the validator and restore all read. A new table that must survive a backup is added here.
import { actionKinds, actionStatuses } from '../core/coach/plan.js';
import { channels, directions, interactionKinds } from '../core/interaction.js';
import { dateOrders } from '../core/date-order.js';
import { goals } from '../core/profile.js';
import { shareLevels } from '../core/groups.js';
import { draftIntents } from '../core/words/drafts.js';

/**
 * How a column is written in the file. Lists, flags and JSON are stored as text or 0/1 in the
 * database; the file holds them as real JSON lists, booleans and values, so it reads plainly.
 */
export type ColumnKind =
  | 'id' // the row's own id: a positive whole number, kept on restore when free, else shifted
  | 'ref' // another table's id (see `ref`), shifted with it
  | 'ref-list' // a list of another table's ids, stored as JSON text, shifted with them
  | 'text'
  | 'integer'
  | 'number'
  | 'flag' // 0/1 in the database, true/false in the file
  | 'list' // a list of text, stored as JSON text
  | 'json' // any JSON value, stored as JSON text
  | 'date' // YYYY-MM-DD
  | 'time'; // an ISO 8601 timestamp

export interface ColumnSpec {
  kind: ColumnKind;
  nullable?: boolean;
  /** The values a text column may hold. */
  oneOf?: readonly string[];
  /** For a ref or ref-list: the table whose ids it holds. */
  ref?: string;
  /**
   * For a ref: the row may be gone (a person merged into another), so the id is shifted with its
   * table but not looked for in the file.
   */
  mayDangle?: boolean;
  /** The backupSchemaVersion that added the column; older files leave it out and restore fills in the default. */
  since?: number;
}

export interface BackupTableSpec {
  /** The table's name in the database and in the file. */
  name: string;
  /** The backup schemaVersion that added the table: older backups may leave it out. */
  since: number;
  /** Columns in file order; every table also has account_id in the database, never in the file. */
  columns: Readonly<Record<string, ColumnSpec>>;
  /** Rows are written in this order, and no two rows may share it. Empty: one row at most. */
  key: readonly string[];
}

const text: ColumnSpec = { kind: 'text' };
const optionalText: ColumnSpec = { kind: 'text', nullable: true };
const integer: ColumnSpec = { kind: 'integer' };
const list: ColumnSpec = { kind: 'list' };
const time: ColumnSpec = { kind: 'time' };
const personRef: ColumnSpec = { kind: 'ref', ref: 'people' };

/**
 * Parents before children: restore writes them in this order. person_ties holds only what the
 * user set by hand (tier, pin, cadence, hold); restore recomputes the rest from the timeline.
 * person_tags is left out because people.tags implies it. Adding a table or a column here means
 * bumping backupSchemaVersion in backup.ts and giving the new table or column that version as
 * `since`, so backups made before it still restore. JSON snapshots that hold ids inside them
 * (kind 'json') are copied as they are: only ids in id, ref and ref-list columns are shifted.
 */
export const backupTables: readonly BackupTableSpec[] = [
  {
    name: 'profiles',
    since: 1,
    key: [],
    columns: {
      name: text,
      headline: text,
      goal: { kind: 'text', oneOf: goals },
      target_roles: list,
      target_companies: list,
      target_industries: list,
      weekly_minutes: integer,
      onboarded: { kind: 'flag' },
      updated_at: time,
      offers: { kind: 'json' },
      strengths: list,
      who_i_help: text,
      how_i_help: text,
      interests: list,
      value_statement: text,
      intro: text,
      time_zone: text,
      dormant_years: integer,
      weekly_goal: integer,
      region: { kind: 'text', since: 2 },
      date_order: { kind: 'text', oneOf: ['', ...dateOrders], since: 3 },
    },
  },
  {
    name: 'people',
    since: 1,
    key: ['id'],
    columns: {
      id: { kind: 'id' },
      name: text,
      emails: list,
      phones: list,
      company: optionalText,
      title: optionalText,
      location: optionalText,
      linkedin_url: optionalText,
      tags: list,
      how_we_met: optionalText,
      interests: list,
      needs: optionalText,
      offers: optionalText,
      notes: optionalText,
      do_not_contact: { kind: 'flag' },
      created_at: time,
      updated_at: time,
    },
  },
  {
    name: 'interactions',
    since: 1,
    key: ['id'],
    columns: {
      id: { kind: 'id' },
      person_id: personRef,
      occurred_on: { kind: 'date' },
      channel: { kind: 'text', oneOf: channels },
      direction: { kind: 'text', oneOf: directions },
      kind: { kind: 'text', oneOf: interactionKinds },
      summary: text,
      tags: list,
      expects_reply: { kind: 'flag' },
      created_at: time,
    },
  },
  {
    name: 'person_ties',
    since: 1,
    key: ['person_id'],
    columns: {
      person_id: personRef,
      tier: integer,
      tier_pin: { kind: 'integer', nullable: true },
      cadence_days: { kind: 'integer', nullable: true },
      hold_until: { kind: 'date', nullable: true },
    },
  },
  {
    name: 'plan_actions',
    since: 1,
    key: ['plan_on', 'n'],
    columns: {
      plan_on: { kind: 'date' },
      n: integer,
      person_id: personRef,
      kind: { kind: 'text', oneOf: actionKinds },
      why: text,
      minutes: integer,
      intent: { kind: 'text', oneOf: draftIntents },
      offer: optionalText,
      status: { kind: 'text', oneOf: actionStatuses },
      status_on: { kind: 'time', nullable: true },
      interaction_id: { kind: 'ref', ref: 'interactions', nullable: true },
      created_at: time,
    },
  },
  {
    // Where each imported record went: importing the same file again finds it and adds nothing.
    name: 'person_sources',
    since: 2,
    key: ['source_key'],
    columns: {
      source_key: text,
      person_id: personRef,
      format: text,
      file: text,
      line: integer,
      fields: { kind: 'json' },
      imported_at: time,
    },
  },
  {
    // Merges and what undoing them needs. The removed person is gone (or back, once undone), and
    // a moved interaction may since have been deleted, so those ids are not looked for.
    name: 'merges',
    since: 2,
    key: ['id'],
    columns: {
      id: { kind: 'id' },
      kept_person_id: personRef,
      removed_person_id: { kind: 'ref', ref: 'people', mayDangle: true },
      removed: { kind: 'json' },
      moved_interaction_ids: { kind: 'ref-list', ref: 'interactions', mayDangle: true },
      kept_before: { kind: 'json' },
      kept_after: { kind: 'json' },
      provenance: { kind: 'json' },
      created_at: time,
      undone_at: { kind: 'time', nullable: true },
    },
  },
  {
    name: 'duplicate_reviews',
    since: 2,
    key: ['id'],
    columns: {
      id: { kind: 'id' },
      person_a: personRef,
      person_b: personRef,
      reason: text,
      status: text,
      created_at: time,
      decided_at: { kind: 'time', nullable: true },
    },
  },
  {
    // What the account lets its groups see of each person (server mode); no row is the default.
    name: 'person_sharing',
    since: 4,
    key: ['person_id'],
    columns: {
      person_id: personRef,
      level: { kind: 'text', oneOf: shareLevels },
      updated_at: time,
    },
  },
  {
    // The account's own saved templates, with where each came from as it was when saved. The
    // entries, comments and votes the user posted in a group's playbook are left out: they are the
    // group's content, living in the group, and a restore has no group of its own to put them in.
    name: 'playbook_templates',
    since: 5,
    key: ['id'],
    columns: {
      id: text,
      kind: text,
      title: text,
      body: text,
      source_entry_id: optionalText,
      source_group_id: optionalText,
      source_group_name: optionalText,
      created_at: time,
      updated_at: time,
    },
  },
];

export function findBackupTable(name: string): BackupTableSpec | undefined {
  return backupTables.find((table) => table.name === name);
}

/** The column holding a table's own id, if it has one. */
export function idColumnOf(table: BackupTableSpec): string | undefined {
  return Object.entries(table.columns).find(([, column]) => column.kind === 'id')?.[0];
}
