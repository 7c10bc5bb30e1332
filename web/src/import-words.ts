// Words the user sees for an import: what each file was read as, what the import is doing, and the counts.
import { describeFormatRows } from '../../src/formats/format-words.js';
import type { ImportPhase, ImportReport } from './api.js';

/** What the import is doing, to follow "Importing: ". */
export const phaseWords: Record<ImportPhase, string> = {
  matching: 'looking for people you already have',
  writing: 'adding them to Kith',
};

/** "Google Contacts · 3 contacts", or "Not read" for a file Kith could not make sense of. */
export function describeFile(file: ImportReport['files'][number]): string {
  if (file.format === null) return 'Not read — see the problems below';
  return describeFormatRows(file.format, file.rows, file.rows.toLocaleString());
}

/** The distinct people the files hold: new ones, and ones already in Kith (a duplicate folds into one of these). */
export function peopleFound(report: ImportReport): number {
  const { people } = report;
  return people.new + people.updated + people.unchanged;
}

/** "We found 412 people: 380 new, 25 already in Kith (updated), 7 pairs to check." */
export function summariseImport(report: ImportReport): string {
  const { people } = report;
  const found = peopleFound(report);
  const parts = [
    people.new > 0 ? `${people.new.toLocaleString()} new` : '',
    people.updated > 0 ? `${people.updated.toLocaleString()} already in Kith (updated)` : '',
    people.unchanged > 0 ? `${people.unchanged.toLocaleString()} already up to date` : '',
    people.review > 0 ? `${count(people.review, 'pair', 'pairs')} to check` : '',
  ].filter(Boolean);
  const lead = report.dryRun ? 'We found' : 'Imported';
  if (found === 0 && report.interactions > 0) {
    const conversations = count(report.interactions, 'conversation', 'conversations');
    return `${report.dryRun ? 'We found' : 'Added'} ${conversations} with people already in Kith.`;
  }
  if (found === 0) {
    return report.alreadyImported > 0
      ? 'Nothing new here: you imported these files before.'
      : 'We didn’t find any people in these files.';
  }
  return `${lead} ${count(found, 'person', 'people')}: ${parts.join(', ')}.`;
}

export function count(n: number, one: string, many: string): string {
  return `${n.toLocaleString()} ${n === 1 ? one : many}`;
}
