// The few columns a list of people reads, and the list item made from them.
import type { PersonListItem } from '../core/person.js';
import { readList } from './json-list.js';
import type { PersonRow } from './schema.js';

/**
 * Each value read costs time (better-sqlite3 makes a JS string of every text cell): a page of 50
 * people read with all 17 person columns spent more time converting cells than finding the rows.
 */
export const listItemFields = [
  'id',
  'name',
  'company',
  'title',
  'location',
  'tags',
  'do_not_contact',
] as const;

export type ListItemField = (typeof listItemFields)[number];

export function rowToListItem(row: Pick<PersonRow, ListItemField>): PersonListItem {
  return {
    id: Number(row.id),
    name: row.name,
    company: row.company,
    title: row.title,
    location: row.location,
    tags: readList(row.tags),
    doNotContact: Boolean(row.do_not_contact),
  };
}

/** The list item from its cells in `listItemFields` order, as a JSON array of them reads. */
export function cellsToListItem(cells: readonly unknown[]): PersonListItem {
  const row: Record<string, unknown> = {};
  listItemFields.forEach((field, i) => {
    row[field] = cells[i];
  });
  return rowToListItem(row as Pick<PersonRow, ListItemField>);
}
