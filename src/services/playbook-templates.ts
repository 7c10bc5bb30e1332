// My templates: playbook entries saved into my own account as copies that say where they came from,
// edited and deleted as mine, and offered in Compose filled in for one person and tone-checked.
import { AppError, notFound } from '../core/errors.js';
import {
  fillTemplate,
  isPlaybookKind,
  playbookTemplateInputSchema,
  type PlaybookKind,
} from '../core/playbook.js';
import type { ToneReport } from '../core/tone/check-tone.js';
import { parseInput } from '../core/validate.js';
import { blanksIn } from '../core/words/blanks.js';
import { displayName } from '../core/words/names.js';
import { firstNameOf } from '../core/words/prose.js';
import { findMembership } from '../store/groups.repo.js';
import { findPerson } from '../store/people.repo.js';
import {
  deleteTemplate,
  findTemplate,
  findTemplateFrom,
  insertTemplate,
  listTemplates,
  updateTemplate,
  type PlaybookTemplateRow,
} from '../store/playbook-templates.repo.js';
import { findProfile } from '../store/profile.repo.js';
import { inTransaction } from '../store/store.js';
import { checkBeforeSending } from './check-message.js';
import { timestamp, type Deps } from './deps.js';
import { readableEntry } from './playbook-entries.js';
import { readRelationship } from './relationship.js';
import { newId } from './secrets.js';

export interface PlaybookTemplate {
  id: string;
  kind: PlaybookKind;
  title: string;
  body: string;
  /** The entry and group it was saved from, as they were then; null for one written here. */
  source: { entryId: string; groupId: string | null; groupName: string | null } | null;
  createdAt: string;
  updatedAt: string;
}

/** A template written to one person: [name] filled in, and the same tone check as Kith's drafts. */
export interface TemplateForPerson {
  template: PlaybookTemplate;
  text: string;
  /** The "[label]" gaps still in the text, such as [company], for the person to fill. */
  blanks: string[];
  tone: ToneReport;
}

const missing = 'That template was not found among yours.';

/** Saves a copy of the entry into my templates; saving the same entry again gives the same copy. */
export async function saveEntryAsTemplate(
  deps: Deps,
  input: { entryId: string },
): Promise<{ template: PlaybookTemplate; created: boolean }> {
  const entry = await readableEntry(deps, input.entryId);
  return inTransaction(deps.store, async (store) => {
    const kept = await findTemplateFrom(store, deps.accountId, entry.id);
    if (kept) return { template: templateFrom(kept), created: false };
    const group = await findMembership(store, deps.accountId, entry.group_id);
    const at = timestamp(deps);
    const row: PlaybookTemplateRow = {
      account_id: deps.accountId,
      id: newId(),
      kind: entry.kind,
      title: entry.title,
      body: entry.body,
      source_entry_id: entry.id,
      source_group_id: entry.group_id,
      source_group_name: group?.name ?? null,
      created_at: at,
      updated_at: at,
    };
    await insertTemplate(store, row);
    return { template: templateFrom(row), created: true };
  });
}

export async function myTemplates(deps: Deps): Promise<PlaybookTemplate[]> {
  return (await listTemplates(deps.store, deps.accountId)).map(templateFrom);
}

export async function editTemplate(
  deps: Deps,
  input: { templateId: string; template: unknown },
): Promise<PlaybookTemplate> {
  const { title, body } = parseInput(playbookTemplateInputSchema, input.template);
  return inTransaction(deps.store, async (store) => {
    const changed = await updateTemplate(store, deps.accountId, input.templateId, {
      title,
      body,
      updated_at: timestamp(deps),
    });
    const row = changed ? await findTemplate(store, deps.accountId, input.templateId) : undefined;
    if (!row) throw new AppError('NOT_FOUND', missing);
    return templateFrom(row);
  });
}

export async function removeTemplate(deps: Deps, input: { templateId: string }): Promise<void> {
  const gone = await inTransaction(deps.store, (store) =>
    deleteTemplate(store, deps.accountId, input.templateId),
  );
  if (!gone) throw new AppError('NOT_FOUND', missing);
}

/** My templates written to one of my people, each through the tone check check-message uses. */
export async function templatesForPerson(
  deps: Deps,
  input: { personId: number },
): Promise<TemplateForPerson[]> {
  const [person, profile] = await Promise.all([
    findPerson(deps.store, deps.accountId, input.personId),
    findProfile(deps.store, deps.accountId),
  ]);
  if (!person) throw notFound(`Person ${input.personId}`);
  const { stage } = await readRelationship(deps, person);
  const first = firstNameOf(displayName(person.name));
  const templates = await listTemplates(deps.store, deps.accountId);
  return templates.map((row) => {
    const text = fillTemplate(row.body, first);
    const tone = checkBeforeSending(text, { stage, recipientName: first, goal: profile.goal });
    return { template: templateFrom(row), text, blanks: blanksIn(text), tone };
  });
}

function templateFrom(row: PlaybookTemplateRow): PlaybookTemplate {
  return {
    id: row.id,
    kind: isPlaybookKind(row.kind) ? row.kind : 'tip',
    title: row.title,
    body: row.body,
    source: row.source_entry_id
      ? {
          entryId: row.source_entry_id,
          groupId: row.source_group_id,
          groupName: row.source_group_name,
        }
      : null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
