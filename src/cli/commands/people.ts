// `kith people [query]`: one page of the network, or the people matching a search.
import type { Command } from 'commander';
import { AppError } from '../../core/errors.js';
import { printJson, printLines } from '../io.js';
import { renderPeoplePage } from '../render.js';
import type { Session } from '../session.js';
import { parseWholeNumber } from '../whole-number.js';

interface PeopleFlags {
  limit: string;
  offset: string;
  json?: boolean;
  all?: boolean;
  array?: boolean;
}

export function registerPeople(program: Command, session: Session): void {
  program
    .command('people')
    .description('list your network a page at a time, or search it by any field, notes included')
    .argument('[query...]', 'words to search for, such as data Lisbon (every word must match)')
    .option('--limit <n>', 'how many to show, 1 to 200', '50')
    .option('--offset <n>', 'how many to skip, for the next page', '0')
    .option(
      '--json',
      'print the page as JSON: name, role, place and tags of each (--all: every field)',
    )
    .option('--all', 'everyone, not one page: with --json, one JSON object a line')
    .option('--array', 'with --all --json, one JSON array instead of JSON lines')
    .addHelpText(
      'after',
      `
Examples:
  kith people
  kith people product manager
  kith people CV                  (also finds what you logged: people you sent a CV to)
  kith people --offset 50
  kith people jobsearch --json
  kith people --json --all | jq -r .name
  kith people --json --all --array > network.json`,
    )
    .action(async (words: string[], flags: PeopleFlags) => {
      // Every word counts, quoted or not: `kith people manchester recruiter` is one search.
      const query = words.length > 0 ? words.join(' ') : undefined;
      if (flags.all) return printEveryone(session, query, flags);
      const limit = parseWholeNumber(flags.limit, 'limit', '50');
      const offset = parseWholeNumber(flags.offset, 'offset', '100');
      const page = await session.operations().findPeople({ query, limit, offset });
      if (flags.json) return printJson(session.io, { ...page, limit, offset });
      printLines(session.io, renderPeoplePage(page, { offset, ...(query ? { query } : {}) }));
    });
}

/** `--all`: streams the whole network page by page, so a network of any size prints in bounded memory. */
async function printEveryone(
  session: Session,
  query: string | undefined,
  flags: PeopleFlags,
): Promise<void> {
  if (query !== undefined) {
    throw new AppError(
      'INVALID_INPUT',
      '--all lists everyone; leave out the search words, or page through a search with --offset.',
    );
  }
  const { streamPeople } = await import('../../services/find-people.js');
  const io = session.io;
  const write = io.stdoutPiece ?? ((text: string) => Promise.resolve(io.stdout(text)));
  let first = true;
  if (flags.json && flags.array) await write('[');
  for await (const page of streamPeople(await session.deps())) {
    const lines = page.map((person) => {
      if (!flags.json)
        return `${person.id}\t${person.name}${person.company ? `\t${person.company}` : ''}\n`;
      const json = JSON.stringify(person);
      if (!flags.array) return `${json}\n`;
      const piece = `${first ? '\n' : ',\n'}${json}`;
      first = false;
      return piece;
    });
    await write(lines.join(''));
  }
  if (flags.json && flags.array) await write(first ? ']\n' : '\n]\n');
}
