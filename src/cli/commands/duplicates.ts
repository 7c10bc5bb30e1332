// `kith duplicates`, `kith merge` and `kith unmerge`: the review list, and merges that can be undone.
import type { Command } from 'commander';
import { printJson, printLines } from '../io.js';
import { renderDuplicates, renderMerge, renderUnmerge } from '../render-import.js';
import type { Session } from '../session.js';
import { parseWholeNumber } from '../whole-number.js';

export function registerDuplicates(program: Command, session: Session): void {
  program
    .command('duplicates')
    .description('list people who might be the same person, to merge or keep apart')
    .option('--reject <pair>', 'they are two people: take the pair off the list for good')
    .option('--json', 'print the list as JSON')
    .addHelpText(
      'after',
      `
An import merges people on its own only when they share an email, a phone or a LinkedIn
profile. Similar names at the same company are listed here for you to decide.

Examples:
  kith duplicates
  kith merge 12 57            the same person: 57 is merged into 12
  kith duplicates --reject 3  two different people: pair 3 is never asked about again`,
    )
    .action(async (flags: { reject?: string; json?: boolean }) => {
      const io = session.io;
      const deps = await session.deps();
      if (flags.reject !== undefined) {
        const { rejectDuplicate } = await import('../../services/reject-duplicate.js');
        const id = parseWholeNumber(flags.reject.replace(/^#/, ''), 'reject', '3');
        const result = await rejectDuplicate(deps, { id });
        if (flags.json) return printJson(io, result);
        return printLines(io, [`Pair ${id} are two different people; Kith will not ask again.`]);
      }
      const { findDuplicates } = await import('../../services/find-duplicates.js');
      const list = await findDuplicates(deps);
      if (flags.json) return printJson(io, list);
      printLines(io, renderDuplicates(list.reviews));
    });
}

export function registerMerge(program: Command, session: Session): void {
  program
    .command('merge')
    .description('merge two records of one person into the first, keeping every value')
    .argument('<kept>', 'the person who stays: a name or an id')
    .argument('<other>', 'the person merged into them and removed: a name or an id')
    .option('--json', 'print the merge as JSON')
    .addHelpText(
      'after',
      `
Every email, phone, tag and interest of both is kept; where the two disagree (two companies,
say), the first one's stays and the other's is written into the notes with where it came from.
Their timelines become one. A merge can be undone: kith unmerge <merge id>.

Examples:
  kith merge 12 57
  kith merge "Ana Lopez" 57 --json`,
    )
    .action(async (kept: string, other: string, flags: { json?: boolean }) => {
      const { mergeTwo } = await import('../../services/merge-two.js');
      const { resolvePerson } = await import('../../services/resolve-person.js');
      const deps = await session.deps();
      const a = await resolvePerson(deps, { ref: kept });
      const b = await resolvePerson(deps, { ref: other });
      const outcome = await mergeTwo(deps, { a: a.id, b: b.id });
      if (flags.json) return printJson(session.io, outcome);
      printLines(session.io, renderMerge(outcome));
    });
}

export function registerUnmerge(program: Command, session: Session): void {
  program
    .command('unmerge')
    .description('undo a merge: both people back as they were, each with their own timeline')
    .argument('<merge>', 'the merge id that kith merge printed')
    .option('--json', 'print both people as JSON')
    .addHelpText(
      'after',
      `
Examples:
  kith unmerge 3`,
    )
    .action(async (ref: string, flags: { json?: boolean }) => {
      const { unmerge } = await import('../../services/unmerge.js');
      const mergeId = parseWholeNumber(ref.replace(/^#/, ''), 'merge', '3');
      const outcome = await unmerge(await session.deps(), { mergeId });
      if (flags.json) return printJson(session.io, outcome);
      printLines(session.io, renderUnmerge(outcome));
    });
}
