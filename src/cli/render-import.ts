// What an import found and did, the duplicate review list and merges, as terminal lines.
import { describeFormatRows } from '../formats/format-words.js';
import type { DuplicateReview } from '../services/find-duplicates.js';
import type { ImportProgress, ImportReport } from '../services/import-records.js';
import type { MergeOutcome } from '../services/merge-two.js';
import type { UnmergeOutcome } from '../services/unmerge.js';
import { renderTable } from './render-table.js';
import { formatCount } from './whole-number.js';

/** Problems listed in the terminal; --json lists them all. */
const shownProblems = 20;

export function renderImportPreview(report: ImportReport): string[] {
  return [`Preview: ${describeCounts(report)}.`, ...renderFiles(report), ...renderProblems(report)];
}

export function renderImportDone(report: ImportReport): string[] {
  const { people } = report;
  const lines = [`Imported: ${describeCounts(report)}.`];
  if (people.review > 0) {
    lines.push(
      `${plural(people.review, 'pair')} might be the same person. Review them: kith duplicates`,
    );
  }
  return lines;
}

function describeCounts(report: ImportReport): string {
  const { people } = report;
  const parts = [
    `${formatCount(people.new)} new ${people.new === 1 ? 'person' : 'people'}`,
    `${formatCount(people.updated)} updated`,
    `${formatCount(people.merged)} merged as duplicates`,
    `${formatCount(people.review)} to review`,
    `${plural(report.interactions, 'interaction')}`,
  ];
  if (people.unchanged > 0) parts.push(`${formatCount(people.unchanged)} already up to date`);
  if (report.alreadyImported > 0) {
    parts.push(`${plural(report.alreadyImported, 'record')} imported before, skipped`);
  }
  return parts.join(', ');
}

function renderFiles(report: ImportReport): string[] {
  const rows = report.files.map((file) => [
    file.file,
    file.format ? describeFormatRows(file.format, file.rows, formatCount(file.rows)) : 'not read',
  ]);
  return rows.length > 0 ? ['Files:', ...indent(renderTable(rows, [60, 60]))] : [];
}

function renderProblems(report: ImportReport): string[] {
  const { problems } = report;
  if (problems.length === 0) return ['No problems found.'];
  const rows = problems
    .slice(0, shownProblems)
    .map((p) => [
      `${p.file}:${p.line}`,
      p.field ?? '',
      `${p.severity === 'error' ? 'left out: ' : ''}${p.message}`,
    ]);
  const more = problems.length - shownProblems;
  return [
    `${plural(problems.length, 'problem')} (the good rows still import):`,
    ...indent(renderTable(rows, [50, 20, 400])),
    ...(more > 0
      ? [`  … and ${formatCount(more)} more: kith import … --dry-run --json lists them all`]
      : []),
  ];
}

export function renderDuplicates(reviews: DuplicateReview[]): string[] {
  if (reviews.length === 0) return ['No possible duplicates to review.'];
  const rows = reviews.map((review) => [
    `#${review.id}`,
    describePerson(review.a),
    describePerson(review.b),
    review.reason,
  ]);
  return [
    `${plural(reviews.length, 'pair')} might be the same person:`,
    ...renderTable([['pair', 'one', 'the other', 'why'], ...rows], [8, 50, 50, 60]),
    '',
    'Same person: kith merge <one> <the other>   (kept is the first; undo with kith unmerge)',
    'Two people:  kith duplicates --reject <pair>',
  ];
}

function describePerson(person: DuplicateReview['a']): string {
  const detail = [person.company, person.emails[0]].filter(Boolean).join(', ');
  return `${person.name} (#${person.id}${detail ? `, ${detail}` : ''})`;
}

export function renderMerge(outcome: MergeOutcome): string[] {
  return [
    `Merged ${outcome.removed.name} (#${outcome.removed.id}) into ${outcome.kept.name} (#${outcome.kept.id}); ${plural(outcome.interactionsMoved, 'interaction')} moved.`,
    `Every value was kept, with where it came from. Undo: kith unmerge ${outcome.mergeId}`,
  ];
}

export function renderUnmerge(outcome: UnmergeOutcome): string[] {
  return [
    `Undid merge ${outcome.mergeId}: ${outcome.restored.name} (#${outcome.restored.id}) is back beside ${outcome.kept.name} (#${outcome.kept.id}).`,
  ];
}

const phaseWords: Record<ImportProgress['phase'], string> = {
  matching: 'matching',
  writing: 'writing',
};

/** One redrawn line: "[##########----------]  50%  writing 15,000 of 30,000". */
export function renderProgressBar(progress: ImportProgress, width = 24): string {
  const share = progress.total === 0 ? 1 : Math.min(1, progress.done / progress.total);
  const filled = Math.round(share * width);
  const percent = String(Math.round(share * 100)).padStart(3);
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${percent}%  ${phaseWords[progress.phase]} ${formatCount(progress.done)} of ${formatCount(progress.total)}`;
}

function indent(lines: string[]): string[] {
  return lines.map((line) => `  ${line}`);
}

function plural(n: number, word: string): string {
  return `${formatCount(n)} ${word}${n === 1 ? '' : 's'}`;
}
