// Which CSV format a header row belongs to, from its lower-cased names: detection and the parsers
// share these, so a file is parsed by exactly the rules that recognised it.
import type { SourceFormat } from './contact.js';

type Names = readonly string[];

const hasAll = (names: Names, wanted: readonly string[]) =>
  wanted.every((name) => names.includes(name));
const hasAny = (names: Names, wanted: readonly string[]) =>
  wanted.some((name) => names.includes(name));

export function isConnectionsHeader(names: Names): boolean {
  return hasAll(names, ['first name', 'last name', 'connected on']);
}

/** messages.csv since about 2020 (CONVERSATION ID…), and the ≤2018 Messages.csv (From,To,Date,…,Direction). */
export function isMessagesHeader(names: Names): boolean {
  return (
    hasAll(names, ['from', 'to', 'date', 'content']) &&
    hasAny(names, ['conversation id', 'direction', 'folder'])
  );
}

export function isInvitationsHeader(names: Names): boolean {
  return hasAll(names, ['from', 'to', 'sent at', 'direction']);
}

/** Current (First Name … Labels, "E-mail 1 - Label") and legacy (Name, Given Name … "E-mail 1 - Type"). */
export function isGoogleHeader(names: Names): boolean {
  if (hasAny(names, ['e-mail address', 'e-mail 2 address'])) return false;
  const legacy = hasAll(names, ['given name', 'family name']) || names.includes('group membership');
  const grouped = names.some((name) => /^(e-mail|phone) \d+ - (label|type|value)$/.test(name));
  const current =
    names.includes('first name') &&
    hasAny(names, ['labels', 'organization name', 'file as', 'phonetic first name']);
  return legacy || grouped || current;
}

/** The Outlook.com layout and the classic desktop one both name the first address "E-mail Address". */
export function isOutlookHeader(names: Names): boolean {
  if (names.includes('e-mail address')) return true;
  return (
    hasAll(names, ['first name', 'last name']) &&
    hasAny(names, ['job title', 'business phone', 'mobile phone', 'categories'])
  );
}

/** Kith's own export (see csv-write.ts): its column names are Kith's words, found in no other format. */
export function isKithHeader(names: Names): boolean {
  return hasAll(names, ['name', 'emails', 'phones', 'how we met', 'do not contact']);
}

/** LinkedIn first: its headers are narrow and would otherwise never be tried before the broad ones. */
export const csvHeaderTests: ReadonlyArray<readonly [SourceFormat, (names: Names) => boolean]> = [
  ['linkedin-connections', isConnectionsHeader],
  ['linkedin-messages', isMessagesHeader],
  ['linkedin-invitations', isInvitationsHeader],
  ['google-csv', isGoogleHeader],
  ['outlook-csv', isOutlookHeader],
  ['kith-csv', isKithHeader],
];

export function csvFormatOf(names: Names): SourceFormat | null {
  return csvHeaderTests.find(([, test]) => test(names))?.[0] ?? null;
}
