// One account's own templates, many saved from a group's playbook. Every query filters by account.
import type { Selectable, Updateable } from 'kysely';
import type { PlaybookTemplateTable } from './schema.js';
import type { Store } from './store.js';

export type PlaybookTemplateRow = Selectable<PlaybookTemplateTable>;

export async function insertTemplate(store: Store, row: PlaybookTemplateRow): Promise<void> {
  await store.db.insertInto('playbook_templates').values(row).execute();
}

export async function findTemplate(
  store: Store,
  accountId: string,
  templateId: string,
): Promise<PlaybookTemplateRow | undefined> {
  return store.db
    .selectFrom('playbook_templates')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('id', '=', templateId)
    .executeTakeFirst();
}

/** The account's template saved from this entry, if it kept one. */
export async function findTemplateFrom(
  store: Store,
  accountId: string,
  entryId: string,
): Promise<PlaybookTemplateRow | undefined> {
  return store.db
    .selectFrom('playbook_templates')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('source_entry_id', '=', entryId)
    .executeTakeFirst();
}

/** The account's templates, newest first; a person keeps dozens, not thousands. */
export async function listTemplates(
  store: Store,
  accountId: string,
): Promise<PlaybookTemplateRow[]> {
  return store.db
    .selectFrom('playbook_templates')
    .selectAll()
    .where('account_id', '=', accountId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .limit(200)
    .execute();
}

export async function updateTemplate(
  store: Store,
  accountId: string,
  templateId: string,
  patch: Updateable<PlaybookTemplateTable>,
): Promise<boolean> {
  const done = await store.db
    .updateTable('playbook_templates')
    .set(patch)
    .where('account_id', '=', accountId)
    .where('id', '=', templateId)
    .executeTakeFirst();
  return Number(done.numUpdatedRows) > 0;
}

export async function deleteTemplate(
  store: Store,
  accountId: string,
  templateId: string,
): Promise<boolean> {
  const gone = await store.db
    .deleteFrom('playbook_templates')
    .where('account_id', '=', accountId)
    .where('id', '=', templateId)
    .executeTakeFirst();
  return Number(gone.numDeletedRows) > 0;
}
