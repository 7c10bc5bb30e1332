// `kith people [query]`: one page of the network, or the people matching a search.
import type { Command } from 'commander';
import { printJson, printLines } from '../io.js';
import { renderPeoplePage } from '../render.js';
import type { Session } from '../session.js';
import { parseWholeNumber } from '../whole-number.js';

interface PeopleFlags {
  limit: string;
  offset: string;
  json?: boolean;
}

export function registerPeople(program: Command, session: Session): void {
  program
    .command('people')
    .description('list your network a page at a time, or search it by any field, notes included')
    .argument('[query]', 'words to search for, such as "data Lisbon"')
    .option('--limit <n>', 'how many to show, 1 to 200', '50')
    .option('--offset <n>', 'how many to skip, for the next page', '0')
    .option('--json', 'print the page as JSON')
    .addHelpText(
      'after',
      `
Examples:
  kith people
  kith people "product manager"
  kith people --offset 50
  kith people jobsearch --json`,
    )
    .action(async (query: string | undefined, flags: PeopleFlags) => {
      const { findPeople } = await import('../../services/find-people.js');
      const limit = parseWholeNumber(flags.limit, 'limit', '50');
      const offset = parseWholeNumber(flags.offset, 'offset', '100');
      const page = await findPeople(await session.deps(), { query, limit, offset });
      if (flags.json) return printJson(session.io, { ...page, limit, offset });
      printLines(session.io, renderPeoplePage(page, { offset, ...(query ? { query } : {}) }));
    });
}
