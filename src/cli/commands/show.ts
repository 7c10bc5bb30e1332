// `kith show <person>`: everything Kith knows about one person, what the coach makes of it, then their timeline.
import type { Command } from 'commander';
import { printJson, printLines } from '../io.js';
import { renderPersonPage } from '../render.js';
import type { Session } from '../session.js';

export function registerShow(program: Command, session: Session): void {
  program
    .command('show')
    .description('show one person and their timeline')
    .argument('<person>', 'a name or an id, such as "Ana Lopez" or 12')
    .option('--json', 'print the person and timeline as JSON')
    .addHelpText(
      'after',
      `
Examples:
  kith show "Ana Lopez"
  kith show Ana          a first name works when only one person has it
  kith show 12 --json`,
    )
    .action(async (ref: string, flags: { json?: boolean }) => {
      const kith = session.operations();
      const person = await kith.resolvePerson(ref);
      const page = await kith.showPerson(person.id);
      if (flags.json) return printJson(session.io, page);
      printLines(session.io, renderPersonPage(page, { today: await kith.userToday() }));
    });
}
