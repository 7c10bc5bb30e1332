// Capitalised words a one-line log reads as a second person when they are no one: where someone
// works ("Robert Singh, KPMG"), a month or a day ("for Jan clinic"), or a common noun written with
// a capital ("Associate Programme for Clinicians").
import type { FoundNames } from './log-line-names.js';

/** Months and days, as written in notes: "Jan", "Fri", "Weds". */
const calendarWords = new Set(
  'jan january feb february mar march apr april may jun june jul july aug august sep sept september oct october nov november dec december mon monday tue tues tuesday wed weds wednesday thu thur thurs thursday fri friday sat saturday sun sunday'.split(
    ' ',
  ),
);

/**
 * Endings of common nouns and adjectives that no first name or surname people go by has:
 * "Clinicians", "Clinical", "Translations", "Governance", "Management".
 */
const nounEnding = /(?:ians|ical|tions?|sions?|ment|ments|ness|ity|ance|ence|ship|ology|ists)$/;

/** Whether one name the line reads is no person: see the module comment. */
function isNoPerson(name: FoundNames['names'][number], head: string, found: FoundNames): boolean {
  if (name.described || name.fresh || name.related) return false;
  if (found.mayBePerson?.(name.text)) return false;
  const [first = ''] = name.text.split(' ');
  if (found.isWorkplace?.(name.text) || found.isWorkplace?.(first)) return true;
  const lower = name.text.toLowerCase();
  if (calendarWords.has(lower.replace(/\.$/, ''))) return true;
  if (!name.text.includes(' ') && nounEnding.test(lower)) return true;
  // "send me email with salary range": words the user wrote in lower case after someone already
  // named, who are nobody the user knows, are what the line was about, not a second person.
  // Without the user's people to ask, such words are left as names.
  return (
    found.mayBePerson !== undefined &&
    !head.includes(name.text) &&
    head.toLowerCase().includes(lower)
  );
}

/**
 * Leaves out of the line's people every name after the first that is no person, so the line
 * never adds "KPMG" or "Clinicians" as someone new. The first name stays: a line whose only
 * name is doubtful asks, as it did.
 */
export function setAsideNoPeople(found: FoundNames, head: string): void {
  if (found.names.length < 2) return;
  const [first, ...rest] = found.names;
  if (!first) return;
  found.names = [first, ...rest.filter((name) => !isNoPerson(name, head, found))];
}

/**
 * "met Fiona at the PM meetup, Fiona Walsh from Capita": a first name said again later with a
 * surname after a comma is the same person, named in full.
 */
export function completeRestatedNames(found: FoundNames, head: string): void {
  for (const name of found.names) {
    if (name.described || name.text.includes(' ')) continue;
    const escaped = name.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const again = new RegExp(String.raw`, ${escaped} (\p{Lu}[\p{L}'’-]+)`, 'u').exec(head);
    if (again?.[1]) {
      name.alternatives = [];
      name.text = `${name.text} ${again[1]}`;
    }
  }
}
